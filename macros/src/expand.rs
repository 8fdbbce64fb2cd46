//! Code generation from a checked model.
//!
//! Everything is named through the runtime crate's path (`#krate`, the `$crate` of
//! `rtc_codes::rtc_codes!`), so the expansion does not depend on the caller's prelude, edition,
//! dependency name or shadowed items. The impls live in an anonymous `const _: () = { ... };` that
//! imports `#krate::__private` as `__rt`: every path is then a short `__rt::Some`, which keeps the
//! expansion (and so the compile time) small, and the import shadows any item of the user's named
//! like one of ours. Locals use mixed-site hygiene and a `__` prefix.

use std::collections::BTreeMap;

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::quote;

use super::check::{Checked, Code, Family};
use super::doc;

/// The tokens of every family of a checked invocation.
pub fn expand(checked: &Checked) -> TokenStream {
    checked
        .families
        .iter()
        .map(|family| Expander::new(&checked.krate, family).family())
        .collect()
}

struct Expander<'a> {
    krate: &'a TokenStream,
    family: &'a Family,
    /// `#krate::__private::core`, for the enum definition (outside the `const _` block).
    core: TokenStream,
    /// `__rt`: `#krate::__private` inside the `const _` block.
    rt: TokenStream,
    /// The value type, through `__rt`.
    repr: TokenStream,
}

impl<'a> Expander<'a> {
    fn new(krate: &'a TokenStream, family: &'a Family) -> Self {
        let core = quote!(#krate::__private::core);
        let rt = quote!(__rt);
        let repr_ident = Ident::new(family.repr.name(), Span::call_site());
        let repr = quote!(#rt::#repr_ident);
        Expander {
            krate,
            family,
            core,
            rt,
            repr,
        }
    }

    fn family(&self) -> TokenStream {
        let krate = self.krate;
        let definition = self.definition();
        let inherent = self.inherent_impl();
        let trait_impls = self.trait_impls();
        quote! {
            #definition
            const _: () = {
                use #krate::__private as __rt;
                #inherent
                #trait_impls
            };
        }
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

    fn inherent_impl(&self) -> TokenStream {
        let ident = &self.family.ident;
        let constants = self.constants();
        let conversions = self.conversion_methods();
        let metadata = self.metadata_methods();
        quote! {
            #[allow(deprecated, clippy::match_same_arms)]
            impl #ident {
                #constants
                #conversions
                #metadata
            }
        }
    }

    /// `ALL`, `COUNT`, `FAMILY` and the table of `CodeInfo` behind them.
    fn constants(&self) -> TokenStream {
        let Expander { rt, .. } = self;
        let family = self.family;
        let name = family.ident.to_string();
        let variants = family.codes.iter().map(|code| &code.ident);
        let count = family.codes.len();
        let infos = family.codes.iter().map(|code| self.code_info(code));
        let docs_text = doc::family_docs_text(&family.docs);
        let repr_name = family.repr.name();
        let catch_all_name = family.catch_all.as_ref().map_or_else(
            || quote!(#rt::None),
            |other| {
                let other = other.to_string();
                quote!(#rt::Some(#other))
            },
        );
        let languages = &family.languages;
        let doc_all = format!(" Every declared code of `{name}`, in declaration order.");
        let doc_count = format!(" The number of declared codes of `{name}`.");
        let doc_family = format!(
            " The metadata of `{name}`: its name, docs, type, and the `CodeInfo` of every code."
        );
        quote! {
            #[doc = #doc_all]
            pub const ALL: &'static [Self] = &[#(Self::#variants),*];

            #[doc = #doc_count]
            pub const COUNT: #rt::usize = #count;

            const __CODES: &'static [#rt::CodeInfo; #count] = &[#(#infos),*];

            #[doc = #doc_family]
            pub const FAMILY: &'static #rt::FamilyInfo = &#rt::family_info(
                #name,
                #rt::module_path!(),
                #docs_text,
                #repr_name,
                #catch_all_name,
                &[#(#languages),*],
                Self::__CODES,
            );
        }
    }

    /// `from_code`, `code` and `from_name`.
    fn conversion_methods(&self) -> TokenStream {
        let Expander { rt, repr, .. } = self;
        let family = self.family;
        let name = family.ident.to_string();
        let option = quote!(#rt::Option);
        let variants: Vec<&Ident> = family.codes.iter().map(|code| &code.ident).collect();
        let values: Vec<TokenStream> = family
            .codes
            .iter()
            .map(|code| value_tokens(code.value))
            .collect();
        let code_local = Ident::new("__code", Span::mixed_site());
        let name_local = Ident::new("__name", Span::mixed_site());
        let (code_body, doc_code) = match &family.catch_all {
            Some(other) => (
                quote! {
                    match self {
                        #(Self::#variants => #values,)*
                        Self::#other(#code_local) => #code_local,
                    }
                },
                format!(" The value of this code (the kept value for `{other}`)."),
            ),
            None if variants.is_empty() => (quote!(match self {}), String::new()),
            None => (
                quote!(self as #repr),
                format!(
                    " The value of this code; the same as `self as {}`.",
                    family.repr
                ),
            ),
        };
        let lookup_arms = name_lookup_arms(family, &name_local, &option);
        let doc_from_code = format!(
            " The code of `{name}` whose value is `code`, or `None` if no code declares it."
        );
        let doc_from_name = format!(
            " The code of `{name}` known by `name`: its Rust name, its SDK name or one of its \
             aliases, compared exactly."
        );
        quote! {
            #[doc = #doc_from_code]
            #[inline]
            #[must_use]
            pub const fn from_code(#code_local: #repr) -> #option<Self> {
                match #code_local {
                    #(#values => #option::Some(Self::#variants),)*
                    _ => #option::None,
                }
            }

            #[doc = #doc_code]
            #[inline]
            #[must_use]
            pub const fn code(self) -> #repr {
                #code_body
            }

            #[doc = #doc_from_name]
            #[inline]
            #[must_use]
            pub fn from_name(#name_local: &#rt::str) -> #option<Self> {
                match #name_local.len() {
                    #(#lookup_arms)*
                    _ => #option::None,
                }
            }
        }
    }

    /// `name`, `sdk_name`, `description`, `is_success`, `info` and `is_declared`.
    fn metadata_methods(&self) -> TokenStream {
        let family = self.family;
        let undeclared_name = family
            .catch_all
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default();
        let doc_name = match &family.catch_all {
            Some(other) => {
                format!(" The Rust name of this code; `\"{other}\"` for an undeclared value.")
            }
            None => " The Rust name of this code.".to_owned(),
        };
        let name = self.text_accessor("name", &undeclared_name, &doc_name, |code| {
            code.ident.to_string()
        });
        let sdk_name = self.text_accessor(
            "sdk_name",
            "",
            " The SDK's identifier of this code; empty for an undeclared value.",
            |code| code.sdk_name.clone(),
        );
        let description = self.text_accessor(
            "description",
            "",
            " What this code means, as documented; empty for an undeclared value.",
            |code| code.description.clone(),
        );
        let is_success = self.is_success_method();
        let info = self.info_method();
        quote! {
            #info
            #name
            #sdk_name
            #description
            #is_success

            /// Whether this is a declared code rather than a value kept by the catch-all.
            #[inline]
            #[must_use]
            pub const fn is_declared(self) -> __rt::bool {
                self.info().is_some()
            }

            /// What this code means in `language` (such as `"en"`), if the family describes
            /// its codes in that language; `description()` is the default language.
            #[must_use]
            #[inline]
            pub fn description_in(self, language: &__rt::str) -> __rt::Option<&'static __rt::str> {
                match self.info() {
                    __rt::Some(__info) => __info.description_in(language),
                    __rt::None => __rt::None,
                }
            }
        }
    }

    /// A `const fn` returning one text of each code.
    ///
    /// The texts are literals, as in a hand-written `match`: reading them from the `CodeInfo`
    /// table instead costs an index expression per code to type-check, which made compiling a
    /// large family several times slower.
    fn text_accessor(
        &self,
        method: &str,
        undeclared: &str,
        doc: &str,
        text: impl Fn(&Code) -> String,
    ) -> TokenStream {
        let family = self.family;
        let method = Ident::new(method, Span::call_site());
        let variants = family.codes.iter().map(|code| &code.ident);
        let texts = family.codes.iter().map(text);
        let undeclared = family
            .catch_all
            .as_ref()
            .map(|other| quote!(Self::#other(_) => #undeclared,));
        quote! {
            #[doc = #doc]
            #[inline]
            #[must_use]
            pub const fn #method(self) -> &'static __rt::str {
                match self {
                    #(Self::#variants => #texts,)*
                    #undeclared
                }
            }
        }
    }

    /// `info`: one `match` that picks an index into the table, then one index expression. The
    /// table is named once (each mention of a constant is a copy of it in the compiler's IR,
    /// which made the compile time quadratic in the number of codes), and one index is
    /// type-checked rather than one per code.
    fn info_method(&self) -> TokenStream {
        let family = self.family;
        let variants = family.codes.iter().map(|code| &code.ident);
        let indices = 0..family.codes.len();
        let body = if family.codes.is_empty() {
            let undeclared = family
                .catch_all
                .as_ref()
                .map(|other| quote!(Self::#other(_) => __rt::None,));
            quote!(match self { #undeclared })
        } else {
            let undeclared = family
                .catch_all
                .as_ref()
                .map(|other| quote!(Self::#other(_) => return __rt::None,));
            quote! {
                let __index = match self {
                    #(Self::#variants => #indices,)*
                    #undeclared
                };
                __rt::Some(&Self::__CODES[__index])
            }
        };
        quote! {
            /// The metadata of this code, or `None` for an undeclared value.
            #[inline]
            #[must_use]
            pub const fn info(self) -> __rt::Option<&'static __rt::CodeInfo> {
                #body
            }
        }
    }

    /// `is_success`: only the success codes are listed, as one would by hand.
    fn is_success_method(&self) -> TokenStream {
        let family = self.family;
        let bool_ty = quote!(__rt::bool);
        let successes: Vec<&Ident> = family
            .codes
            .iter()
            .filter(|code| code.success)
            .map(|code| &code.ident)
            .collect();
        let is_success_body = if successes.is_empty() {
            quote!(false)
        } else if successes.len() == family.codes.len() && !family.is_open() {
            quote!(true)
        } else {
            quote! {
                match self {
                    #(Self::#successes)|* => true,
                    _ => false,
                }
            }
        };
        quote! {
            /// Whether this code means success.
            #[inline]
            #[must_use]
            pub const fn is_success(self) -> #bool_ty {
                #is_success_body
            }
        }
    }

    fn code_info(&self, code: &Code) -> TokenStream {
        let rt = &self.rt;
        let family = self.family.ident.to_string();
        let name = code.ident.to_string();
        let sdk_name = &code.sdk_name;
        let aliases = &code.aliases;
        let value = value_tokens(code.value);
        let description = &code.description;
        let (languages, texts): (Vec<&String>, Vec<&String>) =
            code.translations.iter().map(|(l, t)| (l, t)).unzip();
        let success = code.success;
        let deprecated = code.deprecated;
        quote! {
            #rt::code_info(
                #family, #name, #sdk_name, &[#(#aliases),*], #value, #description,
                &[#((#languages, #texts)),*], #success, #deprecated,
            )
        }
    }

    fn trait_impls(&self) -> TokenStream {
        let Expander { rt, repr, .. } = self;
        let ident = &self.family.ident;
        let option = quote!(#rt::Option);
        let result = quote!(#rt::Result);
        let code_local = Ident::new("__code", Span::mixed_site());
        let s = Ident::new("__s", Span::mixed_site());

        let (try_from_code, from_repr) = match &self.family.catch_all {
            Some(catch_all) => (
                quote! {
                    #result::Ok(<Self as #rt::From<#repr>>::from(#code_local))
                },
                quote! {
                    #[automatically_derived]
                    impl #rt::From<#repr> for #ident {
                        #[inline]
                        fn from(#code_local: #repr) -> Self {
                            match Self::from_code(#code_local) {
                                #option::Some(#code_local) => #code_local,
                                #option::None => Self::#catch_all(#code_local),
                            }
                        }
                    }
                },
            ),
            None => (
                quote! {
                    match Self::from_code(#code_local) {
                        #option::Some(#code_local) => #result::Ok(#code_local),
                        #option::None => #result::Err(#rt::UnknownCode::new(
                            Self::FAMILY,
                            <#rt::i64 as #rt::From<#repr>>::from(#code_local),
                        )),
                    }
                },
                quote! {
                    #[automatically_derived]
                    impl #rt::TryFrom<#repr> for #ident {
                        type Error = #rt::UnknownCode;

                        #[inline]
                        fn try_from(#code_local: #repr) -> #result<Self, #rt::UnknownCode> {
                            <Self as #rt::Code>::try_from_code(#code_local)
                        }
                    }
                },
            ),
        };
        let text_impls = self.text_impls();
        quote! {
            #[automatically_derived]
            impl #rt::Code for #ident {
                type Repr = #repr;
                const FAMILY: &'static #rt::FamilyInfo = Self::FAMILY;
                const ALL: &'static [Self] = Self::ALL;

                #[inline]
                fn from_code(#code_local: #repr) -> #option<Self> {
                    Self::from_code(#code_local)
                }

                #[inline]
                fn try_from_code(#code_local: #repr) -> #result<Self, #rt::UnknownCode> {
                    #try_from_code
                }

                #[inline]
                fn from_name(#s: &#rt::str) -> #option<Self> {
                    Self::from_name(#s)
                }

                #[inline]
                fn code(self) -> #repr {
                    self.code()
                }

                #[inline]
                fn info(self) -> #option<&'static #rt::CodeInfo> {
                    self.info()
                }
            }

            #from_repr

            #[automatically_derived]
            impl #rt::From<#ident> for #repr {
                #[inline]
                fn from(#code_local: #ident) -> Self {
                    #code_local.code()
                }
            }

            #text_impls
        }
    }
    /// `FromStr`, `Display`, `Error`, and the `serde` impls (which expand to nothing unless the
    /// `serde` feature of the runtime crate is on).
    fn text_impls(&self) -> TokenStream {
        let Expander { rt, repr, .. } = self;
        let ident = &self.family.ident;
        let result = quote!(#rt::Result);
        let f = Ident::new("__f", Span::mixed_site());
        let s = Ident::new("__s", Span::mixed_site());
        quote! {
            #[automatically_derived]
            impl #rt::FromStr for #ident {
                type Err = #rt::ParseCodeError;

                #[inline]
                fn from_str(#s: &#rt::str) -> #result<Self, #rt::ParseCodeError> {
                    #rt::parse_code(#s)
                }
            }

            #[automatically_derived]
            impl #rt::Display for #ident {
                #[inline]
                fn fmt(&self, #f: &mut #rt::Formatter<'_>) -> #rt::FmtResult {
                    #rt::fmt_code(
                        #f,
                        self.info(),
                        Self::FAMILY,
                        <#rt::i64 as #rt::From<#repr>>::from(self.code()),
                    )
                }
            }

            #[automatically_derived]
            impl #rt::Error for #ident {}

            #rt::serde_impls! { #ident }
        }
    }
}

/// The arms of `from_name`'s `match name.len()`.
///
/// Names are matched after a switch on their length and then on the byte that best tells the
/// names of that length apart, so that a lookup compares the bytes of about one name, not of every
/// name in turn (which is what a plain `match` on strings does).
fn name_lookup_arms(family: &Family, name_local: &Ident, option: &TokenStream) -> Vec<TokenStream> {
    let mut by_length: BTreeMap<usize, Vec<(&str, &Ident)>> = BTreeMap::new();
    for code in &family.codes {
        for name in code.lookup_names() {
            by_length
                .entry(name.len())
                .or_default()
                .push((name, &code.ident));
        }
    }
    let exact = |names: &[(&str, &Ident)]| {
        let (names, variants): (Vec<&str>, Vec<&Ident>) = names.iter().copied().unzip();
        quote! {
            match #name_local {
                #(#names => #option::Some(Self::#variants),)*
                _ => #option::None,
            }
        }
    };
    by_length
        .into_iter()
        .map(|(length, names)| {
            let body = match distinguishing_byte(&names, length) {
                Some(position) if names.len() > 2 => {
                    let mut by_byte: BTreeMap<u8, Vec<(&str, &Ident)>> = BTreeMap::new();
                    for &(name, variant) in &names {
                        let byte = name.as_bytes().get(position).copied().unwrap_or_default();
                        by_byte.entry(byte).or_default().push((name, variant));
                    }
                    let arms = by_byte.iter().map(|(byte, names)| {
                        let byte = Literal::u8_suffixed(*byte);
                        let body = exact(names);
                        quote!(#option::Some(&#byte) => #body,)
                    });
                    quote! {
                        match #name_local.as_bytes().get(#position) {
                            #(#arms)*
                            _ => #option::None,
                        }
                    }
                }
                _ => exact(&names),
            };
            quote!(#length => #body,)
        })
        .collect()
}

/// The position at which the names (all `length` bytes long) have the most distinct bytes.
fn distinguishing_byte(names: &[(&str, &Ident)], length: usize) -> Option<usize> {
    (0..length).max_by_key(|&position| {
        let mut bytes: Vec<u8> = names
            .iter()
            .filter_map(|(name, _)| name.as_bytes().get(position).copied())
            .collect();
        bytes.sort_unstable();
        bytes.dedup();
        // Prefer the later position among equals: SDK names share their prefixes.
        (bytes.len(), position)
    })
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
