//! Properties of the conversions, for every documented family and for families of every integer
//! type: nothing panics on any input, `from_code` is `Some` exactly for declared values and
//! `code()` inverts it, open families keep every value, and names are matched exactly.
//!
//! Also an exhaustive pass over the whole `i16` range and the boundaries of `i32`, `i64` and
//! `u64`.

use std::collections::HashSet;
use std::fmt::Debug;

use codes::{Code, FAMILIES};
use proptest::prelude::*;

codes::rtc_codes! {
    /// i8, closed.
    #[derive(PartialOrd, Ord)]
    pub enum I8: i8 { Min = -128 => "min", Zero = 0 => "zero", Max = 127 => "max" }
    /// i16, open.
    #[codes(other = Other)]
    #[derive(PartialOrd, Ord)]
    pub enum I16: i16 { Min = -32768 => "min", Max = 32767 => "max" }
    /// i32, closed.
    #[derive(PartialOrd, Ord)]
    pub enum I32 { Min = -2147483648 => "min", Max = 2147483647 => "max" }
    /// i64, open.
    #[codes(other = Other)]
    #[derive(PartialOrd, Ord)]
    pub enum I64: i64 { Min = -9223372036854775808 => "min", Max = 9223372036854775807 => "max" }
    /// u8, open.
    #[codes(other = Other)]
    #[derive(PartialOrd, Ord)]
    pub enum U8: u8 { Zero = 0 => "zero", Max = 255 => "max" }
    /// u16, closed.
    #[derive(PartialOrd, Ord)]
    pub enum U16: u16 { Zero = 0 => "zero", Max = 65535 => "max" }
    /// u32, open.
    #[codes(other = Other)]
    #[derive(PartialOrd, Ord)]
    pub enum U32: u32 { Zero = 0 => "zero", Max = 4294967295 => "max" }
    /// u64, open, with values above `i64::MAX`.
    #[codes(other = Other)]
    #[derive(PartialOrd, Ord)]
    pub enum U64: u64 {
        Zero = 0 => "zero",
        AboveI64 = 9223372036854775808 => "i64::MAX + 1",
        Max = 0xffff_ffff_ffff_ffff => "max",
    }
    /// u64, closed.
    #[derive(PartialOrd, Ord)]
    pub enum ClosedU64: u64 { Zero = 0 => "zero", Max = 18446744073709551615 => "max" }
}

/// `from_code(value)` is `Some` exactly for declared values, and `code()` inverts it.
fn from_code_is_exact<C: Code>(value: C::Repr)
where
    C::Repr: Debug,
{
    let declared: HashSet<i128> = C::FAMILY.codes.iter().map(|code| code.value).collect();
    let value_i128: i128 = value.into();
    match C::from_code(value) {
        Some(code) => {
            assert!(
                declared.contains(&value_i128),
                "{}: {value:?}",
                C::FAMILY.name
            );
            assert_eq!(code.code(), value);
            assert!(code.is_declared());
        }
        None => assert!(
            !declared.contains(&value_i128),
            "{}: {value:?}",
            C::FAMILY.name
        ),
    }
    // Total for open families (the catch-all), an error naming family and value for closed ones.
    match C::try_from_code(value) {
        Ok(code) => {
            assert_eq!(code.code(), value);
            assert_eq!(code.is_declared(), declared.contains(&value_i128));
            assert!(C::FAMILY.is_open() || code.is_declared());
            let _ = code.to_string();
        }
        Err(error) => {
            assert!(!C::FAMILY.is_open());
            assert_eq!(error.value(), value_i128);
            assert_eq!(error.family().name, C::FAMILY.name);
        }
    }
}

/// `value` round-trips through `from_code`/`code`, `FromStr` of its number, the number that
/// `Display` shows, and `Raw`; a closed family's undeclared value fails the same way in each.
fn round_trips<C: Code>(value: C::Repr) {
    let number = value.to_string();
    let raw = codes::Raw::<C>::new(value);
    assert_eq!(raw.value(), value);
    match C::try_from_code(value) {
        Ok(code) => {
            assert_eq!(code.code(), value);
            assert_eq!(number.parse::<C>(), Ok(code));
            let line = code.to_string();
            assert!(line.contains(&format!(" ({number})")), "{line}");
            assert_eq!(raw.try_get(), Ok(code));
            assert_eq!(codes::Raw::from(code).value(), value);
        }
        Err(error) => {
            assert_eq!(error.value(), value.into());
            let parsed = number.parse::<C>().expect_err("undeclared");
            assert_eq!(
                parsed.kind(),
                codes::ParseCodeErrorKind::UnknownValue(value.into())
            );
            assert_eq!(raw.try_get(), Err(error));
        }
    }
}

/// `from_name` never panics and accepts only exact names; `FromStr` accepts them, with spaces
/// around them or not, and values (decimal or hexadecimal, with a sign).
fn names_are_exact<C: Code>(input: &str) {
    let by_name = C::from_name(input);
    let known = C::FAMILY.codes.iter().any(|code| code.is_named(input));
    assert_eq!(by_name.is_some(), known, "{}: {input:?}", C::FAMILY.name);
    let parsed = input.parse::<C>();
    if known {
        assert_eq!(parsed.ok(), by_name);
    } else if let Ok(code) = parsed {
        // A name with spaces around it, or a value, parses without being a name.
        let trimmed = input.trim();
        if let Some(named) = C::from_name(trimmed) {
            assert_eq!(code, named, "{input:?}");
        } else {
            let value: i128 = code.code().into();
            assert_eq!(number(trimmed), Some(value), "{input:?}");
        }
    }
}

/// The value of a number as `FromStr` reads it: a sign, then decimal or `0x` hexadecimal digits.
fn number(text: &str) -> Option<i128> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let magnitude = match unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))
    {
        Some(hex) if hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
            i128::from_str_radix(hex, 16).ok()?
        }
        None if unsigned.bytes().all(|b| b.is_ascii_digit()) => unsigned.parse().ok()?,
        Some(_) | None => return None,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// One integer, one value: two integers are the same code exactly when they are the same
/// integer, whichever conversion made them (`From`, `Raw`, `FromStr` of the number `code()`
/// gives and of the number `Display` shows), and the same code hashes alike and orders as its value does.
fn one_integer_one_value<C: Code + Ord>(a: C::Repr, b: C::Repr) {
    let (Ok(x), Ok(y)) = (C::try_from_code(a), C::try_from_code(b)) else {
        return;
    };
    assert_eq!(x == y, a == b, "{}: {a:?} {b:?}", C::FAMILY.name);
    assert_eq!(x.code(), a);
    assert_eq!(x.cmp(&y), a.cmp(&b), "{}: {a:?} {b:?}", C::FAMILY.name);
    let hash = |code: C| {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        std::hash::Hash::hash(&code, &mut hasher);
        std::hash::Hasher::finish(&hasher)
    };
    if x == y {
        assert_eq!(hash(x), hash(y));
    }
    assert_eq!(x.code().to_string().parse::<C>(), Ok(x));
    let shown = x.to_string();
    let number = shown
        .split_once(" (")
        .and_then(|(_, rest)| rest.split_once("): "))
        .map(|(number, _)| number);
    assert_eq!(number.map(str::parse::<C>), Some(Ok(x)), "{shown}");
    assert_eq!(codes::Raw::<C>::new(a).try_get(), Ok(x));
    assert_eq!(C::from_code(a).is_some(), x.is_declared());
}

/// Calls `$check::<F>(args)` for every documented family `F`.
macro_rules! documented {
    ($check:ident $args:tt) => {
        codes::__private::documented_families!(documented! { @each $check $args })
    };
    (@each $check:ident $args:tt [$($family:ident,)*]) => {{
        $($check::<codes::$family> $args;)*
    }};
}

/// Strings near real names: other case, surrounding or inner whitespace, truncated, extended.
fn near_names() -> impl Strategy<Value = String> {
    let names: Vec<&'static str> = FAMILIES
        .iter()
        .flat_map(|family| family.codes.iter())
        .flat_map(|code| [code.name, code.sdk_name])
        .collect();
    (prop::sample::select(names), 0..7usize).prop_map(|(name, edit)| match edit {
        0 => name.to_lowercase(),
        1 => name.to_uppercase(),
        2 => format!(" {name}"),
        3 => format!("{name}\n"),
        4 => name.chars().skip(1).collect(),
        5 => format!("{name}{name}"),
        _ => name.to_owned(),
    })
}

/// The declared code at `index` (modulo the family's size) displays one line.
fn display_declared<C: Code>(index: usize) {
    if let Some(&code) = C::ALL.get(index % C::ALL.len().max(1)) {
        displays_one_line::<C>(code.code());
    }
}

/// `Display` is one line, and `display_in` of a language the family lacks is `Display`.
fn displays_one_line<C: Code>(value: C::Repr) {
    let Some(code) = C::try_from_code(value).ok() else {
        return; // an undeclared value of a closed family: no code to show
    };
    let line = code.to_string();
    assert!(!line.contains(['\n', '\r']), "{line:?}");
    assert_eq!(code.display_in("xx-none").to_string(), line);
    for language in C::FAMILY.languages {
        let translated = code.display_in(language).to_string();
        assert!(!translated.contains(['\n', '\r']), "{translated:?}");
        if code.description_in(language).is_none() {
            assert_eq!(translated, line);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn documented_display_is_one_line(value in any::<i32>()) {
        documented!(displays_one_line(value));
    }

    #[test]
    fn every_declared_code_displays_one_line(index in any::<usize>()) {
        documented!(display_declared(index));
    }

    #[test]
    fn families_of_every_type_display_one_line(value in any::<i128>()) {
        macro_rules! each { ($($family:ident),*) => {$(
            if let Some(value) = <<$family as Code>::Repr as codes::Repr>::from_i128(value) {
                displays_one_line::<$family>(value);
            }
        )*}; }
        each!(I8, I16, I32, I64, U8, U16, U32, U64, ClosedU64);
    }

    #[test]
    fn one_integer_is_one_value_in_families_of_every_type(a in any::<i128>(), b in any::<i128>(), near in -3i128..3) {
        // `b` near `a` as often as not, so that equal values and neighbours are met.
        let b = if near == 0 { b } else { a.wrapping_add(near) };
        macro_rules! each { ($($family:ident),*) => {$(
            let fit = |v| <<$family as Code>::Repr as codes::Repr>::from_i128(v);
            if let (Some(a), Some(b)) = (fit(a), fit(b)) {
                one_integer_one_value::<$family>(a, b);
                one_integer_one_value::<$family>(a, a);
            }
        )*}; }
        each!(I8, I16, I32, I64, U8, U16, U32, U64, ClosedU64);
    }

    #[test]
    fn documented_from_code_any_i32(value in any::<i32>()) {
        documented!(from_code_is_exact(value));
    }

    #[test]
    fn documented_names_any_unicode(input in "\\PC{0,64}") {
        documented!(names_are_exact(&input));
    }

    #[test]
    fn documented_names_near_real_ones(input in near_names()) {
        documented!(names_are_exact(&input));
    }

    #[test]
    fn every_integer_type(a in any::<i8>(), b in any::<i16>(), c in any::<i32>(), d in any::<i64>(),
                          e in any::<u8>(), f in any::<u16>(), g in any::<u32>(), h in any::<u64>()) {
        from_code_is_exact::<I8>(a);
        from_code_is_exact::<I16>(b);
        from_code_is_exact::<I32>(c);
        from_code_is_exact::<I64>(d);
        from_code_is_exact::<U8>(e);
        from_code_is_exact::<U16>(f);
        from_code_is_exact::<U32>(g);
        from_code_is_exact::<U64>(h);
        from_code_is_exact::<ClosedU64>(h);
        prop_assert_eq!(I16::from(b).code(), b);
        prop_assert_eq!(I64::from(d).code(), d);
        prop_assert_eq!(U8::from(e).code(), e);
        prop_assert_eq!(U32::from(g).code(), g);
        prop_assert_eq!(U64::from(h).code(), h);
        round_trips::<I8>(a);
        round_trips::<I16>(b);
        round_trips::<I32>(c);
        round_trips::<I64>(d);
        round_trips::<U8>(e);
        round_trips::<U16>(f);
        round_trips::<U32>(g);
        round_trips::<U64>(h);
        round_trips::<ClosedU64>(h);
    }

    #[test]
    fn generated_names_any_string(input in any::<String>()) {
        names_are_exact::<I8>(&input);
        names_are_exact::<I64>(&input);
        names_are_exact::<U32>(&input);
        names_are_exact::<U64>(&input);
    }

    #[test]
    fn registry_any_value(value in any::<i128>()) {
        for code in codes::find_value(value) {
            prop_assert_eq!(code.value, value);
        }
    }
}

#[test]
fn very_long_strings_are_not_names() {
    let long = "k".repeat(1 << 20);
    documented!(names_are_exact(&long));
    let digits = "9".repeat(1000);
    documented!(names_are_exact(&digits));
    assert!(codes::find_name(&long).next().is_none());
}

/// Every value of `i16` through every documented family, and the edges of `i32` and `i64`.
#[test]
fn exhaustive_i16_and_boundaries() {
    fn check_values<C: Code<Repr = i32> + From<i32>>(values: &[i32]) {
        for &value in values {
            from_code_is_exact::<C>(value);
            assert_eq!(C::from(value).code(), value);
        }
    }
    let mut values: Vec<i32> = (i32::from(i16::MIN)..=i32::from(i16::MAX)).collect();
    values.extend([i32::MIN, i32::MIN + 1, i32::MAX - 1, i32::MAX]);
    documented!(check_values(&values));
    // `i64` and `u64` boundaries reach the families through the registry and `FromStr`.
    for value in [
        i128::from(i64::MIN),
        i128::from(i64::MIN) + 1,
        i128::from(i32::MIN) - 1,
        i128::from(i32::MAX) + 1,
        i128::from(i64::MAX),
        i128::from(u64::MAX),
    ] {
        assert_eq!(codes::find_value(value).count(), 0);
        let text = value.to_string();
        let error = text.parse::<codes::ErrorCode>().expect_err("out of range");
        assert_eq!(error.kind(), codes::ParseCodeErrorKind::OutOfRange);
    }
    for value in [0, u64::MAX - 1, u64::MAX, 1 << 63, (1 << 63) - 1] {
        from_code_is_exact::<U64>(value);
        from_code_is_exact::<ClosedU64>(value);
        round_trips::<U64>(value);
        round_trips::<ClosedU64>(value);
    }
}
