//! Headers as an SDK ships them: files, and folders of them (an `include/` tree), read in a
//! stable order for the importer.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::import::{self, Import, Options};

/// The extensions of C, C++ and Objective-C headers read from a folder.
pub const EXTENSIONS: [&str; 4] = ["h", "hh", "hpp", "hxx"];

/// The headers of `paths`, each with its bytes or the error of reading it: a file as it is; a
/// folder's headers ([`EXTENSIONS`]) under it, at any depth, sorted by path. A folder without
/// headers is an error of its own.
#[must_use]
pub fn read(paths: &[PathBuf]) -> Vec<(String, io::Result<Vec<u8>>)> {
    let mut read = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found = Vec::new();
            if let Err(error) = headers_under(path, &mut found) {
                read.push((path.display().to_string(), Err(error)));
                continue;
            }
            if found.is_empty() {
                let error = io::Error::new(
                    io::ErrorKind::NotFound,
                    "the folder has no header (.h, .hh, .hpp, .hxx)",
                );
                read.push((path.display().to_string(), Err(error)));
            }
            found.sort();
            for header in found {
                let bytes = std::fs::read(&header);
                read.push((header.display().to_string(), bytes));
            }
        } else {
            read.push((path.display().to_string(), std::fs::read(path)));
        }
    }
    read
}

/// The headers of `paths` (see [`read`]) as read: their import with `options`, and a message for
/// each header that could not be read at all (which the import leaves out).
#[must_use]
pub fn import(paths: &[PathBuf], options: &Options) -> Read {
    let mut unreadable = Vec::new();
    let mut headers = Vec::new();
    for (name, bytes) in read(paths) {
        match bytes {
            Ok(bytes) => headers.push((name, bytes)),
            Err(error) => unreadable.push(format!("cannot read {name}: {error}")),
        }
    }
    let named: Vec<(&str, &[u8])> = headers
        .iter()
        .map(|(name, bytes)| (name.as_str(), bytes.as_slice()))
        .collect();
    Read {
        imported: import::import_bytes(&named, options),
        unreadable,
    }
}

/// Headers as [`import()`] read them.
pub struct Read {
    /// The families of the headers that could be read, and what the importer left out of them.
    pub imported: Import,
    /// Why each header that could not be read at all was not.
    pub unreadable: Vec<String>,
}

impl Read {
    /// Says on `err` what `rtc-codes COMMAND` could not read of the headers `which` names
    /// (`OLD`, the headers): each header that cannot be read at all, and what the importer left
    /// out in one line (each problem with `verbose`).
    ///
    /// # Errors
    ///
    /// Those of writing to `err`.
    pub fn report(
        &self,
        command: &str,
        which: &str,
        verbose: bool,
        err: &mut dyn Write,
    ) -> io::Result<()> {
        for message in &self.unreadable {
            writeln!(err, "rtc-codes {command}: {message}")?;
        }
        let problems = &self.imported.problems;
        if verbose {
            for note in &self.imported.notes {
                writeln!(err, "rtc-codes {command}: note: {note}")?;
            }
            for problem in problems {
                writeln!(err, "rtc-codes {command}: {problem}")?;
            }
        } else if !problems.is_empty() {
            writeln!(
                err,
                "rtc-codes {command}: note: {} thing(s) of {which} could not be read (enums or enumerators left out): --verbose lists them, as `rtc-codes import` does",
                problems.len()
            )?;
        }
        Ok(())
    }
}

/// Adds the headers under `folder` to `found`.
fn headers_under(folder: &Path, found: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in std::fs::read_dir(folder)? {
        let path = entry?.path();
        if path.is_dir() {
            headers_under(&path, found)?;
        } else if path
            .extension()
            .and_then(|extension| extension.to_str())
            .is_some_and(|extension| EXTENSIONS.contains(&extension))
        {
            found.push(path);
        }
    }
    Ok(())
}

/// Whether a command-line argument names a header or a folder rather than a code: it exists, or
/// it has a path separator or a header's extension.
#[must_use]
pub fn is_path(argument: &str) -> bool {
    let path = Path::new(argument);
    path.exists()
        || argument.contains(['/', std::path::MAIN_SEPARATOR])
        || path
            .extension()
            .and_then(|extension| extension.to_str())
            .is_some_and(|extension| EXTENSIONS.contains(&extension))
}
