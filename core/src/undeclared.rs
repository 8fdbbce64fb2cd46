//! The value an open family's catch-all keeps: one that no code of the family declares.

use core::fmt;

/// A value that no code of its family declares, as an open family's catch-all holds it
/// (`ErrorCode::Other(undeclared)`). Only the family's conversions make one (`From<R>`,
/// `from_code`'s caller, `Raw::get`, serde), and only for a value no code has: so the catch-all
/// never holds a declared code's integer, and `==`, `Hash`, `Ord`, `match`, serde and `code()`
/// always agree on what a value is.
///
/// ```
/// use rtc_codes::ErrorCode;
///
/// let code = ErrorCode::from(-1081);
/// let ErrorCode::Other(undeclared) = code else { unreachable!() };
/// assert_eq!(undeclared.value(), -1081);
/// assert_eq!(code.code(), -1081);
/// // A declared value is always its code.
/// assert_eq!(ErrorCode::from(-1000), ErrorCode::InvalidToken);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Undeclared<R>(R);

impl<R> Undeclared<R> {
    /// Wraps `value`, which the caller has checked no code of its family declares.
    pub(crate) const fn new(value: R) -> Self {
        Undeclared(value)
    }

    /// The value.
    #[must_use]
    pub const fn value(self) -> R
    where
        R: Copy,
    {
        self.0
    }
}

impl<R: fmt::Debug> fmt::Debug for Undeclared<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<R: fmt::Display> fmt::Display for Undeclared<R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
