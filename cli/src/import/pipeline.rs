//! The importer's stages, in order: each header lexed; the macros of all of them; each header
//! read, its enum bodies' macros expanded, and read again where they were; the families of
//! `#define` lists; every value; the families.

use super::lex::{self, Token};
use super::macros::{self, PpToken, Table};
use super::parse::{self, Parsed, Unreadable};
use super::{define_lists, family, values, Family, Header, Options, Problem};

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
    language: &str,
    problems: &mut Vec<Problem>,
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
    let table = macro_table(options, &lexed, problems);
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
    add_define_lists(options, headers, &lexed, &mut parsed, problems);
    values::resolve(&mut parsed, &table);
    let mut families = family::Builder::new(options, language);
    for header in &parsed {
        families.add(header);
    }
    let (families, mut found_problems, left_unread) = families.finish();
    problems.append(&mut found_problems);
    if families.is_empty() && problems.is_empty() {
        let tokens: Vec<&[Token<'_>]> = lexed.iter().map(|l| l.tokens.as_slice()).collect();
        let message = match define_lists::hint(&tokens) {
            Some(hint) => format!("no enum found in the headers; {hint}"),
            None => "no enum found in the headers".to_owned(),
        };
        problems.push(Problem::general(message));
    }
    (families, left_unread)
}

/// The macros of `--define` and of every header.
fn macro_table<'a>(
    options: &'a Options,
    lexed: &[Lexed<'a>],
    problems: &mut Vec<Problem>,
) -> Table<'a> {
    let mut table = Table::default();
    for message in values::add_options(&mut table, &options.defines) {
        problems.push(Problem::general(message));
    }
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
    problems: &mut Vec<Problem>,
) {
    let sources: Vec<(&str, &[Token<'_>])> = headers
        .iter()
        .zip(lexed)
        .map(|(header, lexed)| (header.name, lexed.tokens.as_slice()))
        .collect();
    for spec in &options.macros {
        let spec = match define_lists::MacroFamily::parse(spec) {
            Ok(spec) => spec,
            Err(message) => {
                problems.push(Problem::general(message));
                continue;
            }
        };
        let Some((index, item)) = define_lists::family(&spec, &sources) else {
            let prefixes: Vec<String> = spec
                .prefixes
                .iter()
                .map(|prefix| format!("`{prefix}...`"))
                .collect();
            problems.push(Problem::general(format!(
                "no `#define` of the headers makes the family `{}`: none is named {} with an integer value",
                spec.family,
                prefixes.join(" or ")
            )));
            continue;
        };
        parsed[index].enums.push(item);
    }
}
