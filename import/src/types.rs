//! The integer types of families: from a C type, or from the values an enum has.

/// The `rtc_codes` integer type of a C type, if it has one.
pub fn c_type(underlying: &str) -> Option<&'static str> {
    let ty = underlying
        .strip_prefix("std::")
        .or_else(|| underlying.strip_prefix("::std::"))
        .unwrap_or(underlying);
    Some(match ty {
        "int8_t" | "char" | "signed char" | "SInt8" => "i8",
        "uint8_t" | "unsigned char" | "UInt8" => "u8",
        "int16_t" | "short" | "short int" | "signed short" | "SInt16" => "i16",
        "uint16_t" | "unsigned short" | "unsigned short int" | "UInt16" => "u16",
        "int32_t" | "int" | "signed" | "signed int" | "SInt32" | "OSStatus" => "i32",
        "uint32_t" | "unsigned" | "unsigned int" | "UInt32" => "u32",
        // `NSInteger`, `long` and `size_t` are 64 bits on the 64-bit platforms SDKs ship for.
        "int64_t" | "long long" | "long long int" | "signed long long" | "long" | "long int"
        | "signed long" | "NSInteger" | "intptr_t" | "ssize_t" | "ptrdiff_t" | "CFIndex"
        | "SInt64" | "int_least64_t" | "int_fast64_t" | "intmax_t" | "off_t" => "i64",
        "uint64_t"
        | "unsigned long long"
        | "unsigned long long int"
        | "unsigned long"
        | "unsigned long int"
        | "NSUInteger"
        | "uintptr_t"
        | "size_t"
        | "UInt64"
        | "CFOptionFlags"
        | "CFTypeID"
        | "uint_least64_t"
        | "uint_fast64_t"
        | "uintmax_t" => "u64",
        _ => return None,
    })
}

/// Whether `value` fits the integer type `repr`.
pub fn fits(repr: &str, value: i128) -> bool {
    let (min, max): (i128, i128) = match repr {
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        "u64" => (0, u64::MAX.into()),
        _ => (i64::MIN.into(), i64::MAX.into()),
    };
    (min..=max).contains(&value)
}

/// The smallest of `i32`, `u32`, `i64` and `u64` that holds every value of `values` (`i64` if
/// none does: the values that do not fit are reported by the caller).
pub fn smallest(values: &[i128]) -> &'static str {
    ["i32", "u32", "i64", "u64"]
        .into_iter()
        .find(|repr| values.iter().all(|&value| fits(repr, value)))
        .unwrap_or("i64")
}

#[cfg(test)]
mod tests {
    use super::{c_type, fits, smallest};

    #[test]
    fn types_and_ranges() {
        assert_eq!(c_type("std::int32_t"), Some("i32"));
        assert_eq!(c_type("unsigned int"), Some("u32"));
        assert_eq!(c_type("NSInteger"), Some("i64"));
        assert_eq!(c_type("NSUInteger"), Some("u64"));
        assert_eq!(c_type("std::uint64_t"), Some("u64"));
        assert_eq!(c_type("unsigned long long"), Some("u64"));
        assert_eq!(c_type("size_t"), Some("u64"));
        assert_eq!(c_type("float"), None);
        assert!(fits("u64", i128::from(u64::MAX)) && !fits("u64", -1));
        assert_eq!(smallest(&[0, i128::from(u64::MAX)]), "u64");
        assert!(fits("u8", 255) && !fits("u8", 256) && !fits("u8", -1));
        assert!(fits("i64", i128::from(i64::MIN)) && !fits("i64", i128::from(i64::MAX) + 1));
        assert_eq!(smallest(&[-1, 5]), "i32");
        assert_eq!(smallest(&[0xFFFF_FFFF]), "u32");
        assert_eq!(smallest(&[-1, 0xFFFF_FFFF]), "i64");
    }
}
