//! The import cases of `tests/headers/cases/` (listed in `cases.txt`): each reproduces a habit of
//! real SDK headers. Each case's source, notes and problems are compared with
//! `expected/<case>.rs` (`RTC_CODES_BLESS=1` rewrites them after a deliberate change), and what
//! each case is about is checked on its own below. `tests/tests/imported_cases.rs` in the
//! workspace compiles the same output and checks it through the generated API.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use rtc_codes_cli::import::{import_files, Import, Options};

mod common;

/// One line of `cases.txt`.
struct Case {
    name: String,
    headers: Vec<PathBuf>,
    options: Options,
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/headers/cases")
}

fn cases() -> Vec<Case> {
    let list = fs::read_to_string(dir().join("cases.txt")).expect("the list of cases");
    list.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            let [name, headers, enums, lang] = fields[..] else {
                panic!("a case is `name | headers | enum | lang`: {line}");
            };
            let mut options = Options {
                enums: enums.split_whitespace().map(str::to_owned).collect(),
                ..Options::default()
            };
            if !lang.is_empty() {
                lang.clone_into(&mut options.default_language);
            }
            Case {
                name: name.to_owned(),
                headers: headers.split_whitespace().map(|h| dir().join(h)).collect(),
                options,
            }
        })
        .collect()
}

fn run(name: &str) -> Import {
    let case = cases()
        .into_iter()
        .find(|case| case.name == name)
        .expect("a case of cases.txt");
    import_files(&case.headers, &case.options)
}

/// The source, then `// note: ...` and `// problem: ...` lines, with paths as file names.
fn rendered(imported: &Import) -> String {
    let mut out = imported.to_source();
    let dir = format!("{}/", dir().display());
    for note in &imported.notes {
        let _ = writeln!(out, "// note: {}", note.to_string().replace(&dir, ""));
    }
    for problem in &imported.problems {
        let _ = writeln!(out, "// problem: {}", problem.to_string().replace(&dir, ""));
    }
    out
}

#[test]
fn every_case_imports_as_expected() {
    let cases = cases();
    assert!(cases.len() >= 22, "{} cases", cases.len());
    let mismatches: Vec<String> = cases
        .iter()
        .filter_map(|case| {
            let found = rendered(&import_files(&case.headers, &case.options));
            let path = dir().join("expected").join(format!("{}.rs", case.name));
            common::expect_or_bless(&case.name, &path, &found)
        })
        .collect();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// Every case but the ones whose headers hold what cannot be imported imports without problems,
/// and no text has a command, a tag or a character reference.
#[test]
fn cases_have_no_problems_and_clean_text() {
    for case in cases() {
        let imported = import_files(&case.headers, &case.options);
        assert!(
            imported.problems.is_empty(),
            "{}: {:?}",
            case.name,
            imported.problems
        );
        for family in &imported.families {
            let texts = std::iter::once(&family.docs).chain(family.codes.iter().flat_map(|code| {
                std::iter::once(&code.description)
                    .chain(code.translations.iter().map(|(_, text)| text))
            }));
            for text in texts {
                for word in text.split_whitespace() {
                    assert!(
                        !(word.starts_with('@') || word.starts_with('\\')),
                        "{}: {text:?}",
                        case.name
                    );
                }
                assert!(
                    !text.contains("&times;") && !text.contains("<t"),
                    "{text:?}"
                );
            }
        }
    }
}

fn code<'i>(imported: &'i Import, sdk_name: &str) -> &'i rtc_codes_cli::import::Code {
    imported
        .families
        .iter()
        .flat_map(|family| &family.codes)
        .find(|code| code.sdk_name == sdk_name)
        .unwrap_or_else(|| panic!("{sdk_name} is imported"))
}

#[test]
fn unsigned_objective_c_and_c_enums_are_u64() {
    for case in ["r01_nsuinteger", "r02_uint64"] {
        assert_eq!(run(case).families[0].repr, "u64", "{case}");
    }
}

#[test]
fn language_markers_split_the_languages() {
    let token = run("r03_locale_br");
    let invalid = code(&token, "kDemoJoinErrorInvalidToken");
    assert_eq!(invalid.description, "令牌无效。");
    assert_eq!(
        invalid.translations,
        [("en".to_owned(), "The token is invalid.".to_owned())]
    );
    let login = run("r06_huawei");
    let unknown = code(&login, "DEMO_E_LOGIN_ERR_UNKNOWN");
    assert_eq!(unknown.description, "未知错误");
    assert_eq!(
        unknown.translations,
        [("en".to_owned(), "Indicates unknown error".to_owned())]
    );
    // Chinese text is never labelled English, whatever the default language.
    let only = run("r15_zh_only");
    let key = code(&only, "DemoErrKey");
    assert!(key
        .translations
        .iter()
        .any(|(lang, text)| lang == "zh" && text == "密钥错误。"));
    assert!(key.translations.iter().all(|(lang, _)| lang != "en"));
}

#[test]
fn enum_is_a_selection() {
    for case in ["r04_enum_filter", "r05_enum_filter", "r06_huawei_tag"] {
        let imported = run(case);
        assert!(
            imported.problems.is_empty(),
            "{case}: {:?}",
            imported.problems
        );
        assert_eq!(imported.families.len(), 1, "{case}");
    }
    assert!(run("r04_enum_filter").notes[0]
        .message
        .contains("did not select"));
}

#[test]
fn comments_belong_where_headers_mean_them() {
    let trailing = run("r07_trailing_block");
    assert!(code(&trailing, "kDemoLiveErrorIdConflict")
        .description
        .contains("流ID冲突"));
    assert!(!code(&trailing, "kDemoLiveErrorIdNotFound")
        .description
        .contains("冲突"));
    let before = run("r08_lt_before");
    assert_eq!(
        code(&before, "DEMO_DUAL_MONO_STEREO").description,
        "Left out = left in, right out = right in"
    );
    assert_eq!(
        code(&before, "DEMO_DUAL_MONO_R").description,
        "Both out = right in"
    );
    // Headings are not descriptions; internal sections are not text.
    let cond = run("r09_cond");
    assert_eq!(
        code(&cond, "DEMO_ERR_LOGIN_ALREADY_LOGIN").description,
        "DEMO_ERR_LOGIN_ALREADY_LOGIN"
    );
    let section = run("r16_section");
    assert_eq!(
        code(&section, "DEMO_ERR_PCMSEND_FORMAT").description,
        "unsupported pcm format"
    );
}

#[test]
fn success_prefixes_and_readable_names() {
    let success = run("r10_success");
    let no_error = code(&success, "kDemoRtcNoError");
    assert!(no_error.success);
    assert_eq!(no_error.name, "NoError");
    assert_eq!(
        code(&success, "KDemoRtcErrPermissionDenied").name,
        "PermissionDenied"
    );
    assert!(code(&success, "DEMO_ERROR_CODE_COMMON_SUCCESS").success);
    // `ERR_NULL` is 0 and "No error.": success.
    assert!(code(&success, "ERR_NULL").success);
    assert!(!code(&success, "ERR_FAILED").success);
    let mixed = run("r17_mixedcase");
    assert_eq!(
        code(&mixed, "DemoErrors_RAWDATA_NOT_IN_Session").name,
        "RawdataNotInSession"
    );
}

#[test]
fn markup_is_plain_text() {
    let markup = run("r11_markup");
    assert_eq!(markup.families[0].docs, "音频场景。");
    assert_eq!(code(&markup, "kDemoScenarioPop").description, "流行。");
    assert_eq!(
        code(&markup, "kDemoScenarioDefault").description,
        "参看 DemoProfile。"
    );
    assert_eq!(
        code(&markup, "kDemoScenarioSmall").description,
        "Resolution 160 × 120."
    );
    assert_eq!(
        code(&markup, "kDemoScenarioTable").description,
        "Map:\na | b"
    );
}

#[test]
fn values_across_headers_defines_and_encodings() {
    for case in [
        "r12_pixel_then_frame",
        "r12_frame_then_pixel",
        "r12_same_file",
    ] {
        let imported = run(case);
        assert_eq!(code(&imported, "kRGBA").value, 5, "{case}");
    }
    assert_eq!(code(&run("r13_unqual"), "kDemoB1").value, 12);
    let define = run("r18_define");
    let values: Vec<i128> = define.families[0]
        .codes
        .iter()
        .map(|code| code.value)
        .collect();
    assert_eq!(values, [1, 65536, 65537, 65538]);
    let gbk = run("r14_gbk");
    assert_eq!(code(&gbk, "DEMO_LOG_ERROR").description, "错误级别");
    let alias = run("r19_alias_is_name");
    let timeout = code(&alias, "kDemoErrorTimeout");
    assert_eq!(timeout.name, "Timeout");
    assert!(!rendered(&alias).contains("alias = \"Timeout\""));
}
