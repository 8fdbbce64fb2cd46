//! `rtc-codes explain`: look up SDK codes by value or name, search them by words, or list whole
//! families.
//!
//! The lookups are functions over [`FamilyInfo`]s, so they work on any set of families; the
//! command uses the documented ones ([`rtc_codes::FAMILIES`]), or with `--header` the enums of
//! headers, imported as `rtc-codes import` reads them.

mod headers;
pub mod render;
mod suggest;

use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use rtc_codes::{CodeInfo, FamilyInfo, FAMILIES};

use crate::reading::ReadingArgs;
use crate::status;

/// The arguments of `rtc-codes explain`.
#[derive(Clone, Debug, Args)]
#[command(after_help = "Examples:
  rtc-codes explain -1000                       every family's code -1000
  rtc-codes explain 0x3e8 kErrorCodeInvalidToken
  rtc-codes explain --family ErrorCode          list one family
  rtc-codes explain --all --format tsv          everything, tab-separated
  rtc-codes explain --lang en -1000             the English description
  rtc-codes explain --header sdk/ErrorCode.h -1081
                                                -1081 in the enums of a header
  rtc-codes explain --search 'token expired'    codes whose names or descriptions say it

A negative hexadecimal value goes after `--`: rtc-codes explain -- -0x3e8.
Exit status: 0 when everything was found, 1 when something was not, 2 for bad usage.")]
pub struct ExplainArgs {
    /// Values (-1000, 0x3e8) or names (a Rust name, an SDK name or an alias) to look up
    #[arg(
        value_name = "CODE OR NAME",
        allow_negative_numbers = true,
        required_unless_present_any = ["all", "family", "search"],
        conflicts_with_all = ["all", "search"]
    )]
    pub queries: Vec<String>,
    /// Only the family of this name; without codes, list it
    #[arg(long, value_name = "NAME", conflicts_with = "all")]
    pub family: Option<String>,
    /// List every code of every family
    #[arg(long)]
    pub all: bool,
    /// How to print the codes
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Descriptions in LANG (such as en, or zh-CN) instead of the documented Chinese
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Look codes up in the enums of this C, C++ or Objective-C header instead of the documented
    /// families (repeat for more headers)
    #[arg(long = "header", value_name = "FILE")]
    pub headers: Vec<PathBuf>,
    /// How the headers are read
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// Codes whose name, SDK name, alias or description (in any language) contains every one of
    /// these words, case aside
    #[arg(long, value_name = "WORDS", conflicts_with = "all")]
    pub search: Option<String>,
}

/// The output format of `explain`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Columns aligned for a terminal
    #[default]
    Table,
    /// A JSON document
    Json,
    /// Tab-separated values with a header line
    Tsv,
}

/// One code in the output: its family and its metadata.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    /// The family the code belongs to.
    pub family: &'static FamilyInfo,
    /// The code.
    pub code: &'static CodeInfo,
}

impl Row {
    /// The description in `lang`, or the default one when `lang` is `None` or the family has no
    /// description in it.
    #[must_use]
    pub fn description(&self, lang: Option<&str>) -> &'static str {
        lang.and_then(|lang| self.code.description_in(lang))
            .unwrap_or(self.code.description)
    }

    /// The path of the code from the crate root, such as `rtc_codes::ErrorCode::InvalidToken`
    /// (`ErrorCode::InvalidToken` for a family of a header, which is in no crate yet).
    #[must_use]
    pub fn rust_path(&self) -> String {
        match self.family.module_path.split("::").next() {
            Some(krate) if !krate.is_empty() => {
                format!("{krate}::{}::{}", self.family.name, self.code.name)
            }
            _ => format!("{}::{}", self.family.name, self.code.name),
        }
    }
}

/// The result of one query: what was asked, and every code that matched.
#[derive(Clone, Debug)]
pub struct Lookup {
    /// The argument as given.
    pub query: String,
    /// Every match, in family order.
    pub rows: Vec<Row>,
}

/// Runs `rtc-codes explain` with `args`, writing the codes to `out` and what was not found to
/// `err`; returns the exit status.
///
/// # Errors
///
/// Those of writing to `out` or `err`.
pub fn run(args: &ExplainArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let mut status = status::DONE;
    let (every, scope) = if args.headers.is_empty() {
        (FAMILIES.to_vec(), Scope::Documented)
    } else {
        let (families, read_all) = header_families(&args.headers, &args.reading, err)?;
        if !read_all {
            status = status::NOT_FOUND;
        }
        (families, Scope::Headers)
    };
    if let Some(lang) = &args.lang {
        if !every.iter().any(|family| family.describes(lang)) {
            let mut languages: Vec<&str> = every
                .iter()
                .flat_map(|family| family.lang.iter().chain(family.languages).copied())
                .collect();
            languages.sort_unstable();
            languages.dedup();
            writeln!(
                err,
                "rtc-codes explain: no descriptions in `{lang}`; {} described in: {}",
                scope.codes(),
                if languages.is_empty() {
                    "no other language".to_owned()
                } else {
                    languages.join(", ")
                }
            )?;
            return Ok(status::USAGE);
        }
    }
    let lang = args.lang.as_deref();
    let families: Vec<&'static FamilyInfo> = if let Some(name) = &args.family {
        let Some(family) = every.iter().copied().find(|family| family.name == name) else {
            let names: Vec<&str> = every.iter().map(|family| family.name).collect();
            writeln!(
                err,
                "rtc-codes explain: no family is named `{name}`; the families are: {}",
                names.join(", ")
            )?;
            return Ok(status::NOT_FOUND);
        };
        vec![family]
    } else {
        every
    };
    if let Some(words) = &args.search {
        let rows = search(&families, words);
        render::listing(args.format, lang, &rows, out)?;
        if rows.is_empty() {
            writeln!(
                err,
                "rtc-codes explain: no code {} says `{}`",
                scope.place(&families),
                words.escape_debug()
            )?;
            status = status::NOT_FOUND;
        }
        return Ok(status);
    }
    if args.queries.is_empty() {
        let rows = list(&families);
        render::listing(args.format, lang, &rows, out)?;
        return Ok(status);
    }
    let lookups: Vec<Lookup> = args
        .queries
        .iter()
        .map(|query| lookup(&families, query))
        .collect();
    render::lookups(args.format, lang, &lookups, out)?;
    for missing in lookups.iter().filter(|lookup| lookup.rows.is_empty()) {
        writeln!(
            err,
            "rtc-codes explain: {}",
            not_found_message(&families, &missing.query, scope)
        )?;
        status = status::NOT_FOUND;
    }
    Ok(status)
}

/// Where the codes looked up come from, for the messages.
#[derive(Clone, Copy)]
enum Scope {
    Documented,
    Headers,
}

impl Scope {
    fn codes(self) -> &'static str {
        match self {
            Scope::Documented => "the documented codes are",
            Scope::Headers => "the headers' codes are",
        }
    }

    fn place(self, families: &[&'static FamilyInfo]) -> String {
        match (families, self) {
            ([family], _) => format!("in {}", family.name),
            (_, Scope::Documented) => "in any documented family".to_owned(),
            (_, Scope::Headers) => "in the enums of the headers".to_owned(),
        }
    }
}

/// The families of the headers at `paths`, imported as `rtc-codes import` reads them (what it
/// cannot read is said on `err`), and whether every header could be read.
fn header_families(
    paths: &[PathBuf],
    reading: &ReadingArgs,
    err: &mut dyn Write,
) -> io::Result<(Vec<&'static FamilyInfo>, bool)> {
    let read: Vec<(String, io::Result<Vec<u8>>)> = paths
        .iter()
        .map(|path| (path.display().to_string(), std::fs::read(path)))
        .collect();
    let read_all = read.iter().all(|(_, bytes)| bytes.is_ok());
    let imported = crate::import::import_read(read, &reading.options());
    for note in &imported.notes {
        writeln!(err, "rtc-codes explain: note: {note}")?;
    }
    for problem in &imported.problems {
        writeln!(err, "rtc-codes explain: {problem}")?;
    }
    Ok((headers::families(imported), read_all))
}

/// The codes of `families` whose names or descriptions contain every word of `words` (compared
/// without case), in family and declaration order.
#[must_use]
pub fn search(families: &[&'static FamilyInfo], words: &str) -> Vec<Row> {
    let words: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
    list(families)
        .into_iter()
        .filter(|row| {
            let code = row.code;
            let texts: Vec<String> = [code.name, code.sdk_name, code.description]
                .into_iter()
                .chain(code.aliases.iter().copied())
                .chain(code.translations.iter().map(|(_, text)| *text))
                .map(str::to_lowercase)
                .collect();
            !words.is_empty()
                && words
                    .iter()
                    .all(|word| texts.iter().any(|text| text.contains(word.as_str())))
        })
        .collect()
}

/// Every code of `families`, in family and declaration order.
#[must_use]
pub fn list(families: &[&'static FamilyInfo]) -> Vec<Row> {
    families
        .iter()
        .flat_map(|family| family.codes.iter().map(move |code| Row { family, code }))
        .collect()
}

/// The codes of `families` that `query` names: by value when it is a number, else by name.
#[must_use]
pub fn lookup(families: &[&'static FamilyInfo], query: &str) -> Lookup {
    let rows = match parse_value(query) {
        Some(value) => families
            .iter()
            .filter_map(|family| family.find_value(value).map(|code| Row { family, code }))
            .collect(),
        None => families
            .iter()
            .filter_map(|family| family.find_name(query).map(|code| Row { family, code }))
            .collect(),
    };
    Lookup {
        query: query.to_owned(),
        rows,
    }
}

/// A value: decimal or hexadecimal (`0x3e8`), with an optional sign; `None` for anything else
/// (a name).
#[must_use]
pub fn parse_value(query: &str) -> Option<i128> {
    let (negative, unsigned) = match query.as_bytes().first() {
        Some(b'-') => (true, &query[1..]),
        Some(b'+') => (false, &query[1..]),
        _ => (false, query),
    };
    let (digits, radix) = match unsigned.get(..2) {
        Some("0x" | "0X") => (&unsigned[2..], 16),
        _ => (unsigned, 10),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    // Too large for any family: it cannot match, which is reported as "not found".
    let magnitude = i128::from_str_radix(digits, radix).unwrap_or(i128::MAX);
    Some(if negative { -magnitude } else { magnitude })
}

/// Why `query` found nothing, with the closest names as suggestions.
fn not_found_message(families: &[&'static FamilyInfo], query: &str, scope: Scope) -> String {
    let scope = scope.place(families);
    if parse_value(query).is_some() {
        return format!("no code has the value {query} {scope}");
    }
    let names = families
        .iter()
        .flat_map(|family| family.codes.iter())
        .flat_map(|code| {
            [code.name, code.sdk_name]
                .into_iter()
                .chain(code.aliases.iter().copied())
        });
    let mut message = format!("no code is named `{}` {scope}", query.escape_debug());
    let suggestions = suggest::closest(query, names);
    if !suggestions.is_empty() {
        let case_only = suggestions
            .iter()
            .all(|name| name.eq_ignore_ascii_case(query));
        message.push_str(if case_only {
            " (names are case-sensitive: did you mean "
        } else {
            " (did you mean "
        });
        message.push_str(&suggestions.join(", "));
        message.push_str("?)");
    }
    message
}
