//! Casts and `sizeof`: the types an expression names.

use super::parser::Parser;
use super::types::{is_type_keyword, split_scope, standard_type};
use super::{EvalError, TypeName};
use crate::ctypes::{IntType, Value};
use crate::lex::Kind;

impl Parser<'_, '_, '_> {
    /// The type of a cast `(type)` at the cursor, which it moves past; `None` (the cursor
    /// where it was) when no cast is there.
    pub(super) fn cast(&mut self) -> Result<Option<IntType>, EvalError> {
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
    pub(super) fn type_named(&self, words: &[&str]) -> Option<TypeName> {
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
    pub(super) fn size_of(&mut self) -> Result<Value, EvalError> {
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
    pub(super) fn named_cast(&mut self, cast: &str) -> Result<Value, EvalError> {
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
}
