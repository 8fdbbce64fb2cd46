//! Finding the enum declarations of a header and their enumerators, with the comments that
//! document them.
//!
//! Everything that is not an enum definition is skipped: the importer reads declarations, not the
//! whole language. An enum it finds but cannot read is reported with its line.

use super::lex::{Kind, Token};

/// An enum definition as written.
#[derive(Clone, Debug)]
pub struct Enum<'a> {
    /// Its name (the `typedef` name where there is one); `None` for an anonymous enum.
    pub name: Option<&'a str>,
    /// The line of `enum` (or `NS_ENUM`).
    pub line: u32,
    /// The underlying type as written (`int`, `std::int32_t`, `NSInteger`), if any.
    pub underlying: Option<String>,
    /// The doc comments right before the declaration.
    pub docs: Vec<Token<'a>>,
    /// The enumerators that could be read, in order.
    pub enumerators: Vec<Enumerator<'a>>,
}

/// One enumerator as written.
#[derive(Clone, Debug)]
pub struct Enumerator<'a> {
    pub name: &'a str,
    pub line: u32,
    /// The tokens of its value after `=`; `None` for an implicit value.
    pub value: Option<Vec<Token<'a>>>,
    /// Its doc comments: before it, and `///<` or `/**<` after it.
    pub docs: Vec<Token<'a>>,
    /// Plain comments next to it, which describe it when it has no doc comment.
    pub plain: Vec<Token<'a>>,
    /// Marked deprecated by an attribute (`[[deprecated]]`, `__attribute__((deprecated))`, a
    /// macro whose name says `DEPRECATED`).
    pub deprecated: bool,
}

/// What was read of a header: its enums, and what could not be read, with lines.
#[derive(Debug, Default)]
pub struct Parsed<'a> {
    pub enums: Vec<Enum<'a>>,
    /// Enumerators or enums skipped: the line, and why.
    pub unreadable: Vec<(u32, String)>,
    /// The enumerators an unreadable one was followed by in its enum, by enum index: their
    /// implicit values cannot be known.
    pub broken_after: Vec<(usize, usize)>,
}

/// The macros that declare an Objective-C enum: `typedef NS_ENUM(NSInteger, Name) { ... };`.
const OBJC_ENUM_MACROS: [&str; 6] = [
    "NS_ENUM",
    "NS_OPTIONS",
    "NS_CLOSED_ENUM",
    "NS_ERROR_ENUM",
    "CF_ENUM",
    "CF_OPTIONS",
];

/// Every enum definition of `tokens`.
pub fn enums<'a>(tokens: &[Token<'a>]) -> Parsed<'a> {
    let mut parsed = Parsed::default();
    let mut at = 0;
    while let Some(token) = tokens.get(at) {
        let starts_enum = token.kind == Kind::Ident
            && (token.text == "enum" || OBJC_ENUM_MACROS.contains(&token.text));
        if !starts_enum {
            at += 1;
            continue;
        }
        let cursor = Cursor { tokens };
        match cursor.enum_at(at) {
            Found::Definition(definition, next) => {
                let index = parsed.enums.len();
                let Definition {
                    mut item,
                    unreadable,
                } = definition;
                item.docs = cursor.docs_before(at);
                for (line, message, before) in unreadable {
                    parsed.unreadable.push((line, message));
                    parsed.broken_after.push((index, before));
                }
                parsed.enums.push(item);
                at = next;
            }
            Found::NotADefinition => at += 1,
            Found::Unreadable(line, message) => {
                parsed.unreadable.push((line, message));
                // Nothing after an unclosed enum can be told apart from its body.
                break;
            }
        }
    }
    parsed
}

enum Found<'a> {
    Definition(Definition<'a>, usize),
    NotADefinition,
    Unreadable(u32, String),
}

struct Definition<'a> {
    item: Enum<'a>,
    /// Unreadable enumerators: line, message, and the number of enumerators read before them.
    unreadable: Vec<(u32, String, usize)>,
}

/// An enum's name and type, and where its body's `{` should be.
struct Head<'a> {
    name: Option<&'a str>,
    underlying: Option<String>,
    body: usize,
}

#[derive(Clone, Copy)]
struct Cursor<'t, 'a> {
    tokens: &'t [Token<'a>],
}

impl<'a> Cursor<'_, 'a> {
    fn get(self, at: usize) -> Option<Token<'a>> {
        self.tokens.get(at).copied()
    }

    /// The index of the first token at or after `at` that is not a comment or directive.
    fn significant(self, mut at: usize) -> usize {
        while self
            .get(at)
            .is_some_and(|t| t.is_comment() || t.kind == Kind::Directive)
        {
            at += 1;
        }
        at
    }

    /// The index of the last significant token before `at`, if any.
    fn significant_before(self, at: usize) -> Option<usize> {
        (0..at).rev().find(|&i| {
            self.get(i)
                .is_some_and(|t| !t.is_comment() && t.kind != Kind::Directive)
        })
    }

    /// The doc comments right before the declaration starting at `at` (before `typedef` when it
    /// starts with one).
    fn docs_before(self, at: usize) -> Vec<Token<'a>> {
        let start = match self.significant_before(at) {
            Some(before) if self.get(before).is_some_and(|t| t.is("typedef")) => before,
            _ => at,
        };
        let mut docs = Vec::new();
        for i in (0..start).rev() {
            match self.get(i) {
                Some(t) if t.kind == Kind::DocBefore => docs.push(t),
                Some(t) if t.kind == Kind::Plain => {}
                _ => break,
            }
        }
        docs.reverse();
        docs
    }

    /// The index after the group opened at `open` (`(`, `[` or `{`), or `None` if it is not
    /// closed.
    fn after_group(self, open: usize) -> Option<usize> {
        let mut depth = 0usize;
        for i in open..self.tokens.len() {
            let t = self.get(i)?;
            if t.kind != Kind::Punct {
                continue;
            }
            match t.text {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i + 1);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Skips an attribute or attribute-like macro at `at` (`[[...]]`, `__attribute__((...))`,
    /// `NAME(...)`, or a bare `NAME` when `bare` allows it): the index after it and whether it
    /// says "deprecated", or `None` if there is none at `at`.
    fn attribute(self, at: usize, bare: bool) -> Option<(usize, bool)> {
        let t = self.get(at)?;
        let next = self.significant(at + 1);
        if t.is("[") && self.get(next).is_some_and(|t| t.is("[")) {
            let end = self.after_group(at)?;
            return Some((end, self.mentions_deprecated(at, end)));
        }
        if t.kind != Kind::Ident || matches!(t.text, "enum" | "class" | "struct") {
            return None;
        }
        let named_deprecated = t.text.to_ascii_lowercase().contains("deprecated");
        if self.get(next).is_some_and(|t| t.is("(")) {
            let end = self.after_group(next)?;
            return Some((end, named_deprecated || self.mentions_deprecated(next, end)));
        }
        bare.then_some((at + 1, named_deprecated))
    }

    fn mentions_deprecated(self, start: usize, end: usize) -> bool {
        self.tokens
            .get(start..end)
            .unwrap_or_default()
            .iter()
            .any(|t| t.kind == Kind::Ident && t.text.to_ascii_lowercase().contains("deprecated"))
    }

    fn enum_at(self, at: usize) -> Found<'a> {
        let Some(keyword) = self.get(at) else {
            return Found::NotADefinition;
        };
        let typedef = self
            .significant_before(at)
            .and_then(|before| self.get(before))
            .is_some_and(|t| t.is("typedef"));
        let head = if keyword.text == "enum" {
            self.c_head(at)
        } else {
            self.objc_head(at, keyword.text)
        };
        let Some(Head {
            mut name,
            underlying,
            body: i,
        }) = head
        else {
            return Found::NotADefinition;
        };
        if !self.get(i).is_some_and(|t| t.is("{")) {
            return Found::NotADefinition;
        }
        let Some(after_body) = self.after_group(i) else {
            return Found::Unreadable(
                keyword.line,
                format!(
                    "`{}` {}has no closing `}}`",
                    keyword.text,
                    name.map(|n| format!("`{n}` ")).unwrap_or_default()
                ),
            );
        };
        if typedef && keyword.text == "enum" {
            // `typedef enum Tag { ... } Name;`: the typedef name is the one the SDK uses.
            let mut j = self.significant(after_body);
            while let Some(t) = self.get(j) {
                if t.is(";") || t.is(",") {
                    break;
                }
                if t.kind == Kind::Ident
                    && !self.get(self.significant(j + 1)).is_some_and(|n| n.is("("))
                {
                    name = Some(t.text);
                    break;
                }
                match self.attribute(j, false) {
                    Some((next, _)) => j = self.significant(next),
                    None => j = self.significant(j + 1),
                }
            }
        }
        let (enumerators, unreadable) = self.enumerators(i + 1, after_body - 1);
        Found::Definition(
            Definition {
                item: Enum {
                    name,
                    line: keyword.line,
                    underlying,
                    docs: Vec::new(),
                    enumerators,
                },
                unreadable,
            },
            after_body,
        )
    }

    /// What comes between `enum` and its `{`: `[class|struct] attributes* Name (':' type)?`.
    fn c_head(self, at: usize) -> Option<Head<'a>> {
        let mut name = None;
        let mut underlying = None;
        let mut i = self.significant(at + 1);
        if self.get(i).is_some_and(|t| t.is("class") || t.is("struct")) {
            i = self.significant(i + 1);
        }
        // Names and attribute macros (`RTC_EXPORT`), the last name being the enum's.
        loop {
            let t = self.get(i)?;
            if t.kind == Kind::Ident
                && !self.get(self.significant(i + 1)).is_some_and(|n| n.is("("))
            {
                name = Some(t.text);
                i = self.significant(i + 1);
            } else if let Some((next, _)) = self.attribute(i, false) {
                i = self.significant(next);
            } else {
                break;
            }
        }
        if self.get(i).is_some_and(|t| t.is(":")) {
            let start = self.significant(i + 1);
            let mut end = start;
            while self.get(end).is_some_and(|t| !t.is("{") && !t.is(";")) {
                end += 1;
            }
            let words: Vec<&str> = self.tokens[start..end]
                .iter()
                .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
                .map(|t| t.text)
                .collect();
            underlying = Some(type_text(&words));
            i = end;
        }
        Some(Head {
            name,
            underlying,
            body: i,
        })
    }

    /// What comes between an Objective-C enum macro and its `{`: `(type, Name)`.
    fn objc_head(self, at: usize, keyword: &str) -> Option<Head<'a>> {
        let open = self.significant(at + 1);
        if !self.get(open).is_some_and(|t| t.is("(")) {
            return None;
        }
        let end = self.after_group(open)?;
        let inside: Vec<Token<'a>> = self.tokens[open + 1..end - 1]
            .iter()
            .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
            .copied()
            .collect();
        let mut parts = inside.split(|t| t.is(","));
        let ty: Vec<&str> = parts
            .next()
            .unwrap_or_default()
            .iter()
            .map(|t| t.text)
            .collect();
        let name = match parts.next().unwrap_or_default() {
            [only] if only.kind == Kind::Ident => Some(only.text),
            _ => None,
        };
        let underlying = if keyword == "NS_ERROR_ENUM" {
            "NSInteger".to_owned()
        } else {
            type_text(&ty)
        };
        Some(Head {
            name,
            underlying: Some(underlying),
            body: self.significant(end),
        })
    }

    /// The enumerators between `start` and `end` (the braces excluded).
    #[allow(clippy::type_complexity)]
    fn enumerators(
        self,
        start: usize,
        end: usize,
    ) -> (Vec<Enumerator<'a>>, Vec<(u32, String, usize)>) {
        let mut enumerators: Vec<Enumerator<'a>> = Vec::new();
        let mut unreadable = Vec::new();
        // The line of the comma that ended the previous enumerator: comments after it on that
        // line are the previous enumerator's.
        let mut previous_comma: Option<u32> = None;
        // Whether the previous segment was an enumerator that was read.
        let mut previous_read = false;
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
                match (t.kind, previous) {
                    (Kind::DocAfter, Some(previous)) => previous.docs.push(*t),
                    (Kind::DocBefore, Some(previous)) if same_line && previous.docs.is_empty() => {
                        previous.docs.push(*t);
                    }
                    (Kind::Plain, Some(previous)) if same_line => previous.plain.push(*t),
                    (Kind::DocAfter, None) => {}
                    _ => leading.push(*t),
                }
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
                    }
                    Err(message) => unreadable.push((first.line, message, enumerators.len())),
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
            value,
            docs: Vec::new(),
            plain: Vec::new(),
            deprecated,
        })
    }
}

/// A type as written, one space between words and none around `::` (`unsigned int`,
/// `std::int32_t`).
fn type_text(words: &[&str]) -> String {
    let mut text = String::new();
    for word in words {
        if !text.is_empty() && !text.ends_with("::") && *word != "::" {
            text.push(' ');
        }
        text.push_str(word);
    }
    text
}
