//! An error collector, so that one compile reports every problem of an invocation.

use std::cell::RefCell;

use proc_macro2::TokenStream;
use quote::ToTokens;

/// Collects the errors found while parsing and checking one invocation.
///
/// Stages keep going after an error, so the user sees all mistakes at once instead of fixing them
/// one compile at a time.
#[derive(Default)]
pub struct Ctxt {
    errors: RefCell<Vec<syn::Error>>,
}

impl Ctxt {
    pub fn new() -> Self {
        Ctxt::default()
    }

    /// Records an error pointing at `tokens` (first to last token when the compiler supports it).
    pub fn error_spanned_by<T: ToTokens, M: std::fmt::Display>(&self, tokens: T, message: M) {
        self.syn_error(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// Records an error that is already a `syn::Error`.
    pub fn syn_error(&self, error: syn::Error) {
        self.errors.borrow_mut().push(error);
    }

    pub fn has_errors(&self) -> bool {
        !self.errors.borrow().is_empty()
    }

    /// The recorded messages, in the order they were found (for tests).
    #[cfg(test)]
    pub fn messages(self) -> Vec<String> {
        self.errors
            .into_inner()
            .into_iter()
            .map(|error| error.to_string())
            .collect()
    }

    /// All recorded errors as `compile_error!` invocations, in the order they were found.
    pub fn into_compile_errors(self) -> TokenStream {
        self.errors
            .into_inner()
            .into_iter()
            .map(|error| error.to_compile_error())
            .collect()
    }
}
