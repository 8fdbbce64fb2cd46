//! Families declared downstream, with `rtc-codes/serde` on.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

codes::rtc_codes! {
    /// A closed family.
    #[derive(serde::Serialize, serde::Deserialize)]
    pub enum Closed: u8 {
        Done = 0 => "done",
        Failed = 200 => "failed",
    }

    /// An open family, ordered by value.
    #[codes(other = Other)]
    #[derive(PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
    pub enum Open: i64 {
        Min = -9223372036854775808 => "min",
        Zero = 0 => "zero\nnothing" en "zero",
    }

    /// An open `u64` family, with values above `i64::MAX`.
    #[codes(other = Other, lang = "en")]
    #[derive(serde::Serialize, serde::Deserialize)]
    pub enum Wide: u64 {
        Zero = 0 => "zero",
        Top = 18446744073709551615 => "u64::MAX",
    }

    /// A family that serializes only.
    #[derive(serde::Serialize)]
    pub enum Written: i16 {
        Low = -32768 => "low",
    }
}
