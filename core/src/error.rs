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
/// assert_eq!(format!("{error:?}"), r#"UnknownCode { family: "Closed", value: 7 }"#);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
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

/// The family by name and the value, for a log line.
impl fmt::Debug for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnknownCode")
            .field("family", &self.family.name)
            .field("value", &self.value)
            .finish()
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
/// It names the family and the string it was given (the first [`INPUT_CAPACITY`] bytes of it,
/// marked `…` when cut), so that `Display` and `Debug` both fit a log line:
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
/// assert_eq!(error.input(), "Finished");
/// assert_eq!(
///     error.to_string(),
///     "no Closed code is named \"Finished\" (expected a Rust name, an SDK name, an alias or a value)"
/// );
/// assert_eq!(
///     format!("{error:?}"),
///     r#"ParseCodeError { family: "Closed", input: "Finished", kind: UnknownName }"#
/// );
/// assert_eq!("300".parse::<Closed>().unwrap_err().kind(), ParseCodeErrorKind::OutOfRange);
/// // A name a few letters off is told, as the `rtc-codes` command tells it.
/// let typo = "kErrorCodeInvalidTokn".parse::<rtc_codes::ErrorCode>().unwrap_err();
/// assert_eq!(
///     typo.to_string(),
///     "no ErrorCode code is named \"kErrorCodeInvalidTokn\" (did you mean kErrorCodeInvalidToken?)"
/// );
/// ```
///
/// [`INPUT_CAPACITY`]: ParseCodeError::INPUT_CAPACITY
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseCodeError {
    family: &'static FamilyInfo,
    kind: ParseCodeErrorKind,
    input: Input,
}

/// The start of the string that did not parse: a copy, so that the error stays `Copy` and
/// `'static` (as `FromStr` requires) without allocating.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct Input {
    bytes: [u8; ParseCodeError::INPUT_CAPACITY],
    len: u8,
    cut: bool,
}

impl Input {
    /// How many bytes of escaped text `Debug` writes at most.
    const ESCAPED_CAPACITY: usize = 48;

    const EMPTY: Input = Input {
        bytes: [0; ParseCodeError::INPUT_CAPACITY],
        len: 0,
        cut: false,
    };

    /// The first bytes of `text` that fit, cut at a character boundary.
    fn new(text: &str) -> Input {
        let mut len = text.len().min(ParseCodeError::INPUT_CAPACITY);
        while !text.is_char_boundary(len) {
            len -= 1;
        }
        let mut input = Input::EMPTY;
        if let (Some(to), Some(from)) = (input.bytes.get_mut(..len), text.as_bytes().get(..len)) {
            to.copy_from_slice(from);
        }
        input.len = u8::try_from(len).unwrap_or(0);
        input.cut = len < text.len();
        input
    }

    fn as_str(&self) -> &str {
        let bytes = self.bytes.get(..usize::from(self.len)).unwrap_or_default();
        // Always a prefix of a `str` cut at a character boundary.
        core::str::from_utf8(bytes).unwrap_or_default()
    }
}

/// `"text"` quoted and escaped as `{:?}` writes it (a line break cannot break the log line), with
/// `…` inside the quotes when the text was cut. Escapes make text longer (a control character
/// is six bytes, `\u{1b}`), so the escaped text is cut too, after [`Input::ESCAPED_CAPACITY`]
/// bytes.
impl fmt::Debug for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        let mut written = 0;
        let mut cut = self.cut;
        for c in self.as_str().chars() {
            let escaped = c.escape_debug();
            written += escaped.len();
            if written > Input::ESCAPED_CAPACITY {
                cut = true;
                break;
            }
            fmt::Display::fmt(&escaped, f)?;
        }
        if cut {
            f.write_str("…")?;
        }
        f.write_str("\"")
    }
}

/// Why a string did not parse as a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseCodeErrorKind {
    /// The string is empty (or only spaces).
    Empty,
    /// The string is not a number (decimal or hexadecimal, with a sign), nor a name, SDK name
    /// or alias of any code.
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
        ParseCodeError {
            family,
            kind,
            input: Input::EMPTY,
        }
    }

    /// How many bytes of the string the error keeps, for [`input`](ParseCodeError::input).
    pub const INPUT_CAPACITY: usize = 32;

    /// The error, naming `input` as the string that did not parse (its first
    /// [`INPUT_CAPACITY`](ParseCodeError::INPUT_CAPACITY) bytes).
    ///
    /// ```
    /// use rtc_codes::{ErrorCode, ParseCodeError, ParseCodeErrorKind};
    /// let error = ParseCodeError::new(ErrorCode::FAMILY, ParseCodeErrorKind::UnknownName)
    ///     .with_input("kErrorCodeNope");
    /// assert_eq!(error.input(), "kErrorCodeNope");
    /// ```
    #[must_use]
    pub fn with_input(mut self, input: &str) -> Self {
        self.input = Input::new(input);
        self
    }

    /// The string that did not parse, or its first
    /// [`INPUT_CAPACITY`](ParseCodeError::INPUT_CAPACITY) bytes (cut at a character boundary)
    /// when it was longer; empty for an error built without one.
    ///
    /// ```
    /// let long = "x".repeat(1000);
    /// let error = long.parse::<rtc_codes::ErrorCode>().unwrap_err();
    /// assert_eq!(error.input(), &long[..rtc_codes::ParseCodeError::INPUT_CAPACITY]);
    /// assert!(error.to_string().contains("xxx…\""));
    /// ```
    #[must_use]
    pub fn input(&self) -> &str {
        self.input.as_str()
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
    /// assert_eq!(error, Ok(ErrorCode::from(-1081)));
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
        let input = &self.input;
        match self.kind {
            ParseCodeErrorKind::Empty => write!(f, "cannot parse {family} from an empty string"),
            ParseCodeErrorKind::UnknownName => {
                write!(f, "no {family} code is named {input:?}")?;
                // Looked for only here, where the error is shown: parsing pays nothing for it.
                match closest_name(self.family, input.as_str()) {
                    Some(name) => write!(f, " (did you mean {name}?)"),
                    None => {
                        f.write_str(" (expected a Rust name, an SDK name, an alias or a value)")
                    }
                }
            }
            ParseCodeErrorKind::UnknownValue(value) => {
                write!(f, "{value} is not a declared {family} code")
            }
            ParseCodeErrorKind::OutOfRange => write!(
                f,
                "{input:?} is out of range for {family}, whose values are {}",
                self.family.repr
            ),
        }
    }
}

/// The name of `family` (a Rust name, an SDK name or an alias) closest to `input`: the same but
/// for letter case, or at most a few edits away (one for every four characters, at least two).
fn closest_name(family: &FamilyInfo, input: &str) -> Option<&'static str> {
    let input = input.trim();
    if input.is_empty() || input.len() > MAX_SUGGESTED {
        return None;
    }
    let limit = (input.chars().count() / 4).max(2);
    let mut best: Option<(usize, &'static str)> = None;
    for code in family.codes {
        let names = [code.name, code.sdk_name]
            .into_iter()
            .chain(code.aliases.iter().copied());
        for name in names {
            let distance = if name.eq_ignore_ascii_case(input) {
                0
            } else {
                edits(input, name)
            };
            if distance <= limit && best.map_or(true, |(closest, _)| distance < closest) {
                best = Some((distance, name));
            }
        }
    }
    best.map(|(_, name)| name)
}

/// How long a name may be for its closest name to be looked for (the edit distance is computed
/// on the stack, without allocating).
const MAX_SUGGESTED: usize = 64;

/// The Levenshtein distance of `a` and `b` (by characters), or more than any limit when either
/// is longer than [`MAX_SUGGESTED`].
fn edits(a: &str, b: &str) -> usize {
    let b_len = b.chars().count();
    if a.chars().count() > MAX_SUGGESTED || b_len > MAX_SUGGESTED {
        return usize::MAX;
    }
    // One row of the distance table, updated in place.
    let mut row = [0usize; MAX_SUGGESTED + 1];
    for (j, slot) in row.iter_mut().enumerate() {
        *slot = j;
    }
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        if let Some(first) = row.first_mut() {
            *first = left;
        }
        for (slot, cb) in row.iter_mut().skip(1).zip(b.chars()) {
            let up = *slot;
            let value = (diagonal + usize::from(ca != cb)).min(up + 1).min(left + 1);
            diagonal = up;
            *slot = value;
            left = value;
        }
    }
    row.get(b_len).copied().unwrap_or(usize::MAX)
}

/// The family by name, the string and why, for a log line.
impl fmt::Debug for ParseCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParseCodeError")
            .field("family", &self.family.name)
            .field("input", &self.input)
            .field("kind", &self.kind)
            .finish()
    }
}

impl core::error::Error for ParseCodeError {}
