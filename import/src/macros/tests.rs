//! The expansion against what the C preprocessor makes of the same macros.

use super::{definition, expand_with, PpToken};
use crate::lex;
use crate::preprocess::Macros;

fn expanded(defines: &[&str], source: &str) -> String {
    let mut macros = Macros::default();
    for text in defines {
        macros.define(definition(text).expect("a definition"));
    }
    let (tokens, _) = lex::tokens(source);
    let tokens = tokens.iter().map(PpToken::of).collect();
    match expand_with(tokens, &|name| macros.get(name)) {
        Ok(tokens) => tokens
            .iter()
            .map(|t| t.text.as_ref())
            .collect::<Vec<_>>()
            .join(" "),
        Err(message) => format!("error: {message}"),
    }
}

#[test]
fn object_and_function_like() {
    assert_eq!(expanded(&["A 1 + B", "B 2"], "A"), "1 + 2");
    assert_eq!(
        expanded(&["F(x, y) ((x) << (y))"], "F(1, 2)"),
        "( ( 1 ) << ( 2 ) )"
    );
    assert_eq!(expanded(&["F(x) x"], "F"), "F");
    assert_eq!(expanded(&["F() 7"], "F()"), "7");
}

#[test]
fn paste_stringify_and_variadics() {
    assert_eq!(expanded(&["P(a) K_ ## a = 1"], "P(X)"), "K_X = 1");
    assert_eq!(expanded(&["S(a) #a"], "S(x + \"y\")"), r#""x + \"y\"""#);
    assert_eq!(
        expanded(&["V(f, ...) f(__VA_ARGS__)"], "V(g, 1, 2)"),
        "g ( 1 , 2 )"
    );
    assert_eq!(
        expanded(&["V(f, ...) f(0, ## __VA_ARGS__)"], "V(g)"),
        "g ( 0 )"
    );
    assert_eq!(
        expanded(&["V(f, rest...) f(rest)"], "V(g, 1, 2)"),
        "g ( 1 , 2 )"
    );
}

#[test]
fn x_macros_and_dropped_strings() {
    let defines = [
        "LIST(X) X(A, 1, \"first\") X(B, 2, \"second\")",
        "X(name, value, text) E_ ## name = value,",
    ];
    assert_eq!(
        expanded(&defines, "LIST(X)"),
        "E_A = 1 , /**< first */ E_B = 2 , /**< second */"
    );
}

#[test]
fn recursion_is_painted_blue_and_blowups_are_bounded() {
    assert_eq!(expanded(&["A A + 1"], "A"), "A + 1");
    assert_eq!(expanded(&["A B", "B A"], "A"), "A");
    assert_eq!(expanded(&["F(x) F(x) + 1"], "F(2)"), "F ( 2 ) + 1");
    let doubling: Vec<String> = (0..40)
        .map(|n| format!("M{n} M{} M{}", n + 1, n + 1))
        .collect();
    let defines: Vec<&str> = doubling.iter().map(String::as_str).collect();
    assert!(expanded(&defines, "M0").starts_with("error: expanding"));
}
