//! Compile-fail tests, one per mistake, and pass tests of unusual but valid inputs.
//!
//! The `.stderr` files are the documentation of misuse: review their wording with the change.
//! `ui/fail/` holds the macro's own errors, each at the offending tokens of its input
//! (`error_locations.rs` checks it); `ui/use/` the compiler's errors at wrong uses of a family
//! that compiled, which the generated code and the runtime crate shape (`on_unimplemented`).

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/fail/*.rs");
    cases.compile_fail("ui/use/*.rs");
    cases.pass("ui/pass/*.rs");
}
