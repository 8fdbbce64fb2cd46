//! The inputs that rtc-codes' harnesses generate, written once for each of them: the families a
//! benchmark declares ([`model`]), written as `rtc_codes!` input, by hand or with the strum and
//! `num_enum` derives ([`emit`]; the compile-time harness of `xtask` and the build script of
//! `bench`), and random valid `rtc_codes!` invocations ([`dsl_gen`]; the sample of `xtask` and
//! the structured fuzz target).

#![forbid(unsafe_code)]
// A harness crate of generators: its items are documented where they are not obvious.
#![allow(missing_docs, clippy::must_use_candidate)]

pub mod dsl_gen;
pub mod emit;
pub mod model;
