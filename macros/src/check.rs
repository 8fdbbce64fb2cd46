//! Semantic checks on the parsed model, into the checked model that expansion works from
//! (`checked.rs`).
//!
//! Every problem is recorded in the [`Ctxt`]; what is wrong is left out of the checked model, so
//! that the model is always valid and can be expanded even when the input had errors (see
//! `pipeline.rs`). Names are compared and written without `r#`: `r#Type` is the code `Type`.

use quote::ToTokens;
use syn::ext::IdentExt as _;
use syn::Ident;

use super::ast::Text;
use super::ast::{self, Invocation};
use super::attr;
use super::checked::{Checked, Code, Family, Translation};
use super::ctxt::Ctxt;
use super::duplicates::{duplicate, CodeSet, FirstSeen};
use super::int_type::IntType;
use super::lang::{check_tag, LangTag};
use super::prefix;
use rtc_codes_rules::SdkCase;

/// The associated items every family has (`core/src/templates.rs`): a code of one of these names
/// would make `Family::NAME` ambiguous. Names starting with `__` are reserved too, for the
/// generated code.
pub const RESERVED_NAMES: [&str; 15] = [
    "ALL",
    "COUNT",
    "FAMILY",
    "from_code",
    "code",
    "from_name",
    "info",
    "name",
    "sdk_name",
    "description",
    "is_success",
    "is_declared",
    "description_in",
    "display_in",
    "from",
];

/// Checks `invocation`, recording problems in `cx`, and returns the valid part of it.
pub fn check(cx: &Ctxt, invocation: Invocation) -> Checked {
    let mut seen_families = FirstSeen::default();
    let mut families = Vec::new();
    for family in invocation.families {
        let key = family.ident.unraw().to_string();
        if let Some((first, _)) = seen_families.get(&key) {
            duplicate(cx, &family.ident, first, &format!("family `{key}`"));
            continue;
        }
        seen_families.insert(key.clone(), (family.ident.clone(), family.ident.span()));
        if key.starts_with("__") {
            // Not expanded: the generated code names its own items so.
            cx.error_spanned_by(
                &family.ident,
                format!("`{key}` is reserved: names starting with `__` are for generated code"),
            );
            continue;
        }
        families.push(check_family(cx, family, invocation.serde));
    }
    Checked {
        krate: invocation.krate,
        families,
    }
}

fn check_family(cx: &Ctxt, family: ast::Family, serde: bool) -> Family {
    let options = attr::family_attrs(cx, family.attrs, serde);
    if let Some(generics) = &family.generics {
        cx.error_spanned_by(
            generics,
            "a family cannot be generic: its values have one integer type, such as `i32`",
        );
    }
    // Where the family's type is written (its name, where the type is left to the default): what
    // the compiler shows as the type the family's `Code::Repr` is.
    let repr_span = family
        .repr
        .as_ref()
        .map_or_else(|| family.ident.span(), syn::spanned::Spanned::span);
    let repr = match &family.repr {
        None => IntType::DEFAULT,
        Some(ty) => IntType::from_type(ty).unwrap_or_else(|| {
            cx.error_spanned_by(
                ty,
                format!(
                    "unsupported type `{}`: expected {}",
                    ty.to_token_stream().to_string().replace(' ', ""),
                    IntType::supported_list()
                ),
            );
            IntType::I64
        }),
    };
    if family.codes.is_empty() && !family.has_invalid_codes {
        cx.syn_error(syn::Error::new(
            family.brace.span.join(),
            format!(
                "family `{}` has no codes: declare at least one `Name = value => \"description\"`",
                family.ident
            ),
        ));
    }
    if let Some(other) = &options.other {
        check_reserved(cx, other, &other.unraw().to_string());
    }

    let case = options.sdk_case.unwrap_or(SdkCase::UpperCamelCase);
    let prefix = options
        .sdk_prefix
        .as_ref()
        .map(Text::value)
        .unwrap_or_default();
    if let Some(given) = &options.sdk_prefix {
        prefix::check_separator(cx, given, &prefix, case);
    }
    let lang = options.lang.as_ref().map(Text::value);
    let mut codes = CodeSet::default();
    for code in family.codes {
        let family = FamilyContext {
            repr,
            prefix: &prefix,
            case,
            catch_all: options.other.as_ref(),
            lang: lang.as_deref(),
        };
        if let Some((code, valid)) = check_code(cx, code, &family) {
            codes.insert(cx, code, valid);
        }
    }

    let mut codes = codes.codes;
    let languages = family_languages(&mut codes);
    Family {
        name: family.ident.unraw().to_string(),
        ident: family.ident,
        body: family.brace.span.join(),
        vis: family.vis,
        repr,
        repr_span,
        docs: options.docs,
        doc_attrs: options.doc_attrs,
        attrs: options.passthrough,
        catch_all_name: options
            .other
            .as_ref()
            .map(|other| other.unraw().to_string()),
        catch_all: options.other,
        ordered: options.ordered,
        serde: options.serde,
        serde_imported: options.serde_imported,
        codes,
        lang,
        languages,
    }
}

/// The languages of the family, in order of first use: every language that any code has a
/// description in (a code may have none in some of them: `description_in` is `None` there).
/// Sorts each code's translations in that order.
fn family_languages(codes: &mut [Code]) -> Vec<String> {
    let mut languages: Vec<String> = Vec::new();
    for code in codes.iter() {
        for Translation { language, .. } in &code.translations {
            if !languages
                .iter()
                .any(|seen| seen.eq_ignore_ascii_case(language))
            {
                languages.push(language.clone());
            }
        }
    }
    for code in codes.iter_mut() {
        code.translations.sort_by_key(|translation| {
            languages
                .iter()
                .position(|language| language.eq_ignore_ascii_case(&translation.language))
                .unwrap_or(usize::MAX)
        });
    }
    languages
}

/// Reports a code or catch-all named like a generated item; `false` if it is. `name` is the
/// identifier without `r#`.
fn check_reserved(cx: &Ctxt, ident: &Ident, name: &str) -> bool {
    let message = if RESERVED_NAMES.contains(&name) {
        format!(
            "`{name}` is reserved: every family has an item of that name (`Family::{name}`); \
             rename the code"
        )
    } else if name.starts_with("__") {
        format!("`{name}` is reserved: names starting with `__` are for generated code")
    } else {
        return true;
    };
    cx.error_spanned_by(ident, message);
    false
}

/// What the checks of a code need to know of its family.
struct FamilyContext<'a> {
    repr: IntType,
    prefix: &'a str,
    case: SdkCase,
    catch_all: Option<&'a Ident>,
    /// The family's `lang`, which no translation may repeat.
    lang: Option<&'a str>,
}

/// Checks one code on its own, returning it with whether it is valid; `None` when not even its
/// value is known. An invalid code with a value is still compared with the others, so that its
/// duplicates are reported in the same compile.
fn check_code(cx: &Ctxt, mut code: ast::Code, family: &FamilyContext) -> Option<(Code, bool)> {
    let FamilyContext {
        repr,
        prefix,
        case,
        catch_all,
        lang,
    } = *family;
    let options = attr::code_attrs(cx, std::mem::take(&mut code.attrs));
    let mut valid = true;

    let ident_text = code.ident.to_string();
    let name = ident_text
        .strip_prefix("r#")
        .unwrap_or(&ident_text)
        .to_owned();
    valid &= check_reserved(cx, &code.ident, &name);
    if let Some(other) = catch_all {
        if other.unraw() == name {
            cx.error_spanned_by(
                &code.ident,
                format!(
                    "`{other}` is this family's catch-all variant (`#[codes(other = {other})]`): \
                     rename the code or the catch-all"
                ),
            );
            cx.error_spanned_by(other, format!("the catch-all `{other}` is declared here"));
            valid = false;
        }
    }

    let value = check_value(cx, &code.value, repr);

    let given = std::mem::take(&mut code.translations);
    let (translations, translations_valid) = check_translations(cx, &code.ident, given, lang);
    valid &= translations_valid;

    if code.description.is_blank() {
        cx.error_spanned_by(
            &code.description,
            format!(
                "the description of `{}` is empty: say what the code means",
                code.ident
            ),
        );
        valid = false;
    }

    let sdk_name = if let Some(given) = &options.sdk_name {
        given.value()
    } else {
        valid &= prefix::check_not_repeated(cx, &code.ident, &name, prefix, case);
        format!("{prefix}{}", case.apply(&name))
    };
    let mut names = vec![(name.clone(), code.ident.span())];
    if name != sdk_name {
        let span = options
            .sdk_name
            .as_ref()
            .map_or(code.ident.span(), Text::span);
        names.push((sdk_name.clone(), span));
    }
    let mut aliases: Vec<String> = Vec::new();
    for alias in &options.aliases {
        let text = alias.value();
        if names.iter().any(|(name, _)| *name == text) {
            cx.error_spanned_by(
                alias,
                format!(
                    "alias \"{text}\" repeats a name that `{}` is already known by",
                    code.ident
                ),
            );
            valid = false;
        } else {
            names.push((text.clone(), alias.span()));
            aliases.push(text);
        }
    }

    let code = Code {
        ident: code.ident,
        ident_text,
        name,
        value: value?,
        line_breaks: code.description.may_break_lines()
            || translations
                .iter()
                .any(|translation| translation.literal.may_break_lines()),
        description_literal: code.description,
        sdk_name,
        aliases,
        translations,
        docs: options.docs,
        doc_attrs: options.doc_attrs,
        success: options.success,
        deprecated: options.deprecated,
        attrs: options.passthrough,
        names,
    };
    Some((code, valid))
}

/// The value of a code, if it is an integer of the family's type.
fn check_value(cx: &Ctxt, literal: &ast::Value, repr: IntType) -> Option<i128> {
    match literal.to_i128() {
        Ok(value) if repr.contains(value) => Some(value),
        Ok(value) => {
            let advice = if value < 0 && repr.min() == 0 {
                "declare the family with a signed type, such as `enum Name: i32`"
            } else if IntType::I64.contains(value) {
                "declare the family with a wider type, such as `enum Name: i64`"
            } else if IntType::U64.contains(value) {
                "declare the family as `enum Name: u64`"
            } else {
                "no supported type holds it (the widest are `i64` and `u64`)"
            };
            cx.error_spanned_by(
                literal,
                format!(
                    "value {value} is out of range for `{repr}` ({} to {}): {advice}",
                    repr.min(),
                    repr.max()
                ),
            );
            None
        }
        Err(error) => {
            cx.syn_error(error);
            None
        }
    }
}

/// The descriptions of `code` in other languages: each a well-formed tag, each language once
/// (compared without case) and not the family's own, none empty.
fn check_translations(
    cx: &Ctxt,
    code: &Ident,
    given: Vec<(LangTag, Text)>,
    family_lang: Option<&str>,
) -> (Vec<Translation>, bool) {
    let mut valid = true;
    let mut translations: Vec<Translation> = Vec::new();
    for (language, text) in given {
        let tag = language.text.clone();
        let problem = if let Err(message) = check_tag(&tag) {
            Some(message)
        } else if let Some(seen) = translations
            .iter()
            .find(|seen| seen.language.eq_ignore_ascii_case(&tag))
        {
            Some(format!(
                "`{code}` already has a description in `{}`",
                seen.language
            ))
        } else if family_lang.is_some_and(|lang| lang.eq_ignore_ascii_case(&tag)) {
            Some(format!(
                "`{tag}` is the family's language (`lang = \"{}\"`): the description before \
                 it is already in that language",
                family_lang.unwrap_or_default()
            ))
        } else {
            None
        };
        if let Some(message) = problem {
            cx.error_spanned_by(&language, message);
            valid = false;
            continue;
        }
        if text.is_blank() {
            cx.error_spanned_by(
                text,
                format!("the `{tag}` description of `{code}` is empty"),
            );
            valid = false;
        } else {
            translations.push(Translation {
                language: tag,
                literal: text,
            });
        }
    }

    (translations, valid)
}

#[cfg(test)]
mod tests {
    use super::{check, Checked, Ctxt, Invocation, RESERVED_NAMES};
    use quote::quote;

    /// The reserved names are exactly the associated items the template gives every family.
    #[test]
    fn reserved_names_are_the_items_of_the_template() {
        let template = include_str!("../../core/src/templates.rs");
        let mut items: Vec<&str> = template
            .lines()
            .filter_map(|line| {
                let line = line.trim_start();
                let rest = line
                    .strip_prefix("pub const fn ")
                    .or_else(|| line.strip_prefix("pub fn "))
                    .or_else(|| line.strip_prefix("pub const "))?;
                rest.split(['(', ':', '<']).next()
            })
            .collect();
        let mut reserved = RESERVED_NAMES.to_vec();
        items.sort_unstable();
        reserved.sort_unstable();
        assert_eq!(items, reserved);
    }

    /// The checked model and the error messages of `tokens`.
    fn checked(tokens: proc_macro2::TokenStream) -> (Checked, Vec<String>) {
        let cx = Ctxt::new();
        let invocation = Invocation::from_tokens(&cx, tokens).expect("a crate path");
        let checked = check(&cx, invocation);
        let errors = cx.messages();
        (checked, errors)
    }

    #[test]
    fn resolves_sdk_names_aliases_and_languages() {
        let (checked, errors) = checked(quote! {
            [k]
            /// Docs.
            #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "SCREAMING_SNAKE_CASE", other = Rest)]
            pub enum Message: u16 {
                #[codes(success, alias = "OK")]
                RoomSuccess = 200 => "成功" en "Sent",
                #[codes(sdk_name = "TIMEOUT")]
                ErrorTimeout = 1 => "超时" en "Timed out",
            }
        });
        assert!(errors.is_empty(), "{errors:?}");
        let family = &checked.families[0];
        assert!(family.is_open());
        assert_eq!(family.languages, ["en"]);
        let success = &family.codes[0];
        assert_eq!(success.sdk_name, "MESSAGE_CODE_ROOM_SUCCESS");
        assert_eq!(
            success.lookup_names().collect::<Vec<_>>(),
            ["RoomSuccess", "MESSAGE_CODE_ROOM_SUCCESS", "OK"]
        );
        assert!(success.success);
        let translations: Vec<(&str, String)> = success
            .translations
            .iter()
            .map(|t| (t.language.as_str(), t.literal.value()))
            .collect();
        assert_eq!(translations, [("en", "Sent".to_owned())]);
        assert_eq!(family.codes[1].sdk_name, "TIMEOUT");
    }

    #[test]
    fn duplicates_are_reported_at_both_places_and_left_out() {
        let (checked, errors) = checked(quote! {
            [k]
            enum E { A = 1 => "a", B = 1 => "b", A = 2 => "c", C = 3 => "c" }
        });
        let names: Vec<String> = checked.families[0]
            .codes
            .iter()
            .map(|c| c.ident.to_string())
            .collect();
        assert_eq!(names, ["A", "C"]);
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(errors[0].contains("duplicate value 1"));
        assert!(errors[1].contains("first used by `A`"));
        assert!(errors[2].contains("duplicate code name `A`"));
        assert!(errors[3].contains("first declared here"));
    }

    #[test]
    fn ranges_follow_the_type() {
        let (checked, errors) = checked(quote! {
            [k]
            enum Small: i8 { Low = -128 => "ok", TooLow = -129 => "no", High = 127 => "ok", TooHigh = 128 => "no" }
            enum Unsigned: u32 { Max = 4294967295 => "ok", Negative = -1 => "no" }
        });
        assert_eq!(checked.families[0].codes.len(), 2);
        assert_eq!(checked.families[1].codes.len(), 1);
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[2].contains("signed type"));
    }

    #[test]
    fn a_language_may_describe_some_codes_only() {
        let (checked, errors) = checked(quote! {
            [k]
            enum E { A = 1 => "a" en "A", B = 2 => "b", C = 3 => "c" ja "C" en "C" }
        });
        assert!(errors.is_empty(), "{errors:?}");
        let family = &checked.families[0];
        assert_eq!(family.languages, ["en", "ja"]);
        let languages = |index: usize| -> Vec<&str> {
            family.codes[index]
                .translations
                .iter()
                .map(|translation| translation.language.as_str())
                .collect()
        };
        assert_eq!(languages(0), ["en"]);
        assert!(languages(1).is_empty());
        assert_eq!(languages(2), ["en", "ja"]);
    }
}
