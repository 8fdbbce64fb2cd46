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

use super::ctypes::{Binary, Fault, IntType, Model, Value};
use super::lex::{Kind, Token};

/// How deep parentheses and unary operators may nest: deeper input is reported, not followed
/// into a stack overflow.
const MAX_DEPTH: usize = 100;

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

/// An integer literal (`1000`, `0x3E8`, `01750`, `0b1`, `1'000`, `1000u`, `10UL`, `1LL`) in the
/// type its value and suffix give it (C11 6.4.4.1); `None` when it is none or no type holds it.
pub fn integer(text: &str, model: Model) -> Option<Value> {
    use IntType::{Int, Long, LongLong, UInt, ULong, ULongLong};
    let cleaned: String = text.chars().filter(|&c| c != '\'').collect();
    let digits_end = cleaned
        .trim_end_matches(['u', 'U', 'l', 'L', 'z', 'Z'])
        .len();
    let (digits, suffix) = cleaned.split_at(digits_end);
    let (digits, radix) = if let Some(hex) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        (hex, 16)
    } else if let Some(binary) = digits
        .strip_prefix("0b")
        .or_else(|| digits.strip_prefix("0B"))
    {
        (binary, 2)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (&digits[1..], 8)
    } else {
        (digits, 10)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let value = i128::from_str_radix(digits, radix).ok()?;
    let suffix = suffix.to_ascii_lowercase();
    let unsigned = suffix.contains('u');
    let longs = suffix.matches('l').count();
    if suffix.contains('z') || !suffix.replace(['u', 'l'], "").is_empty() || longs > 2 {
        return None;
    }
    let candidates: &[IntType] = match (unsigned, longs, radix == 10) {
        (false, 0, true) => &[Int, Long, LongLong],
        (false, 0, false) => &[Int, UInt, Long, ULong, LongLong, ULongLong],
        (true, 0, _) => &[UInt, ULong, ULongLong],
        (false, 1, true) => &[Long, LongLong],
        (false, 1, false) => &[Long, ULong, LongLong, ULongLong],
        (true, 1, _) => &[ULong, ULongLong],
        (false, _, true) => &[LongLong],
        (false, _, false) => &[LongLong, ULongLong],
        (true, _, _) => &[ULongLong],
    };
    candidates
        .iter()
        .find(|&&ty| model.range(ty).1 >= value)
        .map(|&ty| Value { value, ty })
}

/// A character constant (`'a'`, `'\n'`, `'\x41'`, `L'a'`, the multi-character `'ABCD'` of
/// four-character codes) in its type: `int` in C, `char` in C++ (one character), the wide
/// types for `L`, `u` and `U`.
fn character(text: &str, model: Model, cpp: bool) -> Option<Value> {
    let quote = text.find('\'')?;
    let prefix = &text[..quote];
    let inner = text[quote..].strip_prefix('\'')?.strip_suffix('\'')?;
    let mut units: Vec<u32> = Vec::new();
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            if prefix.is_empty() || prefix == "u8" {
                let mut buffer = [0u8; 4];
                units.extend(c.encode_utf8(&mut buffer).bytes().map(u32::from));
            } else {
                units.push(u32::from(c));
            }
            continue;
        }
        let escape = chars.next()?;
        let unit = match escape {
            'n' => 10,
            't' => 9,
            'r' => 13,
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'v' => 11,
            'e' => 27,
            '\\' | '\'' | '"' | '?' => u32::from(escape),
            'x' => {
                let mut hex = String::new();
                while let Some(&d) = chars.peek().filter(|d| d.is_ascii_hexdigit()) {
                    hex.push(d);
                    chars.next();
                }
                u32::from_str_radix(&hex, 16).ok()?
            }
            '0'..='7' => {
                let mut octal = String::from(escape);
                while octal.len() < 3 {
                    match chars.peek() {
                        Some(&d) if ('0'..='7').contains(&d) => {
                            octal.push(d);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                u32::from_str_radix(&octal, 8).ok()?
            }
            'u' | 'U' => {
                let len = if escape == 'u' { 4 } else { 8 };
                let hex: String = (0..len).filter_map(|_| chars.next()).collect();
                u32::from_str_radix(&hex, 16).ok()?
            }
            _ => return None,
        };
        units.push(unit);
    }
    let ty = match prefix {
        "L" => model.wchar(),
        "u" => IntType::UShort,
        "U" => IntType::UInt,
        "u8" => IntType::UChar,
        "" if cpp && units.len() == 1 => IntType::Char,
        "" => IntType::Int,
        _ => return None,
    };
    match units.as_slice() {
        [] => None,
        [one] => Some(model.convert(
            i128::from(*one),
            if prefix.is_empty() { IntType::Char } else { ty },
        ))
        .map(|v| Value { value: v.value, ty }),
        several if prefix.is_empty() && several.len() <= 4 => {
            // A multi-character constant: an `int` of its bytes, first the most significant, as
            // GCC, Clang and MSVC make it.
            let packed = several
                .iter()
                .fold(0i128, |value, &unit| (value << 8) | i128::from(unit & 0xff));
            Some(model.convert(packed, IntType::Int))
        }
        _ => None,
    }
}

/// The standard type a sequence of type-specifier words names (`unsigned long long`, `char`),
/// or a standard library or platform type name (`uint32_t`, `size_t`, `NSInteger`).
pub fn standard_type(words: &[&str], model: Model) -> Option<TypeName> {
    use IntType::{
        Bool, Char, Int, Long, LongLong, SChar, Short, UChar, UInt, ULong, ULongLong, UShort,
    };
    let words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|word| !matches!(*word, "const" | "volatile" | "std" | "::"))
        .collect();
    if let [one] = words.as_slice() {
        if let Some(found) = named_type(one, model) {
            return Some(found);
        }
    }
    let mut unsigned = false;
    let mut signed = false;
    let mut longs = 0;
    let mut base = None;
    for word in &words {
        match *word {
            "unsigned" => unsigned = true,
            "signed" | "__signed" | "__signed__" => signed = true,
            "long" => longs += 1,
            "int" | "char" | "short" | "_Bool" | "bool" => {
                if base.replace(*word).is_some() {
                    return None;
                }
            }
            "__int64" => {
                longs = 2;
            }
            "float" | "double" | "void" => {
                return Some(TypeName::NotInteger {
                    size: match *word {
                        "float" => Some(4),
                        "double" if longs > 0 => Some(16),
                        "double" => Some(8),
                        _ => None,
                    },
                })
            }
            _ => return None,
        }
    }
    let ty = match (base, longs, unsigned, signed) {
        (Some("_Bool" | "bool"), 0, false, false) => Bool,
        (Some("char"), 0, false, false) => Char,
        (Some("char"), 0, false, true) => SChar,
        (Some("char"), 0, true, false) => UChar,
        (Some("short" | "int"), 0, u, _) if base == Some("short") => {
            if u {
                UShort
            } else {
                Short
            }
        }
        (Some("int") | None, 0, u, _) if unsigned || signed || base.is_some() => {
            if u {
                UInt
            } else {
                Int
            }
        }
        (Some("int") | None, 1, u, _) => {
            if u {
                ULong
            } else {
                Long
            }
        }
        (Some("int") | None, 2, u, _) => {
            if u {
                ULongLong
            } else {
                LongLong
            }
        }
        _ => return None,
    };
    Some(TypeName::Integer(ty))
}

/// A type of the C and C++ standard libraries or of the platforms' headers, by its name.
fn named_type(name: &str, model: Model) -> Option<TypeName> {
    use IntType::{Int, Long, LongLong, SChar, Short, UChar, UInt, ULong, ULongLong, UShort};
    let sixty_four = |signed: bool| {
        // `int64_t` is `long` where `long` has 64 bits, `long long` elsewhere.
        match (model.bits(Long) == 64, signed) {
            (true, true) => Long,
            (true, false) => ULong,
            (false, true) => LongLong,
            (false, false) => ULongLong,
        }
    };
    let ty = match name {
        "int8_t" | "int_least8_t" | "int_fast8_t" | "SInt8" | "INT8" => SChar,
        "uint8_t" | "uint_least8_t" | "uint_fast8_t" | "UInt8" | "BYTE" | "UINT8" | "UCHAR" => {
            UChar
        }
        "int16_t" | "int_least16_t" | "SInt16" | "SHORT" | "INT16" => Short,
        "uint16_t" | "uint_least16_t" | "UInt16" | "WORD" | "USHORT" | "UINT16" | "char16_t" => {
            UShort
        }
        "int32_t" | "int_least32_t" | "SInt32" | "OSStatus" | "INT" | "INT32" | "BOOL" => Int,
        "uint32_t" | "uint_least32_t" | "UInt32" | "UINT" | "UINT32" | "char32_t" => UInt,
        "int64_t" | "int_least64_t" | "int_fast64_t" | "intmax_t" => sixty_four(true),
        "uint64_t" | "uint_least64_t" | "uint_fast64_t" | "uintmax_t" => sixty_four(false),
        "SInt64" | "LONGLONG" | "INT64" => LongLong,
        "UInt64" | "ULONGLONG" | "UINT64" => ULongLong,
        "int_fast16_t" | "int_fast32_t" => {
            if model.bits(Long) == 64 {
                Long
            } else {
                Int
            }
        }
        "uint_fast16_t" | "uint_fast32_t" => {
            if model.bits(Long) == 64 {
                ULong
            } else {
                UInt
            }
        }
        "size_t" | "uintptr_t" | "rsize_t" | "NSUInteger" | "CFOptionFlags" | "CFTypeID" => {
            model.size_t()
        }
        "ssize_t" | "intptr_t" | "ptrdiff_t" | "off_t" | "NSInteger" | "CFIndex" => {
            model.pointer_sized(true)
        }
        "LONG" | "HRESULT" => Long,
        "DWORD" | "ULONG" => ULong,
        "wchar_t" | "WCHAR" => model.wchar(),
        "char8_t" => UChar,
        "bool" | "_Bool" => IntType::Bool,
        _ => return None,
    };
    Some(TypeName::Integer(ty))
}

/// `std::int32_t` as written in one word (an underlying type's text) split at its `::`.
fn split_scope(word: &str) -> Vec<&str> {
    if word == "::" || !word.contains("::") {
        return vec![word];
    }
    let mut parts = Vec::new();
    for (index, part) in word.split("::").enumerate() {
        if index > 0 {
            parts.push("::");
        }
        if !part.is_empty() {
            parts.push(part);
        }
    }
    parts
}

/// Whether `word` is a keyword that can only be part of a type.
fn is_type_keyword(word: &str) -> bool {
    matches!(
        word,
        "unsigned"
            | "signed"
            | "__signed"
            | "__signed__"
            | "int"
            | "char"
            | "short"
            | "long"
            | "_Bool"
            | "bool"
            | "float"
            | "double"
            | "void"
            | "const"
            | "volatile"
            | "struct"
            | "union"
            | "enum"
            | "__int64"
    )
}

struct Parser<'t, 'a, 'c> {
    tokens: &'t [Token<'a>],
    at: usize,
    context: &'c Context<'c>,
    model: Model,
    depth: usize,
    /// Inside operands that are not evaluated (how many levels of them).
    skipping: usize,
    notes: Vec<String>,
}

/// The binary operators, with their precedence (higher binds tighter); `||` and `&&` are
/// [`Logical`], the rest [`Binary`].
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
    fn peek(&self) -> Option<Token<'a>> {
        self.tokens.get(self.at).copied()
    }

    /// Moves past `text` if it is next (operators are whole tokens: `<` is never half of `<<`).
    fn eat(&mut self, text: &str) -> bool {
        if self.peek().is_some_and(|t| t.is(text)) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, text: &str) -> Result<(), EvalError> {
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
    fn text_from(&self, start: usize) -> String {
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
    fn fault(&self, start: usize, fault: Fault) -> EvalError {
        EvalError::Fault {
            expression: self.text_from(start),
            fault,
        }
    }

    /// Raises `computed`'s error where operands are evaluated.
    fn settle(&self, computed: Computed) -> Result<Computed, EvalError> {
        match computed {
            Err(error @ EvalError::Fault { .. }) if self.skipping > 0 => Ok(Err(error)),
            Err(error) => Err(error),
            ok => Ok(ok),
        }
    }

    fn as_preprocessor(&self, value: Value) -> Value {
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

    fn conditional(&mut self) -> Result<Value, EvalError> {
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
    fn operand(
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
    fn binary_level(&mut self, min: u8) -> Result<Computed, EvalError> {
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

    fn unary(&mut self) -> Result<Value, EvalError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(EvalError::Syntax("the value nests too deeply".to_owned()));
        }
        let value = self.unary_inner();
        self.depth -= 1;
        value
    }

    fn unary_inner(&mut self) -> Result<Value, EvalError> {
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

    /// The type of a cast `(type)` at the cursor, which it moves past; `None` (the cursor
    /// where it was) when no cast is there.
    fn cast(&mut self) -> Result<Option<IntType>, EvalError> {
        if self.context.preprocessor || !self.peek().is_some_and(|t| t.is("(")) {
            return Ok(None);
        }
        // `( words [* or &]... )`: names, then a pointer's stars, then `)`; a `*` between
        // names is a product, not a cast.
        let mut end = self.at + 1;
        let mut words = Vec::new();
        let mut pointer = false;
        while let Some(t) = self.tokens.get(end) {
            match t.kind {
                Kind::Ident if !pointer => words.push(t.text),
                Kind::Punct if t.text == "::" && !pointer => words.push("::"),
                Kind::Punct if t.text == "*" || t.text == "&" => pointer = true,
                Kind::Punct if t.text == ")" => break,
                _ => return Ok(None),
            }
            end += 1;
        }
        if words.is_empty() || self.tokens.get(end).is_none() {
            return Ok(None);
        }
        let keyword = words.iter().any(|word| is_type_keyword(word));
        let is_value = |word: &&str| {
            matches!(*word, "true" | "false" | "nullptr" | "sizeof")
                || (self.context.value_of)(word).is_some()
        };
        if !keyword && words.iter().any(is_value) {
            return Ok(None);
        }
        let named = self.type_named(&words);
        let after = self.tokens.get(end + 1);
        let operand_follows = after.is_some_and(|t| {
            matches!(t.kind, Kind::Ident | Kind::Number | Kind::Char)
                || t.is("(")
                || t.is("~")
                || t.is("!")
        });
        let text = words.join(" ").replace(" :: ", "::");
        let is_cast = match named {
            Some(_) => true,
            None if keyword || pointer => true,
            // `E::A` in parentheses is a value; an unknown single name before an operand can
            // only be a cast.
            None => operand_follows && words.len() == 1,
        };
        if !is_cast {
            return Ok(None);
        }
        self.at = end + 1;
        match named {
            _ if pointer => Err(EvalError::NotInteger(format!("{text} *"))),
            Some(TypeName::Integer(ty)) => Ok(Some(ty)),
            Some(TypeName::NotInteger { .. }) => Err(EvalError::NotInteger(text)),
            None if keyword => Err(EvalError::NotInteger(text)),
            None => Err(EvalError::UnknownType(text)),
        }
    }

    /// The type `words` names: standard, of the platforms, or of the headers.
    fn type_named(&self, words: &[&str]) -> Option<TypeName> {
        let words: Vec<&str> = words.iter().flat_map(|word| split_scope(word)).collect();
        if let [.., "::", last] = words.as_slice() {
            if words.first() == Some(&"std") || (words.len() == 3 && words[0] == "::") {
                if let Some(found) = standard_type(&[last], self.model) {
                    return Some(found);
                }
            }
            return (self.context.type_of)(last);
        }
        if let [first, name] = words.as_slice() {
            if matches!(*first, "enum" | "struct" | "union") {
                return match *first {
                    "enum" => Some(
                        (self.context.type_of)(name).unwrap_or(TypeName::Integer(IntType::Int)),
                    ),
                    _ => Some(TypeName::NotInteger { size: None }),
                };
            }
        }
        if let [one] = words.as_slice() {
            if let Some(found) = (self.context.type_of)(one) {
                return Some(found);
            }
        }
        standard_type(&words, self.model)
    }

    /// `sizeof(type)`, `sizeof expr`, `sizeof(expr)`: a `size_t`.
    fn size_of(&mut self) -> Result<Value, EvalError> {
        self.at += 1;
        let size_t = self.model.size_t();
        let bytes = |bits: u32| Value {
            value: i128::from(bits / 8),
            ty: size_t,
        };
        if self.peek().is_some_and(|t| t.is("(")) {
            let mut end = self.at + 1;
            let mut words = Vec::new();
            let mut pointer = false;
            while let Some(t) = self.tokens.get(end) {
                match t.kind {
                    Kind::Ident => words.push(t.text),
                    Kind::Punct if t.text == "::" => words.push("::"),
                    Kind::Punct if t.text == "*" => pointer = true,
                    _ => break,
                }
                end += 1;
            }
            if self.tokens.get(end).is_some_and(|t| t.is(")")) && !words.is_empty() {
                let named = self.type_named(&words);
                if pointer && (named.is_some() || words.iter().any(|w| is_type_keyword(w))) {
                    self.at = end + 1;
                    return Ok(bytes(self.model.bits(size_t)));
                }
                match named {
                    Some(TypeName::Integer(ty)) => {
                        self.at = end + 1;
                        let bits = if ty == IntType::Bool {
                            8
                        } else {
                            self.model.bits(ty)
                        };
                        return Ok(bytes(bits));
                    }
                    Some(TypeName::NotInteger { size: Some(size) }) => {
                        self.at = end + 1;
                        return Ok(bytes(size * 8));
                    }
                    Some(TypeName::NotInteger { size: None }) => {
                        return Err(EvalError::Syntax(format!(
                            "the size of `{}` is not known here",
                            words.join(" ")
                        )));
                    }
                    None => {}
                }
            }
        }
        let value = self.unary()?;
        let bits = if value.ty == IntType::Bool {
            8
        } else {
            self.model.bits(value.ty)
        };
        Ok(bytes(bits))
    }

    /// `static_cast<type>(expr)` (and its kin), after the keyword `cast`.
    fn named_cast(&mut self, cast: &str) -> Result<Value, EvalError> {
        self.expect("<")?;
        let mut words = Vec::new();
        let mut pointer = false;
        while !self.eat(">") {
            let Some(word) = self.peek() else {
                return Err(EvalError::Syntax(format!(
                    "`{cast}` without its closing `>`"
                )));
            };
            if word.is("*") {
                pointer = true;
            } else {
                words.push(word.text);
            }
            self.at += 1;
        }
        self.expect("(")?;
        let value = self.conditional()?;
        self.expect(")")?;
        let text = words.join(" ");
        match self.type_named(&words) {
            _ if pointer => Err(EvalError::NotInteger(format!("{text} *"))),
            Some(TypeName::Integer(ty)) => Ok(self.model.convert(value.value, ty)),
            Some(TypeName::NotInteger { .. }) => Err(EvalError::NotInteger(text)),
            None => Err(EvalError::UnknownType(text)),
        }
    }

    /// A name at an operand's place, after its first word `first`: a C++ functional cast, or
    /// an enumerator or constant (`Enum::Name` and `ns::Enum::Name` name `Name`).
    fn name(&mut self, first: &'a str) -> Result<Value, EvalError> {
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

    fn primary(&mut self) -> Result<Value, EvalError> {
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

#[cfg(test)]
mod tests {
    use super::{evaluate, integer, Context, EvalError, TypeName};
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
