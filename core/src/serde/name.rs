//! Codes by name, for `#[serde(with = "rtc_codes::serde::name")]` on a field of any family, or of
//! `Option` of one.
//!
//! A declared code serializes as its SDK name, an undeclared value (kept by an open family) as
//! its integer; either deserializes, from any name [`from_name`](crate::Code::from_name) accepts
//! (Rust name, SDK name, alias) or from the integer. A name no code has is an error that names
//! the family and the name.
//!
//! ```
//! use rtc_codes::ErrorCode;
//!
//! #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
//! struct Report {
//!     #[serde(with = "rtc_codes::serde::name")]
//!     error: ErrorCode,
//!     #[serde(with = "rtc_codes::serde::name", default)]
//!     previous: Option<ErrorCode>,
//! }
//!
//! let report = Report { error: ErrorCode::InvalidToken, previous: Some(ErrorCode::from(-1081)) };
//! let json = serde_json::to_string(&report).unwrap();
//! assert_eq!(json, r#"{"error":"kErrorCodeInvalidToken","previous":-1081}"#);
//! assert_eq!(serde_json::from_str::<Report>(&json).unwrap(), report);
//!
//! let by_rust_name: Report = serde_json::from_str(r#"{"error":"InvalidToken"}"#).unwrap();
//! assert_eq!(by_rust_name.error, ErrorCode::InvalidToken);
//! let error = serde_json::from_str::<Report>(r#"{"error":"kNoSuchCode"}"#).unwrap_err();
//! assert!(error.to_string().contains("no ErrorCode code is named \"kNoSuchCode\""));
//! ```

use core::fmt;
use core::marker::PhantomData;

use ::serde::de::{self, Deserializer, Visitor};
use ::serde::ser::{Serialize, Serializer};

use crate::{Code, Repr};

/// What `rtc_codes::serde::name` works on: every family, and `Option` of one.
pub trait ByName: Sized {
    /// Serializes `self` by name.
    ///
    /// # Errors
    ///
    /// Those of the serializer.
    fn serialize_by_name<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;

    /// Deserializes from a name or an integer.
    ///
    /// # Errors
    ///
    /// Those of the deserializer; a name that no code has; an undeclared value of a closed family.
    fn deserialize_by_name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

impl<C: Code> ByName for C
where
    C::Repr: Serialize,
{
    fn serialize_by_name<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.info() {
            Some(info) => serializer.serialize_str(info.sdk_name),
            None => self.code().serialize(serializer),
        }
    }

    fn deserialize_by_name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(CodeVisitor(PhantomData))
    }
}

impl<C: Code> ByName for Option<C>
where
    C::Repr: Serialize,
{
    fn serialize_by_name<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(code) => serializer.serialize_some(&Named(*code)),
            None => serializer.serialize_none(),
        }
    }

    fn deserialize_by_name<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_option(OptionVisitor(PhantomData))
    }
}

/// Serializes `value` (a code, or `Option` of one) by name.
///
/// # Errors
///
/// Those of the serializer.
pub fn serialize<T: ByName, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    value.serialize_by_name(serializer)
}

/// Deserializes a code (or `Option` of one) from a name or an integer.
///
/// # Errors
///
/// Those of the deserializer; a name that no code of the family has; an undeclared value of a
/// closed family, or a value out of the family's range.
pub fn deserialize<'de, T: ByName, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    T::deserialize_by_name(deserializer)
}

/// A code, serialized by name.
struct Named<C>(C);

impl<C: Code> Serialize for Named<C>
where
    C::Repr: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_by_name(serializer)
    }
}

struct CodeVisitor<C>(PhantomData<C>);

impl<C: Code> CodeVisitor<C> {
    fn value<E: de::Error>(value: i128) -> Result<C, E> {
        let family = C::FAMILY;
        let Some(value) = C::Repr::from_i128(value) else {
            return Err(E::custom(format_args!(
                "{value} is out of range for {}, whose values are {}",
                family.name, family.repr
            )));
        };
        C::try_from_code(value).map_err(E::custom)
    }
}

impl<C: Code> Visitor<'_> for CodeVisitor<C> {
    type Value = C;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the name or the value of a {} code", C::FAMILY.name)
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<C, E> {
        C::from_name(name)
            .ok_or_else(|| E::custom(format_args!("no {} code is named {name:?}", C::FAMILY.name)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<C, E> {
        Self::value(value.into())
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<C, E> {
        Self::value(value.into())
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<C, E> {
        Self::value(value)
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<C, E> {
        match i128::try_from(value) {
            Ok(value) => Self::value(value),
            Err(_) => Err(E::custom(format_args!(
                "{value} is out of range for {}, whose values are {}",
                C::FAMILY.name,
                C::FAMILY.repr
            ))),
        }
    }
}

struct OptionVisitor<C>(PhantomData<C>);

impl<'de, C: Code> Visitor<'de> for OptionVisitor<C>
where
    C::Repr: Serialize,
{
    type Value = Option<C>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "nothing, or the name or the value of a {} code",
            C::FAMILY.name
        )
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        C::deserialize_by_name(deserializer).map(Some)
    }
}
