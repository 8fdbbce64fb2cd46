//! [`Raw`]: a code as it crosses FFI.

use core::fmt;
use core::marker::PhantomData;

use crate::{Code, OpenCode, UnknownCode};

/// A code of family `F` as the SDK's C API passes it: `#[repr(transparent)]` over `F`'s integer,
/// so it has the integer's size and ABI and can stand in an `extern "C"` signature without an
/// `improper_ctypes` warning, for open and closed families alike.
///
/// ```
/// use rtc_codes::{ErrorCode, Raw};
///
/// // What the SDK calls, declared with the family in its signature.
/// extern "C" fn on_error(code: Raw<ErrorCode>) -> i32 {
///     match code.get() {
///         ErrorCode::InvalidToken => 1,
///         _ => 0,
///     }
/// }
///
/// let callback: extern "C" fn(Raw<ErrorCode>) -> i32 = on_error;
/// assert_eq!(callback(Raw::new(-1000)), 1);
/// assert_eq!(core::mem::size_of::<Raw<ErrorCode>>(), core::mem::size_of::<i32>());
/// assert_eq!(format!("{:?}", Raw::<ErrorCode>::new(-1000)), "Raw(InvalidToken)");
/// ```
///
/// `get` gives the code of an open family (an undeclared value is its catch-all); a closed
/// family has no code for an undeclared value, so it has `try_get` only, which says which value
/// and family:
///
/// ```
/// rtc_codes::rtc_codes! {
///     /// Results.
///     pub enum Closed: u8 { Done = 0 => "done" }
/// }
/// use rtc_codes::Raw;
/// assert_eq!(Raw::<Closed>::new(0).try_get(), Ok(Closed::Done));
/// assert_eq!(Raw::<Closed>::new(7).try_get().unwrap_err().value(), 7);
/// assert_eq!(format!("{:?}", Raw::<Closed>::new(7)), "Raw(7)");
/// ```
// The derives' bounds (`F: Clone`, ...) hold for every family: `Code` requires them.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Raw<F: Code> {
    value: F::Repr,
    family: PhantomData<fn() -> F>,
}

impl<F: Code> Raw<F> {
    /// The raw value `value` of family `F`, as it came from the SDK.
    #[must_use]
    pub const fn new(value: F::Repr /* the integer type of the family `F` */) -> Self {
        Raw {
            value,
            family: PhantomData,
        }
    }

    /// The integer as it came.
    #[must_use]
    pub const fn value(self) -> F::Repr {
        self.value
    }

    /// The code, or an error naming the family and the value when a closed family declares no
    /// code of it (an open family's conversion never fails).
    ///
    /// # Errors
    ///
    /// [`UnknownCode`] for an undeclared value of a closed family.
    pub fn try_get(self) -> Result<F, UnknownCode> {
        F::try_from_code(self.value)
    }

    /// The code of an open family: a declared code, or the catch-all keeping the value. (A
    /// closed family has [`try_get`](Raw::try_get) only; the compiler says so.)
    #[must_use]
    pub fn get(self) -> F
    where
        F: OpenCode,
    {
        F::from(self.value)
    }
}

impl<F: Code> From<F> for Raw<F> {
    fn from(code: F) -> Self {
        Raw::new(code.code())
    }
}

/// `Raw(InvalidToken)` for a declared code, `Raw(Other(-1081))` for an open family's undeclared
/// value, `Raw(7)` for a closed family's.
impl<F: Code> fmt::Debug for Raw<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.try_get() {
            Ok(code) => f.debug_tuple("Raw").field(&code).finish(),
            Err(_) => f.debug_tuple("Raw").field(&self.value).finish(),
        }
    }
}
