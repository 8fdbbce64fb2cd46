//! The values of every enumerator of the headers, together, in their C types: a value may
//! name an enumerator declared before it in its enum, an enumerator of any enum of the headers
//! (declared before or after it, in any header: values are computed in passes until a pass
//! computes none), or, in C++, a `constexpr` or `const` integer variable. Macros were expanded
//! by the preprocessor where the value is written.
//!
//! An enumerator's type is C's or C++'s: with a fixed underlying type, that type (a value it
//! does not hold is an error, as compilers make it); in C, `int`, or the type of its value where
//! `int` does not hold it (as GCC and Clang extend C17); in C++, the type of its value inside
//! the enum, and the enum's promoted type after it. An implicit value is the previous plus one,
//! in the previous one's type (in C++ the next wider type where that one does not hold it).

use std::collections::HashMap;

use super::ctypes::{Binary, IntType, Model, Value as CValue};
use super::declarations::Declarations;
use super::diagnostics::Hint;
use super::eval::{self, Context, EvalError, TypeName};
use super::lex::Token;
use super::parse::{Enum, Parsed, Value};
use super::preprocess::Macros;

/// The types an unscoped C++ enum without a fixed type promotes to, in order.
const PROMOTIONS: [IntType; 6] = [
    IntType::Int,
    IntType::UInt,
    IntType::Long,
    IntType::ULong,
    IntType::LongLong,
    IntType::ULongLong,
];

/// Computes the value of every enumerator of `headers`: [`Value::Known`] with its C type, or
/// [`Value::Unknown`] with the reason its last attempt gave; `defined` (the macros once every
/// header is read) explains names that are macros.
pub fn resolve<'a>(
    headers: &mut [Parsed<'a>],
    declarations: &Declarations<'a>,
    defined: &Macros<'a>,
    model: Model,
) {
    for item in headers.iter_mut().flat_map(|parsed| &mut parsed.enums) {
        if let Some(text) = &item.underlying {
            let words: Vec<&str> = text.split_whitespace().collect();
            let unscoped = text.rsplit("::").next().unwrap_or(text).trim();
            let resolved = declarations
                .types
                .get(text.as_str())
                .or_else(|| declarations.types.get(unscoped))
                .copied()
                .or_else(|| eval::standard_type(&words, model))
                .or_else(|| eval::standard_type(&[unscoped], model));
            item.fixed = Some(match resolved {
                Some(TypeName::Integer(ty)) => Ok(ty),
                _ => Err(text.clone()),
            });
        }
    }
    let mut state = State {
        global: HashMap::new(),
        constants: HashMap::new(),
        declarations,
        model,
    };
    loop {
        let mut progress = state.constants_pass(false);
        for parsed in headers.iter_mut() {
            let cpp = parsed.cpp;
            for item in &mut parsed.enums {
                progress |= state.enum_pass(item, cpp, false);
            }
        }
        if !progress {
            break;
        }
    }
    // What is left, with the reason of a last attempt (which fails too: no pass computed it).
    for parsed in headers.iter_mut() {
        let cpp = parsed.cpp;
        for item in &mut parsed.enums {
            state.enum_pass(item, cpp, true);
            for enumerator in &mut item.enumerators {
                if let Value::Unknown(message, hint) = &mut enumerator.value {
                    if hint.is_none() {
                        let (explained, explained_hint) =
                            explain(message, enumerator.expression.as_deref(), defined);
                        *message = explained;
                        *hint = explained_hint;
                    }
                }
            }
        }
    }
}

struct State<'s, 'a> {
    /// The enumerators known so far, by name, with the type they have outside their enum.
    global: HashMap<&'a str, CValue>,
    constants: HashMap<&'a str, CValue>,
    declarations: &'s Declarations<'a>,
    model: Model,
}

impl<'a> State<'_, 'a> {
    fn type_of(&self, name: &str) -> Option<TypeName> {
        self.declarations.types.get(name).copied()
    }

    /// Computes the constants that can be; whether one was.
    fn constants_pass(&mut self, _last: bool) -> bool {
        let mut progress = false;
        for constant in &self.declarations.constants {
            if self.constants.contains_key(constant.name) {
                continue;
            }
            let TypeName::Integer(ty) = constant.ty else {
                continue;
            };
            let value_of = |name: &str| {
                self.constants
                    .get(name)
                    .or_else(|| self.global.get(name))
                    .copied()
            };
            let type_of = |name: &str| self.type_of(name);
            let context = Context {
                model: self.model,
                cpp: true,
                preprocessor: false,
                value_of: &value_of,
                type_of: &type_of,
            };
            if let Ok(evaluated) = eval::evaluate(&constant.expression, &context) {
                let value = self.model.convert(evaluated.value.value, ty);
                self.constants.insert(constant.name, value);
                progress = true;
            }
        }
        progress
    }

    /// Computes the enumerators of `item` that can be; whether one was. On the `last` pass, an
    /// enumerator that cannot be gets the reason.
    fn enum_pass(&mut self, item: &mut Enum<'a>, cpp: bool, last: bool) -> bool {
        let mut progress = false;
        let fixed = item.fixed.clone().and_then(Result::ok);
        for i in 0..item.enumerators.len() {
            if matches!(item.enumerators[i].value, Value::Known(_)) {
                continue;
            }
            if matches!(item.enumerators[i].value, Value::Unknown(..)) && !last {
                // Known to have no value (a macro that could not be expanded).
                continue;
            }
            match self.value_of(item, i, cpp, fixed) {
                Ok((value, notes)) => {
                    let enumerator = &mut item.enumerators[i];
                    enumerator.value = Value::Known(value.value);
                    enumerator.c_type = Some(value.ty);
                    enumerator.notes = notes;
                    progress = true;
                }
                Err((message, hint)) if last => {
                    if !matches!(item.enumerators[i].value, Value::Unknown(..)) {
                        item.enumerators[i].value = Value::Unknown(message, hint);
                    }
                }
                Err(_) => {}
            }
        }
        if progress {
            self.publish(item, cpp, fixed);
        }
        progress
    }

    /// Makes the known enumerators of `item` names of every value, in the type they have
    /// outside their enum.
    fn publish(&mut self, item: &Enum<'a>, cpp: bool, fixed: Option<IntType>) {
        let known: Vec<(&'a str, i128, IntType)> = item
            .enumerators
            .iter()
            .filter_map(|e| match (e.value.clone(), e.c_type) {
                (Value::Known(value), Some(ty)) => Some((e.name, value, ty)),
                _ => None,
            })
            .collect();
        let complete = known.len() == item.enumerators.len();
        // The enum's own type, which its enumerators have after it: in C++ (without a fixed
        // type) every one of them; in C (GCC's and Clang's extension of C17) those `int` does
        // not hold.
        let holding = |types: &[IntType]| {
            types.iter().copied().find(|&ty| {
                let (min, max) = self.model.range(ty);
                known
                    .iter()
                    .all(|&(_, value, _)| (min..=max).contains(&value))
            })
        };
        let enum_type = if fixed.is_none() && complete {
            if cpp {
                holding(&PROMOTIONS)
            } else {
                holding(&PROMOTIONS[1..])
            }
        } else {
            None
        };
        let (int_min, int_max) = self.model.range(IntType::Int);
        for (name, value, ty) in known {
            let fits_int = (int_min..=int_max).contains(&value);
            match enum_type {
                Some(enum_type) if cpp || !fits_int => {
                    // Complete now: its type outside replaces the one it had inside.
                    self.global.insert(
                        name,
                        CValue {
                            value,
                            ty: enum_type,
                        },
                    );
                }
                _ => {
                    self.global.entry(name).or_insert(CValue { value, ty });
                }
            }
        }
    }

    /// The value of enumerator `i` of `item`, with its notes; `Err` with why it has none.
    fn value_of(
        &self,
        item: &Enum<'a>,
        i: usize,
        cpp: bool,
        fixed: Option<IntType>,
    ) -> Result<(CValue, Vec<String>), (String, Option<Hint>)> {
        let model = self.model;
        let enumerator = &item.enumerators[i];
        let (value, notes) = match enumerator.expression.as_deref() {
            Some(tokens) => {
                let earlier = &item.enumerators[..i];
                let value_of = |name: &str| {
                    earlier
                        .iter()
                        .rev()
                        .find(|e| e.name == name)
                        .and_then(|e| match (&e.value, e.c_type) {
                            (Value::Known(value), Some(ty)) => Some(CValue { value: *value, ty }),
                            _ => None,
                        })
                        .or_else(|| self.global.get(name).copied())
                        .or_else(|| self.constants.get(name).copied())
                };
                let type_of = |name: &str| self.type_of(name);
                let context = Context {
                    model,
                    cpp,
                    preprocessor: false,
                    value_of: &value_of,
                    type_of: &type_of,
                };
                let evaluated =
                    eval::evaluate(tokens, &context).map_err(|error| described(&error))?;
                (evaluated.value, evaluated.notes)
            }
            None if enumerator.after_unreadable => {
                return Err((
                    "it follows one that could not be read, so its value is not known".to_owned(),
                    None,
                ))
            }
            None => match i.checked_sub(1) {
                None => (CValue::int(0), Vec::new()),
                Some(previous) => {
                    let before = &item.enumerators[previous];
                    let (Value::Known(value), Some(ty)) = (&before.value, before.c_type) else {
                        return Err((
                            "the value of the one before it is not known".to_owned(),
                            None,
                        ));
                    };
                    (
                        next(model, CValue { value: *value, ty }, cpp && fixed.is_none())?,
                        Vec::new(),
                    )
                }
            },
        };
        if let Some(fixed) = fixed {
            let (min, max) = model.range(fixed);
            if !(min..=max).contains(&value.value) {
                return Err((
                    format!(
                        "its value {} does not fit the enum's type `{fixed}`",
                        value.value
                    ),
                    None,
                ));
            }
            return Ok((
                CValue {
                    value: value.value,
                    ty: fixed,
                },
                notes,
            ));
        }
        if cpp {
            return Ok((value, notes));
        }
        let (min, max) = model.range(IntType::Int);
        let ty = if (min..=max).contains(&value.value) {
            IntType::Int
        } else {
            value.ty
        };
        Ok((
            CValue {
                value: value.value,
                ty,
            },
            notes,
        ))
    }
}

/// The value after `previous`: one more, in its type; where that type does not hold it, an
/// error in C and (`grows`, in C++ without a fixed type) the next wider type.
fn next(model: Model, previous: CValue, grows: bool) -> Result<CValue, (String, Option<Hint>)> {
    let one = CValue {
        value: 1,
        ty: previous.ty,
    };
    match model.binary(Binary::Add, previous, one) {
        Ok((value, _)) if value.value == previous.value + 1 => Ok(value),
        _ if grows => PROMOTIONS
            .into_iter()
            .find(|&ty| model.range(ty).1 > previous.value)
            .map(|ty| CValue {
                value: previous.value + 1,
                ty,
            })
            .ok_or_else(|| ("its value, one more than the one before it, overflows every integer type".to_owned(), None)),
        _ => Err((
            format!(
                "its value, one more than the one before it, overflows `{}` (an error of every C compiler)",
                previous.ty
            ),
            None,
        )),
    }
}

/// The message of `error`, and what a user can do about it.
fn described(error: &EvalError) -> (String, Option<Hint>) {
    let hint = match error {
        EvalError::UnknownType(name) => Some(Hint::DefineType { name: name.clone() }),
        _ => None,
    };
    let message = match error {
        EvalError::UnknownType(name) => format!(
            "`{name}` is cast to, but no header given declares it as a type: pass the header that declares it, or define it"
        ),
        other => other.to_string(),
    };
    (message, hint)
}

/// How [`EvalError::Unknown`] reads, which the last pass explains.
const UNKNOWN: &str = "` is not an enumerator";

/// `message` with what a user can do about a name that is unknown; `expression` the value's
/// tokens, `defined` the macros once every header is read.
fn explain(
    message: &str,
    expression: Option<&[Token<'_>]>,
    defined: &Macros<'_>,
) -> (String, Option<Hint>) {
    let from_macro = expression.and_then(|tokens| tokens.iter().find_map(|t| t.from));
    let Some(name) = message
        .strip_prefix('`')
        .and_then(|rest| rest.split_once(UNKNOWN))
        .map(|(name, _)| name)
    else {
        // A value that is no integer constant expression, made by a macro: say which.
        if let Some(name) = from_macro {
            if message.starts_with("unexpected") {
                return (
                    format!(
                        "`{name}` is a `#define` whose value is not an integer constant expression: define it as a number"
                    ),
                    Some(Hint::Define {
                        name: name.to_owned(),
                        function_like: false,
                    }),
                );
            }
        }
        return (message.to_owned(), None);
    };
    let hint = |function_like| {
        Some(Hint::Define {
            name: name.to_owned(),
            function_like,
        })
    };
    match defined.get(name) {
        Some(found) if found.params.is_some() => (
            format!("`{name}` is a function-like macro, named here without its arguments"),
            None,
        ),
        // A macro of its own name in its replacement: C11 6.10.3.4 leaves that name as it is.
        Some(found) if found.body.iter().any(|token| token.text == name) => (
            format!(
                "`{name}` is a macro that expands to itself, which the preprocessor leaves as the name (C11 6.10.3.4): it has no value"
            ),
            None,
        ),
        // Defined by the end of the headers, but not where it is used: C reads a macro there.
        Some(_) => (
            format!(
                "`{name}` is not defined where it is used (a `#define` of it comes later, and the compiler reads a macro where it is used): define it before, or pass the header that defines it first"
            ),
            None,
        ),
        None if message.ends_with("invoked as a macro") => (
            format!(
                "`{name}` is a macro that the headers given do not define: pass the header that defines it, or define it"
            ),
            hint(true),
        ),
        None => (
            format!(
                "`{name}` is not an enumerator or `#define` of the headers given: pass the header that declares it, or define its value"
            ),
            hint(false),
        ),
    }
}
