//! The importer's tests, in one test binary: the headers of `tests/headers/` with their exact
//! outputs, the import cases of `tests/headers/cases/`, the options and diagnostics (each
//! message of a value or directive that cannot be read), and what a
//! build script gets; and, on input nobody wrote on purpose, that it never panics and always
//! writes what the macro's own stages accept.

mod build_script;
mod cases;
mod common;
mod compiler;
mod errors;
mod library;
mod properties;
mod sources;
