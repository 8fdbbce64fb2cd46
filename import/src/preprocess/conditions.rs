//! The conditions of `#if`, `#ifdef` and `#ifndef` (C11 6.10.1): `defined X` and `defined(X)`
//! first, then the macros expanded, then `__has_include(...)` and the compilers' `__has_*`
//! queries, then what is left evaluated in `intmax_t` and `uintmax_t`, every name left being 0
//! (`true` is 1 in C++).

use super::super::ctypes::Model;
use super::super::eval::{self, Context};
use super::super::lex::Kind;
use super::super::macros::{self, PpToken};
use super::super::target::Language;
use super::includes::{self, Include};
use super::Macros;

/// What a condition came to.
pub struct Outcome {
    pub holds: bool,
    /// The macros it reads (which a definition could change), in order, once each.
    pub macros: Vec<String>,
}

/// The attributes `__has_attribute` and `__has_cpp_attribute` say the compiler has: the GNU
/// attributes GCC and Clang both take, and the standard ones.
const ATTRIBUTES: [&str; 20] = [
    "deprecated",
    "unavailable",
    "availability",
    "visibility",
    "unused",
    "used",
    "aligned",
    "packed",
    "noreturn",
    "always_inline",
    "warn_unused_result",
    "nodiscard",
    "maybe_unused",
    "fallthrough",
    "format",
    "nonnull",
    "enum_extensibility",
    "flag_enum",
    "objc_boxable",
    "swift_name",
];

/// Evaluates the condition `rest` of `#keyword` (`if`, `ifdef`, `ifndef`) with the macros
/// defined now.
///
/// # Errors
///
/// Why the condition has no value.
pub fn evaluate(
    keyword: &str,
    rest: &str,
    defined: &Macros<'_>,
    language: Language,
    has_include: &dyn Fn(&Include) -> bool,
) -> Result<Outcome, String> {
    let tokens = super::directive_tokens(rest);
    if keyword != "if" {
        let Some(name) = tokens.first().filter(|t| t.kind == Kind::Ident) else {
            return Err(format!("`#{keyword}` names no macro"));
        };
        let is = is_defined(&name.text, defined);
        return Ok(Outcome {
            holds: if keyword == "ifdef" { is } else { !is },
            macros: vec![name.text.to_string()],
        });
    }
    if tokens.is_empty() {
        return Err("it is empty".to_owned());
    }
    let mut read = Vec::new();
    let replaced = replace_defined(tokens, defined, &mut read)?;
    for token in &replaced {
        if token.kind == Kind::Ident && !is_query(&token.text) && !is_keyword(&token.text) {
            let name = token.text.to_string();
            if !read.contains(&name) {
                read.push(name);
            }
        }
    }
    let lookup = |name: &str| defined.get(name);
    let expanded = macros::expand_with(replaced, &lookup)?;
    // `defined` made by an expansion: C leaves it undefined; compilers read it as written.
    let expanded = replace_defined(expanded, defined, &mut Vec::new())?;
    let answered = answer_queries(&expanded, language, has_include)?;
    let views: Vec<_> = answered.iter().map(PpToken::view).collect();
    let no_value = |_: &str| None;
    let no_type = |_: &str| None;
    let context = Context {
        model: Model::preprocessor(),
        cpp: language.is_cpp(),
        preprocessor: true,
        value_of: &no_value,
        type_of: &no_type,
    };
    let value = eval::evaluate(&views, &context).map_err(|error| error.to_string())?;
    Ok(Outcome {
        holds: value.value.value != 0,
        macros: read,
    })
}

fn is_defined(name: &str, defined: &Macros<'_>) -> bool {
    defined.get(name).is_some()
        || matches!(
            name,
            "__LINE__"
                | "__FILE__"
                | "__COUNTER__"
                | "__has_include"
                | "__has_include_next"
                | "__has_attribute"
                | "__has_cpp_attribute"
                | "__has_c_attribute"
                | "__has_feature"
                | "__has_extension"
                | "__has_builtin"
        )
}

fn is_query(name: &str) -> bool {
    name.starts_with("__has_") || name == "defined"
}

fn is_keyword(name: &str) -> bool {
    matches!(name, "true" | "false")
}

/// `defined X` and `defined ( X )` as `1` or `0`; the names tested are added to `read`.
fn replace_defined<'a>(
    tokens: Vec<PpToken<'a>>,
    defined: &Macros<'_>,
    read: &mut Vec<String>,
) -> Result<Vec<PpToken<'a>>, String> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut iter = tokens.into_iter().peekable();
    while let Some(token) = iter.next() {
        if !(token.kind == Kind::Ident && token.text == "defined") {
            out.push(token);
            continue;
        }
        let parenthesized = iter.next_if(|t| t.is("(")).is_some();
        let Some(name) = iter.next().filter(|t| t.kind == Kind::Ident) else {
            return Err("`defined` is not followed by a macro's name".to_owned());
        };
        if parenthesized && iter.next_if(|t| t.is(")")).is_none() {
            return Err("`defined(` is not closed".to_owned());
        }
        let text = name.text.to_string();
        if !read.contains(&text) {
            read.push(text);
        }
        let value = if is_defined(&name.text, defined) {
            "1"
        } else {
            "0"
        };
        out.push(PpToken::made(Kind::Number, value.to_owned(), token.line));
    }
    Ok(out)
}

/// `__has_include(...)`, `__has_attribute(...)` and the compilers' other queries as `1` or `0`.
fn answer_queries<'a>(
    tokens: &[PpToken<'a>],
    language: Language,
    has_include: &dyn Fn(&Include) -> bool,
) -> Result<Vec<PpToken<'a>>, String> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut at = 0;
    while let Some(token) = tokens.get(at) {
        at += 1;
        if !(token.kind == Kind::Ident && token.text.starts_with("__has_")) {
            out.push(token.clone());
            continue;
        }
        if !tokens.get(at).is_some_and(|t| t.is("(")) {
            return Err(format!("`{}` is not followed by `(`", token.text));
        }
        let close = tokens[at..]
            .iter()
            .position(|t| t.is(")"))
            .map(|offset| at + offset)
            .ok_or_else(|| format!("`{}(` is not closed", token.text))?;
        let inside: String = tokens[at + 1..close]
            .iter()
            .map(|t| t.text.as_ref())
            .collect::<Vec<_>>()
            .join("");
        at = close + 1;
        let holds = match token.text.as_ref() {
            "__has_include" | "__has_include_next" => {
                includes::parse(&inside).is_some_and(|include| has_include(&include))
            }
            "__has_attribute" | "__has_cpp_attribute" | "__has_c_attribute" => {
                let name = inside.rsplit("::").next().unwrap_or_default();
                ATTRIBUTES.contains(&name.trim_matches('_'))
            }
            "__has_feature" | "__has_extension" => {
                matches!(
                    inside.as_str(),
                    "cxx_strong_enums" | "objc_fixed_enum" | "c_static_assert"
                ) && (language.is_cpp() || inside != "cxx_strong_enums")
            }
            _ => false,
        };
        out.push(PpToken::made(
            Kind::Number,
            if holds { "1" } else { "0" }.to_owned(),
            token.line,
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{evaluate, Macros};
    use crate::macros;
    use crate::target::Language;

    #[test]
    fn conditions_as_the_preprocessor_reads_them() {
        let mut defined = Macros::default();
        defined.define(macros::definition("DEMO_HAS_EXTRA 1").unwrap());
        defined.define(macros::definition("TWICE(x) ((x) * 2)").unwrap());
        let none = |_: &super::Include| false;
        let holds = |keyword: &str, rest: &str| {
            evaluate(keyword, rest, &defined, Language::C, &none).map(|o| o.holds)
        };
        assert_eq!(holds("if", " defined(DEMO_LEGACY_BASE)"), Ok(false));
        assert_eq!(
            holds("if", " DEMO_HAS_EXTRA && !defined(DEMO_NO_EXTRA)"),
            Ok(true)
        );
        assert_eq!(holds("if", " 0LL"), Ok(false));
        assert_eq!(holds("if", " TWICE(2) == 4 // a comment"), Ok(true));
        assert_eq!(holds("if", " UNDEFINED_NAME"), Ok(false));
        assert_eq!(holds("if", " -1 > 0u"), Ok(true));
        assert_eq!(holds("ifdef", " DEMO_HAS_EXTRA"), Ok(true));
        assert_eq!(holds("ifndef", " DEMO_HAS_EXTRA"), Ok(false));
        assert_eq!(holds("if", " __has_attribute(deprecated)"), Ok(true));
        assert_eq!(holds("if", " defined __has_include"), Ok(true));
        assert!(holds("if", " 1 +").is_err());
        let outcome = evaluate("if", " defined(A) || B > 2", &defined, Language::C, &none).unwrap();
        assert_eq!(outcome.macros, ["A", "B"]);
    }
}
