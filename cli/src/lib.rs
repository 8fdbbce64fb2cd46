//! The modules of the `rtc-codes` command, built as a library so that its tests can run the
//! command in-process on a terminal of a chosen width and in a chosen environment
//! ([`run_in`]). It is not an API: run the `rtc-codes` binary, or use the libraries it is built
//! on, [`rtc-codes`](https://docs.rs/rtc-codes) (the documented families) and
//! [`rtc-codes-import`](https://docs.rs/rtc-codes-import) (the header importer).

#![forbid(unsafe_code)]

mod cli;
mod diff;
mod environment;
mod explain;
mod header_files;
mod reading;
mod shells;
pub mod status;
mod table;

pub use cli::{run, run_in};
pub use environment::{Environment, Terminal};
