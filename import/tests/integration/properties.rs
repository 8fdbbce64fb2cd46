//! The header importer on input nobody wrote on purpose: arbitrary bytes, the test headers
//! mutated, and generated enums. It never panics, and whatever it writes is a `rtc_codes!`
//! invocation that the macro's own stages (mounted here, as the fuzz targets and benchmarks do)
//! parse and check without a single error.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use proc_macro2::TokenStream;
use proptest::prelude::*;
use rtc_codes_import::{Import, Options};
use rtc_codes_stages as engine;

use crate::common::{import, import_bytes};

/// Imports `text`, and checks that the source it writes passes the macro's stages.
fn import_and_check(text: &str) -> Import {
    import_and_check_with(text, &Options::default())
}

/// Imports `text` with `options`, and checks that the source it writes passes the macro's
/// stages.
fn import_and_check_with(text: &str, options: &Options) -> Import {
    let imported = import(&[("fuzzed.h", text)], options);
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
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/headers");
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
        prop_assert!(imported.problems().next().is_none(), "{:?}", imported.diagnostics);
        let family = &imported.families[0];
        // Every enumerator is a code or, repeating a value, an alias of the first with it.
        for (sdk_name, value) in &expected {
            let code = family.codes.iter().find(|code| code.value == i128::from(*value)).expect("a code per value");
            prop_assert!(
                code.sdk_name == *sdk_name || code.aliases.iter().any(|alias| alias.sdk_name == *sdk_name),
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

/// Doxygen, Javadoc and HTML pieces for generated doc comments.
const DOC_PIECES: &[&str] = &[
    "@brief ",
    "\\brief ",
    "@note ",
    "@c ",
    "@p code ",
    "@type keytype ",
    "@param[in] x ",
    "@region 房间 ",
    "@ingroup g ",
    "@defgroup g Title\n",
    "@cond\n",
    "@endcond\n",
    "@internal ",
    "@endinternal ",
    "@hidden ",
    "@private ",
    "@deprecated ",
    "@since 1.0 ",
    "@see X ",
    "@locale en ",
    "@locale zh<br>",
    "@if English ",
    "@if Chinese ",
    "@else ",
    "@endif ",
    "\\~english ",
    "\\~chinese ",
    "\\~ ",
    "[en]",
    "[cn]",
    "[zh]",
    "[0,400]",
    "{@link #X}",
    "{@link Y#z label}",
    "<br>",
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<table><tr><td>",
    "</td><td>",
    "</td></tr></table>",
    "&times;",
    "&amp;",
    "&lt;br&gt;",
    "&#215;",
    "&#x40;brief ",
    "&nbsp;",
    "a\\@b.c ",
    "dir\\\\file ",
    "\\n ",
    "@unknown ",
    "错误",
    "Error ",
    "text ",
    "\n",
    "\n\n",
    " * ",
    "x@y.z ",
    "<ul><li>",
    "</li><li>",
    "</li></ul>",
    "<ol><li>",
    "</li></ol>",
    "br>",
    "br>[cn]",
    "[cn]",
    "word{@link #A#word}",
    "\\ref a::b::c \"the label\" ",
    "@ref Some::Name). ",
    "3: ",
    "0x10 - ",
    "@abstract ",
    "@discussion ",
    "@{ ",
    "@} ",
];

/// A doc comment made of `pieces`.
fn doc_comment(pieces: &[usize]) -> String {
    let mut text = String::from("/** ");
    for &piece in pieces {
        text.push_str(DOC_PIECES[piece % DOC_PIECES.len()]);
    }
    // Not closed early by what is inside.
    text.replace("*/", "* /") + " */"
}

/// Whether `text` has a Doxygen command, an HTML tag of an element doc comments use, or a
/// character reference: nothing the importer writes has one.
fn markup_in(text: &str) -> Option<String> {
    for word in text.split_whitespace() {
        let command = word
            .strip_prefix('@')
            .or_else(|| word.strip_prefix('\\'))
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '~'));
        if command {
            return Some(word.to_owned());
        }
    }
    for tag in [
        "<br", "<p>", "</p>", "<b>", "</b>", "<table", "<td", "<tr", "<ul", "<ol", "<li", "br>",
        "{@",
    ] {
        if text.contains(tag) {
            return Some(tag.to_owned());
        }
    }
    for entity in ["&times;", "&amp;", "&lt;", "&gt;", "&#", "&nbsp;"] {
        if text.contains(entity) {
            return Some(entity.to_owned());
        }
    }
    None
}

/// Every text the importer writes for `imported`: family docs, descriptions, translations,
/// deprecation notes.
fn texts(imported: &Import) -> Vec<String> {
    let mut texts = Vec::new();
    for family in &imported.families {
        texts.push(family.docs.clone());
        for code in &family.codes {
            texts.push(code.description.clone());
            texts.extend(code.translations.iter().map(|(_, text)| text.clone()));
            texts.extend(code.aliases.iter().map(|alias| alias.description.clone()));
            texts.extend(code.deprecated.clone());
        }
    }
    texts
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Doc comments of any mix of commands, markers, HTML and references: the output compiles
    /// and no text in it has a command, a tag or a reference.
    #[test]
    fn doc_comments_become_plain_text(
        family_doc in prop::collection::vec(any::<usize>(), 0..12),
        docs in prop::collection::vec(prop::collection::vec(any::<usize>(), 0..14), 1..6),
        trailing in any::<bool>(),
    ) {
        let mut text = format!("{}\nenum Doc {{\n", doc_comment(&family_doc));
        for (index, pieces) in docs.iter().enumerate() {
            let comment = doc_comment(pieces);
            if trailing {
                let comment = comment.replacen("/**", "/**<", 1);
                let _ = writeln!(text, "    kDoc{index} = {index}, {comment}");
            } else {
                let _ = writeln!(text, "    {comment}\n    kDoc{index} = {index},");
            }
        }
        text.push_str("};\n");
        let imported = import_and_check(&text);
        for found in texts(&imported) {
            prop_assert!(markup_in(&found).is_none(), "{:?} in {found:?} of\n{text}", markup_in(&found));
        }
    }

    /// Object-like `#define`s, chained, before the enums that use them in one header, or in a
    /// header given before or after: each value is what C computes; defined after their use in
    /// the same header, they are not defined there, as the compiler says.
    #[test]
    fn defines_give_values(shift in 0u32..20, base in 0i64..1000, after in any::<bool>(), split in any::<bool>()) {
        let defines = format!("#define DEMO_SHIFT ({shift})\n#define DEMO_BASE (DEMO_SHIFT + {base})\n");
        let enums = "enum Demo { kDemoA = 1 << DEMO_SHIFT, kDemoB = DEMO_BASE, kDemoC };\n";
        let headers: Vec<String> = match (split, after) {
            (false, false) => vec![format!("{defines}{enums}")],
            (false, true) => vec![format!("{enums}{defines}")],
            (true, false) => vec![defines.clone(), enums.to_owned()],
            (true, true) => vec![enums.to_owned(), defines.clone()],
        };
        let named: Vec<(&str, &str)> = headers.iter().map(|text| ("d.h", text.as_str())).collect();
        let imported = import(&named, &Options::default());
        if after && !split {
            let problem = imported.problems().next().map(ToString::to_string).unwrap_or_default();
            prop_assert!(problem.contains("`DEMO_SHIFT` is not defined where it is used"), "{problem}");
            return Ok(());
        }
        prop_assert!(imported.problems().next().is_none(), "{:?}", imported.diagnostics);
        let values: Vec<i128> = imported.families[0].codes.iter().map(|code| code.value).collect();
        let expected_base = i128::from(shift) + i128::from(base);
        // A value repeated is an alias of the first code with it, not a code.
        let mut expected: Vec<i128> = Vec::new();
        for value in [1i128 << shift, expected_base, expected_base + 1] {
            if !expected.contains(&value) {
                expected.push(value);
            }
        }
        prop_assert_eq!(values, expected);
    }

    /// Headers in other encodings, and bytes no encoding reads: never a panic, and what is
    /// imported compiles.
    #[test]
    fn encodings_never_break_the_import(
        text in "[a-z\u{4e00}-\u{4e80}\u{3040}-\u{3090}é ]{0,40}",
        encoding in 0usize..6,
        noise in prop::collection::vec(any::<u8>(), 0..20),
    ) {
        let header = format!("/** {text} */\nenum Enc {{\n    kEncA = 1, ///< {text}\n}};\n");
        let encodings = [
            encoding_rs::UTF_8,
            encoding_rs::GB18030,
            encoding_rs::SHIFT_JIS,
            encoding_rs::EUC_KR,
            encoding_rs::UTF_16LE,
            encoding_rs::WINDOWS_1252,
        ];
        let chosen = encodings[encoding];
        let mut bytes = if chosen == encoding_rs::UTF_16LE {
            let mut bytes = vec![0xff, 0xfe];
            for unit in header.encode_utf16() {
                bytes.extend(unit.to_le_bytes());
            }
            bytes
        } else {
            chosen.encode(&header).0.into_owned()
        };
        let imported = import_bytes(&[("enc.h", &bytes)], &Options::default());
        prop_assert!(imported.problems().next().is_none(), "{:?}", imported.diagnostics);
        prop_assert_eq!(imported.families[0].codes[0].value, 1);
        // UTF-8 and UTF-16 with its byte-order mark are known for sure; a legacy encoding is a
        // guess, which a few characters cannot make right (the import cases test longer text).
        if chosen == encoding_rs::UTF_8 || chosen == encoding_rs::UTF_16LE {
            let description = &imported.families[0].codes[0].description;
            prop_assert!(text.trim().is_empty() || description.contains(text.split_whitespace().next().unwrap_or_default()), "{description:?} for {text:?}");
        }
        bytes.extend(&noise);
        let named = Options { encoding: Some(chosen.name().parse().unwrap()), ..Options::default() };
        let _ = import_bytes(&[("noise.h", &bytes)], &named);
    }
}

/// Pieces of macro definitions and uses: names, parameters, `#`, `##`, variadics, recursion.
const MACRO_PIECES: [&str; 22] = [
    "A",
    "B",
    "F",
    "G",
    "x",
    "y",
    "(",
    ")",
    ",",
    " ",
    "##",
    "#",
    "__VA_ARGS__",
    "...",
    "1",
    "-7",
    "\"text\"",
    "+",
    "<<",
    "=",
    "K_",
    "F(x)",
];

/// Text of `pieces` of [`MACRO_PIECES`].
fn macro_text(pieces: &[usize]) -> String {
    pieces
        .iter()
        .map(|&piece| MACRO_PIECES[piece % MACRO_PIECES.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

/// Pieces of the doc conventions that describe values in the enum's doc.
const ENTRY_PIECES: [&str; 14] = [
    "DemoFlow:",
    "@DEMO_A: ",
    "@DEMO_B: ",
    "- DEMO_C: ",
    "-DEMO_A:",
    "@constant DEMO_B ",
    "Since: 1.2",
    "***** Rule *****",
    "  continued",
    "text",
    "",
    "%TRUE #Type @param",
    "enum DemoFlow - summary",
    "Deprecated: 2.0",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Macros of any shape, defined before an enum and used where its enumerators and values
    /// are read: the import ends (the expansion is bounded), never panics, and its output
    /// compiles.
    #[test]
    fn macros_of_any_shape_expand_boundedly(
        definitions in prop::collection::vec((0usize..4, prop::collection::vec(any::<usize>(), 0..10)), 1..6),
        uses in prop::collection::vec(prop::collection::vec(any::<usize>(), 1..8), 1..5),
    ) {
        let mut text = String::new();
        for (name, pieces) in &definitions {
            let name = ["A", "B", "F(x)", "G(x, ...)"][*name];
            let _ = writeln!(text, "#define {name} {}", macro_text(pieces));
        }
        text.push_str("enum Expanded {\n");
        for (index, pieces) in uses.iter().enumerate() {
            let _ = writeln!(text, "    {},\n    kE{index} = {},", macro_text(pieces), macro_text(&pieces[..pieces.len().min(3)]));
        }
        text.push_str("};\n");
        import_and_check(&text);
    }


    /// `#define` lists with values, expressions on a base, strings and guards: the family of a
    /// prefix has exactly the integer macros of that prefix, with C's values.
    #[test]
    fn define_lists_are_families_of_their_integers(
        values in prop::collection::vec((any::<i16>(), any::<bool>(), any::<bool>()), 1..12),
    ) {
        let mut text = String::from("#ifndef DEMO_X_H\n#define DEMO_X_H\n#define DEMO_X_BASE 1000\n");
        let mut expected: Vec<(String, i128)> = Vec::new();
        for (index, (value, on_base, string)) in values.iter().enumerate() {
            let name = format!("DEMO_X_E{index}");
            if *string {
                let _ = writeln!(text, "#define {name} \"{value}\"");
                continue;
            }
            let (body, computed) = if *on_base {
                (format!("(DEMO_X_BASE + {value})"), 1000 + i128::from(*value))
            } else {
                (value.to_string(), i128::from(*value))
            };
            let _ = writeln!(text, "/** Code {index}. */\n#define {name} {body} /* {computed} */");
            if !expected.iter().any(|(_, seen)| *seen == computed) {
                expected.push((name, computed));
            }
        }
        text.push_str("#endif\n");
        let options = Options {
            macros: vec!["DemoX=DEMO_X_E".parse().unwrap()],
            ..Options::default()
        };
        let imported = import_and_check_with(&text, &options);
        if expected.is_empty() {
            prop_assert!(imported.families.is_empty());
            return Ok(());
        }
        prop_assert!(imported.problems().next().is_none(), "{:?}", imported.diagnostics);
        let found: Vec<(String, i128)> = imported.families[0]
            .codes
            .iter()
            .map(|code| (code.sdk_name.clone(), code.value))
            .collect();
        prop_assert_eq!(found, expected);
    }

    /// gtk-doc, kernel-doc, HeaderDoc and list entries in any mix: the import never panics, its
    /// output compiles, and no text keeps a sigil, a command or an entry's name and colon.
    #[test]
    fn entries_in_the_enums_doc(
        lines in prop::collection::vec(0usize..ENTRY_PIECES.len(), 0..16),
    ) {
        let mut text = String::from("/**\n");
        for line in &lines {
            let _ = writeln!(text, " * {}", ENTRY_PIECES[*line]);
        }
        text.push_str(" */\ntypedef enum { DEMO_A, DEMO_B, DEMO_C } DemoFlow;\n");
        let imported = import_and_check(&text);
        for found in texts(&imported) {
            prop_assert!(markup_in(&found).is_none(), "{:?} in {found:?} of\n{text}", markup_in(&found));
            for entry in ["@DEMO_A:", "@DEMO_B:", "- DEMO_C:"] {
                prop_assert!(!found.contains(entry), "{entry} in {found:?} of\n{text}");
            }
        }
    }
}

/// An SDK name that repeats the family's prefix (`ERR_ERR_TIMEOUT` under `ERR_`, `kDemokDemoX`)
/// is written with its `sdk_name`, which the macro asks of a Rust name that would repeat the
/// prefix: the output compiles.
#[test]
fn names_that_repeat_the_prefix_compile() {
    for header in [
        "enum E { ERR_OK = 0, ERR_FAILED = 1, ERR_ERR_TIMEOUT = 2 };",
        "enum Demo { kDemoOk = 0, kDemoFailed = 1, kDemoKDemoLost = 2 };",
    ] {
        let imported = import_and_check(header);
        assert!(
            imported.problems().next().is_none(),
            "{:?}",
            imported.diagnostics
        );
        assert!(
            imported.to_source().contains("sdk_name = "),
            "{}",
            imported.to_source()
        );
    }
}

/// A macro that doubles what it expands to at each level: the expansion stops at its budget
/// and says so; the enumerators after it still import.
#[test]
fn expansions_that_blow_up_are_reported() {
    for levels in [20, 31, 39] {
        let mut text = String::new();
        for level in 0..levels {
            let _ = writeln!(text, "#define M{level} M{next} M{next}", next = level + 1);
        }
        text.push_str("enum Big {\n    M0\n};\nenum Small { kSmallA = 1 };\n");
        let imported = import_and_check(&text);
        assert!(
            imported
                .problems()
                .any(|p| p.message.contains("is not expanded")),
            "{:?}",
            imported.diagnostics
        );
        assert!(imported
            .families
            .iter()
            .any(|family| family.name == "Small"));
    }
}
