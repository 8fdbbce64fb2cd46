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
use super::{Cursor, Enumerator, Hint, Skipped, Value};

impl<'a> Cursor<'_, 'a> {
    /// The enumerators between `start` and `end` (the braces excluded).
    pub(super) fn enumerators(
        self,
        start: usize,
        end: usize,
    ) -> (Vec<Enumerator<'a>>, Vec<Skipped>) {
        let mut body = Body {
            enumerators: Vec::new(),
            unreadable: Vec::new(),
            previous_comma: None,
            previous_read: false,
            unreadable_before_last_read: 0,
        };
        let mut segment_start = start;
        while segment_start < end {
            let segment_end = self.segment_end(segment_start, end);
            let segment = &self.tokens[segment_start..segment_end];
            let (leading, k) = body.hand_on_comments(segment);
            body.read(self, segment, k, segment_start, leading);
            body.previous_comma = self
                .get(segment_end)
                .filter(|_| segment_end < end)
                .map(|t| t.line);
            segment_start = segment_end + 1;
        }
        (body.enumerators, body.unreadable)
    }

    /// The index of the `,` that ends the segment starting at `start` (one enumerator with its
    /// comments), or `end`.
    fn segment_end(self, start: usize, end: usize) -> usize {
        let mut depth = 0usize;
        for at in start..end {
            let t = self.tokens[at];
            if t.kind == Kind::Punct {
                match t.text {
                    "(" | "[" | "{" => depth += 1,
                    ")" | "]" | "}" => depth = depth.saturating_sub(1),
                    "," if depth == 0 => return at,
                    _ => {}
                }
            }
        }
        end
    }

    /// One enumerator: `Name attributes* ('=' value)?` between `start` and `end`.
    fn enumerator(
        self,
        first: &Token<'a>,
        start: usize,
        end: usize,
    ) -> Result<Enumerator<'a>, (String, Option<Hint>)> {
        if first.kind != Kind::Ident {
            return Err((
                format!("expected an enumerator's name, found `{}`", first.text),
                None,
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
                    if found == "(" && i == self.significant(name_at + 1) {
                        let name = first.text;
                        return Err((
                            format!(
                                "`{name}(...)` is a macro that the headers given do not define: pass the header that defines it, or define it"
                            ),
                            Some(Hint::Define {
                                name: name.to_owned(),
                                function_like: true,
                            }),
                        ));
                    }
                    return Err((
                        format!(
                            "cannot read enumerator `{}`: expected `=` or `,` after its name, found `{found}`",
                            first.text
                        ),
                        None,
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
                return Err((
                    format!("enumerator `{}` has `=` but no value", first.text),
                    None,
                ));
            }
            Some(tokens)
        } else {
            None
        };
        Ok(Enumerator {
            name: first.text,
            line: first.line,
            file: None,
            expression: value,
            after_unreadable: false,
            value: Value::Unresolved,
            docs: Vec::new(),
            plain: Vec::new(),
            deprecated,
            c_type: None,
            notes: Vec::new(),
        })
    }
}

/// The enumerators of a body read so far, and what the next segment's comments need to know.
struct Body<'a> {
    enumerators: Vec<Enumerator<'a>>,
    unreadable: Vec<Skipped>,
    /// The line of the comma that ended the previous enumerator: comments after it on that
    /// line are the previous enumerator's.
    previous_comma: Option<u32>,
    /// Whether the previous segment was an enumerator that was read.
    previous_read: bool,
    /// How many were unreadable when the last enumerator was read.
    unreadable_before_last_read: usize,
}

impl<'a> Body<'a> {
    /// Hands the comments that start `segment` and belong to the previous enumerator to it;
    /// returns the doc comments left, which document this segment's enumerator, and the index
    /// of the first token after the comments.
    fn hand_on_comments(&mut self, segment: &[Token<'a>]) -> (Vec<Token<'a>>, usize) {
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
            let same_line = self.previous_comma == Some(t.line);
            let previous_read = self.previous_read;
            let previous = self.enumerators.last_mut().filter(|_| previous_read);
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
        (leading, k)
    }

    /// Reads the enumerator of `segment` (from `k`, `segment` starting at `start` in the
    /// cursor's tokens), documented by `leading` and the comments inside it; or records why
    /// it cannot be read. A segment of comments only is no enumerator.
    fn read(
        &mut self,
        cursor: Cursor<'_, 'a>,
        segment: &[Token<'a>],
        k: usize,
        start: usize,
        leading: Vec<Token<'a>>,
    ) {
        let body = &segment[k..];
        self.previous_read = false;
        let Some(first) = body
            .iter()
            .find(|t| !t.is_comment() && t.kind != Kind::Directive)
        else {
            return;
        };
        match cursor.enumerator(first, start + k, start + segment.len()) {
            Ok(mut enumerator) => {
                // The implicit value of the one after an unreadable one is not known.
                enumerator.after_unreadable =
                    self.unreadable.len() > self.unreadable_before_last_read;
                let comments = leading
                    .into_iter()
                    .chain(body.iter().filter(|t| t.is_comment()).copied());
                for t in comments {
                    match t.kind {
                        Kind::Plain => enumerator.plain.push(t),
                        _ => enumerator.docs.push(t),
                    }
                }
                self.enumerators.push(enumerator);
                self.previous_read = true;
                self.unreadable_before_last_read = self.unreadable.len();
            }
            Err((message, hint)) => self.unreadable.push(Skipped {
                line: first.line,
                message,
                hint,
            }),
        }
    }
}
