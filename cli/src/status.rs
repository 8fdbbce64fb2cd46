//! The process exit status: everything found or done, something not found or not importable,
//! bad usage.

/// Everything asked for was found or done.
pub const DONE: i32 = 0;
/// Something asked for was not found, or a header construct could not be imported.
pub const NOT_FOUND: i32 = 1;
/// The arguments were not understood.
pub const USAGE: i32 = 2;
