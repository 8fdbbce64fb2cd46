//! The errors of converting integers and strings into codes.

use core::fmt;

use crate::FamilyInfo;

/// A value that no code of a closed family declares (the error of `TryFrom<R>`).
///
/// ```
/// rtc_codes::rtc_codes! {
///     /// Results.
///     pub enum Closed: u8 { Done = 0 => "done" }
/// }
/// let error = Closed::try_from(7).unwrap_err();
/// assert_eq!((error.family().name, error.value()), ("Closed", 7));
/// assert_eq!(error.to_string(), "7 is not a declared Closed code");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    family: &'static FamilyInfo,
    value: i128,
}

impl UnknownCode {
    /// The error for `value` in `family`.
    ///
    /// ```
    /// use rtc_codes::{ErrorCode, UnknownCode};
    /// let error = UnknownCode::new(ErrorCode::FAMILY, 5);
    /// assert_eq!(error.to_string(), "5 is not a declared ErrorCode code");
    /// ```
    #[must_use]
    pub const fn new(family: &'static FamilyInfo, value: i128) -> Self {
        UnknownCode { family, value }
    }

    /// The family that has no code of this value.
    ///
    /// ```
    /// use rtc_codes::{ErrorCode, UnknownCode};
    /// assert_eq!(UnknownCode::new(ErrorCode::FAMILY, 5).family().name, "ErrorCode");
    /// ```
    #[must_use]
    pub const fn family(&self) -> &'static FamilyInfo {
        self.family
    }

    /// The value that was converted.
    ///
    /// ```
    /// use rtc_codes::{ErrorCode, UnknownCode};
    /// assert_eq!(UnknownCode::new(ErrorCode::FAMILY, 5).value(), 5);
    /// ```
    #[must_use]
    pub const fn value(&self) -> i128 {
        self.value
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not a declared {} code",
            self.value, self.family.name
        )
    }
}

impl core::error::Error for UnknownCode {}

/// The conversion of an open family never fails (its `TryFrom` error is `Infallible`); this lets
/// [`Code::try_from_code`](crate::Code::try_from_code) treat open and closed families alike.
impl From<core::convert::Infallible> for UnknownCode {
    fn from(never: core::convert::Infallible) -> Self {
        match never {}
    }
}

/// A string that is not a name or value of a family (the error of `FromStr`).
///
/// ```
/// use rtc_codes::ParseCodeErrorKind;
///
/// rtc_codes::rtc_codes! {
///     /// Results.
///     pub enum Closed: u8 { Done = 0 => "done" }
/// }
/// let error = "Finished".parse::<Closed>().unwrap_err();
/// assert_eq!(error.kind(), ParseCodeErrorKind::UnknownName);
/// assert_eq!("300".parse::<Closed>().unwrap_err().kind(), ParseCodeErrorKind::OutOfRange);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseCodeError {
    family: &'static FamilyInfo,
    kind: ParseCodeErrorKind,
}

/// Why a string did not parse as a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseCodeErrorKind {
    /// The string is empty.
    Empty,
    /// The string is not a number, nor a name, SDK name or alias of any code.
    UnknownName,
    /// The string is a number of the family's type that no code declares (closed families only).
    UnknownValue(i128),
    /// The string is a number outside the family's integer type.
    OutOfRange,
}

impl ParseCodeError {
    /// The error of `kind` for `family`.
    ///
    /// ```
    /// use rtc_codes::{ErrorCode, ParseCodeError, ParseCodeErrorKind};
    /// let error = ParseCodeError::new(ErrorCode::FAMILY, ParseCodeErrorKind::Empty);
    /// assert_eq!(error.to_string(), "cannot parse ErrorCode from an empty string");
    /// ```
    #[must_use]
    pub const fn new(family: &'static FamilyInfo, kind: ParseCodeErrorKind) -> Self {
        ParseCodeError { family, kind }
    }

    /// The family the string was parsed as.
    ///
    /// ```
    /// let error = "nope".parse::<rtc_codes::ErrorCode>().unwrap_err();
    /// assert_eq!(error.family().name, "ErrorCode");
    /// ```
    #[must_use]
    pub const fn family(&self) -> &'static FamilyInfo {
        self.family
    }

    /// Why the string did not parse.
    ///
    /// ```
    /// use rtc_codes::{ErrorCode, ParseCodeErrorKind};
    /// let error = "-1081".parse::<rtc_codes::ErrorCode>();
    /// assert_eq!(error, Ok(ErrorCode::Other(-1081)));
    /// assert_eq!("x".parse::<ErrorCode>().unwrap_err().kind(), ParseCodeErrorKind::UnknownName);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> ParseCodeErrorKind {
        self.kind
    }
}

impl fmt::Display for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let family = self.family.name;
        match self.kind {
            ParseCodeErrorKind::Empty => write!(f, "cannot parse {family} from an empty string"),
            ParseCodeErrorKind::UnknownName => write!(
                f,
                "no {family} code has this name (expected a Rust name, an SDK name, an alias or a value)"
            ),
            ParseCodeErrorKind::UnknownValue(value) => {
                write!(f, "{value} is not a declared {family} code")
            }
            ParseCodeErrorKind::OutOfRange => write!(
                f,
                "number out of range for {family}, whose values are {}",
                self.family.repr
            ),
        }
    }
}

impl core::error::Error for ParseCodeError {}
