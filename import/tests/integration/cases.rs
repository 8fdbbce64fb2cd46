//! The import cases of `tests/headers/cases/` (listed in `cases.txt`): each reproduces a habit of
//! real SDK headers. Each case's source, notes and problems are compared with
//! `expected/<case>.rs` (`RTC_CODES_BLESS=1` rewrites them after a deliberate change), and what
//! each case is about is checked on its own below. `tests/tests/imported_cases.rs` in the
//! workspace compiles the same output and checks it through the generated API.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use rtc_codes_import::{Builder, Code, Import, Options};

use crate::common;

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
            let (name, headers, enums, lang, macros, defines) = match fields[..] {
                [name, headers, enums, lang, macros] => (name, headers, enums, lang, macros, ""),
                [name, headers, enums, lang, macros, defines] => {
                    (name, headers, enums, lang, macros, defines)
                }
                _ => {
                    panic!("a case is `name | headers | enum | lang | macros [| defines]`: {line}")
                }
            };
            let mut options = Options {
                enums: enums.split_whitespace().map(str::to_owned).collect(),
                macros: macros
                    .split_whitespace()
                    .map(|family| family.parse().expect("a family of macros"))
                    .collect(),
                defines: defines
                    .split_whitespace()
                    .map(|definition| definition.parse().expect("a definition"))
                    .collect(),
                // The cases' values are the ones gcc gives on this target.
                target: Some("x86_64-unknown-linux-gnu".parse().expect("a target")),
                ..Options::default()
            };
            if !lang.is_empty() {
                options.default_language = lang.parse().expect("a language tag");
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

fn import_files(headers: &[PathBuf], options: &Options) -> Import {
    Builder::new()
        .headers(headers)
        .options(options.clone())
        .import()
}

/// The source, then `// note: ...` and `// problem: ...` lines, with paths as file names.
fn rendered(imported: &Import) -> String {
    let mut out = imported.to_source();
    let dir = format!("{}/", dir().display());
    for note in imported.notes() {
        let _ = writeln!(out, "// note: {}", note.to_string().replace(&dir, ""));
    }
    for problem in imported.problems() {
        let _ = writeln!(out, "// problem: {}", problem.to_string().replace(&dir, ""));
    }
    out
}

#[test]
fn every_case_imports_as_expected() {
    let cases = cases();
    assert!(cases.len() >= 33, "{} cases", cases.len());
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

/// The cases whose point is a problem the import reports.
const REPORTING: [&str; 2] = ["r24_define_list_unasked", "r32_define_calls"];

/// Every case but those of [`REPORTING`] imports without problems, and no text has a command, a
/// tag, a character reference, a link's braces or a restated value.
#[test]
fn cases_have_no_problems_and_clean_text() {
    for case in cases() {
        let imported = import_files(&case.headers, &case.options);
        assert_eq!(
            imported.problems().next().is_none(),
            !REPORTING.contains(&case.name.as_str()),
            "{}: {:?}",
            case.name,
            imported.diagnostics
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
                for markup in [
                    "&times;", "<t", "<ul", "<li", "<p", "br>", "{@", "\"", "[cn]", "[en]",
                ] {
                    assert!(!text.contains(markup), "{}: {text:?}", case.name);
                }
            }
        }
    }
}

/// Checks the description of each `(SDK name, description)` of `expected`.
fn assert_described(imported: &Import, expected: &[(&str, &str)]) {
    for (sdk_name, description) in expected {
        assert_eq!(
            code(imported, sdk_name).description,
            *description,
            "{sdk_name}"
        );
    }
}

fn code<'i>(imported: &'i Import, sdk_name: &str) -> &'i Code {
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
            imported.problems().next().is_none(),
            "{case}: {:?}",
            imported.diagnostics
        );
        assert_eq!(imported.families.len(), 1, "{case}");
    }
    let filtered = run("r04_enum_filter");
    let notes: Vec<&str> = filtered.notes().map(|note| note.message.as_str()).collect();
    assert!(notes[0].contains("not selected"), "{notes:?}");
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

#[test]
fn gtk_doc_entries_describe_their_values() {
    let gtk = run("r20_gtkdoc");
    assert_eq!(
        code(&gtk, "DEMO_FLOW_NOT_LINKED").description,
        "the pad is not linked to another pad."
    );
    assert_eq!(
        code(&gtk, "DEMO_FLOW_CUSTOM_SUCCESS").description,
        "elements may use values from this one up for success codes of their own."
    );
    assert!(code(&gtk, "DEMO_FLOW_OK").success);
    let docs = &gtk.families[0].docs;
    assert!(
        docs.starts_with("What pushing a buffer returned."),
        "{docs:?}"
    );
    assert!(
        !docs.contains("DemoFlowResult:") && !docs.contains(" : "),
        "{docs:?}"
    );
    // `Since:` stays a paragraph of its own, never the end of a sentence.
    assert!(!docs.contains("returned. Since"), "{docs:?}");
    assert_eq!(
        code(&gtk, "DEMO_PAD_SRC").description,
        "the pad is a source pad"
    );
}

#[test]
fn lists_in_the_enums_doc_describe_their_values() {
    let list = run("r21_doc_list");
    assert_described(
        &list,
        &[
            ("DemoErrJoinBadAppId", "AppId 不存在"),
            ("DemoErrMicOpenFail", "采集设备初始化失败"),
            ("DemoErrMicAuthFail", "麦克风设备未授权"),
            // A code with a comment of its own keeps it.
            ("DemoErrInner", "内部错误，请联系技术支持"),
        ],
    );
    assert_eq!(list.families[0].docs, "错误码");
    assert!(code(&list, "DemoErrNone").success);
}

#[test]
fn restated_values_are_not_text() {
    assert_described(
        &run("r22_value_echo"),
        &[
            (
                "DEMO_ERR_NOT_READY",
                "The module is not ready. Check the device and initialize the engine again.",
            ),
            ("DEMO_ERR_TOKEN_EXPIRED", "The token expired."),
            (
                "DEMO_ERR_NEGATIVE",
                "Negative codes are written with their sign.",
            ),
            ("DEMO_ERR_OBSOLETE_18", "was used before version 2.0"),
            // Only the value: no description, the SDK name stands in.
            ("DEMO_ERR_NO_SOCKET", "DEMO_ERR_NO_SOCKET"),
            // Another number is text.
            ("DEMO_ERR_NO_ANSWER", "2 seconds passed without an answer."),
        ],
    );
}

#[test]
fn links_are_their_labels_or_last_names() {
    assert_described(
        &run("r23_links"),
        &[
            (
                "kDemoRoomErrorInvalidToken",
                "The token is invalid: call updateToken with a new one.",
            ),
            (
                "kDemoRoomErrorFull",
                "The room is full (see joinRoom() and DemoRoomConfig).",
            ),
            (
                "kDemoRoomErrorKicked",
                "Kicked out: the leave callback says why.",
            ),
        ],
    );
}

#[test]
fn define_lists_are_families_by_option() {
    let defines = run("r24_define_list");
    let codec = common::codes(&defines.families[0]);
    assert_eq!(
        codec,
        [
            ("DEMO_CODEC_OK", 0, "No error"),
            (
                "DEMO_CODEC_BAD_ARG",
                -1,
                "One or more invalid or out of range arguments"
            ),
            (
                "DEMO_CODEC_BUFFER_TOO_SMALL",
                -2,
                "Not enough bytes allocated in the buffer"
            ),
            (
                "DEMO_CODEC_INVALID_STATE",
                -6,
                "An encoder or decoder structure is invalid or already freed"
            ),
        ]
    );
    assert_eq!(defines.families[0].name, "DemoCodecError");
    assert_eq!(code(&defines, "DEMO_SIP_ENOTREQUESTMSG").value, 170_001);
    assert_eq!(
        code(&defines, "DEMO_SIP_ENOTRESPONSEMSG").description,
        "The message is not a response."
    );
    // Without the option, the problem says what the header has and names the option.
    let unasked = run("r24_define_list_unasked");
    assert!(unasked.families.is_empty());
    let problem = unasked.problems().next().expect("a problem");
    assert!(problem.message.contains("no enum found"), "{problem}");
    assert!(problem.to_string().contains("`FAMILY=PREFIX`"), "{problem}");
    assert_eq!(problem.hint, Some(rtc_codes_import::Hint::MacroFamily));
}

#[test]
fn ns_error_enums_and_two_scripts() {
    let errors = run("r25_ns_error_enum");
    let family = &errors.families[0];
    assert_eq!((family.name.as_str(), family.repr), ("DemoRTCError", "i64"));
    assert!(family.docs.contains("DemoRTCErrorDomain"));
    // HeaderDoc's abstract in English and discussion in Chinese: the default language's text is
    // the description, the other its translation.
    let token = code(&errors, "DemoRTCErrorTokenError");
    assert_eq!(
        token.description,
        "鉴权失败，请重新获取 Token 后再加入房间。"
    );
    assert_eq!(
        token.translations,
        [("en".to_owned(), "token error".to_owned())]
    );
    let english = run("r25_ns_error_enum_en");
    let token = code(&english, "DemoRTCErrorTokenError");
    assert_eq!(token.description, "token error");
    assert_eq!(
        token.translations,
        [(
            "zh".to_owned(),
            "鉴权失败，请重新获取 Token 后再加入房间。".to_owned()
        )]
    );
    assert_eq!(errors.families[1].name, "DemoPlayerError");
}

#[test]
fn macros_are_expanded_as_the_preprocessor_does() {
    let x = run("r26_xmacro");
    let errno = common::codes(&x.families[0]);
    assert_eq!(
        errno,
        [
            ("DEMO_E2BIG", -7, "argument list too long"),
            ("DEMO_EACCES", -13, "permission denied"),
            ("DEMO_EAGAIN", -11, "resource temporarily unavailable"),
            ("DEMO_ERRNO_MAX", -4096, "DEMO_ERRNO_MAX"),
        ]
    );
    let options: Vec<(&str, i128)> = x.families[1]
        .codes
        .iter()
        .map(|code| (code.sdk_name.as_str(), code.value))
        .collect();
    assert_eq!(
        options,
        [
            ("DEMOOPT_URL", 10_002),
            ("DEMOOPT_TIMEOUT", 13),
            ("DEMOOPT_LASTENTRY", 14)
        ]
    );
    assert_eq!(code(&x, "DEMOOPT_URL").description, "The URL to fetch.");
}

#[test]
fn html_lists_and_broken_markers() {
    let html = run("r27_html_lists");
    let ready = code(&html, "DemoErrorCodeNotReady");
    assert_eq!(
        ready.description,
        "The SDK module is not ready.\nPossible solutions：\n- Check the audio device.\n- Initialize the SDK again."
    );
    assert!(code(&html, "DemoErrorCodeRejected")
        .description
        .ends_with("\n1. The user is already in the channel.\n2. The user is joining."));
    let none = code(&html, "DEMO_E_CHANNEL_NONE");
    assert_eq!(none.description, "不指定任何通道");
    assert_eq!(
        none.translations,
        [("en".to_owned(), "Indicates no channel".to_owned())]
    );
    assert!(!none.success);
}

#[test]
fn a_deprecation_in_each_language_is_one_note() {
    let deprecated = run("r28_deprecated_locales");
    assert_eq!(
        code(&deprecated, "kDemoWarningCodeGetRoomFailed")
            .deprecated
            .as_deref(),
        Some("since 3.45 and will be deleted in 3.51.")
    );
}

/// The SDK names and values of every code and alias of `imported`.
fn values(imported: &Import) -> Vec<(String, i128)> {
    imported
        .families
        .iter()
        .flat_map(|family| &family.codes)
        .flat_map(|code| {
            std::iter::once((code.sdk_name.clone(), code.value)).chain(
                code.aliases
                    .iter()
                    .map(|alias| (alias.sdk_name.clone(), code.value)),
            )
        })
        .collect()
}

fn value_of(imported: &Import, sdk_name: &str) -> Option<i128> {
    values(imported)
        .into_iter()
        .find(|(name, _)| name == sdk_name)
        .map(|(_, value)| value)
}

#[test]
fn conditionals_read_as_the_preprocessor_does() {
    let plain = run("r29_conditionals");
    assert_eq!(value_of(&plain, "DEMO_COND_FIRST"), Some(201));
    assert_eq!(value_of(&plain, "DEMO_COND_NO_PERMISSION"), Some(202));
    assert_eq!(value_of(&plain, "DEMO_COND_NEXT"), Some(203));
    for absent in [
        "DEMO_COND_DEVICE_LOST",
        "DEMO_COND_DISABLED",
        "DEMO_COND_ALSO_DISABLED",
    ] {
        assert_eq!(value_of(&plain, absent), None, "{absent}");
    }
    // What the conditions left out is said, with the macro that would read it.
    let left_out: Vec<&rtc_codes_import::Diagnostic> = plain
        .notes()
        .filter(|note| note.kind == rtc_codes_import::Kind::Condition)
        .collect();
    assert_eq!(left_out.len(), 3, "{left_out:?}");
    assert!(left_out[0].message.contains("`DEMO_COND_DEVICE_LOST`"));
    assert_eq!(
        left_out[0].hint,
        Some(rtc_codes_import::Hint::Condition {
            macros: vec!["_WIN32".to_owned()]
        })
    );
    let windows = run("r29_conditionals_win32");
    assert_eq!(value_of(&windows, "DEMO_COND_DEVICE_LOST"), Some(202));
    assert_eq!(value_of(&windows, "DEMO_COND_NO_PERMISSION"), None);
    assert_eq!(
        value_of(&run("r29_conditionals_legacy"), "DEMO_COND_FIRST"),
        Some(101)
    );
}

#[test]
fn undef_and_redefinition_in_line_order() {
    let imported = run("r30_undef");
    assert_eq!(value_of(&imported, "DEMO_REDEF_A"), Some(201));
    assert_eq!(value_of(&imported, "DEMO_REDEF_B"), Some(202));
    assert_eq!(value_of(&imported, "DEMO_R_ERR_ONE"), Some(5));
    assert_eq!(value_of(&imported, "DEMO_R_ERR_TWO"), None);
}

#[test]
fn heads_and_attributes_written_with_macros() {
    let imported = run("r31_macro_heads");
    let family = |name: &str| imported.families.iter().find(|f| f.name == name);
    let head = family("DemoMacroHead").expect("the enum a macro writes");
    assert_eq!(head.repr, "u8");
    assert_eq!(value_of(&imported, "DEMO_HEAD_B"), Some(2));
    assert!(family("DemoFlags").is_some());
    assert!(imported
        .families
        .iter()
        .all(|f| !f.name.contains("FLAG_ENUM")));
    let old = code(&imported, "DEMO_ATTR_OLD");
    assert!(old.deprecated.is_some());
    assert!(family("DemoAttr").is_some());
}

#[test]
fn define_lists_that_call_macros_and_cast_to_typedefs() {
    let imported = run("r32_define_calls");
    assert_eq!(
        value_of(&imported, "DEMO_ERR_VI_INVALID_ID"),
        Some(-1_610_055_678)
    );
    assert_eq!(
        value_of(&imported, "DEMO_ERR_VI_NO_BUFFER"),
        Some(-1_610_055_666)
    );
    let problem = imported
        .problems()
        .find(|problem| problem.name.as_deref() == Some("DEMO_E_FAIL"))
        .expect("a problem of DEMO_E_FAIL");
    assert!(problem.message.contains("`DEMO_HRESULT`"), "{problem}");
    assert_eq!(
        problem.hint,
        Some(rtc_codes_import::Hint::DefineType {
            name: "DEMO_HRESULT".to_owned()
        })
    );
    let with_type = run("r32_define_calls_hresult");
    assert_eq!(value_of(&with_type, "DEMO_E_FAIL"), Some(-2_147_467_259));
    assert_eq!(value_of(&with_type, "DEMO_E_NOTIMPL"), Some(-2_147_467_263));
    let comment = code(&with_type, "DEMO_E_WITH_COMMENT");
    assert_eq!(
        (comment.value, comment.description.as_str()),
        (3, "DEMO_E_WITH_COMMENT")
    );
}

#[test]
fn values_in_their_cpp_types() {
    let imported = run("r33_c_types");
    let family = |name: &str| {
        imported
            .families
            .iter()
            .find(|f| f.name == name)
            .expect(name)
    };
    assert_eq!(family("DemoWide").repr, "i64");
    assert_eq!(value_of(&imported, "Min"), Some(i128::from(i64::MIN)));
    assert_eq!(value_of(&imported, "Max"), Some(i128::from(i64::MAX)));
    assert_eq!(family("DemoByte").repr, "u8");
    assert_eq!(value_of(&imported, "High"), Some(200));
    assert_eq!(family("DemoCount").repr, "u16");
    for (name, value) in [
        ("DEMO_EXPR_TRUNC", 44),
        ("DEMO_EXPR_WRAP", 1),
        ("DEMO_EXPR_NEG_UNSIGNED", 15),
        ("DEMO_EXPR_PICK", 10),
        ("DEMO_EXPR_CMP", 1),
        ("DEMO_EXPR_CHAR", 65),
        ("DEMO_EXPR_TRUE", 2),
        ("DEMO_EXPR_SIZE", 8),
    ] {
        assert_eq!(value_of(&imported, name), Some(value), "{name}");
    }
    // The shift into the sign bit is the compilers' value, and said.
    assert!(imported.notes().any(|note| note
        .message
        .contains("`1LL << 63` shifts into the sign bit")));
}

#[test]
fn gtk_doc_blocks_belong_to_their_symbols() {
    let imported = run("r34_gtkdoc_symbols");
    assert_described(
        &imported,
        &[
            ("DEMO_SHAPE_ROUND", "a round shape"),
            ("DEMO_SHAPE_SQUARE", "a square one"),
            ("DEMO_COLOR_GREEN", "the green one"),
        ],
    );
    assert!(imported
        .notes()
        .any(|note| note.name.as_deref() == Some("DEMO_COLOR_BLUE")));
}

#[test]
fn anonymous_enums_are_named_by_their_prefix() {
    let imported = run("r35_anonymous");
    let names: Vec<&str> = imported.families.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["DemoErr", "DemoResult"]);
    assert_eq!(value_of(&imported, "DEMO_ERR_OK"), Some(0));
    assert_eq!(value_of(&imported, "DEMO_ERR_UNKNOWN"), Some(1000));
    assert_eq!(
        code(&imported, "DEMO_ERR_UNKNOWN").description,
        "Unknown error"
    );
    assert_eq!(value_of(&imported, "DEMO_ERR_NULL_PARAM"), Some(1001));
    assert_eq!(
        value_of(&imported, "DEMO_RESULT_ERROR_DISCONNECTED"),
        Some(-899)
    );
    let selected = run("r35_anonymous_selected");
    let names: Vec<&str> = selected.families.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["DemoErr"]);
}
