#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
// Input comes from headers nobody here has read: nothing may panic on it.
#![warn(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
// A build script's examples are its `fn main`.
#![allow(clippy::needless_doctest_main)]

mod builder;
mod ctypes;
mod declarations;
mod define_lists;
mod diagnostics;
mod doc;
mod emit;
mod encoding;
mod eval;
mod family;
mod lex;
mod macros;
mod model;
mod names;
mod options;
mod parse;
mod pipeline;
mod preprocess;
mod sources;
mod target;
mod types;
mod values;

pub use builder::{BuildError, Builder};
pub use diagnostics::{Diagnostic, Diagnostics, Hint, Kind, Severity};
pub use model::{Alias, Code, Family, Import};
pub use options::{
    CratePath, Definition, Encoding, InvalidOption, LanguageTag, MacroFamily, Options,
};
pub use rtc_codes_rules::SdkCase;
pub use sources::{is_header, EXTENSIONS};
pub use target::{Language, Target};

use diagnostics::Kind as DiagnosticKind;

/// Reads `sources` and imports their enums: what [`Builder::import`] does.
fn import_sources(sources: &[sources::Source], options: &Options) -> Import {
    let mut diagnostics = Diagnostics::default();
    let read = sources::read(sources, options.encoding, &mut diagnostics);
    let names: Vec<String> = read
        .headers
        .iter()
        .map(|header| file_name(&header.name))
        .collect();
    let mut files = read.files;
    let (families, left_unread) =
        pipeline::run(read.headers, options, &mut diagnostics, &mut files);
    if left_unread > 0 {
        let (count, noun) = plural(left_unread, "problem", "problems");
        diagnostics.push(Diagnostic::note(
            DiagnosticKind::Selection,
            format!("{count} {noun} of enums not selected are not reported"),
        ));
    }
    Import {
        families,
        diagnostics,
        files,
        crate_path: options.crate_path.clone(),
        headers: names,
    }
}

/// `count` with the noun that agrees with it.
fn plural(count: usize, one: &'static str, many: &'static str) -> (usize, &'static str) {
    (count, if count == 1 { one } else { many })
}

/// The last component of a path, for the generated comment and docs.
fn file_name(path: &str) -> String {
    std::path::Path::new(path).file_name().map_or_else(
        || path.to_owned(),
        |name| name.to_string_lossy().into_owned(),
    )
}
