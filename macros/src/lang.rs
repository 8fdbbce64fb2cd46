//! Language tags (BCP 47) as the input writes them: `en`, `zh-CN`, `zh-Hans`, `es-419`, before a
//! description and in `#[codes(lang = "...")]`.
//!
//! In the DSL a tag is tokens, not a string: `zh-CN "..."` is the identifier `zh`, a `-` and the
//! identifier `CN` (`es-419` has a number). [`parse_tag`] reads them back into the tag's text and
//! keeps the tokens for spans; [`check_tag`] says whether the text is a well-formed tag, by the
//! rules of `rtc_codes_rules::tags`, which the runtime crate and the importer follow too.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt as _;
use syn::parse::ParseStream;
use syn::{Ident, LitInt, Token};

use rtc_codes_rules::tags;

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

/// Whether `tag` is a well-formed language tag, as the shared rules (`tags::check_tag`) say.
///
/// # Errors
///
/// What is wrong with the tag and what a tag looks like.
pub fn check_tag(tag: &str) -> Result<(), String> {
    tags::check_tag(tag).map_err(|error| error.to_string())
}

#[cfg(test)]
mod tests {
    use super::{check_tag, parse_tag};
    use quote::quote;
    use syn::parse::Parser;

    /// The rules are the shared file's (tested there); its message is the macro's.
    #[test]
    fn tags_are_checked_by_the_shared_rules() {
        assert_eq!(check_tag("zh-Hans-CN"), Ok(()));
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
