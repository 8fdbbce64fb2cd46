//! The importer on the headers of `tests/headers/`, written for these tests: the exact
//! declarations and problems for each (`tests/headers/expected/`; after a deliberate change,
//! `RTC_CODES_BLESS=1 cargo test -p rtc-codes-import` rewrites them, and the diff is reviewed),
//! its options and its diagnostics. The workspace's `tests/tests/imported.rs` compiles the same
//! output and checks it through the generated API.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use rtc_codes_import::{Kind, Options};

use crate::common::{self, import, import_bytes, messages};

fn headers() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/headers");
    let mut headers: Vec<(String, String)> = fs::read_dir(&dir)
        .expect("the test headers")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "h"))
        .map(|path| {
            let name = path
                .file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned();
            (name, fs::read_to_string(&path).expect("a header"))
        })
        .collect();
    headers.sort();
    headers
}

/// What the importer makes of a header: the source, then `// problem: ...` lines.
fn imported(name: &str, text: &str) -> String {
    let imported = import(&[(name, text)], &Options::default());
    let mut out = imported.to_source();
    for problem in imported.problems() {
        let _ = writeln!(out, "// problem: {problem}");
    }
    out
}

#[test]
fn every_header_imports_as_expected() {
    let expected_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/headers/expected");
    let mismatches: Vec<String> = headers()
        .into_iter()
        .filter_map(|(name, text)| {
            let found = imported(&name, &text);
            let path = expected_dir.join(name.replace(".h", ".rs"));
            common::expect_or_bless(&name, &path, &found)
        })
        .collect();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn problems_name_file_and_line() {
    let text = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/headers/unreadable.h"),
    )
    .expect("the header");
    let imported = import(&[("unreadable.h", &text)], &Options::default());
    let lines: Vec<u32> = imported
        .problems()
        .map(|problem| problem.line.expect("a line"))
        .collect();
    assert_eq!(lines, [6, 8, 9, 19, 22]);
    assert!(messages(&imported)[0].starts_with("unreadable.h:6: enumerator `kMixedMacro`"));
    // The anonymous enum whose enumerators share no prefix is said, as a note.
    assert!(imported
        .notes()
        .any(|note| note.line == Some(13) && note.message.contains("anonymous enum")));
}

#[test]
fn options_pick_enums_close_families_and_set_the_language() {
    let header = "/** @locale en Errors. @locale zh 错误。 */\n\
                  enum A { kAOne = 1 /**< @locale en One. @locale zh 一。 */, kATwo };\n\
                  enum B { kBOne };\n";
    let options = Options {
        enums: vec!["A".to_owned(), "Missing".to_owned()],
        closed: true,
        default_language: "en".parse().expect("a tag"),
        ..Options::default()
    };
    let imported = import(&[("x.h", header)], &options);
    assert_eq!(imported.families.len(), 1);
    let source = imported.to_source();
    assert!(source.contains("pub enum A: i32 {"), "{source}");
    assert!(!source.contains("other ="), "closed: {source}");
    assert!(
        source.contains(r#"One = 1 => "One." zh "一。","#),
        "{source}"
    );
    assert!(
        source.contains("/// Errors.\n    ///\n    /// 错误。"),
        "{source}"
    );
    assert_eq!(
        messages(&imported),
        ["no enum named `Missing` in the headers"]
    );
    let problem = imported.problems().next().expect("a problem");
    assert_eq!(
        (problem.kind, problem.name.as_deref()),
        (Kind::Selection, Some("Missing"))
    );
    // An option's value is checked when it is made, before any header is read.
    let error = "English!"
        .parse::<rtc_codes_import::LanguageTag>()
        .unwrap_err();
    assert!(
        error.to_string().contains("is not a language tag"),
        "{error}"
    );
}

/// Headers in other encodings, written by the test: GB18030 and UTF-16 (with its byte-order
/// mark) are decoded, detected or named; bytes that the named encoding cannot read are a problem
/// at their line.
#[test]
fn headers_in_other_encodings_are_decoded() {
    let header = "/** 登录错误码 */\nenum E {\n  kEOk = 0,    /**< 成功 */\n  kEFailed = 1, /**< 错误级别 */\n};\n";
    let gb18030 = encoding_rs::GB18030.encode(header).0.into_owned();
    let mut utf16 = vec![0xff, 0xfe];
    for unit in header.encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    for (bytes, encoding) in [
        (&gb18030, None),
        (&gb18030, Some("gb18030")),
        (&utf16, None),
    ] {
        let options = Options {
            encoding: encoding.map(|label| label.parse().expect("an encoding")),
            ..Options::default()
        };
        let imported = import_bytes(&[("e.h", bytes)], &options);
        assert!(messages(&imported).is_empty(), "{:?}", imported.diagnostics);
        let family = &imported.families[0];
        assert_eq!(family.docs, "登录错误码");
        assert_eq!(family.codes[1].description, "错误级别");
    }
    // Detected, so said: a note, not a problem.
    let detected = import_bytes(&[("e.h", &gb18030)], &Options::default());
    let note = detected.notes().next().expect("a note");
    assert!(note.message.contains("GBK"), "{note}");
    assert_eq!(note.kind, Kind::Encoding);

    let latin1 = b"enum E {\n  kEOne = 1, /**< caf\xe9 */\n  kETwo = 2,\n};\n";
    let imported = import_bytes(&[("latin1.h", latin1)], &Options::default());
    assert!(messages(&imported).is_empty(), "{:?}", imported.diagnostics);
    assert_eq!(imported.families[0].codes[0].description, "café");

    let named = Options {
        encoding: Some("utf-8".parse().expect("an encoding")),
        ..Options::default()
    };
    let imported = import_bytes(&[("latin1.h", latin1)], &named);
    assert_eq!(
        messages(&imported),
        ["latin1.h:2: not valid UTF-8: the bytes that are not were read as U+FFFD (name the headers' encoding)"]
    );
}

#[test]
fn every_other_problem_is_reported_where_it_is() {
    let first = "typedef NS_OPTIONS(CGFloat, Opts) { kOptsA = 1, kOptsB = 2 };\n\
                 enum Twice { kTwiceA = 1,\n kTwiceA = 2 };\n";
    let second = "enum Twice { kTwiceB = 1 };\n/* never closed\nenum Lost { kLostA };\n";
    let imported = import(
        &[("first.h", first), ("second.h", second)],
        &Options::default(),
    );
    assert_eq!(
        messages(&imported),
        [
            "first.h:1: the type `CGFloat` of enum `Opts` has no rtc_codes integer type (i8, i16, i32, i64, u8, u16, u32, u64): `i32` holds its values",
            "first.h:3: enumerator `kTwiceA` is declared again (first at line 2): the second is not imported",
            "second.h:1: enum `Twice` is not imported: a family named `Twice` was already declared at first.h:2",
            "second.h:2: a comment or literal is not closed: the rest of the header is not read",
        ]
    );
    let names: Vec<&str> = imported
        .families
        .iter()
        .map(|family| family.name.as_str())
        .collect();
    assert_eq!(names, ["Opts", "Twice"]);
    assert_eq!(imported.families[0].repr, "i32");
}

/// Definitions and encodings that are none are errors when the options are made; names a
/// value cannot be computed from are problems that say what to do, with a hint a tool can
/// word as its own option.
#[test]
fn definitions_and_encodings_that_cannot_be_used() {
    for bad in ["=5", "1X=2", "F(a=1", ""] {
        assert!(
            bad.parse::<rtc_codes_import::Definition>().is_err(),
            "{bad}"
        );
    }
    assert!("klingon".parse::<rtc_codes_import::Encoding>().is_err());
    let header = "#define SHIFT_OF(x) (x)\n#define NAME \"text\"\n\
                  enum D { kDA = MISSING(2), kDB = NAME, kDC = GIVEN, kDD = UNKNOWN, kDE = SHIFT_OF, kDF = FLAG };\n";
    let options = Options {
        defines: vec![
            "GIVEN=1 << 4".parse().expect("a definition"),
            "FLAG".parse().expect("a definition"),
        ],
        ..Options::default()
    };
    let imported = import_bytes(&[("d.h", header.as_bytes())], &options);
    assert_eq!(
        messages(&imported),
        [
            "d.h:3: enumerator `kDA` is not imported: `MISSING` is a macro that the headers given do not define: pass the header that defines it, or define it (`MISSING(PARAMS)=VALUE`)",
            "d.h:3: enumerator `kDB` is not imported: `NAME` is a `#define` whose value is not an integer constant expression: define it as a number (`NAME=VALUE`)",
            "d.h:3: enumerator `kDD` is not imported: `UNKNOWN` is not an enumerator or `#define` of the headers given: pass the header that declares it, or define its value (`UNKNOWN=VALUE`)",
            "d.h:3: enumerator `kDE` is not imported: `SHIFT_OF` is a function-like macro, named here without its arguments",
        ]
    );
    let hints: Vec<Option<rtc_codes_import::Hint>> = imported
        .problems()
        .map(|problem| problem.hint.clone())
        .collect();
    assert_eq!(
        hints[0],
        Some(rtc_codes_import::Hint::Define {
            name: "MISSING".to_owned(),
            function_like: true
        })
    );
    let codes: Vec<(&str, i128)> = imported.families[0]
        .codes
        .iter()
        .map(|code| (code.sdk_name.as_str(), code.value))
        .collect();
    assert_eq!(codes, [("kDC", 16), ("kDF", 1)]);
}

/// Under `--enum`, the note counts every problem of the enums left out: as many as the import of
/// every enum reports, whatever their kind (values, unreadable enumerators, anonymous and empty
/// enums, a name declared twice, a type with no integer type).
#[test]
fn the_note_counts_every_problem_left_unreported() {
    let header = "enum Small { kSmallA = 1 };\n\
                  enum { kAnonymous = 1 };\n\
                  enum Empty { };\n\
                  enum Values { kValuesA = UNKNOWN, kValuesB, 3 = 4, kValuesC };\n\
                  enum Twice { kTwiceA = 1 };\n\
                  enum Twice { kTwiceB = 2 };\n\
                  enum Typed : float { kTypedA = 1 };\n";
    let all = import(&[("n.h", header)], &Options::default());
    let selected = import(
        &[("n.h", header)],
        &Options {
            enums: vec!["Small".to_owned()],
            ..Options::default()
        },
    );
    assert!(messages(&selected).is_empty(), "{:?}", selected.diagnostics);
    assert_eq!(selected.families.len(), 1);
    let count = all.problems().count();
    assert!(count >= 7, "{:?}", all.diagnostics);
    assert_eq!(
        selected.notes().next().expect("a note").message,
        format!("{count} problems of enums not selected are not reported")
    );
}

/// A macro list defined in one header and used in another's enum imports in either order; a
/// macro no header given defines is a problem naming it and `--define`.
#[test]
fn macros_across_headers_and_undefined_ones() {
    let list = "#define LIST(X) X(A, 1, \"first\") X(B, 2, \"second\")\n\
                #define MAKE(n, v, t) K_##n = v,\n";
    let uses = "enum K { LIST(MAKE) K_END = 9 };\n";
    for order in [[list, uses], [uses, list]] {
        let imported = import(
            &[("one.h", order[0]), ("two.h", order[1])],
            &Options::default(),
        );
        assert!(messages(&imported).is_empty(), "{:?}", imported.diagnostics);
        let codes = common::codes(&imported.families[0]);
        assert_eq!(
            codes,
            [
                ("K_A", 1, "first"),
                ("K_B", 2, "second"),
                ("K_END", 9, "K_END")
            ]
        );
    }
    let alone = import(&[("two.h", uses)], &Options::default());
    assert!(
        messages(&alone)[0].contains("`LIST(...)` is a macro that the headers given do not define")
    );
    assert!(messages(&alone)[0].contains("`LIST(PARAMS)=VALUE`"));
    // Given as a definition, it expands as a header's would.
    let defined = import(
        &[("two.h", uses)],
        &Options {
            defines: vec![
                "LIST(X)=X(A, 1, \"first\")".parse().expect("a definition"),
                "MAKE(n, v, t)=K_##n = v,".parse().expect("a definition"),
            ],
            ..Options::default()
        },
    );
    assert!(messages(&defined).is_empty(), "{:?}", defined.diagnostics);
    assert_eq!(defined.families[0].codes[0].description, "first");
}

/// Success is read from whole words of a name, never a negated one, and from a description
/// only when its first sentence says it; a command glued to a word is a command; an HTML tag
/// that a comment wraps over two lines is a tag; `\~language` splits by language.
#[test]
fn success_by_words_and_doxygen_as_written() {
    let header = "enum St { ST_OK = 0, ST_NOT_OK = 1 };\n\
                  enum Nt { NT_NOT_OK = 0, NT_FAIL = 1 };\n\
                  enum Ne { NE_NO_ERROR = 0, NE_FAIL = 1 };\n\
                  enum Em { EM_NONE = 0 /**< success is not reported */, EM_ONE = 1 };\n\
                  enum Es { ES_NONE = 0 /**< No error. */, ES_ONE = 1 };\n\
                  enum Doc {\n\
                      /** Token expired.\\since 3.2 Refresh it. */\n\
                      kDocA = 1,\n\
                      /** A long <p\n  class=\"note\">wrapped tag.</p> */\n\
                      kDocB = 2,\n\
                      /** \\~english The room is full. \\~french La salle est pleine. */\n\
                      kDocC = 3,\n\
                  };\n";
    let imported = import(&[("s.h", header)], &Options::default());
    assert!(messages(&imported).is_empty(), "{:?}", imported.diagnostics);
    let success = |family: &str| -> Vec<&str> {
        imported
            .families
            .iter()
            .find(|f| f.name == family)
            .expect("the family")
            .codes
            .iter()
            .filter(|code| code.success)
            .map(|code| code.sdk_name.as_str())
            .collect()
    };
    assert_eq!(success("St"), ["ST_OK"]);
    assert!(success("Nt").is_empty());
    assert_eq!(success("Ne"), ["NE_NO_ERROR"]);
    assert!(success("Em").is_empty());
    assert_eq!(success("Es"), ["ES_NONE"]);
    let doc = common::codes(
        imported
            .families
            .iter()
            .find(|f| f.name == "Doc")
            .expect("Doc"),
    );
    assert_eq!(doc[0].2, "Token expired.\n3.2 Refresh it.");
    assert_eq!(doc[1].2, "A long\nwrapped tag.");
    assert_eq!(doc[2].2, "The room is full.");
    let french = &imported
        .families
        .iter()
        .find(|f| f.name == "Doc")
        .expect("Doc")
        .codes[2];
    assert_eq!(
        french.translations,
        [("fr".to_owned(), "La salle est pleine.".to_owned())]
    );
}

/// A macro that expands to itself says so, rather than that it is unknown.
#[test]
fn a_self_referential_macro_says_what_happened() {
    let imported = import(
        &[(
            "loop.h",
            "#define LOOP (LOOP + 1)\nenum E { kEA = LOOP, kEB = 2 };\n",
        )],
        &Options::default(),
    );
    assert_eq!(
        messages(&imported),
        ["loop.h:2: enumerator `kEA` is not imported: `LOOP` is a macro that expands to itself, which the preprocessor leaves as the name (C11 6.10.3.4): it has no value"]
    );
}
