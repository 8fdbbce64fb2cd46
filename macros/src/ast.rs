//! The model of the macro's input, and its parser.
//!
//! The wrapper `rtc_codes::rtc_codes!` calls the proc macro as
//! `rtc_codes_impl! { [$crate] [serde] ... }`: the runtime crate's path, the features of it that
//! are on (which the proc macro cannot see otherwise), then one or more families:
//!
//! ```text
//! invocation := '[' CratePath ']' ('[' Feature* ']')? family+
//! family     := attr* vis? 'enum' Ident (':' IntType)? '{' (code (',' code)* ','?) '}'
//! code       := attr* Ident '=' '-'? IntLiteral '=>' StrLiteral (Lang StrLiteral)*
//! Lang       := Ident ('-' (Ident | IntLiteral))*   // a language tag: `en`, `zh-CN`, `es-419`
//! ```
//!
//! The first description is the default one; each `Lang "text"` after it is the description in
//! another language (`InvalidToken = -1000 => "Token 无效。" en "Invalid token."`).
//!
//! Parsing recovers at family and code boundaries: a family ends at its `{ ... }` body, a code at a
//! top-level comma, so one malformed code is reported without hiding the errors (or the valid
//! codes) around it. The model keeps the user's tokens so that later stages can point at them.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::{token, Attribute, Ident, Visibility};

use super::ctxt::Ctxt;
use super::lang::LangTag;

mod code;
mod doc_comments;
mod header;
mod plain;
mod text;
mod value;
pub use text::Text;
pub use value::Value;

/// One macro call: the path of the runtime crate and the families it declares.
pub struct Invocation {
    /// `$crate` of `rtc_codes`, as passed by the `macro_rules!` wrapper.
    pub krate: TokenStream,
    /// Whether the `serde` feature of `rtc_codes` is on.
    pub serde: bool,
    pub families: Vec<Family>,
}

/// `attr* vis? enum Ident (: IntType)? { codes }`.
pub struct Family {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// `<...>` after the name: always an error, kept to point at it.
    pub generics: Option<TokenStream>,
    /// The type after `:`, if any (checked against the supported types later).
    pub repr: Option<syn::Type>,
    pub brace: token::Brace,
    pub codes: Vec<Code>,
    /// Whether some code of the body failed to parse (its error is already recorded).
    pub has_invalid_codes: bool,
}

/// `attr* Ident = -? IntLiteral => StrLiteral`.
pub struct Code {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub value: Value,
    pub description: Text,
    /// Descriptions in other languages: `en "..."`.
    pub translations: Vec<(LangTag, Text)>,
}

impl Invocation {
    /// Parses an invocation, recording every problem in `cx`.
    ///
    /// Returns `None` only when not even the crate path could be read (the proc macro was called
    /// directly instead of through `rtc_codes::rtc_codes!`).
    pub fn from_tokens(cx: &Ctxt, input: TokenStream) -> Option<Invocation> {
        let mut tokens = input.into_iter().peekable();
        let krate = match tokens.next() {
            Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket => {
                group.stream()
            }
            other => {
                let message = "`rtc_codes_impl!` is an implementation detail: \
                               call `rtc_codes::rtc_codes! { ... }` instead";
                match other {
                    Some(token) => cx.error_spanned_by(token, message),
                    None => cx.syn_error(syn::Error::new(Span::call_site(), message)),
                }
                return None;
            }
        };

        // A family starts with `#`, a visibility or `enum`, never with a bracket.
        let mut serde = false;
        if let Some(TokenTree::Group(features)) = tokens.peek() {
            if features.delimiter() == Delimiter::Bracket {
                serde = features
                    .stream()
                    .into_iter()
                    .any(|feature| matches!(&feature, TokenTree::Ident(name) if name == "serde"));
                tokens.next();
            }
        }

        let mut families = Vec::new();
        let mut header = Vec::new();
        for token in tokens {
            match token {
                TokenTree::Group(body) if body.delimiter() == Delimiter::Brace => {
                    let header = std::mem::take(&mut header);
                    if let Some(family) = Family::from_parts(cx, header, &body) {
                        families.push(family);
                    }
                }
                other => header.push(other),
            }
        }
        if !header.is_empty() {
            cx.error_spanned_by(
                header.into_iter().collect::<TokenStream>(),
                "expected a family body: `enum Name { Code = value => \"description\", ... }`",
            );
        } else if families.is_empty() && !cx.has_errors() {
            cx.syn_error(syn::Error::new(
                Span::call_site(),
                "expected at least one family: `pub enum Name { Code = value => \"description\" }`",
            ));
        }
        Some(Invocation {
            krate,
            serde,
            families,
        })
    }
}

impl Family {
    fn from_parts(cx: &Ctxt, header: Vec<TokenTree>, body: &proc_macro2::Group) -> Option<Family> {
        let plain = header::plain(&header).map(Ok);
        let header = match plain.unwrap_or_else(|| syn::parse2(header.into_iter().collect())) {
            Ok(header) => header,
            Err(error) => {
                cx.syn_error(error);
                return None;
            }
        };
        let brace = token::Brace {
            span: body.delim_span(),
        };
        let (codes, has_invalid_codes) = parse_codes(cx, body.stream());
        Some(Family {
            attrs: header.attrs,
            vis: header.vis,
            ident: header.ident,
            generics: header.generics,
            repr: header.repr,
            brace,
            codes,
            has_invalid_codes,
        })
    }
}

/// Splits a family body at its top-level commas and parses each code on its own.
fn parse_codes(cx: &Ctxt, body: TokenStream) -> (Vec<Code>, bool) {
    let mut codes = Body::default();
    let mut chunk: Vec<TokenTree> = Vec::new();
    let mut tokens = body.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Punct(comma) if comma.as_char() == ',' => {
                if chunk.is_empty() {
                    cx.error_spanned_by(
                        &comma,
                        "expected a code before this `,`: `Name = value => \"description\"`",
                    );
                    codes.invalid = true;
                } else {
                    codes.parse(cx, std::mem::take(&mut chunk));
                }
            }
            other => chunk.push(other),
        }
        if tokens.peek().is_none() && !chunk.is_empty() {
            codes.parse(cx, std::mem::take(&mut chunk));
        }
    }
    (codes.codes, codes.invalid)
}

/// A family body as far as it is parsed.
#[derive(Default)]
struct Body {
    codes: Vec<Code>,
    /// Whether some code failed to parse (its error is already recorded).
    invalid: bool,
    /// Whether the last code failed to parse: its `///<` comments are dropped with it.
    last_failed: bool,
}

impl Body {
    /// Parses the code in `chunk` (the tokens between two commas), with the `///<` comments in
    /// it given to the code they document.
    fn parse(&mut self, cx: &Ctxt, chunk: Vec<TokenTree>) {
        let (kept, comments) = doc_comments::take_comments(cx, chunk);
        if let Some(first) = comments.previous.first() {
            match self.codes.last_mut() {
                Some(previous) if !self.last_failed => previous.attrs.extend(comments.previous),
                Some(_) => {}
                None => {
                    cx.error_spanned_by(
                        first,
                        "a `///<` comment documents the code before it, and there is none: \
                         document the first code with `///` before it",
                    );
                    self.invalid = true;
                }
            }
        }
        if kept.tokens.is_empty() {
            return; // `///<` comments after the last comma
        }
        let plain = code::plain_in(&kept.tokens, &kept.attribute_trees).map(Ok);
        match plain.unwrap_or_else(|| syn::parse2::<Code>(kept.tokens.into_iter().collect())) {
            Ok(mut code) => {
                code.attrs.extend(comments.own);
                self.codes.push(code);
                self.last_failed = false;
            }
            Err(error) => {
                cx.syn_error(error);
                self.invalid = true;
                self.last_failed = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Code, Ctxt, Invocation};
    use quote::quote;

    fn parse(tokens: proc_macro2::TokenStream) -> (Option<Invocation>, Vec<String>) {
        let cx = Ctxt::new();
        let invocation = Invocation::from_tokens(&cx, tokens);
        let errors = cx.messages();
        (invocation, errors)
    }

    #[test]
    fn parses_families_and_codes() {
        let (invocation, errors) = parse(quote! {
            [::rtc_codes]
            /// Docs.
            #[codes(other = Other)]
            pub enum ErrorCode: i32 {
                InvalidToken = -1000 => "Token 无效。",
                #[codes(success)]
                Ok = 0x0 => r"成功",
            }
            enum Second { A = 1 => "a" }
        });
        assert!(errors.is_empty(), "{errors:?}");
        let invocation = invocation.expect("an invocation");
        assert_eq!(invocation.krate.to_string(), ":: rtc_codes");
        assert_eq!(invocation.families.len(), 2);
        let family = &invocation.families[0];
        assert_eq!(family.ident, "ErrorCode");
        assert_eq!(family.attrs.len(), 2);
        assert_eq!(family.codes.len(), 2);
        assert_eq!(family.codes[0].value.to_i128().ok(), Some(-1000));
        assert_eq!(family.codes[1].description.value(), "成功");
        assert!(invocation.families[1].repr.is_none());
    }

    #[test]
    fn recovers_after_a_bad_code() {
        let (invocation, errors) = parse(quote! {
            [krate]
            enum E { A = 1 => "a", B = x + 1 => "b", C(u8), D = 4 => "d", E = 5, }
        });
        let family = &invocation.expect("an invocation").families[0];
        let names: Vec<String> = family.codes.iter().map(|c| c.ident.to_string()).collect();
        assert_eq!(names, ["A", "D"]);
        assert!(family.has_invalid_codes);
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("integer literal"));
        assert!(errors[1].contains("cannot carry data"));
        assert!(errors[2].contains("missing description"));
    }

    /// The text of every doc attribute of each code.
    fn docs(family: &super::Family) -> Vec<Vec<String>> {
        family
            .codes
            .iter()
            .map(|code| {
                code.attrs
                    .iter()
                    .filter_map(|attr| match &attr.meta {
                        syn::Meta::NameValue(syn::MetaNameValue {
                            value:
                                syn::Expr::Lit(syn::ExprLit {
                                    lit: syn::Lit::Str(text),
                                    ..
                                }),
                            ..
                        }) => Some(text.value()),
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn trailing_doc_comments_document_the_code_before_them() {
        let (invocation, errors) = parse(quote! {
            [krate]
            enum E {
                /// Own of A.
                A = 1 => "a", ///< after A
                B = 2 => "b" ///< after B, before its comma
                ,
                C = 3 => "c",
                /**< after C, the last code */
            }
        });
        assert!(errors.is_empty(), "{errors:?}");
        let family = &invocation.expect("an invocation").families[0];
        assert_eq!(
            docs(family),
            [
                vec![" Own of A.", " after A"],
                vec![" after B, before its comma"],
                vec![" after C, the last code "],
            ]
        );
    }

    #[test]
    fn misplaced_doc_comments_are_errors_on_them() {
        let (invocation, errors) = parse(quote! {
            [krate]
            enum E {
                ///< nothing before
                A = 1 => "a",
                //! inner
                B = 2 => "b", ///<
            }
        });
        let family = &invocation.expect("an invocation").families[0];
        assert_eq!(family.codes.len(), 2);
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("there is none"));
        assert!(errors[1].contains("inner doc comments"));
        assert!(errors[2].contains("empty"));
    }

    #[test]
    fn rejects_a_call_without_crate_path() {
        let (invocation, errors) = parse(quote!(enum E { A = 1 => "a" }));
        assert!(invocation.is_none());
        assert!(errors[0].contains("rtc_codes::rtc_codes!"));
    }

    #[test]
    fn value_keeps_sign_and_base() {
        let code: Code = syn::parse2(quote!(A = -0x7fff_ffff => "a")).expect("a code");
        assert_eq!(code.value.to_i128().ok(), Some(-0x7fff_ffff));
        let code: Code = syn::parse2(quote!(A = 5u8 => "a")).expect("a code");
        assert!(code.value.to_i128().is_err());
    }
}
