//! The conditional groups of C11 6.10.1: `#if`, `#ifdef`, `#ifndef`, `#elif` (`#elifdef`,
//! `#elifndef`), `#else` and `#endif`, each branch read or recorded as skipped.

use super::includes::Include;
use super::{conditions, none_or, split_directive, Skipped, Walk, MAX_NESTING};
use crate::lex::{Kind, Token};

/// One open conditional: the states C11 6.10.1 gives a group.
#[allow(clippy::struct_excessive_bools)]
pub(super) struct Open {
    /// Whether the text around it is read.
    pub(super) outer: bool,
    /// Whether a branch of it was taken.
    pub(super) taken: bool,
    /// Whether the current branch is read.
    pub(super) now: bool,
    pub(super) seen_else: bool,
    pub(super) line: u32,
    /// The directive that opened it, and the macros its conditions read so far.
    pub(super) directive: String,
    pub(super) macros: Vec<String>,
    /// Where the current branch's skipped region started (its first token's index), if skipped.
    pub(super) skip_from: Option<usize>,
}

impl<'a> Walk<'_, '_, 'a> {
    pub(super) fn open(&mut self, at: usize, token: &Token<'a>, keyword: &str, rest: &str) {
        let outer = self.reading();
        if self.stack.len() >= MAX_NESTING {
            if self.beyond == 0 {
                self.problem(
                    token.line,
                    "conditionals nest too deeply: those nested deeper are read as if their conditions held"
                        .to_owned(),
                );
            }
            self.beyond += 1;
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

    pub(super) fn elif(&mut self, at: usize, token: &Token<'a>, keyword: &str, rest: &str) {
        if self.beyond > 0 {
            return;
        }
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

    pub(super) fn else_(&mut self, at: usize, token: &Token<'a>) {
        if self.beyond > 0 {
            return;
        }
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

    pub(super) fn endif(&mut self, at: usize, token: &Token<'a>) {
        if self.beyond > 0 {
            self.beyond -= 1;
            return;
        }
        if self.stack.is_empty() {
            self.problem(token.line, "`#endif` without `#if`".to_owned());
            return;
        }
        self.end_branch(at);
        self.stack.pop();
    }

    /// Ends the current branch of the innermost conditional at the token of index `at`,
    /// recording its region if it was left out.
    pub(super) fn end_branch(&mut self, at: usize) {
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

    pub(super) fn record_skipped(&mut self, from: usize, to: usize, open: &Open) {
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
    pub(super) fn condition(
        &mut self,
        line: u32,
        keyword: &str,
        rest: &str,
    ) -> (bool, Vec<String>) {
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
}
