//! The integer types of families without a fixed underlying type: the smallest that holds
//! the values an enum has.

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
    use super::{fits, smallest};

    #[test]
    fn types_and_ranges() {
        assert!(fits("u64", i128::from(u64::MAX)) && !fits("u64", -1));
        assert_eq!(smallest(&[0, i128::from(u64::MAX)]), "u64");
        assert!(fits("u8", 255) && !fits("u8", 256) && !fits("u8", -1));
        assert!(fits("i64", i128::from(i64::MIN)) && !fits("i64", i128::from(i64::MAX) + 1));
        assert_eq!(smallest(&[-1, 5]), "i32");
        assert_eq!(smallest(&[0xFFFF_FFFF]), "u32");
        assert_eq!(smallest(&[-1, 0xFFFF_FFFF]), "i64");
    }
}
