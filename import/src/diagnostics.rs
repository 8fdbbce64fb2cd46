//! What the importer tells about what it read: one [`Diagnostic`] type for every problem (what
//! was left out, and why) and every note (what a user may want to know that left nothing out),
//! each with its file, line, kind and message, and the [`Diagnostics`] every stage adds to, as
//! the `rtc_codes!` macro's stages add their errors to one collector.

use std::fmt;

/// Whether a diagnostic is a problem or a note.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Something was left out: an enum, an enumerator, a header, or an option that found
    /// nothing. The source written still compiles, without it.
    Problem,
    /// Nothing was left out: the encoding guessed for a header, the enums a selection left
    /// unreported.
    Note,
}

/// What a diagnostic is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A header or folder that cannot be read at all.
    Unreadable,
    /// A header's encoding: guessed (a note), or bytes it cannot decode.
    Encoding,
    /// A declaration the importer cannot read: an enum, an enumerator, a comment or literal
    /// left open.
    Syntax,
    /// A value that cannot be computed, or that does not fit the family's type.
    Value,
    /// A macro that cannot be expanded (undefined, malformed, over the expansion budget).
    Macro,
    /// A name declared twice: an enumerator, a family.
    Duplicate,
    /// What an option asks for that the headers do not have (an enum, a family of macros).
    Selection,
    /// Headers in which nothing was found to import.
    Empty,
    /// What a preprocessor condition left out (a note), or an `#error` it reached.
    Condition,
    /// An `#include` that was not found (a note).
    Include,
}

/// What a user can do about a diagnostic, for a tool to say in its own words (the command
/// names its options); the message says it in general terms.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Hint {
    /// Give the macro `name` a definition ([`Options::defines`](crate::Options::defines)): a
    /// value, or with parameters when it is `function_like`.
    Define {
        /// The macro's name.
        name: String,
        /// Whether it is used with arguments.
        function_like: bool,
    },
    /// Declare `name` as a type ([`Options::defines`](crate::Options::defines): `name=int`, say):
    /// a cast names it, and no header given declares it.
    DefineType {
        /// The type's name.
        name: String,
    },
    /// Define one of `macros`, or read the headers for another target
    /// ([`Options::target`](crate::Options::target)): a condition that reads them left
    /// something out.
    Condition {
        /// The macros the condition reads.
        macros: Vec<String>,
    },
    /// Name a family of the headers' `#define`s ([`Options::macros`](crate::Options::macros)).
    MacroFamily,
    /// Name the headers' encoding ([`Options::encoding`](crate::Options::encoding)).
    Encoding,
}

/// One thing the importer says about the headers.
///
/// ```
/// use rtc_codes_import::{Diagnostic, Kind, Severity};
///
/// let imported = rtc_codes_import::Builder::new()
///     .text("room.h", "enum RoomError { kRoomErrorFull = kMissing, kRoomErrorClosed = 2 };")
///     .import();
/// let problem: &Diagnostic = imported.problems().next().unwrap();
/// assert_eq!(problem.severity, Severity::Problem);
/// assert_eq!(problem.kind, Kind::Value);
/// assert_eq!((problem.file.as_deref(), problem.line), (Some("room.h"), Some(1)));
/// assert_eq!(problem.name.as_deref(), Some("kRoomErrorFull"));
/// assert_eq!(problem.family.as_deref(), Some("RoomError"));
/// assert!(problem.to_string().starts_with("room.h:1: enumerator `kRoomErrorFull` is not imported"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// A problem or a note.
    pub severity: Severity,
    /// What it is about.
    pub kind: Kind,
    /// The header it is in, if one.
    pub file: Option<String>,
    /// The line of that header, if one.
    pub line: Option<u32>,
    /// The C name of the enum (or the family of `#define`s) it concerns, if one.
    pub family: Option<String>,
    /// The name it is about: an enumerator, a macro, an enum that could not be read.
    pub name: Option<String>,
    /// What happened, in a sentence.
    pub message: String,
    /// What a user can do about it, where the importer knows.
    pub hint: Option<Hint>,
}

impl Diagnostic {
    /// A problem of `kind` saying `message`, at no place yet.
    #[must_use]
    pub fn problem(kind: Kind, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Problem,
            kind,
            file: None,
            line: None,
            family: None,
            name: None,
            message: message.into(),
            hint: None,
        }
    }

    /// A note of `kind` saying `message`, at no place yet.
    #[must_use]
    pub fn note(kind: Kind, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::problem(kind, message)
        }
    }

    /// This diagnostic at `line` of the header `file`.
    #[must_use]
    pub fn at(mut self, file: &str, line: u32) -> Self {
        self.file = Some(file.to_owned());
        self.line = Some(line);
        self
    }

    /// This diagnostic about the enum (or family) `family`.
    #[must_use]
    pub fn of_family(mut self, family: Option<&str>) -> Self {
        self.family = family.map(str::to_owned);
        self
    }

    /// This diagnostic about the name `name`.
    #[must_use]
    pub fn named(mut self, name: Option<&str>) -> Self {
        self.name = name.map(str::to_owned);
        self
    }

    /// This diagnostic with `hint`.
    #[must_use]
    pub fn hinted(mut self, hint: Option<Hint>) -> Self {
        self.hint = hint;
        self
    }

    /// Whether `name` is the name or the family this diagnostic is about, which a build script
    /// acknowledges it by.
    #[must_use]
    pub fn concerns(&self, name: &str) -> bool {
        self.name.as_deref() == Some(name) || self.family.as_deref() == Some(name)
    }
}

impl Diagnostic {
    /// Where it is, as compilers write it: `file:line: `, `file: ` or nothing.
    #[must_use]
    pub fn location(&self) -> String {
        match (&self.file, self.line) {
            (Some(file), Some(line)) => format!("{file}:{line}: "),
            (Some(file), None) => format!("{file}: "),
            _ => String::new(),
        }
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line: message (hint)`, as compilers write theirs; the hint in the words of
    /// [`Options`](crate::Options) (a tool names its own options instead: see [`Hint`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.location(), self.message)?;
        match &self.hint {
            Some(Hint::Define {
                name,
                function_like: false,
            }) => write!(f, " (`{name}=VALUE`)"),
            Some(Hint::Define {
                name,
                function_like: true,
            }) => write!(f, " (`{name}(PARAMS)=VALUE`)"),
            Some(Hint::DefineType { name }) => write!(f, " (`{name}=int`)"),
            Some(Hint::Condition { macros }) => {
                let names: Vec<String> = macros.iter().map(|name| format!("`{name}`")).collect();
                write!(
                    f,
                    " (define {}, or read for another target)",
                    names.join(" or ")
                )
            }
            Some(Hint::MacroFamily) => f.write_str(" (`FAMILY=PREFIX`)"),
            Some(Hint::Encoding) => f.write_str(" (name the headers' encoding)"),
            None => Ok(()),
        }
    }
}

/// The diagnostics of one import, in the order they were found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics {
    list: Vec<Diagnostic>,
}

impl Diagnostics {
    /// Adds `diagnostic`.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.list.push(diagnostic);
    }

    /// Every diagnostic, problems and notes.
    #[must_use]
    pub fn all(&self) -> &[Diagnostic] {
        &self.list
    }

    /// Every diagnostic, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Diagnostic> {
        self.list.iter()
    }

    /// How many there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there are none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems, in order.
    pub fn problems(&self) -> impl Iterator<Item = &Diagnostic> {
        self.of(Severity::Problem)
    }

    /// The notes, in order.
    pub fn notes(&self) -> impl Iterator<Item = &Diagnostic> {
        self.of(Severity::Note)
    }

    fn of(&self, severity: Severity) -> impl Iterator<Item = &Diagnostic> {
        self.list
            .iter()
            .filter(move |diagnostic| diagnostic.severity == severity)
    }

    /// Sorts the diagnostics from `start` on by line, keeping the order of those of one line.
    pub(crate) fn sort_lines_from(&mut self, start: usize) {
        if let Some(tail) = self.list.get_mut(start..) {
            tail.sort_by_key(|diagnostic| diagnostic.line);
        }
    }

    /// Takes the diagnostics from `start` on out, in order.
    pub(crate) fn drain_from(&mut self, start: usize) -> Vec<Diagnostic> {
        self.list.drain(start.min(self.list.len())..).collect()
    }

    /// Adds every diagnostic of `other`, after these.
    pub(crate) fn append(&mut self, other: Diagnostics) {
        self.list.extend(other.list);
    }
}

impl<'a> IntoIterator for &'a Diagnostics {
    type Item = &'a Diagnostic;
    type IntoIter = std::slice::Iter<'a, Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}
