//! `rtc-codes import` on the headers of `tests/headers/`, written for these tests: the exact
//! declarations and problems for each (`tests/headers/expected/`; after a deliberate change,
//! `RTC_CODES_BLESS=1 cargo test -p rtc-codes-cli --test import` rewrites them, and the diff is
//! reviewed). The workspace's `tests/tests/imported.rs` compiles the same output and checks it
//! through the generated API.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;
use std::process::Command;

use rtc_codes_cli::import::{import, import_bytes, Header, Options};

mod common;

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
    let imported = import(&[Header::new(name, text)], &Options::default());
    let mut out = imported.to_source();
    for problem in &imported.problems {
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
    let imported = import(&[Header::new("unreadable.h", &text)], &Options::default());
    let lines: Vec<u32> = imported
        .problems
        .iter()
        .map(|problem| problem.location.as_ref().expect("a location").1)
        .collect();
    assert_eq!(lines, [4, 5, 6, 8, 9, 13, 19, 22]);
    assert!(imported.problems[0]
        .to_string()
        .starts_with("unreadable.h:4: enumerator `kMixedSize`"));
}

#[test]
fn options_pick_enums_close_families_and_set_the_language() {
    let header = "/** @locale en Errors. @locale zh 错误。 */\n\
                  enum A { kAOne = 1 /**< @locale en One. @locale zh 一。 */, kATwo };\n\
                  enum B { kBOne };\n";
    let options = Options {
        enums: vec!["A".to_owned(), "Missing".to_owned()],
        closed: true,
        default_language: "en".to_owned(),
        ..Options::default()
    };
    let imported = import(&[Header::new("x.h", header)], &options);
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
    assert_eq!(imported.problems.len(), 1);
    assert_eq!(
        imported.problems[0].to_string(),
        "no enum named `Missing` in the headers"
    );
    let bad = Options {
        default_language: "English!".to_owned(),
        ..Options::default()
    };
    let imported = import(&[Header::new("x.h", header)], &bad);
    assert!(imported.problems[0]
        .message
        .contains("is not a language tag"));
}

#[test]
fn the_command_writes_source_and_reports_problems() {
    let exe = env!("CARGO_BIN_EXE_rtc-codes");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/headers");
    let output = Command::new(exe)
        .arg("import")
        .arg(dir.join("objc.h"))
        .args(["--enum", "ByteRTCMediaType"])
        .output()
        .expect("rtc-codes runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let source = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(source.contains("pub enum ByteRTCMediaType: i16 {"));
    assert!(!source.contains("ByteRTCConnectionState"));

    let output = Command::new(exe)
        .arg("import")
        .arg(dir.join("unreadable.h"))
        .arg(dir.join("no-such-header.h"))
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(
        errors.contains("unreadable.h:4: enumerator `kMixedSize` is not imported"),
        "{errors}"
    );
    assert!(errors.contains("cannot read"), "{errors}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("pub enum Mixed: i32 {"));

    // A header that cannot be read is a problem even when the others import cleanly.
    let output = Command::new(exe)
        .arg("import")
        .arg(dir.join("objc.h"))
        .arg(dir.join("no-such-header.h"))
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read"));
    assert!(String::from_utf8_lossy(&output.stdout).contains("pub enum ByteRTCMediaType"));

    let output = Command::new(exe)
        .arg("import")
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(2), "a header is required");
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
            encoding: encoding.map(str::to_owned),
            ..Options::default()
        };
        let imported = import_bytes(&[("e.h", bytes)], &options);
        assert!(imported.problems.is_empty(), "{:?}", imported.problems);
        let family = &imported.families[0];
        assert_eq!(family.docs, "登录错误码");
        assert_eq!(family.codes[1].description, "错误级别");
    }
    // Detected, so said: a note, not a problem.
    let detected = import_bytes(&[("e.h", &gb18030)], &Options::default());
    assert!(
        detected.notes[0].message.contains("GBK"),
        "{:?}",
        detected.notes
    );

    let latin1 = b"enum E {\n  kEOne = 1, /**< caf\xe9 */\n  kETwo = 2,\n};\n";
    let imported = import_bytes(&[("latin1.h", latin1)], &Options::default());
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    assert_eq!(imported.families[0].codes[0].description, "café");

    let named = Options {
        encoding: Some("utf-8".to_owned()),
        ..Options::default()
    };
    let imported = import_bytes(&[("latin1.h", latin1)], &named);
    assert_eq!(imported.problems.len(), 1);
    assert_eq!(
        imported.problems[0].to_string(),
        "latin1.h:2: not valid UTF-8: the bytes that are not were read as U+FFFD (name the header's encoding with --encoding)"
    );
}

#[test]
fn every_other_problem_is_reported_where_it_is() {
    let first = "typedef NS_OPTIONS(CGFloat, Opts) { kOptsA = 1, kOptsB = 2 };\n\
                 enum Twice { kTwiceA = 1,\n kTwiceA = 2 };\n";
    let second = "enum Twice { kTwiceB = 1 };\n/* never closed\nenum Lost { kLostA };\n";
    let imported = import(
        &[
            Header::new("first.h", first),
            Header::new("second.h", second),
        ],
        &Options::default(),
    );
    let problems: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
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

/// `--define` and `--encoding` that cannot be used, and names a value cannot be computed from,
/// are problems that say what to write instead.
#[test]
fn definitions_and_encodings_that_cannot_be_used() {
    let header = "#define SHIFT_OF(x) (x)\n#define NAME \"text\"\n\
                  enum D { kDA = MISSING(2), kDB = NAME, kDC = GIVEN, kDD = UNKNOWN, kDE = SHIFT_OF };\n";
    let options = Options {
        defines: vec!["GIVEN=1 << 4".to_owned(), "NO_VALUE".to_owned()],
        encoding: Some("klingon".to_owned()),
        ..Options::default()
    };
    let imported = import_bytes(&[("d.h", header.as_bytes())], &options);
    let problems: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "`klingon` is not an encoding (such as gb18030, utf-16le or latin1): each header's is detected",
            "`NO_VALUE` is not a definition: write `NAME=VALUE` or `NAME(PARAMS)=VALUE`, such as `DEMO_SHIFT=16`",
            "d.h:3: enumerator `kDA` is not imported: `MISSING` is a macro that the headers given do not define: pass the header that defines it, or define it with `--define 'MISSING(PARAMS)=VALUE'`",
            "d.h:3: enumerator `kDB` is not imported: `NAME` is a `#define` whose value is not an integer constant expression: give it with `--define NAME=VALUE`",
            "d.h:3: enumerator `kDD` is not imported: `UNKNOWN` is not an enumerator or `#define` of the headers given: pass the header that declares it, or give its value with `--define UNKNOWN=VALUE`",
            "d.h:3: enumerator `kDE` is not imported: `SHIFT_OF` is a function-like macro, named here without its arguments",
        ]
    );
    let codes: Vec<(&str, i128)> = imported.families[0]
        .codes
        .iter()
        .map(|code| (code.sdk_name.as_str(), code.value))
        .collect();
    assert_eq!(codes, [("kDC", 16)]);

    // On the command line, an encoding that is none is a usage error.
    let exe = env!("CARGO_BIN_EXE_rtc-codes");
    let output = Command::new(exe)
        .args(["import", "--encoding", "klingon", "x.h"])
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("`klingon` is not an encoding"));
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
    let all = import(&[Header::new("n.h", header)], &Options::default());
    let selected = import(
        &[Header::new("n.h", header)],
        &Options {
            enums: vec!["Small".to_owned()],
            ..Options::default()
        },
    );
    assert!(selected.problems.is_empty(), "{:?}", selected.problems);
    assert_eq!(selected.families.len(), 1);
    assert!(all.problems.len() >= 7, "{:?}", all.problems);
    assert_eq!(
        selected.notes[0].message,
        format!(
            "{} problem(s) of enums that --enum did not select are not reported",
            all.problems.len()
        )
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
        let headers = [
            Header::new("one.h", order[0]),
            Header::new("two.h", order[1]),
        ];
        let imported = import(&headers, &Options::default());
        assert!(imported.problems.is_empty(), "{:?}", imported.problems);
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
    let alone = import(&[Header::new("two.h", uses)], &Options::default());
    assert!(alone.problems[0]
        .to_string()
        .contains("`LIST(...)` is a macro that the headers given do not define"));
    assert!(alone.problems[0]
        .to_string()
        .contains("--define 'LIST(PARAMS)=VALUE'"));
    // Given with `--define`, it expands as a header's would.
    let defined = import(
        &[Header::new("two.h", uses)],
        &Options {
            defines: vec![
                "LIST(X)=X(A, 1, \"first\")".to_owned(),
                "MAKE(n, v, t)=K_##n = v,".to_owned(),
            ],
            ..Options::default()
        },
    );
    assert!(defined.problems.is_empty(), "{:?}", defined.problems);
    assert_eq!(defined.families[0].codes[0].description, "first");
}
