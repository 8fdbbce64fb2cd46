//! `rtc-codes` as people live in it: one JSON shape for every query, headers as an SDK ships them
//! (folders, several at once, `RTC_CODES_HEADERS`, the importer's options), quiet lookups,
//! forgiving input, the language of the environment, `diff` between two SDK versions, and the
//! completions and manual page. Run as the binary, with the environment each case needs.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

struct Output {
    status: i32,
    stdout: String,
    stderr: String,
}

/// `rtc-codes ARGS` with the variables `env` set (and no locale or headers of the caller's).
fn rtc_codes(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_rtc-codes"));
    command.args(args);
    for name in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "RTC_CODES_HEADERS",
        "COLUMNS",
    ] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().expect("rtc-codes runs");
    Output {
        status: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8(output.stdout).expect("UTF-8"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8"),
    }
}

fn headers() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../import/tests/headers")
}

fn header(name: &str) -> String {
    headers().join(name).display().to_string()
}

/// Checks that `json` has the documented shape: `{"codes": [...], "not_found": [...]}`, each
/// code the same object, each query that found nothing `{"query", "message"}`.
fn assert_shape(json: &str) -> Value {
    let value: Value = serde_json::from_str(json).expect("valid JSON");
    let object = value.as_object().expect("an object");
    let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["codes", "not_found"]);
    for code in value["codes"].as_array().expect("codes") {
        let mut keys: Vec<&str> = code
            .as_object()
            .expect("a code")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            [
                "aliases",
                "description",
                "family",
                "file",
                "name",
                "query",
                "rust_path",
                "sdk_name",
                "success",
                "translations",
                "value"
            ]
        );
        assert!(code["query"].is_string() || code["query"].is_null());
        for key in ["family", "name", "rust_path", "sdk_name", "description"] {
            assert!(code[key].is_string(), "{key}");
        }
        assert!(code["value"].is_i64() || code["value"].is_u64());
        assert!(code["aliases"]
            .as_array()
            .is_some_and(|a| a.iter().all(Value::is_string)));
        assert!(code["translations"]
            .as_object()
            .is_some_and(|t| t.values().all(Value::is_string)));
        assert!(code["success"].is_boolean());
    }
    for missing in value["not_found"].as_array().expect("not_found") {
        assert!(missing["query"].is_string() || missing["query"].is_null());
        assert!(missing["message"].is_string());
    }
    value
}

#[test]
fn every_query_kind_has_one_json_shape() {
    let markup = header("cases/r11_markup.h");
    let kinds: [(&[&str], i32); 9] = [
        (&["-1000", "nope"], 1),
        (&["kErrorCodeInvalidToken"], 0),
        (&["--search", "token"], 0),
        (&["--search", "no such words here"], 1),
        (&["--family", "ErrorCode"], 0),
        (&["--family", "Nope"], 1),
        (&["--all"], 0),
        (&["--header", &markup, "--all"], 0),
        (&["--header", &markup, "2", "99"], 1),
    ];
    for (args, status) in kinds {
        let mut all = vec!["explain", "--format", "json"];
        all.extend(args);
        let output = rtc_codes(&all, &[]);
        assert_eq!(output.status, status, "{args:?}: {}", output.stderr);
        let value = assert_shape(&output.stdout);
        let codes = value["codes"].as_array().map_or(0, Vec::len);
        let missing = value["not_found"].as_array().map_or(0, Vec::len);
        assert_eq!(missing > 0, status == 1, "{args:?}");
        assert!(codes > 0 || missing > 0, "{args:?}");
    }
    let lookup =
        assert_shape(&rtc_codes(&["explain", "--format", "json", "-1000", "nope"], &[]).stdout);
    assert_eq!(lookup["codes"][0]["query"], "-1000");
    assert_eq!(lookup["not_found"][0]["query"], "nope");
    assert!(lookup["not_found"][0]["message"]
        .as_str()
        .is_some_and(|m| m.contains("no code is named `nope`")));
}

#[test]
fn empty_results_print_the_formats_empty_form_and_exit_1() {
    let expected = [
        ("table", String::new()),
        ("tsv", "family\tvalue\tsdk_name\tname\tdescription\n".to_owned()),
        (
            "markdown",
            "| Family | Value | SDK name | Rust path | Description |\n| --- | --: | --- | --- | --- |\n"
                .to_owned(),
        ),
    ];
    for (format, empty) in expected {
        for args in [
            vec!["explain", "--format", format, "--family", "Nope"],
            vec![
                "explain",
                "--format",
                format,
                "--search",
                "no such words here",
            ],
            vec!["explain", "--format", format, "kNoSuchCode"],
        ] {
            let output = rtc_codes(&args, &[]);
            assert_eq!(output.status, 1, "{args:?}");
            assert_eq!(output.stdout, empty, "{args:?}");
            assert!(
                output.stderr.starts_with("rtc-codes explain: no "),
                "{args:?}: {}",
                output.stderr
            );
        }
    }
}

#[test]
fn headers_as_an_sdk_ships_them() {
    let cases = header("cases");
    // A folder: every header under it, the problems of those it cannot read in one line.
    let folder = rtc_codes(&["explain", "--header", &cases, "kDemoScenarioSmall"], &[]);
    assert_eq!(folder.status, 0, "{}", folder.stderr);
    assert!(folder.stdout.contains("Resolution 160 × 120."));
    assert_eq!(folder.stderr.lines().count(), 1, "{}", folder.stderr);
    assert!(folder.stderr.contains("could not be read") && folder.stderr.contains("--verbose"));
    let verbose = rtc_codes(
        &[
            "explain",
            "--verbose",
            "--header",
            &cases,
            "kDemoScenarioSmall",
        ],
        &[],
    );
    assert!(verbose.stderr.lines().count() > 1);
    // Several values after one `--header`, then the codes.
    let several = rtc_codes(
        &[
            "explain",
            "--header",
            &header("cases/r11_markup.h"),
            &header("cases/r10_success.h"),
            "-1",
            "2",
        ],
        &[],
    );
    assert_eq!(several.status, 0, "{}", several.stderr);
    assert!(several.stdout.contains("ERR_FAILED") && several.stdout.contains("kDemoScenarioSmall"));
    // `RTC_CODES_HEADERS`: the SDK's codes beside the documented ones.
    let list = std::env::join_paths([
        header("cases/r03_locale_br.h"),
        header("cases/r11_markup.h"),
    ])
    .expect("a path list");
    let list = list.to_str().expect("UTF-8");
    let both = rtc_codes(&["explain", "-1000"], &[("RTC_CODES_HEADERS", list)]);
    assert_eq!(both.status, 0, "{}", both.stderr);
    assert!(both.stdout.contains("kErrorCodeInvalidToken"));
    assert!(both.stdout.contains("kDemoJoinErrorInvalidToken"));
    // A header that is not there is said, and fails the lookup.
    let missing = rtc_codes(&["explain", "--header", "no/such/header.h", "1"], &[]);
    assert_eq!(missing.status, 1);
    assert!(missing.stderr.contains("cannot read no/such/header.h"));
}

#[test]
fn the_importers_options_work_in_explain() {
    let codec = rtc_codes(
        &[
            "explain",
            "--header",
            &header("cases/r24_define_list.h"),
            "--macros",
            "DemoCodecError=DEMO_CODEC_,-DEMO_CODEC_MAX",
            "-6",
        ],
        &[],
    );
    assert_eq!(codec.status, 0, "{}", codec.stderr);
    assert!(codec.stdout.contains("DEMO_CODEC_INVALID_STATE"));
    let gbk = rtc_codes(
        &[
            "explain",
            "--header",
            &header("cases/r14_gbk.h"),
            "--encoding",
            "gb18030",
            "DEMO_LOG_ERROR",
        ],
        &[],
    );
    assert!(gbk.stdout.contains("错误级别"), "{}", gbk.stderr);
    let defined = rtc_codes(
        &[
            "explain",
            "--header",
            &header("unreadable.h"),
            "-D",
            "SOME_MACRO=40",
            "41",
        ],
        &[],
    );
    assert_eq!(defined.status, 0, "{}", defined.stderr);
    assert!(defined.stdout.contains("kMixedMacro"), "{}", defined.stdout);
}

#[test]
fn forgiving_input() {
    let family = rtc_codes(&["explain", "--family", "errorcode"], &[]);
    assert_eq!(family.status, 0);
    assert!(family.stdout.contains("kErrorCodeInvalidToken"));
    let typo = rtc_codes(&["explain", "--family", "ErorCode"], &[]);
    assert_eq!(typo.status, 1);
    assert!(
        typo.stderr.contains("did you mean ErrorCode?"),
        "{}",
        typo.stderr
    );
    let hex = rtc_codes(&["explain", "-0x3e8"], &[]);
    assert_eq!(hex.status, 0, "{}", hex.stderr);
    assert!(hex.stdout.contains("kErrorCodeInvalidToken"));
    let phrase = rtc_codes(&["explain", "Token 无效"], &[]);
    assert_eq!(phrase.status, 1);
    assert!(
        phrase.stderr.contains("--search 'Token 无效'"),
        "{}",
        phrase.stderr
    );
    let lang = rtc_codes(&["explain", "--lang", "english", "-1000"], &[]);
    assert_eq!(lang.status, 2);
    assert!(
        lang.stderr.contains("`english` is not a language tag"),
        "{}",
        lang.stderr
    );
    let posix = rtc_codes(&["explain", "--lang", "en_US.UTF-8", "-1000"], &[]);
    assert_eq!(posix.status, 0, "{}", posix.stderr);
    assert!(posix.stdout.contains("Invalid token."));
    // The default locale, with its codeset, is the families' own language.
    let default = rtc_codes(
        &["explain", "--lang", "C.UTF-8", "-1000"],
        &[("LANG", "en_US.UTF-8")],
    );
    assert_eq!(default.status, 0, "{}", default.stderr);
    assert!(default.stdout.contains("Token 无效"), "{}", default.stdout);
    let option = rtc_codes(&["explain", "--bogus"], &[]);
    assert_eq!(option.status, 2);
}

#[test]
fn the_language_follows_the_locale() {
    for (name, value) in [
        ("LANG", "en_US.UTF-8"),
        ("LC_ALL", "en_GB"),
        ("LC_MESSAGES", "en"),
    ] {
        let output = rtc_codes(&["explain", "-1000"], &[(name, value)]);
        assert!(output.stdout.contains("Invalid token."), "{name}={value}");
    }
    // `LC_ALL` first; `C` and a language the families lack are the default.
    let first = rtc_codes(
        &["explain", "-1000"],
        &[("LC_ALL", "C"), ("LANG", "en_US.UTF-8")],
    );
    assert!(first.stdout.contains("Token 无效"));
    let french = rtc_codes(&["explain", "-1000"], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(french.status, 0);
    assert!(french.stdout.contains("Token 无效"));
    // `--lang` wins.
    let asked = rtc_codes(
        &["explain", "--lang", "zh", "-1000"],
        &[("LANG", "en_US.UTF-8")],
    );
    assert!(asked.stdout.contains("Token 无效"));
}

#[test]
fn completions_and_the_manual() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let output = rtc_codes(&["completions", shell], &[]);
        assert_eq!(output.status, 0, "{shell}");
        assert!(
            output.stdout.contains("explain") && output.stdout.contains("header"),
            "{shell}"
        );
    }
    let man = rtc_codes(&["man"], &[]);
    assert_eq!(man.status, 0);
    assert!(man.stdout.starts_with(".ie") && man.stdout.contains("rtc\\-codes"));
    let diff = rtc_codes(&["man", "diff"], &[]);
    assert!(diff.stdout.contains("rtc\\-codes\\-diff"));
    assert_eq!(rtc_codes(&["man", "nope"], &[]).status, 2);
    assert_eq!(rtc_codes(&["completions", "tcsh"], &[]).status, 2);
}

/// The two versions of `import/tests/headers/diff/`.
fn diff_dir(name: &str) -> String {
    header(&format!("diff/{name}"))
}

#[test]
fn diff_lists_what_changed_between_two_versions() {
    let output = rtc_codes(
        &[
            "diff",
            &diff_dir("old"),
            &diff_dir("new"),
            "--descriptions",
            "--format",
            "tsv",
        ],
        &[],
    );
    assert_eq!(output.status, 1, "{}", output.stderr);
    let expected = "family\tchange\tsdk_name\told_value\tnew_value\tdetail
DemoPlayerError\tmoved\tDemoPlayerError\t\t\tfrom player.h to media/player.h
DemoRoomError\tre-described\tkDemoRoomErrorTokenInvalid\t-1000\t-1000\twas: Token 无效。\\nnow: Token 无效，请重新获取 Token。
DemoRoomError\trenumbered\tkDemoRoomErrorKicked\t-1002\t-1010\t被踢出房间。
DemoRoomError\trenamed\tkDemoRoomErrorNoPermission\t-1003\t-1003\twas kDemoRoomErrorOldName
DemoRoomError\tremoved\tkDemoRoomErrorGone\t-1004\t\t已废弃的错误。
DemoRoomError\tadded\tkDemoRoomErrorTimeout\t\t-1005\t进房超时。
DemoNetError\tfamily added\tDemoNetError\t\t\tenum DemoNetError of room.h
DemoNetError\tadded\tkDemoNetErrorOffline\t\t1\t网络断开。
DemoStreamError\tfamily removed\tDemoStreamError\t\t\tenum DemoStreamError of room.h
DemoStreamError\tremoved\tkDemoStreamErrorBusy\t1\t\t推流忙。
";
    assert_eq!(
        output.stdout.replace('\r', ""),
        expected.replace('/', std::path::MAIN_SEPARATOR_STR)
    );
    assert!(output.stderr.contains("breaking"), "{}", output.stderr);
    // Without --descriptions, no re-described code.
    let plain = rtc_codes(&["diff", &diff_dir("old"), &diff_dir("new")], &[]);
    assert!(!plain.stdout.contains("re-described"));
    // JSON: every change one object, breaking ones said.
    let json = rtc_codes(
        &[
            "diff",
            &diff_dir("old"),
            &diff_dir("new"),
            "--format",
            "json",
        ],
        &[],
    );
    let value: Value = serde_json::from_str(&json.stdout).expect("valid JSON");
    assert_eq!(value["breaking"], true);
    let renumbered = value["changes"]
        .as_array()
        .and_then(|changes| changes.iter().find(|c| c["change"] == "renumbered"))
        .expect("a renumbered code");
    assert_eq!(renumbered["old"]["value"], -1002);
    assert_eq!(renumbered["new"]["value"], -1010);
    assert_eq!(renumbered["breaking"], true);
    // Added codes only: nothing breaks.
    let additions = rtc_codes(&["diff", &diff_dir("old"), &diff_dir("additions")], &[]);
    assert_eq!(additions.status, 0, "{}", additions.stderr);
    assert_eq!(additions.stdout.lines().count(), 3, "{}", additions.stdout);
    // The same headers: nothing changed.
    let same = rtc_codes(&["diff", &diff_dir("old"), &diff_dir("old")], &[]);
    assert_eq!((same.status, same.stdout.as_str()), (0, ""));
    assert!(same.stderr.contains("no code changed"));
    // One header against another, and bad usage.
    let files = rtc_codes(
        &[
            "diff",
            &header("diff/old/room.h"),
            &header("diff/new/room.h"),
        ],
        &[],
    );
    assert_eq!(files.status, 1);
    assert!(files.stdout.contains("kDemoRoomErrorGone"));
    assert_eq!(
        rtc_codes(&["diff", "no/such/dir", &diff_dir("new")], &[]).status,
        2
    );
    assert_eq!(rtc_codes(&["diff", &diff_dir("old")], &[]).status, 2);
}

/// What `--macros` and `--header` cannot use is said: a family of macros written wrong or
/// matching nothing, a folder without headers, codes after `--header` beside `--all`.
#[test]
fn unusable_reading_options_are_said() {
    let codec = header("cases/r24_define_list.h");
    // A value the option does not take is bad usage, before any header is read.
    let malformed = rtc_codes(&["import", &codec, "--macros", "DEMO_CODEC_"], &[]);
    assert_eq!(malformed.status, 2);
    assert!(
        malformed
            .stderr
            .contains("`DEMO_CODEC_` does not name a family of macros: write `FAMILY=PREFIX`"),
        "{}",
        malformed.stderr
    );
    let nothing = rtc_codes(&["import", &codec, "--macros", "Nothing=NO_SUCH_"], &[]);
    assert_eq!(nothing.status, 1);
    assert!(
        nothing.stderr.contains(
            "no `#define` of the headers makes the family `Nothing`: none is named `NO_SUCH_...`"
        ),
        "{}",
        nothing.stderr
    );
    let empty = std::env::temp_dir().join(format!("rtc-codes-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("a folder");
    let folder = rtc_codes(
        &["explain", "--header", &empty.display().to_string(), "1"],
        &[],
    );
    let _ = std::fs::remove_dir(&empty);
    assert_eq!(folder.status, 1);
    assert!(
        folder
            .stderr
            .contains("the folder has no header (.h, .hh, .hpp, .hxx)"),
        "{}",
        folder.stderr
    );
    let both = rtc_codes(&["explain", "--all", "--header", &codec, "-1"], &[]);
    assert_eq!(both.status, 2);
    assert!(
        both.stderr
            .contains("codes to look up and --all cannot be given together"),
        "{}",
        both.stderr
    );
}

/// A diff a CI can gate an upgrade on: either side unreadable or empty is bad usage; a family
/// whose header is gone, or that could not be read, is no removal; `--family` narrows it.
#[test]
fn diff_gates_an_upgrade() {
    let dir = std::env::temp_dir().join(format!("rtc-codes-diff-gate-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for side in ["old", "new", "empty"] {
        std::fs::create_dir_all(dir.join(side)).expect("a folder");
    }
    let write = |path: &str, text: &str| std::fs::write(dir.join(path), text).expect("a header");
    write(
        "old/room.h",
        "enum DemoRoom { kDemoRoomFull = 1, kDemoRoomGone = 2 };\n",
    );
    write("old/net.h", "enum DemoNet { kDemoNetDown = 1 };\n");
    write("old/media.h", "enum DemoMedia { kDemoMediaA = 1 };\n");
    write("new/room.h", "enum DemoRoom { kDemoRoomFull = 1 };\n");
    // media.h is there, but its enum cannot be read; net.h is gone.
    write(
        "new/media.h",
        "enum DemoMedia { kDemoMediaA = UNKNOWN_BASE };\n",
    );
    write("empty/notes.h", "/* no code here */\n");
    let path = |side: &str| dir.join(side).display().to_string();

    let diff = rtc_codes(
        &["diff", &path("old"), &path("new"), "--format", "tsv"],
        &[],
    );
    assert_eq!(diff.status, 1, "{}", diff.stderr);
    assert!(
        diff.stdout.contains("DemoNet\theader gone\tDemoNet"),
        "{}",
        diff.stdout
    );
    assert!(
        diff.stdout.contains("DemoMedia\tunreadable\tDemoMedia"),
        "{}",
        diff.stdout
    );
    assert!(!diff.stdout.contains("family removed"), "{}", diff.stdout);
    assert!(
        diff.stdout.contains("DemoRoom\tremoved\tkDemoRoomGone"),
        "{}",
        diff.stdout
    );
    // Narrowed to the families that are no removal, nothing breaks.
    let narrowed = rtc_codes(
        &[
            "diff",
            &path("old"),
            &path("new"),
            "--family",
            "demonet",
            "--family",
            "DemoMedia",
        ],
        &[],
    );
    assert_eq!(narrowed.status, 0, "{}", narrowed.stderr);
    assert!(
        narrowed.stderr.contains("1 header gone, 1 unreadable"),
        "{}",
        narrowed.stderr
    );
    let unknown = rtc_codes(
        &["diff", &path("old"), &path("new"), "--family", "DemoRom"],
        &[],
    );
    assert_eq!(unknown.status, 2);
    assert!(
        unknown.stderr.contains("did you mean DemoRoom?"),
        "{}",
        unknown.stderr
    );
    // A guard pointed at a folder with no code, or at a file that cannot be read, fails.
    let empty = rtc_codes(&["diff", &path("old"), &path("empty")], &[]);
    assert_eq!(empty.status, 2, "{}", empty.stderr);
    assert!(empty.stderr.contains("holds no code"), "{}", empty.stderr);
    std::fs::create_dir_all(dir.join("nothing")).expect("a folder");
    let no_headers = rtc_codes(&["diff", &path("old"), &path("nothing")], &[]);
    assert_eq!(no_headers.status, 2, "{}", no_headers.stderr);
    assert!(
        no_headers.stderr.contains("cannot be read"),
        "{}",
        no_headers.stderr
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// The command line people type: options after the codes, a negative value with no `--`, an
/// unknown option always an error with the closest one, a word that names nothing pointed at
/// `--search`.
#[test]
fn options_stand_anywhere() {
    let json = rtc_codes(&["explain", "-1000", "--format", "json"], &[]);
    assert_eq!(json.status, 0, "{}", json.stderr);
    assert!(json.stdout.starts_with('{'), "{}", json.stdout);
    let hex = rtc_codes(&["explain", "-0x3e8", "--lang", "en"], &[]);
    assert_eq!(hex.status, 0, "{}", hex.stderr);
    assert!(hex.stdout.contains("Invalid token"), "{}", hex.stdout);
    let typo = rtc_codes(&["explain", "-1000", "--formt", "json"], &[]);
    assert_eq!(typo.status, 2);
    assert!(
        typo.stderr
            .contains("a similar argument exists: '--format'"),
        "{}",
        typo.stderr
    );
    let after_header = rtc_codes(
        &["explain", "--header", &header("objc.h"), "--foo", "403"],
        &[],
    );
    assert_eq!(after_header.status, 2, "{}", after_header.stderr);
    assert!(
        after_header.stderr.contains("unexpected argument '--foo'"),
        "{}",
        after_header.stderr
    );
    let word = rtc_codes(&["explain", "token"], &[]);
    assert_eq!(word.status, 1);
    assert!(word.stderr.contains("--search 'token'"), "{}", word.stderr);
    // An anonymous enum's code is found through its header.
    let anonymous = rtc_codes(
        &[
            "explain",
            "--header",
            &header("cases/r35_anonymous.h"),
            "1000",
        ],
        &[],
    );
    assert_eq!(anonymous.status, 0, "{}", anonymous.stderr);
    assert!(
        anonymous.stdout.contains("DEMO_ERR_UNKNOWN"),
        "{}",
        anonymous.stdout
    );
}

/// A header documented in English declares it: `--lang en` finds its text, and the JSON of a
/// header's code names the header.
#[test]
fn an_english_header_answers_in_english() {
    let found = rtc_codes(
        &[
            "explain",
            "--header",
            &header("cases/r29_conditionals.h"),
            "--lang",
            "en",
            "202",
            "--format",
            "json",
        ],
        &[],
    );
    assert_eq!(found.status, 0, "{}", found.stderr);
    let value: Value = serde_json::from_str(&found.stdout).expect("JSON");
    let code = &value["codes"][0];
    assert_eq!(code["description"], "Elsewhere.");
    assert!(
        code["file"]
            .as_str()
            .is_some_and(|file| file.ends_with("r29_conditionals.h")),
        "{code}"
    );
}
