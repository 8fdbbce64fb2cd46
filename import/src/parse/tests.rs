//! Enum declarations found and read, and what is not a definition skipped.

use super::{header, Parsed};
use crate::lex::{self, Token};

fn enums<'a>(tokens: &[Token<'a>]) -> Parsed<'a> {
    header("test.h", tokens, None, false)
}

fn tokens(source: &str) -> (Vec<Token<'_>>, Option<u32>) {
    lex::tokens(source)
}

/// Each enum found: its name, underlying type and enumerators' names and value texts.
fn found(source: &str) -> (Vec<String>, Vec<(u32, String)>) {
    let (tokens, _) = tokens(source);
    let parsed = enums(&tokens);
    let described = parsed
        .enums
        .iter()
        .map(|item| {
            let enumerators: Vec<String> = item
                .enumerators
                .iter()
                .map(|e| match &e.expression {
                    Some(value) => {
                        let text: Vec<&str> = value.iter().map(|t| t.text).collect();
                        format!("{}={}", e.name, text.join(" "))
                    }
                    None => e.name.to_owned(),
                })
                .collect();
            format!(
                "{}:{} [{}]",
                item.name.unwrap_or("?"),
                item.underlying.as_deref().unwrap_or("-"),
                enumerators.join(", ")
            )
        })
        .collect();
    let unreadable = parsed
        .unreadable
        .into_iter()
        .map(|unreadable| (unreadable.line, unreadable.message))
        .collect();
    (described, unreadable)
}

#[test]
fn declaration_forms() {
    let source = "
        enum Plain { A, B = 2 };
        enum class RTC_EXPORT Scoped : std::uint8_t { C = 1 << 2, };
        typedef enum Tag { D } Named;
        typedef enum { E } __attribute__((packed)) Anonymous;
        typedef NS_ENUM(NSInteger, Objc) { F = -1 } NS_SWIFT_NAME(G);
        typedef NS_ERROR_ENUM(MyDomain, Errors) { H = 1 };
        NS_ERROR_ENUM(DemoErrorDomain) { K = 2 };
        enum [[nodiscard]] Attributed { I };
        enum { J };
    ";
    let (described, unreadable) = found(source);
    assert_eq!(
        described,
        [
            "Plain:- [A, B=2]",
            "Scoped:std::uint8_t [C=1 << 2]",
            "Named:- [D]",
            "Anonymous:- [E]",
            "Objc:NSInteger [F=- 1]",
            "Errors:NSInteger [H=1]",
            "DemoError:NSInteger [K=2]",
            "Attributed:- [I]",
            "?:- [J]",
        ]
    );
    assert!(unreadable.is_empty());
}

#[test]
fn what_is_not_a_definition_is_skipped() {
    let source = "
        enum Forward;
        enum class Opaque : int;
        void f(enum Plain value);
        enum Plain variable;
        typedef NS_ENUM(NSInteger, Later);
        #define MAKE_ENUM enum Hidden { X }
    ";
    let (described, unreadable) = found(source);
    assert!(described.is_empty(), "{described:?}");
    assert!(unreadable.is_empty());
}

#[test]
fn enumerators_with_attributes_and_unreadable_ones() {
    let source = "enum E {\n  A [[deprecated]] = 1,\n  B API_DEPRECATED(\"x\", ios(1, 2)),\n  3 = 4,\n  C D E,\n  F = (1, 2),\n};";
    let (tokens, _) = tokens(source);
    let parsed = enums(&tokens);
    let item = &parsed.enums[0];
    let names: Vec<(&str, bool, bool)> = item
        .enumerators
        .iter()
        .map(|e| (e.name, e.deprecated, e.after_unreadable))
        .collect();
    assert_eq!(
        names,
        [
            ("A", true, false),
            ("B", true, false),
            ("C", false, true),
            ("F", false, false)
        ]
    );
    assert_eq!(parsed.unreadable.len(), 1);
    assert_eq!(parsed.unreadable[0].line, 4);
}

#[test]
fn comments_go_to_the_enumerator_they_document() {
    let source =
        "enum E {\n  /** a */ A, ///< a2\n  B, // b\n  // c\n  C, /// c2\n  D /**< d */\n};";
    let (tokens, _) = tokens(source);
    let parsed = enums(&tokens);
    let docs: Vec<(Vec<&str>, Vec<&str>)> = parsed.enums[0]
        .enumerators
        .iter()
        .map(|e| {
            (
                e.docs.iter().map(|t| t.text).collect(),
                e.plain.iter().map(|t| t.text).collect(),
            )
        })
        .collect();
    assert_eq!(
        docs,
        [
            (vec!["/** a */", "///< a2"], vec![]),
            (vec![], vec!["// b"]),
            // `// c` is on a line of its own: a heading, not C's description.
            (vec!["/// c2"], vec![]),
            (vec!["/**< d */"], vec![]),
        ]
    );
}

#[test]
fn an_unclosed_enum_is_reported() {
    let (described, unreadable) = found("enum Open { A = 1,\n B");
    assert!(described.is_empty());
    assert_eq!(
        unreadable,
        [(
            1,
            "`enum` `Open` has no closing `}` before the end of the header: it is not imported"
                .to_owned()
        )]
    );
}

/// An unclosed enum loses only itself: the declarations after it are read.
#[test]
fn an_unclosed_enum_loses_only_itself() {
    let (described, unreadable) =
        found("enum Open { A = 1,\n B\n\nenum After { C = 3 };\ntypedef enum { D } Last;");
    assert_eq!(described, ["After:- [C=3]", "Last:- [D]"]);
    assert_eq!(
        unreadable,
        [(
            1,
            "`enum` `Open` has no closing `}` before `enum` at line 4: it is not imported"
                .to_owned()
        )]
    );
    let (described, _) = found("enum Open { A = 1;\nenum After { C };");
    assert_eq!(described, ["After:- [C]"]);
}
