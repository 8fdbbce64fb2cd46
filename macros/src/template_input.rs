//! The input of the `rtc_codes::__private::impl_family!` template, written here in the order of
//! the template's matcher (`core/src/templates.rs`): `family`, `other`, `successes`, `codes`,
//! `descriptions`, then `repr` through `data`.
//!
//! Inside the compiler, every token a proc macro builds is a call across the proc-macro bridge,
//! and the per-code data (each code's entry in `data: [...]`, the arms of `from_name`) is most of
//! the tokens the macro writes. So the input comes in two parts. The first is the user's own
//! tokens, which keep their spans: the family's name, its catch-all and successes, and two lists
//! of each code's tokens, its name (which the templates use in every `Family::Code`, so that an
//! error there points at the code's declaration) and its description literal, passed through as
//! written. The rest is written as Rust text, strings with Rust's escapes (`{:?}`), and lexed in
//! one call per family ([`lex`]).
//!
//! ## `from_name`
//!
//! The body of `from_name` is the one part whose shape depends on the names. A string `match`
//! compares the length first, and the bytes only of the names of that length, so one flat
//! `match` (`"A" | "kA" => ...`, as by hand) is both the cheapest to compile and as fast as any
//! other shape while few names share a length. When more than [`FLAT_MATCH_LIMIT`] names share a
//! length (families of thousands of codes), the lookup dispatches on the length, then on the byte
//! that best tells the names of that length apart, so that it still compares about one string:
//!
//! ```text
//! __Some(match name.len() {
//!     12 => match name.as_bytes().get(5) {
//!         __Some(&65) => match name { "kErrorA12345" => Family::A12345, _ => return __None },
//!         ...
//!     },
//!     ...
//!     _ => return __None,
//! })
//! ```
//!
//! Every arm gives a code and every miss returns `None`, so that the one `Some` is built once
//! rather than in every arm (a call per arm costs the compiler more: BENCHMARKS.md, "0.3: a leaner
//! expansion"). Each name leads to its variant's path through the family (`Family::A12345`, which
//! name resolution settles, where `Self::A12345` is left to type checking; reading it from
//! `Self::ALL` would add a bounds check per arm). The path is written as text, with the call
//! site's span: an error at a use of a code points at its declaration from the template's uses,
//! which carry the user's identifiers. The template receives the lookup as one token tree, with
//! the parameter it names (`|name| {...}`), so that it pastes it rather than matching every name
//! again; `__Some` and `__None` are names the template imports.

extern crate proc_macro;

use std::fmt::Write as _;

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::quote;

use super::checked::{Code, Family};
use super::doc::{self, Docs};

/// `krate::__private::impl_family! { ... }` for `family`, with the per-method docs `docs` asks
/// for.
pub fn impl_family(krate: &TokenStream, family: &Family, docs: Docs) -> TokenStream {
    let ident = &family.ident;
    let other = family.catch_all.as_ref();
    let successes = family
        .codes
        .iter()
        .filter(|code| code.success)
        .map(|code| &code.ident);
    let (codes, descriptions) = user_lists(&family.codes);
    let repr_type = repr_type(family);
    let text = lex(&text(family, docs));
    quote! {
        #krate::__private::impl_family! {
            family: #ident,
            other: [#other],
            successes: [#(#successes)*],
            codes: [#codes],
            descriptions: [#descriptions],
            repr_type: [#repr_type],
            #text
        }
    }
}

/// `codes: [...]`, the user's identifiers, and `descriptions: [...]`, the user's literals as
/// written, in declaration order: the only per-code tokens not written as text.
fn user_lists(codes: &[Code]) -> (TokenStream, TokenStream) {
    (
        codes
            .iter()
            .map(|code| TokenTree::Ident(code.ident.clone()))
            .collect(),
        codes
            .iter()
            .map(|code| code.description_literal.token())
            .collect(),
    )
}

/// `__rt::i32`, the path of `Code::Repr` in the template, located where the family's type is
/// written: when a value of another type is given where the family's is expected (`Raw::new`),
/// the compiler shows the type the family's `Repr` is there.
fn repr_type(family: &Family) -> TokenStream {
    let span = Span::call_site().located_at(family.repr_span);
    let colon = |spacing| {
        let mut colon = Punct::new(':', spacing);
        colon.set_span(span);
        TokenTree::Punct(colon)
    };
    [
        TokenTree::Ident(Ident::new("__rt", span)),
        colon(Spacing::Joint),
        colon(Spacing::Alone),
        TokenTree::Ident(Ident::new(family.repr.name(), span)),
    ]
    .into_iter()
    .collect()
}

/// The input after the user's tokens, `repr: ...,` through `data: [...],`, as text.
fn text(family: &Family, docs: Docs) -> String {
    let mut out = String::new();
    let repr = family.repr.name();
    let _ = writeln!(out, "repr: {repr},");
    out.push_str("name: ");
    string(&mut out, &family.name);
    out.push_str(",\ndocs: ");
    string(&mut out, &doc::family_docs_text(&family.docs));
    // The `cfg` under which the template writes its per-method docs: none in a compiler, whose
    // builds nobody reads the docs of.
    let rustdoc = if docs == Docs::Full { "doc" } else { "" };
    let _ = writeln!(out, ",\nrustdoc: [{rustdoc}],");
    match &family.catch_all_name {
        Some(other_name) => {
            out.push_str("kind: open(");
            string(&mut out, other_name);
            out.push_str("),\n");
        }
        None => {
            let _ = writeln!(out, "kind: closed({repr}),");
        }
    }
    out.push_str("lang: ");
    string(&mut out, family.lang.as_deref().unwrap_or_default());
    out.push_str(",\nlanguages: [");
    for (position, language) in family.languages.iter().enumerate() {
        if position > 0 {
            out.push_str(", ");
        }
        string(&mut out, language);
    }
    out.push_str("],\n");
    for (field, derives) in [("ordered", &family.ordered), ("serde", &family.serde)] {
        let _ = write!(out, "{field}: [");
        for (position, derive) in derives.iter().enumerate() {
            if position > 0 {
                out.push_str(", ");
            }
            let _ = write!(out, "{derive}");
        }
        out.push_str("],\n");
    }
    write_from_name(&mut out, &family.ident.to_string(), &family.codes);
    let _ = writeln!(out, "count: {},", family.codes.len());
    write_data(&mut out, &family.codes);
    out
}

/// The most names of one length that `from_name` compares one after the other, in a flat `match`.
pub const FLAT_MATCH_LIMIT: usize = 8;

/// Every lookup name with its code's position, in declaration order.
type Names<'a> = [(&'a str, usize)];

/// `from_name: |name| { __Some(match name { ... }) },`: the parameter and the body of `from_name`, as
/// text.
fn write_from_name(out: &mut String, family: &str, codes: &[Code]) {
    let arms = Arms { family, codes };
    let mut names: Vec<(&str, usize)> = Vec::new();
    for (index, code) in codes.iter().enumerate() {
        names.extend(code.lookup_names().map(|name| (name, index)));
    }
    out.push_str("from_name: |name| { __Some(");
    if more_of_one_length_than(&names, FLAT_MATCH_LIMIT) {
        // The names of each length, in declaration order (the sort is stable).
        let mut by_length = names.clone();
        by_length.sort_by_key(|(name, _)| name.len());
        let lengths: Vec<&Names> = by_length
            .chunk_by(|(a, _), (b, _)| a.len() == b.len())
            .collect();
        out.push_str("match name.len() { ");
        for group in lengths {
            let length = group.first().map_or(0, |(name, _)| name.len());
            let _ = write!(out, "{length} => ");
            arms.by_byte(out, group);
            out.push_str(", ");
        }
        out.push_str("_ => return __None }");
    } else {
        arms.names_match(out, &names);
    }
    out.push_str(") },\n");
}

/// Whether more than `limit` of `names` have one length: counted rather than sorted, as most
/// families are far from it (the macro is compiled unoptimized, and a sort is dear there).
fn more_of_one_length_than(names: &Names, limit: usize) -> bool {
    let longest = names.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    let mut counts = vec![0_usize; longest + 1];
    for (name, _) in names {
        if let Some(count) = counts.get_mut(name.len()) {
            *count += 1;
            if *count > limit {
                return true;
            }
        }
    }
    false
}

/// What the arms of the lookup are written from: the family's identifier as written, which each
/// arm's path names, and its codes.
struct Arms<'a> {
    family: &'a str,
    codes: &'a [Code],
}

impl Arms<'_> {
    /// A `match` on the byte that best tells names of one length apart, or on the names themselves
    /// when there are too few of them for a dispatch to pay.
    fn by_byte(&self, out: &mut String, group: &Names) {
        let length = group.first().map_or(0, |(name, _)| name.len());
        match distinguishing_byte(group, length) {
            Some(position) if group.len() > 2 => {
                let byte_at =
                    |name: &str| name.as_bytes().get(position).copied().unwrap_or_default();
                let mut sorted = group.to_vec();
                sorted.sort_by_key(|(name, _)| byte_at(name));
                let _ = write!(out, "match name.as_bytes().get({position}) {{ ");
                for run in sorted.chunk_by(|(a, _), (b, _)| byte_at(a) == byte_at(b)) {
                    let byte = run.first().map_or(0, |(name, _)| byte_at(name));
                    let _ = write!(out, "__Some(&{byte}) => ");
                    self.names_match(out, run);
                    out.push_str(", ");
                }
                out.push_str("_ => return __None }");
            }
            _ => self.names_match(out, group),
        }
    }

    /// `match name { "A" | "kA" => Family::A, ..., _ => return __None }`: consecutive names of one
    /// code share an arm.
    fn names_match(&self, out: &mut String, names: &Names) {
        out.push_str("match name { ");
        for run in names.chunk_by(|(_, a), (_, b)| a == b) {
            let Some(code) = run.first().and_then(|(_, index)| self.codes.get(*index)) else {
                continue;
            };
            for (position, (name, _)) in run.iter().enumerate() {
                if position > 0 {
                    out.push_str(" | ");
                }
                string(out, name);
            }
            let _ = writeln!(out, " => {}::{},", self.family, code.ident_text);
        }
        out.push_str("_ => return __None }");
    }
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

/// `data: [...]`: every code's entry, in declaration order.
fn write_data(out: &mut String, codes: &[Code]) {
    out.push_str("data: [\n");
    for (index, code) in codes.iter().enumerate() {
        write_code(out, index, code);
    }
    out.push_str("],\n");
}

/// One code's entry in the template's `data: [...]`, its value, index, name and SDK name:
/// `(-1000 0 "Name" "kName" details?)`, without commas, which would be tokens to lex and match
/// for every code.
fn write_code(out: &mut String, index: usize, code: &Code) {
    let _ = write!(out, "({} {index} ", code.value);
    string(out, &code.name);
    out.push(' ');
    string(out, &code.sdk_name);
    let has_details = code.success
        || code.deprecated
        || !code.aliases.is_empty()
        || !code.translations.is_empty()
        || code.line_breaks;
    if has_details {
        let _ = write!(
            out,
            " details {{ success: {}, deprecated: {}, aliases: [",
            code.success, code.deprecated
        );
        for (position, alias) in code.aliases.iter().enumerate() {
            if position > 0 {
                out.push_str(", ");
            }
            string(out, alias);
        }
        out.push_str("], translations: [");
        for (position, translation) in code.translations.iter().enumerate() {
            out.push_str(if position > 0 { ", (" } else { "(" });
            string(out, &translation.language);
            let _ = write!(out, ", {})", translation.literal.as_written());
        }
        let _ = write!(out, "], line_breaks: {} }}", code.line_breaks);
    }
    out.push_str(")\n");
}

/// Lexes `text`, written by this module; by construction it lexes, so the error is a safeguard
/// that names the problem rather than a panic.
///
/// In a compiler, the compiler's lexer reads it: `proc_macro2`'s `from_str` would first lex it
/// again with its own lexer, compiled unoptimized like the macro, to validate it (the compiler
/// cannot recover from some invalid input), which costs more than building the tokens one by
/// one. The text of this module is valid by construction (its tests lex it with `proc_macro2`).
fn lex(text: &str) -> TokenStream {
    let lexed = if proc_macro::is_available() {
        text.parse::<proc_macro::TokenStream>()
            .map(TokenStream::from)
            .map_err(|error| error.to_string())
    } else {
        text.parse::<TokenStream>()
            .map_err(|error| error.to_string())
    };
    lexed.unwrap_or_else(|error| {
        let message = format!("rtc_codes: the generated data does not lex ({error}): {text}");
        quote!(::core::compile_error! { #message })
    })
}

/// `text` as a Rust string literal.
fn string(out: &mut String, text: &str) {
    let _ = write!(out, "{text:?}");
}

#[cfg(test)]
mod tests {
    use super::{lex, string};
    use proc_macro2::TokenTree;

    /// Text that does not lex (which this module never writes) becomes an error naming it, not
    /// a panic.
    #[test]
    fn text_that_does_not_lex_is_an_error() {
        let expanded = lex("Name = 1 => \"unterminated").to_string();
        assert!(
            expanded.starts_with(":: core :: compile_error !"),
            "{expanded}"
        );
        assert!(expanded.contains("does not lex"), "{expanded}");
    }

    /// Every string written with `string` lexes to one literal whose value is that string: text
    /// of every kind of character, escapes' look-alikes included.
    #[test]
    fn strings_lex_back_to_themselves() {
        let pieces = [
            "",
            "a",
            "kErrorCode",
            "错误",
            "é",
            "\"",
            "\\",
            "\\n",
            "\n",
            "\t",
            "\r",
            "\0",
            "'",
            "{}",
            "#",
            "\u{301}",
            "\u{200b}",
            "\u{7f}",
            "\u{1F600}",
            "r#\"",
            "\"#",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    let mut out = String::new();
                    string(&mut out, &text);
                    let tokens: Vec<TokenTree> = lex(&out).into_iter().collect();
                    let [TokenTree::Literal(literal)] = tokens.as_slice() else {
                        panic!("{out} is not one literal: {tokens:?}");
                    };
                    let parsed: syn::LitStr = syn::parse_quote!(#literal);
                    assert_eq!(parsed.value(), text, "{out}");
                }
            }
        }
    }
}
