//! The values of every enumerator of the headers, together: a value may name an enumerator of
//! any header given, declared before or after it, or an object-like `#define` (of the headers, or
//! given with `--define NAME=VALUE`).
//!
//! Values are computed in passes until a pass computes none: each pass computes what the values
//! known so far allow, so the order of the headers and of their declarations does not matter.
//! What is left is reported with the reason its last attempt gave.

use std::cell::RefCell;
use std::collections::HashMap;

use super::diagnostics::Hint;
use super::eval;
use super::lex::{Kind, Token};
use super::macros::{self, PpToken, Table};
use super::options::Definition;
use super::parse::{Enum, Parsed, Value};

/// How deep `#define`s may refer to `#define`s: deeper (or circular) ones are not followed.
const MAX_DEFINE_DEPTH: usize = 32;

/// Adds the definitions of [`Options::defines`](crate::Options::defines) to `table`, before the
/// headers' own: they win.
pub fn add_options<'a>(table: &mut Table<'a>, definitions: &'a [Definition]) {
    for found in definitions.iter().filter_map(Definition::to_macro) {
        table.redefine(found);
    }
}

/// Computes the value of every enumerator of `headers`, with `defines`: [`Value::Known`], or
/// [`Value::Unknown`] with the reason its last attempt gave.
pub fn resolve(headers: &mut [Parsed<'_>], defines: &Table<'_>) {
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
            let (message, hint) = attempt.err().map_or_else(
                || (String::new(), None),
                |message| explain(&message, defines),
            );
            item.enumerators[i].value = Value::Unknown(message, hint);
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

/// The values of object-like `#define`s, computed when first used.
struct DefineValues<'d, 'a> {
    defines: &'d Table<'a>,
    cache: RefCell<HashMap<String, i128>>,
}

impl DefineValues<'_, '_> {
    fn value(&self, name: &str, global: &HashMap<&str, i128>, depth: usize) -> Option<i128> {
        if let Some(value) = self.cache.borrow().get(name) {
            return Some(*value);
        }
        let found = self.defines.get(name)?;
        if found.params.is_some() || depth > MAX_DEFINE_DEPTH {
            return None;
        }
        let lookup = |inner: &str| {
            global
                .get(inner)
                .copied()
                .or_else(|| self.value(inner, global, depth + 1))
        };
        // A body that invokes a function-like macro is expanded first; names left are looked
        // up one by one, which any order of definitions allows.
        let invokes = found.body.iter().any(|t| {
            t.kind == Kind::Ident && self.defines.get(t.text).is_some_and(|m| m.params.is_some())
        });
        let value = if invokes {
            let tokens = found.body.iter().map(PpToken::of).collect();
            let expanded = macros::expand(tokens, self.defines).ok()?;
            let views: Vec<Token<'_>> = expanded.iter().map(PpToken::view).collect();
            eval::evaluate(&views, &lookup)
        } else {
            eval::evaluate(&found.body, &lookup)
        }
        .ok()?;
        self.cache.borrow_mut().insert(name.to_owned(), value);
        Some(value)
    }
}

/// How [`eval::evaluate`] says that an unknown name is invoked like a function-like macro.
const INVOKED: &str = "invoked as a macro";

/// `message` with what a user can do about a name that is unknown.
fn explain(message: &str, defines: &Table<'_>) -> (String, Option<Hint>) {
    let Some(name) = message
        .strip_prefix('`')
        .and_then(|rest| rest.split_once("` is not an enumerator"))
        .map(|(name, _)| name)
    else {
        return (message.to_owned(), None);
    };
    let hint = |function_like| {
        Some(Hint::Define {
            name: name.to_owned(),
            function_like,
        })
    };
    match defines.get(name) {
        Some(found) if found.params.is_some() => (
            format!("`{name}` is a function-like macro, named here without its arguments"),
            None,
        ),
        Some(_) => (
            format!(
                "`{name}` is a `#define` whose value is not an integer constant expression: define it as a number (`{name}=VALUE`)"
            ),
            hint(false),
        ),
        None if message.ends_with(INVOKED) => (
            format!(
                "`{name}` is a macro that the headers given do not define: pass the header that defines it, or define it (`{name}(PARAMS)=VALUE`)"
            ),
            hint(true),
        ),
        None => (
            format!(
                "`{name}` is not an enumerator or `#define` of the headers given: pass the header that declares it, or define its value (`{name}=VALUE`)"
            ),
            hint(false),
        ),
    }
}
