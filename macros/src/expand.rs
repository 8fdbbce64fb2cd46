//! Code generation from a checked model.
//!
//! Everything is named through the runtime crate's path (`#krate`, the `$crate` of
//! `rtc_codes::rtc_codes!`), so the expansion does not depend on the caller's prelude, edition,
//! dependency name or shadowed items. The enum definitions are built from the user's own tokens,
//! so that their names, attributes and docs keep their spans. The impls (`impls.rs`) are written
//! as source text, lexed once for the whole invocation, and placed in an anonymous
//! `const _: () = { ... };` that imports `#krate::__private` as `__rt`: every path is then a short
//! `__rt::Some`, which keeps the expansion (and so the compile time) small, and the import shadows
//! any item of the user's named like one of ours.

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::check::{Checked, Family};
use super::doc;
use super::impls::impls;

/// The expansion of an invocation, before the impls' source text is lexed.
pub struct Expansion {
    /// Compile errors and the enum definitions.
    pub items: TokenStream,
    /// The runtime crate's path.
    pub krate: TokenStream,
    /// The impls of every family, as source text (see `impls.rs`).
    pub impls: String,
}

impl Expansion {
    /// The whole expansion, given the tokens of [`Expansion::impls`].
    ///
    /// Lexing is left to the caller: the proc macro hands the text to the compiler directly,
    /// while tests and tools lex it with `proc_macro2`.
    pub fn assemble(self, impls: &TokenStream) -> TokenStream {
        let Expansion { items, krate, .. } = self;
        if impls.is_empty() {
            return items;
        }
        quote! {
            #items
            const _: () = {
                use #krate::__private as __rt;
                #impls
            };
        }
    }

    /// The whole expansion, lexed with `proc_macro2`.
    pub fn into_tokens(self) -> TokenStream {
        let impls = self.impls.parse().unwrap_or_else(lex_error);
        self.assemble(&impls)
    }
}

/// The compile error for generated text that does not lex. The text is built from identifiers,
/// integers and escaped literals only, so this is a bug of the macro, reported rather than a panic.
pub fn lex_error(error: impl std::fmt::Display) -> TokenStream {
    syn::Error::new(
        Span::call_site(),
        format!("rtc_codes: the generated impls do not lex ({error}); please report this"),
    )
    .to_compile_error()
}

/// The enum definitions and the impls of every family of a checked invocation.
pub fn expand(checked: &Checked) -> Expansion {
    let mut items = TokenStream::new();
    let mut text = String::new();
    for family in &checked.families {
        items.extend(Expander::new(&checked.krate, family).definition());
        text.push_str(&impls(family));
    }
    Expansion {
        items,
        krate: checked.krate.clone(),
        impls: text,
    }
}

struct Expander<'a> {
    family: &'a Family,
    /// `#krate::__private::core`, for the enum definition (outside the `const _` block).
    core: TokenStream,
}

impl<'a> Expander<'a> {
    fn new(krate: &TokenStream, family: &'a Family) -> Self {
        let core = quote!(#krate::__private::core);
        Expander { family, core }
    }

    fn definition(&self) -> TokenStream {
        let Family {
            ident, vis, attrs, ..
        } = self.family;
        let core = &self.core;
        let docs = doc::family_docs(self.family);
        let repr_attr = if self.family.is_open() || self.family.codes.is_empty() {
            None
        } else {
            let repr = Ident::new(self.family.repr.name(), Span::call_site());
            Some(quote!(#[repr(#repr)]))
        };
        let closed = !self.family.is_open();
        let variants = self.family.codes.iter().map(|code| {
            let docs = doc::code_docs(code);
            let attrs = &code.attrs;
            let name = &code.ident;
            let discriminant = closed.then(|| {
                let value = value_tokens(code.value);
                quote!(= #value)
            });
            let docs = docs.join("\n");
            quote! {
                #[doc = #docs]
                #(#attrs)*
                #name #discriminant,
            }
        });
        let catch_all = self.family.catch_all.as_ref().map(|other| {
            let repr_ident = Ident::new(self.family.repr.name(), Span::call_site());
            let repr = quote!(#core::primitive::#repr_ident);
            let text = format!(
                " A value that no code of `{ident}` declares, kept as it is.\n\n \
                 Build it with `From<{}>` rather than directly, so that a declared value is always \
                 its named code.",
                self.family.repr
            );
            quote! {
                #[doc = #text]
                #other(#repr),
            }
        });
        let docs = docs.join("\n");
        quote! {
            #(#attrs)*
            #[doc = #docs]
            #[derive(
                #core::clone::Clone,
                #core::marker::Copy,
                #core::fmt::Debug,
                #core::cmp::PartialEq,
                #core::cmp::Eq,
                #core::hash::Hash
            )]
            #repr_attr
            #vis enum #ident {
                #(#variants)*
                #catch_all
            }
        }
    }
}

/// `value` as tokens that are valid in expressions, patterns and discriminants: `-1000`.
fn value_tokens(value: i128) -> TokenStream {
    let magnitude = Literal::u128_unsuffixed(value.unsigned_abs());
    if value < 0 {
        quote!(-#magnitude)
    } else {
        quote!(#magnitude)
    }
}
