//! A description as the user wrote it: a string literal token, kept as is.
//!
//! The expansion passes descriptions through as the user's tokens, and a compile that does not
//! generate rustdoc never needs their text: only whether a description is blank and whether it
//! has a line break, which the literal as written tells without unescaping it. So a description
//! is not parsed into a `syn::LitStr` (which unescapes every string to check it) but kept as its
//! token, and unescaped only where its text is needed.

use proc_macro2::{Literal, Span, TokenStream};
use quote::ToTokens;
use syn::parse::ParseStream;

/// A string literal (`"..."` or `r#"..."#`) of the input.
#[derive(Clone)]
pub struct Text {
    literal: Literal,
    /// The literal as written, quotes included.
    repr: String,
}

impl Text {
    /// The string literal at the start of `input` (not a byte or C string, no suffix), taken
    /// out of it; `None`, with `input` as it was, when there is none.
    pub fn take(input: ParseStream) -> Option<Text> {
        input
            .step(|cursor| {
                let (literal, rest) = cursor.literal().ok_or_else(|| cursor.error(""))?;
                Text::from_literal(literal)
                    .map(|text| (text, rest))
                    .ok_or_else(|| cursor.error(""))
            })
            .ok()
    }

    /// `literal` as a description, if it is a string literal (not a byte or C string, no
    /// suffix).
    pub fn from_literal(literal: Literal) -> Option<Text> {
        let repr = literal.to_string();
        is_string_literal(&repr).then_some(Text { literal, repr })
    }

    /// The text, unescaped. The text of a raw literal, or of one without a `\\`, is the literal
    /// between its quotes; a literal with escapes (or a `\r`, which a `\r\n` line break in it
    /// becomes `\n`) goes through syn's unescaping.
    pub fn value(&self) -> String {
        let inner = self.inner();
        if !inner.contains('\r') && (self.is_raw() || !inner.contains('\\')) {
            return inner.to_owned();
        }
        match syn::Lit::new(self.literal.clone()) {
            syn::Lit::Str(text) => text.value(),
            _ => String::new(),
        }
    }

    /// The literal as the user wrote it, quotes included.
    pub fn as_written(&self) -> &str {
        &self.repr
    }

    /// The literal as a token, with the user's span.
    pub fn token(&self) -> proc_macro2::TokenTree {
        proc_macro2::TokenTree::Literal(self.literal.clone())
    }

    /// The span of the literal, for errors about it.
    pub fn span(&self) -> Span {
        self.literal.span()
    }

    /// Whether the text is empty or only whitespace.
    pub fn is_blank(&self) -> bool {
        let inner = self.inner();
        // Nearly every description starts with a character that is not whitespace.
        if inner
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && c != '\\')
        {
            return false;
        }
        self.value().trim().is_empty()
    }

    /// Whether the text may have a line break: a line break in the literal, or an escape that can
    /// be one (`\n`, `\r`, `\u{...}`; `Display` checks the text of such a code itself).
    pub fn may_break_lines(&self) -> bool {
        // One pass over the bytes: the proc macro runs unoptimized, where the `str` searches
        // this replaces cost twenty times as much on a typical description.
        let raw = self.is_raw();
        let mut escape = false;
        for &byte in self.inner().as_bytes() {
            if byte == b'\n' || byte == b'\r' || (escape && matches!(byte, b'n' | b'r' | b'u')) {
                return true;
            }
            escape = !raw && byte == b'\\' && !escape;
        }
        false
    }

    fn is_raw(&self) -> bool {
        self.repr.starts_with('r')
    }

    /// The literal between its quotes.
    fn inner(&self) -> &str {
        let start = self.repr.find('"').map_or(0, |at| at + 1);
        let end = self.repr.rfind('"').unwrap_or(self.repr.len());
        self.repr.get(start..end).unwrap_or_default()
    }
}

impl ToTokens for Text {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.literal.to_tokens(tokens);
    }
}

/// Whether `repr` is a string literal without a suffix: `"..."`, `r"..."` or `r#"..."#`.
fn is_string_literal(repr: &str) -> bool {
    let body = repr
        .strip_prefix('r')
        .map_or(repr, |raw| raw.trim_start_matches('#'));
    body.starts_with('"') && repr.trim_end_matches('#').ends_with('"')
}

#[cfg(test)]
mod tests {
    use super::Text;
    use quote::quote;
    use syn::parse::Parser;

    fn text(tokens: proc_macro2::TokenStream) -> Option<Text> {
        let parser = |input: syn::parse::ParseStream| {
            let text = Text::take(input);
            let _: proc_macro2::TokenStream = input.parse()?;
            Ok(text)
        };
        Parser::parse2(parser, tokens).ok()?
    }

    #[test]
    fn string_literals_only() {
        assert!(text(quote!("a")).is_some());
        assert!(text(quote!(r#"a"#)).is_some());
        assert!(text(quote!(b"a")).is_none());
        assert!(text(quote!(1)).is_none());
        assert!(text(quote!('a')).is_none());
    }

    #[test]
    fn blank_and_line_breaks_from_the_literal() {
        let blank = |tokens| text(tokens).expect("a string").is_blank();
        assert!(blank(quote!("")) && blank(quote!("  ")) && blank(quote!("\n\t")));
        assert!(blank(quote!("\u{20}")));
        assert!(!blank(quote!("错误")) && !blank(quote!("\x41")) && !blank(quote!(r"\")));
        let breaks = |tokens| text(tokens).expect("a string").may_break_lines();
        assert!(breaks(quote!("a\nb")) && breaks(quote!("a\u{a}b")));
        assert!(!breaks(quote!("ab")) && !breaks(quote!(r"a\nb")));
        assert!(!breaks(quote!("a\\nb")) && breaks(quote!("a\\\nb")) && breaks(quote!("\u{2028}")));
        assert_eq!(text(quote!("a\tb")).expect("a string").value(), "a\tb");
    }

    /// `value` reads plain and raw literals itself: it must agree with syn's unescaping on every
    /// kind of literal text (generated from pieces of each kind, escapes included).
    #[test]
    fn value_agrees_with_syn() {
        // As written between the quotes: characters, and escapes (`\\n` is the two characters
        // `\n`, an escape).
        let pieces = [
            "",
            "a",
            " ",
            "错误",
            "é",
            "\"",
            "\\",
            "\n",
            "\t",
            "\r\n",
            "'",
            "#",
            "{}",
            "0",
            "\\n",
            "\\t",
            "\\r\\n",
            "\\\"",
            "\\\\",
            "\\'",
            "\\0",
            "\\x41",
            "\\u{4e2d}",
            "\\\n  x",
            "kErrorCode_1",
        ];
        let mut checked = 0;
        for a in pieces {
            for b in pieces {
                for c in ["", "x", "\\", " y "] {
                    let body = format!("{a}{b}{c}");
                    let candidates = [format!("\"{body}\""), format!("r#\"{body}\"#")];
                    for repr in candidates {
                        let Ok(tokens) = repr.parse::<proc_macro2::TokenStream>() else {
                            continue;
                        };
                        let Some(text) = text(tokens.clone()) else {
                            continue;
                        };
                        let Ok(reference) = syn::parse2::<syn::LitStr>(tokens) else {
                            continue;
                        };
                        assert_eq!(text.value(), reference.value(), "{repr}");
                        checked += 1;
                    }
                }
            }
        }
        assert!(checked > 1000, "only {checked} literals checked");
    }
}
