//! `rtc-codes explain`: look up SDK codes by value or name, search them by words, or list whole
//! families.
//!
//! The lookups ([`query`]) are functions over [`FamilyInfo`]s, so they work on any set of
//! families; the command uses the documented ones ([`rtc_codes::FAMILIES`]), with those of the
//! headers `RTC_CODES_HEADERS` names beside them, or with `--header` the enums of the headers and
//! folders given, imported as `rtc-codes import` reads them. Every kind of query gives
//! [`Lookup`]s, written in one shape per format ([`render`]).

mod headers;
pub mod query;
pub mod render;
pub mod suggest;

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use rtc_codes::{CodeInfo, FamilyInfo, FAMILIES};

use crate::environment::{locale_language, Environment};
use crate::header_files;
use crate::reading::{self, ReadingArgs};
use crate::status;

pub use query::{list, lookup, parse_value, search};

/// The arguments of `rtc-codes explain`.
#[derive(Clone, Debug, Args)]
#[command(after_help = "Examples:
  rtc-codes explain -1000                       every family's code -1000
  rtc-codes explain 0x3e8 -0x3e8 kErrorCodeInvalidToken
  rtc-codes explain --family errorcode          list one family (case aside)
  rtc-codes explain --all --format markdown     everything, as a Markdown table
  rtc-codes explain --lang en -1000             the English description
  rtc-codes explain --header sdk/include -1081  -1081 in the enums of an SDK's headers
  rtc-codes explain --search 'token expired'    codes whose names or descriptions say it

RTC_CODES_HEADERS (a path list, like PATH) names headers or folders that every lookup reads
beside the documented families. Without --lang, descriptions follow LC_ALL, LC_MESSAGES or LANG
(en_US.UTF-8 is en-US) where the families have that language.
Exit status: 0 when everything was found, 1 when something was not, 2 for bad usage.")]
pub struct ExplainArgs {
    /// Values (-1000, 0x3e8, -0x3e8) or names (a Rust name, an SDK name or an alias) to look up
    #[arg(
        value_name = "CODE OR NAME",
        conflicts_with_all = ["all", "search"]
    )]
    pub queries: Vec<String>,
    /// Only the family of this name (case aside); without codes, list it
    #[arg(long, value_name = "NAME", conflicts_with = "all")]
    pub family: Option<String>,
    /// List every code of every family
    #[arg(long)]
    pub all: bool,
    /// How to print the codes
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// Descriptions in LANG (a language tag such as en or zh-CN, or a locale name such as
    /// `en_US.UTF-8`) instead of the documented Chinese; by default the language of `LC_ALL`,
    /// `LC_MESSAGES` or `LANG` where the families have it
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
    /// Look codes up in the enums of these C, C++ or Objective-C headers, or of the headers
    /// (.h, .hh, .hpp, .hxx) in these folders, instead of the documented families (repeat it,
    /// or give several)
    #[arg(long = "header", value_name = "PATH", num_args = 1.., allow_negative_numbers = true)]
    pub headers: Vec<String>,
    /// How the headers are read
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// Say every enum and enumerator of the headers that could not be read, not only how many
    #[arg(long)]
    pub verbose: bool,
    /// Codes whose name, SDK name, alias or description (in any language) contains every one of
    /// these words, case aside
    #[arg(long, value_name = "WORDS", conflicts_with = "all")]
    pub search: Option<String>,
    /// The arguments after `--`, which are codes whatever they start with (set by the command
    /// line, not an option).
    #[arg(skip)]
    pub after_separator: Vec<String>,
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
    /// A Markdown table, for wikis and pull requests
    Markdown,
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

/// The result of one query: what was asked, every code that matched, and why none did.
#[derive(Clone, Debug)]
pub struct Lookup {
    /// The argument as given, or the words of `--search`; `None` for a listing (`--all`,
    /// `--family`).
    pub query: Option<String>,
    /// Every match, in family order.
    pub rows: Vec<Row>,
    /// Why nothing matched, when nothing did.
    pub missing: Option<String>,
}

/// Runs `rtc-codes explain` with `args` in `environment`, writing the codes to `out` and what was
/// not found to `err`; returns the exit status.
///
/// # Errors
///
/// Those of writing to `out` or `err`.
pub fn run(
    args: &ExplainArgs,
    environment: &Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let (queries, paths) = match queries_and_paths(args) {
        Ok(found) => found,
        Err(message) => {
            writeln!(err, "{message}")?;
            return Ok(status::USAGE);
        }
    };
    let lang = match language(args.lang.as_deref(), environment) {
        Ok(lang) => lang,
        Err(message) => {
            writeln!(err, "rtc-codes explain: {message}")?;
            return Ok(status::USAGE);
        }
    };
    let mut status = status::DONE;
    let paths: Vec<PathBuf> = if paths.is_empty() {
        environment.headers.clone()
    } else {
        paths
    };
    let (every, scope) = if paths.is_empty() {
        (FAMILIES.to_vec(), Scope::Documented)
    } else {
        let (families, read_all) = header_families(&paths, args, err)?;
        if !read_all {
            status = status::NOT_FOUND;
        }
        if args.headers.is_empty() {
            // `RTC_CODES_HEADERS`: the SDK's codes beside the documented ones.
            (
                FAMILIES.iter().copied().chain(families).collect(),
                Scope::Both,
            )
        } else {
            (families, Scope::Headers)
        }
    };
    let lang = match described(lang, &every, scope) {
        Ok(lang) => lang,
        Err(message) => {
            writeln!(err, "rtc-codes explain: {message}")?;
            return Ok(status::USAGE);
        }
    };
    let lang = lang.as_deref();
    let families: Vec<&'static FamilyInfo> = match &args.family {
        Some(name) => match query::family(&every, name) {
            Ok(family) => vec![family],
            Err(message) => {
                let missing = Lookup {
                    query: Some(name.clone()),
                    rows: Vec::new(),
                    missing: Some(message),
                };
                return answer(args.format, lang, &[missing], environment, out, err);
            }
        },
        None => every,
    };
    let lookups: Vec<Lookup> = if let Some(words) = &args.search {
        let rows = search(&families, words);
        let missing = rows.is_empty().then(|| {
            format!(
                "no code {} says `{}`",
                scope.place(&families),
                words.escape_debug()
            )
        });
        vec![Lookup {
            query: Some(words.clone()),
            rows,
            missing,
        }]
    } else if queries.is_empty() {
        vec![Lookup {
            query: None,
            rows: list(&families),
            missing: None,
        }]
    } else {
        queries
            .iter()
            .map(|query| lookup(&families, query, scope))
            .collect()
    };
    let found = answer(args.format, lang, &lookups, environment, out, err)?;
    Ok(status.max(found))
}

/// The codes to look up and the headers to read, from the arguments; `Err` with the message of
/// a usage error.
fn queries_and_paths(args: &ExplainArgs) -> Result<(Vec<String>, Vec<PathBuf>), String> {
    // A negative value comes with the command line's sign of one (see `NEGATIVE`).
    let restore = |argument: &String| match argument.strip_prefix(NEGATIVE) {
        Some(rest) => format!("-{rest}"),
        None => argument.clone(),
    };
    let headers: Vec<String> = args.headers.iter().map(restore).collect();
    let queries_given: Vec<String> = args.queries.iter().map(restore).collect();
    // `--header a.h b.h -1000`: what follows `--header` and is no path is a code.
    let (paths, codes): (Vec<&String>, Vec<&String>) = headers
        .iter()
        .partition(|argument| header_files::is_path(argument));
    // Values may start with `-` (`-0x3e8`); anything else that does is an option, unknown here,
    // but after `--` (which reaches the queries itself once they have begun).
    let given = queries_given.iter().filter(|query| *query != "--");
    if let Some(option) = given.clone().find(|query| {
        query.starts_with('-')
            && parse_value(query).is_none()
            && !args.after_separator.contains(query)
    }) {
        return Err(format!(
            "error: unexpected argument '{option}' found (a code to look up is a value or a name)"
        ));
    }
    let queries: Vec<String> = given.chain(codes).cloned().collect();
    if queries.is_empty() && !args.all && args.family.is_none() && args.search.is_none() {
        return Err(
            "rtc-codes explain: nothing to look up: give codes or names, or --all, --family or --search"
                .to_owned(),
        );
    }
    if !queries.is_empty() && (args.all || args.search.is_some()) {
        return Err(format!(
            "rtc-codes explain: codes to look up and {} cannot be given together",
            if args.all { "--all" } else { "--search" }
        ));
    }
    Ok((queries, paths.into_iter().map(PathBuf::from).collect()))
}

/// Writes `lookups` in `format`, and on `err` why each that found nothing did; the exit status.
fn answer(
    format: Format,
    lang: Option<&str>,
    lookups: &[Lookup],
    environment: &Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    render::lookups(format, lang, lookups, &environment.terminal, out)?;
    let mut status = status::DONE;
    for missing in lookups.iter().filter_map(|lookup| lookup.missing.as_ref()) {
        writeln!(err, "rtc-codes explain: {missing}")?;
        status = status::NOT_FOUND;
    }
    Ok(status)
}

/// The language of the descriptions: `--lang` if `every` describes it (`Err` saying what they
/// describe if not), the environment's where it does (the default where it does not).
fn described(
    lang: Option<Language>,
    every: &[&'static FamilyInfo],
    scope: Scope,
) -> Result<Option<String>, String> {
    match lang {
        Some(Language::Asked(lang)) if !every.iter().any(|family| family.describes(&lang)) => {
            let mut languages: Vec<&str> = every
                .iter()
                .flat_map(|family| family.lang.iter().chain(family.languages).copied())
                .collect();
            languages.sort_unstable();
            languages.dedup();
            Err(format!(
                "no descriptions in `{lang}`; {} described in: {}",
                scope.codes(),
                if languages.is_empty() {
                    "no other language".to_owned()
                } else {
                    languages.join(", ")
                }
            ))
        }
        Some(Language::Asked(lang) | Language::Environment(lang)) => Ok(Some(lang)),
        None => Ok(None),
    }
}

/// Where the language of the descriptions comes from.
enum Language {
    /// `--lang`: the families must have it.
    Asked(String),
    /// The locale variables: used where the families have it.
    Environment(String),
}

/// The language `--lang` asks for (a language tag, or a locale name such as `en_US.UTF-8`), or
/// else the environment's; `Err` when `--lang` is neither.
fn language(asked: Option<&str>, environment: &Environment) -> Result<Option<Language>, String> {
    let Some(asked) = asked else {
        return Ok(environment.language.clone().map(Language::Environment));
    };
    if rtc_codes_rules::tags::check_tag(asked).is_ok() {
        return Ok(Some(Language::Asked(asked.to_owned())));
    }
    match locale_language(asked) {
        Some(tag) if asked.contains(['_', '.', '@']) => Ok(Some(Language::Asked(tag))),
        _ if rtc_codes_rules::tags::is_default_locale(asked) => Ok(None),
        _ => Err(format!(
            "`{}` is not a language tag: write one such as en, en-US or zh-CN (or a locale name such as en_US.UTF-8)",
            asked.escape_debug()
        )),
    }
}

/// How a negative value (`-1000`, `-0x3e8`) of `explain` reaches its parser: with this sign
/// instead of `-`, so that clap reads it as a value and every option may still stand before or
/// after the codes; the queries get their `-` back.
pub const NEGATIVE: char = '\u{2212}';

/// `args` with each negative value of `explain` written with [`NEGATIVE`] (before `--`, after
/// which everything is a code anyway).
pub fn negative_values_as_values(args: Vec<OsString>) -> Vec<OsString> {
    let explain = args.get(1).is_some_and(|arg| arg == "explain");
    let mut separated = false;
    args.into_iter()
        .map(|arg| {
            separated |= arg == "--";
            let text = arg.to_str().unwrap_or_default();
            let negative = text
                .strip_prefix('-')
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
            if explain && !separated && negative {
                OsString::from(format!("{NEGATIVE}{}", &text[1..]))
            } else {
                arg
            }
        })
        .collect()
}

/// Where the codes looked up come from, for the messages.
#[derive(Clone, Copy)]
pub enum Scope {
    /// The documented families.
    Documented,
    /// The enums of `--header`.
    Headers,
    /// The documented families and those of `RTC_CODES_HEADERS`.
    Both,
}

impl Scope {
    fn codes(self) -> &'static str {
        match self {
            Scope::Documented => "the documented codes are",
            Scope::Headers => "the headers' codes are",
            Scope::Both => "the documented codes and the headers' are",
        }
    }

    fn place(self, families: &[&'static FamilyInfo]) -> String {
        match (families, self) {
            ([family], _) => format!("in {}", family.name),
            (_, Scope::Documented) => "in any documented family".to_owned(),
            (_, Scope::Headers) => "in the enums of the headers".to_owned(),
            (_, Scope::Both) => "in any documented family or enum of RTC_CODES_HEADERS".to_owned(),
        }
    }
}

/// The families of the headers at `paths`, imported as `rtc-codes import` reads them, and
/// whether every header could be read; what could not be read is said on `err`.
fn header_families(
    paths: &[PathBuf],
    args: &ExplainArgs,
    err: &mut dyn Write,
) -> io::Result<(Vec<&'static FamilyInfo>, bool)> {
    let imported = reading::import(paths, args.reading.options());
    reading::report(&imported, "explain", "the headers", args.verbose, err)?;
    let read_all = !reading::unreadable(&imported);
    Ok((headers::families(imported), read_all))
}
