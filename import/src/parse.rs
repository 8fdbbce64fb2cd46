//! Finding the enum declarations of a header and their enumerators, with the comments that
//! document them.
//!
//! Everything that is not an enum definition is skipped: the importer reads declarations, not the
//! whole language. An enum it finds but cannot read is reported with its line.

mod body;
mod head;
#[cfg(test)]
mod tests;

use super::ctypes::IntType;
use super::diagnostics::{Hint, Kind as DiagnosticKind};
use super::lex::{Kind, Token};
use head::Head;

/// An enum definition as written.
#[derive(Clone, Debug)]
pub struct Enum<'a> {
    /// Its name (the `typedef` name where there is one); `None` for an anonymous enum.
    pub name: Option<&'a str>,
    /// The tag of `typedef enum Tag { ... } Name;`, where it differs from the name.
    pub tag: Option<&'a str>,
    /// The line of `enum` (or `NS_ENUM`).
    pub line: u32,
    /// The underlying type as written (`int`, `std::int32_t`, `NSInteger`), if any.
    pub underlying: Option<String>,
    /// The error domain of an `NS_ERROR_ENUM`.
    pub domain: Option<&'a str>,
    /// The doc comments right before the declaration.
    pub docs: Vec<Token<'a>>,
    /// The line of its closing `}`.
    pub end_line: u32,
    /// It is anonymous, and named by its enumerators' prefix.
    pub anonymous: bool,
    /// Its fixed underlying type, once resolved: the type, or the text of one that is no
    /// integer type (or that no header declares).
    pub fixed: Option<Result<IntType, String>>,
    /// The enumerators that could be read, in order.
    pub enumerators: Vec<Enumerator<'a>>,
}

/// One enumerator as written, and its value once [`super::values::resolve`] has computed it.
#[derive(Clone, Debug)]
pub struct Enumerator<'a> {
    pub name: &'a str,
    pub line: u32,
    /// The header it is in, where it is not its enum's (a macro of a `#define` list).
    pub file: Option<&'a str>,
    /// The tokens of its value after `=`; `None` for an implicit value.
    pub expression: Option<Vec<Token<'a>>>,
    /// It follows an enumerator that could not be read: an implicit value cannot be known.
    pub after_unreadable: bool,
    /// Its value.
    pub value: Value,
    /// Its doc comments: before it, and `///<` or `/**<` after it.
    pub docs: Vec<Token<'a>>,
    /// Plain comments next to it, which describe it when it has no doc comment.
    pub plain: Vec<Token<'a>>,
    /// Marked deprecated by an attribute (`[[deprecated]]`, `__attribute__((deprecated))`, a
    /// macro whose name says `DEPRECATED`).
    pub deprecated: bool,
    /// The C type of its value, once known.
    pub c_type: Option<IntType>,
    /// What is worth saying about how its value was computed (a shift into the sign bit).
    pub notes: Vec<String>,
}

/// An enumerator's value, as far as it is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// Not computed yet.
    Unresolved,
    /// Computed.
    Known(i128),
    /// It cannot be computed, for this reason (and what a user can do about it).
    Unknown(String, Option<Hint>),
}

/// What was read of one header: its enums, and what could not be read, with lines.
#[derive(Debug)]
pub struct Parsed<'a> {
    /// The header's name in messages.
    pub file: &'a str,
    /// Whether it is read as C++ (C++'s types of enumerators).
    pub cpp: bool,
    pub enums: Vec<Enum<'a>>,
    /// Enumerators or enums skipped, with lines and why.
    pub unreadable: Vec<Unreadable<'a>>,
    /// The line of a comment or literal left open, after which nothing was read.
    pub unclosed_at: Option<u32>,
}

/// Something of a header that could not be read.
#[derive(Debug)]
pub struct Unreadable<'a> {
    pub kind: DiagnosticKind,
    pub hint: Option<Hint>,
    pub line: u32,
    pub message: String,
    /// The index of the enum it belongs to, among the enums read.
    pub owner: Option<usize>,
    /// The name of the enum it is (an enum that could not be read), if it has one.
    pub name: Option<&'a str>,
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

/// Every enum definition of `tokens`, the tokens of the header `file` (read up to
/// `unclosed_at`, if a comment or literal was left open there).
pub fn header<'a>(
    file: &'a str,
    tokens: &[Token<'a>],
    unclosed_at: Option<u32>,
    cpp: bool,
) -> Parsed<'a> {
    let mut parsed = Parsed {
        file,
        cpp,
        enums: Vec::new(),
        unreadable: Vec::new(),
        unclosed_at,
    };
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
            Found::Definition { definition, next } => {
                let index = parsed.enums.len();
                let Definition {
                    mut item,
                    unreadable,
                } = definition;
                item.docs = cursor.docs_before(at);
                if item.name.is_none() && item.domain.is_none() {
                    let names: Vec<&str> = item.enumerators.iter().map(|e| e.name).collect();
                    item.name = super::names::anonymous_name(&names);
                    item.anonymous = item.name.is_some();
                }
                for skipped in unreadable {
                    parsed.unreadable.push(Unreadable {
                        kind: DiagnosticKind::Syntax,
                        hint: skipped.hint,
                        line: skipped.line,
                        message: skipped.message,
                        owner: Some(index),
                        name: None,
                    });
                }
                parsed.enums.push(item);
                at = next;
            }
            Found::NotADefinition => at += 1,
            Found::Unclosed {
                line,
                message,
                name,
                resume,
            } => {
                parsed.unreadable.push(Unreadable {
                    kind: DiagnosticKind::Syntax,
                    hint: None,
                    line,
                    message,
                    owner: None,
                    name,
                });
                // What follows the unclosed enum is read: it loses only itself.
                at = resume.max(at + 1);
            }
        }
    }
    by_symbol(&mut parsed.enums, tokens);
    parsed
}

/// Ties enums to what names them elsewhere in the header: `typedef enum _X X;` before the body
/// of `enum _X` names it `X`; a gtk-doc block whose symbol line (`X:`) names it is its doc,
/// wherever the block is (gtk-doc ties blocks to symbols by name, not by place).
fn by_symbol<'a>(enums: &mut [Enum<'a>], tokens: &[Token<'a>]) {
    let significant: Vec<&Token<'a>> = tokens
        .iter()
        .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
        .collect();
    let mut aliases: Vec<(&'a str, &'a str)> = Vec::new();
    for window in significant.windows(5) {
        if let [typedef, keyword, tag, name, end] = window {
            if typedef.is("typedef")
                && (keyword.is("enum") || keyword.is("struct"))
                && tag.kind == Kind::Ident
                && name.kind == Kind::Ident
                && end.is(";")
            {
                aliases.push((tag.text, name.text));
            }
        }
    }
    let symbols: Vec<(String, Token<'a>)> = tokens
        .iter()
        .filter(|t| t.kind == Kind::DocBefore)
        .filter_map(|t| symbol_of(t.text).map(|symbol| (symbol, *t)))
        .collect();
    for item in enums.iter_mut() {
        if item.tag.is_none() {
            if let Some(&(tag, name)) = aliases.iter().find(|(tag, _)| Some(*tag) == item.name) {
                item.tag = Some(tag);
                item.name = Some(name);
            }
        }
        let names: Vec<&str> = item.name.into_iter().chain(item.tag).collect();
        let documented = item
            .docs
            .iter()
            .any(|t| symbol_of(t.text).is_some_and(|symbol| names.contains(&symbol.as_str())));
        if documented {
            continue;
        }
        if let Some((_, block)) = symbols
            .iter()
            .find(|(symbol, _)| names.contains(&symbol.as_str()))
        {
            item.docs = vec![*block];
        }
    }
}

/// The symbol a gtk-doc block documents: its first line of text, when it is `Name:` (with
/// annotations or not).
fn symbol_of(comment: &str) -> Option<String> {
    let body = comment
        .trim_start_matches('/')
        .trim_start_matches(['*', '!'])
        .trim_end_matches('/')
        .trim_end_matches('*');
    let first = body
        .lines()
        .map(|line| line.trim().trim_start_matches('*').trim())
        .find(|line| !line.is_empty())?;
    let (name, rest) = first.split_once(':')?;
    let rest = rest.trim();
    let annotations = rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')'));
    let is_name = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    (is_name && annotations).then(|| name.to_owned())
}

enum Found<'a> {
    /// A definition, and the index after it.
    Definition {
        definition: Definition<'a>,
        next: usize,
    },
    NotADefinition,
    /// An enum whose body is not closed before the next declaration (or the end): reported, and
    /// reading goes on at `resume`.
    Unclosed {
        line: u32,
        message: String,
        name: Option<&'a str>,
        resume: usize,
    },
}

struct Definition<'a> {
    item: Enum<'a>,
    /// Its enumerators that could not be read.
    unreadable: Vec<Skipped>,
}

/// An enumerator that could not be read: where, and why.
struct Skipped {
    line: u32,
    message: String,
    hint: Option<Hint>,
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

    /// The index after the body of an enum opened at `open` (its `{`), or, when the body is not
    /// closed, the index of what shows it: a `;` or the start of another declaration (`enum`,
    /// `typedef`, `struct`, ...) directly in the body, which an enum body cannot have, or the end.
    fn body_end(self, open: usize) -> Result<usize, usize> {
        let mut depth = 0usize;
        for i in open..self.tokens.len() {
            let Some(t) = self.get(i) else { break };
            let declaration = matches!(t.kind, Kind::Ident)
                && (matches!(
                    t.text,
                    "enum" | "typedef" | "struct" | "class" | "union" | "namespace"
                ) || OBJC_ENUM_MACROS.contains(&t.text));
            if depth == 1 && (t.is(";") || declaration) {
                return Err(i);
            }
            if t.kind != Kind::Punct {
                continue;
            }
            match t.text {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => {
                    depth = depth.checked_sub(1).ok_or(i)?;
                    if depth == 0 {
                        return Ok(i + 1);
                    }
                }
                _ => {}
            }
        }
        Err(self.tokens.len())
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
            domain,
            body: i,
        }) = head
        else {
            return Found::NotADefinition;
        };
        if !self.get(i).is_some_and(|t| t.is("{")) {
            return Found::NotADefinition;
        }
        let after_body = match self.body_end(i) {
            Ok(after_body) => after_body,
            Err(resume) => {
                return Found::Unclosed {
                    line: keyword.line,
                    message: format!(
                        "`{}` {}has no closing `}}` before {}: it is not imported",
                        keyword.text,
                        name.map(|n| format!("`{n}` ")).unwrap_or_default(),
                        self.get(resume).map_or_else(
                            || "the end of the header".to_owned(),
                            |t| format!("`{}` at line {}", t.text, t.line)
                        ),
                    ),
                    name,
                    resume,
                };
            }
        };
        let tag = name;
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
        Found::Definition {
            definition: Definition {
                item: Enum {
                    name,
                    tag: tag.filter(|tag| Some(*tag) != name),
                    line: keyword.line,
                    underlying,
                    domain,
                    docs: Vec::new(),
                    end_line: self.get(after_body - 1).map_or(keyword.line, |t| t.line),
                    anonymous: false,
                    fixed: None,
                    enumerators,
                },
                unreadable,
            },
            next: after_body,
        }
    }
}
