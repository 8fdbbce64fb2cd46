//! Parse, check, expand: the whole macro as a function of `proc_macro2` tokens.

use proc_macro2::TokenStream;

use super::ast::Invocation;
use super::check::check;
use super::ctxt::Ctxt;
use super::expand::expand;
use super::fallback::expand_with_errors;

/// The expansion of `input` (`[krate] family+`): the families, or the errors and the valid part.
pub fn rtc_codes(input: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let checked = Invocation::from_tokens(&cx, input).map(|invocation| check(&cx, invocation));
    match checked {
        Some(checked) if !cx.has_errors() => expand(&checked),
        checked => expand_with_errors(cx, checked.as_ref()),
    }
}
