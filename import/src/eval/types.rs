//! The types a cast or `sizeof` names: the standard ones, and those of the standard library
//! and the platforms.

use super::TypeName;
use crate::ctypes::{IntType, Model};

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
pub(super) fn split_scope(word: &str) -> Vec<&str> {
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
pub(super) fn is_type_keyword(word: &str) -> bool {
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
