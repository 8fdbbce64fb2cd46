//! Headers as an SDK ships them, files and folders of them (an `include/` tree), or texts and
//! bytes from elsewhere, read once each in a stable order and decoded into text.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use super::diagnostics::{Diagnostic, Diagnostics, Hint, Kind};
use super::encoding;
use super::options::Encoding;

/// The extensions of C, C++ and Objective-C headers read from a folder.
pub const EXTENSIONS: [&str; 4] = ["h", "hh", "hpp", "hxx"];

/// Where headers come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// A header file, or a folder of them.
    Path(PathBuf),
    /// A header's text, with the name messages give it.
    Text { name: String, text: String },
    /// A header's bytes, in an encoding to detect or [`Options::encoding`](crate::Options).
    Bytes { name: String, bytes: Vec<u8> },
}

/// A header read and decoded.
pub(crate) struct Decoded {
    pub name: String,
    pub text: String,
    /// Where it is on disk, for the headers it includes beside it.
    pub path: Option<PathBuf>,
}

/// What reading the sources gave: the headers' texts, and every file and folder read.
pub(crate) struct Read {
    pub headers: Vec<Decoded>,
    pub files: Vec<PathBuf>,
}

/// Reads and decodes `sources`, each file once however often it is named (a folder that links
/// to itself, or a header named alone and in its folder, is read once). What cannot be read or
/// decoded is added to `diagnostics`.
pub(crate) fn read(
    sources: &[Source],
    forced: Option<Encoding>,
    diagnostics: &mut Diagnostics,
) -> Read {
    let mut walk = Walk {
        forced,
        seen: HashSet::new(),
        files: Vec::new(),
        found: Vec::new(),
        diagnostics,
    };
    for source in sources {
        match source {
            Source::Path(path) if path.is_dir() => walk.folder(path),
            Source::Path(path) => walk.file(path),
            Source::Text { name, text } => walk.found.push(Decoded {
                name: name.clone(),
                text: text.clone(),
                path: None,
            }),
            Source::Bytes { name, bytes } => {
                let text = decode(name, bytes, forced, walk.diagnostics);
                walk.found.push(Decoded {
                    name: name.clone(),
                    text,
                    path: None,
                });
            }
        }
    }
    Read {
        headers: walk.found,
        files: walk.files,
    }
}

struct Walk<'d> {
    forced: Option<Encoding>,
    /// The canonical paths of the files and folders read so far.
    seen: HashSet<PathBuf>,
    files: Vec<PathBuf>,
    found: Vec<Decoded>,
    diagnostics: &'d mut Diagnostics,
}

impl Walk<'_> {
    /// Whether `path` is read for the first time (by its canonical path, where it has one).
    fn first_time(&mut self, path: &Path) -> bool {
        let canonical = path.canonicalize().unwrap_or_else(|_| path.to_owned());
        self.seen.insert(canonical)
    }

    fn unreadable(&mut self, path: &Path, error: &io::Error) {
        let name = path.display().to_string();
        self.diagnostics.push(
            Diagnostic::problem(Kind::Unreadable, format!("cannot read {name}: {error}"))
                .named(Some(&name)),
        );
    }

    fn file(&mut self, path: &Path) {
        if !self.first_time(path) {
            return;
        }
        self.files.push(path.to_owned());
        match std::fs::read(path) {
            Ok(bytes) => {
                let name = path.display().to_string();
                let text = decode(&name, &bytes, self.forced, self.diagnostics);
                self.found.push(Decoded {
                    name,
                    text,
                    path: Some(path.to_owned()),
                });
            }
            Err(error) => self.unreadable(path, &error),
        }
    }

    /// The headers under `folder` ([`EXTENSIONS`]), at any depth, sorted by path; a folder
    /// without headers is a problem.
    fn folder(&mut self, folder: &Path) {
        if !self.first_time(folder) {
            return;
        }
        let mut headers = Vec::new();
        let mut folders = Vec::new();
        if let Err(error) = self.headers_under(folder, &mut headers, &mut folders) {
            self.unreadable(folder, &error);
            return;
        }
        self.files.push(folder.to_owned());
        self.files.extend(folders);
        if headers.is_empty() {
            let error = io::Error::new(
                io::ErrorKind::NotFound,
                "the folder has no header (.h, .hh, .hpp, .hxx)",
            );
            self.unreadable(folder, &error);
        }
        headers.sort();
        for header in headers {
            self.file(&header);
        }
    }

    /// Adds the headers under `folder` to `headers` and its folders to `folders`, each folder
    /// once (a link to a folder above it is not followed again).
    fn headers_under(
        &mut self,
        folder: &Path,
        headers: &mut Vec<PathBuf>,
        folders: &mut Vec<PathBuf>,
    ) -> io::Result<()> {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)?
            .map(|entry| entry.map(|entry| entry.path()))
            .collect::<io::Result<_>>()?;
        entries.sort();
        for path in entries {
            if path.is_dir() {
                if self.first_time(&path) {
                    folders.push(path.clone());
                    self.headers_under(&path, headers, folders)?;
                }
            } else if is_header(&path) {
                headers.push(path);
            }
        }
        Ok(())
    }
}

/// Whether `path` has a header's extension ([`EXTENSIONS`]).
#[must_use]
pub fn is_header(path: &Path) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| EXTENSIONS.contains(&extension))
}

/// The text of the header `name` of `bytes`, in `forced` or its own detected encoding; a guess
/// is a note, and bytes that are not valid in the encoding a problem at the first of them.
pub(crate) fn decode(
    name: &str,
    bytes: &[u8],
    forced: Option<Encoding>,
    diagnostics: &mut Diagnostics,
) -> String {
    let decoded = encoding::decode(bytes, forced.map(Encoding::get));
    let encoding = decoded.encoding.name();
    if decoded.guessed {
        diagnostics.push(
            Diagnostic::note(
                Kind::Encoding,
                format!("not UTF-8: read as {encoding}, the encoding its bytes suggest"),
            )
            .at(name, 1)
            .hinted(Some(Hint::Encoding)),
        );
    }
    if let Some(line) = decoded.malformed_at {
        diagnostics.push(
            Diagnostic::problem(
                Kind::Encoding,
                format!("not valid {encoding}: the bytes that are not were read as U+FFFD"),
            )
            .at(name, line)
            .hinted(Some(Hint::Encoding)),
        );
    }
    decoded.text
}
