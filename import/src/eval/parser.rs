//! The grammar of a constant expression, evaluated as it is parsed.

use super::literals::{character, integer};
use super::{Context, EvalError, TypeName};
use crate::ctypes::{Binary, Fault, IntType, Model, Value};
use crate::lex::{Kind, Token};

/// How deep parentheses and unary operators may nest: deeper input is reported, not followed
/// into a stack overflow.
const MAX_DEPTH: usize = 100;

pub(super) struct Parser<'t, 'a, 'c> {
    pub(super) tokens: &'t [Token<'a>],
    pub(super) at: usize,
    pub(super) context: &'c Context<'c>,
    pub(super) model: Model,
    pub(super) depth: usize,
    /// Inside operands that are not evaluated (how many levels of them).
    pub(super) skipping: usize,
    pub(super) notes: Vec<String>,
}

/// The binary operators, with their precedence (higher binds tighter); `||` and `&&` are
/// [`Operator::Logical`], the rest [`Binary`].
const OPERATORS: [(&str, u8, Operator); 18] = [
    ("||", 1, Operator::Logical(true)),
    ("&&", 2, Operator::Logical(false)),
    ("|", 3, Operator::Binary(Binary::Or)),
    ("^", 4, Operator::Binary(Binary::Xor)),
    ("&", 5, Operator::Binary(Binary::And)),
    ("==", 6, Operator::Binary(Binary::Eq)),
    ("!=", 6, Operator::Binary(Binary::Ne)),
    ("<", 7, Operator::Binary(Binary::Lt)),
    (">", 7, Operator::Binary(Binary::Gt)),
    ("<=", 7, Operator::Binary(Binary::Le)),
    (">=", 7, Operator::Binary(Binary::Ge)),
    ("<<", 8, Operator::Binary(Binary::Shl)),
    (">>", 8, Operator::Binary(Binary::Shr)),
    ("+", 9, Operator::Binary(Binary::Add)),
    ("-", 9, Operator::Binary(Binary::Sub)),
    ("*", 10, Operator::Binary(Binary::Mul)),
    ("/", 10, Operator::Binary(Binary::Div)),
    ("%", 10, Operator::Binary(Binary::Rem)),
];

#[derive(Clone, Copy)]
enum Operator {
    /// `||` (true: it stops on a true left operand) or `&&`.
    Logical(bool),
    Binary(Binary),
}

/// A value while it is computed: `Ok` with its value, or the fault of an operand that is not
/// evaluated (kept, not raised, so that `x ? 1 / x : 0` has its value).
type Computed = Result<Value, EvalError>;

impl<'a> Parser<'_, 'a, '_> {
    pub(super) fn peek(&self) -> Option<Token<'a>> {
        self.tokens.get(self.at).copied()
    }

    /// Moves past `text` if it is next (operators are whole tokens: `<` is never half of `<<`).
    pub(super) fn eat(&mut self, text: &str) -> bool {
        if self.peek().is_some_and(|t| t.is(text)) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    pub(super) fn expect(&mut self, text: &str) -> Result<(), EvalError> {
        if self.eat(text) {
            Ok(())
        } else {
            Err(EvalError::Syntax(match self.peek() {
                Some(t) => format!("expected `{text}` in the value, found `{}`", t.text),
                None => format!("expected `{text}` at the end of the value"),
            }))
        }
    }

    /// The expression's text from token `start` to here, for messages.
    pub(super) fn text_from(&self, start: usize) -> String {
        let mut text = String::new();
        for (index, token) in self.tokens[start..self.at.min(self.tokens.len())]
            .iter()
            .enumerate()
        {
            let tight = matches!(token.text, ")" | "]") || text.ends_with(['(', '[', '~', '!']);
            if index > 0 && !tight {
                text.push(' ');
            }
            text.push_str(token.text);
        }
        text
    }

    /// A fault of the operation that started at `start`: raised where the operation is
    /// evaluated, kept where it is not.
    pub(super) fn fault(&self, start: usize, fault: Fault) -> EvalError {
        EvalError::Fault {
            expression: self.text_from(start),
            fault,
        }
    }

    /// Raises `computed`'s error where operands are evaluated.
    pub(super) fn settle(&self, computed: Computed) -> Result<Computed, EvalError> {
        match computed {
            Err(error @ EvalError::Fault { .. }) if self.skipping > 0 => Ok(Err(error)),
            Err(error) => Err(error),
            ok => Ok(ok),
        }
    }

    pub(super) fn as_preprocessor(&self, value: Value) -> Value {
        if self.context.preprocessor {
            let ty = if self.model.is_signed(value.ty) || value.ty == IntType::Bool {
                IntType::LongLong
            } else {
                IntType::ULongLong
            };
            Value {
                value: value.value,
                ty,
            }
        } else {
            value
        }
    }

    pub(super) fn conditional(&mut self) -> Result<Value, EvalError> {
        let condition = self.binary_level(1)?;
        if !self.eat("?") {
            return condition;
        }
        let chosen = condition.as_ref().map(|value| value.value != 0);
        let then = self.operand(chosen != Ok(true), Self::conditional)?;
        self.expect(":")?;
        let otherwise = self.operand(chosen != Ok(false), Self::conditional)?;
        let condition = condition?;
        let (then, otherwise) = match (then, otherwise) {
            (Ok(then), Ok(otherwise)) => (then, otherwise),
            (Ok(then), Err(_)) if condition.value != 0 => (then, then),
            (Err(_), Ok(otherwise)) if condition.value == 0 => (otherwise, otherwise),
            (Err(error), _) | (_, Err(error)) => return Err(error),
        };
        let ty = self.model.common(
            self.model.promote(then).ty,
            self.model.promote(otherwise).ty,
        );
        let picked = if condition.value != 0 {
            then
        } else {
            otherwise
        };
        Ok(self.model.convert(picked.value, ty))
    }

    /// An operand parsed with `parse`, evaluated or not: its faults are kept when `skipped`.
    pub(super) fn operand(
        &mut self,
        skipped: bool,
        parse: fn(&mut Self) -> Result<Value, EvalError>,
    ) -> Result<Computed, EvalError> {
        if skipped {
            self.skipping += 1;
        }
        let result = parse(self);
        if skipped {
            self.skipping -= 1;
        }
        match result {
            Err(error @ EvalError::Fault { .. }) if skipped => Ok(Err(error)),
            Err(error) => Err(error),
            Ok(value) => Ok(Ok(value)),
        }
    }

    /// The binary operators of precedence `min` or more, by precedence climbing (one frame
    /// per level of parentheses, not one per level of precedence).
    pub(super) fn binary_level(&mut self, min: u8) -> Result<Computed, EvalError> {
        let start = self.at;
        let mut value = self
            .unary()
            .map(Ok)
            .or_else(|error| self.settle(Err(error)))?;
        loop {
            let Some(&(_, precedence, operator)) = self.peek().and_then(|t| {
                OPERATORS
                    .iter()
                    .find(|(text, _, _)| t.kind == Kind::Punct && t.text == *text)
            }) else {
                return Ok(value);
            };
            if precedence < min {
                return Ok(value);
            }
            self.at += 1;
            value = match operator {
                Operator::Logical(stops_on) => {
                    let decided = value.as_ref().is_ok_and(|v| (v.value != 0) == stops_on);
                    if decided {
                        self.skipping += 1;
                    }
                    let right = self.binary_level(precedence + 1);
                    if decided {
                        self.skipping -= 1;
                    }
                    let right = match right {
                        Err(error @ EvalError::Fault { .. }) if decided => Err(error),
                        other => other?,
                    };
                    match (value, right) {
                        (Ok(left), _) if (left.value != 0) == stops_on => {
                            Ok(Value::int(i128::from(stops_on)))
                        }
                        (Ok(_), Ok(right)) => Ok(Value::int(i128::from(right.value != 0))),
                        (Err(error), _) | (_, Err(error)) => self.settle(Err(error))?,
                    }
                }
                Operator::Binary(op) => {
                    let right = self.binary_level(precedence + 1)?;
                    match (value, right) {
                        (Ok(left), Ok(right)) => match self.model.binary(op, left, right) {
                            Ok((result, note)) => {
                                if let Some(note) = note.filter(|_| self.skipping == 0) {
                                    let expression = self.text_from(start);
                                    self.notes.push(format!(
                                        "`{expression}` shifts into the sign bit of `{}`: its value is the compilers' two's complement, {}",
                                        note.ty, note.value
                                    ));
                                }
                                Ok(result)
                            }
                            Err(fault) => {
                                let error = self.fault(start, fault);
                                self.settle(Err(error))?
                            }
                        },
                        (Err(error), _) | (_, Err(error)) => self.settle(Err(error))?,
                    }
                }
            };
        }
    }

    pub(super) fn unary(&mut self) -> Result<Value, EvalError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(EvalError::Syntax("the value nests too deeply".to_owned()));
        }
        let value = self.unary_inner();
        self.depth -= 1;
        value
    }

    pub(super) fn unary_inner(&mut self) -> Result<Value, EvalError> {
        let start = self.at;
        if self.eat("-") {
            let value = self.unary()?;
            return self
                .model
                .negate(value)
                .map_err(|fault| self.fault(start, fault));
        }
        if self.eat("+") {
            let value = self.unary()?;
            return Ok(self.model.promote(value));
        }
        if self.eat("~") {
            let value = self.unary()?;
            return Ok(self.model.complement(value));
        }
        if self.eat("!") {
            let value = self.unary()?;
            return Ok(Value::int(i128::from(value.value == 0)));
        }
        if self.peek().is_some_and(|t| t.is("sizeof")) {
            return self.size_of();
        }
        if let Some(cast) = self.cast()? {
            let value = self.unary()?;
            return Ok(self.model.convert(value.value, cast));
        }
        self.primary()
    }

    /// A name at an operand's place, after its first word `first`: a C++ functional cast, or
    /// an enumerator or constant (`Enum::Name` and `ns::Enum::Name` name `Name`).
    pub(super) fn name(&mut self, first: &'a str) -> Result<Value, EvalError> {
        // A C++ functional cast: `int(x)`, `uint32_t(x)`, `Type(x)`.
        if self.context.cpp && self.peek().is_some_and(|next| next.is("(")) {
            if let Some(TypeName::Integer(ty)) = self.type_named(&[first]) {
                self.at += 1;
                let value = self.conditional()?;
                self.expect(")")?;
                return Ok(self.model.convert(value.value, ty));
            }
        }
        // `Enum::Name` and `ns::Enum::Name` name the enumerator `Name`.
        let mut name = first;
        while self.eat("::") {
            match self.peek() {
                Some(next) if next.kind == Kind::Ident => {
                    name = next.text;
                    self.at += 1;
                }
                _ => {
                    return Err(EvalError::Syntax(format!(
                        "`{name}::` is not followed by a name"
                    )))
                }
            }
        }
        if self.peek().is_some_and(|next| next.is("(")) {
            return Err(EvalError::Unknown {
                name: name.to_owned(),
                invoked: true,
            });
        }
        (self.context.value_of)(name).ok_or_else(|| EvalError::Unknown {
            name: name.to_owned(),
            invoked: false,
        })
    }

    pub(super) fn primary(&mut self) -> Result<Value, EvalError> {
        let Some(t) = self.peek() else {
            return Err(EvalError::Syntax(
                "the value ends where an operand was expected".to_owned(),
            ));
        };
        self.at += 1;
        match t.kind {
            Kind::Number => integer(t.text, self.model)
                .map(|value| self.as_preprocessor(value))
                .ok_or_else(|| {
                    EvalError::Syntax(format!(
                        "`{}` is not an integer constant of any integer type",
                        t.text
                    ))
                }),
            Kind::Char => character(t.text, self.model, self.context.cpp)
                .map(|value| self.as_preprocessor(value))
                .ok_or_else(|| {
                    EvalError::Syntax(format!("`{}` is not a character constant", t.text))
                }),
            Kind::Punct if t.text == "(" => {
                let value = self.conditional()?;
                self.expect(")")?;
                Ok(value)
            }
            Kind::Ident if matches!(t.text, "static_cast" | "reinterpret_cast" | "const_cast") => {
                self.named_cast(t.text)
            }
            Kind::Ident
                if matches!(t.text, "alignof" | "_Alignof" | "__alignof__" | "offsetof") =>
            {
                Err(EvalError::Syntax(format!(
                    "`{}` depends on the layout of types, which the importer does not compute",
                    t.text
                )))
            }
            Kind::Ident if t.text == "true" && (self.context.cpp || !self.context.preprocessor) => {
                Ok(Value {
                    value: 1,
                    ty: if self.context.cpp {
                        IntType::Bool
                    } else {
                        IntType::Int
                    },
                })
            }
            Kind::Ident
                if t.text == "false" && (self.context.cpp || !self.context.preprocessor) =>
            {
                Ok(Value {
                    value: 0,
                    ty: if self.context.cpp {
                        IntType::Bool
                    } else {
                        IntType::Int
                    },
                })
            }
            Kind::Ident if self.context.preprocessor => {
                // C11 6.10.1p4: a name left after macro expansion is 0; `f(x)` is an error.
                if self.peek().is_some_and(|next| next.is("(")) {
                    return Err(EvalError::Syntax(format!(
                        "`{}(` is a function-like macro the headers do not define",
                        t.text
                    )));
                }
                Ok(Value {
                    value: 0,
                    ty: IntType::LongLong,
                })
            }
            Kind::Ident => self.name(t.text),
            _ => Err(EvalError::Syntax(format!(
                "unexpected `{}` in the value",
                t.text
            ))),
        }
    }
}
