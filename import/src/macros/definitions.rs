//! Macros as directives define them (`#define NAME(params) body`) and as a definition option
//! gives them (`NAME(params)=VALUE`).

use crate::lex::{self, Kind, Token};

/// A macro: its parameters (`None` for an object-like macro) and replacement list.
#[derive(Clone, Debug)]
pub struct Macro<'a> {
    pub name: &'a str,
    /// The parameters of a function-like macro (`__VA_ARGS__` last for `...`); `None` for an
    /// object-like one.
    pub params: Option<Vec<&'a str>>,
    /// Whether the last parameter takes the rest of the arguments (`...` or `name...`).
    pub variadic: bool,
    /// The replacement list, without comments.
    pub body: Vec<Token<'a>>,
}

/// The macro a `#define` directive token defines, if it is one.
pub fn define_directive<'a>(token: &Token<'a>) -> Option<Macro<'a>> {
    if token.kind != Kind::Directive {
        return None;
    }
    let body = token.text.trim_start().strip_prefix('#')?.trim_start();
    definition(body.strip_prefix("define")?)
}

/// A macro from what follows `#define`: `NAME body` or `NAME(params) body`, the parameter
/// list right after the name.
pub fn definition(text: &str) -> Option<Macro<'_>> {
    let (name, params, variadic, body) = head(text.trim_start())?;
    Some(made(name, params, variadic, body))
}

/// The object-like macro `name` with the replacement list `value` (a predefined macro).
pub fn definition_of<'a>(name: &'a str, value: &'a str) -> Option<Macro<'a>> {
    (identifier_len(name) == name.len() && !name.is_empty()).then(|| made(name, None, false, value))
}

/// A macro from a definition option: `NAME=VALUE` or `NAME(params)=VALUE`.
pub fn option_definition(text: &str) -> Option<Macro<'_>> {
    let (name, params, variadic, rest) = head(text.trim())?;
    let body = rest.trim_start().strip_prefix('=')?;
    Some(made(name, params, variadic, body))
}

fn made<'a>(
    name: &'a str,
    params: Option<Vec<&'a str>>,
    variadic: bool,
    body: &'a str,
) -> Macro<'a> {
    let (tokens, _) = lex::directive_tokens(body);
    let body = tokens
        .into_iter()
        .filter(|t| !t.is_comment() && !t.is("\\"))
        .collect();
    Macro {
        name,
        params,
        variadic,
        body,
    }
}

/// A macro's name and parameters at the start of `text`, and what follows them.
#[allow(clippy::type_complexity)]
fn head(text: &str) -> Option<(&str, Option<Vec<&str>>, bool, &str)> {
    let name_len = identifier_len(text);
    if name_len == 0 {
        return None;
    }
    let (name, after) = text.split_at(name_len);
    let (params, variadic, body) = match after.strip_prefix('(') {
        Some(list) => {
            let close = list.find(')')?;
            let mut params = Vec::new();
            let mut variadic = false;
            for param in list[..close].split(',').map(str::trim) {
                if variadic {
                    // Only the last parameter may be variadic.
                    return None;
                }
                if param == "..." {
                    params.push("__VA_ARGS__");
                    variadic = true;
                } else if let Some(named) = param.strip_suffix("...") {
                    params.push(named.trim_end());
                    variadic = true;
                } else if identifier_len(param) == param.len() && !param.is_empty() {
                    params.push(param);
                } else if !(param.is_empty()
                    && params.is_empty()
                    && list[..close].trim().is_empty())
                {
                    return None;
                }
            }
            (Some(params), variadic, &list[close + 1..])
        }
        None => (None, false, after),
    };
    Some((name, params, variadic, body))
}

fn identifier_len(text: &str) -> usize {
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        return 0;
    }
    text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len())
}
