//! The value of a code line (`= -1000`): its model and its parser, which also recognizes a
//! description written without the `=>` before it.

use proc_macro2::{Literal, Span, TokenStream, TokenTree};

use super::plain::is_alone;
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::{LitInt, LitStr, Token};

/// An integer literal with an optional leading minus.
pub struct Value {
    pub minus: Option<Token![-]>,
    pub lit: Literal,
    /// The literal's value in base 10, without `_` (`0x3e8` is `1000`).
    pub digits: String,
    /// The literal's type suffix (`i64` of `5i64`), empty when it has none.
    pub suffix: String,
}

impl Value {
    fn from_lit(minus: Option<Token![-]>, lit: &LitInt) -> Value {
        Value {
            minus,
            lit: lit.token(),
            digits: lit.base10_digits().to_owned(),
            suffix: lit.suffix().to_owned(),
        }
    }

    /// The value as written, before checking it against the family's type.
    pub fn to_i128(&self) -> syn::Result<i128> {
        if !self.suffix.is_empty() {
            return Err(syn::Error::new_spanned(
                &self.lit,
                format!(
                    "remove the suffix `{}`: a value takes the type of its family",
                    self.suffix
                ),
            ));
        }
        let magnitude: i128 = self.digits.parse().map_err(|_| {
            syn::Error::new_spanned(
                self,
                "this value does not fit any supported integer type (the widest are `i64` and `u64`)",
            )
        })?;
        Ok(if self.minus.is_some() {
            -magnitude
        } else {
            magnitude
        })
    }
}

impl ToTokens for Value {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.minus.to_tokens(tokens);
        self.lit.to_tokens(tokens);
    }
}

/// The tokens between `=` and `=>`, which must be an optionally negated integer literal.
/// `eq` is the span of the `=` before the value, for the error when there is no value.
pub(super) fn parse_value(input: ParseStream, eq: Span) -> syn::Result<Value> {
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![=>]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    if tokens.is_empty() {
        return Err(syn::Error::new(
            eq,
            "expected an integer value after `=`, such as `-1000` or `0x10`",
        ));
    }
    let parsed = (|stream: ParseStream| {
        let minus: Option<Token![-]> = stream.parse()?;
        let lit: syn::Lit = stream.parse()?;
        if !stream.is_empty() {
            return Err(stream.error("trailing tokens"));
        }
        Ok((minus, lit))
    })
    .parse2(tokens.clone());
    match parsed {
        Ok((minus, syn::Lit::Int(lit))) => Ok(Value::from_lit(minus, &lit)),
        Ok((_, lit)) => Err(syn::Error::new_spanned(
            lit,
            "expected an integer literal: values are written as `-1000`, `0x10` or `1_000`",
        )),
        Err(_) => Err(match description_without_arrow(tokens.clone()) {
            Some(separator_and_description) => syn::Error::new_spanned(
                separator_and_description,
                "expected `=>` between the value and the description: \
                 `Name = 1 => \"description\"`",
            ),
            None => syn::Error::new_spanned(
                tokens,
                "a value must be an integer literal, optionally negated: \
                 constants and expressions are not supported",
            ),
        }),
    }
}

/// The plain parser that stands in for [`parse_value`] on the plain shape (`-`? and a decimal or
/// hex integer literal without suffix): the value and the tokens after it. `tests` checks that
/// the two agree, and `code.rs`'s tests that whole lines do.
pub(super) fn plain_value(tokens: &[TokenTree]) -> Option<(Value, &[TokenTree])> {
    let (minus, tokens) = match tokens {
        [TokenTree::Punct(minus), rest @ ..] if is_alone(minus, '-') => {
            (Some(Token![-](minus.span())), rest)
        }
        _ => (None, tokens),
    };
    let [TokenTree::Literal(lit), rest @ ..] = tokens else {
        return None;
    };
    let digits = base10_digits(&lit.to_string())?;
    let value = Value {
        minus,
        lit: lit.clone(),
        digits,
        suffix: String::new(),
    };
    Some((value, rest))
}

/// The value of a decimal (`1_000`) or hex (`0x3E8`) literal without suffix, in base 10; `None`
/// for any other literal.
fn base10_digits(repr: &str) -> Option<String> {
    let (radix, digits) = match repr.strip_prefix("0x") {
        Some(hex) => (16, hex),
        None => (10, repr),
    };
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    if digits.is_empty()
        || !repr.starts_with(|c: char| c.is_ascii_digit())
        || !digits.chars().all(|c| c.is_digit(radix))
    {
        return None;
    }
    if radix == 10 {
        let trimmed = digits.trim_start_matches('0');
        return Some(if trimmed.is_empty() { "0" } else { trimmed }.to_owned());
    }
    u128::from_str_radix(&digits, radix)
        .ok()
        .map(|value| value.to_string())
}

/// What stands where `=>` should, and the description, in `1 "description"`, `1: "description"`
/// or `1 -> "description"`: a value and a description with punctuation other than `=>` (or none)
/// between them.
fn description_without_arrow(tokens: TokenStream) -> Option<TokenStream> {
    let parser = |stream: ParseStream| {
        let _: Option<Token![-]> = stream.parse()?;
        let _: LitInt = stream.parse()?;
        let mut found = TokenStream::new();
        while stream.cursor().punct().is_some() {
            found.extend([stream.parse::<TokenTree>()?]);
        }
        let description: LitStr = stream.parse()?;
        let _: TokenStream = stream.parse()?;
        description.to_tokens(&mut found);
        Ok(found)
    };
    parser.parse2(tokens).ok()
}

#[cfg(test)]
mod tests {
    use proc_macro2::{Span, TokenStream, TokenTree};
    use syn::parse::Parser;

    use super::{parse_value, plain_value, Value};

    fn render(value: &Value) -> String {
        format!(
            "{} {} {} {:?}",
            value.minus.is_some(),
            value.lit,
            value.digits,
            value.suffix
        )
    }

    /// On every value the plain parser reads, the reference reads the same; and the plain parser
    /// reads the plain values.
    #[test]
    fn plain_values_agree_with_the_reference_parser() {
        let mut plain_read = 0;
        for sign in ["", "-", "- ", "--"] {
            for literal in [
                "0",
                "7",
                "007",
                "1_000",
                "0x3e8",
                "0x3E8",
                "0x_1F",
                "0xffffffffffffffff",
                "340282366920938463463374607431768211456",
                "5i64",
                "0b101",
                "0o17",
                "1.5",
                "\"s\"",
                "X",
                "0X3E8",
                "1e3",
            ] {
                let text = format!("{sign}{literal}");
                let Ok(stream) = text.parse::<TokenStream>() else {
                    continue;
                };
                let tokens: Vec<TokenTree> = stream.clone().into_iter().collect();
                let reference =
                    (|input: syn::parse::ParseStream| parse_value(input, Span::call_site()))
                        .parse2(stream);
                match (plain_value(&tokens), reference) {
                    (Some((fast, [])), Ok(reference)) => {
                        assert_eq!(render(&fast), render(&reference), "{text}");
                        plain_read += 1;
                    }
                    (Some((_, [])), Err(error)) => {
                        panic!("the plain parser reads `{text}`, the reference says: {error}")
                    }
                    // Tokens after the value are the code parser's to read.
                    (Some(_) | None, _) => {}
                }
            }
        }
        assert!(
            plain_read >= 14,
            "the plain parser read {plain_read} values"
        );
    }
}
