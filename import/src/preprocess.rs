//! The C preprocessor of C11 6.10, in line order: `#if`, `#ifdef`, `#ifndef`, `#elif`
//! (`#elifdef`, `#elifndef`), `#else` and `#endif` evaluated ([`conditions`]); `#define` and
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
pub mod includes;

use std::collections::HashMap;

use super::diagnostics::{Diagnostic, Kind as Said};
use super::lex::{self, Kind, Token};
use super::macros::{self, Macro, PpToken};
use super::target::Language;
use includes::{Include, Resolved};

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

/// One open conditional: the states C11 6.10.1 gives a group.
#[allow(clippy::struct_excessive_bools)]
struct Open {
    /// Whether the text around it is read.
    outer: bool,
    /// Whether a branch of it was taken.
    taken: bool,
    /// Whether the current branch is read.
    now: bool,
    seen_else: bool,
    line: u32,
    /// The directive that opened it, and the macros its conditions read so far.
    directive: String,
    macros: Vec<String>,
    /// Where the current branch's skipped region started (its first token's index), if skipped.
    skip_from: Option<usize>,
}

struct Walk<'u, 'f, 'a> {
    unit: &'u mut Unit<'f, 'a>,
    file: &'f File<'a>,
    out: Vec<PpToken<'a>>,
    skipped: Vec<Skipped>,
    stack: Vec<Open>,
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

    fn open(&mut self, at: usize, token: &Token<'a>, keyword: &str, rest: &str) {
        let outer = self.reading();
        if self.stack.len() >= MAX_NESTING {
            self.problem(
                token.line,
                "conditionals nest too deeply: the rest is read as if their conditions held"
                    .to_owned(),
            );
            return;
        }
        let (holds, macros) = if outer {
            self.condition(token.line, keyword, rest)
        } else {
            (false, Vec::new())
        };
        self.stack.push(Open {
            outer,
            taken: holds,
            now: holds,
            seen_else: false,
            line: token.line,
            directive: format!("`{}`", token.text.trim()),
            macros,
            skip_from: (outer && !holds).then_some(at + 1),
        });
    }

    fn elif(&mut self, at: usize, token: &Token<'a>, keyword: &str, rest: &str) {
        let Some(open) = self.stack.last() else {
            self.problem(token.line, format!("`#{keyword}` without `#if`"));
            return;
        };
        if open.seen_else {
            self.problem(token.line, format!("`#{keyword}` after `#else`"));
        }
        self.end_branch(at);
        let Some(open) = self.stack.last() else {
            return;
        };
        let (outer, branch_taken) = (open.outer, open.taken);
        let (holds, macros) = if outer && !branch_taken {
            let condition = match keyword {
                "elifdef" => "ifdef",
                "elifndef" => "ifndef",
                _ => "if",
            };
            self.condition(token.line, condition, rest)
        } else {
            (false, Vec::new())
        };
        let Some(open) = self.stack.last_mut() else {
            return;
        };
        open.macros.extend(macros);
        open.now = holds;
        open.taken |= holds;
        open.directive = format!("`{}`", token.text.trim());
        open.skip_from = (outer && !holds).then_some(at + 1);
    }

    fn else_(&mut self, at: usize, token: &Token<'a>) {
        if self.stack.is_empty() {
            self.problem(token.line, "`#else` without `#if`".to_owned());
            return;
        }
        self.end_branch(at);
        let Some(open) = self.stack.last_mut() else {
            return;
        };
        if open.seen_else {
            let line = token.line;
            self.problem(line, "a second `#else`".to_owned());
            return;
        }
        open.seen_else = true;
        open.now = open.outer && !open.taken;
        open.taken = true;
        open.skip_from = (open.outer && !open.now).then_some(at + 1);
        open.directive = format!("the `#else` of {}", open.directive);
    }

    fn endif(&mut self, at: usize, token: &Token<'a>) {
        if self.stack.is_empty() {
            self.problem(token.line, "`#endif` without `#if`".to_owned());
            return;
        }
        self.end_branch(at);
        self.stack.pop();
    }

    /// Ends the current branch of the innermost conditional at the token of index `at`,
    /// recording its region if it was left out.
    fn end_branch(&mut self, at: usize) {
        let Some(open) = self.stack.last_mut() else {
            return;
        };
        if let Some(from) = open.skip_from.take() {
            let open = Open {
                skip_from: None,
                macros: open.macros.clone(),
                directive: open.directive.clone(),
                ..*open
            };
            self.record_skipped(from, at, &open);
        } else {
            // The branch that was read ends: what follows is the text after it.
            self.flush();
        }
    }

    fn record_skipped(&mut self, from: usize, to: usize, open: &Open) {
        if self.unit.directives_only {
            return;
        }
        let tokens = self.file.tokens.get(from..to).unwrap_or_default();
        let significant: Vec<&Token<'a>> = tokens
            .iter()
            .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
            .collect();
        if significant.is_empty() && !tokens.iter().any(|t| t.kind == Kind::Directive) {
            return;
        }
        let mut enumerators = Vec::new();
        for (index, token) in significant.iter().enumerate() {
            let before = index.checked_sub(1).and_then(|i| significant.get(i));
            let after = significant.get(index + 1);
            let starts = none_or(before, |t| t.is(",") || t.is("{"));
            let ends = none_or(after, |t| t.is("=") || t.is(",") || t.is("}"));
            if token.kind == Kind::Ident && starts && ends {
                enumerators.push(token.text.to_owned());
            }
        }
        let declares_enum = significant.iter().enumerate().any(|(index, token)| {
            token.kind == Kind::Ident
                && (token.text == "enum"
                    || token.text.ends_with("_ENUM")
                    || token.text.ends_with("_OPTIONS"))
                && significant
                    .get(index + 1..)
                    .unwrap_or_default()
                    .iter()
                    .take(8)
                    .any(|t| t.is("{"))
        });
        let defines = tokens
            .iter()
            .filter(|t| t.kind == Kind::Directive)
            .filter_map(|t| {
                let (keyword, rest) = split_directive(t.text);
                (keyword == "define").then(|| {
                    let rest = rest.trim_start();
                    let end = rest
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .unwrap_or(rest.len());
                    rest[..end].to_owned()
                })
            })
            .filter(|name| !name.is_empty())
            .collect();
        let first = tokens.first().map_or(0, |t| t.line);
        let last = tokens.last().map_or(first, |t| t.line);
        self.skipped.push(Skipped {
            lines: (first, last),
            directive: open.directive.clone(),
            macros: open.macros.clone(),
            enumerators,
            declares_enum,
            defines,
        });
    }

    /// Whether the condition of `#keyword rest` holds, and the macros it reads.
    fn condition(&mut self, line: u32, keyword: &str, rest: &str) -> (bool, Vec<String>) {
        let unit = &*self.unit;
        let file = self.file;
        // The headers the file includes are resolved already: `__has_include` of one of them
        // is whether it was found (the usual `#if __has_include(X)` / `#include X`).
        let has_include = |include: &Include| {
            file.includes
                .values()
                .any(|resolved| resolved.include == *include && resolved.found.is_some())
        };
        let result = conditions::evaluate(keyword, rest, &unit.macros, file.language, &has_include);
        match result {
            Ok(outcome) => (outcome.holds, outcome.macros),
            Err(message) => {
                self.problem(
                    line,
                    format!(
                        "`#{keyword} {}` cannot be evaluated ({message}): it is read as false",
                        rest.trim()
                    ),
                );
                (false, Vec::new())
            }
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

/// The language of a header: by its extension, then by what it uses.
pub fn language_of(name: &str, tokens: &[Token<'_>]) -> Language {
    let extension = std::path::Path::new(name)
        .extension()
        .and_then(|extension| extension.to_str())
        .unwrap_or_default();
    match extension {
        "hpp" | "hh" | "hxx" | "h++" | "H" | "ipp" | "cpp" | "cc" | "cxx" => return Language::Cpp,
        "mm" => return Language::ObjCpp,
        "m" => return Language::ObjC,
        _ => {}
    }
    let mut objc = false;
    let mut cpp = false;
    // Text inside `#ifdef __cplusplus` is C++ in a header meant for C too: not counted.
    let mut guarded = 0usize;
    for (index, token) in tokens.iter().enumerate() {
        if token.kind == Kind::Directive {
            let (keyword, rest) = split_directive(token.text);
            match keyword {
                "import" => objc = true,
                "if" | "ifdef" | "ifndef" if guarded > 0 => guarded += 1,
                "if" | "ifdef" if rest.contains("__cplusplus") => guarded = 1,
                "endif" if guarded > 0 => guarded -= 1,
                _ => {}
            }
            continue;
        }
        if guarded > 0 {
            continue;
        }
        match (token.kind, token.text) {
            (Kind::Punct, "@")
                if tokens.get(index + 1).is_some_and(|next| {
                    matches!(
                        next.text,
                        "interface" | "protocol" | "implementation" | "class" | "property" | "end"
                    )
                }) =>
            {
                objc = true;
            }
            (Kind::Ident, "NS_ENUM" | "NS_OPTIONS" | "NS_ERROR_ENUM" | "NS_CLOSED_ENUM") => {
                objc = true;
            }
            (Kind::Ident, "namespace" | "template" | "constexpr" | "nullptr" | "static_cast") => {
                cpp = true;
            }
            (Kind::Ident, "class") => {
                // `enum class`, or a class declaration; never `@class` (Objective-C).
                let after_at = index
                    .checked_sub(1)
                    .and_then(|i| tokens.get(i))
                    .is_some_and(|t| t.is("@"));
                if !after_at {
                    cpp = true;
                }
            }
            (Kind::Punct, "::") => cpp = true,
            _ => {}
        }
    }
    match (objc, cpp) {
        (true, true) => Language::ObjCpp,
        (true, false) => Language::ObjC,
        (false, true) => Language::Cpp,
        (false, false) => Language::C,
    }
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
mod tests {
    use super::{language_of, File, Macros, Unit};
    use crate::lex::{self, Kind};
    use crate::target::Language;

    /// The identifiers the preprocessor keeps of `source`, read as one C header.
    fn kept(source: &str, predefined: &[&str]) -> Vec<String> {
        let (tokens, unclosed_at) = lex::tokens(source);
        let files = [File {
            name: "t.h",
            tokens,
            unclosed_at,
            language: Language::C,
            includes: std::collections::HashMap::new(),
        }];
        let mut macros = Macros::default();
        for definition in predefined {
            macros.define(crate::macros::definition(definition).expect("a definition"));
        }
        let unit = Unit::new(&files, 1, macros).run();
        let output = unit.outputs[0].as_ref().expect("the output");
        output
            .tokens
            .iter()
            .filter(|t| t.kind == Kind::Ident)
            .map(|t| t.text.to_string())
            .collect()
    }

    #[test]
    fn conditionals_keep_one_branch_in_line_order() {
        let source =
            "A\n#if 0\nB\n#ifdef X\nC\n#endif\nD\n#else\nE\n#endif\n#if 0 // off\nF\n#endif\n\
                      #ifdef X\nG\n#else\nH\n#endif\n#if Y > 1\nI\n#elif Y\nJ\n#else\nK\n#endif\n";
        assert_eq!(kept(source, &[]), ["A", "E", "H", "K"]);
        assert_eq!(kept(source, &["X 1", "Y 1"]), ["A", "E", "G", "J"]);
        assert_eq!(kept(source, &["Y 2"]), ["A", "E", "H", "I"]);
        // `#undef` and redefinition take effect where they stand.
        let redefined = "#define M one\nM\n#undef M\nM\n#define M two\nM\n";
        assert_eq!(kept(redefined, &[]), ["one", "M", "two"]);
    }

    /// The lexer's old test of `#if 0`, now that every condition is evaluated: `#else` of an
    /// `#if 0` is read, and of `#if X` (undefined, so 0) only the `#else`.
    #[test]
    fn if_0_blocks_are_left_out() {
        let source = "A\n#if 0\nB\n#ifdef X\nC\n#endif\nD\n#else\nE\n#endif\n#if 0 // off\nF\n#endif\n#if X\nG\n#else\nH\n#endif\n";
        assert_eq!(kept(source, &[]), ["A", "E", "H"]);
        assert_eq!(kept(source, &["X 1"]), ["A", "E", "G"]);
    }

    #[test]
    fn languages_by_extension_and_content() {
        let tokens = |source| lex::tokens(source).0;
        assert_eq!(language_of("a.hpp", &tokens("enum E {};")), Language::Cpp);
        assert_eq!(
            language_of("a.h", &tokens("namespace n { enum E {}; }")),
            Language::Cpp
        );
        assert_eq!(
            language_of(
                "a.h",
                &tokens("#ifdef __cplusplus\nnamespace n {\n#endif\nenum E {};")
            ),
            Language::C
        );
        assert_eq!(
            language_of("a.h", &tokens("@interface X\n@end")),
            Language::ObjC
        );
        assert_eq!(language_of("a.h", &tokens("enum E { A };")), Language::C);
    }
}
