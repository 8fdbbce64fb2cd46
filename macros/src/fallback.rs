//! The expansion of an invocation that has errors.
//!
//! The checker leaves every invalid part out of its model, so the families can still be expanded
//! with their valid codes. Code that uses a family with one bad line then compiles against the
//! rest of it, and the user sees the macro's own errors rather than a cascade of "cannot find
//! type" errors.

use proc_macro2::TokenStream;

use super::check::Checked;
use super::ctxt::Ctxt;
use super::expand::{expand, Expansion};

/// The errors recorded in `cx`, followed by the families as far as they are valid.
pub fn expand_with_errors(cx: Ctxt, checked: Option<&Checked>) -> Expansion {
    let errors = cx.into_compile_errors();
    match checked {
        Some(checked) => {
            let mut expansion = expand(checked);
            let mut items = errors;
            items.extend(expansion.items);
            expansion.items = items;
            expansion
        }
        None => Expansion {
            items: errors,
            krate: TokenStream::new(),
            impls: String::new(),
        },
    }
}
