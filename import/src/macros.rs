//! The headers' macros, and their expansion as the C preprocessor does it (C17 6.10.3): object-
//! like and function-like macros, arguments expanded before they are substituted (but next to
//! `#` and `##`), `#` making a string literal, `##` pasting tokens, `__VA_ARGS__` (and GNU's
//! `, ## __VA_ARGS__`), the result rescanned with the macros being expanded painted blue, so that
//! a macro never expands inside itself. A budget of steps and tokens bounds what any input can
//! cost: input that exceeds it is reported, never followed into an endless loop.
//!
//! The importer expands what it reads values and enumerators from: the enumerators of an enum
//! body (X-macro lists, macros that build enumerators), the values after `=`, and the bodies of
//! `#define`s whose values are wanted. A string argument that an expansion drops (the message
//! of an X-macro entry) is kept as a doc comment after what the entry expands to, so that it
//! describes the enumerator the entry makes.

mod definitions;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::collections::VecDeque;

use super::lex::{self, Kind, Token};

pub use definitions::{define_directive, definition, definition_of, option_definition, Macro};

/// How many macro invocations one expansion may make.
const MAX_STEPS: usize = 20_000;

/// How many tokens one expansion may make.
const MAX_TOKENS: usize = 200_000;

/// A token of an expansion: its text (the header's, or made by `##` or `#`), its line, and the
/// macros it came out of, which do not expand in it again.
#[derive(Clone, Debug)]
pub struct PpToken<'a> {
    pub kind: Kind,
    pub text: Cow<'a, str>,
    pub line: u32,
    hide: Vec<&'a str>,
}

impl<'a> PpToken<'a> {
    /// A token of the header.
    pub fn of(token: &Token<'a>) -> Self {
        PpToken {
            kind: token.kind,
            text: Cow::Borrowed(token.text),
            line: token.line,
            hide: Vec::new(),
        }
    }

    /// A token the preprocessor makes (the number of a `defined`, `__LINE__`), on `line`.
    pub fn made(kind: Kind, text: String, line: u32) -> Self {
        PpToken {
            kind,
            text: Cow::Owned(text),
            line,
            hide: Vec::new(),
        }
    }

    /// The token as the parser reads it.
    pub fn view(&self) -> Token<'_> {
        Token {
            kind: self.kind,
            text: &self.text,
            line: self.line,
            from: self.hide.first().copied(),
        }
    }

    /// Whether this is the identifier or punctuation `text`.
    pub fn is(&self, text: &str) -> bool {
        matches!(self.kind, Kind::Ident | Kind::Punct) && self.text == text
    }
}

/// Expands the macros that `lookup` finds in `tokens`.
///
/// # Errors
///
/// When the expansion exceeds its budget.
pub fn expand_with<'t, 'a: 't>(
    tokens: Vec<PpToken<'a>>,
    lookup: &'t dyn Fn(&str) -> Option<&'t Macro<'a>>,
) -> Result<Vec<PpToken<'a>>, String> {
    let mut expander = Expander {
        lookup,
        steps: 0,
        made: 0,
    };
    expander.expand(tokens)
}

struct Expander<'t, 'a> {
    lookup: &'t dyn Fn(&str) -> Option<&'t Macro<'a>>,
    steps: usize,
    made: usize,
}

impl<'t, 'a: 't> Expander<'t, 'a> {
    fn expand(&mut self, tokens: Vec<PpToken<'a>>) -> Result<Vec<PpToken<'a>>, String> {
        let mut input: VecDeque<PpToken<'a>> = tokens.into();
        let mut out = Vec::new();
        while let Some(token) = input.pop_front() {
            let found = (token.kind == Kind::Ident && !token.hide.contains(&&*token.text))
                .then(|| (self.lookup)(&token.text))
                .flatten();
            let Some(found) = found else {
                out.push(token);
                continue;
            };
            let replacement = if found.params.is_some() {
                // A function-like macro's name without arguments is not an invocation.
                let Some(arguments) = arguments(&mut input) else {
                    out.push(token);
                    continue;
                };
                self.substitute(found, &arguments, &token)?
            } else {
                self.substitute(found, &[], &token)?
            };
            self.steps += 1;
            self.made += replacement.len();
            if self.steps > MAX_STEPS || self.made > MAX_TOKENS {
                return Err(format!(
                    "expanding `{}` takes more than {MAX_STEPS} macro invocations or {MAX_TOKENS} tokens: it is not expanded",
                    token.text
                ));
            }
            for token in replacement.into_iter().rev() {
                input.push_front(token);
            }
        }
        Ok(out)
    }

    /// The replacement list of `found` invoked by `name` with `arguments`, parameters
    /// substituted, `#` and `##` applied, on the invocation's line and hidden from `found`.
    fn substitute(
        &mut self,
        found: &Macro<'a>,
        arguments: &[Vec<PpToken<'a>>],
        name: &PpToken<'a>,
    ) -> Result<Vec<PpToken<'a>>, String> {
        let params: &[&str] = found.params.as_deref().unwrap_or_default();
        let arguments = fit_arguments(arguments, params.len(), found.variadic);
        let param_at = |token: &Token<'_>| {
            (token.kind == Kind::Ident)
                .then(|| params.iter().position(|p| *p == token.text))
                .flatten()
        };
        let body = &found.body;
        let mut out: Vec<PpToken<'a>> = Vec::new();
        // Where `##` asks to paste: the index in `out` of the left operand's end.
        let mut pastes: Vec<usize> = Vec::new();
        let mut i = 0;
        while let Some(token) = body.get(i) {
            let next_is_paste = body.get(i + 1).is_some_and(|t| t.is("##"));
            let after_paste = i > 0 && body.get(i - 1).is_some_and(|t| t.is("##"));
            if token.is("#") && found.params.is_some() {
                if let Some(index) = body.get(i + 1).and_then(&param_at) {
                    out.push(stringified(&arguments[index], name.line));
                    i += 2;
                    continue;
                }
            }
            if token.is("##") && i > 0 {
                pastes.push(out.len());
                i += 1;
                continue;
            }
            match param_at(token) {
                Some(index) if next_is_paste || after_paste => {
                    // GNU's `, ## __VA_ARGS__`: the comma goes with empty variadic arguments.
                    if after_paste
                        && found.variadic
                        && index + 1 == params.len()
                        && arguments[index].is_empty()
                        && out.last().is_some_and(|t| t.is(","))
                    {
                        out.pop();
                        pastes.pop();
                    } else {
                        out.extend(arguments[index].iter().cloned());
                    }
                }
                Some(index) => out.extend(self.expand(arguments[index].clone())?),
                None => out.push(PpToken::of(token)),
            }
            i += 1;
        }
        let mut out = paste(out, &pastes);
        let mut hide = name.hide.clone();
        hide.push(found.name);
        for token in &mut out {
            token.line = name.line;
            for hidden in &hide {
                if !token.hide.contains(hidden) {
                    token.hide.push(hidden);
                }
            }
        }
        // A string argument that the expansion drops describes what it makes.
        for (index, argument) in arguments.iter().enumerate() {
            let used = body.iter().any(|t| param_at(t) == Some(index));
            if let (false, Some(text)) = (used, string_argument(argument)) {
                out.push(PpToken {
                    kind: Kind::DocAfter,
                    text: Cow::Owned(format!("/**< {} */", text.replace("*/", "* /"))),
                    line: name.line,
                    hide: Vec::new(),
                });
            }
        }
        Ok(out)
    }
}

/// The arguments of an invocation whose name was just read from `input`: `None` (and `input`
/// as it was) when no `(` follows, or its `)` never comes.
fn arguments<'a>(input: &mut VecDeque<PpToken<'a>>) -> Option<Vec<Vec<PpToken<'a>>>> {
    let open = input.iter().position(|t| !t.view().is_comment())?;
    if !input[open].is("(") {
        return None;
    }
    let mut depth = 0usize;
    let mut close = None;
    for (at, token) in input.iter().enumerate().skip(open) {
        if token.is("(") {
            depth += 1;
        } else if token.is(")") {
            depth -= 1;
            if depth == 0 {
                close = Some(at);
                break;
            }
        }
    }
    let close = close?;
    let taken: Vec<PpToken<'a>> = input.drain(..=close).collect();
    let mut arguments = vec![Vec::new()];
    let mut depth = 0usize;
    for token in taken.into_iter().skip(open + 1) {
        if token.is("(") {
            depth += 1;
        } else if token.is(")") {
            if depth == 0 {
                break;
            }
            depth -= 1;
        } else if token.is(",") && depth == 0 {
            arguments.push(Vec::new());
            continue;
        }
        if !token.view().is_comment() && token.kind != Kind::Directive {
            if let Some(last) = arguments.last_mut() {
                last.push(token);
            }
        }
    }
    Some(arguments)
}

/// The arguments as the parameters take them: the rest joined into a variadic one, missing
/// ones empty.
fn fit_arguments<'a>(
    arguments: &[Vec<PpToken<'a>>],
    count: usize,
    variadic: bool,
) -> Vec<Vec<PpToken<'a>>> {
    let mut fitted: Vec<Vec<PpToken<'a>>> = vec![Vec::new(); count];
    for (index, argument) in arguments.iter().enumerate() {
        let rest = variadic && count > 0 && index + 1 >= count;
        let Some(fit) = fitted.get_mut(if rest { count - 1 } else { index }) else {
            // More arguments than parameters: C rejects the invocation; they are left out.
            continue;
        };
        if rest && index + 1 > count {
            fit.push(PpToken {
                kind: Kind::Punct,
                text: Cow::Borrowed(","),
                line: argument.first().map_or(0, |t| t.line),
                hide: Vec::new(),
            });
        }
        fit.extend(argument.iter().cloned());
    }
    // `F()` of a macro of one parameter passes one empty argument, as C reads it.
    fitted
}

/// `#argument`: the argument's spelling as a string literal.
fn stringified<'a>(argument: &[PpToken<'a>], line: u32) -> PpToken<'a> {
    let mut text = String::from("\"");
    for (index, token) in argument.iter().enumerate() {
        if index > 0 {
            text.push(' ');
        }
        if matches!(token.kind, Kind::Str | Kind::Char) {
            for c in token.text.chars() {
                if c == '"' || c == '\\' {
                    text.push('\\');
                }
                text.push(c);
            }
        } else {
            text.push_str(&token.text);
        }
    }
    text.push('"');
    PpToken {
        kind: Kind::Str,
        text: Cow::Owned(text),
        line,
        hide: Vec::new(),
    }
}

/// `tokens` with the token before each index of `pastes` pasted to the one after it: their
/// texts joined and lexed again, as one token where they make one.
fn paste<'a>(tokens: Vec<PpToken<'a>>, pastes: &[usize]) -> Vec<PpToken<'a>> {
    if pastes.is_empty() {
        return tokens;
    }
    let mut out: Vec<PpToken<'a>> = Vec::with_capacity(tokens.len());
    for (index, token) in tokens.into_iter().enumerate() {
        let joins = pastes.contains(&index) && !out.is_empty();
        match out.pop() {
            Some(left) if joins => {
                let mut text = left.text.into_owned();
                text.push_str(&token.text);
                let (lexed, _) = lex::directive_tokens(&text);
                if let [one] = lexed.as_slice() {
                    let kind = one.kind;
                    out.push(PpToken {
                        kind,
                        text: Cow::Owned(text),
                        line: token.line,
                        hide: Vec::new(),
                    });
                } else {
                    // Not one token: C leaves the result undefined; both are kept.
                    let split = text.len() - token.text.len();
                    out.push(PpToken {
                        kind: left.kind,
                        text: Cow::Owned(text[..split].to_owned()),
                        line: left.line,
                        hide: left.hide,
                    });
                    out.push(token);
                }
            }
            Some(left) => {
                out.push(left);
                out.push(token);
            }
            None => out.push(token),
        }
    }
    out
}

/// The text of an argument made of string literals only (`"a" "b"` is `ab`), unescaped.
fn string_argument(argument: &[PpToken<'_>]) -> Option<String> {
    if argument.is_empty() || !argument.iter().all(|t| t.kind == Kind::Str) {
        return None;
    }
    let mut text = String::new();
    for token in argument {
        let quoted = token.text.get(token.text.find('"')?..)?;
        let inner = quoted.strip_prefix('"')?.strip_suffix('"')?;
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                text.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => text.push('\n'),
                Some('t') => text.push('\t'),
                Some(other) => text.push(other),
                None => {}
            }
        }
    }
    Some(text)
}
