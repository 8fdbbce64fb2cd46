//! Families of `#define` lists: headers that declare their codes as object-like macros
//! (`#define DEMO_CODEC_OK 0`, `#define DEMO_CODEC_BAD_ARG -1`) rather than an enum. Which
//! macros make a family is the user's to say ([`super::Options::macros`]): a family name and the
//! prefixes of its macros, with prefixes left out (`DemoCodecError=DEMO_CODEC_,-DEMO_CODEC_MAX_`).
//!
//! A family's codes are the macros a user of the headers gets: those defined once every header
//! is read (a macro `#undef`'d later is none), each at its last definition, its value what the
//! macro expands to there, computed as a constant expression (so function-like macros,
//! casts to the headers' typedefs and other macros all count). Its description is the doc
//! comment above the `#define`, or a comment after its replacement list on its line; a comment
//! inside the replacement list is part of the value, not a description. Macros with no
//! replacement (include guards) and string macros are never codes.

use super::lex::{self, Kind, Token};
use super::macros::{self, PpToken};
use super::options::MacroFamily;
use super::parse::{Enum, Enumerator, Value};
use super::preprocess::Macros;

/// A macro of a family, as found in a header's output.
pub struct Found<'a> {
    /// The index of the header, and of its `#define` among the header's tokens.
    pub header: usize,
    pub at: usize,
    pub name: &'a str,
    pub line: u32,
    /// What the macro expands to with every header read (`Err` with why it does not).
    pub expansion: Result<Vec<PpToken<'a>>, String>,
}

/// The macros of `spec` in the headers' outputs (`(name, tokens)` in order) that `defined` (the
/// macros once every header is read) still has as they were defined there.
pub fn find<'a>(
    spec: &MacroFamily,
    headers: &[(&'a str, &[Token<'a>])],
    defined: &Macros<'a>,
) -> Vec<Found<'a>> {
    let mut found: Vec<Found<'a>> = Vec::new();
    for (header, &(_, tokens)) in headers.iter().enumerate() {
        for (at, token) in tokens.iter().enumerate() {
            let Some(definition) = macros::define_directive(token) else {
                continue;
            };
            if definition.params.is_some() || !spec.selects(definition.name) {
                continue;
            }
            let Some(now) = defined.get(definition.name) else {
                continue;
            };
            if definition.body.is_empty()
                || definition.body.iter().any(|t| t.kind == Kind::Str)
                || !same_body(&now.body, &definition.body)
            {
                continue;
            }
            // A macro defined twice is the family's once, at its last definition.
            found.retain(|earlier| earlier.name != definition.name);
            let invocation = vec![PpToken::of(&Token {
                kind: Kind::Ident,
                text: definition.name,
                line: token.line,
                from: None,
            })];
            let lookup = |name: &str| defined.get(name);
            found.push(Found {
                header,
                at,
                name: definition.name,
                line: token.line,
                expansion: macros::expand_with(invocation, &lookup),
            });
        }
    }
    found
}

fn same_body(a: &[Token<'_>], b: &[Token<'_>]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.text == y.text)
}

/// The family of `spec` made of `found` (whose expansions `views` are, in the same order), as
/// an enum of the header its first macro is in (its index); `None` when there is none.
pub fn family<'a>(
    spec: &'a MacroFamily,
    found: &[Found<'a>],
    views: &[Vec<Token<'a>>],
    headers: &[(&'a str, &[Token<'a>])],
) -> Option<(usize, Enum<'a>)> {
    let first = found.first()?;
    let mut item = Enum {
        name: Some(spec.family()),
        tag: None,
        line: first.line,
        underlying: None,
        domain: None,
        docs: Vec::new(),
        end_line: found.last().map_or(first.line, |last| last.line),
        anonymous: false,
        fixed: None,
        enumerators: Vec::new(),
    };
    for (macro_, view) in found.iter().zip(views) {
        let (file, tokens) = headers[macro_.header];
        let (docs, plain) = comments(tokens, macro_.at);
        item.enumerators.push(Enumerator {
            name: macro_.name,
            line: macro_.line,
            file: (macro_.header != first.header).then_some(file),
            expression: Some(view.clone()),
            after_unreadable: false,
            value: match &macro_.expansion {
                Ok(_) => Value::Unresolved,
                Err(message) => Value::Unknown(message.clone(), None),
            },
            docs,
            plain,
            deprecated: false,
            c_type: None,
            notes: Vec::new(),
        });
    }
    Some((first.header, item))
}

/// The comments of the `#define` at `at`: the doc comments right above it, and those after
/// its replacement list on its line (`/**< ... */` a doc comment, any other a plain one).
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
    let (inside, _) = lex::directive_tokens(tokens[at].text);
    let last_of_body = inside
        .iter()
        .rposition(|t| !t.is_comment() && !t.is("\\"))
        .unwrap_or(0);
    for mut token in inside
        .into_iter()
        .skip(last_of_body + 1)
        .filter(Token::is_comment)
    {
        token.line = tokens[at].line;
        match token.kind {
            Kind::DocAfter => docs.push(token),
            _ => plain.push(token),
        }
    }
    (docs, plain)
}

/// What to say when the headers have no enum but do `#define` integer constants: how many, an
/// example, and what makes families of them.
pub fn hint(headers: &[&[Token<'_>]]) -> Option<String> {
    let mut count = 0usize;
    let mut example = None;
    for token in headers.iter().flat_map(|tokens| tokens.iter()) {
        let Some(definition) = macros::define_directive(token) else {
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
        "they `#define` {count} integer {}, such as `{example}`: a family of macros makes a family of those whose names start with a prefix",
        if count == 1 { "constant" } else { "constants" }
    ))
}
