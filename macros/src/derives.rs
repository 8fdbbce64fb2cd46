//! `#[derive(...)]` on a family: what the templates implement instead of a derive, and what is
//! already there for every family.

use quote::ToTokens;
use syn::{Attribute, Ident, Token};

use super::ctxt::Ctxt;
use super::paths::path_text;

/// Traits that every family has (written by the template, or derived); deriving them again would
/// conflict.
const GENERATED_DERIVES: [&str; 6] = ["Clone", "Copy", "Debug", "PartialEq", "Eq", "Hash"];

/// Where the derives that the templates implement go.
pub struct Derived<'a> {
    pub ordered: &'a mut Vec<Ident>,
    pub serde: &'a mut Vec<Ident>,
    /// serde's derives named through a `use` (`#[derive(Serialize)]`), as written.
    pub serde_imported: &'a mut Vec<Ident>,
    pub serde_enabled: bool,
}

/// `serde::Serialize`, `::serde::Deserialize` or a bare `Serialize`/`Deserialize`: the trait's
/// name, if `path` names one of serde's derives.
fn serde_derive(path: &syn::Path) -> Option<&Ident> {
    let last = &path.segments.last()?.ident;
    let from_serde = match path.segments.len() {
        1 => path.leading_colon.is_none(),
        2 => path
            .segments
            .first()
            .is_some_and(|first| first.ident == "serde"),
        _ => false,
    };
    (from_serde && (last == "Serialize" || last == "Deserialize")).then_some(last)
}

/// Rejects `#[derive(...)]` of a trait the macro already derives, and takes out the derives the
/// templates implement: `PartialOrd` and `Ord` (derived, they would order by variant position,
/// not by value) and serde's (as the integer, which needs the `serde` feature of `rtc_codes`).
/// Returns the attribute to emit without them, so that the user sees this error and not a
/// conflicting-impl error.
pub fn check_derive(cx: &Ctxt, attr: Attribute, derived: &mut Derived) -> Option<Attribute> {
    let parsed =
        attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, Token![,]>::parse_terminated);
    let Ok(paths) = parsed else {
        return Some(attr); // the compiler reports a malformed derive itself
    };
    let mut kept = Vec::new();
    let mut serde_paths = Vec::new();
    for path in paths {
        if let Some(last) = path
            .segments
            .last()
            .filter(|last| last.ident == "PartialOrd" || last.ident == "Ord")
        {
            derived.ordered.push(last.ident.clone());
            continue;
        }
        if let Some(name) = serde_derive(&path) {
            if derived.serde_enabled {
                derived.serde.push(name.clone());
                if path.segments.len() == 1 {
                    derived.serde_imported.push(name.clone());
                }
            }
            serde_paths.push(path);
            continue;
        }
        let generated = path
            .segments
            .last()
            .is_some_and(|last| GENERATED_DERIVES.iter().any(|name| last.ident == name));
        if generated {
            cx.error_spanned_by(
                &path,
                format!(
                    "`{}` is already derived for every family (as are {})",
                    path_text(&path),
                    GENERATED_DERIVES.join(", ")
                ),
            );
        } else {
            kept.push(path);
        }
    }
    if !serde_paths.is_empty() && !derived.serde_enabled {
        let names: Vec<String> = serde_paths.iter().map(path_text).collect();
        cx.error_spanned_by(
            quote::quote!(#(#serde_paths)*),
            format!(
                "`{}` on a family needs the `serde` feature of rtc-codes: \
                 `rtc-codes = {{ version = \"{}.{}\", features = [\"serde\"] }}`",
                names.join("`, `"),
                env!("CARGO_PKG_VERSION_MAJOR"),
                env!("CARGO_PKG_VERSION_MINOR"),
            ),
        );
    }
    if kept.is_empty() {
        return None;
    }
    let pound = attr.pound_token;
    let bracket = attr.bracket_token;
    let mut tokens = proc_macro2::TokenStream::new();
    pound.to_tokens(&mut tokens);
    bracket.surround(&mut tokens, |inner| {
        inner.extend(quote::quote!(derive(#(#kept),*)));
    });
    syn::parse::Parser::parse2(Attribute::parse_outer, tokens)
        .ok()
        .and_then(|mut attrs| attrs.pop())
}

/// Reports `Ord` derived without `PartialOrd`, and leaves it out: one error on the derive rather
/// than rustc's on the expansion.
pub fn check_order(cx: &Ctxt, ordered: &mut Vec<Ident>) {
    let partial_ord = ordered.iter().any(|name| name == "PartialOrd");
    if let Some(ord) = ordered
        .iter()
        .find(|name| *name == "Ord")
        .filter(|_| !partial_ord)
    {
        cx.error_spanned_by(
            ord,
            "`Ord` needs `PartialOrd`: derive both, `#[derive(PartialOrd, Ord)]` \
             (both order the codes by value)",
        );
        ordered.retain(|name| name != "Ord");
    }
}
