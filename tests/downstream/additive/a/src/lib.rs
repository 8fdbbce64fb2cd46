//! A library that declares a family without the `serde` feature of rtc-codes, and implements
//! `Serialize` for it by hand, as its SDK name.

#![forbid(unsafe_code)]
#![deny(warnings, missing_docs)]

rtc_codes::rtc_codes! {
    /// Room events.
    #[codes(sdk_prefix = "kRoom", other = Other)]
    pub enum Room: i32 {
        Joined = 1 => "joined",
        Left = 2 => "left",
    }

    /// A family with no serde at all.
    pub enum Plain: u8 {
        One = 1 => "one",
    }
}

/// By SDK name, an undeclared value as its integer.
impl serde::Serialize for Room {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Room::Other(value) => serializer.serialize_i32(value.value()),
            code => serializer.serialize_str(code.sdk_name()),
        }
    }
}
