//! Which command-line arguments name headers.

use std::path::Path;

/// Whether a command-line argument names a header or a folder rather than a code: it exists, or
/// it has a path separator or a header's extension.
#[must_use]
pub fn is_path(argument: &str) -> bool {
    let path = Path::new(argument);
    path.exists()
        || argument.contains(['/', std::path::MAIN_SEPARATOR])
        || rtc_codes_import::is_header(path)
}
