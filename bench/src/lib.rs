//! The 16 documented families declared three ways, for the runtime benchmarks in `benches/`:
//! `rtc-codes` itself, [`hand`] (an enum and `match` functions with the same API, what a careful
//! user writes without a macro) and [`derived`] (`strum` and `num_enum` derives, what users reach for).
//!
//! [`hand`] and [`derived`] are generated from `rtc_codes::FAMILIES` by the build script, with the
//! generator of the compile-time harness (`xtask/src/emit.rs`).

#![forbid(unsafe_code)]

/// The documented families with strum and num_enum derives (closed: `VariantArray` needs unit
/// variants).
#[allow(
    missing_docs,
    rustdoc::broken_intra_doc_links,
    clippy::all,
    clippy::pedantic
)]
pub mod derived {
    include!(concat!(env!("OUT_DIR"), "/derived.rs"));
}
/// The operations the benchmarks time, in their three implementations.
pub mod operations;
/// The documented families written by hand: an enum and `match` functions per family.
#[allow(
    missing_docs,
    rustdoc::broken_intra_doc_links,
    clippy::all,
    clippy::pedantic
)]
pub mod hand {
    include!(concat!(env!("OUT_DIR"), "/hand.rs"));
}
