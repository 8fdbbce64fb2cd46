//! The language of a header: C, C++ or Objective-C.

use super::split_directive;
use crate::lex::{Kind, Token};
use crate::target::Language;

/// The language of a header: by its extension, then by what it uses.
pub fn language_of(name: &str, tokens: &[Token<'_>]) -> Language {
    let extension = std::path::Path::new(name)
        .extension()
        .and_then(|extension| extension.to_str())
        .unwrap_or_default();
    match extension {
        "hpp" | "hh" | "hxx" | "h++" | "H" | "ipp" | "cpp" | "cc" | "cxx" => return Language::Cpp,
        "mm" => return Language::ObjCpp,
        "m" => return Language::ObjC,
        _ => {}
    }
    let mut objc = false;
    let mut cpp = false;
    // Text inside `#ifdef __cplusplus` is C++ in a header meant for C too: not counted.
    let mut guarded = 0usize;
    for (index, token) in tokens.iter().enumerate() {
        if token.kind == Kind::Directive {
            let (keyword, rest) = split_directive(token.text);
            match keyword {
                "import" => objc = true,
                "if" | "ifdef" | "ifndef" if guarded > 0 => guarded += 1,
                "if" | "ifdef" if rest.contains("__cplusplus") => guarded = 1,
                "endif" if guarded > 0 => guarded -= 1,
                _ => {}
            }
            continue;
        }
        if guarded > 0 {
            continue;
        }
        match (token.kind, token.text) {
            (Kind::Punct, "@")
                if tokens.get(index + 1).is_some_and(|next| {
                    matches!(
                        next.text,
                        "interface" | "protocol" | "implementation" | "class" | "property" | "end"
                    )
                }) =>
            {
                objc = true;
            }
            (Kind::Ident, "NS_ENUM" | "NS_OPTIONS" | "NS_ERROR_ENUM" | "NS_CLOSED_ENUM") => {
                objc = true;
            }
            (Kind::Ident, "namespace" | "template" | "constexpr" | "nullptr" | "static_cast") => {
                cpp = true;
            }
            (Kind::Ident, "class") => {
                // `enum class`, or a class declaration; never `@class` (Objective-C).
                let after_at = index
                    .checked_sub(1)
                    .and_then(|i| tokens.get(i))
                    .is_some_and(|t| t.is("@"));
                if !after_at {
                    cpp = true;
                }
            }
            (Kind::Punct, "::") => cpp = true,
            _ => {}
        }
    }
    match (objc, cpp) {
        (true, true) => Language::ObjCpp,
        (true, false) => Language::ObjC,
        (false, true) => Language::Cpp,
        (false, false) => Language::C,
    }
}

#[cfg(test)]
mod tests {
    use super::language_of;
    use crate::lex;
    use crate::target::Language;

    #[test]
    fn languages_by_extension_and_content() {
        let tokens = |source| lex::tokens(source).0;
        assert_eq!(language_of("a.hpp", &tokens("enum E {};")), Language::Cpp);
        assert_eq!(
            language_of("a.h", &tokens("namespace n { enum E {}; }")),
            Language::Cpp
        );
        assert_eq!(
            language_of(
                "a.h",
                &tokens("#ifdef __cplusplus\nnamespace n {\n#endif\nenum E {};")
            ),
            Language::C
        );
        assert_eq!(
            language_of("a.h", &tokens("@interface X\n@end")),
            Language::ObjC
        );
        assert_eq!(language_of("a.h", &tokens("enum E { A };")), Language::C);
    }
}
