//! The values of every enumerator of the headers, together: a value may name an enumerator of
//! any header given, declared before or after it, or an object-like `#define` (of the headers, or
//! given with `--define NAME=VALUE`).
//!
//! Values are computed in passes until a pass computes none: each pass computes what the values
//! known so far allow, so the order of the headers and of their declarations does not matter.
//! What is left is reported with the reason its last attempt gave.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use super::eval;
use super::lex::{self, Kind, Token};
use super::parse::{Enum, Parsed, Value};

/// How deep `#define`s may refer to `#define`s: deeper (or circular) ones are not followed.
const MAX_DEFINE_DEPTH: usize = 32;

/// The object-like `#define`s of the headers and of the options, by name, and the names of
/// function-like ones (which are not expanded).
#[derive(Default)]
pub struct Defines<'a> {
    object: HashMap<&'a str, Vec<Token<'a>>>,
    function: HashSet<&'a str>,
}

impl<'a> Defines<'a> {
    /// Adds the `#define`s among `tokens` (a header's, `#if 0` blocks left out); the first
    /// definition of a name is kept.
    pub fn add_directives(&mut self, tokens: &[Token<'a>]) {
        for token in tokens.iter().filter(|t| t.kind == Kind::Directive) {
            let body = token.text.trim_start().trim_start_matches('#').trim_start();
            let Some(rest) = body.strip_prefix("define") else {
                continue;
            };
            if !rest.starts_with([' ', '\t']) {
                continue;
            }
            let rest = rest.trim_start();
            let name_len = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let (name, after) = rest.split_at(name_len);
            if name.is_empty() {
                continue;
            }
            if after.starts_with('(') {
                self.function.insert(name);
                continue;
            }
            // A continuation line is part of the value.
            let (tokens, _) = lex::tokens(after);
            let value: Vec<Token<'a>> = tokens
                .into_iter()
                .filter(|t| !t.is_comment() && !t.is("\\"))
                .collect();
            self.object.entry(name).or_insert(value);
        }
    }

    /// Adds `NAME=VALUE` (as `--define` gives it), before the headers' own: the command line
    /// wins. `Err` with a message when it is not of that form.
    pub fn add_option(&mut self, definition: &'a str) -> Result<(), String> {
        let (name, value) = definition
            .split_once('=')
            .map(|(name, value)| (name.trim(), value.trim()))
            .filter(|(name, value)| is_identifier(name) && !value.is_empty())
            .ok_or_else(|| {
                format!("`{definition}` is not a definition: write `NAME=VALUE`, such as `DEMO_SHIFT=16`")
            })?;
        let (tokens, _) = lex::tokens(value);
        let tokens: Vec<Token<'a>> = tokens.into_iter().filter(|t| !t.is_comment()).collect();
        self.object.insert(name, tokens);
        Ok(())
    }
}

fn is_identifier(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Computes the value of every enumerator of `headers`, with `defines`: [`Value::Known`], or
/// [`Value::Unknown`] with the reason its last attempt gave.
pub fn resolve(headers: &mut [Parsed<'_>], defines: &Defines<'_>) {
    let mut global: HashMap<&str, i128> = HashMap::new();
    let define_values = DefineValues {
        defines,
        cache: RefCell::new(HashMap::new()),
    };
    loop {
        let mut progress = false;
        for item in headers.iter_mut().flat_map(|parsed| &mut parsed.enums) {
            for i in 0..item.enumerators.len() {
                if matches!(item.enumerators[i].value, Value::Known(_)) {
                    continue;
                }
                let computed =
                    value_of(item, i, &|name| lookup(name, item, &global, &define_values));
                if let Ok(value) = computed {
                    let enumerator = &mut item.enumerators[i];
                    enumerator.value = Value::Known(value);
                    global.entry(enumerator.name).or_insert(value);
                    progress = true;
                }
            }
        }
        if !progress {
            break;
        }
    }
    // What is left, with the reason of a last attempt (which fails too: no pass computed it).
    for item in headers.iter_mut().flat_map(|parsed| &mut parsed.enums) {
        for i in 0..item.enumerators.len() {
            if matches!(item.enumerators[i].value, Value::Known(_)) {
                continue;
            }
            let attempt = value_of(item, i, &|name| lookup(name, item, &global, &define_values));
            item.enumerators[i].value = Value::Unknown(
                attempt
                    .err()
                    .map_or_else(String::new, |message| explain(&message, defines)),
            );
        }
    }
}

/// The value of enumerator `i` of `item`, from the values of its enumerators known so far.
fn value_of(
    item: &Enum<'_>,
    i: usize,
    lookup: &dyn Fn(&str) -> Option<i128>,
) -> Result<i128, String> {
    let enumerator = &item.enumerators[i];
    match enumerator.expression.as_deref() {
        Some(tokens) => eval::evaluate(tokens, lookup),
        None if enumerator.after_unreadable => {
            Err("it follows one that could not be read, so its value is not known".to_owned())
        }
        None => match i.checked_sub(1) {
            None => Ok(0),
            Some(previous) => match item.enumerators[previous].value {
                Value::Known(previous) => previous
                    .checked_add(1)
                    .ok_or_else(|| "its value overflows".to_owned()),
                _ => Err("the value of the one before it is not known".to_owned()),
            },
        },
    }
}

/// A name in a value: an enumerator of the same enum first, then of any enum, then a `#define`.
fn lookup(
    name: &str,
    item: &Enum<'_>,
    global: &HashMap<&str, i128>,
    defines: &DefineValues<'_, '_>,
) -> Option<i128> {
    item.enumerators
        .iter()
        .find(|enumerator| enumerator.name == name)
        .and_then(|enumerator| match enumerator.value {
            Value::Known(value) => Some(value),
            _ => None,
        })
        .or_else(|| global.get(name).copied())
        .or_else(|| defines.value(name, global, 0))
}

/// The values of `#define`s, computed when first used.
struct DefineValues<'d, 'a> {
    defines: &'d Defines<'a>,
    cache: RefCell<HashMap<String, i128>>,
}

impl DefineValues<'_, '_> {
    fn value(&self, name: &str, global: &HashMap<&str, i128>, depth: usize) -> Option<i128> {
        if let Some(value) = self.cache.borrow().get(name) {
            return Some(*value);
        }
        let tokens = self.defines.object.get(name)?;
        if depth > MAX_DEFINE_DEPTH {
            return None;
        }
        let value = eval::evaluate(tokens, &|inner| {
            global
                .get(inner)
                .copied()
                .or_else(|| self.value(inner, global, depth + 1))
        })
        .ok()?;
        self.cache.borrow_mut().insert(name.to_owned(), value);
        Some(value)
    }
}

/// `message` with what a user can do about a name that is unknown.
fn explain(message: &str, defines: &Defines<'_>) -> String {
    let Some(name) = message
        .strip_prefix('`')
        .and_then(|rest| rest.split_once("` is not an enumerator"))
        .map(|(name, _)| name)
    else {
        return message.to_owned();
    };
    if defines.function.contains(name) {
        return format!(
            "`{name}` is a function-like macro, which the importer does not expand: give the enumerator's value with `--define {name}=VALUE` or in the header"
        );
    }
    if defines.object.contains_key(name) {
        return format!(
            "`{name}` is a `#define` whose value is not an integer constant expression: give it with `--define {name}=VALUE`"
        );
    }
    format!(
        "`{name}` is not an enumerator or `#define` of the headers given: pass the header that declares it, or give its value with `--define {name}=VALUE`"
    )
}
