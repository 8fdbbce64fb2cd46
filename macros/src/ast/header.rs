//! A family's header (`attr* vis? enum Name (: IntType)?`, the tokens before its `{`): the
//! reference parser, and beside it the plain parser that stands in for it on the plain shape.
//!
//! Macro expansion is paid again on every rebuild, and nearly every family's header has one shape:
//! attributes, `pub` or nothing, `enum Name` and an optional `: i32`. [`plain`] reads that shape
//! without syn and returns `None` for anything else, which `FamilyHeader::parse` then reads, with
//! its errors; `tests::headers_agree_with_the_reference_parser` checks that the two read alike.

use proc_macro2::{TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{Attribute, Ident, Path, Token, Type, TypePath, Visibility};

use super::plain::{attribute_trees, attributes, is_alone, is_plain_ident};

/// The part of a family before its body.
pub(super) struct FamilyHeader {
    pub(super) attrs: Vec<Attribute>,
    pub(super) vis: Visibility,
    pub(super) ident: Ident,
    pub(super) generics: Option<TokenStream>,
    pub(super) repr: Option<Type>,
}

impl Parse for FamilyHeader {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let attrs = input.call(Attribute::parse_outer)?;
        let vis: Visibility = input.parse()?;
        input.parse::<Token![enum]>().map_err(|_| {
            input.error("expected `enum`: a family is declared as `pub enum Name: i32 { ... }`")
        })?;
        let ident: Ident = input
            .parse()
            .map_err(|_| input.error("expected the family's name after `enum`"))?;
        let generics = if input.peek(Token![<]) {
            let mut tokens = TokenStream::new();
            while !input.is_empty() && !input.peek(Token![:]) {
                tokens.extend([input.parse::<TokenTree>()?]);
            }
            Some(tokens)
        } else {
            None
        };
        let repr = if input.peek(Token![:]) {
            let colon: Token![:] = input.parse()?;
            if input.is_empty() {
                return Err(syn::Error::new_spanned(
                    colon,
                    "expected an integer type after `:`, such as `i32`",
                ));
            }
            Some(input.parse::<Type>()?)
        } else {
            None
        };
        if !input.is_empty() {
            return Err(input.error("unexpected tokens before the family's `{`"));
        }
        Ok(FamilyHeader {
            attrs,
            vis,
            ident,
            generics,
            repr,
        })
    }
}

/// The header in `tokens`, if it has the plain shape: attributes as `plain::attribute` reads
/// them, no visibility or `pub`, and no repr or one that is an identifier. `pub(crate)`, generics
/// and the rest go to the reference parser (`FamilyHeader::parse`);
/// `tests::headers_agree_with_the_reference_parser` checks that the two read alike.
pub(super) fn plain(tokens: &[TokenTree]) -> Option<FamilyHeader> {
    let (attrs, rest) = attributes(tokens, &attribute_trees(tokens))?;
    let (vis, rest) = match rest {
        [TokenTree::Ident(vis), after @ ..]
            if vis == "pub" && matches!(after.first(), Some(TokenTree::Ident(_))) =>
        {
            (Visibility::Public(Token![pub](vis.span())), after)
        }
        _ => (Visibility::Inherited, rest),
    };
    let [TokenTree::Ident(keyword), TokenTree::Ident(ident), rest @ ..] = rest else {
        return None;
    };
    if keyword != "enum" || !is_plain_ident(ident) {
        return None;
    }
    let repr = match rest {
        [] => None,
        [TokenTree::Punct(colon), TokenTree::Ident(repr)] if is_alone(colon, ':') => {
            if !is_plain_ident(repr) {
                return None;
            }
            Some(Type::Path(TypePath {
                attrs: Vec::new(),
                qself: None,
                path: Path::from(repr.clone()),
            }))
        }
        _ => return None,
    };
    Some(FamilyHeader {
        attrs,
        vis,
        ident: ident.clone(),
        generics: None,
        repr,
    })
}

#[cfg(test)]
mod tests {
    use super::super::plain::agreement::{compare, render_attrs, Tally};
    use super::FamilyHeader;
    use quote::ToTokens;

    /// Everything the later stages read of a family header, as text.
    fn render_header(header: &FamilyHeader) -> String {
        let attrs = render_attrs(&header.attrs);
        format!(
            "{attrs:?} [{}] {} {:?} {:?}",
            header.vis.to_token_stream(),
            header.ident,
            header.generics.as_ref().map(ToString::to_string),
            header
                .repr
                .as_ref()
                .map(|repr| repr.to_token_stream().to_string()),
        )
    }

    const HEADER_ATTRS: [&str; 7] = [
        "",
        "/// Docs.\n",
        "/// 错误码。\n///\n/// Errors.\n",
        "#[codes(sdk_prefix = \"k\", other = Other)] ",
        "#[derive(Debug)] #[doc = 1] ",
        "#[doc = -1] ",
        "#![inner] ",
    ];
    const VISIBILITIES: [&str; 5] = ["", "pub ", "pub(crate) ", "pub(in a::b) ", "crate "];
    const HEADER_NAMES: [&str; 5] = ["enum Codes", "enum r#type", "enum type", "Codes", "enum"];
    const REPRS: [&str; 7] = [
        "",
        ": i32",
        ":u64",
        ": ::std::primitive::i32",
        ": Self",
        ":",
        "<T>",
    ];

    /// On every header the plain parser reads, it builds what the reference parser builds; and
    /// it reads the plain headers.
    #[test]
    fn headers_agree_with_the_reference_parser() {
        let mut tally = Tally::default();
        for attrs in HEADER_ATTRS {
            for vis in VISIBILITIES {
                for name in HEADER_NAMES {
                    for repr in REPRS {
                        let text = format!("{attrs}{vis}{name}{repr}");
                        compare(&mut tally, &text, super::plain, render_header);
                    }
                }
            }
        }
        let plain = tally.plain;
        assert!(plain >= 60, "the plain parser read only {plain} headers");
        assert!(tally.reference_only > 0);
    }
}
