//! A description as the user wrote it: a string literal token, kept as is.
//!
//! The expansion passes descriptions through as the user's tokens, and a compile that does not
//! generate rustdoc never needs their text: only whether a description is blank and whether it
//! has a line break, which the literal as written tells without unescaping it. So a description
//! is not parsed into a `syn::LitStr` (which unescapes every string to check it) but kept as its
//! token, and unescaped only where its text is needed.

use proc_macro2::{Literal, TokenStream};
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
                let repr = literal.to_string();
                if is_string_literal(&repr) {
                    Ok((Text { literal, repr }, rest))
                } else {
                    Err(cursor.error(""))
                }
            })
            .ok()
    }

    /// The text, unescaped.
    pub fn value(&self) -> String {
        match syn::Lit::new(self.literal.clone()) {
            syn::Lit::Str(text) => text.value(),
            _ => String::new(),
        }
    }

    /// Whether the text is empty or only whitespace. Unescapes only a literal with escapes: the
    /// text of any other is the literal between its quotes.
    pub fn is_blank(&self) -> bool {
        let inner = self.inner();
        if self.is_raw() || !inner.contains('\\') {
            return inner.trim().is_empty();
        }
        self.value().trim().is_empty()
    }

    /// Whether the text may have a line break: a line break in the literal, or an escape that can
    /// be one (`\n`, `\r`, `\u{...}`). (An escaped backslash before an `n` counts too: `Display`
    /// then checks the text itself.)
    pub fn may_break_lines(&self) -> bool {
        let inner = self.inner();
        inner.contains(['\n', '\r'])
            || (!self.is_raw()
                && (inner.contains("\\n") || inner.contains("\\r") || inner.contains("\\u")))
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
        assert_eq!(text(quote!("a\tb")).expect("a string").value(), "a\tb");
    }
}
