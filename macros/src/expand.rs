//! Code generation from a checked model: per family, the enum definition and one invocation of
//! the `rtc_codes::__private::impl_family!` template with the family's data.
//!
//! Everything is named through the runtime crate's path (`#krate`, the `$crate` of
//! `rtc_codes::rtc_codes!`), so the expansion does not depend on the caller's prelude, edition,
//! dependency name or shadowed items. The enum definition is built from the user's own tokens, so
//! that names, attributes and docs keep their spans; the template (`core/src/templates.rs`) writes
//! the impls, from the input that `template_input.rs` writes.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};

use super::checked::{Checked, Family};
use super::doc::{self, Docs};
use super::template_input;

/// The enum definitions and the impls of every family of a checked invocation, with the rustdoc
/// `docs` asks for.
pub fn expand(checked: &Checked, docs: Docs) -> TokenStream {
    let mut output = TokenStream::new();
    for family in &checked.families {
        let expander = Expander::new(&checked.krate, family, docs);
        output.extend(expander.definition());
        output.extend(template_input::impl_family(&checked.krate, family, docs));
    }
    output
}

struct Expander<'a> {
    family: &'a Family,
    krate: &'a TokenStream,
    /// `#krate::__private::core`, for the enum definition.
    core: TokenStream,
    docs: Docs,
}

impl<'a> Expander<'a> {
    fn new(krate: &'a TokenStream, family: &'a Family, docs: Docs) -> Self {
        let core = quote!(#krate::__private::core);
        Expander {
            family,
            krate,
            core,
            docs,
        }
    }

    /// The variants of the declared codes, each with its rustdoc (the generated one, or its
    /// description as written and the user's doc comments), its attributes and, in a closed
    /// family, its value. Written into one stream token by token: a `quote!` per variant costs
    /// several crossings of the proc-macro bridge per code.
    fn variants(&self) -> TokenStream {
        let mut out = TokenStream::new();
        for code in &self.family.codes {
            let doc = match self.docs {
                Docs::Full => TokenTree::Literal(Literal::string(&doc::code_docs(code).join("\n"))),
                Docs::Compiled => code.description_literal.token(),
            };
            let doc = [
                TokenTree::Ident(Ident::new("doc", Span::call_site())),
                TokenTree::Punct(Punct::new('=', Spacing::Alone)),
                doc,
            ];
            out.extend([
                TokenTree::Punct(Punct::new('#', Spacing::Alone)),
                TokenTree::Group(Group::new(Delimiter::Bracket, doc.into_iter().collect())),
            ]);
            if self.docs == Docs::Compiled {
                code.doc_attrs
                    .iter()
                    .for_each(|attr| attr.to_tokens(&mut out));
            } else {
                // rustdoc's search finds a code by its SDK names (`kErrorCodeInvalidToken`).
                for name in std::iter::once(&code.sdk_name).chain(&code.aliases) {
                    if name != &code.ident_text {
                        let name = Literal::string(name);
                        out.extend(quote!(#[doc(alias = #name)]));
                    }
                }
            }
            code.attrs.iter().for_each(|attr| attr.to_tokens(&mut out));
            out.extend([TokenTree::Ident(code.ident.clone())]);
            if !self.family.is_open() {
                out.extend([TokenTree::Punct(Punct::new('=', Spacing::Alone))]);
                out.extend(value_tokens(code.value));
            }
            out.extend([TokenTree::Punct(Punct::new(',', Spacing::Alone))]);
        }
        out
    }

    /// The enum's rustdoc: the user's doc comments, with the table of codes where rustdoc reads
    /// it.
    fn family_docs(&self) -> TokenStream {
        if self.docs == Docs::Compiled {
            let user = &self.family.doc_attrs;
            return quote!(#(#user)*);
        }
        let docs = doc::family_docs(self.family).join("\n");
        // Without a doc comment of the user's, the generated table is there for rustdoc only, so
        // that `missing_docs` reports the family as it would a hand-written enum.
        if doc::is_documented(self.family) {
            quote!(#[doc = #docs])
        } else {
            quote!(#[cfg_attr(doc, doc = #docs)])
        }
    }

    fn definition(&self) -> TokenStream {
        let Family {
            ident, vis, attrs, ..
        } = self.family;
        let core = &self.core;
        let docs = self.family_docs();
        let repr_attr = if self.family.is_open() || self.family.codes.is_empty() {
            None
        } else {
            let repr = Ident::new(self.family.repr.name(), Span::call_site());
            Some(quote!(#[repr(#repr)]))
        };
        let variants = self.variants();
        let catch_all = self.family.catch_all.as_ref().map(|other| {
            let text = format!(
                " A value that no code of `{ident}` declares, kept as it is (`From<{}>` makes it, \
                 and only for such a value: a declared value is always its named code).",
                self.family.repr
            );
            let krate = self.krate;
            quote! {
                #[doc = #text]
                #other(#krate::Undeclared<Self>),
            }
        });
        // The `enum` keyword takes the name's span and the body the user's braces', so that what
        // the compiler says of the enum itself (`missing_docs`) points at the family's
        // declaration, not at the whole invocation.
        let enum_token = Ident::new("enum", ident.span());
        let mut body = Group::new(Delimiter::Brace, quote!(#variants #catch_all));
        body.set_span(self.family.body);
        // serde's derives, implemented by the templates, named through the user's `use`: a bound
        // on the trait of that name uses the import, as the derive on the family would have (so
        // that `deny(unused_imports)` holds). The trait, not the derive macro: `use
        // serde::Serialize` imports the derive only with serde's `derive` feature.
        let uses = self.family.serde_imported.iter().map(|imported| {
            let bound = if imported == "Deserialize" {
                quote!(#imported<'static>)
            } else {
                quote!(#imported)
            };
            quote! {
                const _: () = {
                    #[allow(dead_code)]
                    fn __uses_the_import<T: #bound>() {}
                };
            }
        });
        // `Clone`, `Copy`, `Debug`, `Hash` and `Eq` are the template's; `PartialEq` is derived so
        // that codes are structural constants in patterns.
        quote! {
            #(#attrs)*
            #docs
            #[derive(#core::cmp::PartialEq)]
            #repr_attr
            #vis #enum_token #ident #body
            #(#uses)*
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
