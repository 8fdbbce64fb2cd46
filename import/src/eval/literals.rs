//! Integer and character constants in their C types (C11 6.4.4.1, 6.4.4.4).

use crate::ctypes::{IntType, Model, Value};

/// An integer literal (`1000`, `0x3E8`, `01750`, `0b1`, `1'000`, `1000u`, `10UL`, `1LL`) in the
/// type its value and suffix give it (C11 6.4.4.1); `None` when it is none or no type holds it.
pub fn integer(text: &str, model: Model) -> Option<Value> {
    use IntType::{Int, Long, LongLong, UInt, ULong, ULongLong};
    let cleaned: String = text.chars().filter(|&c| c != '\'').collect();
    let digits_end = cleaned
        .trim_end_matches(['u', 'U', 'l', 'L', 'z', 'Z'])
        .len();
    let (digits, suffix) = cleaned.split_at(digits_end);
    let (digits, radix) = if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        (hex, 16)
    } else if let Some(binary) = digits
        .strip_prefix("0b")
        .or_else(|| digits.strip_prefix("0B"))
    {
        (binary, 2)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (&digits[1..], 8)
    } else {
        (digits, 10)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let value = i128::from_str_radix(digits, radix).ok()?;
    let suffix = suffix.to_ascii_lowercase();
    let unsigned = suffix.contains('u');
    let longs = suffix.matches('l').count();
    if suffix.contains('z') || !suffix.replace(['u', 'l'], "").is_empty() || longs > 2 {
        return None;
    }
    let candidates: &[IntType] = match (unsigned, longs, radix == 10) {
        (false, 0, true) => &[Int, Long, LongLong],
        (false, 0, false) => &[Int, UInt, Long, ULong, LongLong, ULongLong],
        (true, 0, _) => &[UInt, ULong, ULongLong],
        (false, 1, true) => &[Long, LongLong],
        (false, 1, false) => &[Long, ULong, LongLong, ULongLong],
        (true, 1, _) => &[ULong, ULongLong],
        (false, _, true) => &[LongLong],
        (false, _, false) => &[LongLong, ULongLong],
        (true, _, _) => &[ULongLong],
    };
    candidates
        .iter()
        .find(|&&ty| model.range(ty).1 >= value)
        .map(|&ty| Value { value, ty })
}

/// A character constant (`'a'`, `'\n'`, `'\x41'`, `L'a'`, the multi-character `'ABCD'` of
/// four-character codes) in its type: `int` in C, `char` in C++ (one character), the wide
/// types for `L`, `u` and `U`.
pub(super) fn character(text: &str, model: Model, cpp: bool) -> Option<Value> {
    let quote = text.find('\'')?;
    let prefix = &text[..quote];
    let inner = text[quote..].strip_prefix('\'')?.strip_suffix('\'')?;
    let mut units: Vec<u32> = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            if prefix.is_empty() || prefix == "u8" {
                let mut buffer = [0u8; 4];
                units.extend(c.encode_utf8(&mut buffer).bytes().map(u32::from));
            } else {
                units.push(u32::from(c));
            }
            continue;
        }
        let escape = chars.next()?;
        let unit = match escape {
            'n' => 10,
            't' => 9,
            'r' => 13,
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'v' => 11,
            'e' => 27,
            '\\' | '\'' | '"' | '?' => u32::from(escape),
            'x' => {
                let mut hex = String::new();
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_hexdigit()) {
                    hex.push(d);
                    chars.next();
                }
                u32::from_str_radix(&hex, 16).ok()?
            }
            '0'..='7' => {
                let mut octal = String::from(escape);
                while octal.len() < 3 {
                    match chars.peek() {
                        Some(&d) if ('0'..='7').contains(&d) => {
                            octal.push(d);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                u32::from_str_radix(&octal, 8).ok()?
            }
            'u' | 'U' => {
                let len = if escape == 'u' { 4 } else { 8 };
                let hex: String = (0..len).filter_map(|_| chars.next()).collect();
                u32::from_str_radix(&hex, 16).ok()?
            }
            _ => return None,
        };
        units.push(unit);
    }
    let ty = match prefix {
        "L" => model.wchar(),
        "u" => IntType::UShort,
        "U" => IntType::UInt,
        "u8" => IntType::UChar,
        "" if cpp && units.len() == 1 => IntType::Char,
        "" => IntType::Int,
        _ => return None,
    };
    match units.as_slice() {
        [] => None,
        [one] => Some(model.convert(
            i128::from(*one),
            if prefix.is_empty() { IntType::Char } else { ty },
        ))
        .map(|v| Value { value: v.value, ty }),
        several if prefix.is_empty() && several.len() <= 4 => {
            // A multi-character constant: an `int` of its bytes, first the most significant, as
            // GCC, Clang and MSVC make it.
            let packed = several
                .iter()
                .fold(0i128, |value, &unit| (value << 8) | i128::from(unit & 0xff));
            Some(model.convert(packed, IntType::Int))
        }
        _ => None,
    }
}
