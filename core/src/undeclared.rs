//! The value an open family's catch-all keeps: one that no code of the family declares.

use core::fmt;

use crate::Code;

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
///
/// It belongs to its family: an `Undeclared<ErrorCode>` is no `Undeclared<WarningCode>`, so a
/// catch-all value cannot move into another family, where its integer could be a declared code
/// (`WarningCode::Other(undeclared)` with `ErrorCode`'s does not compile). To make another
/// family's value from it, convert its integer: `WarningCode::from(undeclared.value())`.
///
/// ```compile_fail
/// use rtc_codes::{ErrorCode, WarningCode};
///
/// let ErrorCode::Other(undeclared) = ErrorCode::from(-2001) else { unreachable!() };
/// let _ = WarningCode::Other(undeclared); // `-2001` is `WarningCode::JoinRoomFailed`
/// ```
pub struct Undeclared<F: Code>(
    F::Repr, // private: only `F::from(value)` makes one, for a value no code of `F` declares
);

/// Wraps `value`, which the caller has checked no code of `F` declares. (A function of the
/// module, not of the type, so that the compiler never suggests it to users.)
pub(crate) const fn undeclared<F: Code>(value: F::Repr) -> Undeclared<F> {
    Undeclared(value)
}

impl<F: Code> Undeclared<F> {
    /// The value.
    #[must_use]
    pub const fn value(self) -> F::Repr {
        self.0
    }
}

// Written out: a derive would ask `F: Clone` (and the others) of the family, not of its integer.
#[allow(clippy::expl_impl_clone_on_copy)]
impl<F: Code> Clone for Undeclared<F> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<F: Code> Copy for Undeclared<F> {}

impl<F: Code> PartialEq for Undeclared<F> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<F: Code> Eq for Undeclared<F> {}

impl<F: Code> PartialOrd for Undeclared<F> {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<F: Code> Ord for Undeclared<F> {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

impl<F: Code> core::hash::Hash for Undeclared<F> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl<F: Code> fmt::Debug for Undeclared<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<F: Code> fmt::Display for Undeclared<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}
