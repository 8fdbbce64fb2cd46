//! `serde` support: a family that derives `Serialize` or `Deserialize` serializes as its integer
//! and deserializes from it, and so do the documented families when the `serde` feature is on.
//!
//! A family gets the impls only by asking (`#[derive(serde::Serialize, serde::Deserialize)]`,
//! which the proc macro turns into `__impl_serde!` invocations), never because the feature is on
//! somewhere in the build: a crate that implements serde for its family itself keeps compiling
//! when another crate of the build turns the feature on (Cargo features are additive).

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

/// Implements `Serialize` or `Deserialize` for a family that derives it, as its integer. The proc
/// macro invokes it only when the `serde` feature is on.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    (Serialize $family:ty) => {
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
    };
    (Deserialize $family:ty) => {
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

/// `Serialize` and `Deserialize` of every documented family, as its integer.
#[cfg(feature = "serde")]
macro_rules! documented_serde {
    ([$($family:ident,)*]) => {
        $(
            crate::__impl_serde! { Serialize crate::$family }
            crate::__impl_serde! { Deserialize crate::$family }
        )*
    };
}

#[cfg(feature = "serde")]
crate::__documented_families!(documented_serde! {});
