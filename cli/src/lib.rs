//! The `rtc-codes` command, as a library.
//!
//! - [`import`]: the header importer. It reads the code enums of C, C++ and Objective-C headers,
//!   with their doc comments, and writes them as `rtc_codes!` declarations; a build script can
//!   generate the families of the SDK headers it links against and `include!` them. It has no
//!   dependencies: with `default-features = false` this crate builds nothing else.
//! - [`explain`], [`cli`], [`reading`] and [`status`] (the default `cli` feature):
//!   `rtc-codes explain`, the lookups in the documented families; the command line itself; the
//!   options of how headers are read, which every subcommand that reads them shares; its exit
//!   statuses.
//!
//! ```sh
//! cargo install rtc-codes-cli
//! rtc-codes explain -1000
//! rtc-codes import include/ErrorCode.h > src/codes.rs
//! ```

#![forbid(unsafe_code)]

#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "cli")]
pub mod diff;
#[cfg(feature = "cli")]
pub mod environment;
#[cfg(feature = "cli")]
pub mod explain;
#[cfg(feature = "cli")]
pub mod header_files;
pub mod import;
// The runtime crate's rules of language tags and locale names (a link to its `src/lang/tags.rs`),
// which the importer and `--lang` follow as the macro does; each crate uses the part it needs.
#[allow(dead_code)]
mod language_tags;
#[cfg(feature = "cli")]
pub mod reading;
#[cfg(feature = "cli")]
pub mod shells;
#[cfg(feature = "cli")]
pub mod status;
#[cfg(feature = "cli")]
pub mod table;
