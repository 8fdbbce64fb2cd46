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

/// The tokens of one code that [`take_comments`] keeps.
pub(super) struct Kept {
    pub tokens: Vec<TokenTree>,
    /// The tokens inside each `#[...]` of `tokens`, in order: read once here, where every
    /// attribute is looked at for a `///<` comment, so that the parser does not ask the compiler
    /// for them again.
    pub attribute_trees: Vec<Vec<TokenTree>>,
}

/// Takes the `///<` comments and the inner attributes out of `tokens` (one code, between two
/// commas), reporting an empty `///<` comment and every inner attribute.
pub(super) fn take_comments(cx: &Ctxt, tokens: Vec<TokenTree>) -> (Kept, Comments) {
    let mut comments = Comments::default();
    let mut kept = Vec::with_capacity(tokens.len());
    let mut attribute_trees = Vec::new();
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
        let trees: Vec<TokenTree> = body.stream().into_iter().collect();
        let Some(text) = trailing_doc(&trees) else {
            kept.push(token);
            attribute_trees.push(trees);
            continue;
        };
        tokens.next();
        if let Some(attribute) = doc_attribute(cx, &text) {
            if in_code {
                comments.own.push(attribute);
            } else {
                comments.previous.push(attribute);
            }
        }
    }
    let kept = Kept {
        tokens: kept,
        attribute_trees,
    };
    (kept, comments)
}

/// The text of `doc = "<..."` (a `///<` or `/**<` comment; `attribute` is what is inside its
/// brackets), as its literal.
fn trailing_doc(attribute: &[TokenTree]) -> Option<LitStr> {
    let [TokenTree::Ident(doc), TokenTree::Punct(eq), TokenTree::Literal(text)] = attribute else {
        return None;
    };
    if doc != "doc" || eq.as_char() != '=' {
        return None;
    }
    let text: LitStr = syn::parse2(TokenTree::Literal(text.clone()).into()).ok()?;
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
