//! The declarations of the headers that constant expressions use besides enumerators: the
//! types that `typedef` and `using` name (so that a cast or an enum's underlying type written
//! with them is resolved, and a cast to a pointer or function type is known to be none), and,
//! in C++, the integer constants that `constexpr` and `const` variables are.

use std::collections::HashMap;

use super::ctypes::Model;
use super::eval::{standard_type, TypeName};
use super::lex::{Kind, Token};

/// A `constexpr` or `const` integer variable of a C++ header, to be evaluated with the
/// enumerators.
#[derive(Clone, Debug)]
pub struct Constant<'a> {
    pub name: &'a str,
    pub ty: TypeName,
    pub expression: Vec<Token<'a>>,
}

/// The types and constants of a set of headers.
#[derive(Debug, Default)]
pub struct Declarations<'a> {
    pub types: HashMap<&'a str, TypeName>,
    pub constants: Vec<Constant<'a>>,
}

impl<'a> Declarations<'a> {
    /// Adds the declarations of a header's (preprocessed) tokens.
    pub fn add(&mut self, tokens: &[Token<'a>], cpp: bool, model: Model) {
        let tokens: Vec<Token<'a>> = tokens
            .iter()
            .filter(|t| !t.is_comment() && t.kind != Kind::Directive)
            .copied()
            .collect();
        let mut at = 0;
        while at < tokens.len() {
            let token = tokens[at];
            let next = match token.text {
                "typedef" if token.kind == Kind::Ident => self.typedef(&tokens, at + 1, model),
                "using" if cpp && token.kind == Kind::Ident => self.using(&tokens, at + 1, model),
                "constexpr" | "const" if cpp && token.kind == Kind::Ident => {
                    self.constant(&tokens, at, model)
                }
                _ => None,
            };
            at = next.unwrap_or(at + 1);
        }
    }

    /// The type `words` name (standard words, or one name of the headers).
    fn resolve(&self, words: &[&str], model: Model) -> Option<TypeName> {
        if let [one] = words {
            if let Some(found) = self.types.get(one) {
                return Some(*found);
            }
        }
        let without_std: Vec<&str> = words
            .iter()
            .copied()
            .filter(|word| !matches!(*word, "std" | "::"))
            .collect();
        if let [one] = without_std.as_slice() {
            if let Some(found) = self.types.get(one) {
                return Some(*found);
            }
        }
        standard_type(words, model)
    }

    /// `typedef TYPE NAME[, *NAME...];` from the token after `typedef`; the index after it.
    fn typedef(&mut self, tokens: &[Token<'a>], start: usize, model: Model) -> Option<usize> {
        let end = statement_end(tokens, start)?;
        let body = &tokens[start..end];
        // `typedef struct {...} X;`, `typedef enum {...} X;`: the enum importer reads the
        // latter; neither is an integer type to cast to here but an enum, whose values are int.
        let braces = body.iter().position(|t| t.is("{"));
        let (specifiers, declarators) = match braces {
            Some(open) => {
                let close = matching(body, open)?;
                (&body[..=close], &body[close + 1..])
            }
            None => split_type(body),
        };
        let words: Vec<&str> = specifiers
            .iter()
            .filter(|t| t.kind == Kind::Ident || t.is("::"))
            .map(|t| t.text)
            .collect();
        let aggregate = specifiers
            .iter()
            .any(|t| t.is("struct") || t.is("union") || t.is("class"));
        let is_enum = specifiers.iter().any(|t| t.is("enum"));
        let base = if aggregate || braces.is_some() && !is_enum {
            Some(TypeName::NotInteger { size: None })
        } else if is_enum {
            Some(TypeName::Integer(super::ctypes::IntType::Int))
        } else {
            self.resolve(&words, model)
        };
        for declarator in declarators.split(|t| t.is(",")) {
            let pointer = declarator
                .iter()
                .any(|t| t.is("*") || t.is("&") || t.is("("));
            // `(*name)(params)`: the name is the first one, inside the parentheses.
            let name = if declarator.first().is_some_and(|t| t.is("(")) {
                declarator.iter().find(|t| t.kind == Kind::Ident)
            } else {
                declarator.iter().rev().find(|t| t.kind == Kind::Ident)
            };
            let Some(name) = name else {
                continue;
            };
            let ty = if pointer {
                Some(TypeName::NotInteger {
                    size: Some(model.bits(model.size_t()) / 8),
                })
            } else {
                base
            };
            if let Some(ty) = ty {
                self.types.insert(name.text, ty);
            } else {
                // A type of headers not given: known to be a type, of no known integer type.
                self.types
                    .insert(name.text, TypeName::NotInteger { size: None });
            }
        }
        Some(end + 1)
    }

    /// `using NAME = TYPE;` from the token after `using`.
    fn using(&mut self, tokens: &[Token<'a>], start: usize, model: Model) -> Option<usize> {
        let name = tokens.get(start).filter(|t| t.kind == Kind::Ident)?;
        if !tokens.get(start + 1).is_some_and(|t| t.is("=")) {
            return None;
        }
        let end = statement_end(tokens, start + 2)?;
        let body = &tokens[start + 2..end];
        let pointer = body.iter().any(|t| t.is("*") || t.is("&") || t.is("("));
        let words: Vec<&str> = body
            .iter()
            .filter(|t| t.kind == Kind::Ident || t.is("::"))
            .map(|t| t.text)
            .collect();
        let ty = if pointer {
            TypeName::NotInteger { size: None }
        } else {
            self.resolve(&words, model)
                .unwrap_or(TypeName::NotInteger { size: None })
        };
        self.types.insert(name.text, ty);
        Some(end + 1)
    }

    /// `[static] constexpr TYPE NAME = EXPR;` or `const TYPE NAME = EXPR;` at `at` (the
    /// keyword); `None` when it is not one.
    fn constant(&mut self, tokens: &[Token<'a>], at: usize, model: Model) -> Option<usize> {
        let end = statement_end(tokens, at)?;
        let body = &tokens[at + 1..end];
        let equals = body.iter().position(|t| t.is("="))?;
        let head = &body[..equals];
        if head
            .iter()
            .any(|t| t.is("(") || t.is("*") || t.is("&") || t.is("["))
        {
            return None;
        }
        let name = head.last().filter(|t| t.kind == Kind::Ident)?;
        let words: Vec<&str> = head[..head.len() - 1]
            .iter()
            .filter(|t| t.kind == Kind::Ident || t.is("::"))
            .map(|t| t.text)
            .filter(|word| {
                !matches!(
                    *word,
                    "static" | "inline" | "constexpr" | "const" | "extern"
                )
            })
            .collect();
        let ty = self.resolve(&words, model)?;
        if !matches!(ty, TypeName::Integer(_)) {
            return None;
        }
        self.constants.push(Constant {
            name: name.text,
            ty,
            expression: body[equals + 1..].to_vec(),
        });
        Some(end + 1)
    }
}

/// The index of the `;` that ends the statement starting at `start`, outside parentheses and
/// braces; `None` if a `{` of a body comes first at depth 0 after a `=`-less head.
fn statement_end(tokens: &[Token<'_>], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (offset, token) in tokens.get(start..)?.iter().enumerate() {
        match token.text {
            "(" | "[" | "{" if token.kind == Kind::Punct => depth += 1,
            ")" | "]" | "}" if token.kind == Kind::Punct => depth = depth.checked_sub(1)?,
            ";" if depth == 0 => return Some(start + offset),
            _ => {}
        }
    }
    None
}

/// The index of the brace closing the one at `open`.
fn matching(tokens: &[Token<'_>], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (index, token) in tokens.iter().enumerate().skip(open) {
        if token.is("{") {
            depth += 1;
        } else if token.is("}") {
            depth -= 1;
            if depth == 0 {
                return Some(index);
            }
        }
    }
    None
}

/// A typedef's words split into its type and its declarators: the type is everything but the
/// last name before each `,` (`unsigned int demo_u32`, `int A, *B`).
fn split_type<'t, 'a>(body: &'t [Token<'a>]) -> (&'t [Token<'a>], &'t [Token<'a>]) {
    let first_declarator_end = body.iter().position(|t| t.is(",")).unwrap_or(body.len());
    let head = &body[..first_declarator_end];
    // A function pointer: `void (*Callback)(int)`; the type is what precedes the `(`.
    if let Some(paren) = head.iter().position(|t| t.is("(")) {
        return (&body[..paren], &body[paren..]);
    }
    let last_name = head
        .iter()
        .rposition(|t| t.kind == Kind::Ident)
        .unwrap_or(head.len());
    let mut split = last_name;
    while split > 0 && body[split - 1].is("*") {
        split -= 1;
    }
    (&body[..split], &body[split..])
}

#[cfg(test)]
mod tests {
    use super::Declarations;
    use crate::ctypes::{IntType, Model};
    use crate::eval::TypeName;
    use crate::lex::tokens;

    #[test]
    fn typedefs_usings_and_constants() {
        let source = "typedef unsigned char demo_byte;\n\
                      typedef int demo_s32, *demo_ptr;\n\
                      typedef void (*demo_callback)(int);\n\
                      typedef struct { int x; } demo_point;\n\
                      typedef demo_byte demo_octet;\n\
                      using demo_count = std::uint16_t;\n\
                      static constexpr int kDemoMax = 1 << 4;\n\
                      const unsigned kDemoMask = 0xff;\n\
                      void f(const int x = 3);\n";
        let (tokens, _) = tokens(source);
        let mut declarations = Declarations::default();
        let model = Model::of(&"x86_64-unknown-linux-gnu".parse().unwrap());
        declarations.add(&tokens, true, model);
        let ty = |name: &str| declarations.types.get(name).copied();
        assert_eq!(ty("demo_byte"), Some(TypeName::Integer(IntType::UChar)));
        assert_eq!(ty("demo_octet"), Some(TypeName::Integer(IntType::UChar)));
        assert_eq!(ty("demo_s32"), Some(TypeName::Integer(IntType::Int)));
        assert!(matches!(ty("demo_ptr"), Some(TypeName::NotInteger { .. })));
        assert!(matches!(
            ty("demo_callback"),
            Some(TypeName::NotInteger { .. })
        ));
        assert!(matches!(
            ty("demo_point"),
            Some(TypeName::NotInteger { .. })
        ));
        assert_eq!(ty("demo_count"), Some(TypeName::Integer(IntType::UShort)));
        let names: Vec<&str> = declarations.constants.iter().map(|c| c.name).collect();
        assert_eq!(names, ["kDemoMax", "kDemoMask"]);
    }
}
