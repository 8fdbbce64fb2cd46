//! Parse, check, expand: the whole macro as a function of `proc_macro2` tokens.

use proc_macro2::TokenStream;

use super::ast::Invocation;
use super::check::check;
use super::ctxt::Ctxt;
use super::expand::{expand, Expansion};
use super::fallback::expand_with_errors;

/// The expansion of `input` (`[krate] family+`): the families, or the errors and the valid part.
pub fn expansion(input: TokenStream) -> Expansion {
    let cx = Ctxt::new();
    let checked = Invocation::from_tokens(&cx, input).map(|invocation| check(&cx, invocation));
    match checked {
        Some(checked) if !cx.has_errors() => expand(&checked),
        checked => expand_with_errors(cx, checked.as_ref()),
    }
}

/// [`expansion`] as tokens, lexed with `proc_macro2`: for tests and tools, which run the macro
/// without a compiler.
#[allow(dead_code)]
pub fn rtc_codes(input: TokenStream) -> TokenStream {
    expansion(input).into_tokens()
}
