//! Doc comments as C headers write them inside a family body: `///< text` and `/**< text */`
//! document the code *before* them (as in Doxygen), and inner doc comments (`//!`) do not belong
//! in a family at all.
//!
//! A family body is split at its commas before its codes are parsed, so `Ok = 0 => "fine", ///<
//! all good` puts the comment at the start of the next code's tokens, or alone after the last
//! comma. [`take_comments`] takes such comments out of one code's tokens, wherever they stand,
//! and says which code they document.

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::quote_spanned;
use syn::{Attribute, LitStr};

use super::Ctxt;

/// What [`take_comments`] found in one code's tokens.
#[derive(Default)]
pub(super) struct Comments {
    /// `///<` comments before the code: they document the code before this one.
    pub previous: Vec<Attribute>,
    /// `///<` comments after the code's first token (after its description, before the comma).
    pub own: Vec<Attribute>,
}

/// Takes the `///<` comments and the inner attributes out of `tokens` (one code, between two
/// commas), reporting an empty `///<` comment and every inner attribute.
pub(super) fn take_comments(cx: &Ctxt, tokens: Vec<TokenTree>) -> (Vec<TokenTree>, Comments) {
    let mut comments = Comments::default();
    let mut kept = Vec::with_capacity(tokens.len());
    let mut in_code = false;
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let TokenTree::Punct(pound) = &token else {
            in_code = true;
            kept.push(token);
            continue;
        };
        if pound.as_char() != '#' {
            in_code = true;
            kept.push(token);
            continue;
        }
        let inner = matches!(tokens.peek(), Some(TokenTree::Punct(bang)) if bang.as_char() == '!');
        if inner {
            let bang = tokens.next();
            let body = tokens.next();
            let attribute: TokenStream = [Some(token), bang, body].into_iter().flatten().collect();
            cx.error_spanned_by(
                attribute,
                "inner doc comments and attributes (`//!`, `#![...]`) apply to the module around \
                 the macro: put them at the top of the file; a code is documented by `///` \
                 before it or `///<` after it",
            );
            continue;
        }
        let Some(TokenTree::Group(body)) = tokens.peek() else {
            in_code = true;
            kept.push(token);
            continue;
        };
        if body.delimiter() != Delimiter::Bracket {
            in_code = true;
            kept.push(token);
            continue;
        }
        match trailing_doc(body.stream()) {
            Some(text) => {
                tokens.next();
                if let Some(attribute) = doc_attribute(cx, &text) {
                    if in_code {
                        comments.own.push(attribute);
                    } else {
                        comments.previous.push(attribute);
                    }
                }
            }
            None => kept.push(token),
        }
    }
    (kept, comments)
}

/// The text of `doc = "<..."` (a `///<` or `/**<` comment), as its literal.
fn trailing_doc(attribute: TokenStream) -> Option<LitStr> {
    let mut tokens = attribute.into_iter();
    let (Some(TokenTree::Ident(doc)), Some(TokenTree::Punct(eq)), Some(TokenTree::Literal(text))) =
        (tokens.next(), tokens.next(), tokens.next())
    else {
        return None;
    };
    if doc != "doc" || eq.as_char() != '=' || tokens.next().is_some() {
        return None;
    }
    let text: LitStr = syn::parse2(TokenTree::Literal(text).into()).ok()?;
    text.value().starts_with('<').then_some(text)
}

/// `#[doc = "..."]` with the text of a `///<` comment without its `<`; an error on the comment
/// when nothing follows the `<`.
fn doc_attribute(cx: &Ctxt, comment: &LitStr) -> Option<Attribute> {
    let value = comment.value();
    let text = value.strip_prefix('<').unwrap_or(&value);
    if text.trim().is_empty() {
        cx.error_spanned_by(
            comment,
            "this `///<` comment is empty: write what the code before it means, or remove it",
        );
        return None;
    }
    let text = LitStr::new(text, comment.span());
    let tokens = quote_spanned!(comment.span()=> #[doc = #text]);
    syn::parse::Parser::parse2(Attribute::parse_outer, tokens)
        .ok()
        .and_then(|mut attributes| attributes.pop())
}
