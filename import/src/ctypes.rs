//! C's integer types and the arithmetic of constant expressions in them (C11 6.3 and 6.5, C++
//! \[expr\]): the width of each type under a target's data model, the integer promotions, the
//! usual arithmetic conversions, unsigned wrap-around, and what no compiler agrees on (signed
//! overflow, division by zero, a shift by the width or more) as an error rather than a number.

use std::fmt;

use super::target::Target;

/// A standard integer type (the `<stdint.h>` names and the platforms' typedefs are these under
/// a data model).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntType {
    Bool,
    Char,
    SChar,
    UChar,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    LongLong,
    ULongLong,
}

impl IntType {
    /// Its name in C.
    pub fn name(self) -> &'static str {
        match self {
            IntType::Bool => "bool",
            IntType::Char => "char",
            IntType::SChar => "signed char",
            IntType::UChar => "unsigned char",
            IntType::Short => "short",
            IntType::UShort => "unsigned short",
            IntType::Int => "int",
            IntType::UInt => "unsigned int",
            IntType::Long => "long",
            IntType::ULong => "unsigned long",
            IntType::LongLong => "long long",
            IntType::ULongLong => "unsigned long long",
        }
    }

    fn rank(self) -> u8 {
        match self {
            IntType::Bool => 0,
            IntType::Char | IntType::SChar | IntType::UChar => 1,
            IntType::Short | IntType::UShort => 2,
            IntType::Int | IntType::UInt => 3,
            IntType::Long | IntType::ULong => 4,
            IntType::LongLong | IntType::ULongLong => 5,
        }
    }

    /// The unsigned type of the same rank.
    fn to_unsigned(self) -> IntType {
        match self {
            IntType::Char | IntType::SChar => IntType::UChar,
            IntType::Short => IntType::UShort,
            IntType::Int => IntType::UInt,
            IntType::Long => IntType::ULong,
            IntType::LongLong => IntType::ULongLong,
            other => other,
        }
    }
}

impl fmt::Display for IntType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The widths and signedness of the integer types on a target.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Model {
    long_bits: u32,
    pointer_bits: u32,
    char_signed: bool,
    wchar_16: bool,
}

impl Model {
    pub fn of(target: &Target) -> Model {
        Model {
            long_bits: target.long_bits(),
            pointer_bits: target.pointer_bits(),
            char_signed: target.char_is_signed(),
            wchar_16: target.wchar_is_16(),
        }
    }

    /// The preprocessor's model (C11 6.10.1p4): every signed type is `intmax_t`, every unsigned
    /// one `uintmax_t`, both 64 bits.
    pub fn preprocessor() -> Model {
        Model {
            long_bits: 64,
            pointer_bits: 64,
            char_signed: true,
            wchar_16: false,
        }
    }

    pub fn bits(self, ty: IntType) -> u32 {
        match ty {
            IntType::Bool => 1,
            IntType::Char | IntType::SChar | IntType::UChar => 8,
            IntType::Short | IntType::UShort => 16,
            IntType::Int | IntType::UInt => 32,
            IntType::Long | IntType::ULong => self.long_bits,
            IntType::LongLong | IntType::ULongLong => 64,
        }
    }

    pub fn is_signed(self, ty: IntType) -> bool {
        match ty {
            IntType::Char => self.char_signed,
            IntType::SChar | IntType::Short | IntType::Int | IntType::Long | IntType::LongLong => {
                true
            }
            _ => false,
        }
    }

    /// The smallest and largest values of `ty`.
    pub fn range(self, ty: IntType) -> (i128, i128) {
        let bits = self.bits(ty);
        if ty == IntType::Bool {
            (0, 1)
        } else if self.is_signed(ty) {
            (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
        } else {
            (0, (1i128 << bits) - 1)
        }
    }

    /// The type of `size_t` (and `uintptr_t`).
    pub fn size_t(self) -> IntType {
        self.pointer_sized(false)
    }

    /// The pointer-sized type, signed (`ptrdiff_t`, `intptr_t`) or not.
    pub fn pointer_sized(self, signed: bool) -> IntType {
        let ty = if self.pointer_bits == 32 {
            IntType::Int
        } else if self.long_bits == 64 {
            IntType::Long
        } else {
            IntType::LongLong
        };
        if signed {
            ty
        } else {
            ty.to_unsigned()
        }
    }

    /// The type of `wchar_t`.
    pub fn wchar(self) -> IntType {
        if self.wchar_16 {
            IntType::UShort
        } else if self.char_signed {
            IntType::Int
        } else {
            IntType::UInt
        }
    }

    /// `value` converted to `ty` (C11 6.3.1.3): kept when `ty` holds it; otherwise reduced
    /// modulo 2ⁿ, as the standard does for unsigned types and every compiler (and C++20) does
    /// for signed ones; to `bool`, whether it is not 0.
    pub fn convert(self, value: i128, ty: IntType) -> Value {
        let (min, max) = self.range(ty);
        let converted = if ty == IntType::Bool {
            i128::from(value != 0)
        } else if (min..=max).contains(&value) {
            value
        } else {
            let modulus = 1i128 << self.bits(ty);
            let reduced = value.rem_euclid(modulus);
            if reduced > max {
                reduced - modulus
            } else {
                reduced
            }
        };
        Value {
            value: converted,
            ty,
        }
    }

    /// `value` after the integer promotions (C11 6.3.1.1), which the same on every model.
    #[allow(clippy::unused_self)] // a model's operation, as the others are
    pub fn promote(self, value: Value) -> Value {
        if value.ty.rank() < IntType::Int.rank() {
            // `int` holds every value of the 8- and 16-bit types.
            Value {
                value: value.value,
                ty: IntType::Int,
            }
        } else {
            value
        }
    }

    /// The common type of two promoted operands (the usual arithmetic conversions, C11 6.3.1.8).
    pub fn common(self, a: IntType, b: IntType) -> IntType {
        if a == b {
            return a;
        }
        let (a_signed, b_signed) = (self.is_signed(a), self.is_signed(b));
        if a_signed == b_signed {
            return if a.rank() >= b.rank() { a } else { b };
        }
        let (signed, unsigned) = if a_signed { (a, b) } else { (b, a) };
        if unsigned.rank() >= signed.rank() {
            unsigned
        } else if self.bits(signed) > self.bits(unsigned) {
            signed
        } else {
            signed.to_unsigned()
        }
    }
}

/// An integer constant: its value and its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Value {
    pub value: i128,
    pub ty: IntType,
}

impl Value {
    pub const fn int(value: i128) -> Value {
        Value {
            value,
            ty: IntType::Int,
        }
    }
}

/// What an operation cannot compute: the compilers disagree, or reject it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// A signed result outside its type (`INT_MAX + 1`).
    Overflow,
    /// Division or remainder by zero.
    DivisionByZero,
    /// A shift by a negative count or by the type's width or more.
    ShiftCount { count: i128, bits: u32 },
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Overflow => f.write_str("overflows its signed type, which C leaves undefined"),
            Fault::DivisionByZero => f.write_str("divides by zero"),
            Fault::ShiftCount { count, bits } => write!(
                f,
                "shifts by {count}, which is not less than the width of its type ({bits} bits)"
            ),
        }
    }
}

/// What an operation did that a user may want to know: a shift into or past the sign bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignShift {
    /// The value of the compilers' two's-complement result.
    pub value: i128,
    pub ty: IntType,
}

/// A binary operator of constant expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    Mul,
    Div,
    Rem,
    Add,
    Sub,
    Shl,
    Shr,
    Lt,
    Gt,
    Le,
    Ge,
    Eq,
    Ne,
    And,
    Xor,
    Or,
}

impl Model {
    /// `a op b`, with its note of a shift into the sign bit, if one.
    pub fn binary(
        self,
        op: Binary,
        a: Value,
        b: Value,
    ) -> Result<(Value, Option<SignShift>), Fault> {
        let (a, b) = (self.promote(a), self.promote(b));
        let ty = self.common(a.ty, b.ty);
        let x = self.convert(a.value, ty).value;
        let y = self.convert(b.value, ty).value;
        let compare = |holds: bool| Ok((Value::int(i128::from(holds)), None));
        let exact = match op {
            Binary::Mul => x * y,
            Binary::Add => x + y,
            Binary::Sub => x - y,
            Binary::Div | Binary::Rem => {
                if y == 0 {
                    return Err(Fault::DivisionByZero);
                }
                // C truncates toward zero, as Rust's `/` and `%` do.
                if op == Binary::Div {
                    x / y
                } else {
                    x % y
                }
            }
            Binary::Lt => return compare(x < y),
            Binary::Gt => return compare(x > y),
            Binary::Le => return compare(x <= y),
            Binary::Ge => return compare(x >= y),
            Binary::Eq => return compare(x == y),
            Binary::Ne => return compare(x != y),
            Binary::And => x & y,
            Binary::Xor => x ^ y,
            Binary::Or => x | y,
            Binary::Shl | Binary::Shr => return self.shift(op, a, b),
        };
        let (min, max) = self.range(ty);
        if self.is_signed(ty) && !(min..=max).contains(&exact) {
            return Err(Fault::Overflow);
        }
        Ok((self.convert(exact, ty), None))
    }

    fn shift(self, op: Binary, a: Value, b: Value) -> Result<(Value, Option<SignShift>), Fault> {
        let bits = self.bits(a.ty);
        let count = b.value;
        if count < 0 || count >= i128::from(bits) {
            return Err(Fault::ShiftCount { count, bits });
        }
        let count = u32::try_from(count).unwrap_or(0);
        if op == Binary::Shr {
            // An arithmetic shift for negative values, as every compiler does.
            return Ok((
                Value {
                    value: a.value >> count,
                    ty: a.ty,
                },
                None,
            ));
        }
        let exact = a.value << count;
        let result = self.convert(exact, a.ty);
        let (_, max) = self.range(a.ty);
        let note = (self.is_signed(a.ty) && (a.value < 0 || exact > max)).then_some(SignShift {
            value: result.value,
            ty: a.ty,
        });
        Ok((result, note))
    }

    /// `-a`.
    pub fn negate(self, a: Value) -> Result<Value, Fault> {
        let a = self.promote(a);
        if self.is_signed(a.ty) && a.value == self.range(a.ty).0 {
            return Err(Fault::Overflow);
        }
        Ok(self.convert(-a.value, a.ty))
    }

    /// `~a`.
    pub fn complement(self, a: Value) -> Value {
        let a = self.promote(a);
        self.convert(!a.value, a.ty)
    }
}

#[cfg(test)]
mod tests {
    use super::{Binary, Fault, IntType, Model, Value};

    fn lp64() -> Model {
        Model::of(&"x86_64-unknown-linux-gnu".parse().unwrap())
    }

    fn of(value: i128, ty: IntType) -> Value {
        Value { value, ty }
    }

    #[test]
    fn conversions_promotions_and_wrap() {
        let m = lp64();
        assert_eq!(m.convert(300, IntType::UChar).value, 44);
        assert_eq!(m.convert(0x8000_4005, IntType::Int).value, -2_147_467_259);
        assert_eq!(m.convert(-1, IntType::UInt).value, 4_294_967_295);
        assert_eq!(m.common(IntType::Int, IntType::UInt), IntType::UInt);
        assert_eq!(m.common(IntType::Long, IntType::UInt), IntType::Long);
        assert_eq!(
            m.common(IntType::LongLong, IntType::ULong),
            IntType::ULongLong
        );
        let sum = m
            .binary(
                Binary::Add,
                of(0xFFFF_FFFF, IntType::UInt),
                of(2, IntType::UInt),
            )
            .unwrap();
        assert_eq!(sum.0.value, 1);
        let (shifted, note) = m
            .binary(Binary::Shl, of(0x8f, IntType::Int), Value::int(24))
            .unwrap();
        assert_eq!(shifted.value, -1_895_825_408);
        assert!(note.is_some());
        let (min, _) = m
            .binary(Binary::Shl, of(1, IntType::LongLong), Value::int(63))
            .unwrap();
        assert_eq!(min.value, i128::from(i64::MIN));
        assert_eq!(
            m.binary(Binary::Shl, Value::int(1), Value::int(32)),
            Err(Fault::ShiftCount {
                count: 32,
                bits: 32
            })
        );
        assert_eq!(
            m.binary(Binary::Add, Value::int(i128::from(i32::MAX)), Value::int(1)),
            Err(Fault::Overflow)
        );
        assert_eq!(
            m.binary(Binary::Div, Value::int(1), Value::int(0)),
            Err(Fault::DivisionByZero)
        );
        let right = m
            .binary(
                Binary::Shr,
                of(4_294_967_295, IntType::UInt),
                Value::int(28),
            )
            .unwrap();
        assert_eq!(right.0.value, 15);
        assert_eq!(m.negate(of(1, IntType::UInt)).unwrap().value, 4_294_967_295);
        assert_eq!(m.complement(Value::int(0)).value, -1);
        let windows = Model::of(&"x86_64-pc-windows-msvc".parse().unwrap());
        assert_eq!(windows.bits(IntType::Long), 32);
        assert_eq!(windows.size_t(), IntType::ULongLong);
    }
}
