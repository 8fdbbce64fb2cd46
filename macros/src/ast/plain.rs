//! What the plain parsers (`header.rs`, `code.rs`) share: outer attributes and identifiers read
//! from the tokens without syn, each built as syn's parser builds it; and, for their tests, the
//! comparison with the reference parsers.

use proc_macro2::{Delimiter, Group, Ident, Punct, Spacing, TokenTree};
use syn::{
    token, AttrStyle, Attribute, Expr, ExprLit, Lit, Meta, MetaList, MetaNameValue, Path, Token,
};

/// The tokens inside each `#[...]` of `tokens`, in order.
pub(super) fn attribute_trees(tokens: &[TokenTree]) -> Vec<Vec<TokenTree>> {
    tokens
        .windows(2)
        .filter_map(|pair| match pair {
            [TokenTree::Punct(pound), TokenTree::Group(group)]
                if pound.as_char() == '#' && group.delimiter() == Delimiter::Bracket =>
            {
                Some(group.stream().into_iter().collect())
            }
            _ => None,
        })
        .collect()
}

/// The outer attributes at the start of `tokens`, as [`attribute`] reads them, and the tokens
/// after them; `trees` holds the tokens inside each `#[...]` of `tokens`, in order.
pub(super) fn attributes<'a>(
    mut rest: &'a [TokenTree],
    trees: &[Vec<TokenTree>],
) -> Option<(Vec<Attribute>, &'a [TokenTree])> {
    let mut attrs = Vec::new();
    let mut trees = trees.iter();
    while let [TokenTree::Punct(pound), TokenTree::Group(group), after @ ..] = rest {
        if pound.as_char() != '#' || group.delimiter() != Delimiter::Bracket {
            return None;
        }
        attrs.push(attribute(pound, group, trees.next()?)?);
        rest = after;
    }
    Some((attrs, rest))
}

/// `#[name]`, `#[name(...)]` or `#[name = literal]` (a doc comment); `inner` is what is inside
/// the brackets.
fn attribute(pound: &Punct, group: &Group, inner: &[TokenTree]) -> Option<Attribute> {
    let (TokenTree::Ident(name), arguments, value) = (inner.first()?, inner.get(1), inner.get(2))
    else {
        return None;
    };
    if inner.len() > 3 || !is_plain_ident(name) {
        return None;
    }
    let path = Path::from(name.clone());
    let meta = match (arguments, value) {
        (None, None) => Meta::Path(path),
        (Some(TokenTree::Group(arguments)), None)
            if arguments.delimiter() == Delimiter::Parenthesis =>
        {
            Meta::List(MetaList {
                path,
                delimiter: syn::MacroDelimiter::Paren(token::Paren(arguments.delim_span())),
                tokens: arguments.stream(),
            })
        }
        (Some(TokenTree::Punct(eq)), Some(TokenTree::Literal(literal))) if is_alone(eq, '=') => {
            Meta::NameValue(MetaNameValue {
                path,
                eq_token: Token![=](eq.span()),
                value: Expr::Lit(ExprLit {
                    attrs: Vec::new(),
                    lit: Lit::new(literal.clone()),
                }),
            })
        }
        _ => return None,
    };
    Some(Attribute {
        pound_token: Token![#](pound.span()),
        style: AttrStyle::Outer,
        bracket_token: token::Bracket(group.delim_span()),
        meta,
    })
}

pub(super) fn is_alone(punct: &Punct, c: char) -> bool {
    punct.as_char() == c && punct.spacing() == Spacing::Alone
}

/// An identifier syn's `Ident` parser accepts: not a keyword (those go to the reference parser,
/// which says what is wrong). A raw identifier (`r#type`) is accepted.
pub(super) fn is_plain_ident(ident: &Ident) -> bool {
    !is_keyword(&ident.to_string())
}

/// Keywords, which syn's `Ident` parser rejects.
fn is_keyword(text: &str) -> bool {
    matches!(
        text,
        "_" | "abstract"
            | "as"
            | "async"
            | "await"
            | "become"
            | "box"
            | "break"
            | "const"
            | "continue"
            | "crate"
            | "do"
            | "dyn"
            | "else"
            | "enum"
            | "extern"
            | "false"
            | "final"
            | "fn"
            | "for"
            | "if"
            | "impl"
            | "in"
            | "let"
            | "loop"
            | "macro"
            | "match"
            | "mod"
            | "move"
            | "mut"
            | "override"
            | "priv"
            | "pub"
            | "ref"
            | "return"
            | "Self"
            | "self"
            | "static"
            | "struct"
            | "super"
            | "trait"
            | "true"
            | "try"
            | "type"
            | "typeof"
            | "unsafe"
            | "unsized"
            | "use"
            | "virtual"
            | "where"
            | "while"
            | "yield"
    )
}

/// The comparison of a plain parser with the reference parser it stands in for, on generated
/// texts.
#[cfg(test)]
pub(super) mod agreement {
    use proc_macro2::{TokenStream, TokenTree};
    use quote::ToTokens;
    use syn::parse::Parse;
    use syn::Attribute;

    /// How many texts each parser read, in [`compare`].
    #[derive(Default)]
    pub(in super::super) struct Tally {
        pub(in super::super) plain: usize,
        pub(in super::super) reference_only: usize,
    }

    /// Parses `text` with the plain parser and with the reference (`T::parse`): where the plain
    /// one reads it, the two must agree (compared through `render`) and the reference must read
    /// it too.
    pub(in super::super) fn compare<T: Parse>(
        tally: &mut Tally,
        text: &str,
        plain: fn(&[TokenTree]) -> Option<T>,
        render: fn(&T) -> String,
    ) {
        let Ok(stream) = text.parse::<TokenStream>() else {
            return;
        };
        let tokens: Vec<TokenTree> = stream.clone().into_iter().collect();
        match (plain(&tokens), syn::parse2::<T>(stream)) {
            (Some(fast), Ok(reference)) => {
                assert_eq!(render(&fast), render(&reference), "{text}");
                tally.plain += 1;
            }
            (Some(_), Err(error)) => {
                panic!("the plain parser reads `{text}`, the reference says: {error}")
            }
            (None, Ok(_)) => tally.reference_only += 1,
            (None, Err(_)) => {}
        }
    }

    pub(in super::super) fn render_attrs(attrs: &[Attribute]) -> Vec<String> {
        attrs
            .iter()
            .map(|attr| attr.to_token_stream().to_string())
            .collect()
    }
}
