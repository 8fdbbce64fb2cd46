//! Code generation from a checked model: per family, the enum definition and one invocation of
//! the `rtc_codes::__private::impl_family!` template with the family's data.
//!
//! Everything is named through the runtime crate's path (`#krate`, the `$crate` of
//! `rtc_codes::rtc_codes!`), so the expansion does not depend on the caller's prelude, edition,
//! dependency name or shadowed items. The enum definition is built from the user's own tokens, so
//! that names, attributes and docs keep their spans; the template (`core/src/templates.rs`) writes
//! the impls. The data is only what a template cannot compute: strings without `r#`, SDK names,
//! indices, and the body of `from_name` (`lookup.rs`).

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{quote, ToTokens};

use super::checked::{Checked, Family};
use super::data;
use super::doc::{self, Docs};
use super::lookup;

/// The enum definitions and the impls of every family of a checked invocation.
pub fn expand(checked: &Checked) -> TokenStream {
    let mut output = TokenStream::new();
    for family in &checked.families {
        let expander = Expander::new(&checked.krate, family, checked.docs);
        output.extend(expander.definition());
        output.extend(expander.impls());
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
        // `Clone`, `Copy`, `Debug`, `Hash` and `Eq` are the template's; `PartialEq` is derived so
        // that codes are structural constants in patterns.
        quote! {
            #(#attrs)*
            #docs
            #[derive(#core::cmp::PartialEq)]
            #repr_attr
            #vis enum #ident {
                #variants
                #catch_all
            }
        }
    }

    /// The template invocation that implements the family.
    fn impls(&self) -> TokenStream {
        let Family {
            ident, repr, name, ..
        } = self.family;
        let krate = self.krate;
        let repr = Ident::new(repr.name(), Span::call_site());
        let docs = doc::family_docs_text(&self.family.docs);
        // The `cfg` under which the template writes its per-method docs: none in a compiler,
        // whose builds nobody reads the docs of.
        let rustdoc = (self.docs == Docs::Full).then(|| Ident::new("doc", Span::call_site()));
        let catch_all = self.family.catch_all.as_ref();
        let kind = catch_all
            .zip(self.family.catch_all_name.as_ref())
            .map_or_else(
                || quote!(closed(#repr)),
                |(other, other_name)| quote!(open(#other = #other_name)),
            );
        let lang = self.family.lang.as_deref().unwrap_or_default();
        let languages = &self.family.languages;
        let successes = self
            .family
            .codes
            .iter()
            .filter(|code| code.success)
            .map(|code| &code.ident);
        let ordered = &self.family.ordered;
        let serde = &self.family.serde;
        let from_name = lookup::from_name_body(&ident.to_string(), &self.family.codes);
        let count = Literal::usize_unsuffixed(self.family.codes.len());
        let data::Lists {
            codes,
            descriptions,
            data,
        } = data::lists(&self.family.codes);
        quote! {
            #krate::__private::impl_family! {
                #ident: #repr = #name {
                    docs: #docs,
                    rustdoc: [#rustdoc],
                    kind: #kind,
                    lang: #lang,
                    languages: [#(#languages),*],
                    successes: [#(#successes),*],
                    ordered: [#(#ordered),*],
                    serde: [#(#serde),*],
                    from_name: #from_name,
                    count: #count,
                    codes: [#codes],
                    descriptions: [#descriptions],
                    data: [#data],
                }
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
