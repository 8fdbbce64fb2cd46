//! A code line (`attr* Name = -1000 => "description" en "..."`, the tokens between two commas):
//! the reference parser, with the errors of every misuse, and beside it the plain parser that
//! stands in for it on the plain shape.
//!
//! Nearly every line of a real family has one shape: `#[codes(...)]` or `#[name]` attributes,
//! `Name = -1000 => "description"`, a decimal or hex value without suffix, and translations
//! tagged with one word (`en "..."`). Macro expansion is paid again on every rebuild, and syn's
//! parser costs several times this one on such a line (each code's tokens cross into syn's buffer
//! and back). So [`plain_in`] reads that shape from the tokens directly and returns `None` for
//! anything else, which the reference parser (`Code::parse`) then reads, with its errors. The two
//! must build the same `Code`: `tests::agrees_with_the_reference_parser` checks it on generated
//! lines of every shape.

use proc_macro2::{Spacing, TokenStream, TokenTree};
use syn::ext::IdentExt as _;
use syn::parse::{Parse, ParseStream};
use syn::{token, Attribute, Ident, Token};

use super::super::lang::parse_tag;
use super::plain::{attributes, is_alone, is_plain_ident};
use super::value::{parse_value, plain_value};
use super::{Code, LangTag, Text};

/// The mistakes seen where a code's name should be: a doc comment that documents nothing (after
/// the last code), a keyword as the name.
fn before_name(input: ParseStream, attrs: &[Attribute]) -> syn::Result<()> {
    if input.is_empty() {
        if let Some(first) = attrs.first() {
            let last = attrs.last().unwrap_or(first);
            return Err(syn::Error::new_spanned(
                quote::quote!(#first #last),
                "this doc comment documents no code: nothing follows it in the family (a doc \
                 comment goes before the code it documents, or after it as `///< text`)",
            ));
        }
    }
    if input.peek(Ident::peek_any) && !input.peek(Ident) {
        let keyword = Ident::parse_any(input)?;
        return Err(syn::Error::new_spanned(
            &keyword,
            format!(
                "`{keyword}` is a Rust keyword: a code of that name is written `r#{keyword}` \
                 (its SDK name stays `{keyword}` unless `sdk_name` says otherwise)"
            ),
        ));
    }
    Ok(())
}

/// A translation after the comma that ends its code (`A = 1 => "a", en "A",`), which reads as a
/// code named after the language.
fn translation_after_a_comma(input: ParseStream, ident: &Ident) -> syn::Result<()> {
    if is_language_tag(&ident.to_string()) && input.peek(syn::LitStr) {
        let text: TokenTree = input.parse()?;
        return Err(syn::Error::new_spanned(
            quote::quote!(#ident #text),
            format!(
                "`{ident} \"...\"` after a comma reads as a code named `{ident}`: a description in \
                 another language follows the description it translates, before the code's `,`: \
                 `Name = 1 => \"...\" {ident} \"...\",`"
            ),
        ));
    }
    Ok(())
}

impl Parse for Code {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        before_name(input, &attrs)?;
        let ident: Ident = input
            .parse()
            .map_err(|_| input.error("expected a code name: `Name = value => \"description\"`"))?;
        if input.peek(token::Paren) || input.peek(token::Brace) {
            let fields: TokenTree = input.parse()?;
            return Err(syn::Error::new_spanned(
                fields,
                "codes cannot carry data: write `Name = value => \"description\"` \
                 (an open family's catch-all is declared with `#[codes(other = Name)]`)",
            ));
        }
        translation_after_a_comma(input, &ident)?;
        if !input.peek(Token![=]) || input.peek(Token![=>]) {
            return Err(syn::Error::new_spanned(
                &ident,
                format!("expected `= value` after `{ident}`: `{ident} = value => \"description\"`"),
            ));
        }
        let eq: Token![=] = input.parse()?;
        let text = is_language_tag(&ident.to_string())
            .then(|| Text::take(input))
            .flatten();
        if let Some(text) = text {
            return Err(syn::Error::new_spanned(
                quote::quote!(#ident #eq #text),
                format!(
                    "`{ident} = \"...\"` reads as a code named `{ident}`: a description in another \
                     language follows the description it translates, with no `,` or `=` between \
                     them: `Name = 1 => \"...\" {ident} \"...\"`"
                ),
            ));
        }
        let value = parse_value(input, eq.span)?;
        if input.is_empty() {
            return Err(syn::Error::new_spanned(
                quote::quote!(#ident #eq #value),
                format!("missing description: expected `=> \"description\"` after the value of `{ident}`"),
            ));
        }
        let arrow: Token![=>] = input.parse()?;
        let description = parse_description(input, arrow)?;
        let mut translations = Vec::new();
        while input.peek(Ident::peek_any) {
            let tag = parse_tag(input)?;
            if let Some(text) = Text::take(input) {
                translations.push((tag, text));
                continue;
            }
            if is_language_tag(&tag.text) && (input.peek(Token![=]) || input.peek(Token![:])) {
                let separator: TokenTree = input.parse()?;
                return Err(syn::Error::new_spanned(
                    quote::quote!(#tag #separator),
                    format!(
                        "a description in another language is written `{} \"...\"`, \
                         with no `{separator}`, after the description it translates",
                        tag.text
                    ),
                ));
            }
            let rest: TokenStream = input.parse()?;
            return Err(unexpected_after_description(quote::quote!(#tag #rest)));
        }
        if !input.is_empty() {
            let rest: TokenStream = input.parse()?;
            return Err(unexpected_after_description(rest));
        }
        Ok(Code {
            attrs,
            ident,
            value,
            description,
            translations,
        })
    }
}

/// Whether `text` looks like a language tag (`en`, `zh_hans`, `zh-CN`) rather than a code's name.
fn is_language_tag(text: &str) -> bool {
    let primary = text.split('-').next().unwrap_or_default();
    (2..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

fn unexpected_after_description(rest: TokenStream) -> syn::Error {
    syn::Error::new_spanned(
        rest,
        "unexpected tokens after the description: separate codes with `,` \
         (a description in another language is written `en \"...\"`)",
    )
}

fn parse_description(input: ParseStream, arrow: Token![=>]) -> syn::Result<Text> {
    if input.is_empty() {
        return Err(syn::Error::new_spanned(
            arrow,
            "expected a string literal description after `=>`",
        ));
    }
    if let Some(text) = Text::take(input) {
        return Ok(text);
    }
    let found: TokenTree = input.parse()?;
    Err(syn::Error::new_spanned(
        found,
        "the description must be a string literal, such as `\"Token 无效。\"`",
    ))
}

/// [`plain_in`], reading the tokens inside the attributes itself (for the tests).
#[cfg(test)]
pub(super) fn plain(tokens: &[TokenTree]) -> Option<Code> {
    plain_in(tokens, &super::plain::attribute_trees(tokens))
}

/// The code of `tokens` (one code's tokens, without the comma), if the line has the plain shape;
/// `trees` holds the tokens inside each `#[...]` of `tokens`, in order, as
/// `doc_comments::take_comments` reads them.
pub(super) fn plain_in(tokens: &[TokenTree], trees: &[Vec<TokenTree>]) -> Option<Code> {
    let (attrs, rest) = attributes(tokens, trees)?;
    let [TokenTree::Ident(ident), TokenTree::Punct(eq), after @ ..] = rest else {
        return None;
    };
    if !is_plain_ident(ident) || !is_alone(eq, '=') {
        return None;
    }
    let (value, after) = plain_value(after)?;
    let [TokenTree::Punct(arrow_eq), TokenTree::Punct(arrow_gt), TokenTree::Literal(literal), after @ ..] =
        after
    else {
        return None;
    };
    if arrow_eq.as_char() != '='
        || arrow_eq.spacing() != Spacing::Joint
        || arrow_gt.as_char() != '>'
    {
        return None;
    }
    let description = Text::from_literal(literal.clone())?;
    let mut translations = Vec::new();
    let mut rest = after;
    while let [TokenTree::Ident(tag), TokenTree::Literal(literal), after @ ..] = rest {
        translations.push((
            LangTag::from_ident(tag),
            Text::from_literal(literal.clone())?,
        ));
        rest = after;
    }
    if !rest.is_empty() {
        return None;
    }
    Some(Code {
        attrs,
        ident: ident.clone(),
        value,
        description,
        translations,
    })
}

#[cfg(test)]
mod tests {
    use super::super::plain::agreement::{compare, render_attrs, Tally};
    use super::Code;
    use proc_macro2::{TokenStream, TokenTree};
    use quote::ToTokens;

    /// Everything the later stages read of a code, as text.
    fn render(code: &Code) -> String {
        let attrs = render_attrs(&code.attrs);
        let translations: Vec<String> = code
            .translations
            .iter()
            .map(|(tag, text)| {
                format!(
                    "{} [{}] {}",
                    tag.text,
                    tag.to_token_stream(),
                    text.to_token_stream()
                )
            })
            .collect();
        format!(
            "{attrs:?} {} {:?} {} {} {:?} {} {translations:?}",
            code.ident,
            code.value.minus.is_some(),
            code.value.lit,
            code.value.digits,
            code.value.suffix,
            code.description.to_token_stream(),
        )
    }

    const ATTRS: [&str; 9] = [
        "",
        "#[codes(success)] ",
        "#[deprecated] ",
        "#[codes(sdk_name = \"kX\", alias = \"kY\")] ",
        "#[doc = \" d\"] ",
        "#[allow(dead_code)] #[codes(success)] ",
        "#[a::b] ",
        "#[codes] ",
        "#[codes = 1] ",
    ];
    const NAMES: [&str; 7] = [
        "Ok",
        "r#type",
        "type",
        "_",
        "InvalidToken",
        "_Private",
        "A1",
    ];
    const EQUALS: [&str; 3] = [" = ", " =", " == "];
    const VALUES: [&str; 18] = [
        "0",
        "-1000",
        "0x3e8",
        "-0x3E8",
        "1_000",
        "007",
        "5i64",
        "0b101",
        "0o17",
        "1.5",
        "340282366920938463463374607431768211456",
        "0xffffffffffffffffffffffffffffffffff",
        "- 1",
        "--1",
        "X",
        "\"s\"",
        "",
        "0x_1F",
    ];
    const ARROWS: [&str; 5] = [" => ", " =>", " = > ", " -> ", " "];
    const DESCRIPTIONS: [&str; 7] = [
        "\"plain\"",
        "r#\"raw\"#",
        "\"esc\\n\"",
        "b\"bytes\"",
        "\"suffixed\"x",
        "1",
        "",
    ];
    const TRANSLATIONS: [&str; 8] = [
        "",
        " en \"e\"",
        " zh-CN \"z\"",
        " in \"i\"",
        " en \"e\" ja r\"j\"",
        " en",
        " en = \"e\"",
        " en b\"e\"",
    ];

    /// A line from each list, picked by the digits of `n` in the lists' mixed radix.
    fn line(mut n: usize) -> String {
        let mut pick = |options: &[&'static str]| {
            let option = options[n % options.len()];
            n /= options.len();
            option
        };
        [
            pick(&ATTRS),
            pick(&NAMES),
            pick(&EQUALS),
            pick(&VALUES),
            pick(&ARROWS),
            pick(&DESCRIPTIONS),
            pick(&TRANSLATIONS),
        ]
        .concat()
    }

    /// On every line the plain parser reads, it builds what the reference parser builds; and it
    /// reads the plain lines, so that it is the path real families take.
    #[test]
    fn agrees_with_the_reference_parser() {
        let lines = ATTRS.len()
            * NAMES.len()
            * EQUALS.len()
            * VALUES.len()
            * ARROWS.len()
            * DESCRIPTIONS.len()
            * TRANSLATIONS.len();
        let mut tally = Tally::default();
        // Every line of a stride through all combinations (a prime stride visits every list's
        // options in every pairing).
        for n in (0..lines).step_by(7) {
            compare(&mut tally, &line(n), super::plain, render);
        }
        let plain = tally.plain;
        assert!(plain > 1000, "the plain parser read only {plain} lines");
        for text in [
            "Ok = 0 => \"fine\"",
            "#[codes(sdk_name = \"kX\")] #[deprecated] InvalidToken = -1000 => \"无效\" en \"bad\"",
            "r#type = 0x10 => r\"raw\"",
        ] {
            let tokens: Vec<TokenTree> = text.parse::<TokenStream>().unwrap().into_iter().collect();
            assert!(super::plain(&tokens).is_some(), "{text}");
        }
        assert!(tally.reference_only > 0);
    }
}
