//! `#[codes(...)]` options of families and codes, doc comments, and pass-through attributes.

use proc_macro2::{Spacing, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, Meta, Token};

use super::ast::Text;

use super::case::SdkCase;
use super::ctxt::Ctxt;
use super::derives::{check_derive, check_order, Derived};
use super::lang::check_tag;
use super::options::{option, options_of, Level, Opt};
use super::paths::path_text;

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

/// What the attributes of a code say.
#[derive(Default)]
pub struct CodeAttrs {
    pub docs: Vec<String>,
    pub doc_attrs: Vec<Attribute>,
    pub sdk_name: Option<Text>,
    pub aliases: Vec<Text>,
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
fn serde_attribute(cx: &Ctxt, attr: &Attribute, on: &str) {
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

pub fn code_attrs(cx: &Ctxt, attrs: Vec<Attribute>) -> CodeAttrs {
    let mut out = CodeAttrs::default();
    for attr in attrs {
        if let Some(doc) = doc_line(&attr) {
            out.docs.push(doc);
            out.doc_attrs.push(attr);
        } else if attr.path().is_ident("codes") {
            if !plain_code_options(&attr, &mut out) {
                parse_options(cx, &attr, |meta| code_option(cx, &mut out, meta));
            }
        } else if attr.path().is_ident("cfg") || attr.path().is_ident("cfg_attr") {
            cx.error_spanned_by(
                &attr,
                "codes cannot be conditional: a family's table is the same in every build",
            );
        } else if attr.path().is_ident("serde") {
            serde_attribute(cx, &attr, "a code");
        } else {
            out.deprecated |= attr.path().is_ident("deprecated");
            out.passthrough.push(attr);
        }
    }
    out
}

/// Reads a plain `#[codes(...)]` of a code without syn: `sdk_name = "..."`, `alias = "..."` and
/// `success`, each valid and not given before. Returns `false`, with `out` as it was, for anything
/// else, which the reference parser (`code_option`, through syn) reads with its errors. The macro
/// runs unoptimized and again on every rebuild, where syn's parser of nested options cost five
/// times this one on such an attribute; `tests::plain_code_options_agree_with_the_reference`
/// checks that the two read every generated attribute alike.
fn plain_code_options(attr: &Attribute, out: &mut CodeAttrs) -> bool {
    let Meta::List(list) = &attr.meta else {
        return false;
    };
    let (mut sdk_name, mut aliases, mut success) = (None, Vec::new(), false);
    let mut tokens = list.tokens.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        let TokenTree::Ident(option) = token else {
            return false;
        };
        let value = match tokens.peek() {
            Some(TokenTree::Punct(eq)) if eq.as_char() == '=' && eq.spacing() == Spacing::Alone => {
                tokens.next();
                let Some(TokenTree::Literal(literal)) = tokens.next() else {
                    return false;
                };
                match Text::from_literal(literal) {
                    Some(text) if is_identifier_text(&text.value()) => Some(text),
                    _ => return false,
                }
            }
            _ => None,
        };
        match tokens.next() {
            None => {}
            Some(TokenTree::Punct(comma)) if comma.as_char() == ',' => {}
            Some(_) => return false,
        }
        match (option.to_string().as_str(), value) {
            ("sdk_name", Some(text)) if sdk_name.is_none() && out.sdk_name.is_none() => {
                sdk_name = Some(text);
            }
            ("alias", Some(text)) => aliases.push(text),
            ("success", None) if !success && !out.success => success = true,
            _ => return false,
        }
    }
    if sdk_name.is_some() {
        out.sdk_name = sdk_name;
    }
    out.aliases.extend(aliases);
    out.success |= success;
    true
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

/// `name = "string"`.
fn string_value(meta: &ParseNestedMeta, name: &str, example: &str) -> syn::Result<Text> {
    if !meta.input.peek(Token![=]) {
        return Err(meta.error(format!("expected `{name} = {example}`")));
    }
    let value = meta.value()?;
    Text::take(value)
        .ok_or_else(|| value.error(format!("expected a string literal: `{name} = {example}`")))
}

/// Whether `text` can be an SDK name, prefix or alias (what `check_identifier_text` checks).
/// Looks at the bytes first: names are ASCII, and a byte test costs a fraction of a `char` one.
fn is_identifier_text(text: &str) -> bool {
    !text.is_empty()
        && (text.bytes().all(|byte| byte.is_ascii_graphic())
            || !text.chars().any(|c| c.is_whitespace() || c.is_control()))
}

/// SDK names, prefixes and aliases are identifiers: no whitespace or control characters.
fn check_identifier_text(lit: &Text, what: &str) -> syn::Result<()> {
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

#[cfg(test)]
mod tests {
    use super::{code_option, parse_options, plain_code_options, CodeAttrs, Ctxt};
    use syn::Attribute;

    /// What later stages read of a code's options.
    fn read(attrs: &CodeAttrs) -> (Option<String>, Vec<String>, bool) {
        let aliases = attrs.aliases.iter().map(super::Text::value).collect();
        (
            attrs.sdk_name.as_ref().map(super::Text::value),
            aliases,
            attrs.success,
        )
    }

    /// On every generated `#[codes(...)]` (one, or two on one code) that the plain reader takes,
    /// the reference reads the same options without an error; and it takes the plain ones.
    #[test]
    fn plain_code_options_agree_with_the_reference() {
        let options = [
            "success",
            "sdk_name = \"kX\"",
            "alias = \"kY\"",
            "alias = \"kZ\"",
            "sdk_name = \"\"",
            "sdk_name = \"k X\"",
            "sdk_name = r\"kRaw\"",
            "sdk_name = \"k\\u{41}\"",
            "alias = [\"a\"]",
            "success = true",
            "sdk_name",
            "deprecated",
            "other = Rest",
            "sdk_name = b\"k\"",
            "sdk_name == \"k\"",
        ];
        let mut lists = vec![String::new()];
        for a in options {
            lists.push(a.to_owned());
            for b in options {
                lists.push(format!("{a}, {b}"));
                lists.push(format!("{a}, {b},"));
                lists.push(format!("{a} {b}"));
            }
        }
        let (mut plain, mut checked) = (0, 0);
        for list in &lists {
            for attrs in [
                format!("#[codes({list})]"),
                format!("#[codes({list})] #[codes(success)]"),
            ] {
                let parsed = syn::parse::Parser::parse_str(Attribute::parse_outer, &attrs)
                    .expect("attributes parse");
                let mut fast = CodeAttrs::default();
                let all_plain = parsed
                    .iter()
                    .all(|attr| plain_code_options(attr, &mut fast));
                checked += 1;
                if !all_plain {
                    continue;
                }
                plain += 1;
                let cx = Ctxt::new();
                let mut reference = CodeAttrs::default();
                for attr in &parsed {
                    parse_options(&cx, attr, |meta| code_option(&cx, &mut reference, meta));
                }
                let errors = cx.messages();
                assert!(errors.is_empty(), "{attrs}: the reference says {errors:?}");
                assert_eq!(read(&fast), read(&reference), "{attrs}");
            }
        }
        assert!(
            plain > 20 && plain < checked,
            "{plain} of {checked} read plainly"
        );
    }
}
