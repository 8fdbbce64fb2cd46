//! Items the generated code names through `$crate::__private`; not public API.

pub use ::core;
pub use rtc_codes_macros::rtc_codes_impl;

// Short names for the generated code, which imports this module as `__rt`.
pub use crate::{
    Code, CodeInfo, DisplayIn, FamilyInfo, OpenCode, ParseCodeError, Raw, Undeclared, UnknownCode,
};
pub use core::clone::Clone;
pub use core::cmp::{Eq, Ord, Ordering, PartialOrd};
pub use core::convert::{From, TryFrom};
pub use core::error::Error;
pub use core::fmt::{Debug, Display, Formatter, Result as FmtResult};
pub use core::hash::{Hash, Hasher};
pub use core::marker::Copy;
pub use core::option::Option::{self, None, Some};
pub use core::primitive::{bool, i128, i16, i32, i64, i8, str, u16, u32, u64, u8, usize};
pub use core::result::Result::{self, Err, Ok};
pub use core::str::FromStr;
pub use core::{concat, module_path, stringify};

/// The names the templates use most, which each family imports with one glob: a `use` item per
/// name, or a path per use, costs more to compile, and is paid again on every rebuild of the
/// caller's crate. (Names used once per family stay paths through `__rt`: in this glob they cost
/// more than they save.) The `__` prefix keeps them apart from the caller's names.
pub mod template_names {
    pub use super::code_info as __code_info;
    pub use crate::{
        Code as __Code, CodeInfo as __CodeInfo, FamilyInfo as __FamilyInfo,
        ParseCodeError as __ParseCodeError, Raw as __Raw, UnknownCode as __UnknownCode,
    };
    pub use core::convert::{From as __From, TryFrom as __TryFrom};
    pub use core::option::Option::{self as __Option, None as __None, Some as __Some};
    pub use core::primitive::{bool as __bool, str as __str, usize as __usize};
    pub use core::result::Result::{self as __Result, Err as __Err, Ok as __Ok};
}

pub use crate::__documented_families as documented_families;
pub use crate::__impl_family as impl_family;
#[cfg(feature = "serde")]
pub use crate::serde_support::{deserialize, serialize};
#[cfg(feature = "serde")]
pub use ::serde;

use crate::{ParseCodeErrorKind, Repr};

/// Implemented by nothing: the bound of the inherent `from` of a closed family, which exists so
/// that `Family::from(value)` says what to write instead of "expected `Family`, found `u8`"
/// (without it, the call resolves to the reflexive `From<Family>`).
#[diagnostic::on_unimplemented(
    message = "`{F}` is a closed family: `{F}::from` has no code for an undeclared `{Self}`",
    label = "a value of a closed family",
    note = "convert with `{F}::try_from(value)`, which fails on an undeclared value, or declare the family open with `#[codes(other = Other)]` to keep every value"
)]
pub trait ClosedFamilyHasNoFrom<F> {
    /// Never called: no type implements the trait.
    fn into_code(self) -> F;
}

/// A family's `CodeInfo` (which is `#[non_exhaustive]`), as the templates write it: one call of
/// literals per code, which the compiler evaluates while compiling. A code with a success flag,
/// deprecation, aliases or translations adds `.with_details(...)`.
#[must_use]
pub const fn code_info(
    family: &'static str,
    lang: &'static str,
    name: &'static str,
    sdk_name: &'static str,
    value: i128,
    description: &'static str,
) -> CodeInfo {
    CodeInfo {
        family,
        lang,
        name,
        sdk_name,
        aliases: &[],
        value,
        description,
        translations: &[],
        success: false,
        deprecated: false,
        line_breaks: false,
    }
}

/// The metadata of the code at `index` of `family`, for a family's `info`: a call, which each
/// family compiles more cheaply than the index expression it stands for.
#[inline]
#[must_use]
// `get` is not a `const fn` before Rust 1.85; the index is checked on the line before.
#[allow(clippy::indexing_slicing)]
pub const fn code_at(family: &'static FamilyInfo, index: usize) -> Option<&'static CodeInfo> {
    if index < family.codes.len() {
        Some(&family.codes[index])
    } else {
        None
    }
}

// The bodies of a family's impls that need no per-code list are written once here, generic over
// the family, rather than in the template: a template's tokens are expanded, parsed, resolved and
// hashed again for every family on every rebuild, where a call to one of these is a path and a
// few arguments. (What this saves in a rebuild is in BENCHMARKS.md, "0.3: a leaner expansion";
// the optimizer inlines them as before.)

/// `Code::try_from_code` of every family: `TryFrom<R>`'s answer, with an [`UnknownCode`] (which
/// an open family, whose conversion is `From<R>`, never returns).
///
/// # Errors
///
/// A closed family's [`UnknownCode`] for an undeclared value.
#[inline]
pub fn try_from_code<C>(value: C::Repr) -> Result<C, UnknownCode>
where
    C: Code + TryFrom<C::Repr>,
    UnknownCode: From<<C as TryFrom<C::Repr>>::Error>,
{
    C::try_from(value).map_err(UnknownCode::from)
}

/// `TryFrom<R>` of every closed family: the declared code, or an error naming the family and the
/// value.
///
/// # Errors
///
/// [`UnknownCode`] for an undeclared value.
#[inline]
pub fn try_from_value<C: Code>(value: C::Repr) -> Result<C, UnknownCode> {
    match C::from_code(value) {
        Some(code) => Ok(code),
        None => Err(UnknownCode::new(C::FAMILY, value.into())),
    }
}

/// `From<R>` of every open family: the declared code, or the catch-all (`other`) keeping the
/// value.
#[inline]
pub fn from_value<C: Code>(value: C::Repr, other: fn(Undeclared<C>) -> C) -> C {
    match C::from_code(value) {
        Some(code) => code,
        None => other(crate::undeclared::undeclared(value)),
    }
}

/// `From<Raw<F>>` of every open family.
#[inline]
pub fn from_raw<C: Code + From<C::Repr>>(raw: Raw<C>) -> C {
    C::from(raw.value())
}

/// `TryFrom<Raw<F>>` of every closed family.
///
/// # Errors
///
/// [`UnknownCode`] for an undeclared value.
#[inline]
pub fn try_from_raw<C: Code>(raw: Raw<C>) -> Result<C, UnknownCode> {
    try_from_value(raw.value())
}

/// `Hash` of every family: its value's, so that it agrees with `Eq`.
#[inline]
pub fn hash_code<C: Code, H: Hasher>(code: C, state: &mut H) {
    code.code().hash(state);
}

/// A family's `display_in`: the `Code` trait's, called through this function, whose path the
/// compiler resolves more cheaply than the trait method's (BENCHMARKS.md, "0.3: a leaner
/// expansion").
#[inline]
pub fn display_in<C: Code>(code: C, language: &str) -> DisplayIn<'_> {
    code.display_in(language)
}

/// A family's `description_in`: what `code` means in `language`, if it is described in it.
#[inline]
#[must_use]
pub fn description_in<C: Code>(code: C, language: &str) -> Option<&'static str> {
    match code.info() {
        Some(info) => info.description_in(language),
        None => None,
    }
}

/// `Debug` of every family, as derived: the code's name (`InvalidToken`), or the catch-all with
/// the value it keeps (`Other(-1081)`).
///
/// # Errors
///
/// Those of the formatter.
#[inline]
pub fn fmt_debug<C: Code>(f: &mut Formatter<'_>, code: C) -> FmtResult {
    match code.info() {
        Some(info) => f.write_str(info.name),
        None => f
            .debug_tuple(C::FAMILY.catch_all.unwrap_or(C::FAMILY.name))
            .field(&code.code())
            .finish(),
    }
}

/// A [`FamilyInfo`] (which is `#[non_exhaustive]`) of a closed family of `R`, in a constant; an
/// open one adds `.with_catch_all(...)`. `lang` is the language of the descriptions, `""` when
/// the family does not say. The type comes as a parameter, so that the templates need no
/// `stringify!` (a macro call per family) for its name.
#[must_use]
pub const fn family_info<R: Repr>(
    name: &'static str,
    module_path: &'static str,
    docs: &'static str,
    lang: &'static str,
    languages: &'static [&'static str],
    codes: &'static [CodeInfo],
) -> FamilyInfo {
    FamilyInfo {
        module_path,
        docs,
        lang: if lang.is_empty() { None } else { Some(lang) },
        languages,
        ..FamilyInfo::new(name, R::NAME, codes)
    }
}

/// The metadata of the code of `C` with this value, for the registry's [`find_value`](crate::find_value).
#[must_use]
pub fn find_value<C: Code>(value: i128) -> Option<&'static CodeInfo> {
    C::Repr::from_i128(value)
        .and_then(C::from_code)
        .and_then(C::info)
}

/// The metadata of the code of `C` known by `name`, for the registry's [`find_name`](crate::find_name).
#[must_use]
pub fn find_name<C: Code>(name: &str) -> Option<&'static CodeInfo> {
    C::from_name(name).and_then(C::info)
}

/// `Display` of every family: `kErrorCodeInvalidToken (-1000): Token 无效。…`, or
/// `ErrorCode (-1081): undeclared code` for a value kept by an open family (see [`DisplayIn`]).
///
/// # Errors
///
/// Those of the formatter.
#[inline]
pub fn fmt_code<C: Code>(f: &mut Formatter<'_>, code: C) -> FmtResult {
    fmt_parts(f, code.info(), C::FAMILY, code.code().into())
}

/// [`fmt_code`], compiled once for every family.
fn fmt_parts(
    f: &mut Formatter<'_>,
    info: Option<&'static CodeInfo>,
    family: &'static FamilyInfo,
    value: i128,
) -> FmtResult {
    Display::fmt(&DisplayIn::new(info, family, value, None), f)
}

/// `FromStr` of every family: a name (Rust, SDK or alias), or a value (decimal or hexadecimal,
/// with a sign: `-1000`, `+5`, `-0x3e8`, `0X3E8`), spaces around it aside.
///
/// # Errors
///
/// [`ParseCodeError`], saying whether the string was empty, no name, out of range or undeclared.
pub fn parse_code<C: Code>(s: &str) -> Result<C, ParseCodeError> {
    match C::from_name(s) {
        Some(code) => Ok(code),
        None => parse_value(s),
    }
}

/// `FromStr` of a string that is no name: a value, or the error. Apart from [`parse_code`], so
/// that the lookup by name, the common case, stays small enough to inline.
#[inline(never)]
fn parse_value<C: Code>(s: &str) -> Result<C, ParseCodeError> {
    let error = |kind| ParseCodeError::new(C::FAMILY, kind).with_input(s);
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Err(error(ParseCodeErrorKind::Empty));
    }
    if trimmed.len() != s.len() {
        if let Some(code) = C::from_name(trimmed) {
            return Ok(code);
        }
    }
    let Some((negative, digits, radix)) = number(trimmed) else {
        return Err(error(ParseCodeErrorKind::UnknownName));
    };
    // Digits of the radix only (checked above), so a failure is a number too large for `i128`,
    // and a value outside the family's type is out of its range.
    let value = i128::from_str_radix(digits, radix)
        .ok()
        .and_then(|magnitude| {
            if negative {
                magnitude.checked_neg()
            } else {
                Some(magnitude)
            }
        });
    let Some(value) = value.and_then(C::Repr::from_i128) else {
        return Err(error(ParseCodeErrorKind::OutOfRange));
    };
    C::try_from_code(value)
        .map_err(|unknown| error(ParseCodeErrorKind::UnknownValue(unknown.value())))
}

/// The sign, digits and radix of a number (`-1000`, `+5`, `0x3e8`, `-0X3E8`); `None` for what is
/// no number.
fn number(s: &str) -> Option<(bool, &str, u32)> {
    let (negative, unsigned) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (digits, radix) = match unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))
    {
        Some(hex) => (hex, 16),
        None => (unsigned, 10),
    };
    let numeric = !digits.is_empty() && digits.bytes().all(|b| (b as char).is_digit(radix));
    numeric.then_some((negative, digits, radix))
}
