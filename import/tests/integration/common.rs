//! What the importer's tests share.

use std::fs;
use std::path::Path;

use rtc_codes_import::{Builder, Family, Import, Options};

/// Compares `found` with the expected output at `path`, or, with `RTC_CODES_BLESS` set, writes it
/// there; returns the mismatch to report, if any.
pub fn expect_or_bless(name: &str, path: &Path, found: &str) -> Option<String> {
    if std::env::var_os("RTC_CODES_BLESS").is_some() {
        fs::write(path, found).expect("writable");
        return None;
    }
    let expected = fs::read_to_string(path).unwrap_or_default();
    (expected != found).then(|| format!("{name}:\n--- expected\n{expected}\n--- found\n{found}"))
}

/// The import of headers given as `(name, text)`.
pub fn import(headers: &[(&str, &str)], options: &Options) -> Import {
    headers
        .iter()
        .fold(Builder::new(), |builder, (name, text)| {
            builder.text(*name, *text)
        })
        .options(on_linux(options))
        .import()
}

/// `options` for the target the expected outputs were written for (`sizeof(long)` is 8
/// there), unless they name one.
pub fn on_linux(options: &Options) -> Options {
    let mut options = options.clone();
    if options.target.is_none() {
        options.target = Some("x86_64-unknown-linux-gnu".parse().expect("a target"));
    }
    options
}

/// The import of headers given as `(name, bytes)`.
pub fn import_bytes(headers: &[(&str, &[u8])], options: &Options) -> Import {
    headers
        .iter()
        .fold(Builder::new(), |builder, (name, bytes)| {
            builder.bytes(*name, *bytes)
        })
        .options(on_linux(options))
        .import()
}

/// Each problem of `imported` as it is displayed.
pub fn messages(imported: &Import) -> Vec<String> {
    imported.problems().map(ToString::to_string).collect()
}

/// Each code of `family` as `(SDK name, value, description)`.
pub fn codes(family: &Family) -> Vec<(&str, i128, &str)> {
    family
        .codes
        .iter()
        .map(|code| {
            (
                code.sdk_name.as_str(),
                code.value,
                code.description.as_str(),
            )
        })
        .collect()
}
