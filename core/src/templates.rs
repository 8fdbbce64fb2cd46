//! `rtc_codes!`, and the fixed shape of every family's impls, as `macro_rules!` templates.
//!
//! The two live in one file on purpose. The compiler hashes every span of a rebuilt crate as a
//! file, line and column, through a cache of a few lines that a change of file misses, and the
//! tokens of a family's expansion come from the user's file, from the templates, and from the
//! call site of the proc macro (the wrapper's invocation of `rtc_codes_impl!`, at the end of this
//! file, whose span the text the macro lexes takes): a third file among them, or the wrapper at
//! the top of this file, costs every rebuild more (BENCHMARKS.md, "0.3: a leaner expansion").
//!
//! `rtc_codes!` parses and checks a family, writes the enum definition itself (with the user's
//! attributes and the generated rustdoc), and hands the family's data to [`__impl_family!`] once:
//!
//! ```text
//! $crate::__private::impl_family! {
//!     // The user's tokens, with their spans:
//!     family: ErrorCode,
//!     other: [Other],                           // the catch-all of an open family, or `[]`
//!     successes: [],                            // the codes that mean success
//!     codes: [InvalidToken],                    // every code's identifier,
//!     descriptions: ["Token 无效。"],           // and its description as written, in order.
//!     repr_type: [__rt::i32],                   // `Code::Repr`, located at the family's type
//!     // The rest, written as text and lexed in one call:
//!     repr: i32,
//!     name: "ErrorCode",
//!     docs: "回调错误码。",
//!     rustdoc: [doc],                           // the methods' docs under `cfg(doc)`, or `[]`
//!     kind: open("Other"),                      // or `closed(i32)`: `#[repr(i32)]`, `TryFrom`
//!     lang: "zh",                               // the descriptions' language, or ""
//!     languages: ["en"],
//!     ordered: [PartialOrd, Ord],               // as the family derives them: by value
//!     serde: [Serialize, Deserialize],          // as the family derives them: the integer
//!     from_name: |name| {                       // the lookup, as the proc macro shapes it:
//!         __Some(match name {                   // each name to its code
//!             "InvalidToken" | "kErrorCodeInvalidToken" => ErrorCode::InvalidToken,
//!             _ => return __None,
//!         })
//!     },
//!     count: 1,                                 // the number of codes
//!     data: [                                   // each code's data, in the order of `codes`:
//!         (                                     // value, index, name, SDK name,
//!             -1000 0 "InvalidToken" "kErrorCodeInvalidToken" // without commas,
//!             // and only where a code has one of them, or a description with a line break:
//!             details {
//!                 success: false,
//!                 deprecated: false,
//!                 aliases: [],
//!                 translations: [("en", "Invalid token.")],
//!                 line_breaks: false
//!             }
//!         )
//!     ],
//! }
//! ```
//!
//! What the proc macro computes and a template cannot (SDK names, the strings of raw identifiers,
//! indices, the body of `from_name`, whose shape depends on the names) comes in as data;
//! everything else is written here once, as one would write it by hand. The user's own tokens
//! (the family's and the codes' names, the catch-all, the descriptions) come first, each list on
//! its own; the rest is text that the compiler lexes in one call (`macros/src/template_input.rs`
//! writes it all), as a proc macro compiled unoptimized builds tokens one by one at a cost. The
//! lists are read in step (`$($family::$code => $value,)*`; a variant is named through its
//! family, which name resolution settles, rather than `Self`, which is left to type checking).
//! The impls sit in a `const _: () = { ... };` block that imports `__private` as `__rt` and its
//! `template_names` (`__Some`, `__str`, ...), so no name of the caller's can interfere, and
//! locals (`code`, `name`, `f`) keep `macro_rules!` hygiene.
//!
//! Each accessor (`code`, `name`, `sdk_name`, `description`) has a `match` of its own, as one
//! written by hand: reading the table through `info`'s index measured three times slower. The
//! bodies that need no per-code list (`Debug`, `Display`, `Hash`, the conversions) call helpers
//! of `__private`, written once and generic over the family, so that every family's expansion
//! is a call where it would be the body again.
//!
//! The family's own impls carry no `#[automatically_derived]` (only those that stand in for the
//! user's derives, `PartialOrd`/`Ord` and serde's, do): every attribute is parsed and checked
//! again on every rebuild, and these impls are the crate's API rather than derives.

/// Implements a family's inherent API, `Code`, its conversions, `FromStr`, `Display`, `Error`, and
/// the derives it asks for (`PartialOrd`/`Ord`, `Serialize`/`Deserialize`). See the module docs
/// for the input.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_family {
    (
        family: $family:ident,
        other: [$($other:ident)?],
        successes: [$($success:ident)*],
        codes: [$($code:ident)*],
        descriptions: [$($description:literal)*],
        repr_type: [$($repr_type:tt)*],
        repr: $repr:ident,
        name: $family_name:literal,
        docs: $docs:literal,
        rustdoc: [$($rustdoc:ident)?],
        kind: $(open($other_name:literal))? $(closed($closed_repr:ident))?,
        lang: $lang:literal,
        languages: [$($language:literal),*],
        ordered: [$($ordered:ident),*],
        serde: [$($serde:ident),*],
        from_name: |$lookup:ident| $from_name:tt,
        count: $count:literal,
        data: [$(
            (
                $value:literal $index:literal $name:literal $sdk_name:literal
                $(details {
                    success: $is_success:literal,
                    deprecated: $deprecated:literal,
                    aliases: [$($alias:literal),*],
                    translations: [$(($translation_language:literal, $translation:literal)),*],
                    line_breaks: $line_breaks:literal
                })?
            )
        )*],
    ) => {
        const _: () = {
            // One glob for the names the templates use most (see `template_names`).
            use $crate::__private::{self as __rt, template_names::*};

            // The table as an array `const` of its own, not borrowed where it is written: the
            // compiler checks every value borrowed in a `const` for interior mutability, with a
            // trait query per value that it does not cache, and a table of `CodeInfo`s is one
            // such value per code; borrowed as a `const`, it is one.
            const __CODES: [__CodeInfo; $count] = [$(
                __code_info($family_name, $lang, $name, $sdk_name, $value, $description)
                $(.with_details(
                    $is_success,
                    $deprecated,
                    &[$($alias),*],
                    &[$(($translation_language, $translation)),*],
                    $line_breaks,
                ))?
            ),*];

            // `deprecated`: the codes marked so are listed here; `unreachable_*`: `is_success` of
            // a family whose codes all mean success, and `info` of a family left without codes
            // by errors in its input.
            // `missing_docs`: the items' docs are written where rustdoc reads them
            // (`cfg_attr(doc, ...)`), and left out in a compiler (`rustdoc: []`), as compiling
            // them in every build would cost.
            #[allow(
                deprecated,
                missing_docs,
                unreachable_code,
                unreachable_patterns,
                clippy::match_same_arms
            )]
            impl $family {
                $(#[cfg_attr($rustdoc, doc = __rt::concat!(" Every declared code of `", $family_name, "`, in declaration order."))])?
                pub const ALL: &'static [Self] = &[$($family::$code),*];

                $(#[cfg_attr($rustdoc, doc = __rt::concat!(" The number of declared codes of `", $family_name, "`."))])?
                pub const COUNT: __usize = $count;

                $(#[cfg_attr($rustdoc, doc = __rt::concat!(
                    " The metadata of `", $family_name,
                    "`: its name, docs, type, and the `CodeInfo` of every code."
                ))])?
                pub const FAMILY: &'static __FamilyInfo = &__rt::family_info::<__rt::$repr>(
                    $family_name,
                    __rt::module_path!(),
                    $docs,
                    $lang,
                    &[$($language),*],
                    &__CODES,
                )
                $(.with_catch_all($other_name))?;

                $(#[cfg_attr($rustdoc, doc = __rt::concat!(
                    " The code of `", $family_name,
                    "` whose value is `code`, or `None` if no code declares it."
                ))])?
                #[inline]
                #[must_use]
                pub const fn from_code(code: __rt::$repr) -> __Option<Self> {
                    // One `Some` around the `match`, not one per arm (as in `from_name`).
                    __Some(match code {
                        $($value => $family::$code,)*
                        _ => return __None,
                    })
                }

                $(#[cfg_attr($rustdoc, doc = " The value of this code (for an undeclared value, the value it keeps).")])?
                #[inline]
                #[must_use]
                pub const fn code(self) -> __rt::$repr {
                    match self {
                        $($family::$code => $value,)*
                        $($family::$other(undeclared) => undeclared.value(),)?
                    }
                }

                $(#[cfg_attr($rustdoc, doc = __rt::concat!(
                    " The code of `", $family_name,
                    "` known by `name`: its Rust name, its SDK name or one of its aliases, compared exactly."
                ))])?
                #[inline]
                #[must_use]
                pub fn from_name($lookup: &__str) -> __Option<Self> $from_name

                $(#[cfg_attr($rustdoc, doc = " The metadata of this code, or `None` for an undeclared value.")])?
                #[inline]
                #[must_use]
                pub const fn info(self) -> __Option<&'static __CodeInfo> {
                    // One `match` to an index and one call that reads the table (an index
                    // expression here costs the compiler more: BENCHMARKS.md).
                    let index: __usize = match self {
                        $($family::$code => $index,)*
                        $($family::$other(_) => return __None,)?
                    };
                    __rt::code_at(Self::FAMILY, index)
                }

                $(#[cfg_attr($rustdoc, doc = " The Rust name of this code (the catch-all's name for an undeclared value).")])?
                #[inline]
                #[must_use]
                pub const fn name(self) -> &'static __str {
                    match self {
                        $($family::$code => $name,)*
                        $($family::$other(_) => $other_name,)?
                    }
                }

                $(#[cfg_attr($rustdoc, doc = " The SDK's identifier of this code; empty for an undeclared value.")])?
                #[inline]
                #[must_use]
                pub const fn sdk_name(self) -> &'static __str {
                    match self {
                        $($family::$code => $sdk_name,)*
                        $($family::$other(_) => "",)?
                    }
                }

                $(#[cfg_attr($rustdoc, doc = " What this code means, as documented; empty for an undeclared value.")])?
                #[inline]
                #[must_use]
                pub const fn description(self) -> &'static __str {
                    match self {
                        $($family::$code => $description,)*
                        $($family::$other(_) => "",)?
                    }
                }

                $(#[cfg_attr($rustdoc, doc = " Whether this code means success.")])?
                #[inline]
                #[must_use]
                pub const fn is_success(self) -> __bool {
                    match self {
                        $($family::$success => true,)*
                        _ => false,
                    }
                }

                $(#[cfg_attr($rustdoc, doc = " Whether this is a declared code rather than a value kept by the catch-all.")])?
                #[inline]
                #[must_use]
                pub const fn is_declared(self) -> __bool {
                    match self {
                        $($family::$other(_) => false,)?
                        _ => true,
                    }
                }

                $(#[cfg_attr($rustdoc, doc = " This code as one line, as `Display` shows it, with the description in\n `language` (such as `\"en\"`); the default description where this code has\n none in it.")])?
                #[inline]
                #[must_use]
                pub fn display_in(self, language: &__str) -> __rt::DisplayIn<'_> {
                    __rt::display_in(self, language)
                }

                $(#[cfg_attr($rustdoc, doc = " What this code means in `language` (a language tag such as `\"en\"` or\n `\"zh-CN\"`, matched without case and falling back to shorter tags: `\"en-US\"`\n finds `\"en\"`), if this code is described in that language; the family's own\n language finds `description()`.")])?
                #[inline]
                #[must_use]
                pub fn description_in(self, language: &__str) -> __Option<&'static __str> {
                    __rt::description_in(self, language)
                }
            }

            impl __Code for $family {
                type Repr = $($repr_type)*;
                const FAMILY: &'static __FamilyInfo = Self::FAMILY;
                const ALL: &'static [Self] = Self::ALL;

                #[inline]
                fn from_code(code: __rt::$repr) -> __Option<Self> {
                    Self::from_code(code)
                }

                #[inline]
                fn try_from_code(code: __rt::$repr) -> __Result<Self, __UnknownCode> {
                    // `From<R>` of an open family never fails; `TryFrom<R>` of a closed one names
                    // the family and the value.
                    __rt::try_from_code(code)
                }

                #[inline]
                fn from_name(name: &__str) -> __Option<Self> {
                    Self::from_name(name)
                }

                #[inline]
                fn code(self) -> __rt::$repr {
                    self.code()
                }

                #[inline]
                fn info(self) -> __Option<&'static __CodeInfo> {
                    self.info()
                }
            }

            $(
                impl __From<__rt::$repr> for $family {
                    #[cfg_attr(doc, doc = " The declared code of this value, or the catch-all keeping it.")]
                    #[inline]
                    fn from(code: __rt::$repr) -> Self {
                        __rt::from_value(code, $family::$other)
                    }
                }

                impl __From<__Raw<$family>> for $family {
                    #[cfg_attr(doc, doc = " The code of the value as it came through FFI.")]
                    #[inline]
                    fn from(raw: __Raw<$family>) -> Self {
                        __rt::from_raw(raw)
                    }
                }

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

                impl __TryFrom<__rt::$closed_repr> for $family {
                    type Error = __UnknownCode;

                    #[cfg_attr(doc, doc = " The declared code of this value, or an error naming the family and the value.")]
                    #[inline]
                    fn try_from(code: __rt::$closed_repr) -> __Result<Self, __UnknownCode> {
                        __rt::try_from_value(code)
                    }
                }

                impl __TryFrom<__Raw<$family>> for $family {
                    type Error = __UnknownCode;

                    #[cfg_attr(doc, doc = " The code of the value as it came through FFI, or an error naming the\n family and the value.")]
                    #[inline]
                    fn try_from(raw: __Raw<$family>) -> __Result<Self, __UnknownCode> {
                        __rt::try_from_raw(raw)
                    }
                }
            )?

            impl __From<$family> for __rt::$repr {
                #[inline]
                fn from(code: $family) -> Self {
                    code.code()
                }
            }

            impl __rt::FromStr for $family {
                type Err = __ParseCodeError;

                #[inline]
                fn from_str(text: &__str) -> __Result<Self, __ParseCodeError> {
                    __rt::parse_code(text)
                }
            }

            impl __rt::Display for $family {
                #[inline]
                fn fmt(&self, f: &mut __rt::Formatter<'_>) -> __rt::FmtResult {
                    __rt::fmt_code(f, *self)
                }
            }

            impl __rt::Error for $family {}

            // Written here rather than derived: a derive is expanded for every family again, in
            // every build, where these are a line each.
            #[allow(clippy::expl_impl_clone_on_copy)]
            impl __rt::Clone for $family {
                #[inline]
                fn clone(&self) -> Self {
                    *self
                }
            }

            impl __rt::Copy for $family {}

            // `PartialEq` is derived (so that codes are constants usable as patterns); `Eq` adds
            // nothing to it, and written here it costs no derive and no generated function.
            impl __rt::Eq for $family {}

            impl __rt::Debug for $family {
                // `InvalidToken`, or `Other(-1081)`, as derived.
                #[inline]
                fn fmt(&self, f: &mut __rt::Formatter<'_>) -> __rt::FmtResult {
                    __rt::fmt_debug(f, *self)
                }
            }

            impl __rt::Hash for $family {
                #[inline]
                fn hash<__H: __rt::Hasher>(&self, state: &mut __H) {
                    __rt::hash_code(*self, state);
                }
            }

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

// The proc macro cannot see this crate's features: the wrapper tells it which are on, so that
// `#[derive(serde::Serialize)]` on a family is implemented with the feature and a clear error
// without it. (Two definitions, one per build, so that the feature is read once, here.)
#[doc = include_str!("rtc_codes.md")]
#[cfg(feature = "serde")]
#[macro_export]
macro_rules! rtc_codes {
    ($($input:tt)*) => {
        $crate::__private::rtc_codes_impl! { [$crate] [serde] $($input)* }
    };
}

#[doc = include_str!("rtc_codes.md")]
#[cfg(not(feature = "serde"))]
#[macro_export]
macro_rules! rtc_codes {
    ($($input:tt)*) => {
        $crate::__private::rtc_codes_impl! { [$crate] [] $($input)* }
    };
}
