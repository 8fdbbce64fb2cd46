//! What the command's tests share.

use std::fs;
use std::path::{Path, PathBuf};

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

/// The importer's test headers, which the command reads too.
pub fn headers() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../import/tests/headers")
}
