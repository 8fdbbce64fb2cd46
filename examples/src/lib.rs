//! The library behind the examples of rtc-codes: the `explain` lookup tool, as functions that
//! tests can call without starting a process.

#![forbid(unsafe_code)]

pub mod explain;
