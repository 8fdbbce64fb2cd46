//! Parse, check, expand: the whole macro as a function of `proc_macro2` tokens.

use proc_macro2::TokenStream;

use super::ast::Invocation;
use super::check::check;
use super::ctxt::Ctxt;
use super::doc::Docs;
use super::expand::expand;

/// The expansion of `input` (`[krate] family+`).
///
/// With errors, the errors come first, followed by the families as far as they are valid: the
/// checker leaves every invalid part out of its model, so code that uses a family with one bad
/// line still compiles against the rest of it, and the user sees the macro's own errors rather
/// than a cascade of "cannot find type" errors.
pub fn rtc_codes(input: TokenStream) -> TokenStream {
    rtc_codes_with(input, Docs::for_this_build())
}

/// The expansion of `input` with the given docs: what a compiler or rustdoc would get, whatever
/// process runs it (the benchmarks expand as the compiler does).
pub fn rtc_codes_with(input: TokenStream, docs: Docs) -> TokenStream {
    let cx = Ctxt::new();
    let checked = Invocation::from_tokens(&cx, input).map(|invocation| check(&cx, invocation));
    let mut output = cx.into_compile_errors();
    if let Some(checked) = checked {
        output.extend(expand(&checked, docs));
    }
    output
}
