//! `explain`: look up SDK codes by value or name, or list whole families.
//!
//! ```text
//! explain [--format table|json|tsv] [--lang LANG] [--family NAME] <code or name>...
//! explain [--format table|json|tsv] --family NAME
//! explain [--format table|json|tsv] --all
//! ```
//!
//! Exit status: 0 when everything was found, 1 when something was not, 2 for bad usage.

mod args;
pub mod render;

use std::ffi::OsString;
use std::io::{self, Write};

use rtc_codes::{CodeInfo, FamilyInfo, FAMILIES};

pub use args::{Args, Format, Request, UsageError};

/// The usage text printed with `--help` and after a usage error.
pub const USAGE: &str = "\
Usage: explain [OPTIONS] <CODE OR NAME>...
       explain [OPTIONS] --family NAME
       explain [OPTIONS] --all

Looks up real-time audio/video SDK codes by value (-1000) or by name (InvalidToken,
kErrorCodeInvalidToken) in every documented family, or lists a family or all of them.

Options:
  --family NAME    only this family (e.g. ErrorCode); alone, list it
  --all            list every family
  --format FORMAT  table (default), json or tsv
  --lang LANG      descriptions in LANG (en) instead of the documented Chinese
  -h, --help       print this help

A negative value can be given as it is (explain -1000), or after `--`.
Exit status: 0 when everything was found, 1 when something was not, 2 for bad usage.
";

/// The process exit status for success, something not found, and bad usage.
pub mod status {
    /// Everything asked for was found.
    pub const FOUND: i32 = 0;
    /// Something asked for was not found.
    pub const NOT_FOUND: i32 = 1;
    /// The arguments were not understood.
    pub const USAGE: i32 = 2;
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

/// Runs `explain` with `args` (without the program name), writing to `out` and `err`; returns
/// the exit status.
pub fn run(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match run_inner(args, out, err) {
        Ok(status) => status,
        // The output went away (a closed pipe, say): nothing more can be said.
        Err(_) => status::NOT_FOUND,
    }
}

fn run_inner(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let args = match Args::parse(args) {
        Ok(args) => args,
        Err(UsageError::Help) => {
            out.write_all(USAGE.as_bytes())?;
            return Ok(status::FOUND);
        }
        Err(error) => {
            writeln!(err, "explain: {error}\n")?;
            err.write_all(USAGE.as_bytes())?;
            return Ok(status::USAGE);
        }
    };
    if let Some(lang) = &args.lang {
        let known = FAMILIES
            .iter()
            .any(|family| family.languages.contains(&lang.as_str()));
        if !known {
            let mut languages: Vec<&str> = FAMILIES
                .iter()
                .flat_map(|family| family.languages.iter().copied())
                .collect();
            languages.sort_unstable();
            languages.dedup();
            writeln!(
                err,
                "explain: no descriptions in `{lang}`; besides the documented Chinese there are: {}\n",
                languages.join(", ")
            )?;
            err.write_all(USAGE.as_bytes())?;
            return Ok(status::USAGE);
        }
    }
    let lang = args.lang.as_deref();
    let families: Vec<&'static FamilyInfo> = if let Some(name) = &args.family {
        let Some(family) = rtc_codes::family(name) else {
            let names: Vec<&str> = FAMILIES.iter().map(|family| family.name).collect();
            writeln!(
                err,
                "explain: no family is named `{name}`; the families are: {}",
                names.join(", ")
            )?;
            return Ok(status::NOT_FOUND);
        };
        vec![family]
    } else {
        FAMILIES.to_vec()
    };
    match &args.request {
        Request::List => {
            let rows = list(&families);
            render::listing(args.format, lang, &rows, out)?;
            Ok(status::FOUND)
        }
        Request::Lookup(queries) => {
            let lookups: Vec<Lookup> = queries
                .iter()
                .map(|query| lookup(&families, query))
                .collect();
            render::lookups(args.format, lang, &lookups, out)?;
            let mut status = status::FOUND;
            for missing in lookups.iter().filter(|lookup| lookup.rows.is_empty()) {
                writeln!(
                    err,
                    "explain: {}",
                    not_found_message(&families, &missing.query)
                )?;
                status = status::NOT_FOUND;
            }
            Ok(status)
        }
    }
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

/// A decimal value with an optional sign; `None` for anything else (a name).
fn parse_value(query: &str) -> Option<i64> {
    let digits = query.strip_prefix(['-', '+']).unwrap_or(query);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Too large for any family: it cannot match, which is reported as "not found".
    Some(query.parse::<i64>().unwrap_or(i64::MAX))
}

/// Why `query` found nothing, with names that differ only in case as suggestions.
fn not_found_message(families: &[&'static FamilyInfo], query: &str) -> String {
    let scope = match families {
        [family] => format!("in {}", family.name),
        _ => "in any documented family".to_owned(),
    };
    if parse_value(query).is_some() {
        return format!("no code has the value {query} {scope}");
    }
    let mut suggestions: Vec<&str> = families
        .iter()
        .flat_map(|family| family.codes.iter())
        .flat_map(|code| {
            [code.name, code.sdk_name]
                .into_iter()
                .chain(code.aliases.iter().copied())
        })
        .filter(|name| name.eq_ignore_ascii_case(query))
        .collect();
    suggestions.sort_unstable();
    suggestions.dedup();
    let mut message = format!("no code is named `{}` {scope}", query.escape_debug());
    if !suggestions.is_empty() {
        message.push_str(" (names are case-sensitive: did you mean ");
        message.push_str(&suggestions.join(", "));
        message.push_str("?)");
    }
    message
}
