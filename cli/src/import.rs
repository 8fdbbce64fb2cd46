//! Importing the code enums of C, C++ and Objective-C headers as `rtc_codes!` declarations.
//!
//! [`import`] reads headers (their text, with a name for messages), finds their enum
//! definitions, and turns each into a [`Family`]; [`Import::to_source`] writes them as one
//! `rtc_codes!` invocation. [`import_files`] does the same for files on disk, which is what a
//! build script calls; [`import_bytes`] and [`import_read`] for bytes from anywhere else (the
//! command reads standard input with them):
//!
//! ```
//! use rtc_codes_cli::import::{import, Header, Options};
//!
//! let header = r#"
//! /** Room errors. */
//! typedef enum {
//!     kRoomErrorFull = -1,    ///< 房间已满。
//!     kRoomErrorClosed,       ///< 房间已关闭。
//! } RoomError;
//! "#;
//! let imported = import(&[Header::new("room.h", header)], &Options::default());
//! assert!(imported.problems.is_empty());
//! let family = &imported.families[0];
//! assert_eq!(family.name, "RoomError");
//! assert_eq!(family.codes[1].name, "Closed");
//! assert_eq!(family.codes[1].value, 0);
//! assert!(imported.to_source().contains(r#"Closed = 0 => "房间已关闭。","#));
//! ```
//!
//! A build script that declares the families of the headers it builds against, for
//! `include!(concat!(env!("OUT_DIR"), "/sdk_codes.rs"));` in the crate (with
//! `rtc-codes-cli = { version = "0.3", default-features = false }` as a build dependency):
//!
//! ```no_run
//! // build.rs
//! use rtc_codes_cli::import::{import_files, Options};
//!
//! fn main() {
//!     let header = "sdk/include/ByteRTCErrorCode.h";
//!     println!("cargo::rerun-if-changed={header}");
//!     let imported = import_files(&[header], &Options::default());
//!     for problem in &imported.problems {
//!         println!("cargo::warning={problem}");
//!     }
//!     let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
//!     std::fs::write(out.join("sdk_codes.rs"), imported.to_source()).unwrap();
//! }
//! ```
//!
//! What it reads: `enum Name { ... };`, `enum class Name : type { ... };`,
//! `typedef enum [Tag] { ... } Name;` and `typedef NS_ENUM(type, Name) { ... };` (also
//! `NS_OPTIONS`, `NS_CLOSED_ENUM`, `NS_ERROR_ENUM`, `CF_ENUM`, `CF_OPTIONS`), wherever they are
//! (in namespaces, classes, `extern "C"` blocks); values written as integers (decimal, hex,
//! octal, binary, with suffixes and digit separators), implicit ones (the previous value plus
//! one), and constant expressions (`1 << 3`, `A | B`, `kPrev + 1`, casts, enumerators of enums
//! declared before). Preprocessor directives are skipped: `#if 0` blocks are left out, both
//! branches of any other `#if` are read, and an enumerator declared twice is reported.
//!
//! What it makes of them:
//! - the family is named after the enum (`typedef` name first), in UpperCamelCase; its docs are
//!   the enum's doc comment;
//! - a code's name is its enumerator's without the prefix all of the enum's enumerators share,
//!   in UpperCamelCase (`kErrorCodeInvalidToken` → `InvalidToken`, `ERR_NO_ROOM` → `NoRoom`);
//!   `sdk_prefix` and `sdk_case` are chosen to spell most SDK names back, and a code whose SDK
//!   name they do not spell (a typo in the header, say) gets its own `sdk_name`;
//! - an enumerator whose value an earlier one has becomes an `alias` of that code;
//! - its description is its doc comment (`/** */`, `///`, `///<`, `/**< */`) as plain text, in
//!   the default language, with text marked `@locale en` or `@if English` as `en "..."` (any
//!   language); where it has no doc comment, a plain comment next to it; where it has none, its
//!   SDK name;
//! - `@deprecated note` or a deprecation attribute makes it `#[deprecated(note = "note")]`
//!   (`#[deprecated]` without a note), and a code of value 0
//!   named `Ok`, `Success`, `Succeeded`, `Succeed`, `Successful` or `NoError` means success;
//! - the integer type follows the enum's underlying type (`NSInteger` is `i64`), or the smallest
//!   of `i32`, `u32` and `i64` that holds the values of an enum without one; families are open
//!   (`other = Other`) unless [`Options::closed`].
//!
//! Anything it finds but cannot import (an unreadable enumerator, a value it cannot compute or
//! that does not fit the type, an anonymous enum, an unclosed comment) is a [`Problem`] with its
//! file and line, and is left out; the rest is imported, and the source always compiles.

mod doc;
mod emit;
mod encoding;
mod eval;
mod family;
mod lex;
mod names;
mod parse;
mod types;
mod values;

use std::fmt;
use std::path::Path;

pub use names::SdkCase;

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
        }
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
    /// Later enumerators with the same value: their names and descriptions.
    pub aliases: Vec<(String, String)>,
    /// Marked deprecated (`@deprecated`, or an attribute), with the note `@deprecated` gives
    /// (empty without one).
    pub deprecated: Option<String>,
    /// Means success (value 0, named `Ok`, `Success`, ...).
    pub success: bool,
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
        emit::source(self)
    }
}

/// Imports the enums of `headers`.
#[must_use]
pub fn import(headers: &[Header<'_>], options: &Options) -> Import {
    let mut problems = Vec::new();
    let mut language = options.default_language.clone();
    if !is_language_tag(&language) {
        problems.push(Problem {
            location: None,
            message: format!(
                "`{language}` is not a language tag (such as zh, en or zh-CN): {DEFAULT_LANGUAGE} is used"
            ),
        });
        DEFAULT_LANGUAGE.clone_into(&mut language);
    }
    let mut crate_path = options.crate_path.clone();
    if !is_path(&crate_path) {
        problems.push(Problem {
            location: None,
            message: format!(
                "`{crate_path}` is not a Rust path (such as `rtc_codes` or `::sdk::codes`): `rtc_codes` is used"
            ),
        });
        "rtc_codes".clone_into(&mut crate_path);
    }
    let lexed: Vec<(Vec<lex::Token<'_>>, Option<u32>)> = headers
        .iter()
        .map(|header| {
            let (tokens, open_at) = lex::tokens(header.text);
            (lex::without_disabled(tokens), open_at)
        })
        .collect();
    let parsed: Vec<parse::Parsed<'_>> = lexed
        .iter()
        .map(|(tokens, _)| parse::enums(tokens))
        .collect();
    let mut defines = values::Defines::default();
    for definition in &options.defines {
        if let Err(message) = defines.add_option(definition) {
            problems.push(Problem {
                location: None,
                message,
            });
        }
    }
    for (tokens, _) in &lexed {
        defines.add_directives(tokens);
    }
    let resolved = values::resolve(&parsed.iter().collect::<Vec<_>>(), &defines);
    let mut families = family::Builder::new(options, &language);
    for (((header, parsed), values), (_, open_at)) in
        headers.iter().zip(&parsed).zip(&resolved).zip(&lexed)
    {
        families.add(header.name, parsed, values);
        // After what was read before it, so that a header's problems stay in line order.
        if let Some(line) = *open_at {
            families.problem(
                header.name,
                line,
                "a comment or literal is not closed: the rest of the header is not read".to_owned(),
            );
        }
    }
    let (families, mut found_problems, left_unread) = families.finish();
    problems.append(&mut found_problems);
    let mut notes = Vec::new();
    if left_unread > 0 {
        notes.push(Problem {
            location: None,
            message: format!(
                "{left_unread} problem(s) of enums that --enum did not select are not reported"
            ),
        });
    }
    Import {
        families,
        problems,
        notes,
        crate_path,
        headers: headers
            .iter()
            .map(|header| file_name(header.name))
            .collect(),
    }
}

/// Reads the headers at `paths` and imports their enums. A header that cannot be read is a
/// [`Problem`], and so is one whose bytes cannot be decoded (see [`import_bytes`]).
#[must_use]
pub fn import_files<P: AsRef<Path>>(paths: &[P], options: &Options) -> Import {
    let read = paths
        .iter()
        .map(|path| {
            let path = path.as_ref();
            (path.display().to_string(), std::fs::read(path))
        })
        .collect();
    import_read(read, options)
}

/// Imports headers as reading them turned out: `(name, bytes or the error of reading them)`.
/// A header that could not be read is a [`Problem`]; the others are imported as by
/// [`import_bytes`].
#[must_use]
pub fn import_read(headers: Vec<(String, std::io::Result<Vec<u8>>)>, options: &Options) -> Import {
    let mut problems = Vec::new();
    let mut read = Vec::new();
    for (name, bytes) in headers {
        match bytes {
            Ok(bytes) => read.push((name, bytes)),
            Err(error) => problems.push(Problem {
                location: None,
                message: format!("cannot read {name}: {error}"),
            }),
        }
    }
    let headers: Vec<(&str, &[u8])> = read
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    let mut imported = import_bytes(&headers, options);
    problems.append(&mut imported.problems);
    imported.problems = problems;
    imported
}

/// Imports the enums of headers given as bytes, with their names (`(name, bytes)`), decoded as
/// [`Options::encoding`] says: in the encoding it names, or else in each header's own, detected
/// (a byte-order mark, UTF-8, or a legacy encoding such as GB18030 guessed from the bytes). Bytes
/// that are not valid in the encoding are read as U+FFFD, and are a [`Problem`] at the line of the
/// first of them.
///
/// ```
/// use rtc_codes_cli::import::{import_bytes, Options};
///
/// let (gbk, _, _) = encoding_rs::GB18030.encode("enum E { kEOk = 0, /**< 成功 */ };");
/// let imported = import_bytes(&[("e.h", &gbk)], &Options::default());
/// assert!(imported.problems.is_empty());
/// assert_eq!(imported.families[0].codes[0].description, "成功");
/// ```
#[must_use]
pub fn import_bytes(headers: &[(&str, &[u8])], options: &Options) -> Import {
    let mut problems = Vec::new();
    let forced = options.encoding.as_deref().and_then(|label| {
        let found = encoding::named(label);
        if found.is_none() {
            problems.push(Problem {
                location: None,
                message: format!(
                    "`{label}` is not an encoding (such as gb18030, utf-16le or latin1): each header's is detected"
                ),
            });
        }
        found
    });
    let mut notes = Vec::new();
    let texts: Vec<(&str, String)> = headers
        .iter()
        .map(|&(name, bytes)| {
            let decoded = encoding::decode(bytes, forced);
            if decoded.guessed {
                notes.push(Problem {
                    location: Some((name.to_owned(), 1)),
                    message: format!(
                        "not UTF-8: read as {}, the encoding its bytes suggest (--encoding names another)",
                        decoded.encoding.name()
                    ),
                });
            }
            if let Some(line) = decoded.malformed_at {
                problems.push(Problem {
                    location: Some((name.to_owned(), line)),
                    message: format!(
                        "not valid {}: the bytes that are not were read as U+FFFD (name the header's encoding with --encoding)",
                        decoded.encoding.name()
                    ),
                });
            }
            (name, decoded.text)
        })
        .collect();
    let headers: Vec<Header<'_>> = texts
        .iter()
        .map(|(name, text)| Header::new(name, text))
        .collect();
    let mut imported = import(&headers, options);
    problems.append(&mut imported.problems);
    imported.problems = problems;
    notes.append(&mut imported.notes);
    imported.notes = notes;
    imported
}

/// Whether `label` names an encoding that [`Options::encoding`] can take (the labels of the
/// WHATWG Encoding Standard: `gb18030`, `gbk`, `utf-16le`, `latin1`, ...).
///
/// ```
/// assert!(rtc_codes_cli::import::is_encoding("GB18030"));
/// assert!(!rtc_codes_cli::import::is_encoding("klingon"));
/// ```
#[must_use]
pub fn is_encoding(label: &str) -> bool {
    encoding::named(label).is_some()
}

/// Whether `rtc_codes!` accepts `tag` as a language tag (BCP 47, as `macros/src/lang.rs` checks
/// it): a primary language of 2 or 3 letters, then subtags of 1 to 8 letters or digits joined by
/// `-`, a one-character subtag never last. Each subtag is written as one token in the DSL, so it
/// is letters only or digits only (`es-419`, not `de-1996a`).
fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    let mut last_len = 0;
    for subtag in subtags {
        let letters = subtag.bytes().all(|b| b.is_ascii_alphabetic());
        let digits = subtag.bytes().all(|b| b.is_ascii_digit());
        if subtag.is_empty() || subtag.len() > 8 || !(letters || digits) {
            return false;
        }
        last_len = subtag.len();
    }
    last_len != 1
}

/// Whether `path` is a path of identifiers (`rtc_codes`, `::sdk::codes`, `crate::codes`).
fn is_path(path: &str) -> bool {
    let path = path.strip_prefix("::").unwrap_or(path);
    !path.is_empty()
        && path.split("::").all(|segment| {
            segment.starts_with(|c: char| c == '_' || c.is_ascii_alphabetic())
                && segment
                    .chars()
                    .all(|c| c == '_' || c.is_ascii_alphanumeric())
                && segment != "_"
        })
}

/// The last component of a path, for the generated comment and docs.
fn file_name(path: &str) -> String {
    Path::new(path).file_name().map_or_else(
        || path.to_owned(),
        |name| name.to_string_lossy().into_owned(),
    )
}
