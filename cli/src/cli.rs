//! The command line of `rtc-codes`: its subcommands and options, and [`run`].

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::diff::{self, DiffArgs};
use crate::environment::Environment;
use crate::explain::{self, ExplainArgs};
pub use crate::reading::ReadingArgs;
use crate::reading::{self, Said};
use crate::shells::{self, CompletionsArgs, ManArgs};
pub use crate::status;
use rtc_codes_import::{CratePath, LanguageTag, Options};

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
    /// List the codes added, removed, renumbered or renamed between two versions of headers
    Diff(DiffArgs),
    /// Write a shell's completions of `rtc-codes` to standard output
    Completions(CompletionsArgs),
    /// Write the manual page of `rtc-codes` (roff), or of one of its subcommands, to standard
    /// output
    Man(ManArgs),
}

/// The arguments of `rtc-codes import`.
#[derive(Clone, Debug, Args)]
#[command(
    after_help = "Reads `enum`, `enum class X : type`, `typedef enum { ... } X`, \
                  `typedef NS_ENUM(type, X)` and `NS_ERROR_ENUM(Domain)` declarations (and, with \
                  --macros, lists of `#define`s), expanding the macros the headers define, with \
                  their doc comments (Doxygen, Javadoc, HeaderDoc, gtk-doc) as descriptions, and \
                  writes one `rtc_codes!` invocation to standard output. What cannot be read is \
                  reported on standard error with its file and line, and makes the exit status 1.

Examples:
  rtc-codes import include/ErrorCode.h --enum ErrorCode > src/codes.rs
  rtc-codes import include/codec.h --macros CodecError=CODEC_E,-CODEC_E_MAX > src/codec.rs"
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
    #[arg(long, value_name = "LANG", default_value = LanguageTag::DEFAULT)]
    pub lang_default: LanguageTag,
    /// The path of the rtc-codes crate where the source is included (for a renamed dependency)
    #[arg(long, value_name = "PATH", default_value = "rtc_codes")]
    pub crate_path: CratePath,
    /// How the headers are read
    #[command(flatten)]
    pub reading: ReadingArgs,
}

/// Runs `rtc-codes` with `args` (the program name first), writing to `out` and `err`, as in an
/// empty environment (no terminal, no locale, no `RTC_CODES_HEADERS`); returns the exit status.
pub fn run(args: Vec<OsString>, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    run_in(args, &Environment::none(), out, err)
}

/// Runs `rtc-codes` with `args` (the program name first) in `environment` (the process's, for the
/// command itself: [`Environment::of_process`]), writing to `out` and `err`; returns the exit
/// status.
pub fn run_in(
    args: Vec<OsString>,
    environment: &Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    match run_inner(args, environment, out, err) {
        Ok(status) => status,
        // The output went away (a closed pipe, say): nothing more can be said.
        Err(_) => status::NOT_FOUND,
    }
}

fn run_inner(
    args: Vec<OsString>,
    environment: &Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    let subcommand = args.get(1).and_then(|arg| arg.to_str()).map(str::to_owned);
    let after_separator: Vec<String> = args
        .iter()
        .skip_while(|arg| *arg != "--")
        .skip(1)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let args = explain::negative_values_as_values(args);
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
        Command::Explain(mut args) => {
            args.after_separator = after_separator;
            let status = explain::run(&args, environment, out, err)?;
            if status == status::USAGE {
                writeln!(err, "\n{}", usage(Some("explain")))?;
            }
            Ok(status)
        }
        Command::Import(args) => run_import(&args, out, err),
        Command::Diff(args) => {
            let status = diff::run(&args, environment, out, err)?;
            if status == status::USAGE {
                writeln!(err, "\n{}", usage(Some("diff")))?;
            }
            Ok(status)
        }
        Command::Completions(args) => {
            shells::completions(&args, &mut Cli::command(), out);
            Ok(status::DONE)
        }
        Command::Man(args) => shells::man(&args, Cli::command(), out, err),
    }
}

/// `rtc-codes import`: the source on `out`, each problem on `err`.
fn run_import(args: &ImportArgs, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    let options = Options {
        enums: args.enums.clone(),
        closed: args.closed,
        default_language: args.lang_default.clone(),
        crate_path: args.crate_path.clone(),
        ..args.reading.options()
    };
    let imported = reading::import(&args.headers, options);
    out.write_all(imported.to_source().as_bytes())?;
    for note in imported.notes() {
        writeln!(err, "rtc-codes import: note: {}", Said(note))?;
    }
    for problem in imported.problems() {
        writeln!(err, "rtc-codes import: {}", Said(problem))?;
    }
    Ok(
        if imported.problems().next().is_none() && !imported.families.is_empty() {
            status::DONE
        } else {
            status::NOT_FOUND
        },
    )
}

/// The usage lines of `subcommand`, or of the command when it is not one.
fn usage(subcommand: Option<&str>) -> String {
    let mut command = Cli::command();
    command.build();
    let usage = match subcommand.and_then(|name| command.find_subcommand_mut(name)) {
        Some(subcommand) => subcommand.render_usage(),
        None => command.render_usage(),
    };
    format!("{usage}\n")
}
