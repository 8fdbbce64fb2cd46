//! The one way in: a [`Builder`] over headers (files, folders, texts, bytes) and [`Options`],
//! which imports them ([`Builder::import`]) or, in a build script, writes the source to
//! `OUT_DIR` with everything Cargo needs ([`Builder::write_to_out_dir`]).

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::diagnostics::Diagnostic;
use super::model::Import;
use super::options::Options;
use super::sources::Source;

/// Headers to import, and how.
///
/// ```
/// use rtc_codes_import::{Builder, Options};
///
/// let imported = Builder::new()
///     .text("room.h", "/** Room errors. */\nenum RoomError { kRoomErrorFull = -1, /**< 房间已满。 */ };")
///     .options(Options { closed: true, ..Options::default() })
///     .import();
/// assert_eq!(imported.problems().count(), 0);
/// assert_eq!(imported.families[0].name, "RoomError");
/// assert!(imported.to_source().contains(r#"Full = -1 => "房间已满。","#));
/// ```
#[derive(Clone, Debug, Default)]
pub struct Builder {
    sources: Vec<Source>,
    options: Options,
    acknowledged: Vec<String>,
}

impl Builder {
    /// No headers yet, the default [`Options`].
    #[must_use]
    pub fn new() -> Self {
        Builder::default()
    }

    /// Adds a header file, or a folder whose headers (`.h`, `.hh`, `.hpp`, `.hxx`, at any
    /// depth) are read in the order of their paths.
    #[must_use]
    pub fn header(mut self, path: impl AsRef<Path>) -> Self {
        self.sources.push(Source::Path(path.as_ref().to_owned()));
        self
    }

    /// Adds header files and folders, as [`Builder::header`] does each.
    #[must_use]
    pub fn headers<P: AsRef<Path>>(mut self, paths: impl IntoIterator<Item = P>) -> Self {
        for path in paths {
            self = self.header(path);
        }
        self
    }

    /// Adds a header's text, with the name messages and the source's comment give it.
    #[must_use]
    pub fn text(mut self, name: impl Into<String>, text: impl Into<String>) -> Self {
        self.sources.push(Source::Text {
            name: name.into(),
            text: text.into(),
        });
        self
    }

    /// Adds a header's bytes (standard input, an archive's entry), decoded as its files are.
    #[must_use]
    pub fn bytes(mut self, name: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        self.sources.push(Source::Bytes {
            name: name.into(),
            bytes: bytes.into(),
        });
        self
    }

    /// Imports with `options`.
    #[must_use]
    pub fn options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    /// Accepts the problems of the enum, family or enumerator `name` (its C name), which a
    /// build then neither fails on nor warns about: a known enum the importer cannot read,
    /// say. A name no problem concerns is itself reported, so that a stale acknowledgement
    /// does not hide a later one.
    #[must_use]
    pub fn acknowledge(mut self, name: impl Into<String>) -> Self {
        self.acknowledged.push(name.into());
        self
    }

    /// Reads every header and imports their enums (and the families of
    /// [`Options::macros`]). What cannot be read or imported is in the result's
    /// [`Import::problems`]; the rest is imported.
    #[must_use]
    pub fn import(&self) -> Import {
        super::import_sources(&self.sources, &self.options)
    }

    /// A build script's whole job: imports the headers (for Cargo's `TARGET`, unless
    /// [`Options::target`] names one), prints `cargo:rerun-if-changed` for every file and folder
    /// read, writes the source to `OUT_DIR/file_name` (to
    /// `include!(concat!(env!("OUT_DIR"), "/file_name"))`), prints each note as a
    /// `cargo:warning`, and fails when there are problems not [acknowledged](Self::acknowledge).
    ///
    /// ```no_run
    /// // build.rs
    /// fn main() {
    ///     rtc_codes_import::Builder::new()
    ///         .header("sdk/include")
    ///         .write_to_out_dir("sdk_codes.rs")
    ///         .unwrap_or_else(|error| panic!("{error}"));
    /// }
    /// ```
    ///
    /// # Errors
    ///
    /// [`BuildError`]: `OUT_DIR` is not set or the file cannot be written, or the import has
    /// problems that were not acknowledged (each in the error's message).
    pub fn write_to_out_dir(&self, file_name: impl AsRef<Path>) -> Result<Import, BuildError> {
        let out_dir = std::env::var_os("OUT_DIR").ok_or(BuildError::NoOutDir)?;
        let path = PathBuf::from(out_dir).join(file_name);
        let mut stdout = io::stdout().lock();
        if self.options.target.is_some() {
            return self.write_for_cargo(&path, &mut stdout);
        }
        // The headers are read for the platform the crate is built for, not the build script's.
        let mut builder = self.clone();
        builder.options.target = match super::Target::from_cargo() {
            Some(Ok(target)) => Some(target),
            Some(Err(error)) => return Err(BuildError::Target(error)),
            None => None,
        };
        builder.write_for_cargo(&path, &mut stdout)
    }

    /// [`Builder::write_to_out_dir`] with the file's path and Cargo's output given.
    ///
    /// # Errors
    ///
    /// As [`Builder::write_to_out_dir`].
    pub fn write_for_cargo(
        &self,
        path: &Path,
        cargo: &mut dyn Write,
    ) -> Result<Import, BuildError> {
        let imported = self.import();
        let io_error = |error| BuildError::Io {
            path: path.to_owned(),
            error,
        };
        for file in &imported.files {
            writeln!(cargo, "cargo:rerun-if-changed={}", file.display()).map_err(io_error)?;
        }
        let unacknowledged: Vec<Diagnostic> = imported
            .problems()
            .filter(|problem| !self.acknowledged.iter().any(|name| problem.concerns(name)))
            .cloned()
            .collect();
        let mut stale = Vec::new();
        for name in &self.acknowledged {
            if !imported.problems().any(|problem| problem.concerns(name)) {
                stale.push(name.clone());
            }
        }
        for note in imported.notes() {
            writeln!(cargo, "cargo:warning={note}").map_err(io_error)?;
        }
        for name in &stale {
            writeln!(
                cargo,
                "cargo:warning=`{name}` is acknowledged, but no problem concerns it any more"
            )
            .map_err(io_error)?;
        }
        if !unacknowledged.is_empty() {
            return Err(BuildError::Problems(unacknowledged));
        }
        std::fs::write(path, imported.to_source()).map_err(io_error)?;
        Ok(imported)
    }
}

/// Why [`Builder::write_to_out_dir`] failed.
#[non_exhaustive]
pub enum BuildError {
    /// `OUT_DIR` is not set: not run by Cargo as a build script.
    NoOutDir,
    /// Writing the source (or Cargo's output) failed.
    Io {
        /// The file written.
        path: PathBuf,
        /// The error.
        error: io::Error,
    },
    /// The import has problems no [`Builder::acknowledge`] accepts.
    Problems(Vec<Diagnostic>),
    /// Cargo's `TARGET` names no target the importer knows.
    Target(super::InvalidOption),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::NoOutDir => f.write_str("OUT_DIR is not set: run this from a build script"),
            BuildError::Io { path, error } => {
                write!(f, "cannot write {}: {error}", path.display())
            }
            BuildError::Target(error) => write!(f, "Cargo's TARGET: {error}"),
            BuildError::Problems(problems) => {
                let count = problems.len();
                let noun = if count == 1 { "problem" } else { "problems" };
                write!(
                    f,
                    "the headers have {count} {noun} (acknowledge one by the name of its enum or \
                     enumerator to build without it):"
                )?;
                for problem in problems {
                    write!(f, "\n  {problem}")?;
                }
                Ok(())
            }
        }
    }
}

/// The message itself, so that `fn main() -> Result<(), BuildError>` and `.unwrap()` show it
/// as written.
impl fmt::Debug for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl std::error::Error for BuildError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BuildError::Io { error, .. } => Some(error),
            _ => None,
        }
    }
}
