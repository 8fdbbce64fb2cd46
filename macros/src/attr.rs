//! `#[codes(...)]` options of families and codes, doc comments, and pass-through attributes: the
//! family's here, the code's in `attr/code.rs`, beside the plain reader that stands in for syn's
//! on the plain options.

use proc_macro2::TokenTree;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, Meta, Token};

use super::ast::Text;

use super::ctxt::Ctxt;
use super::derives::{check_derive, check_order, Derived};
use super::lang::check_tag;
use super::options::{option, options_of, Level, Opt};
use super::paths::path_text;
use rtc_codes_rules::SdkCase;

mod code;
pub use code::code_attrs;

/// What the attributes of a family say.
#[derive(Default)]
pub struct FamilyAttrs {
    /// Literal doc comments, one entry per line, as written (leading space included).
    pub docs: Vec<String>,
    /// The doc attributes as the user wrote them, for a build that needs no generated docs.
    pub doc_attrs: Vec<Attribute>,
    pub sdk_prefix: Option<Text>,
    pub sdk_case: Option<SdkCase>,
    /// The catch-all variant of an open family.
    pub other: Option<Ident>,
    /// The language of the descriptions, a well-formed tag.
    pub lang: Option<Text>,
    /// Attributes the macro does not interpret, emitted on the enum unchanged.
    pub passthrough: Vec<Attribute>,
    /// `PartialOrd` and `Ord` as derived: the templates implement them by value.
    pub ordered: Vec<Ident>,
    /// `Serialize` and `Deserialize` as derived: the templates implement them as the integer.
    pub serde: Vec<Ident>,
    /// serde's derives named through a `use`, as written.
    pub serde_imported: Vec<Ident>,
}

/// The attributes of a family; `serde` says whether the `serde` feature of `rtc_codes` is on.
pub fn family_attrs(cx: &Ctxt, attrs: Vec<Attribute>, serde: bool) -> FamilyAttrs {
    let mut out = FamilyAttrs::default();
    for attr in attrs {
        if let Some(doc) = doc_line(&attr) {
            out.docs.push(doc);
            out.doc_attrs.push(attr);
        } else if attr.path().is_ident("codes") {
            parse_options(cx, &attr, |meta| family_option(cx, &mut out, meta));
        } else if attr.path().is_ident("repr") {
            cx.error_spanned_by(
                &attr,
                "remove `#[repr]`: the family's representation is its declared type (`enum Name: i32`)",
            );
        } else if attr.path().is_ident("derive") {
            let mut derived = Derived {
                ordered: &mut out.ordered,
                serde: &mut out.serde,
                serde_imported: &mut out.serde_imported,
                serde_enabled: serde,
            };
            let kept = check_derive(cx, attr, &mut derived);
            out.passthrough.extend(kept);
        } else if attr.path().is_ident("serde") {
            serde_attribute(cx, &attr, "a family");
        } else {
            out.passthrough.push(attr);
        }
    }
    check_order(cx, &mut out.ordered);
    out
}

/// `#[serde(...)]` on a family or a code (`on`), which serde's derive would read: rtc-codes
/// implements serde itself, as the integer, so there is nothing for it to act on.
pub(super) fn serde_attribute(cx: &Ctxt, attr: &Attribute, on: &str) {
    cx.error_spanned_by(
        attr,
        format!(
            "`#[serde(...)]` has nothing to act on in {on}: a family that derives \
             `serde::Serialize` or `serde::Deserialize` is (de)serialized as its integer by \
             rtc-codes, not by serde's derive; for codes by SDK name, put \
             `#[serde(with = \"rtc_codes::serde::name\")]` on the field that holds one"
        ),
    );
}

/// The text of `#[doc = "..."]` (what `///` becomes); `None` for any other attribute.
pub(super) fn doc_line(attr: &Attribute) -> Option<String> {
    match &attr.meta {
        Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => Some(text.value()),
            _ => None,
        },
        _ => None,
    }
}

/// Runs `each` on every option of `#[codes(...)]`; an error in one option does not hide the next.
pub(super) fn parse_options(
    cx: &Ctxt,
    attr: &Attribute,
    mut each: impl FnMut(&ParseNestedMeta) -> syn::Result<()>,
) {
    if let Meta::Path(path) = &attr.meta {
        cx.error_spanned_by(
            path,
            "expected options in parentheses, such as `#[codes(success)]`",
        );
        return;
    }
    let result = attr.parse_nested_meta(|meta| {
        if let Err(error) = each(&meta) {
            cx.syn_error(error);
            skip_value(&meta)?;
        }
        Ok(())
    });
    if let Err(error) = result {
        cx.syn_error(error);
    }
}

/// Consumes `= tokens` up to the next comma, so that parsing resumes at the next option.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.input.parse::<Token![=]>()?;
    }
    while !meta.input.is_empty() && !meta.input.peek(Token![,]) {
        meta.input.parse::<TokenTree>()?;
    }
    Ok(())
}

fn family_option(cx: &Ctxt, out: &mut FamilyAttrs, meta: &ParseNestedMeta) -> syn::Result<()> {
    let path = &meta.path;
    match option(path) {
        Some((Opt::SdkPrefix, _, name)) => {
            let prefix = string_value(meta, name, "\"kErrorCode\"")?;
            if prefix.value().is_empty() {
                return Err(syn::Error::new_spanned(
                    &prefix,
                    "`sdk_prefix` cannot be empty: remove the option to use the code names as SDK names",
                ));
            }
            check_identifier_text(&prefix, "an SDK prefix")?;
            set_once(cx, &mut out.sdk_prefix, prefix, path);
        }
        Some((Opt::SdkCase, _, name)) => {
            let case = string_value(meta, name, "\"SCREAMING_SNAKE_CASE\"")?;
            let Some(parsed) = SdkCase::from_name(&case.value()) else {
                return Err(syn::Error::new_spanned(
                    &case,
                    format!(
                        "unknown `sdk_case` {:?}: expected \"{}\"",
                        case.value(),
                        SdkCase::ALL.map(SdkCase::option).join("\" or \"")
                    ),
                ));
            };
            set_once(cx, &mut out.sdk_case, parsed, path);
        }
        Some((Opt::Other, _, _)) => {
            if !meta.input.peek(Token![=]) {
                return Err(
                    meta.error("expected `other = Name`, the name of the catch-all variant")
                );
            }
            let value = meta.value()?;
            let ident: Ident = value.parse().map_err(|_| {
                value.error(
                    "expected the catch-all variant's name as an identifier: `other = Other`",
                )
            })?;
            set_once(cx, &mut out.other, ident, path);
        }
        Some((Opt::Lang, _, name)) => {
            let lang = string_value(meta, name, "\"zh\"")?;
            check_tag(&lang.value()).map_err(|message| syn::Error::new_spanned(&lang, message))?;
            set_once(cx, &mut out.lang, lang, path);
        }
        Some((_, Level::Code, _)) => {
            return Err(meta.error(format!(
                "`{}` is an option of codes, not of families; family options are {}",
                path_text(path),
                options_of(Level::Family)
            )));
        }
        _ => {
            return Err(meta.error(format!(
                "unknown family option `{}`: expected {}",
                path_text(path),
                options_of(Level::Family)
            )));
        }
    }
    Ok(())
}

/// `name = "string"`.
pub(super) fn string_value(meta: &ParseNestedMeta, name: &str, example: &str) -> syn::Result<Text> {
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(format!("expected `{name} = {example}`")));
    }
    let value = meta.value()?;
    Text::take(value)
        .ok_or_else(|| value.error(format!("expected a string literal: `{name} = {example}`")))
}

/// Whether `text` can be an SDK name, prefix or alias (what `check_identifier_text` checks).
/// Looks at the bytes first: names are ASCII, and a byte test costs a fraction of a `char` one.
pub(super) fn is_identifier_text(text: &str) -> bool {
    !text.is_empty()
        && (text.bytes().all(|byte| byte.is_ascii_graphic())
            || !text.chars().any(|c| c.is_whitespace() || c.is_control()))
}

/// SDK names, prefixes and aliases are identifiers: no whitespace or control characters.
pub(super) fn check_identifier_text(lit: &Text, what: &str) -> syn::Result<()> {
    let text = lit.value();
    if is_identifier_text(&text) {
        return Ok(());
    }
    let problem = if text.is_empty() {
        "cannot be empty"
    } else {
        "cannot contain whitespace or control characters"
    };
    Err(syn::Error::new_spanned(lit, format!("{what} {problem}")))
}

pub(super) fn set_once<T>(cx: &Ctxt, slot: &mut Option<T>, value: T, path: &syn::Path) {
    if slot.is_some() {
        cx.error_spanned_by(
            path,
            format!("duplicate option `{}`: give it once", path_text(path)),
        );
    } else {
        *slot = Some(value);
    }
}
