//! The importer's data: what it gives ([`Import`]: [`Family`]s
//! of [`Code`]s, and [`Diagnostic`]s). Every stage reads and writes these and the
//! [`Options`](crate::Options); none defines data for another.

use std::path::PathBuf;

use super::diagnostics::{Diagnostic, Diagnostics};
use super::options::CratePath;
use super::SdkCase;

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
    /// The language of its descriptions (the `lang` option): the default language, or the one
    /// the text of every described code is in.
    pub lang: String,
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

/// The families read from some headers, and what the importer says of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Import {
    /// Every family imported, in the headers' order.
    pub families: Vec<Family>,
    /// What was left out and why ([`Import::problems`]), and what a user may want to know
    /// that left nothing out ([`Import::notes`]).
    pub diagnostics: Diagnostics,
    /// Every file that was read (each header, and each folder that was searched for them), for
    /// a build script's `cargo:rerun-if-changed` lines.
    pub files: Vec<PathBuf>,
    /// The path of the `rtc-codes` crate the source names.
    pub crate_path: CratePath,
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

    /// What was left out, and why.
    pub fn problems(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.problems()
    }

    /// What a user may want to know that left nothing out.
    pub fn notes(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.notes()
    }
}
