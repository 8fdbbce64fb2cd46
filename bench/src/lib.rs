//! The 16 documented families declared three ways, for the runtime benchmarks in `benches/`:
//! `rtc-codes` itself, [`hand`] (an enum and `match` functions with the same API, what a careful
//! user writes without a macro) and [`derived`] (`strum` and `num_enum` derives, what users reach for).
//!
//! `hand.rs` and `derived.rs` are generated from `rtc_codes::FAMILIES` by
//! `cargo run -p xtask -- gen-bench`.

#![forbid(unsafe_code)]

/// The documented families with strum and num_enum derives (closed: `VariantArray` needs unit
/// variants).
#[rustfmt::skip]
pub mod derived;
/// The operations the benchmarks time, in their three implementations.
pub mod operations;
/// The documented families written by hand: an enum and `match` functions per family.
#[rustfmt::skip]
pub mod hand;
