//! Error, warning and state codes of a real-time audio/video SDK, as Rust enums.
//!
//! SDK callbacks report failures as bare integers (`onError(-1000)`); this crate turns them into
//! typed codes with their SDK identifiers and documented descriptions, and gives any crate the
//! [`rtc_codes!`] macro to declare code families of its own.

#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

#[doc(hidden)]
pub mod __private;
mod code;
mod error;
mod info;
mod macros;

pub use code::{Code, Repr};
pub use error::{ParseCodeError, ParseCodeErrorKind, UnknownCode};
pub use info::{CodeInfo, FamilyInfo};
