//! `rtc-codes explain`: look up SDK codes by value or name, or list whole families.
//!
//! The lookups are functions over [`FamilyInfo`]s, so they work on any set of families; the
//! command uses the documented ones ([`rtc_codes::FAMILIES`]).

pub mod render;
mod suggest;

use std::io::{self, Write};

use clap::{Args, ValueEnum};
use rtc_codes::{CodeInfo, FamilyInfo, FAMILIES};

use crate::status;

/// The arguments of `rtc-codes explain`.
#[derive(Clone, Debug, Args)]
#[command(after_help = "Examples:
  rtc-codes explain -1000                       every family's code -1000
  rtc-codes explain 0x3e8 kErrorCodeInvalidToken
  rtc-codes explain --family ErrorCode          list one family
  rtc-codes explain --all --format tsv          everything, tab-separated
  rtc-codes explain --lang en -1000             the English description

A negative hexadecimal value goes after `--`: rtc-codes explain -- -0x3e8.
Exit status: 0 when everything was found, 1 when something was not, 2 for bad usage.")]
pub struct ExplainArgs {
    /// Values (-1000, 0x3e8) or names (a Rust name, an SDK name or an alias) to look up
    #[arg(
        value_name = "CODE OR NAME",
        allow_negative_numbers = true,
        required_unless_present_any = ["all", "family"],
        conflicts_with = "all"
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
    /// Descriptions in LANG (such as en) instead of the documented Chinese
    #[arg(long, value_name = "LANG")]
    pub lang: Option<String>,
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

    /// The path of the code from the crate root, such as `rtc_codes::ErrorCode::InvalidToken`.
    #[must_use]
    pub fn rust_path(&self) -> String {
        let krate = self
            .family
            .module_path
            .split("::")
            .next()
            .unwrap_or_default();
        format!("{krate}::{}::{}", self.family.name, self.code.name)
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
    if let Some(lang) = &args.lang {
        let known = FAMILIES.iter().any(|family| family.describes(lang));
        if !known {
            let mut languages: Vec<&str> = FAMILIES
                .iter()
                .flat_map(|family| family.lang.iter().chain(family.languages).copied())
                .collect();
            languages.sort_unstable();
            languages.dedup();
            writeln!(
                err,
                "rtc-codes explain: no descriptions in `{lang}`; the documented codes are described in: {}",
                languages.join(", ")
            )?;
            return Ok(status::USAGE);
        }
    }
    let lang = args.lang.as_deref();
    let families: Vec<&'static FamilyInfo> = if let Some(name) = &args.family {
        let Some(family) = rtc_codes::family(name) else {
            let names: Vec<&str> = FAMILIES.iter().map(|family| family.name).collect();
            writeln!(
                err,
                "rtc-codes explain: no family is named `{name}`; the families are: {}",
                names.join(", ")
            )?;
            return Ok(status::NOT_FOUND);
        };
        vec![family]
    } else {
        FAMILIES.to_vec()
    };
    if args.queries.is_empty() {
        let rows = list(&families);
        render::listing(args.format, lang, &rows, out)?;
        return Ok(status::DONE);
    }
    let lookups: Vec<Lookup> = args
        .queries
        .iter()
        .map(|query| lookup(&families, query))
        .collect();
    render::lookups(args.format, lang, &lookups, out)?;
    let mut status = status::DONE;
    for missing in lookups.iter().filter(|lookup| lookup.rows.is_empty()) {
        writeln!(
            err,
            "rtc-codes explain: {}",
            not_found_message(&families, &missing.query)
        )?;
        status = status::NOT_FOUND;
    }
    Ok(status)
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
fn not_found_message(families: &[&'static FamilyInfo], query: &str) -> String {
    let scope = match families {
        [family] => format!("in {}", family.name),
        _ => "in any documented family".to_owned(),
    };
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
