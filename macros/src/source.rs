//! Rust source text, for the part of the expansion that is handed to the compiler as a string.
//!
//! The generated impls are mostly fixed text around names, integers and string literals. Writing
//! them as text and lexing the result once (`TokenStream::from_str`) costs a fraction of building
//! them token by token with `quote!`: proc macros run unoptimized in debug builds, and every token
//! built by hand crosses the compiler's proc-macro bridge on its own. Only identifiers, integers
//! and string literals produced by [`Source`] enter the text, so it always lexes.

use std::fmt::{self, Write as _};

/// A buffer of Rust source text.
pub struct Source {
    text: String,
}

impl Source {
    pub fn with_capacity(capacity: usize) -> Self {
        Source {
            text: String::with_capacity(capacity),
        }
    }

    /// Appends fixed source text (tokens written by this crate, never by users).
    pub fn raw(&mut self, text: &str) -> &mut Self {
        self.text.push_str(text);
        self
    }

    /// Appends something that prints as one token: an identifier or an integer.
    pub fn token(&mut self, token: impl fmt::Display) -> &mut Self {
        let _ = write!(self.text, "{token}");
        self
    }

    /// Appends `text` as a string literal.
    pub fn string(&mut self, text: &str) -> &mut Self {
        push_string_literal(&mut self.text, text);
        self
    }

    /// Appends `#[doc = "text"]`.
    pub fn doc(&mut self, text: &str) -> &mut Self {
        self.raw("#[doc = ").string(text).raw("]\n")
    }

    pub fn into_string(self) -> String {
        self.text
    }
}

/// Writes `text` as a string literal that means exactly `text`.
///
/// Quotes, backslashes and control characters are escaped, and so are the bidirectional-text
/// controls, which rustc rejects when they appear raw in a literal. Everything else (most of a
/// description in Chinese) is copied as it is.
fn push_string_literal(out: &mut String, text: &str) {
    out.reserve(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_bidi_control(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The characters that change the direction of text (and rustc's `text_direction_codepoint_*`
/// lints forbid in source), plus the marks that do so invisibly.
fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::Source;

    fn literal(text: &str) -> String {
        let mut source = Source::with_capacity(0);
        source.string(text);
        source.into_string()
    }

    #[test]
    fn string_literals_mean_their_text() {
        for text in [
            "",
            "plain",
            "Token 无效。",
            "quote \" backslash \\ newline \n tab \t cr \r nul \0 del \u{7f}",
            "bidi \u{202e} isolate \u{2066} mark \u{200f} c1 \u{85}",
            "emoji 🎧 and combining e\u{301}",
        ] {
            let source = literal(text);
            let parsed: syn::LitStr = syn::parse_str(&source).unwrap();
            assert_eq!(parsed.value(), text, "{source}");
            assert!(!source.contains('\u{202e}') && !source.contains('\n'));
        }
    }
}
