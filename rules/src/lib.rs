//! The rules that rtc-codes' crates share, written once: language tags and locale names
//! ([`tags`]), and how SDK names are spelled ([`case`]).
//!
//! The `rtc_codes!` macro, the runtime crate `rtc-codes` and the header importer
//! `rtc-codes-import` each depend on this crate, so that a tag the importer writes is one the
//! macro accepts, a locale name the runtime crate reads means what the command reads it as, and
//! an SDK name the importer means is the one the macro spells. It is an implementation detail
//! of those crates.

#![no_std]
#![forbid(unsafe_code)]
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

extern crate alloc;

pub mod case;
pub mod tags;

pub use case::SdkCase;
