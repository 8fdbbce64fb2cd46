//! The preprocessor's conditionals and `#undef`, in line order.

use super::{File, Macros, Unit};
use crate::lex::{self, Kind};
use crate::target::Language;

/// The identifiers the preprocessor keeps of `source`, read as one C header.
fn kept(source: &str, predefined: &[&str]) -> Vec<String> {
    let (tokens, unclosed_at) = lex::tokens(source);
    let files = [File {
        name: "t.h",
        tokens,
        unclosed_at,
        language: Language::C,
        includes: std::collections::HashMap::new(),
    }];
    let mut macros = Macros::default();
    for definition in predefined {
        macros.define(crate::macros::definition(definition).expect("a definition"));
    }
    let unit = Unit::new(&files, 1, macros).run();
    let output = unit.outputs[0].as_ref().expect("the output");
    output
        .tokens
        .iter()
        .filter(|t| t.kind == Kind::Ident)
        .map(|t| t.text.to_string())
        .collect()
}

#[test]
fn conditionals_keep_one_branch_in_line_order() {
    let source = "A\n#if 0\nB\n#ifdef X\nC\n#endif\nD\n#else\nE\n#endif\n#if 0 // off\nF\n#endif\n\
                  #ifdef X\nG\n#else\nH\n#endif\n#if Y > 1\nI\n#elif Y\nJ\n#else\nK\n#endif\n";
    assert_eq!(kept(source, &[]), ["A", "E", "H", "K"]);
    assert_eq!(kept(source, &["X 1", "Y 1"]), ["A", "E", "G", "J"]);
    assert_eq!(kept(source, &["Y 2"]), ["A", "E", "H", "I"]);
    // `#undef` and redefinition take effect where they stand.
    let redefined = "#define M one\nM\n#undef M\nM\n#define M two\nM\n";
    assert_eq!(kept(redefined, &[]), ["one", "M", "two"]);
}

/// The lexer's old test of `#if 0`, now that every condition is evaluated: `#else` of an
/// `#if 0` is read, and of `#if X` (undefined, so 0) only the `#else`.
#[test]
fn if_0_blocks_are_left_out() {
    let source = "A\n#if 0\nB\n#ifdef X\nC\n#endif\nD\n#else\nE\n#endif\n#if 0 // off\nF\n#endif\n#if X\nG\n#else\nH\n#endif\n";
    assert_eq!(kept(source, &[]), ["A", "E", "H"]);
    assert_eq!(kept(source, &["X 1"]), ["A", "E", "G"]);
}
