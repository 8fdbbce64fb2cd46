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

/// The value of a number, by the standard library's parsers (the oracle `FromStr` of a family
/// must agree with): decimal with a sign, or `0x` hexadecimal with one.
fn number(text: &str) -> Option<i128> {
    if let Ok(value) = text.parse::<i128>() {
        return Some(value);
    }
    let (sign, unsigned) = match text.strip_prefix(['-', '+']) {
        Some(rest) => (&text[..1], rest),
        None => ("", text),
    };
    let hex = unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))?;
    i128::from_str_radix(&format!("{sign}{hex}"), 16).ok()
}

/// One integer, one value: two integers are the same code exactly when they are the same
/// integer, whichever conversion made them (`From`, `Raw`, `FromStr` of the number `code()`
/// gives and of the number `Display` shows), and the same code hashes alike and orders as its value does.
fn one_integer_one_value<C: Code + Ord>(a: C::Repr, b: C::Repr) -> bool {
    let (Ok(x), Ok(y)) = (C::try_from_code(a), C::try_from_code(b)) else {
        return false; // an undeclared value of a closed family
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
    true
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
        assert!(displays_one_line::<C>(code.code()));
    }
}

/// `Display` is one line, and `display_in` of a language the family lacks is `Display`.
fn displays_one_line<C: Code>(value: C::Repr) -> bool {
    let Some(code) = C::try_from_code(value).ok() else {
        return false; // an undeclared value of a closed family: no code to show
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
    true
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn documented_display_is_one_line(value in any::<i32>()) {
        // Every documented family is open: each value reaches the assertions.
        documented!(displays_one_line(value));
    }

    #[test]
    fn every_declared_code_displays_one_line(index in any::<usize>()) {
        documented!(display_declared(index));
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

/// The smallest and largest values of the integer type named `repr`.
fn range(repr: &str) -> (i128, i128) {
    match repr {
        "i8" => (i8::MIN.into(), i8::MAX.into()),
        "i16" => (i16::MIN.into(), i16::MAX.into()),
        "i32" => (i32::MIN.into(), i32::MAX.into()),
        "i64" => (i64::MIN.into(), i64::MAX.into()),
        "u8" => (0, u8::MAX.into()),
        "u16" => (0, u16::MAX.into()),
        "u32" => (0, u32::MAX.into()),
        _ => (0, u64::MAX.into()),
    }
}

/// What draws a value of a family: `(kind, anywhere, pick, delta)`.
type Draw = (u8, u128, usize, i8);

fn draws() -> impl Strategy<Value = Draw> {
    (any::<u8>(), any::<u128>(), any::<usize>(), -3i8..=3)
}

/// A value of `C`'s own type, of every kind a family meets as often as another: anywhere in the
/// type, a declared value or a neighbour of one, a bound of the type or next to it, near zero.
fn value_of<C: Code>((kind, anywhere, pick, delta): Draw) -> C::Repr {
    let (min, max) = range(C::FAMILY.repr);
    let span = u128::try_from(max - min).expect("a span") + 1;
    let declared: Vec<i128> = C::FAMILY.codes.iter().map(|code| code.value).collect();
    let delta = i128::from(delta);
    let value = match kind % 4 {
        0 => min + i128::try_from(anywhere % span).expect("in the span"),
        1 => declared[pick % declared.len()] + delta,
        2 => [min, max, 0][pick % 3] + delta,
        _ => delta,
    }
    .clamp(min, max);
    <C::Repr as codes::Repr>::from_i128(value).expect("in the type's range")
}

/// Runs `check` on `cases` draws of values for each family of every type, and asserts that at
/// least `floor` of each family's cases reached its assertions (`check` says whether one did).
fn every_type(cases: u32, floor: usize, check: &dyn Fn(&str, Draw, Draw) -> bool) {
    use proptest::test_runner::{Config, TestRunner};
    for family in [
        "I8",
        "I16",
        "I32",
        "I64",
        "U8",
        "U16",
        "U32",
        "U64",
        "ClosedU64",
    ] {
        let reached = std::sync::atomic::AtomicUsize::new(0);
        let mut runner = TestRunner::new(Config::with_cases(cases));
        runner
            .run(&(draws(), draws()), |(a, b)| {
                if check(family, a, b) {
                    reached.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                }
                Ok(())
            })
            .unwrap_or_else(|error| panic!("{family}: {error}"));
        let reached = reached.into_inner();
        assert!(
            reached >= floor,
            "{family}: {reached} of {cases} cases reached the assertions"
        );
    }
}

/// Calls `$check::<F>(a, b)` for the family of every type named `$name`.
macro_rules! of_type {
    ($name:expr, $check:ident, $a:expr, $b:expr) => {
        match $name {
            "I8" => $check::<I8>($a, $b),
            "I16" => $check::<I16>($a, $b),
            "I32" => $check::<I32>($a, $b),
            "I64" => $check::<I64>($a, $b),
            "U8" => $check::<U8>($a, $b),
            "U16" => $check::<U16>($a, $b),
            "U32" => $check::<U32>($a, $b),
            "U64" => $check::<U64>($a, $b),
            _ => $check::<ClosedU64>($a, $b),
        }
    };
}

fn one_value<C: Code + Ord>(a: Draw, b: Draw) -> bool {
    let (a, b) = (value_of::<C>(a), value_of::<C>(b));
    let reached = one_integer_one_value::<C>(a, b);
    one_integer_one_value::<C>(a, a) || reached
}

fn one_line<C: Code>(a: Draw, _: Draw) -> bool {
    displays_one_line::<C>(value_of::<C>(a))
}

#[test]
fn one_integer_is_one_value_in_families_of_every_type() {
    // Closed families reach the assertions only at declared values (about a quarter of draws).
    every_type(600, 100, &|family, a, b| of_type!(family, one_value, a, b));
}

#[test]
fn families_of_every_type_display_one_line() {
    every_type(600, 100, &|family, a, b| of_type!(family, one_line, a, b));
}

/// Lookups by value across the documented families find only codes of that value; the values
/// drawn are the documented ones and their neighbours as often as any `i32`.
#[test]
fn registry_any_value() {
    use proptest::test_runner::{Config, TestRunner};
    let documented: Vec<i128> = FAMILIES
        .iter()
        .flat_map(|family| family.codes.iter().map(|code| code.value))
        .collect();
    let reached = std::sync::atomic::AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config::with_cases(2000));
    let values = (any::<bool>(), any::<i32>(), any::<usize>(), -2i128..=2);
    runner
        .run(&values, |(near, anywhere, pick, delta)| {
            let value = if near {
                documented[pick % documented.len()] + delta
            } else {
                i128::from(anywhere)
            };
            let found: Vec<&codes::CodeInfo> = codes::find_value(value).collect();
            for code in &found {
                prop_assert_eq!(code.value, value);
            }
            if !found.is_empty() {
                reached.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            Ok(())
        })
        .unwrap_or_else(|error| panic!("{error}"));
    let reached = reached.into_inner();
    assert!(reached >= 500, "only {reached} of 2000 values found a code");
}
