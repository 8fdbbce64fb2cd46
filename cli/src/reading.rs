//! The options of `rtc-codes` that change how headers are read, written once for every
//! subcommand that reads headers, parsed into the importer's typed options (so that a bad value
//! is a usage error before any header is read); and the headers read, with what the command says
//! of them.

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Args;
use rtc_codes_import::{
    Builder, Definition, Diagnostic, Encoding, Hint, Import, Kind, Language, MacroFamily, Options,
    Target,
};

/// The options that change how headers are read, shared by every subcommand that reads them.
#[derive(Clone, Debug, Default, Args)]
pub struct ReadingArgs {
    /// The headers' encoding (gb18030, gbk, big5, `shift_jis`, utf-16le, latin1, ...); detected
    /// for each header when absent
    #[arg(long, value_name = "NAME")]
    pub encoding: Option<Encoding>,
    /// Define a macro before the headers are read, as `cc -D` does (repeat for more):
    /// `--define _WIN32`, `--define DEMO_SHIFT=16` or `--define 'MAKE(a,b)=((a)<<8|(b))'`
    #[arg(long = "define", short = 'D', value_name = "NAME[=VALUE]")]
    pub defines: Vec<Definition>,
    /// A family of the headers' `#define`s whose names start with PREFIX (repeat for more), such
    /// as `--macros DemoCodecError=DEMO_CODEC_`; `,-PREFIX` leaves some out
    #[arg(long = "macros", value_name = "FAMILY=PREFIX")]
    pub macros: Vec<MacroFamily>,
    /// The platform the headers are read for, as a Rust target triple (its macros, the width of
    /// `long`): `x86_64-pc-windows-msvc`, `aarch64-apple-ios`, `aarch64-linux-android`, ...;
    /// this machine's when absent
    #[arg(long, value_name = "TRIPLE")]
    pub target: Option<Target>,
    /// A folder `#include` searches after the including header's own (repeat for more), as
    /// `cc -I`
    #[arg(long = "include", short = 'I', value_name = "FOLDER")]
    pub include_dirs: Vec<PathBuf>,
    /// The language of every header (c, c++, objective-c, objective-c++); each header's own
    /// (by its extension and what it uses) when absent
    #[arg(long, value_name = "LANGUAGE")]
    pub language: Option<Language>,
}

impl ReadingArgs {
    /// The importer's options with these set.
    #[must_use]
    pub fn options(&self) -> Options {
        Options {
            encoding: self.encoding,
            defines: self.defines.clone(),
            macros: self.macros.clone(),
            target: self.target.clone(),
            include_dirs: self.include_dirs.clone(),
            language: self.language,
            ..Options::default()
        }
    }
}

/// The headers and folders of `paths` (`-` for standard input), imported with `options`.
pub fn import(paths: &[PathBuf], options: Options) -> Import {
    let mut builder = Builder::new().options(options);
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            match io::Read::read_to_end(&mut io::stdin().lock(), &mut bytes) {
                Ok(_) => builder = builder.bytes("<stdin>", bytes),
                // Read as a path, it is reported as a header that cannot be read.
                Err(_) => builder = builder.header(path),
            }
        } else {
            builder = builder.header(path);
        }
    }
    builder.import()
}

/// Whether a header or folder of the import could not be read at all.
#[must_use]
pub fn unreadable(imported: &Import) -> bool {
    imported
        .problems()
        .any(|problem| problem.kind == Kind::Unreadable)
}

/// A diagnostic as the command writes it: the importer's message, and what to type about it.
pub struct Said<'d>(pub &'d Diagnostic);

impl std::fmt::Display for Said<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.0.location(), self.0.message)?;
        match &self.0.hint {
            Some(Hint::Define {
                name,
                function_like: false,
            }) => write!(f, " (--define {name}=VALUE)"),
            Some(Hint::Define {
                name,
                function_like: true,
            }) => write!(f, " (--define '{name}(PARAMS)=VALUE')"),
            Some(Hint::MacroFamily) => f.write_str(" (--macros FAMILY=PREFIX)"),
            Some(Hint::DefineType { name }) => write!(f, " (--define {name}=int)"),
            Some(Hint::Condition { macros }) => {
                let options: Vec<String> = macros
                    .iter()
                    .map(|name| format!("--define {name}"))
                    .collect();
                write!(f, " ({}, or --target)", options.join(", "))
            }
            Some(Hint::Encoding) => f.write_str(" (--encoding NAME)"),
            _ => Ok(()),
        }
    }
}

/// Says on `err` what `rtc-codes COMMAND` could not read of the headers `which` names (`OLD`,
/// the headers): each header that cannot be read at all, and what the importer left out in one
/// line (each problem and note with `verbose`).
///
/// # Errors
///
/// Those of writing to `err`.
pub fn report(
    imported: &Import,
    command: &str,
    which: &str,
    verbose: bool,
    err: &mut dyn Write,
) -> io::Result<()> {
    let (unreadable, left_out): (Vec<&Diagnostic>, Vec<&Diagnostic>) = imported
        .problems()
        .partition(|problem| problem.kind == Kind::Unreadable);
    for problem in unreadable {
        writeln!(err, "rtc-codes {command}: {}", Said(problem))?;
    }
    if verbose {
        for note in imported.notes() {
            writeln!(err, "rtc-codes {command}: note: {}", Said(note))?;
        }
        for problem in &left_out {
            writeln!(err, "rtc-codes {command}: {}", Said(problem))?;
        }
    } else if !left_out.is_empty() {
        let count = left_out.len();
        let noun = if count == 1 { "thing" } else { "things" };
        writeln!(
            err,
            "rtc-codes {command}: note: {count} {noun} of {which} could not be read (enums or enumerators left out): --verbose lists them, as `rtc-codes import` does",
        )?;
    }
    Ok(())
}
