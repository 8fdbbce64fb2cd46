//! The shape of `from_name`, which the template cannot compute.
//!
//! A string `match` compares the length first, and the bytes only of the names of that length, so
//! one flat `match` (`"A" | "kA" => ...`, as by hand) is both the cheapest to compile and as fast
//! as any other shape while few names share a length: `flat`. When more than
//! [`FLAT_MATCH_LIMIT`] names share a length (families of thousands of codes), the lookup
//! dispatches on the length, then on the byte that best tells the names of that length apart, so
//! that it still compares about one string:
//!
//! ```text
//! { 12 => { at: 5, 65 => [CodeA: "kErrorA12345"], 66 => [CodeB: "kErrorB12345" | "CodeB1234567"] }, 3 => [Abc: "Abc"] }
//! ```

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::checked::Code;

/// The most names of one length that `from_name` compares one after the other, in a flat `match`.
pub const FLAT_MATCH_LIMIT: usize = 8;

/// Every lookup name with its code, in declaration order.
type Names<'a> = [(&'a str, &'a Code)];

/// `flat`, or the dispatch of a family in which many names share a length.
pub fn from_name_shape(codes: &[Code]) -> TokenStream {
    let mut names: Vec<(&str, &Code)> = Vec::new();
    for code in codes {
        names.extend(code.lookup_names().map(|name| (name, code)));
    }
    // The names of each length, in declaration order (the sort is stable).
    names.sort_by_key(|(name, _)| name.len());
    let lengths: Vec<&Names> = names
        .chunk_by(|(a, _), (b, _)| a.len() == b.len())
        .collect();
    if lengths.iter().all(|group| group.len() <= FLAT_MATCH_LIMIT) {
        return quote!(flat);
    }
    let arms = lengths.iter().map(|group| {
        let length = Literal::usize_unsuffixed(group.first().map_or(0, |(name, _)| name.len()));
        let names = by_byte(group);
        quote!(#length => #names)
    });
    quote!({ #(#arms),* })
}

/// `{ at: position, byte => [names], ... }` for names of one length, or the names themselves when
/// there are too few of them for a dispatch to pay.
fn by_byte(group: &Names) -> TokenStream {
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
                    let names = names_list(run);
                    quote!(#byte => #names)
                });
            let position = Literal::usize_unsuffixed(position);
            quote!({ at: #position, #(#arms),* })
        }
        _ => names_list(group),
    }
}

/// `[Code: "A" | "kA", ...]`: consecutive names of one code share an arm.
fn names_list(names: &Names) -> TokenStream {
    let arms = names
        .chunk_by(|(_, a), (_, b)| std::ptr::eq(*a, *b))
        .filter_map(|run| {
            let (_, code) = run.first()?;
            let ident = &code.ident;
            let names = run.iter().map(|(name, _)| name);
            Some(quote!(#ident: #(#names)|*))
        });
    quote!([#(#arms),*])
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
