//! The expansion of an invocation that has errors.
//!
//! The checker leaves every invalid part out of its model, so the families can still be expanded
//! with their valid codes. Code that uses a family with one bad line then compiles against the
//! rest of it, and the user sees the macro's own errors rather than a cascade of "cannot find
//! type" errors.

use proc_macro2::TokenStream;

use super::check::Checked;
use super::ctxt::Ctxt;
use super::expand::expand;

/// The errors recorded in `cx`, followed by the families as far as they are valid.
pub fn expand_with_errors(cx: Ctxt, checked: Option<&Checked>) -> TokenStream {
    let mut tokens = cx.into_compile_errors();
    if let Some(checked) = checked {
        tokens.extend(expand(checked));
    }
    tokens
}
