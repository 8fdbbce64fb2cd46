//! Families of `#define` lists: headers that declare their codes as object-like macros
//! (`#define DEMO_CODEC_OK 0`, `#define DEMO_CODEC_BAD_ARG -1`) rather than an enum. Which
//! macros make a family is the user's to say ([`super::Options::macros`]): a family name and the
//! prefixes of its macros, with prefixes left out (`DemoCodecError=DEMO_CODEC_,-DEMO_CODEC_MAX_`).
//! Each macro is read as an enumerator: its value the replacement list (any integer constant
//! expression, other macros and enumerators included), its description the doc comment above it
//! or a comment after it on its line. Macros with no replacement (include guards) and string
//! macros are never codes.

use super::lex::{Kind, Token};
use super::macros::{self, Directive};
use super::options::MacroFamily;
use super::parse::{Enum, Enumerator, Value};

/// The family of `spec` from the headers' tokens (`(name, tokens)` in order), as an enum of the
/// header its first macro is in (its index); `None` when no macro of a header matches.
pub fn family<'a>(
    spec: &'a MacroFamily,
    headers: &[(&'a str, &[Token<'a>])],
) -> Option<(usize, Enum<'a>)> {
    let mut found: Option<(usize, Enum<'a>)> = None;
    for (index, &(file, tokens)) in headers.iter().enumerate() {
        for (at, token) in tokens.iter().enumerate() {
            let Some(Directive::Define(definition)) = macros::directive(token) else {
                continue;
            };
            if definition.params.is_some() || !spec.selects(definition.name) {
                continue;
            }
            if definition.body.is_empty() || definition.body.iter().any(|t| t.kind == Kind::Str) {
                continue;
            }
            let (docs, plain) = comments(tokens, at);
            let (first, item) = found.get_or_insert_with(|| {
                (
                    index,
                    Enum {
                        name: Some(spec.family()),
                        tag: None,
                        line: token.line,
                        underlying: None,
                        domain: None,
                        docs: Vec::new(),
                        body: 0..0,
                        enumerators: Vec::new(),
                    },
                )
            });
            let file = (*first != index).then_some(file);
            item.enumerators.push(Enumerator {
                name: definition.name,
                line: token.line,
                file,
                expression: Some(definition.body),
                after_unreadable: false,
                value: Value::Unresolved,
                docs,
                plain,
                deprecated: false,
            });
        }
    }
    found
}

/// The comments of the `#define` at `at`: the doc comments right above it, and those on its
/// line after the value (`/**< ... */` a doc comment, any other a plain one).
fn comments<'a>(tokens: &[Token<'a>], at: usize) -> (Vec<Token<'a>>, Vec<Token<'a>>) {
    let mut docs: Vec<Token<'a>> = tokens[..at]
        .iter()
        .rev()
        .take_while(|t| t.is_comment())
        .filter(|t| t.kind == Kind::DocBefore)
        .copied()
        .collect();
    docs.reverse();
    let mut plain = Vec::new();
    let (inside, _) = super::lex::directive_tokens(tokens[at].text);
    for mut token in inside.into_iter().filter(Token::is_comment) {
        token.line = tokens[at].line;
        match token.kind {
            Kind::DocAfter => docs.push(token),
            _ => plain.push(token),
        }
    }
    (docs, plain)
}

/// What to say when the headers have no enum but do `#define` integer constants: how many, an
/// example, and the option that makes families of them.
pub fn hint(headers: &[&[Token<'_>]]) -> Option<String> {
    let mut count = 0usize;
    let mut example = None;
    for token in headers.iter().flat_map(|tokens| tokens.iter()) {
        let Some(Directive::Define(definition)) = macros::directive(token) else {
            continue;
        };
        let integer = definition.params.is_none()
            && definition.body.iter().any(|t| t.kind == Kind::Number)
            && definition
                .body
                .iter()
                .all(|t| matches!(t.kind, Kind::Number | Kind::Punct | Kind::Ident));
        if integer {
            count += 1;
            example.get_or_insert(definition.name);
        }
    }
    let example = example?;
    Some(format!(
        "they `#define` {count} integer {}, such as `{example}`: a family of macros (`FAMILY=PREFIX`) makes a family of those whose names start with PREFIX",
        if count == 1 { "constant" } else { "constants" }
    ))
}
