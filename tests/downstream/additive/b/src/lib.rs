//! A library that turns the `serde` feature of rtc-codes on, beside `a`, which does not.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

pub use rtc_codes_downstream_a::{Plain, Room};

rtc_codes::rtc_codes! {
    /// Media events, serialized as their integer.
    #[codes(other = Other)]
    #[derive(serde::Serialize, serde::Deserialize)]
    pub enum Media: i32 {
        Started = 10 => "started",
    }
}
