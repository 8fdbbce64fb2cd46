//! The body of `from_name`, which the template cannot compute.
//!
//! A string `match` compares the length first, and the bytes only of the names of that length, so
//! one flat `match` (`"A" | "kA" => ...`, as by hand) is both the cheapest to compile and as fast
//! as any other shape while few names share a length. When more than [`FLAT_MATCH_LIMIT`] names
//! share a length (families of thousands of codes), the lookup dispatches on the length, then on
//! the byte that best tells the names of that length apart, so that it still compares about one
//! string:
//!
//! ```text
//! match name.len() {
//!     12 => match name.as_bytes().get(5) {
//!         __Some(&65) => match name { "kErrorA12345" => __Some(Self::CodeA), _ => __None },
//!         ...
//!     },
//!     ...
//! }
//! ```
//!
//! The template receives the body as one token tree, with the parameter it names (`|name| {...}`),
//! so that it pastes the lookup rather than matching every name again; `__Some` and `__None` are
//! the names the template imports.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::checked::Code;

/// The most names of one length that `from_name` compares one after the other, in a flat `match`.
pub const FLAT_MATCH_LIMIT: usize = 8;

/// Every lookup name with its code, in declaration order.
type Names<'a> = [(&'a str, &'a Code)];

/// `|name| { match name { ... } }`: the parameter and body of `from_name`.
pub fn from_name_body(codes: &[Code]) -> TokenStream {
    let mut names: Vec<(&str, &Code)> = Vec::new();
    for code in codes {
        names.extend(code.lookup_names().map(|name| (name, code)));
    }
    let name = Ident::new("name", Span::call_site());
    // The names of each length, in declaration order (the sort is stable).
    let mut by_length = names.clone();
    by_length.sort_by_key(|(name, _)| name.len());
    let lengths: Vec<&Names> = by_length
        .chunk_by(|(a, _), (b, _)| a.len() == b.len())
        .collect();
    let body = if lengths.iter().all(|group| group.len() <= FLAT_MATCH_LIMIT) {
        names_match(&name, &names)
    } else {
        let arms = lengths.iter().map(|group| {
            let length = Literal::usize_unsuffixed(group.first().map_or(0, |(name, _)| name.len()));
            let lookup = by_byte(&name, group);
            quote!(#length => #lookup,)
        });
        quote!(match #name.len() { #(#arms)* _ => __None })
    };
    quote!(|#name| { #body })
}

/// A `match` on the byte that best tells names of one length apart, or on the names themselves
/// when there are too few of them for a dispatch to pay.
fn by_byte(name: &Ident, group: &Names) -> TokenStream {
    let length = group.first().map_or(0, |(name, _)| name.len());
    match distinguishing_byte(group, length) {
        Some(position) if group.len() > 2 => {
            let byte_at = |name: &str| name.as_bytes().get(position).copied().unwrap_or_default();
            let mut sorted = group.to_vec();
            sorted.sort_by_key(|(name, _)| byte_at(name));
            let arms = sorted
                .chunk_by(|(a, _), (b, _)| byte_at(a) == byte_at(b))
                .map(|run| {
                    let byte =
                        Literal::u8_unsuffixed(run.first().map_or(0, |(name, _)| byte_at(name)));
                    let lookup = names_match(name, run);
                    quote!(__Some(&#byte) => #lookup,)
                });
            let position = Literal::usize_unsuffixed(position);
            quote!(match #name.as_bytes().get(#position) { #(#arms)* _ => __None })
        }
        _ => names_match(name, group),
    }
}

/// `match name { "A" | "kA" => __Some(Self::A), ..., _ => __None }`: consecutive names of one
/// code share an arm.
fn names_match(name: &Ident, names: &Names) -> TokenStream {
    let arms = names
        .chunk_by(|(_, a), (_, b)| std::ptr::eq(*a, *b))
        .filter_map(|run| {
            let (_, code) = run.first()?;
            let ident = &code.ident;
            let names = run.iter().map(|(name, _)| name);
            Some(quote!(#(#names)|* => __Some(Self::#ident),))
        });
    quote!(match #name { #(#arms)* _ => __None })
}

/// The position at which the names (all `length` bytes long) have the most distinct bytes.
fn distinguishing_byte(names: &Names, length: usize) -> Option<usize> {
    (0..length).max_by_key(|&position| {
        let mut seen = [false; 256];
        let mut distinct = 0_usize;
        for (name, _) in names {
            let byte = name.as_bytes().get(position).copied();
            if let Some(seen) = byte.and_then(|byte| seen.get_mut(usize::from(byte))) {
                distinct += usize::from(!*seen);
                *seen = true;
            }
        }
        // Prefer the later position among equals: SDK names share their prefixes.
        (distinct, position)
    })
}
