//! Integer constant expressions (C11 6.6, C++ [expr.const]) computed in their C types: the
//! value of an enumerator, of a `#define` of a family of macros, of a `constexpr` variable, and
//! (with the preprocessor's rules, C11 6.10.1) of an `#if`.
//!
//! ```text
//! expr    := cond
//! cond    := lor ('?' expr ':' cond)?
//! lor     := land ('||' land)*           land := bitor ('&&' bitor)*
//! bitor   := xor ('|' xor)*              xor := bitand ('^' bitand)*
//! bitand  := eq ('&' eq)*                eq := rel (('==' | '!=') rel)*
//! rel     := shift (('<' | '>' | '<=' | '>=') shift)*
//! shift   := sum (('<<' | '>>') sum)*     sum := product (('+' | '-') product)*
//! product := unary (('*' | '/' | '%') unary)*
//! unary   := ('-' | '+' | '~' | '!') unary | '(' type ')' unary | 'sizeof' ... | primary
//! primary := integer | character | 'true' | 'false' | name ('::' name)* | '(' expr ')'
//!          | static_cast '<' type '>' '(' expr ')' | type '(' expr ')'
//! ```
//!
//! Integer constants take the type their value and suffix give them (C11 6.4.4.1), operands
//! are promoted and converted as C11 6.3 says, unsigned arithmetic wraps, and a cast converts.
//! What compilers leave undefined (signed overflow, division by zero, a shift by the width or
//! more) is an error naming the expression; a shift into the sign bit takes the compilers'
//! two's-complement value (as C++20 defines it) and is noted. The operands a `?:`, `&&` or `||`
//! does not evaluate are parsed but cannot fail the expression with their arithmetic.

use std::fmt;

use super::ctypes::{Fault, IntType, Model, Value};
use super::lex::{Kind, Token};

mod casts;
mod literals;
mod parser;
mod types;

use parser::Parser;
pub use types::standard_type;

/// A type a cast or `sizeof` names, as far as a constant expression cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeName {
    /// An integer type.
    Integer(IntType),
    /// A type that is no integer type (a pointer, a floating type, a struct): a cast to it
    /// makes no integer constant. `size` is its `sizeof`, where known.
    NotInteger { size: Option<u32> },
}

/// What an expression is evaluated with.
pub struct Context<'c> {
    pub model: Model,
    /// C++'s rules: `true` and `false`, functional casts, `static_cast`.
    pub cpp: bool,
    /// The preprocessor's rules (C11 6.10.1): every name left is 0 (`true` is 1 in C++), every
    /// type is `intmax_t` or `uintmax_t`, no cast.
    pub preprocessor: bool,
    /// The value of a name (an enumerator, a `constexpr` variable).
    pub value_of: &'c dyn Fn(&str) -> Option<Value>,
    /// The type a name declares (a typedef, a `using` alias), beyond the standard ones.
    pub type_of: &'c dyn Fn(&str) -> Option<TypeName>,
}

/// A value and what is worth saying about how it was computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluated {
    pub value: Value,
    /// Shifts into the sign bit, each as a sentence naming the expression.
    pub notes: Vec<String>,
}

/// Why an expression has no value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvalError {
    /// A name that is no enumerator or constant known here; `invoked` when it is written as a
    /// function-like macro would be (`NAME(...)`).
    Unknown { name: String, invoked: bool },
    /// A cast to a name no header declares as a type.
    UnknownType(String),
    /// A cast to a type that is no integer type.
    NotInteger(String),
    /// What no compiler agrees on, with the expression.
    Fault { expression: String, fault: Fault },
    /// Not an integer constant expression.
    Syntax(String),
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Unknown {
                name,
                invoked: false,
            } => {
                write!(f, "`{name}` is not an enumerator declared before this one")
            }
            EvalError::Unknown {
                name,
                invoked: true,
            } => {
                write!(f, "`{name}` is not an enumerator: it is invoked as a macro")
            }
            EvalError::UnknownType(name) => write!(
                f,
                "`{name}` is cast to, but no header given declares it as a type"
            ),
            EvalError::NotInteger(ty) => write!(
                f,
                "it is cast to `{ty}`, which is no integer type, so it is no integer constant"
            ),
            EvalError::Fault { expression, fault } => write!(f, "`{expression}` {fault}"),
            EvalError::Syntax(message) => f.write_str(message),
        }
    }
}

/// Evaluates `tokens` (comments and directives are skipped) in `context`.
///
/// # Errors
///
/// Why it has no value.
pub fn evaluate(tokens: &[Token<'_>], context: &Context<'_>) -> Result<Evaluated, EvalError> {
    let tokens: Vec<Token<'_>> = tokens
        .iter()
        .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
        .copied()
        .collect();
    let model = if context.preprocessor {
        Model::preprocessor()
    } else {
        context.model
    };
    let mut parser = Parser {
        tokens: &tokens,
        at: 0,
        context,
        model,
        depth: 0,
        skipping: 0,
        notes: Vec::new(),
    };
    let value = parser.conditional()?;
    if let Some(t) = parser.peek() {
        return Err(EvalError::Syntax(format!(
            "unexpected `{}` in the value",
            t.text
        )));
    }
    Ok(Evaluated {
        value: parser.as_preprocessor(value),
        notes: parser.notes,
    })
}

#[cfg(test)]
mod tests {
    use super::literals::integer;
    use super::{evaluate, Context, EvalError, TypeName};
    use crate::ctypes::{IntType, Model, Value};
    use crate::lex::tokens;

    fn model() -> Model {
        Model::of(&"x86_64-unknown-linux-gnu".parse().unwrap())
    }

    fn eval_in(source: &str, cpp: bool, preprocessor: bool) -> Result<i128, EvalError> {
        let (tokens, _) = tokens(source);
        let value_of = |name: &str| match name {
            "A" => Some(Value::int(2)),
            "B" => Some(Value::int(3)),
            _ => None,
        };
        let type_of = |name: &str| match name {
            "demo_s32" => Some(TypeName::Integer(IntType::Int)),
            "Handle" => Some(TypeName::NotInteger { size: Some(8) }),
            _ => None,
        };
        let context = Context {
            model: model(),
            cpp,
            preprocessor,
            value_of: &value_of,
            type_of: &type_of,
        };
        evaluate(&tokens, &context).map(|evaluated| evaluated.value.value)
    }

    fn eval(source: &str) -> Result<i128, EvalError> {
        eval_in(source, false, false)
    }

    #[test]
    fn constants_are_typed_by_value_and_suffix() {
        let m = model();
        assert_eq!(integer("2147483648", m).unwrap().ty, IntType::Long);
        assert_eq!(integer("0x80000000", m).unwrap().ty, IntType::UInt);
        assert_eq!(integer("1u", m).unwrap().ty, IntType::UInt);
        assert_eq!(integer("1LL", m).unwrap().ty, IntType::LongLong);
        assert_eq!(integer("0xffffffffffffffff", m).unwrap().ty, IntType::ULong);
        assert_eq!(integer("1'000", m).unwrap().value, 1000);
        assert!(integer("1.5", m).is_none());
        assert!(integer("99999999999999999999", m).is_none());
    }

    #[test]
    fn expressions_in_c_types() {
        assert_eq!(eval("1 << 31"), Ok(-2_147_483_648));
        assert_eq!(eval("0x8f << 24"), Ok(-1_895_825_408));
        assert_eq!(eval("1u << 31"), Ok(2_147_483_648));
        assert_eq!(eval("(unsigned char)300"), Ok(44));
        assert_eq!(eval("(int)(0xFFFFFFFFu + 2u)"), Ok(1));
        assert_eq!(eval("(int)(-1u >> 28)"), Ok(15));
        assert_eq!(eval("2 > 1 ? 10 : 20"), Ok(10));
        assert_eq!(eval("(3 == 3) + (2 < 1)"), Ok(1));
        assert_eq!(eval("'A'"), Ok(65));
        assert_eq!(eval("sizeof(int) * 2"), Ok(8));
        assert_eq!(eval("sizeof(long)"), Ok(8));
        assert_eq!(eval("(demo_s32)(0x80000000U | 2)"), Ok(-2_147_483_646));
        assert_eq!(eval("A | B << 2"), Ok(14));
        assert_eq!(eval("-1 < 0u"), Ok(0));
        assert_eq!(eval("A ? 1 : 1 / 0"), Ok(1));
        assert_eq!(eval("0 && 1 / 0"), Ok(0));
        assert_eq!(eval("1 || 1 / 0"), Ok(1));
        assert!(matches!(eval("1 / 0"), Err(EvalError::Fault { .. })));
        assert!(matches!(eval("1 << 32"), Err(EvalError::Fault { .. })));
        assert!(matches!(
            eval("2147483647 + 1"),
            Err(EvalError::Fault { .. })
        ));
        assert_eq!(
            eval("(DEMO_HRESULT)(5)"),
            Err(EvalError::UnknownType("DEMO_HRESULT".to_owned()))
        );
        assert!(matches!(eval("(Handle)5"), Err(EvalError::NotInteger(_))));
        assert!(matches!(eval("(void *)0"), Err(EvalError::NotInteger(_))));
        assert_eq!(eval("(A) - 1"), Ok(1));
        assert_eq!(eval("(A * B)"), Ok(6));
        assert_eq!(eval("(A * B) + 1"), Ok(7));
        assert!(matches!(eval("(int *)0"), Err(EvalError::NotInteger(_))));
        assert!(matches!(eval("C"), Err(EvalError::Unknown { .. })));
        assert!(matches!(
            eval("C(1)"),
            Err(EvalError::Unknown { invoked: true, .. })
        ));
        assert_eq!(eval_in("true + true", true, false), Ok(2));
        assert_eq!(eval_in("int(300) + uint8_t(257)", true, false), Ok(301));
        assert_eq!(
            eval_in("static_cast<unsigned char>(300)", true, false),
            Ok(44)
        );
        assert_eq!(eval_in("1LL << 63", true, false), Ok(i128::from(i64::MIN)));
    }

    /// The cases of the evaluator before it typed values, which still hold.
    #[test]
    fn literals() {
        let m = model();
        let value = |text| integer(text, m).map(|value| value.value);
        assert_eq!(value("1000"), Some(1000));
        assert_eq!(value("0x3E8"), Some(1000));
        assert_eq!(value("01750"), Some(1000));
        assert_eq!(value("0b1111101000"), Some(1000));
        assert_eq!(value("1'000UL"), Some(1000));
        assert_eq!(value("0"), Some(0));
        assert_eq!(value("08"), None);
        assert_eq!(value("1.5"), None);
        assert_eq!(value("0x"), None);
    }

    #[test]
    fn expressions() {
        assert_eq!(eval("-1000"), Ok(-1000));
        assert_eq!(eval("1 << 3"), Ok(8));
        assert_eq!(eval("A | B"), Ok(3));
        assert_eq!(eval("(B - A) * 2 + 1"), Ok(3));
        assert_eq!(eval("1 + 2 * 3 << 1"), Ok(14));
        assert_eq!(eval("~0"), Ok(-1));
        assert_eq!(eval("(int)-1"), Ok(-1));
        assert_eq!(eval("(NSInteger)(1 << 4)"), Ok(16));
        assert_eq!(eval_in("static_cast<int>(A)", true, false), Ok(2));
        assert_eq!(eval_in("Other::A", true, false), Ok(2));
        assert_eq!(eval("'A'"), Ok(65));
        assert_eq!(eval("'ABCD'"), Ok(0x4142_4344));
        assert_eq!(eval("'\\x41'"), Ok(65));
    }

    #[test]
    fn errors_are_messages() {
        assert!(eval("kC").unwrap_err().to_string().contains("`kC`"));
        assert!(eval("1 / 0").is_err());
        assert!(eval("1 << 200").is_err());
        assert!(eval("(1").is_err());
        assert!(eval("1 2").is_err());
        assert!(eval(&"(".repeat(10_000)).is_err());
        assert!(eval(&"-".repeat(10_000)).is_err());
        assert!(eval_in("static_cast<int", true, false).is_err());
    }

    #[test]
    fn type_names_under_a_data_model() {
        use super::standard_type;
        let m = model();
        let ty = |words: &[&str]| standard_type(words, m);
        assert_eq!(ty(&["int32_t"]), Some(TypeName::Integer(IntType::Int)));
        assert_eq!(
            ty(&["unsigned", "int"]),
            Some(TypeName::Integer(IntType::UInt))
        );
        assert_eq!(ty(&["NSInteger"]), Some(TypeName::Integer(IntType::Long)));
        assert_eq!(ty(&["NSUInteger"]), Some(TypeName::Integer(IntType::ULong)));
        assert_eq!(ty(&["uint64_t"]), Some(TypeName::Integer(IntType::ULong)));
        assert_eq!(
            ty(&["unsigned", "long", "long"]),
            Some(TypeName::Integer(IntType::ULongLong))
        );
        assert_eq!(ty(&["size_t"]), Some(TypeName::Integer(IntType::ULong)));
        assert!(matches!(ty(&["float"]), Some(TypeName::NotInteger { .. })));
        let windows = Model::of(&"x86_64-pc-windows-msvc".parse().unwrap());
        assert_eq!(
            standard_type(&["int64_t"], windows),
            Some(TypeName::Integer(IntType::LongLong))
        );
        assert_eq!(
            standard_type(&["size_t"], windows),
            Some(TypeName::Integer(IntType::ULongLong))
        );
    }

    #[test]
    fn the_preprocessors_rules() {
        assert_eq!(eval_in("UNDEFINED + 1", false, true), Ok(1));
        assert_eq!(eval_in("0LL", false, true), Ok(0));
        assert_eq!(eval_in("1 << 31", false, true), Ok(2_147_483_648));
        assert_eq!(eval_in("-1 > 0u", false, true), Ok(1));
        assert_eq!(eval_in("true", true, true), Ok(1));
        assert_eq!(eval_in("true", false, true), Ok(0));
    }

    #[test]
    fn deep_nesting_is_an_error_not_an_overflow() {
        let deep = format!("{}1{}", "(".repeat(5000), ")".repeat(5000));
        assert!(eval(&deep).is_err());
        let minus = format!("{}1", "-".repeat(5000));
        assert!(eval(&minus).is_err());
    }
}
