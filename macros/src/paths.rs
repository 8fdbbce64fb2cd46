//! Paths as messages write them.

/// `path` as written, without the spaces tokens put between its segments (`serde::Serialize`).
pub fn path_text(path: &syn::Path) -> String {
    quote::quote!(#path).to_string().replace(' ', "")
}
