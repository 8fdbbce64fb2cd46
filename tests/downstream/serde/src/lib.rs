//! Families declared downstream, with `rtc-codes/serde` on.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

codes::rtc_codes! {
    /// A closed family.
    pub enum Closed: u8 {
        Done = 0 => "done",
        Failed = 200 => "failed",
    }

    /// An open family, ordered by value.
    #[codes(other = Other)]
    #[derive(PartialOrd, Ord)]
    pub enum Open: i64 {
        Min = -9223372036854775808 => "min",
        Zero = 0 => "zero\nnothing" en "zero",
    }
}
