//! Compile-fail tests, one per mistake, and pass tests of unusual but valid inputs.
//!
//! The `.stderr` files are the documentation of misuse: review their wording with the change.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/fail/*.rs");
    cases.pass("ui/pass/*.rs");
}
