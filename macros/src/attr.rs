//! `#[codes(...)]` options of families and codes, doc comments, and pass-through attributes.

use quote::ToTokens;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitStr, Meta, Token};

use super::case::SdkCase;
use super::ctxt::Ctxt;
use super::lang::check_tag;
use super::options::{option, options_of, Level, Opt};

/// Traits that every family derives; deriving them again would conflict.
const GENERATED_DERIVES: [&str; 6] = ["Clone", "Copy", "Debug", "PartialEq", "Eq", "Hash"];

/// What the attributes of a family say.
#[derive(Default)]
pub struct FamilyAttrs {
    /// Literal doc comments, one entry per line, as written (leading space included).
    pub docs: Vec<String>,
    /// The doc attributes as the user wrote them, for a build that needs no generated docs.
    pub doc_attrs: Vec<Attribute>,
    pub sdk_prefix: Option<LitStr>,
    pub sdk_case: Option<SdkCase>,
    /// The catch-all variant of an open family.
    pub other: Option<Ident>,
    /// The language of the descriptions, a well-formed tag.
    pub lang: Option<LitStr>,
    /// Attributes the macro does not interpret, emitted on the enum unchanged.
    pub passthrough: Vec<Attribute>,
    /// `PartialOrd` and `Ord` as derived: the templates implement them by value.
    pub ordered: Vec<Ident>,
    /// `Serialize` and `Deserialize` as derived: the templates implement them as the integer.
    pub serde: Vec<Ident>,
}

/// What the attributes of a code say.
#[derive(Default)]
pub struct CodeAttrs {
    pub docs: Vec<String>,
    pub doc_attrs: Vec<Attribute>,
    pub sdk_name: Option<LitStr>,
    pub aliases: Vec<LitStr>,
    pub success: bool,
    pub deprecated: bool,
    pub passthrough: Vec<Attribute>,
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
                serde_enabled: serde,
            };
            let kept = check_derive(cx, attr, &mut derived);
            out.passthrough.extend(kept);
        } else {
            out.passthrough.push(attr);
        }
    }
    let partial_ord = out.ordered.iter().any(|name| name == "PartialOrd");
    if let Some(ord) = out
        .ordered
        .iter()
        .find(|name| *name == "Ord")
        .filter(|_| !partial_ord)
    {
        cx.error_spanned_by(
            ord,
            "`Ord` needs `PartialOrd`: derive both, `#[derive(PartialOrd, Ord)]` \
             (both order the codes by value)",
        );
        out.ordered.retain(|name| name != "Ord");
    }
    out
}

pub fn code_attrs(cx: &Ctxt, attrs: Vec<Attribute>) -> CodeAttrs {
    let mut out = CodeAttrs::default();
    for attr in attrs {
        if let Some(doc) = doc_line(&attr) {
            out.docs.push(doc);
            out.doc_attrs.push(attr);
        } else if attr.path().is_ident("codes") {
            parse_options(cx, &attr, |meta| code_option(cx, &mut out, meta));
        } else if attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr") {
            cx.error_spanned_by(
                &attr,
                "codes cannot be conditional: a family's table is the same in every build",
            );
        } else {
            out.deprecated |= attr.path().is_ident("deprecated");
            out.passthrough.push(attr);
        }
    }
    out
}

/// The text of `#[doc = "..."]` (what `///` becomes); `None` for any other attribute.
fn doc_line(attr: &Attribute) -> Option<String> {
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
fn parse_options(
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
        meta.input.parse::<proc_macro2::TokenTree>()?;
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
                        SdkCase::NAMES.join("\" or \"")
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

fn code_option(cx: &Ctxt, out: &mut CodeAttrs, meta: &ParseNestedMeta) -> syn::Result<()> {
    let path = &meta.path;
    match option(path) {
        Some((Opt::SdkName, _, name)) => {
            let sdk_name = string_value(meta, name, "\"kErrorCodeInvalidToken\"")?;
            check_identifier_text(&sdk_name, "an SDK name")?;
            set_once(cx, &mut out.sdk_name, sdk_name, path);
        }
        Some((Opt::Alias, _, name)) => {
            if meta.input.peek(Token![=]) && meta.input.peek2(syn::token::Bracket) {
                return Err(meta.error(
                    "`alias` takes one name: repeat it for more, \
                     `#[codes(alias = \"A\", alias = \"B\")]`",
                ));
            }
            let alias = string_value(meta, name, "\"kWarningCodePublishStreamForbidden\"")?;
            check_identifier_text(&alias, "an alias")?;
            out.aliases.push(alias);
        }
        Some((Opt::Success, _, _)) => {
            if !meta.input.is_empty() && !meta.input.peek(Token![,]) {
                return Err(meta.error("`success` takes no value: write `#[codes(success)]`"));
            }
            if out.success {
                cx.error_spanned_by(path, "duplicate option `success`");
            }
            out.success = true;
        }
        Some((_, Level::Family, _)) => {
            return Err(meta.error(format!(
                "`{}` is an option of families, not of codes; code options are {}",
                path_text(path),
                options_of(Level::Code)
            )));
        }
        None if path.is_ident("deprecated") => {
            return Err(meta.error(
                "`deprecated` is not an option of `#[codes]`: mark the code `#[deprecated]`",
            ));
        }
        _ => {
            return Err(meta.error(format!(
                "unknown code option `{}`: expected {}",
                path_text(path),
                options_of(Level::Code)
            )));
        }
    }
    Ok(())
}

fn path_text(path: &syn::Path) -> String {
    quote::quote!(#path).to_string().replace(' ', "")
}

/// `name = "string"`.
fn string_value(meta: &ParseNestedMeta, name: &str, example: &str) -> syn::Result<LitStr> {
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(format!("expected `{name} = {example}`")));
    }
    let value = meta.value()?;
    if value.peek(LitStr) {
        return value.parse();
    }
    Err(value.error(format!("expected a string literal: `{name} = {example}`")))
}

/// SDK names, prefixes and aliases are identifiers: no whitespace or control characters.
fn check_identifier_text(lit: &LitStr, what: &str) -> syn::Result<()> {
    let text = lit.value();
    if text.is_empty() {
        return Err(syn::Error::new_spanned(
            lit,
            format!("{what} cannot be empty"),
        ));
    }
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(syn::Error::new_spanned(
            lit,
            format!("{what} cannot contain whitespace or control characters"),
        ));
    }
    Ok(())
}

fn set_once<T>(cx: &Ctxt, slot: &mut Option<T>, value: T, path: &syn::Path) {
    if slot.is_some() {
        cx.error_spanned_by(
            path,
            format!("duplicate option `{}`: give it once", path_text(path)),
        );
    } else {
        *slot = Some(value);
    }
}

/// Where the derives that the templates implement go.
struct Derived<'a> {
    ordered: &'a mut Vec<Ident>,
    serde: &'a mut Vec<Ident>,
    serde_enabled: bool,
}

/// `serde::Serialize`, `::serde::Deserialize` or a bare `Serialize`/`Deserialize`: the trait's
/// name, if `path` names one of serde's derives.
fn serde_derive(path: &syn::Path) -> Option<&Ident> {
    let last = &path.segments.last()?.ident;
    let from_serde = match path.segments.len() {
        1 => path.leading_colon.is_none(),
        2 => path
            .segments
            .first()
            .is_some_and(|first| first.ident == "serde"),
        _ => false,
    };
    (from_serde && (last == "Serialize" || last == "Deserialize")).then_some(last)
}

/// Rejects `#[derive(...)]` of a trait the macro already derives, and takes out the derives the
/// templates implement: `PartialOrd` and `Ord` (derived, they would order by variant position,
/// not by value) and serde's (as the integer, which needs the `serde` feature of `rtc_codes`).
/// Returns the attribute to emit without them, so that the user sees this error and not a
/// conflicting-impl error.
fn check_derive(cx: &Ctxt, attr: Attribute, derived: &mut Derived) -> Option<Attribute> {
    let parsed =
        attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, Token![,]>::parse_terminated);
    let Ok(paths) = parsed else {
        return Some(attr); // the compiler reports a malformed derive itself
    };
    let mut kept = Vec::new();
    let mut serde_paths = Vec::new();
    for path in paths {
        if let Some(last) = path
            .segments
            .last()
            .filter(|last| last.ident == "PartialOrd" || last.ident == "Ord")
        {
            derived.ordered.push(last.ident.clone());
            continue;
        }
        if let Some(name) = serde_derive(&path) {
            if derived.serde_enabled {
                derived.serde.push(name.clone());
            }
            serde_paths.push(path);
            continue;
        }
        let generated = path
            .segments
            .last()
            .is_some_and(|last| GENERATED_DERIVES.iter().any(|name| last.ident == name));
        if generated {
            cx.error_spanned_by(
                &path,
                format!(
                    "`{}` is already derived for every family (as are {})",
                    path_text(&path),
                    GENERATED_DERIVES.join(", ")
                ),
            );
        } else {
            kept.push(path);
        }
    }
    if !serde_paths.is_empty() && !derived.serde_enabled {
        let names: Vec<String> = serde_paths.iter().map(path_text).collect();
        cx.error_spanned_by(
            quote::quote!(#(#serde_paths)*),
            format!(
                "`{}` on a family needs the `serde` feature of rtc-codes: \
                 `rtc-codes = {{ version = \"{}.{}\", features = [\"serde\"] }}`",
                names.join("`, `"),
                env!("CARGO_PKG_VERSION_MAJOR"),
                env!("CARGO_PKG_VERSION_MINOR"),
            ),
        );
    }
    if kept.is_empty() {
        return None;
    }
    let pound = attr.pound_token;
    let bracket = attr.bracket_token;
    let mut tokens = proc_macro2::TokenStream::new();
    pound.to_tokens(&mut tokens);
    bracket.surround(&mut tokens, |inner| {
        inner.extend(quote::quote!(derive(#(#kept),*)));
    });
    syn::parse::Parser::parse2(Attribute::parse_outer, tokens)
        .ok()
        .and_then(|mut attrs| attrs.pop())
}
