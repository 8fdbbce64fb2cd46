//! The header importer on input nobody wrote on purpose: arbitrary bytes, the test headers
//! mutated, and generated enums. It never panics, and whatever it writes is a `rtc_codes!`
//! invocation that the macro's own stages (mounted here, as the fuzz targets and benchmarks do)
//! parse and check without a single error.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::indexing_slicing)]

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use proc_macro2::TokenStream;
use proptest::prelude::*;
use rtc_codes_cli::import::{import, Header, Options};

#[allow(
    dead_code,
    unreachable_pub,
    unused_qualifications,
    missing_docs,
    clippy::all,
    clippy::pedantic
)]
#[path = "../../macros/src/stages.rs"]
mod engine;

/// Imports `text`, and checks that the source it writes passes the macro's stages.
fn import_and_check(text: &str) -> rtc_codes_cli::import::Import {
    let imported = import(&[Header::new("fuzzed.h", text)], &Options::default());
    let source = imported.to_source();
    if imported.families.is_empty() {
        assert!(source.is_empty());
        return imported;
    }
    let body = source
        .split_once("rtc_codes::rtc_codes! {")
        .and_then(|(_, rest)| rest.trim_end().strip_suffix('}'))
        .expect("one rtc_codes! invocation");
    let tokens: TokenStream = format!("[::rtc_codes] {body}")
        .parse()
        .unwrap_or_else(|error| panic!("the source lexes ({error}):\n{source}"));
    let expansion = engine::pipeline::rtc_codes(tokens).to_string();
    assert!(
        !expansion.contains("compile_error"),
        "the source is a valid invocation:\n{source}\n{}",
        expansion
            .split("compile_error")
            .skip(1)
            .map(|error| error.chars().take(300).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    );
    imported
}

fn test_headers() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../cli/tests/headers");
    let mut paths: Vec<_> = fs::read_dir(dir)
        .expect("the test headers")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "h"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| fs::read_to_string(path).expect("a header"))
        .collect()
}

/// Pieces of header syntax to insert anywhere.
const PIECES: &[&str] = &[
    "{",
    "}",
    ",",
    ";",
    "=",
    "enum ",
    "enum class ",
    "typedef ",
    "NS_ENUM(NSInteger, X) ",
    "/**",
    "*/",
    "///< ",
    "// ",
    "/*",
    "@locale en ",
    "@if English\n",
    "@endif",
    "<br>",
    "{@link #",
    "1 << ",
    "-",
    "(",
    ")",
    "0x",
    "'",
    "\"",
    "\n",
    "#if 0\n",
    "kX",
    "::",
    ": uint8_t",
    "999999999999",
    "__attribute__((deprecated))",
    "[[deprecated]]",
    "~",
    "Other",
    "Self",
    "r#",
    "\u{202e}",
    "\\",
];

#[derive(Clone, Debug)]
enum Mutation {
    Delete(usize, usize),
    Insert(usize, usize),
    Duplicate(usize, usize),
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for mutation in mutations {
        let len = chars.len().max(1);
        match *mutation {
            Mutation::Delete(at, count) => {
                let at = at % len;
                let end = (at + count % 40).min(chars.len());
                chars.drain(at.min(chars.len())..end);
            }
            Mutation::Insert(at, piece) => {
                let at = (at % len).min(chars.len());
                let piece: Vec<char> = PIECES[piece % PIECES.len()].chars().collect();
                chars.splice(at..at, piece);
            }
            Mutation::Duplicate(at, count) => {
                let at = (at % len).min(chars.len());
                let end = (at + count % 80).min(chars.len());
                let copy: Vec<char> = chars[at..end].to_vec();
                chars.splice(at..at, copy);
            }
        }
    }
    chars.into_iter().collect()
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Delete(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Insert(a, b)),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::Duplicate(a, b)),
    ]
}

/// A generated enumerator: its name's words, its value, and how it is documented.
fn enumerator() -> impl Strategy<Value = (String, i64, u8, String)> {
    (
        "[A-Z][a-z]{1,6}([A-Z][a-z]{1,6}){0,2}",
        -3000i64..3000,
        0u8..5,
        "[a-zA-Z\u{4e00}-\u{4e20} ,.。]{0,20}",
    )
        .prop_map(|(name, value, style, text)| (name, value, style, text))
}

/// A header declaring one enum of `enumerators` (with distinct names), documented in the
/// styles chosen; returns it and the values in declaration order.
fn generated_header(
    prefix: &str,
    enumerators: &[(String, i64, u8, String)],
) -> (String, Vec<(String, i64)>) {
    let mut text = format!("/** {prefix} codes. */\nenum {prefix}Code {{\n");
    let mut expected: Vec<(String, i64)> = Vec::new();
    for (name, value, style, description) in enumerators {
        let sdk_name = format!("k{prefix}Code{name}");
        if expected.iter().any(|(seen, _)| *seen == sdk_name) {
            continue;
        }
        let line = match style {
            0 => format!("    {sdk_name} = {value}, ///< {description}\n"),
            1 => format!("    /** @locale zh {description} @locale en English {description} */\n    {sdk_name} = {value},\n"),
            2 => format!("    /// {description}\n    {sdk_name} = ({value}),\n"),
            3 => format!("    {sdk_name} = {value}, // {description}\n"),
            _ => format!("    {sdk_name} = {value},\n"),
        };
        text.push_str(&line);
        expected.push((sdk_name, *value));
    }
    text.push_str("};\n");
    (text, expected)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Enumerators of any names, documented in any language tags (valid for `rtc_codes!` or
    /// not: keywords such as `as`, one letter, upper case, too long).
    #[test]
    fn any_names_and_language_tags(
        enumerators in prop::collection::vec(("[A-Za-z_][A-Za-z0-9_]{0,12}", "[a-zA-Z_]{1,10}", "[a-z \u{4e00}-\u{4e10}]{1,10}"), 1..12),
    ) {
        let mut text = String::from("enum Fuzzed {\n");
        for (index, (name, tag, description)) in enumerators.iter().enumerate() {
            let _ = writeln!(text, "    /** @locale {tag} {description} */\n    {name}{index} = {index},");
        }
        text.push_str("};\n");
        import_and_check(&text);
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        import_and_check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_header_like_text(text in "(enum |typedef |NS_ENUM|\\{|\\}|,|;|=|[a-zA-Z_]{1,8}|[0-9]{1,4}|/\\*\\*|\\*/|///<|<<|\\||\\(|\\)| |\n){0,80}") {
        import_and_check(&text);
    }

    #[test]
    fn mutated_test_headers(header in 0usize..64, mutations in prop::collection::vec(mutation(), 1..6)) {
        let headers = test_headers();
        let text = &headers[header % headers.len()];
        import_and_check(&mutate(text, &mutations));
    }

    #[test]
    fn generated_enums_keep_their_values(
        prefix in "[A-Z][a-z]{2,6}",
        enumerators in prop::collection::vec(enumerator(), 1..30),
    ) {
        let (text, expected) = generated_header(&prefix, &enumerators);
        let imported = import_and_check(&text);
        prop_assert!(imported.problems.is_empty(), "{:?}", imported.problems);
        let family = &imported.families[0];
        // Every enumerator is a code or, repeating a value, an alias of the first with it.
        for (sdk_name, value) in &expected {
            let code = family.codes.iter().find(|code| code.value == i128::from(*value)).expect("a code per value");
            prop_assert!(
                code.sdk_name == *sdk_name || code.aliases.iter().any(|(alias, _)| alias == sdk_name),
                "{sdk_name} = {value}"
            );
        }
        let mut values: Vec<i64> = expected.iter().map(|(_, value)| *value).collect();
        values.dedup();
        values.sort_unstable();
        values.dedup();
        prop_assert_eq!(family.codes.len(), values.len());
    }
}

/// The check above can fail: the stages report an invalid invocation as `compile_error!`.
#[test]
fn the_check_sees_invalid_invocations() {
    let tokens: TokenStream = "[::rtc_codes] pub enum A: u8 { X = 1 => \"\", Y = 256 => \"y\" }"
        .parse()
        .unwrap();
    assert!(engine::pipeline::rtc_codes(tokens)
        .to_string()
        .contains("compile_error"));
}
