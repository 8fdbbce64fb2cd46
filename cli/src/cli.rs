//! The command line of `rtc-codes`: its subcommands and options, and [`run`].

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use crate::explain;
use crate::import;

/// The process exit status: everything found or done, something not found or not importable,
/// bad usage.
pub mod status {
    /// Everything asked for was found or done.
    pub const DONE: i32 = 0;
    /// Something asked for was not found, or a header construct could not be imported.
    pub const NOT_FOUND: i32 = 1;
    /// The arguments were not understood.
    pub const USAGE: i32 = 2;
}

/// `rtc-codes`: look up real-time audio/video SDK codes, and import the code enums of headers.
#[derive(Debug, Parser)]
#[command(
    name = "rtc-codes",
    version,
    about = "Look up real-time audio/video SDK codes, and import the code enums of SDK headers",
    after_help = "Exit status: 0 when everything was found or done, 1 when something was not \
                  found or could not be imported, 2 for bad usage."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// A subcommand.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Look up codes by value or name in every documented family, or list families
    Explain(ExplainArgs),
    /// Write `rtc_codes!` declarations for the code enums of C, C++ and Objective-C headers
    Import(ImportArgs),
}

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

/// The arguments of `rtc-codes import`.
#[derive(Clone, Debug, Args)]
#[command(
    after_help = "Reads `enum`, `enum class X : type`, `typedef enum { ... } X` and \
                        `typedef NS_ENUM(type, X)` declarations, with their doc comments as \
                        descriptions, and writes one `rtc_codes!` invocation to standard output. \
                        What cannot be read is reported on standard error with its file and \
                        line, and makes the exit status 1.

Example:
  rtc-codes import include/ErrorCode.h --enum ErrorCode > src/codes.rs"
)]
pub struct ImportArgs {
    /// The headers to read (`-` for standard input)
    #[arg(value_name = "HEADER", required = true)]
    pub headers: Vec<PathBuf>,
    /// Import only this enum (repeat for more); every enum when absent
    #[arg(long = "enum", value_name = "NAME")]
    pub enums: Vec<String>,
    /// Declare closed families (no catch-all for undeclared values)
    #[arg(long)]
    pub closed: bool,
    /// The language of the comments' unmarked text, which becomes the default description
    #[arg(long, value_name = "LANG", default_value = import::DEFAULT_LANGUAGE)]
    pub lang_default: String,
    /// The path of the rtc-codes crate where the source is included (for a renamed dependency)
    #[arg(long, value_name = "PATH", default_value = "rtc_codes")]
    pub crate_path: String,
}

/// Runs `rtc-codes` with `args` (the program name first), writing to `out` and `err`; returns
/// the exit status.
pub fn run(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    match run_inner(args, out, err) {
        Ok(status) => status,
        // The output went away (a closed pipe, say): nothing more can be said.
        Err(_) => status::NOT_FOUND,
    }
}

fn run_inner(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let subcommand = args.get(1).and_then(|arg| arg.to_str()).map(str::to_owned);
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let help = matches!(
                error.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayVersion
            );
            let mut text = error.render().to_string();
            if !help && !text.contains("Usage:") {
                text.push('\n');
                text.push_str(&usage(subcommand.as_deref()));
            }
            return if help {
                out.write_all(text.as_bytes())?;
                Ok(status::DONE)
            } else {
                err.write_all(text.as_bytes())?;
                Ok(status::USAGE)
            };
        }
    };
    match cli.command {
        Command::Explain(args) => explain::run(&args, out, err),
        Command::Import(args) => run_import(&args, out, err),
    }
}

/// `rtc-codes import`: the source on `out`, each problem on `err`.
fn run_import(args: &ImportArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let options = import::Options {
        enums: args.enums.clone(),
        closed: args.closed,
        default_language: args.lang_default.clone(),
        crate_path: args.crate_path.clone(),
    };
    let mut read = Vec::new();
    let mut unreadable = Vec::new();
    for path in &args.headers {
        let (name, bytes) = if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            let read = io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes);
            ("<stdin>".to_owned(), read.map(|_| bytes))
        } else {
            (path.display().to_string(), std::fs::read(path))
        };
        match bytes {
            Ok(bytes) => read.push((name, bytes)),
            Err(error) => unreadable.push(format!("cannot read {name}: {error}")),
        }
    }
    let headers: Vec<(&str, &[u8])> = read
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    let imported = import::import_bytes(&headers, &options);
    for message in &unreadable {
        writeln!(err, "rtc-codes import: {message}")?;
    }
    out.write_all(imported.to_source().as_bytes())?;
    for problem in &imported.problems {
        writeln!(err, "rtc-codes import: {problem}")?;
    }
    Ok(
        if imported.problems.is_empty() && !imported.families.is_empty() {
            status::DONE
        } else {
            if imported.families.is_empty() && imported.problems.is_empty() {
                writeln!(err, "rtc-codes import: no enum found in the headers")?;
            }
            status::NOT_FOUND
        },
    )
}

/// The usage lines of `subcommand`, or of the command when it is not one.
pub(crate) fn usage(subcommand: Option<&str>) -> String {
    let mut command = Cli::command();
    command.build();
    let usage = match subcommand.and_then(|name| command.find_subcommand_mut(name)) {
        Some(subcommand) => subcommand.render_usage(),
        None => command.render_usage(),
    };
    format!("{usage}\n")
}
