//! The C preprocessor of C11 6.10, in line order: `#if`, `#ifdef`, `#ifndef`, `#elif`
//! (`#elifdef`, `#elifndef`), `#else` and `#endif` evaluated ([`groups`], [`conditions`]); `#define` and
//! `#undef` as they come; `#include` and `#import` followed as the compiler follows them
//! ([`includes`]); every macro expanded where it is used ([`super::macros`]), in enum heads, enum
//! bodies, values and attributes alike. What it writes keeps the headers' comments, so that doc
//! comments still sit where they document, and each active `#define`, for the families of
//! `#define` lists.
//!
//! The headers given are read as one translation unit that includes them in their order, each
//! file once (as include guards and `#pragma once` make it): the macros one header defines are
//! the next one's. So that a header may use a macro of one given after it, a name no directive
//! has defined or undefined yet is looked up among the macros the later headers define (found
//! by a first pass over their directives alone).
//!
//! What a condition leaves out is recorded ([`Skipped`]), so that the importer says which
//! enumerators, enums and macros a configuration did not read, and which macro would read them.

pub mod conditions;
mod groups;
pub mod includes;
mod language;

use std::collections::HashMap;

use super::diagnostics::{Diagnostic, Kind as Said};
use super::lex::{self, Kind, Token};
use super::macros::{self, Macro, PpToken};
use super::target::Language;
use groups::Open;
use includes::Resolved;
pub use language::language_of;

/// `Option::is_none_or` of Rust 1.82, for the libraries' MSRV (1.81).
fn none_or<T>(option: Option<T>, holds: impl FnOnce(T) -> bool) -> bool {
    option.map_or(true, holds)
}

/// A file the preprocessor reads: a header given, or one a header includes.
pub struct File<'a> {
    /// Its name in messages (its path, for files on disk).
    pub name: &'a str,
    /// Its tokens.
    pub tokens: Vec<Token<'a>>,
    /// The line of a comment or literal left open, after which nothing was lexed.
    pub unclosed_at: Option<u32>,
    /// Its language.
    pub language: Language,
    /// How each `#include` of it resolves, by the line of its directive.
    pub includes: HashMap<u32, Resolved>,
}

/// A region a condition left out.
#[derive(Clone, Debug)]
pub struct Skipped {
    /// The lines of the region (its first and last token's).
    pub lines: (u32, u32),
    /// The directive that left it out, as the messages say it (`` `#ifdef _WIN32` ``, ``the
    /// `#else` of `#if X` ``).
    pub directive: String,
    /// The macros the condition reads, which an option could define.
    pub macros: Vec<String>,
    /// The names written where an enumerator would start (after `{` or `,`) and followed by `=`,
    /// `,` or `}`.
    pub enumerators: Vec<String>,
    /// Whether it declares an enum (`enum`, `NS_ENUM`, ... followed by a body).
    pub declares_enum: bool,
    /// The names of the `#define`s in it.
    pub defines: Vec<String>,
}

/// A file as the preprocessor wrote it.
pub struct Output<'a> {
    /// Its tokens: comments, active `#define`s and everything the conditions kept, macros
    /// expanded.
    pub tokens: Vec<PpToken<'a>>,
    /// What its conditions left out.
    pub skipped: Vec<Skipped>,
}

/// How many nested conditionals a file may open (deeper ones are reported, not followed).
const MAX_NESTING: usize = 512;

/// The macros at a point of the translation unit: defined (`Some`), or undefined by `#undef`
/// (`None`); a name that is in neither was never touched.
#[derive(Clone, Default)]
pub struct Macros<'a> {
    map: HashMap<&'a str, Option<Macro<'a>>>,
}

impl<'a> Macros<'a> {
    /// The macro `name` now, if it is defined.
    pub fn get(&self, name: &str) -> Option<&Macro<'a>> {
        self.map.get(name).and_then(Option::as_ref)
    }

    /// Whether a directive has defined or undefined `name`.
    pub fn touched(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }

    pub fn define(&mut self, definition: Macro<'a>) {
        self.map.insert(definition.name, Some(definition));
    }

    pub fn undefine(&mut self, name: &'a str) {
        self.map.insert(name, None);
    }
}

/// The translation unit being preprocessed: the files, the macros, what was written.
pub struct Unit<'f, 'a> {
    files: &'f [File<'a>],
    pub macros: Macros<'a>,
    /// The macros each file defined, from the first pass over directives: the fallback of names
    /// used before the header that defines them.
    later: Vec<Macros<'a>>,
    /// Each file's output, once it is preprocessed.
    pub outputs: Vec<Option<Output<'a>>>,
    pub diagnostics: Vec<Diagnostic>,
    /// Whether the first pass (directives only) is running.
    directives_only: bool,
    /// The files given, in order (the rest are included ones).
    given: usize,
    /// The index of the given file being read, for the fallback.
    current_given: usize,
    counter: u32,
    /// Includes not found, each said once.
    missing: Vec<String>,
}

impl<'f, 'a> Unit<'f, 'a> {
    /// A unit of `files`, the first `given` of them the headers given, with `predefined` macros
    /// (the target's, then the options').
    pub fn new(files: &'f [File<'a>], given: usize, predefined: Macros<'a>) -> Self {
        Unit {
            files,
            macros: predefined,
            later: Vec::new(),
            outputs: files.iter().map(|_| None).collect(),
            diagnostics: Vec::new(),
            directives_only: false,
            given,
            current_given: 0,
            counter: 0,
            missing: Vec::new(),
        }
    }

    /// Preprocesses every header given, in order, each file once.
    pub fn run(mut self) -> Self {
        if self.given > 1 {
            let first = Unit {
                files: self.files,
                macros: self.macros.clone(),
                later: Vec::new(),
                outputs: self.files.iter().map(|_| None).collect(),
                diagnostics: Vec::new(),
                directives_only: true,
                given: self.given,
                current_given: 0,
                counter: 0,
                missing: Vec::new(),
            };
            self.later = first.directives_pass();
        }
        for index in 0..self.given {
            self.current_given = index;
            self.file(index);
        }
        self
    }

    /// The macros each given header defines, as a pass over the directives alone finds them.
    fn directives_pass(mut self) -> Vec<Macros<'a>> {
        let mut defined = Vec::with_capacity(self.given);
        for index in 0..self.given {
            let mut before = self.macros.clone();
            self.file(index);
            // What this header defined (or left defined) beyond what came before it.
            before.map.retain(|_, _| false);
            for (name, definition) in &self.macros.map {
                if let Some(definition) = definition {
                    before.map.insert(name, Some(definition.clone()));
                }
            }
            defined.push(before);
        }
        defined
    }

    /// The macro `name` for text of the given file being read: defined now, or (never touched
    /// yet) defined by a header given after it.
    fn lookup(&self, name: &str) -> Option<&Macro<'a>> {
        if self.macros.touched(name) {
            return self.macros.get(name);
        }
        self.later
            .iter()
            .skip(self.current_given + 1)
            .find_map(|macros| macros.get(name))
    }

    fn file(&mut self, index: usize) {
        if self.outputs.get(index).is_some_and(Option::is_some) {
            return;
        }
        let Some(file) = self.files.get(index) else {
            return;
        };
        // Marked as read before it is: a header that includes itself stops there.
        self.outputs[index] = Some(Output {
            tokens: Vec::new(),
            skipped: Vec::new(),
        });
        self.set_language(file.language);
        let mut walk = Walk {
            unit: self,
            file,
            out: Vec::with_capacity(if file.tokens.len() > 64 {
                file.tokens.len()
            } else {
                64
            }),
            skipped: Vec::new(),
            stack: Vec::new(),
            beyond: 0,
            depth: 0,
            segment: Vec::new(),
            segment_starts_entry: false,
        };
        walk.run();
        let Walk { out, skipped, .. } = walk;
        self.outputs[index] = Some(Output {
            tokens: out,
            skipped,
        });
    }

    /// `__cplusplus`, `__OBJC__` and `__STDC_VERSION__` as the language of the file says.
    fn set_language(&mut self, language: Language) {
        for name in ["__cplusplus", "__OBJC__", "__STDC_VERSION__"] {
            self.macros.undefine(name);
        }
        for (name, value) in language.macros() {
            if let Some(found) = macros::definition_of(name, value) {
                self.macros.define(found);
            }
        }
    }
}

struct Walk<'u, 'f, 'a> {
    unit: &'u mut Unit<'f, 'a>,
    file: &'f File<'a>,
    out: Vec<PpToken<'a>>,
    skipped: Vec<Skipped>,
    stack: Vec<Open>,
    /// The conditionals opened past [`MAX_NESTING`], which are not followed: their `#elif`,
    /// `#else` and `#endif` are theirs, not those of the groups below.
    beyond: usize,
    /// The depth of `(`, `[` and `{` of the text read, which splits it into segments.
    depth: usize,
    /// The source tokens of the statement or enumerator being read, expanded together.
    segment: Vec<usize>,
    /// Whether the segment starts where an enumerator would (after `{` or `,`).
    segment_starts_entry: bool,
}

impl<'a> Walk<'_, '_, 'a> {
    fn reading(&self) -> bool {
        none_or(self.stack.last(), |open| open.now)
    }

    fn run(&mut self) {
        let tokens = &self.file.tokens;
        for (at, token) in tokens.iter().enumerate() {
            if token.kind == Kind::Directive {
                self.flush();
                self.directive(at, token);
                continue;
            }
            if !self.reading() {
                continue;
            }
            if self.unit.directives_only {
                continue;
            }
            if token.is_comment() {
                if self.segment.is_empty() {
                    self.out.push(PpToken::of(token));
                } else {
                    self.segment.push(at);
                }
                continue;
            }
            if self.segment.is_empty() {
                self.segment_starts_entry = self.previous_is_entry_start();
            }
            self.segment.push(at);
            if token.kind == Kind::Punct {
                match token.text {
                    "(" | "[" => self.depth += 1,
                    ")" | "]" => self.depth = self.depth.saturating_sub(1),
                    "{" | "}" | ";" => {
                        self.depth = 0;
                        self.flush();
                    }
                    "," if self.depth == 0 => self.flush(),
                    _ => {}
                }
            }
        }
        self.flush();
        // A conditional still open at the end: its region ends where the file does.
        let end = tokens.len();
        let open: Vec<Open> = self.stack.drain(..).collect();
        for frame in open.iter().rev() {
            if let Some(from) = frame.skip_from {
                self.record_skipped(from, end, frame);
            }
        }
        if let Some(first) = open.first() {
            let message = format!(
                "{} has no `#endif` before the end of the file",
                first.directive
            );
            self.problem(first.line, message);
        }
    }

    /// Whether the last significant token written is `{` or `,` (or nothing): an enumerator
    /// would start here.
    fn previous_is_entry_start(&self) -> bool {
        none_or(
            self.out
                .iter()
                .rev()
                .find(|t| !t.view().is_comment() && t.kind != Kind::Directive),
            |t| t.is("{") || t.is(","),
        )
    }

    /// Expands the segment read so far into the output.
    fn flush(&mut self) {
        if self.segment.is_empty() {
            return;
        }
        let indices = std::mem::take(&mut self.segment);
        let tokens = &self.file.tokens;
        let uses_macro = indices.iter().any(|&i| {
            let t = &tokens[i];
            t.kind == Kind::Ident && (self.unit.lookup(t.text).is_some() || is_dynamic(t.text))
        });
        let input: Vec<PpToken<'a>> = indices.iter().map(|&i| PpToken::of(&tokens[i])).collect();
        if !uses_macro {
            self.out.extend(input);
            return;
        }
        let line = input.first().map_or(0, |t| t.line);
        let input = self.dynamic(input);
        let unit = &*self.unit;
        let lookup = |name: &str| unit.lookup(name);
        match macros::expand_with(input.clone(), &lookup) {
            Ok(made) => {
                let changed = made.len() != input.len()
                    || made.iter().zip(&input).any(|(a, b)| a.text != b.text);
                if changed && self.segment_starts_entry {
                    self.comment_above_describes(line);
                }
                self.out.extend(made);
            }
            Err(message) => {
                self.unit
                    .diagnostics
                    .push(Diagnostic::problem(Said::Macro, message).at(self.file.name, line));
                self.out.extend(input);
            }
        }
    }

    /// `__LINE__`, `__FILE__` and `__COUNTER__` replaced by what they are here.
    fn dynamic(&mut self, mut tokens: Vec<PpToken<'a>>) -> Vec<PpToken<'a>> {
        for token in &mut tokens {
            if token.kind != Kind::Ident || self.unit.macros.touched(&token.text) {
                continue;
            }
            let made = match token.text.as_ref() {
                "__LINE__" => Some((Kind::Number, token.line.to_string())),
                "__COUNTER__" => {
                    self.unit.counter += 1;
                    Some((Kind::Number, (self.unit.counter - 1).to_string()))
                }
                "__FILE__" => Some((Kind::Str, format!("{:?}", self.file.name))),
                _ => None,
            };
            if let Some((kind, text)) = made {
                *token = PpToken::made(kind, text, token.line);
            }
        }
        tokens
    }

    /// A plain comment right above a macro entry (no blank line between) describes what the
    /// entry makes: the entry has no line of its own for a trailing comment.
    fn comment_above_describes(&mut self, line: u32) {
        let mut next_line = line;
        for token in self.out.iter_mut().rev() {
            if token.kind != Kind::Plain {
                break;
            }
            let end_line =
                token.line + u32::try_from(token.text.matches('\n').count()).unwrap_or(0);
            if end_line + 1 != next_line {
                break;
            }
            token.kind = Kind::DocBefore;
            next_line = token.line;
        }
    }

    fn directive(&mut self, at: usize, token: &Token<'a>) {
        let (keyword, rest) = split_directive(token.text);
        match keyword {
            "if" | "ifdef" | "ifndef" => self.open(at, token, keyword, rest),
            "elif" | "elifdef" | "elifndef" => self.elif(at, token, keyword, rest),
            "else" => self.else_(at, token),
            "endif" => self.endif(at, token),
            _ if !self.reading() => {}
            "define" => {
                if let Some(found) = macros::definition(rest) {
                    self.unit.macros.define(found);
                    if !self.unit.directives_only {
                        self.out.push(PpToken::of(token));
                    }
                } else {
                    self.problem(
                        token.line,
                        format!("`{}` is not a macro definition", token.text.trim()),
                    );
                }
            }
            "undef" => {
                let name = rest.trim();
                let end = name
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(name.len());
                if end > 0 {
                    self.unit.macros.undefine(&name[..end]);
                }
            }
            "include" | "import" | "include_next" => self.include(token),
            "error" if !self.unit.directives_only => {
                self.problem(
                        token.line,
                        format!(
                            "the header stops the compiler here: `{}` (the target or the definitions may not be the ones it is written for)",
                            token.text.trim()
                        ),
                    );
            }
            // `#pragma`, `#line`, `#warning`, `#ident` and empty directives change no value.
            _ => {}
        }
    }

    fn problem(&mut self, line: u32, message: String) {
        if !self.unit.directives_only {
            self.unit
                .diagnostics
                .push(Diagnostic::problem(Said::Syntax, message).at(self.file.name, line));
        }
    }

    fn include(&mut self, token: &Token<'a>) {
        let Some(resolved) = self.file.includes.get(&token.line) else {
            return;
        };
        if let Some(index) = resolved.found {
            let current = self.unit.current_given;
            self.unit.file(index);
            self.unit.current_given = current;
            self.unit.set_language(self.file.language);
            return;
        }
        let name = resolved.include.to_string();
        if !self.unit.directives_only
            && includes::worth_a_note(&resolved.include)
            && !self.unit.missing.contains(&name)
        {
            self.unit.missing.push(name.clone());
            self.unit.diagnostics.push(
                Diagnostic::note(
                    Said::Include,
                    format!(
                        "{name} is not found beside the header or in the include folders given: what it declares is not read"
                    ),
                )
                .at(self.file.name, token.line)
                .named(Some(&name)),
            );
        }
    }
}

/// Names the preprocessor itself defines where they are used.
fn is_dynamic(name: &str) -> bool {
    matches!(name, "__LINE__" | "__FILE__" | "__COUNTER__")
}

/// A directive's keyword and what follows it: `# if defined(X) // c` is `if`, ` defined(X) // c`.
pub fn split_directive(text: &str) -> (&str, &str) {
    let body = text
        .trim_start()
        .strip_prefix('#')
        .unwrap_or(text)
        .trim_start();
    let end = body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(body.len());
    (&body[..end], &body[end..])
}

/// The tokens of a directive's text (a condition), without comments.
pub fn directive_tokens(text: &str) -> Vec<PpToken<'_>> {
    let (tokens, _) = lex::directive_tokens(text);
    tokens
        .iter()
        .filter(|t| !t.is_comment() && !t.is("\\"))
        .map(PpToken::of)
        .collect()
}

#[cfg(test)]
mod tests;
