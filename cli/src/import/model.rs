//! The importer's data: what it is asked ([`Options`], [`Header`]) and what it gives
//! ([`Import`]: [`Family`]s of [`Code`]s, and [`Problem`]s). Every stage reads and writes these;
//! none defines data for another.

use std::fmt;

use super::names::family_name;
use super::SdkCase;

/// The language of comments' unmarked text when [`Options::default_language`] is not set.
pub const DEFAULT_LANGUAGE: &str = "zh";

/// How to import.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Only the enums of these names (C names or family names); every enum when empty.
    pub enums: Vec<String>,
    /// Closed families (`TryFrom` their integer) instead of open ones (`other = Other`).
    pub closed: bool,
    /// The language of comments' unmarked text, which becomes the default description.
    pub default_language: String,
    /// The path of the `rtc-codes` crate in the code that includes the source (`rtc_codes`).
    pub crate_path: String,
    /// The encoding of the headers given as bytes, by its label (`gb18030`, `utf-16le`,
    /// `latin1`, ...); `None` to detect each header's (a byte-order mark, UTF-8, or a legacy
    /// encoding guessed from the bytes).
    pub encoding: Option<String>,
    /// Values of names the headers use but do not define, as `NAME=VALUE` (`DEMO_SHIFT=16`);
    /// they come before the headers' own object-like `#define`s.
    pub defines: Vec<String>,
    /// Families of object-like `#define`s, as `FAMILY=PREFIX[,PREFIX...][,-PREFIX...]`: the
    /// macros whose names start with a `PREFIX` (but with none of the `-PREFIX`es) and whose
    /// values are integer constant expressions, such as `DemoCodecError=DEMO_CODEC_`.
    pub macros: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            enums: Vec::new(),
            closed: false,
            default_language: DEFAULT_LANGUAGE.to_owned(),
            crate_path: "rtc_codes".to_owned(),
            encoding: None,
            defines: Vec::new(),
            macros: Vec::new(),
        }
    }
}

impl Options {
    /// The [`Options::enums`] entry that selects the enum `name` (with the `typedef` tag `tag`,
    /// if it has one): its C name, its tag or its family name; `Some("")` when every enum is
    /// imported, `None` when this one is not selected.
    #[must_use]
    pub fn selection(&self, name: &str, tag: Option<&str>) -> Option<&str> {
        if self.enums.is_empty() {
            return Some("");
        }
        let family = family_name(name);
        self.enums
            .iter()
            .find(|wanted| **wanted == name || **wanted == family || tag == Some(wanted.as_str()))
            .map(String::as_str)
    }
}

/// A header's text, and the name messages give it (its path, say).
#[derive(Clone, Copy, Debug)]
pub struct Header<'a> {
    /// The name of the header in messages and in the generated comment.
    pub name: &'a str,
    /// Its text.
    pub text: &'a str,
}

impl<'a> Header<'a> {
    /// The header `name` with text `text`.
    #[must_use]
    pub const fn new(name: &'a str, text: &'a str) -> Self {
        Header { name, text }
    }
}

/// Something that was not imported, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The header and line, where there is one.
    pub location: Option<(String, u32)>,
    /// What was not imported, and why.
    pub message: String,
}

impl Problem {
    /// A problem at `line` of the header `file`.
    #[must_use]
    pub fn at(file: &str, line: u32, message: impl Into<String>) -> Self {
        Problem {
            location: Some((file.to_owned(), line)),
            message: message.into(),
        }
    }

    /// A problem of no header in particular (an option, a header that cannot be read).
    #[must_use]
    pub fn general(message: impl Into<String>) -> Self {
        Problem {
            location: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some((file, line)) => write!(f, "{file}:{line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// A family to declare: one enum of a header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Family {
    /// The family's Rust name.
    pub name: String,
    /// The enum's name in the header.
    pub c_name: String,
    /// The header and line it was declared at.
    pub location: (String, u32),
    /// Its docs: the enum's doc comment, or a line saying where it came from.
    pub docs: String,
    /// Its integer type (`i32`, `u8`, ...).
    pub repr: &'static str,
    /// The `sdk_prefix` option, if any.
    pub sdk_prefix: Option<String>,
    /// The `sdk_case` option.
    pub sdk_case: SdkCase,
    /// The catch-all variant of an open family (`Other`); `None` for a closed one.
    pub catch_all: Option<String>,
    /// Its codes, in the header's order.
    pub codes: Vec<Code>,
}

/// A code to declare: one enumerator, with the enumerators that repeat its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Code {
    /// Its Rust name.
    pub name: String,
    /// The enumerator's name.
    pub sdk_name: String,
    /// Its value (`i128` holds the values of every family type, `u64` and `i64` alike).
    pub value: i128,
    /// Whether the header wrote the value as one hexadecimal literal.
    pub hex: bool,
    /// Its description in the default language (or, lacking one, in the first language it has).
    pub description: String,
    /// Its descriptions in other languages: `(language, text)`.
    pub translations: Vec<(String, String)>,
    /// Later enumerators with the same value.
    pub aliases: Vec<Alias>,
    /// Marked deprecated (`@deprecated`, or an attribute), with the note `@deprecated` gives
    /// (empty without one).
    pub deprecated: Option<String>,
    /// Means success (value 0, named `Ok`, `Success`, ...).
    pub success: bool,
}

/// A later enumerator with the value of an earlier one: a second SDK name of its code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alias {
    /// The enumerator's name.
    pub sdk_name: String,
    /// Its own description (its SDK name when it has none).
    pub description: String,
}

/// The families read from some headers, and what could not be imported.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Import {
    /// Every family imported, in the headers' order.
    pub families: Vec<Family>,
    /// What was left out, and why.
    pub problems: Vec<Problem>,
    /// What a user may want to know that left nothing out: the encoding guessed for a header,
    /// the enums that `--enum` did not select.
    pub notes: Vec<Problem>,
    /// The path of the `rtc-codes` crate the source names.
    pub crate_path: String,
    /// The headers' names, for the source's first line.
    pub headers: Vec<String>,
}

impl Import {
    /// The families as one `rtc_codes!` invocation, with a comment naming the headers; empty
    /// when there are none.
    #[must_use]
    pub fn to_source(&self) -> String {
        super::emit::source(self)
    }
}
