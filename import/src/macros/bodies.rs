//! Expanding the macros that enum bodies use, where enumerators are read from them: where an
//! enumerator starts (an X-macro list, a macro that builds an enumerator) and in a value after
//! `=`. Elsewhere a macro is left as written: an attribute macro after an enumerator's name says
//! "deprecated" by its name, whatever a header defines it as.
//!
//! A body sees the macros as the preprocessor would at its line: the `#define`s and `#undef`s
//! of its header before it, then the macros of the other headers given (and `--define`s).

use std::collections::HashMap;
use std::ops::Range;

use super::{directive, expand_with, Directive, Macro, PpToken, Table};
use crate::lex::{Kind, Token};

/// Where in an enum body the walk is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Where an enumerator starts: after `{` or `,`.
    Start,
    /// After an enumerator's name: its attributes.
    Name,
    /// After `=`: its value.
    Value,
}

/// The tokens of the header of index `header`, with the macros used in its enum `bodies` (token
/// ranges, in order) expanded; `None` when they use none. The expansions that could not be made
/// are left as written, with their lines and why.
pub fn expand_bodies<'a>(
    tokens: &[Token<'a>],
    bodies: &[Range<usize>],
    header: usize,
    table: &Table<'a>,
) -> (Option<Vec<PpToken<'a>>>, Vec<(u32, String)>) {
    let mut walk = Walk {
        tokens,
        header,
        table,
        local: HashMap::new(),
        out: Vec::with_capacity(tokens.len()),
        changed: false,
        problems: Vec::new(),
    };
    let mut bodies = bodies.iter().peekable();
    let mut at = 0;
    while let Some(token) = tokens.get(at) {
        if let Some(body) = bodies.next_if(|body| body.start <= at) {
            walk.body(body.clone());
            at = body.end.max(at + 1);
            continue;
        }
        walk.directive(token);
        walk.out.push(PpToken::of(token));
        at += 1;
    }
    let expanded = walk.changed.then_some(walk.out);
    (expanded, walk.problems)
}

struct Walk<'t, 'a> {
    tokens: &'t [Token<'a>],
    header: usize,
    table: &'t Table<'a>,
    /// The macros this header defined (`Some`) or undefined (`None`) so far.
    local: HashMap<&'a str, Option<Macro<'a>>>,
    out: Vec<PpToken<'a>>,
    changed: bool,
    problems: Vec<(u32, String)>,
}

impl<'a> Walk<'_, 'a> {
    /// Applies `token` to the local macros if it is a `#define` or `#undef`.
    fn directive(&mut self, token: &Token<'a>) {
        match directive(token) {
            Some(Directive::Define(definition)) => {
                let entry = self.local.entry(definition.name).or_insert(None);
                // The first definition stays until an `#undef`, as in the table.
                if entry.is_none() {
                    *entry = Some(definition);
                }
            }
            Some(Directive::Undef(name)) => {
                self.local.insert(name, None);
            }
            None => {}
        }
    }

    /// The macro `name` at the token of index `at`.
    fn lookup(&self, name: &str, at: usize) -> Option<&Macro<'a>> {
        match self.local.get(name) {
            Some(local) => local.as_ref(),
            None => self.table.get(name).filter(|found| match found.origin {
                // The header's own macros are local once their line is passed.
                Some((header, defined_at)) => header != self.header || defined_at < at,
                None => true,
            }),
        }
    }

    fn body(&mut self, body: Range<usize>) {
        let mut place = Place::Start;
        let mut depth = 0usize;
        let mut at = body.start;
        while at < body.end {
            let token = self.tokens[at];
            if token.kind == Kind::Directive {
                self.directive(&token);
                self.out.push(PpToken::of(&token));
                at += 1;
                continue;
            }
            if token.kind == Kind::Ident && place != Place::Name {
                if let Some(end) = self.invocation(at, body.end, place) {
                    let made = self.expand(at, end, place);
                    place = place_after(place, &made, depth);
                    at = end;
                    continue;
                }
            }
            if token.kind == Kind::Punct {
                match token.text {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "]" | "}" => depth = depth.saturating_sub(1),
                    "," if depth == 0 => place = Place::Start,
                    "=" if depth == 0 => place = Place::Value,
                    _ => {}
                }
            } else if place == Place::Start && !token.is_comment() {
                place = Place::Name;
            }
            self.out.push(PpToken::of(&token));
            at += 1;
        }
    }

    /// The end of the macro invocation at `at`, if one is there: a function-like macro with
    /// its arguments, or (where an enumerator starts) an object-like one.
    fn invocation(&self, at: usize, end: usize, place: Place) -> Option<usize> {
        let found = self.lookup(self.tokens[at].text, at)?;
        if found.params.is_none() {
            return (place == Place::Start).then_some(at + 1);
        }
        let open = (at + 1..end).find(|&i| !self.tokens[i].is_comment())?;
        if !self.tokens[open].is("(") {
            return None;
        }
        let mut depth = 0usize;
        for i in open..end {
            let token = self.tokens[i];
            if token.is("(") {
                depth += 1;
            } else if token.is(")") {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
        }
        None
    }

    /// Expands the invocation from `start` to `end` into the output; returns what it made.
    fn expand(&mut self, start: usize, end: usize, place: Place) -> Vec<PpToken<'a>> {
        let input: Vec<PpToken<'a>> = self.tokens[start..end].iter().map(PpToken::of).collect();
        let line = self.tokens[start].line;
        let lookup = |name: &str| self.lookup(name, start);
        match expand_with(input.clone(), &lookup) {
            Ok(made) => {
                if place == Place::Start {
                    self.comment_above_describes(line);
                }
                self.changed = true;
                self.out.extend(made.iter().cloned());
                made
            }
            Err(message) => {
                self.problems.push((line, message));
                self.out.extend(input.iter().cloned());
                input
            }
        }
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
}

/// Where the walk is after the tokens an expansion `made` at `place`.
fn place_after(place: Place, made: &[PpToken<'_>], depth: usize) -> Place {
    let mut place = place;
    let mut inner = depth;
    for token in made {
        let token = token.view();
        match token.text {
            "(" | "[" | "{" if token.kind == Kind::Punct => inner += 1,
            ")" | "]" | "}" if token.kind == Kind::Punct => inner = inner.saturating_sub(1),
            "," if token.kind == Kind::Punct && inner == depth => place = Place::Start,
            "=" if token.kind == Kind::Punct && inner == depth => place = Place::Value,
            _ if place == Place::Start && !token.is_comment() => place = Place::Name,
            _ => {}
        }
    }
    place
}
