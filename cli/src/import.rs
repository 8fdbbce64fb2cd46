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
//! (in namespaces, classes, `extern "C"` blocks), `NS_ERROR_ENUM(Domain)` named as Swift names
//! it, and with [`Options::macros`] families of `#define` lists; values written as integers
//! (decimal, hex, octal, binary, with suffixes and digit separators), implicit ones (the previous
//! value plus one), and constant expressions (`1 << 3`, `A | B`, `kPrev + 1`, casts, enumerators
//! of enums declared before, `#define`s). The function-like macros the headers define are
//! expanded as the C preprocessor does where enumerators and values are read (X-macro lists,
//! macros that build enumerators). Other directives are skipped: `#if 0` blocks are left out,
//! both branches of any other `#if` are read, and an enumerator declared twice is reported.
//!
//! What it makes of them:
//! - the family is named after the enum (`typedef` name first), in UpperCamelCase; its docs are
//!   the enum's doc comment;
//! - a code's name is its enumerator's without the prefix all of the enum's enumerators share,
//!   in UpperCamelCase (`kErrorCodeInvalidToken` → `InvalidToken`, `ERR_NO_ROOM` → `NoRoom`);
//!   `sdk_prefix` and `sdk_case` are chosen to spell most SDK names back, and a code whose SDK
//!   name they do not spell (a typo in the header, say) gets its own `sdk_name`;
//! - an enumerator whose value an earlier one has becomes an `alias` of that code;
//! - its description is its doc comment (`/** */`, `///`, `///<`, `/**< */`) as plain text
//!   (Doxygen, Javadoc and HeaderDoc commands read by kind, HTML as text, a restated value
//!   dropped), in the default language, with text marked `@locale en` or `@if English` as
//!   `en "..."` (any language); where it has none, its entry in the enum's doc (gtk-doc's
//!   `@NAME:`, HeaderDoc's `@constant NAME`, a `- NAME: text` list); then a plain comment next to
//!   it; then its SDK name;
//! - `@deprecated note` or a deprecation attribute makes it `#[deprecated(note = "note")]`
//!   (`#[deprecated]` without a note), and a code of value 0 named `Ok`, `Success`,
//!   `Succeeded`, `Succeed`, `Successful` or `NoError` (or `DemoErrNone`) means success;
//! - the integer type follows the enum's underlying type (`NSInteger` is `i64`), or the smallest
//!   of `i32`, `u32` and `i64` that holds the values of an enum without one; families are open
//!   (`other = Other`) unless [`Options::closed`].
//!
//! Anything it finds but cannot import (an unreadable enumerator, a value it cannot compute or
//! that does not fit the type, an anonymous enum, an unclosed comment) is a [`Problem`] with its
//! file and line, and is left out; the rest is imported, and the source always compiles.

mod define_lists;
mod doc;
mod emit;
mod encoding;
mod eval;
mod family;
mod lex;
mod macros;
mod model;
mod names;
mod parse;
mod pipeline;
// How `rtc_codes!` spells SDK names: the macro's own `case.rs` (a symbolic link to it), so that
// the families written here get the SDK names the importer means.
mod sdk_case;
mod types;
mod values;

use std::path::Path;

pub use model::{Alias, Code, Family, Header, Import, Options, Problem, DEFAULT_LANGUAGE};
pub use sdk_case::SdkCase;

/// Imports the enums of `headers`.
#[must_use]
pub fn import(headers: &[Header<'_>], options: &Options) -> Import {
    let mut problems = Vec::new();
    let mut language = options.default_language.clone();
    if !is_language_tag(&language) {
        problems.push(Problem::general(format!(
            "`{language}` is not a language tag (such as zh, en or zh-CN): {DEFAULT_LANGUAGE} is used"
        )));
        DEFAULT_LANGUAGE.clone_into(&mut language);
    }
    let mut crate_path = options.crate_path.clone();
    if !is_path(&crate_path) {
        problems.push(Problem::general(format!(
            "`{crate_path}` is not a Rust path (such as `rtc_codes` or `::sdk::codes`): `rtc_codes` is used"
        )));
        "rtc_codes".clone_into(&mut crate_path);
    }
    let (families, left_unread) = pipeline::run(headers, options, &language, &mut problems);
    let mut notes = Vec::new();
    if left_unread > 0 {
        notes.push(Problem::general(format!(
            "{left_unread} problem(s) of enums that --enum did not select are not reported"
        )));
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
            Err(error) => problems.push(Problem::general(format!("cannot read {name}: {error}"))),
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
            problems.push(Problem::general(format!(
                "`{label}` is not an encoding (such as gb18030, utf-16le or latin1): each header's is detected"
            )));
        }
        found
    });
    let mut notes = Vec::new();
    let texts: Vec<(&str, String)> = headers
        .iter()
        .map(|&(name, bytes)| {
            let decoded = encoding::decode(bytes, forced);
            if decoded.guessed {
                notes.push(Problem::at(name, 1, format!(
                    "not UTF-8: read as {}, the encoding its bytes suggest (--encoding names another)",
                    decoded.encoding.name()
                )));
            }
            if let Some(line) = decoded.malformed_at {
                problems.push(Problem::at(name, line, format!(
                    "not valid {}: the bytes that are not were read as U+FFFD (name the header's encoding with --encoding)",
                    decoded.encoding.name()
                )));
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

/// Whether `rtc_codes!` accepts `tag` as a language tag, by the rules the macro checks with (the
/// runtime crate's `lang/tags.rs`, which this crate includes as `language_tags.rs`): a primary
/// language of 2 or 3 letters, then subtags of 1 to 8 letters or digits joined by `-`, each a
/// word or a number, a one-character subtag never last.
///
/// ```
/// use rtc_codes_cli::import::is_language_tag;
///
/// assert!(is_language_tag("zh-CN"));
/// assert!(!is_language_tag("english"));
/// ```
#[must_use]
pub fn is_language_tag(tag: &str) -> bool {
    crate::language_tags::check_tag(tag).is_ok()
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
