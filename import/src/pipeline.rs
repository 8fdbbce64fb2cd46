//! The importer's stages, in order: each header lexed; the macros of all of them; each header
//! read, its enum bodies' macros expanded, and read again where they were; the families of
//! `#define` lists; every value; the families.

use super::diagnostics::{Diagnostic, Diagnostics, Hint, Kind};
use super::lex::{self, Token};
use super::macros::{self, PpToken, Table};
use super::model::Header;
use super::parse::{self, Parsed, Unreadable};
use super::{define_lists, family, values, Family, Options};

/// A header's tokens (`#if 0` blocks left out), and the line of a comment or literal left open.
struct Lexed<'a> {
    tokens: Vec<Token<'a>>,
    unclosed_at: Option<u32>,
}

/// The families of `headers` and how many problems of enums `--enum` did not select were left
/// unreported; what was left out is added to `problems`.
pub fn run(
    headers: &[Header<'_>],
    options: &Options,
    diagnostics: &mut Diagnostics,
) -> (Vec<Family>, usize) {
    let lexed: Vec<Lexed<'_>> = headers
        .iter()
        .map(|header| {
            let (tokens, unclosed_at) = lex::tokens(header.text);
            Lexed {
                tokens: lex::without_disabled(tokens),
                unclosed_at,
            }
        })
        .collect();
    let table = macro_table(options, &lexed);
    let (first_reads, expanded) = read(headers, &lexed, &table);
    let views: Vec<Option<Vec<Token<'_>>>> = expanded
        .iter()
        .map(|tokens| {
            tokens
                .as_ref()
                .map(|tokens| tokens.iter().map(PpToken::view).collect())
        })
        .collect();
    let mut parsed = read_again(first_reads, &views);
    add_define_lists(options, headers, &lexed, &mut parsed, diagnostics);
    values::resolve(&mut parsed, &table);
    let mut families = family::Builder::new(options);
    for header in &parsed {
        families.add(header);
    }
    let (families, found, left_unread) = families.finish();
    diagnostics.append(found);
    if families.is_empty() && diagnostics.problems().next().is_none() {
        let tokens: Vec<&[Token<'_>]> = lexed.iter().map(|l| l.tokens.as_slice()).collect();
        let diagnostic = match define_lists::hint(&tokens) {
            Some(hint) => {
                Diagnostic::problem(Kind::Empty, format!("no enum found in the headers; {hint}"))
                    .hinted(Some(Hint::MacroFamily))
            }
            None => Diagnostic::problem(Kind::Empty, "no enum found in the headers"),
        };
        diagnostics.push(diagnostic);
    }
    (families, left_unread)
}

/// The macros of `--define` and of every header.
fn macro_table<'a>(options: &'a Options, lexed: &[Lexed<'a>]) -> Table<'a> {
    let mut table = Table::default();
    values::add_options(&mut table, &options.defines);
    for (index, header) in lexed.iter().enumerate() {
        table.add_directives(index, &header.tokens);
    }
    table
}

/// A header as first read, with the expansions that could not be made.
type FirstRead<'a> = (Parsed<'a>, Vec<(u32, String)>);

/// Each header read, and its tokens with its enum bodies' macros expanded where they use any.
#[allow(clippy::type_complexity)]
fn read<'a>(
    headers: &[Header<'a>],
    lexed: &[Lexed<'a>],
    table: &Table<'a>,
) -> (Vec<FirstRead<'a>>, Vec<Option<Vec<PpToken<'a>>>>) {
    let mut first_reads = Vec::with_capacity(headers.len());
    let mut expanded = Vec::with_capacity(headers.len());
    for (index, (header, lexed)) in headers.iter().zip(lexed).enumerate() {
        let read = parse::header(header.name, &lexed.tokens, lexed.unclosed_at);
        let bodies: Vec<_> = read.enums.iter().map(|item| item.body.clone()).collect();
        let (tokens, problems) = macros::expand_bodies(&lexed.tokens, &bodies, index, table);
        first_reads.push((read, problems));
        expanded.push(tokens);
    }
    (first_reads, expanded)
}

/// Each header read again from its expanded tokens where it has them.
fn read_again<'a>(
    first_reads: Vec<FirstRead<'a>>,
    views: &'a [Option<Vec<Token<'a>>>],
) -> Vec<Parsed<'a>> {
    first_reads
        .into_iter()
        .zip(views)
        .map(|((read, problems), views)| {
            let mut read = match views {
                Some(tokens) => parse::header(read.file, tokens, read.unclosed_at),
                None => read,
            };
            for (line, message) in problems {
                read.unreadable.push(Unreadable {
                    kind: Kind::Macro,
                    hint: None,
                    line,
                    message,
                    owner: None,
                    name: None,
                });
            }
            read
        })
        .collect()
}

/// Adds the families of `--macros` to the headers their first macros are in.
fn add_define_lists<'a>(
    options: &'a Options,
    headers: &[Header<'a>],
    lexed: &[Lexed<'a>],
    parsed: &mut [Parsed<'a>],
    diagnostics: &mut Diagnostics,
) {
    let sources: Vec<(&str, &[Token<'_>])> = headers
        .iter()
        .zip(lexed)
        .map(|(header, lexed)| (header.name, lexed.tokens.as_slice()))
        .collect();
    for spec in &options.macros {
        let Some((index, item)) = define_lists::family(spec, &sources) else {
            let prefixes: Vec<String> = spec
                .prefixes()
                .iter()
                .map(|prefix| format!("`{prefix}...`"))
                .collect();
            let message = format!(
                "no `#define` of the headers makes the family `{}`: none is named {} with an integer value",
                spec.family(),
                prefixes.join(" or ")
            );
            diagnostics
                .push(Diagnostic::problem(Kind::Selection, message).of_family(Some(spec.family())));
            continue;
        };
        parsed[index].enums.push(item);
    }
}
