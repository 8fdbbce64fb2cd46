//! The macro's stages, compiled into the fuzz targets: they run on `proc_macro2` tokens, so no
//! compiler is needed around them.

pub use rtc_codes_stages as stages;

/// Expands `input` (the macro's input after the crate path); `None` if it does not lex.
pub fn expand(input: &str) -> Option<proc_macro2::TokenStream> {
    let tokens: proc_macro2::TokenStream = format!("[::rtc_codes] {input}").parse().ok()?;
    Some(stages::pipeline::rtc_codes(tokens))
}

/// The items of an expansion: the enum definitions, and the template invocations that implement
/// them (`::rtc_codes::__private::impl_family! { ... }`). Parsed with the features the macro ships
/// with, which do not parse arbitrary items.
#[allow(dead_code)] // used by the structured target, not by the tokens one
pub fn items(expansion: proc_macro2::TokenStream) -> syn::Result<(usize, usize)> {
    use syn::parse::{ParseStream, Parser};
    let parser = |input: ParseStream| {
        let (mut enums, mut invocations) = (0, 0);
        while !input.is_empty() {
            if input.peek(syn::Token![::]) {
                let path: syn::Path = input.parse()?;
                let _: syn::Token![!] = input.parse()?;
                let body: proc_macro2::TokenTree = input.parse()?;
                let is_template = path.segments.last().is_some_and(|last| last.ident == "impl_family");
                if !is_template || !matches!(body, proc_macro2::TokenTree::Group(_)) {
                    return Err(syn::Error::new_spanned(path, "not a template invocation"));
                }
                invocations += 1;
            } else {
                let item: syn::DeriveInput = input.parse()?;
                if !matches!(item.data, syn::Data::Enum(_)) {
                    return Err(syn::Error::new_spanned(item.ident, "not an enum"));
                }
                enums += 1;
            }
        }
        Ok((enums, invocations))
    };
    parser.parse2(expansion)
}
