//! The value of a code line (`= -1000`): its model and its parser, which also recognizes a
//! description written without the `=>` before it.

use proc_macro2::{Literal, Span, TokenStream, TokenTree};
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
