//! A code's attributes: its `#[codes(...)]` options, read by the reference parser
//! ([`code_option`], through syn) and, beside it, by the plain reader that stands in for it on
//! the plain options ([`plain_code_options`]); `tests` checks that the two read alike.

use proc_macro2::{Spacing, TokenTree};
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Meta, Token};

use super::super::ast::Text;
use super::super::ctxt::Ctxt;
use super::super::options::{option, options_of, Level, Opt};
use super::super::paths::path_text;
use super::{
    check_identifier_text, doc_line, is_identifier_text, parse_options, serde_attribute, set_once,
    string_value,
};

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
