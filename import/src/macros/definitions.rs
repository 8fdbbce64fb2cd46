//! Macros as directives define them (`#define NAME(params) body`, `#undef NAME`) and as
//! `--define NAME(params)=VALUE` gives them, and the table of them by name.

use std::collections::HashMap;

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
    /// Where it is defined: the index of its header and of its directive among the header's
    /// tokens (`None` for a `--define`, which is defined everywhere).
    pub origin: Option<(usize, usize)>,
}

/// What a directive does to the macros.
pub enum Directive<'a> {
    Define(Macro<'a>),
    Undef(&'a str),
}

/// The directive `token` is, if it is `#define` or `#undef`.
pub fn directive<'a>(token: &Token<'a>) -> Option<Directive<'a>> {
    if token.kind != Kind::Directive {
        return None;
    }
    let body = token.text.trim_start().strip_prefix('#')?.trim_start();
    let (keyword, rest) = body.split_at(
        body.find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(body.len()),
    );
    match keyword {
        "define" => definition(rest).map(Directive::Define),
        "undef" => {
            let rest = rest.trim_start();
            let name = &rest[..identifier_len(rest)];
            (!name.is_empty()).then_some(Directive::Undef(name))
        }
        _ => None,
    }
}

/// A macro from what follows `#define`: `NAME body` or `NAME(params) body`, the parameter
/// list right after the name.
pub fn definition(text: &str) -> Option<Macro<'_>> {
    let (name, params, variadic, body) = head(text.trim_start())?;
    Some(made(name, params, variadic, body))
}

/// A macro from a `--define` option: `NAME=VALUE` or `NAME(params)=VALUE`.
pub fn option_definition(text: &str) -> Option<Macro<'_>> {
    let (name, params, variadic, rest) = head(text.trim())?;
    let body = rest.trim_start().strip_prefix('=')?;
    (!body.trim().is_empty()).then(|| made(name, params, variadic, body))
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
        origin: None,
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

/// Macros by name.
#[derive(Clone, Debug, Default)]
pub struct Table<'a> {
    macros: HashMap<&'a str, Macro<'a>>,
}

impl<'a> Table<'a> {
    /// The macro named `name`, if there is one.
    pub fn get(&self, name: &str) -> Option<&Macro<'a>> {
        self.macros.get(name)
    }

    /// Adds `definition` unless a macro of its name is defined already: the first definition
    /// is kept (both branches of an `#if` are read, and the first is the one a header means
    /// first).
    pub fn define(&mut self, definition: Macro<'a>) {
        self.macros.entry(definition.name).or_insert(definition);
    }

    /// Adds `definition`, replacing one of its name (a `--define` option).
    pub fn redefine(&mut self, definition: Macro<'a>) {
        self.macros.insert(definition.name, definition);
    }

    /// Adds the `#define`s of `tokens`, those of the header of index `header` (all of them:
    /// values may use a macro of any header, defined before or after them).
    pub fn add_directives(&mut self, header: usize, tokens: &[Token<'a>]) {
        for (at, token) in tokens.iter().enumerate() {
            if let Some(Directive::Define(mut definition)) = directive(token) {
                definition.origin = Some((header, at));
                self.define(definition);
            }
        }
    }
}
