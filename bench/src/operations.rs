//! The operations the runtime benchmarks time, each in three implementations, over all 172
//! documented codes. Shared by the criterion benchmark (`benches/runtime.rs`) and the
//! instruction counter (`src/bin/instructions.rs`).

// The `use` inside each generated block is what selects the family under test.
#![allow(clippy::items_after_statements, missing_docs)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;

use crate::{derived, hand};
use num_enum::TryFromPrimitive;
use rtc_codes::FAMILIES;
use strum::{EnumMessage, EnumProperty, VariantArray};

/// Calls `$m!(Family)` for every documented family, in `FAMILIES` order.
macro_rules! for_each_family {
    ($m:ident) => {
        rtc_codes::__private::documented_families!(for_each_family! { @each $m })
    };
    (@each $m:ident [$($family:ident,)*]) => {
        $($m!($family);)*
    };
}

/// The inputs, per family in `FAMILIES` order.
pub struct Inputs {
    values: Vec<Vec<i32>>,
    missing_values: Vec<Vec<i32>>,
    names: Vec<Vec<&'static str>>,
    sdk_names: Vec<Vec<&'static str>>,
    missing_names: Vec<Vec<String>>,
    all_values: Vec<i128>,
}

impl Inputs {
    /// The inputs of every operation, from the documented families.
    ///
    /// # Panics
    ///
    /// If a documented value does not fit in `i32`, the type of every documented family.
    #[must_use]
    pub fn new() -> Self {
        let per_family = |f: &dyn Fn(&rtc_codes::CodeInfo) -> i128| -> Vec<Vec<i32>> {
            FAMILIES
                .iter()
                .map(|family| {
                    family
                        .codes
                        .iter()
                        .map(|code| i32::try_from(f(code)).expect("an i32 value"))
                        .collect()
                })
                .collect()
        };
        Inputs {
            values: per_family(&|code| code.value),
            missing_values: per_family(&|code| code.value + 100_000),
            names: FAMILIES
                .iter()
                .map(|f| f.codes.iter().map(|c| c.name).collect())
                .collect(),
            sdk_names: FAMILIES
                .iter()
                .map(|f| f.codes.iter().map(|c| c.sdk_name).collect())
                .collect(),
            missing_names: FAMILIES
                .iter()
                .map(|f| f.codes.iter().map(|c| format!("{}X", c.sdk_name)).collect())
                .collect(),
            all_values: FAMILIES
                .iter()
                .flat_map(|f| f.codes.iter().map(|c| c.value))
                .collect(),
        }
    }
}

/// Defines `fn $name(inputs: &Inputs) -> usize` that runs `$body` (with `$F` the family type
/// under `$path` and `$i` its index in `FAMILIES`) for every family and sums the results.
macro_rules! over_families {
    ($name:ident, $path:ident, |$inputs:ident, $i:ident, $F:ident| $body:expr) => {
        // The count of families seen is not read after the last one.
        #[allow(unused_assignments)]
        pub fn $name($inputs: &Inputs) -> usize {
            let mut total = 0usize;
            let mut index = 0usize;
            macro_rules! one {
                ($family:ident) => {{
                    let $i: usize = index;
                    index += 1;
                    #[allow(unused_imports)]
                    use $path::$family as $F;
                    total = total.wrapping_add($body);
                }};
            }
            for_each_family!(one);
            total
        }
    };
}

/// `Display` of every code into one reused buffer; the total length written.
fn displayed_len<T: std::fmt::Display + Copy>(codes: &[T]) -> usize {
    let mut buffer = String::with_capacity(512);
    codes
        .iter()
        .map(|code| {
            buffer.clear();
            let _ = write!(buffer, "{}", black_box(*code));
            buffer.len()
        })
        .sum()
}

/// The benchmarks of an implementation with the generated API (`rtc_codes` itself, and the
/// hand-written version, which has the same method names).
macro_rules! api_benches {
    ($path:ident) => {
        over_families!(from_code_hits, $path, |inputs, i, F| inputs.values[i]
            .iter()
            .filter(|v| F::from_code(black_box(**v)).is_some())
            .count());
        over_families!(from_code_misses, $path, |inputs, i, F| inputs
            .missing_values[i]
            .iter()
            .filter(|v| F::from_code(black_box(**v)).is_some())
            .count());
        over_families!(code, $path, |_inputs, i, F| F::ALL
            .iter()
            .map(|c| black_box(*c).code().unsigned_abs() as usize)
            .fold(i, usize::wrapping_add));
        over_families!(name, $path, |_inputs, i, F| F::ALL
            .iter()
            .map(|c| black_box(*c).name().len())
            .sum::<usize>()
            + i);
        over_families!(sdk_name, $path, |_inputs, i, F| F::ALL
            .iter()
            .map(|c| black_box(*c).sdk_name().len())
            .sum::<usize>()
            + i);
        over_families!(description, $path, |_inputs, i, F| F::ALL
            .iter()
            .map(|c| black_box(*c).description().len())
            .sum::<usize>()
            + i);
        over_families!(from_name_rust, $path, |inputs, i, F| inputs.names[i]
            .iter()
            .filter(|s| F::from_name(black_box(s)).is_some())
            .count());
        over_families!(from_name_sdk, $path, |inputs, i, F| inputs.sdk_names[i]
            .iter()
            .filter(|s| F::from_name(black_box(s)).is_some())
            .count());
        over_families!(from_name_misses, $path, |inputs, i, F| inputs.missing_names
            [i]
            .iter()
            .filter(|s| F::from_name(black_box(s)).is_some())
            .count());
        over_families!(from_str, $path, |inputs, i, F| inputs.sdk_names[i]
            .iter()
            .filter(|s| F::from_str(black_box(s)).is_ok())
            .count());
        over_families!(display, $path, |_inputs, i, F| displayed_len(F::ALL) + i);
        // What an SDK callback does with a value: its code, then what it says of it.
        over_families!(lookup, $path, |inputs, i, F| inputs.values[i]
            .iter()
            .map(
                |v| F::from_code(black_box(*v)).map_or(0, |c| c.description().len()
                    + c.sdk_name().len()
                    + c.code().unsigned_abs() as usize)
            )
            .fold(i, usize::wrapping_add));
    };
}

mod ours {
    use super::{black_box, displayed_len, FromStr, Inputs};
    use rtc_codes as r;

    api_benches!(r);

    pub fn registry(inputs: &Inputs) -> usize {
        inputs
            .all_values
            .iter()
            .map(|v| rtc_codes::find_value(black_box(*v)).count())
            .sum()
    }
}

mod by_hand {
    use super::{black_box, displayed_len, hand, FromStr, Inputs};
    use hand as h;

    api_benches!(h);
    over_families!(registry_one, h, |inputs, _i, F| inputs
        .all_values
        .iter()
        .filter(|v| i32::try_from(black_box(**v))
            .ok()
            .and_then(F::from_code)
            .is_some())
        .count());
    pub fn registry(inputs: &Inputs) -> usize {
        registry_one(inputs)
    }
}

mod by_derive {
    use super::{
        black_box, derived, displayed_len, EnumMessage, EnumProperty, FromStr, Inputs,
        TryFromPrimitive, VariantArray,
    };
    use derived as d;

    over_families!(from_code_hits, d, |inputs, i, F| inputs.values[i]
        .iter()
        .filter(|v| F::try_from_primitive(black_box(**v)).is_ok())
        .count());
    over_families!(from_code_misses, d, |inputs, i, F| inputs.missing_values[i]
        .iter()
        .filter(|v| F::try_from_primitive(black_box(**v)).is_ok())
        .count());
    over_families!(code, d, |_inputs, i, F| F::VARIANTS
        .iter()
        .map(|c| i32::from(black_box(*c)).unsigned_abs() as usize)
        .fold(i, usize::wrapping_add));
    over_families!(name, d, |_inputs, i, F| F::VARIANTS
        .iter()
        .map(|c| <&'static str>::from(black_box(*c)).len())
        .sum::<usize>()
        + i);
    over_families!(sdk_name, d, |_inputs, i, F| F::VARIANTS
        .iter()
        .map(|c| black_box(*c).get_str("sdk_name").map_or(0, str::len))
        .sum::<usize>()
        + i);
    over_families!(description, d, |_inputs, i, F| F::VARIANTS
        .iter()
        .map(|c| black_box(*c).get_message().map_or(0, str::len))
        .sum::<usize>()
        + i);
    over_families!(from_name_rust, d, |inputs, i, F| inputs.names[i]
        .iter()
        .filter(|s| F::from_str(black_box(s)).is_ok())
        .count());
    over_families!(from_name_sdk, d, |inputs, i, F| inputs.sdk_names[i]
        .iter()
        .filter(|s| F::from_str(black_box(s)).is_ok())
        .count());
    over_families!(from_name_misses, d, |inputs, i, F| inputs.missing_names[i]
        .iter()
        .filter(|s| F::from_str(black_box(s)).is_ok())
        .count());
    over_families!(from_str, d, |inputs, i, F| inputs.sdk_names[i]
        .iter()
        .filter(|s| F::from_str(black_box(s)).is_ok())
        .count());
    over_families!(display, d, |_inputs, i, F| displayed_len(F::VARIANTS) + i);
    over_families!(lookup, d, |inputs, i, F| inputs.values[i]
        .iter()
        .map(|v| F::try_from_primitive(black_box(*v)).map_or(0, |c| c
            .get_message()
            .map_or(0, str::len)
            + c.get_str("sdk_name").map_or(0, str::len)
            + i32::from(c).unsigned_abs() as usize))
        .fold(i, usize::wrapping_add));
    over_families!(registry_one, d, |inputs, _i, F| inputs
        .all_values
        .iter()
        .filter(|v| i32::try_from(black_box(**v))
            .ok()
            .and_then(|v| F::try_from_primitive(v).ok())
            .is_some())
        .count());
    pub fn registry(inputs: &Inputs) -> usize {
        registry_one(inputs)
    }
}

/// One implementation of an operation: one pass over all 172 documented codes, returning a
/// checksum of what it computed (so that the three implementations can be compared).
pub type Bench = fn(&Inputs) -> usize;

/// Every operation, with its three implementations: `rtc_codes`, hand-written, `strum` +
/// `num_enum`.
pub const OPERATIONS: [(&str, Bench, Bench, Bench); 13] = [
    (
        "from_code hits",
        ours::from_code_hits,
        by_hand::from_code_hits,
        by_derive::from_code_hits,
    ),
    (
        "from_code misses",
        ours::from_code_misses,
        by_hand::from_code_misses,
        by_derive::from_code_misses,
    ),
    ("code", ours::code, by_hand::code, by_derive::code),
    ("name", ours::name, by_hand::name, by_derive::name),
    (
        "sdk_name",
        ours::sdk_name,
        by_hand::sdk_name,
        by_derive::sdk_name,
    ),
    (
        "description",
        ours::description,
        by_hand::description,
        by_derive::description,
    ),
    (
        "from_name rust names",
        ours::from_name_rust,
        by_hand::from_name_rust,
        by_derive::from_name_rust,
    ),
    (
        "from_name sdk names",
        ours::from_name_sdk,
        by_hand::from_name_sdk,
        by_derive::from_name_sdk,
    ),
    (
        "from_name misses",
        ours::from_name_misses,
        by_hand::from_name_misses,
        by_derive::from_name_misses,
    ),
    (
        "FromStr",
        ours::from_str,
        by_hand::from_str,
        by_derive::from_str,
    ),
    (
        "Display",
        ours::display,
        by_hand::display,
        by_derive::display,
    ),
    (
        "from_code + description + sdk_name + code",
        ours::lookup,
        by_hand::lookup,
        by_derive::lookup,
    ),
    (
        "registry by value",
        ours::registry,
        by_hand::registry,
        by_derive::registry,
    ),
];

impl Default for Inputs {
    fn default() -> Self {
        Self::new()
    }
}

/// Checks that the three implementations of every operation compute the same, so that their
/// speeds are comparable. `strum` has no name for the catch-all, and its `from_str` does not know
/// Rust names that differ from the SDK's, so those operations are compared to hand-written only.
///
/// # Errors
///
/// The first operation whose implementations disagree.
pub fn check_agreement(inputs: &Inputs) -> Result<(), String> {
    for (operation, ours, hand, derive) in OPERATIONS {
        let expected = ours(inputs);
        if hand(inputs) != expected {
            return Err(format!("{operation}: hand-written disagrees"));
        }
        let comparable = !operation.starts_with("from_name rust")
            && !operation.starts_with("Display")
            && !operation.starts_with("name");
        if comparable && derive(inputs) != expected {
            return Err(format!("{operation}: strum + num_enum disagrees"));
        }
    }
    Ok(())
}
