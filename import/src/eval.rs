//! The value of an enumerator: integer literals and the constant expressions headers use.
//!
//! ```text
//! expr    := or
//! or      := xor ('|' xor)*        xor := and ('^' and)*       and := shift ('&' shift)*
//! shift   := sum (('<<' | '>>') sum)*                          sum := product (('+' | '-') product)*
//! product := unary (('*' | '/' | '%') unary)*
//! unary   := ('-' | '+' | '~' | '!') unary | '(' type ')' unary | primary
//! primary := integer | 'c' | name ('::' name)* | '(' expr ')' | static_cast '<' type '>' '(' expr ')'
//! ```
//! Arithmetic is exact (`i128`): a result that does not fit the enum's type is reported by the
//! caller, not wrapped. `~` is the two's complement one (`~0` is `-1`).

use super::lex::{Kind, Token};

/// How deep parentheses and unary operators may nest: deeper input is reported, not followed
/// into a stack overflow.
const MAX_DEPTH: usize = 200;

/// Evaluates `tokens`, looking names up with `lookup`.
///
/// # Errors
///
/// A message saying what could not be evaluated.
pub fn evaluate(
    tokens: &[Token<'_>],
    lookup: &dyn Fn(&str) -> Option<i128>,
) -> Result<i128, String> {
    let mut parser = Parser {
        tokens,
        at: 0,
        lookup,
        depth: 0,
    };
    let value = parser.or()?;
    match parser.peek() {
        None => Ok(value),
        Some(t) => Err(format!("unexpected `{}` in the value", t.text)),
    }
}

/// The value of an integer literal (`1000`, `0x3E8`, `01750`, `0b1`, `1'000`, `1000u`, `10UL`).
pub fn integer(text: &str) -> Option<i128> {
    let cleaned: String = text.chars().filter(|&c| c != '\'').collect();
    let digits = cleaned.trim_end_matches(['u', 'U', 'l', 'L', 'z', 'Z']);
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
    i128::from_str_radix(digits, radix).ok()
}

/// The value of a character literal (`'a'`, `'\n'`, `'\x41'`, and the multi-character `'ABCD'`
/// of Objective-C four-character codes).
fn character(text: &str) -> Option<i128> {
    let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
    let bytes: Vec<u32> = match inner.strip_prefix('\\') {
        Some(escape) => {
            let value = match escape {
                "n" => 10,
                "t" => 9,
                "r" => 13,
                "0" => 0,
                "\\" => 92,
                "'" => 39,
                "\"" => 34,
                _ => match escape.strip_prefix('x') {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => u32::from_str_radix(escape, 8).ok()?,
                },
            };
            vec![value]
        }
        None => inner.chars().map(u32::from).collect(),
    };
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    Some(
        bytes
            .iter()
            .fold(0i128, |value, &b| (value << 8) | i128::from(b & 0xff)),
    )
}

struct Parser<'t, 'a, 'l> {
    tokens: &'t [Token<'a>],
    at: usize,
    lookup: &'l dyn Fn(&str) -> Option<i128>,
    depth: usize,
}

type Binary = fn(i128, i128) -> Option<i128>;

impl<'a> Parser<'_, 'a, '_> {
    fn peek(&self) -> Option<Token<'a>> {
        self.tokens.get(self.at).copied()
    }

    fn eat(&mut self, text: &str) -> bool {
        if self.peek().is_some_and(|t| t.is(text)) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, text: &str) -> Result<(), String> {
        if self.eat(text) {
            Ok(())
        } else {
            Err(match self.peek() {
                Some(t) => format!("expected `{text}` in the value, found `{}`", t.text),
                None => format!("expected `{text}` at the end of the value"),
            })
        }
    }

    /// One level of left-associative binary operators.
    fn binary(
        &mut self,
        operators: &[(&str, Binary)],
        operand: fn(&mut Self) -> Result<i128, String>,
    ) -> Result<i128, String> {
        let mut value = operand(self)?;
        'operators: loop {
            for (text, apply) in operators {
                if self.eat(text) {
                    let right = operand(self)?;
                    value = apply(value, right).ok_or_else(|| {
                        format!("`{value} {text} {right}` cannot be computed (overflow or division by zero)")
                    })?;
                    continue 'operators;
                }
            }
            return Ok(value);
        }
    }

    fn or(&mut self) -> Result<i128, String> {
        self.binary(&[("|", |a, b| Some(a | b))], Self::xor)
    }

    fn xor(&mut self) -> Result<i128, String> {
        self.binary(&[("^", |a, b| Some(a ^ b))], Self::and)
    }

    fn and(&mut self) -> Result<i128, String> {
        self.binary(&[("&", |a, b| Some(a & b))], Self::shift)
    }

    fn shift(&mut self) -> Result<i128, String> {
        self.binary(
            &[
                ("<<", |a, b| {
                    let shift = u32::try_from(b).ok().filter(|&s| s < 64)?;
                    a.checked_mul(1i128 << shift)
                }),
                (">>", |a, b| {
                    let shift = u32::try_from(b).ok().filter(|&s| s < 128)?;
                    Some(a >> shift)
                }),
            ],
            Self::sum,
        )
    }

    fn sum(&mut self) -> Result<i128, String> {
        self.binary(
            &[("+", i128::checked_add), ("-", i128::checked_sub)],
            Self::product,
        )
    }

    fn product(&mut self) -> Result<i128, String> {
        self.binary(
            &[
                ("*", i128::checked_mul),
                ("/", i128::checked_div),
                ("%", i128::checked_rem),
            ],
            Self::unary,
        )
    }

    fn unary(&mut self) -> Result<i128, String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err("the value nests too deeply".to_owned());
        }
        let value = self.unary_inner();
        self.depth -= 1;
        value
    }

    fn unary_inner(&mut self) -> Result<i128, String> {
        if self.eat("-") {
            let value = self.unary()?;
            return value
                .checked_neg()
                .ok_or_else(|| format!("`-{value}` overflows"));
        }
        if self.eat("+") {
            return self.unary();
        }
        if self.eat("~") {
            return Ok(!self.unary()?);
        }
        if self.eat("!") {
            return Ok(i128::from(self.unary()? == 0));
        }
        if self.is_cast() {
            // `(int)`, `(NSInteger)`, `(unsigned long)`: the value is kept exact.
            while !self.eat(")") {
                self.at += 1;
            }
            return self.unary();
        }
        self.primary()
    }

    /// Whether a parenthesized type follows: `(` names `)` followed by an operand.
    fn is_cast(&self) -> bool {
        if !self.peek().is_some_and(|t| t.is("(")) {
            return false;
        }
        let mut i = self.at + 1;
        let mut names = 0;
        while let Some(t) = self.tokens.get(i) {
            match t.kind {
                Kind::Ident => names += 1,
                Kind::Punct if t.text == "::" || t.text == "*" => {}
                Kind::Punct if t.text == ")" => break,
                _ => return false,
            }
            i += 1;
        }
        let Some(after) = self.tokens.get(i + 1) else {
            return false;
        };
        let operand = matches!(after.kind, Kind::Ident | Kind::Number | Kind::Char)
            || after.is("(")
            || after.is("-")
            || after.is("~");
        // `(A) - 1` with a single enumerator name inside is ambiguous; a single name is a cast
        // only when it is not a known value.
        let single_value = names == 1
            && self
                .tokens
                .get(self.at + 1)
                .is_some_and(|t| (self.lookup)(t.text).is_some());
        names > 0 && operand && !single_value
    }

    fn primary(&mut self) -> Result<i128, String> {
        let Some(t) = self.peek() else {
            return Err("the value ends where an operand was expected".to_owned());
        };
        self.at += 1;
        match t.kind {
            Kind::Number => {
                integer(t.text).ok_or_else(|| format!("`{}` is not an integer", t.text))
            }
            Kind::Char => {
                character(t.text).ok_or_else(|| format!("`{}` is not a character constant", t.text))
            }
            Kind::Punct if t.text == "(" => {
                let value = self.or()?;
                self.expect(")")?;
                Ok(value)
            }
            Kind::Ident if t.text == "static_cast" => {
                self.expect("<")?;
                while !self.eat(">") {
                    if self.peek().is_none() {
                        return Err("`static_cast` without its closing `>`".to_owned());
                    }
                    self.at += 1;
                }
                self.expect("(")?;
                let value = self.or()?;
                self.expect(")")?;
                Ok(value)
            }
            Kind::Ident if matches!(t.text, "sizeof" | "alignof" | "_Alignof" | "offsetof") => {
                Err(format!(
                    "`{}` depends on the platform and its types, which the importer does not know",
                    t.text
                ))
            }
            Kind::Ident => {
                // `Enum::Name` and `ns::Enum::Name` name the enumerator `Name`.
                let mut name = t.text;
                while self.eat("::") {
                    match self.peek() {
                        Some(next) if next.kind == Kind::Ident => {
                            name = next.text;
                            self.at += 1;
                        }
                        _ => return Err(format!("`{name}::` is not followed by a name")),
                    }
                }
                if self.peek().is_some_and(|next| next.is("(")) {
                    return Err(format!(
                        "`{name}` is not an enumerator: it is invoked as a macro"
                    ));
                }
                (self.lookup)(name).ok_or_else(|| {
                    format!("`{name}` is not an enumerator declared before this one")
                })
            }
            _ => Err(format!("unexpected `{}` in the value", t.text)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{evaluate, integer};
    use crate::lex::tokens;

    fn eval(source: &str) -> Result<i128, String> {
        let (tokens, _) = tokens(source);
        evaluate(&tokens, &|name| match name {
            "kA" => Some(4),
            "kB" => Some(16),
            _ => None,
        })
    }

    #[test]
    fn literals() {
        assert_eq!(integer("1000"), Some(1000));
        assert_eq!(integer("0x3E8"), Some(1000));
        assert_eq!(integer("01750"), Some(1000));
        assert_eq!(integer("0b1111101000"), Some(1000));
        assert_eq!(integer("1'000UL"), Some(1000));
        assert_eq!(integer("0"), Some(0));
        assert_eq!(integer("08"), None);
        assert_eq!(integer("1.5"), None);
        assert_eq!(integer("0x"), None);
    }

    #[test]
    fn expressions() {
        assert_eq!(eval("-1000"), Ok(-1000));
        assert_eq!(eval("1 << 3"), Ok(8));
        assert_eq!(eval("kA | kB"), Ok(20));
        assert_eq!(eval("kA + 1"), Ok(5));
        assert_eq!(eval("(kB - kA) * 2 + 1"), Ok(25));
        assert_eq!(eval("1 + 2 * 3 << 1"), Ok(14));
        assert_eq!(eval("~0"), Ok(-1));
        assert_eq!(eval("(int)-1"), Ok(-1));
        assert_eq!(eval("(NSInteger)(1 << 4)"), Ok(16));
        assert_eq!(eval("static_cast<int>(kA)"), Ok(4));
        assert_eq!(eval("Other::kA"), Ok(4));
        assert_eq!(eval("(kA) - 1"), Ok(3));
        assert_eq!(eval("'A'"), Ok(65));
        assert_eq!(eval("'ABCD'"), Ok(0x4142_4344));
    }

    #[test]
    fn errors_are_messages() {
        assert!(eval("kC").unwrap_err().contains("`kC`"));
        assert!(eval("1 / 0").is_err());
        assert!(eval("1 << 200").is_err());
        assert!(eval("(1").is_err());
        assert!(eval("1 2").is_err());
        assert!(eval("sizeof(int)").is_err());
        assert!(eval(&"(".repeat(10_000)).is_err());
        assert!(eval(&"-".repeat(10_000)).is_err());
        assert!(eval("static_cast<int").is_err());
    }
}
