//! The trait every code family implements, and the integer types families are declared with.

use core::fmt::{Debug, Display};
use core::hash::Hash;
use core::str::FromStr;

use crate::{CodeInfo, DisplayIn, FamilyInfo, ParseCodeError, UnknownCode};

/// A code family, as declared with [`rtc_codes!`](crate::rtc_codes!).
///
/// Every family has inherent methods of the same names (most of them `const fn`); this trait
/// exposes them generically, so that tools can work with any family:
///
/// ```
/// use rtc_codes::Code;
///
/// rtc_codes::rtc_codes! {
///     /// Proxy errors.
///     #[codes(sdk_prefix = "kProxy")]
///     pub enum ProxyError: u8 {
///         Ok = 0 => "no error",
///         VersionError = 1 => "bad version",
///     }
/// }
///
/// fn describe<C: Code>(value: C::Repr) -> &'static str {
///     C::from_code(value).map_or("unknown", C::description)
/// }
///
/// assert_eq!(describe::<ProxyError>(1), "bad version");
/// assert_eq!(ProxyError::FAMILY.name, "ProxyError");
/// ```
pub trait Code:
    Copy + Eq + Hash + Debug + Display + FromStr<Err = ParseCodeError> + Send + Sync + 'static
{
    /// The integer type of the family's values.
    type Repr: Repr;

    /// The family's metadata, with a [`CodeInfo`] for every declared code.
    const FAMILY: &'static FamilyInfo;

    /// Every declared code, in declaration order.
    const ALL: &'static [Self];

    /// The number of declared codes.
    const COUNT: usize = Self::ALL.len();

    /// The declared code whose value is `code`, or `None`, in every family, open or closed.
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert_eq!(<ErrorCode as Code>::from_code(-1000), Some(ErrorCode::InvalidToken));
    /// assert_eq!(<ErrorCode as Code>::from_code(-1081), None);
    /// ```
    fn from_code(code: Self::Repr) -> Option<Self>;

    /// Like [`from_code`](Code::from_code), but total for open families: an undeclared value
    /// becomes the catch-all. For closed families the error names the family and the value.
    ///
    /// # Errors
    ///
    /// [`UnknownCode`] when the family is closed and no code declares `code`.
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert_eq!(ErrorCode::try_from_code(-1081), Ok(ErrorCode::from(-1081)));
    /// ```
    fn try_from_code(code: Self::Repr) -> Result<Self, UnknownCode>;

    /// The code known by `name`: its Rust name, SDK name or an alias, compared exactly.
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert_eq!(<ErrorCode as Code>::from_name("kErrorCodeJoinRoom"), Some(ErrorCode::JoinRoom));
    /// ```
    fn from_name(name: &str) -> Option<Self>;

    /// The code's value.
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert_eq!(Code::code(ErrorCode::JoinRoom), -1001);
    /// ```
    fn code(self) -> Self::Repr;

    /// The code's metadata; `None` for an undeclared value kept by an open family.
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert_eq!(Code::info(ErrorCode::JoinRoom).map(|info| info.value), Some(-1001));
    /// ```
    fn info(self) -> Option<&'static CodeInfo>;

    /// The Rust name of the code (the catch-all's name for an undeclared value).
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert_eq!(Code::name(ErrorCode::JoinRoom), "JoinRoom");
    /// assert_eq!(Code::name(ErrorCode::from(1)), "Other");
    /// ```
    fn name(self) -> &'static str {
        match self.info() {
            Some(info) => info.name,
            None => Self::FAMILY.catch_all.unwrap_or(""),
        }
    }

    /// The SDK identifier of the code; empty for an undeclared value.
    ///
    /// ```
    /// use rtc_codes::{Code, WarningCode};
    /// assert_eq!(Code::sdk_name(WarningCode::PublishStreamForbidden), "kWarningCodePublishStreamForbiden");
    /// ```
    fn sdk_name(self) -> &'static str {
        self.info().map_or("", |info| info.sdk_name)
    }

    /// The documented description of the code; empty for an undeclared value.
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert_eq!(Code::description(ErrorCode::JoinRoomUserForbidden), "用户被封禁。");
    /// ```
    fn description(self) -> &'static str {
        self.info().map_or("", |info| info.description)
    }

    /// The description in `language` (such as `"en"`), if the family gives one in it.
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert_eq!(Code::description_in(ErrorCode::JoinRoomUserForbidden, "en"), Some("The user is banned."));
    /// ```
    fn description_in(self, language: &str) -> Option<&'static str> {
        self.info().and_then(|info| info.description_in(language))
    }

    /// [`description_in`](Code::description_in), telling a malformed language from a missing
    /// text: `Err` when `language` is no language tag or POSIX locale name (`english`), `Ok(None)`
    /// when it is one the code has no text in.
    ///
    /// # Errors
    ///
    /// [`InvalidLanguage`](crate::InvalidLanguage), when `language` is neither a tag nor a
    /// locale name.
    fn try_description_in(
        self,
        language: &str,
    ) -> Result<Option<&'static str>, crate::InvalidLanguage<'_>> {
        crate::lang::check(language)?;
        Ok(self.description_in(language))
    }

    /// The code as one line, as its `Display` shows it, with the description in `language` (the
    /// default description where the code has none in it).
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// let line = Code::display_in(ErrorCode::JoinRoomUserForbidden, "en").to_string();
    /// assert_eq!(line, "kErrorCodeJoinRoomUserForbidden (-1026): The user is banned.");
    /// ```
    fn display_in(self, language: &str) -> DisplayIn<'_> {
        DisplayIn::new(
            self.info(),
            Self::FAMILY,
            self.code().into(),
            Some(language),
        )
    }

    /// Whether the code means success.
    ///
    /// ```
    /// use rtc_codes::{Code, KTVErrorCode};
    /// assert!(Code::is_success(KTVErrorCode::Ok));
    /// assert!(!Code::is_success(KTVErrorCode::Network));
    /// ```
    fn is_success(self) -> bool {
        self.info().is_some_and(|info| info.success)
    }

    /// Whether the code is declared, rather than a value kept by an open family's catch-all.
    ///
    /// ```
    /// use rtc_codes::{Code, ErrorCode};
    /// assert!(Code::is_declared(ErrorCode::JoinRoom));
    /// assert!(!Code::is_declared(ErrorCode::from(-1081)));
    /// ```
    fn is_declared(self) -> bool {
        self.info().is_some()
    }
}

/// An open family: one with a catch-all variant (`#[codes(other = Other)]`), so that every value
/// of its type converts to a code, with `From`. `rtc_codes!` implements it for every open family;
/// APIs that need the conversion to be total, such as [`Raw::get`](crate::Raw::get), ask for it.
///
/// ```
/// fn total<F: rtc_codes::OpenCode>(value: F::Repr) -> F {
///     F::from(value)
/// }
/// assert_eq!(total::<rtc_codes::ErrorCode>(-1081), rtc_codes::ErrorCode::from(-1081));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is a closed family: it has no code for an undeclared value",
    label = "a closed family",
    note = "convert with `TryFrom` (`Raw::try_get`, `Code::try_from_code`), which fails on an undeclared value, or declare the family open with `#[codes(other = Other)]` to keep every value"
)]
pub trait OpenCode: Code + From<Self::Repr> {}

/// The integer types a family can be declared with: `i8`, `i16`, `i32`, `i64`, `u8`, `u16`, `u32`
/// and `u64`. Each converts losslessly to `i128`, the type of [`CodeInfo::value`], which holds
/// every value of every one of them.
///
/// This trait is sealed: it cannot be implemented outside this crate.
pub trait Repr:
    Copy
    + Eq
    + Ord
    + Hash
    + Debug
    + Display
    + FromStr
    + Into<i128>
    + Send
    + Sync
    + 'static
    + sealed::Sealed
{
    /// The type's name, such as `"i32"`.
    const NAME: &'static str;

    /// The value as an `i128`.
    ///
    /// ```
    /// use rtc_codes::Repr;
    /// assert_eq!(Repr::to_i128(7_u16), 7);
    /// assert_eq!(Repr::to_i128(u64::MAX), 18_446_744_073_709_551_615);
    /// ```
    fn to_i128(self) -> i128;

    /// The `i128` as this type, if it is in range.
    ///
    /// ```
    /// use rtc_codes::Repr;
    /// assert_eq!(<u8 as Repr>::from_i128(255), Some(255));
    /// assert_eq!(<u8 as Repr>::from_i128(256), None);
    /// assert_eq!(<u64 as Repr>::from_i128(-1), None);
    /// ```
    fn from_i128(value: i128) -> Option<Self>;
}

mod sealed {
    pub trait Sealed {}
}

macro_rules! impl_repr {
    ($($ty:ident)*) => {$(
        impl sealed::Sealed for $ty {}

        impl Repr for $ty {
            const NAME: &'static str = stringify!($ty);

            #[inline]
            fn to_i128(self) -> i128 {
                i128::from(self)
            }

            #[inline]
            fn from_i128(value: i128) -> Option<Self> {
                $ty::try_from(value).ok()
            }
        }
    )*};
}

impl_repr!(i8 i16 i32 i64 u8 u16 u32 u64);
