//! The template's input, written as text and lexed once.
//!
//! Inside the compiler, every token a proc macro builds is a call across the proc-macro bridge,
//! and the per-code data (each code's entry in `data: [...]`, the arms of `from_name`) is most
//! of the tokens the macro writes. So all of the template's input but the user's own tokens is
//! written as Rust text (`expand.rs`, `lookup.rs` and here) and lexed in one call per family,
//! strings with Rust's escapes (`{:?}`). Two tokens of each code are the user's own and come in
//! lists of their own ([`user_lists`]): its name, which the templates use in every
//! `Family::Code` (so that an error there points at the code's declaration), and its description
//! literal, passed through as written.

extern crate proc_macro;

use std::fmt::Write as _;

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

use super::checked::Code;

/// Lexes `text`, written by this module; by construction it lexes, so the error is a safeguard
/// that names the problem rather than a panic.
///
/// In a compiler, the compiler's lexer reads it: `proc_macro2`'s `from_str` would first lex it
/// again with its own lexer, compiled unoptimized like the macro, to validate it (the compiler
/// cannot recover from some invalid input), which costs more than building the tokens one by
/// one. The text of this module is valid by construction (its tests lex it with `proc_macro2`).
pub fn lex(text: &str) -> TokenStream {
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
pub fn string(out: &mut String, text: &str) {
    let _ = write!(out, "{text:?}");
}

/// `codes: [...]`, the user's identifiers, and `descriptions: [...]`, the user's literals as
/// written, in declaration order: the only per-code tokens not written as text.
pub fn user_lists(codes: &[Code]) -> (TokenStream, TokenStream) {
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

/// `data: [...]`: every code's entry, in declaration order.
pub fn write_data(out: &mut String, codes: &[Code]) {
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
