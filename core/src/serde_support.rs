//! `serde` support: every family serializes as its integer and deserializes from it.
//!
//! The impls are written by `__serde_impls!`, which the generated code of every family invokes.
//! The macro is defined here, where the `serde` feature of `rtc-codes` is known: with it, it
//! implements `Serialize` and `Deserialize`; without it, it expands to nothing. So a downstream
//! crate gets the impls by enabling `rtc-codes/serde` alone, whatever its own features.

#[cfg(feature = "serde")]
mod enabled {
    use ::serde::de::{Deserialize, Deserializer, Error as _};
    use ::serde::ser::{Serialize, Serializer};

    use crate::Code;

    /// Serializes `code` as its integer, of the family's type.
    ///
    /// # Errors
    ///
    /// Those of the serializer.
    pub fn serialize<C, S>(code: C, serializer: S) -> Result<S::Ok, S::Error>
    where
        C: Code,
        C::Repr: Serialize,
        S: Serializer,
    {
        code.code().serialize(serializer)
    }

    /// Deserializes a code from its integer: a value that no code declares is the catch-all of
    /// an open family, and an error naming the family and the value for a closed one.
    ///
    /// # Errors
    ///
    /// Those of the deserializer, and an undeclared value of a closed family.
    pub fn deserialize<'de, C, D>(deserializer: D) -> Result<C, D::Error>
    where
        C: Code,
        C::Repr: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        let value = C::Repr::deserialize(deserializer)?;
        C::try_from_code(value).map_err(D::Error::custom)
    }
}

#[cfg(feature = "serde")]
pub use enabled::{deserialize, serialize};

/// Implements `Serialize` and `Deserialize` for a family (the `serde` feature is on).
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($family:ident) => {
        #[automatically_derived]
        impl $crate::__private::serde::Serialize for $family {
            #[inline]
            fn serialize<__S>(
                &self,
                __serializer: __S,
            ) -> $crate::__private::Result<__S::Ok, __S::Error>
            where
                __S: $crate::__private::serde::Serializer,
            {
                $crate::__private::serialize(*self, __serializer)
            }
        }

        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $family {
            #[inline]
            fn deserialize<__D>(__deserializer: __D) -> $crate::__private::Result<Self, __D::Error>
            where
                __D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize(__deserializer)
            }
        }
    };
}

/// Implements nothing (the `serde` feature is off).
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serde_impls {
    ($family:ident) => {};
}
