//! The fixed shape of every family's impls, as `macro_rules!` templates.
//!
//! `rtc_codes!` parses and checks a family, writes the enum definition itself (with the user's
//! attributes and the generated rustdoc), and hands the family's data to [`__impl_family!`] once:
//!
//! ```text
//! $crate::__private::impl_family! {
//!     ErrorCode: i32 = "ErrorCode" {
//!         docs: "回调错误码。",
//!         kind: open(Other = "Other"),          // or `closed(i32)`: `#[repr(i32)]`, `TryFrom`
//!         lang: "zh",                           // the descriptions' language, or ""
//!         languages: ["en"],
//!         successes: [],                        // the codes that mean success
//!         ordered: [PartialOrd, Ord],           // as the family derives them: by value
//!         serde: [Serialize, Deserialize],      // as the family derives them: the integer
//!         from_name: flat,                      // or the dispatch of a very large family
//!         codes: [
//!             InvalidToken = -1000 => "Token 无效。" {
//!                 index: 0,
//!                 name: "InvalidToken",
//!                 sdk_name: "kErrorCodeInvalidToken",
//!                 names: ["InvalidToken", "kErrorCodeInvalidToken"],
//!                 // only where a code has one of them, or a description with a line break:
//!                 details: {
//!                     success: false,
//!                     deprecated: false,
//!                     aliases: [],
//!                     translations: [("en", "Invalid token.")],
//!                     line_breaks: false,
//!                 },
//!             }
//!         ],
//!     }
//! }
//! ```
//!
//! What the proc macro computes and a template cannot (SDK names, the strings of raw identifiers,
//! indices, the lookup names without repeats, the shape of a very large `from_name`) comes in as
//! data; everything else is written here once, as one would write it by hand. The impls sit in a
//! `const _: () = { ... };` block that imports `__private` as `__rt`, so no name of the caller's
//! can interfere, and locals (`code`, `name`, `f`) keep `macro_rules!` hygiene.

/// Implements a family's inherent API, `Code`, its conversions, `FromStr`, `Display`, `Error`, and
/// the derives it asks for (`PartialOrd`/`Ord`, `Serialize`/`Deserialize`). See the module docs
/// for the input.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_family {
    (
        $family:ident: $repr:ident = $family_name:literal {
            docs: $docs:literal,
            kind: $(open($other:ident = $other_name:literal))? $(closed($closed_repr:ident))?,
            lang: $lang:literal,
            languages: [$($language:literal),*],
            successes: [$($success:ident),*],
            ordered: [$($ordered:ident),*],
            serde: [$($serde:ident),*],
            from_name: $from_name:tt,
            codes: [$(
                $code:ident = $value:literal => $description:literal {
                    index: $index:literal,
                    name: $name:literal,
                    sdk_name: $sdk_name:literal,
                    names: [$($lookup:literal),+],
                    $(details: {
                        success: $is_success:literal,
                        deprecated: $deprecated:literal,
                        aliases: [$($alias:literal),*],
                        translations: [$(($translation_language:literal, $translation:literal)),*],
                        line_breaks: $line_breaks:literal,
                    },)?
                }
            )*],
        }
    ) => {
        const _: () = {
            use $crate::__private as __rt;

            // `deprecated`: the codes marked so are listed here; `unreachable_*`: `is_success` of
            // a family whose codes all mean success, and `info` of a family left without codes
            // by errors in its input; `indexing_slicing`: `info` indexes the table with the
            // code's own position in it.
            #[allow(
                deprecated,
                unreachable_code,
                unreachable_patterns,
                clippy::indexing_slicing,
                clippy::match_same_arms
            )]
            impl $family {
                #[doc = __rt::concat!(" Every declared code of `", $family_name, "`, in declaration order.")]
                pub const ALL: &'static [Self] = &[$(Self::$code),*];

                #[doc = __rt::concat!(" The number of declared codes of `", $family_name, "`.")]
                pub const COUNT: __rt::usize = Self::ALL.len();

                #[doc = __rt::concat!(
                    " The metadata of `", $family_name,
                    "`: its name, docs, type, and the `CodeInfo` of every code."
                )]
                pub const FAMILY: &'static __rt::FamilyInfo = &__rt::family_info(
                    $family_name,
                    __rt::module_path!(),
                    $docs,
                    __rt::stringify!($repr),
                    $lang,
                    &[$($language),*],
                    &[$(
                        __rt::code_info($family_name, $lang, $name, $sdk_name, $value, $description)
                        $(.with_details(
                            $is_success,
                            $deprecated,
                            &[$($alias),*],
                            &[$(($translation_language, $translation)),*],
                            $line_breaks,
                        ))?
                    ),*],
                )
                $(.with_catch_all($other_name))?;

                #[doc = __rt::concat!(
                    " The code of `", $family_name,
                    "` whose value is `code`, or `None` if no code declares it."
                )]
                #[inline]
                #[must_use]
                pub const fn from_code(code: __rt::$repr) -> __rt::Option<Self> {
                    match code {
                        $($value => __rt::Some(Self::$code),)*
                        _ => __rt::None,
                    }
                }

                /// The value of this code (for an undeclared value, the value it keeps).
                #[inline]
                #[must_use]
                pub const fn code(self) -> __rt::$repr {
                    match self {
                        $(Self::$code => $value,)*
                        $(Self::$other(code) => code,)?
                    }
                }

                #[doc = __rt::concat!(
                    " The code of `", $family_name,
                    "` known by `name`: its Rust name, its SDK name or one of its aliases, compared exactly."
                )]
                #[inline]
                #[must_use]
                pub fn from_name(name: &__rt::str) -> __rt::Option<Self> {
                    $crate::__from_name!(name, $from_name, [$($code: $($lookup)|+),*])
                }

                /// The metadata of this code, or `None` for an undeclared value.
                #[inline]
                #[must_use]
                pub const fn info(self) -> __rt::Option<&'static __rt::CodeInfo> {
                    // One `match` to an index and one index expression: the table is named once.
                    let index: __rt::usize = match self {
                        $(Self::$code => $index,)*
                        $(Self::$other(_) => return __rt::None,)?
                    };
                    __rt::Some(&Self::FAMILY.codes[index])
                }

                /// The Rust name of this code (the catch-all's name for an undeclared value).
                #[inline]
                #[must_use]
                pub const fn name(self) -> &'static __rt::str {
                    match self {
                        $(Self::$code => $name,)*
                        $(Self::$other(_) => $other_name,)?
                    }
                }

                /// The SDK's identifier of this code; empty for an undeclared value.
                #[inline]
                #[must_use]
                pub const fn sdk_name(self) -> &'static __rt::str {
                    match self {
                        $(Self::$code => $sdk_name,)*
                        $(Self::$other(_) => "",)?
                    }
                }

                /// What this code means, as documented; empty for an undeclared value.
                #[inline]
                #[must_use]
                pub const fn description(self) -> &'static __rt::str {
                    match self {
                        $(Self::$code => $description,)*
                        $(Self::$other(_) => "",)?
                    }
                }

                /// Whether this code means success.
                #[inline]
                #[must_use]
                pub const fn is_success(self) -> __rt::bool {
                    match self {
                        $(Self::$success => true,)*
                        _ => false,
                    }
                }

                /// Whether this is a declared code rather than a value kept by the catch-all.
                #[inline]
                #[must_use]
                pub const fn is_declared(self) -> __rt::bool {
                    self.info().is_some()
                }

                /// This code as one line, as `Display` shows it, with the description in
                /// `language` (such as `"en"`); the default description where this code has
                /// none in it.
                #[inline]
                #[must_use]
                pub fn display_in(self, language: &__rt::str) -> __rt::DisplayIn<'_> {
                    <Self as __rt::Code>::display_in(self, language)
                }

                /// What this code means in `language` (a language tag such as `"en"` or
                /// `"zh-CN"`, matched without case and falling back to shorter tags: `"en-US"`
                /// finds `"en"`), if this code is described in that language; the family's own
                /// language finds `description()`.
                #[inline]
                #[must_use]
                pub fn description_in(self, language: &__rt::str) -> __rt::Option<&'static __rt::str> {
                    match self.info() {
                        __rt::Some(info) => info.description_in(language),
                        __rt::None => __rt::None,
                    }
                }
            }

            #[automatically_derived]
            impl __rt::Code for $family {
                type Repr = __rt::$repr;
                const FAMILY: &'static __rt::FamilyInfo = Self::FAMILY;
                const ALL: &'static [Self] = Self::ALL;

                #[inline]
                fn from_code(code: __rt::$repr) -> __rt::Option<Self> {
                    Self::from_code(code)
                }

                #[inline]
                fn try_from_code(code: __rt::$repr) -> __rt::Result<Self, __rt::UnknownCode> {
                    // `From<R>` of an open family never fails; `TryFrom<R>` of a closed one names
                    // the family and the value.
                    match <Self as __rt::TryFrom<__rt::$repr>>::try_from(code) {
                        __rt::Ok(code) => __rt::Ok(code),
                        __rt::Err(error) => __rt::Err(__rt::From::from(error)),
                    }
                }

                #[inline]
                fn from_name(name: &__rt::str) -> __rt::Option<Self> {
                    Self::from_name(name)
                }

                #[inline]
                fn code(self) -> __rt::$repr {
                    self.code()
                }

                #[inline]
                fn info(self) -> __rt::Option<&'static __rt::CodeInfo> {
                    self.info()
                }
            }

            $(
                #[automatically_derived]
                impl __rt::From<__rt::$repr> for $family {
                    /// The declared code of this value, or the catch-all keeping it.
                    #[inline]
                    fn from(code: __rt::$repr) -> Self {
                        match Self::from_code(code) {
                            __rt::Some(code) => code,
                            __rt::None => Self::$other(code),
                        }
                    }
                }

                #[automatically_derived]
                impl __rt::From<__rt::Raw<$family>> for $family {
                    /// The code of the value as it came through FFI.
                    #[inline]
                    fn from(raw: __rt::Raw<$family>) -> Self {
                        <Self as __rt::From<__rt::$repr>>::from(raw.value())
                    }
                }

                #[automatically_derived]
                impl __rt::OpenCode for $family {}
            )?

            $(
                // `Family::from(value)` of a closed family: an error saying what to write instead.
                impl $family {
                    #[doc(hidden)]
                    #[inline]
                    pub fn from<__T: __rt::ClosedFamilyHasNoFrom<Self>>(value: __T) -> Self {
                        value.into_code()
                    }
                }

                #[automatically_derived]
                impl __rt::TryFrom<__rt::$closed_repr> for $family {
                    type Error = __rt::UnknownCode;

                    /// The declared code of this value, or an error naming the family and the value.
                    #[inline]
                    fn try_from(code: __rt::$closed_repr) -> __rt::Result<Self, __rt::UnknownCode> {
                        match Self::from_code(code) {
                            __rt::Some(code) => __rt::Ok(code),
                            __rt::None => __rt::Err(__rt::UnknownCode::new(
                                Self::FAMILY,
                                <__rt::i128 as __rt::From<__rt::$closed_repr>>::from(code),
                            )),
                        }
                    }
                }

                #[automatically_derived]
                impl __rt::TryFrom<__rt::Raw<$family>> for $family {
                    type Error = __rt::UnknownCode;

                    /// The code of the value as it came through FFI, or an error naming the
                    /// family and the value.
                    #[inline]
                    fn try_from(raw: __rt::Raw<$family>) -> __rt::Result<Self, __rt::UnknownCode> {
                        <Self as __rt::TryFrom<__rt::$closed_repr>>::try_from(raw.value())
                    }
                }
            )?

            #[automatically_derived]
            impl __rt::From<$family> for __rt::$repr {
                #[inline]
                fn from(code: $family) -> Self {
                    code.code()
                }
            }

            #[automatically_derived]
            impl __rt::FromStr for $family {
                type Err = __rt::ParseCodeError;

                #[inline]
                fn from_str(text: &__rt::str) -> __rt::Result<Self, __rt::ParseCodeError> {
                    __rt::parse_code(text)
                }
            }

            #[automatically_derived]
            impl __rt::Display for $family {
                #[inline]
                fn fmt(&self, f: &mut __rt::Formatter<'_>) -> __rt::FmtResult {
                    __rt::fmt_code(
                        f,
                        self.info(),
                        Self::FAMILY,
                        <__rt::i128 as __rt::From<__rt::$repr>>::from(self.code()),
                    )
                }
            }

            #[automatically_derived]
            impl __rt::Error for $family {}

            $($crate::__impl_order! { $ordered $family })*

            $($crate::__impl_serde! { $serde $family })*
        };
    };
}

/// `PartialOrd` and `Ord` of a family that derives them: by value, an open family's undeclared
/// values included (derived, they would follow the variants' order). A catch-all built by hand
/// with a declared value sorts right after that code, so that the order agrees with `Eq`.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_order {
    (PartialOrd $family:ident) => {
        #[automatically_derived]
        impl $crate::__private::PartialOrd for $family {
            #[inline]
            fn partial_cmp(
                &self,
                other: &Self,
            ) -> $crate::__private::Option<$crate::__private::Ordering> {
                $crate::__private::Some($crate::__private::Ord::cmp(
                    &(self.code(), !self.is_declared()),
                    &(other.code(), !other.is_declared()),
                ))
            }
        }
    };
    (Ord $family:ident) => {
        #[automatically_derived]
        impl $crate::__private::Ord for $family {
            #[inline]
            fn cmp(&self, other: &Self) -> $crate::__private::Ordering {
                $crate::__private::Ord::cmp(
                    &(self.code(), !self.is_declared()),
                    &(other.code(), !other.is_declared()),
                )
            }
        }
    };
}

/// The body of `from_name`, given the name to look up, the shape of the lookup and every code's
/// names (`[Code: "Name" | "kName", ...]`).
///
/// A string `match` compares the length first, and the bytes only of names of that length, so
/// one flat `match` is as fast as any other shape while few names share a length (`flat`). For a
/// very large family, where many do, the proc macro computes a dispatch on the length, then on
/// the byte that best tells those names apart (`{ length => { at: byte, value => [names] } }`), so
/// that a lookup still compares about one string.
#[doc(hidden)]
#[macro_export]
macro_rules! __from_name {
    ($name:ident, flat, [$($code:ident: $($lookup:literal)|+),*]) => {
        match $name {
            $($($lookup)|+ => $crate::__private::Some(Self::$code),)*
            _ => $crate::__private::None,
        }
    };
    ($name:ident, { $($length:literal => $names:tt),* $(,)? }, $codes:tt) => {
        match $name.len() {
            $($length => $crate::__from_name!(@names $name, $names),)*
            _ => $crate::__private::None,
        }
    };
    (@names $name:ident, { at: $position:literal, $($byte:literal => $names:tt),* $(,)? }) => {
        match $name.as_bytes().get($position) {
            $($crate::__private::Some(&$byte) => $crate::__from_name!(@names $name, $names),)*
            _ => $crate::__private::None,
        }
    };
    (@names $name:ident, [$($code:ident: $($lookup:literal)|+),* $(,)?]) => {
        match $name {
            $($($lookup)|+ => $crate::__private::Some(Self::$code),)*
            _ => $crate::__private::None,
        }
    };
}
