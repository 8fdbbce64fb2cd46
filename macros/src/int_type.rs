//! The integer types a family can be declared with.

use std::fmt;

/// An integer type that a family's values can have.
///
/// Every supported type converts losslessly to `i128`, which is how `CodeInfo` stores values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntType {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntType {
    pub const ALL: [IntType; 8] = [
        IntType::I8,
        IntType::I16,
        IntType::I32,
        IntType::I64,
        IntType::U8,
        IntType::U16,
        IntType::U32,
        IntType::U64,
    ];

    /// The type used when a family does not name one.
    pub const DEFAULT: IntType = IntType::I32;

    pub fn name(self) -> &'static str {
        match self {
            IntType::I8 => "i8",
            IntType::I16 => "i16",
            IntType::I32 => "i32",
            IntType::I64 => "i64",
            IntType::U8 => "u8",
            IntType::U16 => "u16",
            IntType::U32 => "u32",
            IntType::U64 => "u64",
        }
    }

    pub fn from_name(name: &str) -> Option<IntType> {
        IntType::ALL.into_iter().find(|ty| ty.name() == name)
    }

    /// The type written as `ty`, if it is a bare supported integer type such as `i32`.
    pub fn from_type(ty: &syn::Type) -> Option<IntType> {
        match ty {
            syn::Type::Path(path) if path.qself.is_none() => {
                let ident = path.path.get_ident()?;
                IntType::from_name(&ident.to_string())
            }
            syn::Type::Group(group) => IntType::from_type(&group.elem),
            syn::Type::Paren(paren) => IntType::from_type(&paren.elem),
            _ => None,
        }
    }

    pub fn min(self) -> i128 {
        match self {
            IntType::I8 => i8::MIN.into(),
            IntType::I16 => i16::MIN.into(),
            IntType::I32 => i32::MIN.into(),
            IntType::I64 => i64::MIN.into(),
            IntType::U8 | IntType::U16 | IntType::U32 | IntType::U64 => 0,
        }
    }

    pub fn max(self) -> i128 {
        match self {
            IntType::I8 => i8::MAX.into(),
            IntType::I16 => i16::MAX.into(),
            IntType::I32 => i32::MAX.into(),
            IntType::I64 => i64::MAX.into(),
            IntType::U8 => u8::MAX.into(),
            IntType::U16 => u16::MAX.into(),
            IntType::U32 => u32::MAX.into(),
            IntType::U64 => u64::MAX.into(),
        }
    }

    pub fn contains(self, value: i128) -> bool {
        (self.min()..=self.max()).contains(&value)
    }

    /// The list shown in error messages: "`i8`, `i16`, ... or `u32`".
    pub fn supported_list() -> String {
        let names: Vec<String> = IntType::ALL
            .iter()
            .map(|ty| format!("`{}`", ty.name()))
            .collect();
        match names.split_last() {
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

impl fmt::Display for IntType {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.name())
    }
}
