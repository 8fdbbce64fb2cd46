//! Language tags (BCP 47) as the input writes them: `en`, `zh-CN`, `zh-Hans`, `es-419`, before a
//! description and in `#[codes(lang = "...")]`.
//!
//! In the DSL a tag is tokens, not a string: `zh-CN "..."` is the identifier `zh`, a `-` and the
//! identifier `CN` (`es-419` has a number). [`parse_tag`] reads them back into the tag's text and
//! keeps the tokens for spans; [`check_tag`] says whether the text is a well-formed tag.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, Token};

/// A language tag of the input, with the tokens it was written as.
pub struct LangTag {
    /// The tag as written, such as `"zh-CN"`.
    pub text: String,
    tokens: TokenStream,
}

impl ToTokens for LangTag {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.extend(self.tokens.clone());
    }
}

impl LangTag {
    /// A one-word tag (`en`), as [`parse_tag`] reads it.
    pub fn from_ident(ident: &Ident) -> LangTag {
        LangTag {
            text: ident.to_string(),
            tokens: TokenStream::from(proc_macro2::TokenTree::Ident(ident.clone())),
        }
    }
}

/// Reads `Ident ('-' (Ident | integer))*`: a tag's subtags as tokens. Does not check the tag.
pub fn parse_tag(input: ParseStream) -> syn::Result<LangTag> {
    // Keywords too: `in` and `as` are tags of real languages.
    let first = Ident::parse_any(input)?;
    let mut text = first.to_string();
    let mut tokens = first.to_token_stream();
    while input.peek(Token![-]) && (input.peek2(Ident::peek_any) || input.peek2(LitInt)) {
        let dash: Token![-] = input.parse()?;
        dash.to_tokens(&mut tokens);
        text.push('-');
        if input.peek(LitInt) {
            let number: LitInt = input.parse()?;
            text.push_str(&number.to_string());
            number.to_tokens(&mut tokens);
        } else {
            let subtag = Ident::parse_any(input)?;
            text.push_str(&subtag.to_string());
            subtag.to_tokens(&mut tokens);
        }
    }
    Ok(LangTag { text, tokens })
}

/// What a tag looks like, for the messages.
const TAG_SHAPE: &str = "a language tag is a 2- or 3-letter language code, then optional \
                         subtags joined by `-`, such as `en`, `en-US`, `zh-CN` or `zh-Hans`";

/// Whether `tag` is a well-formed language tag: a primary language of 2 or 3 letters (ISO 639;
/// the 4- to 8-letter forms BCP 47 reserves are not used by any language), then subtags of 1 to 8
/// letters or digits joined by `-` (script, region, variants, extensions, private use), where a
/// one-character subtag (an extension or `x`) is followed by another. Letter case is free: tags
/// are compared without it.
///
/// # Errors
///
/// What is wrong with the tag and what a tag looks like.
pub fn check_tag(tag: &str) -> Result<(), String> {
    if tag.contains('_') {
        return Err(format!(
            "`{tag}` is not a language tag: subtags are joined by `-`, not `_` (`{}`); {TAG_SHAPE}",
            tag.replace('_', "-")
        ));
    }
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(format!("`{tag}` is not a language tag: {TAG_SHAPE}"));
    }
    let mut singleton = false;
    for subtag in subtags {
        if subtag.is_empty()
            || subtag.len() > 8
            || !subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return Err(format!(
                "`{tag}` is not a language tag: `{subtag}` is not a subtag (1 to 8 letters or \
                 digits); {TAG_SHAPE}"
            ));
        }
        singleton = subtag.len() == 1;
    }
    if singleton {
        return Err(format!(
            "`{tag}` is not a language tag: it ends with a one-character subtag, which must be \
             followed by another; {TAG_SHAPE}"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check_tag, parse_tag};
    use quote::quote;
    use syn::parse::Parser;

    #[test]
    fn well_formed_tags() {
        for tag in [
            "en",
            "EN",
            "zh-CN",
            "zh-Hans",
            "zh-Hans-CN",
            "es-419",
            "sr-Latn-RS",
            "de-CH-1996",
            "en-x-sdk",
            "yue",
        ] {
            assert_eq!(check_tag(tag), Ok(()), "{tag}");
        }
    }

    #[test]
    fn malformed_tags() {
        for tag in [
            "e",
            "english",
            "en_US",
            "en-",
            "-en",
            "en--US",
            "zh-x",
            "en-toolongsubtag",
            "e1",
            "中文",
        ] {
            assert!(check_tag(tag).is_err(), "{tag}");
        }
        assert!(check_tag("en_US").unwrap_err().contains("`en-US`"));
    }

    #[test]
    fn tags_are_read_from_tokens() {
        let read = |tokens| {
            Parser::parse2(parse_tag, tokens)
                .map(|tag| tag.text)
                .unwrap_or_default()
        };
        assert_eq!(read(quote!(zh - CN)), "zh-CN");
        assert_eq!(read(quote!(zh - Hans - CN)), "zh-Hans-CN");
        assert_eq!(read(quote!(es - 419)), "es-419");
        assert_eq!(read(quote!(en)), "en");
    }
}
