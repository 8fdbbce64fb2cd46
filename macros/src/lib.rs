//! The procedural macro behind [`rtc-codes`](https://docs.rs/rtc-codes).
//!
//! Do not use this crate directly: `rtc_codes::rtc_codes!` passes its own `$crate` path to
//! [`rtc_codes_impl!`], which the generated code names everything through. The macro works in
//! three stages, one module each: `ast` parses the input into a model that keeps the user's
//! tokens, `check` validates it into a checked model, `expand` generates code from that; with
//! errors, `fallback` still expands the valid part. Errors are collected in a `ctxt::Ctxt` so
//! that one compile shows them all. `expand` builds the enum definitions from the user's tokens
//! and writes the impls as source text (`impls`, through `source`), which the compiler lexes
//! once (and `ast` reads the common shape of a code line directly, in `fast_code`): in a debug build a proc macro runs unoptimized, and building every token by hand cost
//! more than all the rest of the expansion.
//!
//! The stages are written against `proc_macro2` and refer to each other with `super::`, so tests,
//! fuzzers and benchmarks can include them (`#[path]`) and run the macro without a compiler.

#![forbid(unsafe_code)]
// Input comes from users' code and SDK callbacks: nothing here may panic on it.
#![warn(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod ast;
mod attr;
mod case;
mod check;
mod ctxt;
mod doc;
mod expand;
mod fallback;
mod fast_code;
mod impls;
mod int_type;
mod pipeline;
mod source;
#[cfg(test)]
mod tests;

/// Expands `[krate] family+` into code families. Called by `rtc_codes::rtc_codes!`.
#[proc_macro]
pub fn rtc_codes_impl(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    let expansion = pipeline::expansion(input.into());
    // The compiler lexes the impls' text. `proc_macro2`'s `FromStr` would first lex it a second
    // time with its own lexer, to validate it, and in a debug build that lexer runs unoptimized;
    // the text is valid by construction (see `source.rs`), which the tests check on every shape.
    match expansion.impls.parse::<proc_macro::TokenStream>() {
        Ok(impls) => expansion.assemble(&impls.into()).into(),
        Err(error) => expand::lex_error(error).into(),
    }
}
