//! The procedural macro behind [`rtc-codes`](https://docs.rs/rtc-codes).
//!
//! Do not use this crate directly: `rtc_codes::rtc_codes!` passes its own `$crate` path to
//! [`rtc_codes_impl!`], which the generated code names everything through. The macro works in
//! stages, one module each (listed in `stages.rs`): `ast` parses the input into a model that keeps
//! the user's tokens, `check` validates it into the model of `checked`, `expand` writes the enum
//! definitions and `template_input` each family's data for the templates of
//! `rtc_codes::__private`; `pipeline` runs them, with every error collected in a `ctxt::Ctxt` so
//! that one compile shows them all.

#![forbid(unsafe_code)]
// Input comes from users' code and SDK callbacks: nothing here may panic on it.
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[path = "stages.rs"]
mod stages;
#[cfg(test)]
mod tests;

/// Expands `[krate] family+` into code families. Called by `rtc_codes::rtc_codes!`.
#[proc_macro]
pub fn rtc_codes_impl(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    stages::pipeline::rtc_codes(input.into()).into()
}
