//! The common shape of a code line, read straight from its tokens.
//!
//! `attr* Name = -? 123 => "description" (lang "text")*` is what nearly every line looks like.
//! Reading it token by token avoids most of `syn`'s parsing machinery, which matters because a
//! proc macro runs unoptimized in debug builds and a family can have thousands of codes. Any
//! deviation returns `None`, and `ast.rs` parses the line with `syn` instead: that parser is the
//! reference, and the only one that reports errors. The tests check that both agree.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use syn::parse::Parser;
use syn::{Attribute, Ident, Lit, LitStr};

use super::ast::{Code, Value};

/// Words that `syn` does not accept as an identifier (strict and reserved keywords, and `_`).
const KEYWORDS: [&str; 54] = [
    "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield", "union",
];

/// The code in `tokens`, if the line has the common shape.
pub fn parse(tokens: &[TokenTree]) -> Option<Code> {
    let mut rest = tokens;

    let mut attr_tokens = TokenStream::new();
    while let [TokenTree::Punct(pound), TokenTree::Group(body), tail @ ..] = rest {
        if pound.as_char() != '#' || body.delimiter() != Delimiter::Bracket {
            break;
        }
        attr_tokens.extend([
            TokenTree::Punct(pound.clone()),
            TokenTree::Group(body.clone()),
        ]);
        rest = tail;
    }
    let attrs = if attr_tokens.is_empty() {
        Vec::new()
    } else {
        Attribute::parse_outer.parse2(attr_tokens).ok()?
    };

    let [TokenTree::Ident(ident), rest @ ..] = rest else {
        return None;
    };
    let ident = identifier(ident)?;

    let [TokenTree::Punct(eq), rest @ ..] = rest else {
        return None;
    };
    if eq.as_char() != '=' || starts_with_punct(rest, '>') && eq.spacing() == Spacing::Joint {
        return None;
    }

    let (minus, rest) = match rest {
        [TokenTree::Punct(minus), rest @ ..] if minus.as_char() == '-' => (
            Some(syn::token::Minus {
                spans: [minus.span()],
            }),
            rest,
        ),
        _ => (None, rest),
    };
    let [TokenTree::Literal(value), rest @ ..] = rest else {
        return None;
    };
    let Lit::Int(lit) = Lit::new(value.clone()) else {
        return None;
    };

    let [TokenTree::Punct(first), TokenTree::Punct(second), rest @ ..] = rest else {
        return None;
    };
    if first.as_char() != '=' || first.spacing() != Spacing::Joint || second.as_char() != '>' {
        return None;
    }
    if starts_with_punct(rest, '=') || starts_with_punct(rest, '>') {
        return None;
    }

    let [TokenTree::Literal(description), rest @ ..] = rest else {
        return None;
    };
    let mut rest = rest;
    let description = string(description)?;

    let mut translations = Vec::new();
    while let [TokenTree::Ident(language), TokenTree::Literal(text), tail @ ..] = rest {
        translations.push((identifier(language)?, string(text)?));
        rest = tail;
    }
    if !rest.is_empty() {
        return None;
    }
    Some(Code {
        attrs,
        ident,
        value: Value { minus, lit },
        description,
        translations,
    })
}

fn identifier(ident: &Ident) -> Option<Ident> {
    let text = ident.to_string();
    (!KEYWORDS.contains(&text.as_str())).then(|| ident.clone())
}

fn string(literal: &proc_macro2::Literal) -> Option<LitStr> {
    match Lit::new(literal.clone()) {
        Lit::Str(text) => Some(text),
        _ => None,
    }
}

fn starts_with_punct(tokens: &[TokenTree], c: char) -> bool {
    matches!(tokens.first(), Some(TokenTree::Punct(punct)) if punct.as_char() == c)
}

#[cfg(test)]
mod tests {
    use proc_macro2::{TokenStream, TokenTree};
    use quote::ToTokens;

    use super::super::ast::Code;

    fn tokens(source: &str) -> Vec<TokenTree> {
        source.parse::<TokenStream>().unwrap().into_iter().collect()
    }

    fn summary(code: &Code) -> String {
        format!(
            "{} | {} | {:?} | {:?} | {:?}",
            code.attrs
                .iter()
                .map(|attr| attr.to_token_stream().to_string())
                .collect::<Vec<_>>()
                .join(" "),
            code.ident,
            code.value.to_i128().ok(),
            code.description.value(),
            code.translations
                .iter()
                .map(|(language, text)| (language.to_string(), text.value()))
                .collect::<Vec<_>>(),
        )
    }

    #[test]
    fn agrees_with_the_syn_parser() {
        for line in [
            r#"InvalidToken = -1000 => "Token 无效。""#,
            r#"Ok = 0 => "成功" en "Success.""#,
            r#"#[codes(success)] /// Docs.
               Ok = 0x10 => r"raw \ text" en "a" fr "b""#,
            r#"#[deprecated] #[codes(sdk_name = "kX", alias = "kY")] X = 1_000 => "x\n\"y\"""#,
            r#"r#Raw = 7 => "raw identifier""#,
            r#"Suffixed = 5u8 => "the checker rejects the suffix, not the parser""#,
            r#"Big = 99999999999999999999999999 => "too large for i128""#,
        ] {
            let fast = super::parse(&tokens(line)).unwrap_or_else(|| panic!("fast: {line}"));
            let slow: Code = syn::parse_str(line).unwrap();
            assert_eq!(summary(&fast), summary(&slow), "{line}");
        }
    }

    #[test]
    fn leaves_everything_else_to_the_syn_parser() {
        for line in [
            "A = 1",
            "A = 1 =>",
            r#"A = x => "expression""#,
            r#"A = 1.5 => "float""#,
            r#"A = 1 => b"bytes""#,
            r#"A = 1 => "a" en"#,
            r#"A = 1 => "a" type "keyword as a language""#,
            r#"A(u8) = 1 => "data""#,
            r#"A == 1 => "comparison""#,
            r#"type = 1 => "keyword""#,
            r#"_ = 1 => "underscore""#,
            r#"#![inner] A = 1 => "inner attribute""#,
            r#"A = 1 => "a" extra"#,
            r#"A = - - 1 => "double minus""#,
        ] {
            assert!(super::parse(&tokens(line)).is_none(), "{line}");
        }
    }
}
