//! The body of an enum: its enumerators, and which comments document which.
//!
//! A comment before an enumerator documents it; `///<` and `/**<` after one, on its line or
//! continuing a `///<` of it on the lines after, document it; so does any comment on the line of
//! the comma that ends it, as headers mean it (`kA = 1, /** A. */`). A `/**<` on a line of its
//! own, before an enumerator and not continuing a comment of the one before, documents the
//! enumerator after it, as the headers that write it so mean it. A plain comment (`//`, `/* */`)
//! describes an enumerator only on its line; on a line of its own it is a heading of what follows
//! (`// Signaling errors`), not a description.

use super::super::lex::{Kind, Token};
use super::{Cursor, Enumerator, Skipped, Value};

impl<'a> Cursor<'_, 'a> {
    /// The enumerators between `start` and `end` (the braces excluded).
    pub(super) fn enumerators(
        self,
        start: usize,
        end: usize,
    ) -> (Vec<Enumerator<'a>>, Vec<Skipped>) {
        let mut enumerators: Vec<Enumerator<'a>> = Vec::new();
        let mut unreadable = Vec::new();
        // The line of the comma that ended the previous enumerator: comments after it on that
        // line are the previous enumerator's.
        let mut previous_comma: Option<u32> = None;
        // Whether the previous segment was an enumerator that was read.
        let mut previous_read = false;
        // How many were unreadable when the last enumerator was read.
        let mut unreadable_before_last_read = 0;
        let mut segment_start = start;
        while segment_start < end {
            let mut segment_end = segment_start;
            let mut depth = 0usize;
            while segment_end < end {
                let t = self.tokens[segment_end];
                if t.kind == Kind::Punct {
                    match t.text {
                        "(" | "[" | "{" => depth += 1,
                        ")" | "]" | "}" => depth = depth.saturating_sub(1),
                        "," if depth == 0 => break,
                        _ => {}
                    }
                }
                segment_end += 1;
            }
            let segment = &self.tokens[segment_start..segment_end];
            let comma_line = self
                .get(segment_end)
                .filter(|_| segment_end < end)
                .map(|t| t.line);

            let mut leading = Vec::new();
            let mut k = 0;
            // Whether the comment before this one went to the previous enumerator.
            let mut continues_previous = false;
            while let Some(t) = segment.get(k) {
                if t.kind == Kind::Directive {
                    k += 1;
                    continue;
                }
                if !t.is_comment() {
                    break;
                }
                let same_line = previous_comma == Some(t.line);
                let previous = enumerators.last_mut().filter(|_| previous_read);
                continues_previous = match (t.kind, previous) {
                    (Kind::DocAfter, Some(previous)) if same_line || continues_previous => {
                        previous.docs.push(*t);
                        true
                    }
                    (Kind::DocBefore, Some(previous)) if same_line => {
                        previous.docs.push(*t);
                        true
                    }
                    (Kind::Plain, Some(previous)) if same_line => {
                        previous.plain.push(*t);
                        true
                    }
                    // A heading of what follows.
                    (Kind::Plain, _) => false,
                    _ => {
                        leading.push(*t);
                        false
                    }
                };
                k += 1;
            }
            let body = &segment[k..];
            let significant: Vec<Token<'a>> = body
                .iter()
                .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
                .copied()
                .collect();
            previous_read = false;
            if let Some(first) = significant.first() {
                match self.enumerator(first, segment_start + k, segment_start + segment.len()) {
                    Ok(mut enumerator) => {
                        // The implicit value of the one after an unreadable one is not known.
                        enumerator.after_unreadable =
                            unreadable.len() > unreadable_before_last_read;
                        for t in leading {
                            match t.kind {
                                Kind::Plain => enumerator.plain.push(t),
                                _ => enumerator.docs.push(t),
                            }
                        }
                        for t in body.iter().filter(|t| t.is_comment()) {
                            match t.kind {
                                Kind::Plain => enumerator.plain.push(*t),
                                _ => enumerator.docs.push(*t),
                            }
                        }
                        enumerators.push(enumerator);
                        previous_read = true;
                        unreadable_before_last_read = unreadable.len();
                    }
                    Err(message) => unreadable.push(Skipped {
                        line: first.line,
                        message,
                    }),
                }
            }
            previous_comma = comma_line;
            segment_start = segment_end + 1;
        }
        (enumerators, unreadable)
    }

    /// One enumerator: `Name attributes* ('=' value)?` between `start` and `end`.
    fn enumerator(
        self,
        first: &Token<'a>,
        start: usize,
        end: usize,
    ) -> Result<Enumerator<'a>, String> {
        if first.kind != Kind::Ident {
            return Err(format!(
                "expected an enumerator's name, found `{}`",
                first.text
            ));
        }
        let name_at = self.significant(start);
        let mut i = self.significant(name_at + 1);
        let mut deprecated = false;
        while i < end {
            if self.get(i).is_some_and(|t| t.is("=")) {
                break;
            }
            match self.attribute(i, true) {
                Some((next, says_deprecated)) if next <= end => {
                    deprecated |= says_deprecated;
                    i = self.significant(next);
                }
                _ => {
                    let found = self.get(i).map(|t| t.text).unwrap_or_default();
                    return Err(format!(
                        "cannot read enumerator `{}`: expected `=` or `,` after its name, found `{found}`",
                        first.text
                    ));
                }
            }
        }
        let value = if i < end {
            let tokens: Vec<Token<'a>> = self.tokens[i + 1..end]
                .iter()
                .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
                .copied()
                .collect();
            if tokens.is_empty() {
                return Err(format!("enumerator `{}` has `=` but no value", first.text));
            }
            Some(tokens)
        } else {
            None
        };
        Ok(Enumerator {
            name: first.text,
            line: first.line,
            expression: value,
            after_unreadable: false,
            value: Value::Unresolved,
            docs: Vec::new(),
            plain: Vec::new(),
            deprecated,
        })
    }
}
