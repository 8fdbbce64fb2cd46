//! Small programs using rtc-codes as a downstream crate does; run them with
//! `cargo run --example callback` and `cargo run --example own_family`. (The `rtc-codes` command,
//! with `explain` and `import`, is the `rtc-codes-cli` package.)

#![forbid(unsafe_code)]

/// The repository README's example, run as a doctest (the README is no crate's docs).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct RepositoryReadme;
