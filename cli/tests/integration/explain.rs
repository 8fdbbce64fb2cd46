//! `rtc-codes explain`: lookups, listings, formats and exit statuses.

use std::ffi::OsString;
use std::process::Command;

use rtc_codes_cli::{run, status};

struct Output {
    status: i32,
    stdout: String,
    stderr: String,
}

fn explain(args: &[&str]) -> Output {
    let args: Vec<OsString> = ["rtc-codes", "explain"]
        .iter()
        .chain(args)
        .map(Into::into)
        .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = run(args, &mut out, &mut err);
    Output {
        status,
        stdout: String::from_utf8(out).expect("UTF-8 output"),
        stderr: String::from_utf8(err).expect("UTF-8 errors"),
    }
}

#[test]
fn known_code_prints_family_path_sdk_name_and_description() {
    let output = explain(&["-1000"]);
    assert_eq!(output.status, status::DONE);
    assert!(output.stderr.is_empty());
    let lines: Vec<&str> = output.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", output.stdout);
    assert!(lines[0].starts_with("FAMILY"));
    for expected in [
        "ErrorCode",
        "-1000",
        "kErrorCodeInvalidToken",
        "rtc_codes::ErrorCode::InvalidToken",
        "Token 无效。",
    ] {
        assert!(lines[1].contains(expected), "{expected} in {}", lines[1]);
    }
}

#[test]
fn table_columns_are_aligned_by_display_width() {
    let output = explain(&["0"]);
    let lines: Vec<&str> = output.stdout.lines().skip(1).collect();
    assert_eq!(lines.len(), 14);
    let column = |line: &str| {
        let start = line.find("rtc_codes::").expect("a path");
        unicode_width::UnicodeWidthStr::width(&line[..start])
    };
    let first = column(lines[0]);
    assert!(
        lines.iter().all(|line| column(line) == first),
        "{}",
        output.stdout
    );
}

#[test]
fn name_lookup_accepts_rust_names_sdk_names_and_aliases() {
    for query in [
        "PublishStreamForbidden",
        "kWarningCodePublishStreamForbiden",
        "kWarningCodePublishStreamForbidden",
    ] {
        let output = explain(&[query]);
        assert_eq!(output.status, status::DONE, "{query}");
        assert!(output.stdout.contains("kWarningCodePublishStreamForbiden"));
    }
}

#[test]
fn unknown_code_exits_1_with_a_message() {
    let output = explain(&["-1000", "-1081", "kNoSuchCode"]);
    assert_eq!(output.status, status::NOT_FOUND);
    assert!(
        output.stdout.contains("kErrorCodeInvalidToken"),
        "found codes are still printed"
    );
    assert!(
        output.stderr.contains("no code has the value -1081"),
        "{}",
        output.stderr
    );
    assert!(
        output.stderr.contains("no code is named `kNoSuchCode`"),
        "{}",
        output.stderr
    );
}

#[test]
fn case_mismatch_suggests_the_right_name() {
    let output = explain(&["invalidtoken"]);
    assert_eq!(output.status, status::NOT_FOUND);
    assert!(
        output.stderr.contains("did you mean InvalidToken?"),
        "{}",
        output.stderr
    );
}

#[test]
fn bad_usage_exits_2_with_usage() {
    for args in [
        &["--bogus"][..],
        &[],
        &["--format", "xml", "1"],
        &["--all", "-1000"],
        &["--format"],
    ] {
        let output = explain(args);
        assert_eq!(output.status, status::USAGE, "{args:?}");
        assert!(
            output.stderr.contains("Usage: rtc-codes explain"),
            "{args:?}: {}",
            output.stderr
        );
        assert!(output.stdout.is_empty());
    }
    let help = explain(&["--help"]);
    assert_eq!(help.status, status::DONE);
    assert!(help.stdout.contains("Usage: rtc-codes explain"));
    assert!(help.stdout.contains("--family <NAME>"));
}

#[test]
fn huge_and_odd_numbers_are_not_found_not_panics() {
    for query in [
        "99999999999999999999999",
        "-9223372036854775808",
        "+0",
        "--1",
        "0x10",
        "",
        "١٢",
    ] {
        let output = explain(&["--", query]);
        assert!(
            output.status == status::DONE || output.status == status::NOT_FOUND,
            "{query}"
        );
    }
    assert_eq!(explain(&["+0"]).status, status::DONE);
}

#[test]
fn family_option_lists_or_restricts() {
    let output = explain(&["--family", "ErrorCode", "--format", "tsv"]);
    assert_eq!(output.status, status::DONE);
    assert_eq!(output.stdout.lines().count(), 20);
    let output = explain(&["--family=PlayerError", "0", "-1000"]);
    assert_eq!(output.status, status::NOT_FOUND);
    assert!(
        output.stdout.contains("kPlayerErrorOK")
            && !output.stdout.contains("kErrorCodeInvalidToken")
    );
    assert!(output.stderr.contains("in PlayerError"));
    let output = explain(&["--family", "NoSuchFamily"]);
    assert_eq!(output.status, status::NOT_FOUND);
    assert!(output.stderr.contains("no family is named `NoSuchFamily`"));
}

#[test]
fn json_is_valid_for_listings_and_lookups() {
    let output = explain(&["--all", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&output.stdout).expect("valid JSON");
    let codes = value["codes"].as_array().expect("an array");
    assert_eq!(codes.len(), 172);
    assert_eq!(codes[0]["family"], "UserVisibilityChangeError");
    assert_eq!(codes[0]["query"], serde_json::Value::Null);
    let output = explain(&["--format=json", "0", "nope"]);
    assert_eq!(output.status, status::NOT_FOUND);
    let value: serde_json::Value = serde_json::from_str(&output.stdout).expect("valid JSON");
    let codes = value["codes"].as_array().expect("an array");
    assert_eq!(codes.len(), 14);
    assert!(codes.iter().all(|code| code["query"] == "0"));
    assert_eq!(value["not_found"][0]["query"], "nope");
    let invalid = &explain(&["--format=json", "-6001"]).stdout;
    let value: serde_json::Value = serde_json::from_str(invalid).expect("valid JSON");
    assert_eq!(value["codes"][0]["value"], -6001);
}

#[test]
fn tsv_has_the_header_and_escapes() {
    let output = explain(&["--all", "--format", "tsv"]);
    let mut lines = output.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("family\tvalue\tsdk_name\tname\tdescription")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 172);
    assert!(rows.iter().all(|row| row.split('\t').count() == 5));
    let join_room = rows
        .iter()
        .find(|row| row.contains("kWarningCodeJoinRoomFailed"))
        .expect("a row");
    assert!(
        join_room.contains("进房失败。\\n当你调用"),
        "a newline is written as \\n"
    );
}

/// The built command as a process: exit codes and streams as a shell sees them.
#[test]
fn the_command_runs() {
    let exe = env!("CARGO_BIN_EXE_rtc-codes");
    let output = Command::new(exe)
        .args(["explain", "-1000"])
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("kErrorCodeInvalidToken"));
    for args in [&["explain", "--nope"][..], &[], &["nope"]] {
        let output = Command::new(exe)
            .args(args)
            .output()
            .expect("rtc-codes runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
    }
    let output = Command::new(exe)
        .args(["explain", "1234567"])
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(1));
    for args in [
        &["--help"][..],
        &["explain", "--help"],
        &["import", "--help"],
        &["--version"],
    ] {
        let output = Command::new(exe)
            .args(args)
            .output()
            .expect("rtc-codes runs");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(!output.stdout.is_empty(), "{args:?}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let output = Command::new(exe)
            .arg("explain")
            .arg(std::ffi::OsStr::from_bytes(&[0xff, 0xfe]))
            .output()
            .expect("rtc-codes runs");
        assert_eq!(output.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&output.stderr).contains("UTF-8"));
    }
}

#[test]
fn hex_values_are_looked_up() {
    let output = explain(&["0x3e8", "0X3E8", "--", "-0x3e8", "0x0"]);
    assert_eq!(output.status, status::DONE, "{}", output.stderr);
    assert!(output.stdout.contains("MESSAGE_CODE_ERROR_UNKNOWN"), "1000");
    assert!(output.stdout.contains("kErrorCodeInvalidToken"), "-1000");
    assert!(output.stdout.contains("kPlayerErrorOK"), "0");
    let output = explain(&["0x7fffffff", "0xg"]);
    assert_eq!(output.status, status::NOT_FOUND);
    assert!(
        output.stderr.contains("no code has the value 0x7fffffff"),
        "{}",
        output.stderr
    );
    assert!(
        output.stderr.contains("no code is named `0xg`"),
        "{}",
        output.stderr
    );
}

#[test]
fn typos_suggest_the_closest_names() {
    let output = explain(&["kErrorCodeInvalidTokn"]);
    assert_eq!(output.status, status::NOT_FOUND);
    assert!(
        output
            .stderr
            .contains("no code is named `kErrorCodeInvalidTokn` in any documented family (did you mean kErrorCodeInvalidToken?)"),
        "{}",
        output.stderr
    );
    let output = explain(&["InvalidTokne"]);
    assert!(
        output.stderr.contains("did you mean InvalidToken?"),
        "{}",
        output.stderr
    );
    let output = explain(&["kNoSuchCodeAtAll"]);
    assert!(!output.stderr.contains("did you mean"), "{}", output.stderr);
}

mod hostile {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// Any arguments: a status of 0, 1 or 2 and output, never a panic.
        #[test]
        fn any_arguments(args in prop::collection::vec("\\PC{0,24}|-?[0-9]{1,40}|--[a-z=]{0,10}", 0..6)) {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let output = explain(&args);
            prop_assert!([status::DONE, status::NOT_FOUND, status::USAGE].contains(&output.status));
            prop_assert!(!output.stdout.is_empty() || !output.stderr.is_empty());
        }

        /// Arbitrary bytes as arguments (not UTF-8 on Unix): a usage error, never a panic.
        #[cfg(unix)]
        #[test]
        fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..32)) {
            use std::os::unix::ffi::OsStringExt;
            let (mut out, mut err) = (Vec::new(), Vec::new());
            let valid = String::from_utf8(bytes.clone()).is_ok();
            let args = vec!["rtc-codes".into(), "explain".into(), OsString::from_vec(bytes)];
            let status = run(args, &mut out, &mut err);
            if valid {
                prop_assert!([status::DONE, status::NOT_FOUND, status::USAGE].contains(&status));
            } else {
                prop_assert_eq!(status, status::USAGE);
            }
        }
    }
}

#[test]
fn lang_prints_the_english_description() {
    let output = explain(&["--lang", "en", "--", "-1000"]);
    assert_eq!(output.status, status::DONE);
    assert!(
        output
            .stdout
            .contains("Invalid token. The token used to call joinRoom"),
        "{}",
        output.stdout
    );
    assert!(!output.stdout.contains("Token 无效"));
    let tsv = explain(&["--lang=en", "--all", "--format", "tsv"]);
    assert!(tsv.stdout.lines().skip(1).all(str::is_ascii));
    let json = explain(&["--lang", "en", "--format", "json", "-1000"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).expect("valid JSON");
    assert!(value["codes"][0]["description"]
        .as_str()
        .is_some_and(|d| d.starts_with("Invalid token.")));
    assert!(value["codes"][0]["translations"]["en"].is_string());
    let unknown = explain(&["--lang", "fr", "-1000"]);
    assert_eq!(unknown.status, status::USAGE);
    assert!(unknown.stderr.contains("no descriptions in `fr`"));
    assert!(
        unknown.stderr.contains("Usage: rtc-codes explain"),
        "{}",
        unknown.stderr
    );
}

/// `--lang` takes the tags people write: the families' own language (`zh`), a region
/// (`en-US` finds `en`, `zh-CN` finds `zh`), in any case.
#[test]
fn lang_takes_tags_as_locales_write_them() {
    let chinese = explain(&["--lang", "zh", "--", "-1000"]);
    assert_eq!(chinese.status, status::DONE, "{}", chinese.stderr);
    assert!(chinese.stdout.contains("Token 无效"), "{}", chinese.stdout);
    let mainland = explain(&["--lang", "zh-CN", "--", "-1000"]);
    assert_eq!(mainland.stdout, chinese.stdout);
    let english = explain(&["--lang", "EN-us", "--", "-1000"]);
    assert_eq!(english.status, status::DONE);
    assert!(
        english.stdout.contains("Invalid token."),
        "{}",
        english.stdout
    );
    let unknown = explain(&["--lang", "fr-FR", "-1000"]);
    assert_eq!(unknown.status, status::USAGE);
    assert!(
        unknown.stderr.contains("described in: en, zh"),
        "{}",
        unknown.stderr
    );
}

/// A test header, by its path.
fn header(name: &str) -> String {
    format!(
        "{}/../import/tests/headers/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// `--header`: the codes of a header's enums, looked up, listed and searched as the documented
/// ones are, in every format and language.
#[test]
fn header_codes_are_explained() {
    let success = header("cases/r10_success.h");
    let found = explain(&["--header", &success, "403", "kDemoRtcErrTimeout", "0x1a1"]);
    assert_eq!(found.status, status::DONE, "{}", found.stderr);
    assert!(
        found.stdout.contains("KDemoRtcErrPermissionDenied"),
        "{}",
        found.stdout
    );
    assert!(
        found.stdout.contains("DemoRtcError::Timeout"),
        "{}",
        found.stdout
    );
    assert!(
        found.stdout.contains("Invalid app key."),
        "{}",
        found.stdout
    );
    // What is -1081 in the headers I link? Not there: exit 1, naming where it looked.
    let missing = explain(&["--header", &success, "--", "-1081"]);
    assert_eq!(missing.status, status::NOT_FOUND);
    assert!(missing
        .stderr
        .contains("no code has the value -1081 in the enums of the headers"));
    let typo = explain(&["--header", &success, "kDemoRtcErrTimeot"]);
    assert!(
        typo.stderr.contains("did you mean kDemoRtcErrTimeout?"),
        "{}",
        typo.stderr
    );

    let family = explain(&[
        "--header",
        &success,
        "--family",
        "DemoLiteError",
        "--format",
        "tsv",
    ]);
    assert_eq!(family.status, status::DONE);
    assert_eq!(family.stdout.lines().count(), 3, "{}", family.stdout);
    let all = explain(&["--header", &success, "--all", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&all.stdout).expect("valid JSON");
    assert_eq!(value["codes"].as_array().map(Vec::len), Some(11));

    let bilingual = header("cases/r06_huawei.h");
    let english = explain(&["--header", &bilingual, "--lang", "en-GB", "33554432"]);
    assert_eq!(english.status, status::DONE, "{}", english.stderr);
    assert!(
        english.stdout.contains("Indicates unknown error"),
        "{}",
        english.stdout
    );
    let chinese = explain(&["--header", &bilingual, "33554432"]);
    assert!(chinese.stdout.contains("未知错误"), "{}", chinese.stdout);
    let french = explain(&["--header", &bilingual, "--lang", "fr", "33554432"]);
    assert_eq!(french.status, status::USAGE);

    // Several headers, read together: values across them.
    let frame = explain(&[
        "--header",
        &header("cases/r12_b_frame.h"),
        "--header",
        &header("cases/r12_a_pixel.h"),
        "kRGBA",
    ]);
    assert_eq!(frame.status, status::DONE, "{}", frame.stderr);
    assert!(frame.stdout.contains("FrameFormat"), "{}", frame.stdout);

    let unreadable = explain(&["--header", "no/such/header.h", "1"]);
    assert_eq!(unreadable.status, status::NOT_FOUND);
    assert!(
        unreadable.stderr.contains("cannot read no/such/header.h"),
        "{}",
        unreadable.stderr
    );
}

/// `--search`: every code whose names or descriptions, in any language, have all the words.
#[test]
fn search_finds_codes_by_words() {
    let token = explain(&["--search", "token EXPIRED"]);
    assert_eq!(token.status, status::DONE);
    assert!(
        token.stdout.contains("kRoomErrorTokenExpired"),
        "{}",
        token.stdout
    );
    assert!(
        !token.stdout.contains("kErrorCodeJoinRoom "),
        "{}",
        token.stdout
    );
    // In Chinese too, and in a header's codes.
    let chinese = explain(&["--search", "过期", "--format", "tsv"]);
    assert!(
        chinese.stdout.contains("kRoomErrorTokenExpired"),
        "{}",
        chinese.stdout
    );
    let header_search = explain(&["--header", &header("cases/r11_markup.h"), "--search", "120"]);
    assert_eq!(header_search.status, status::DONE);
    assert!(
        header_search.stdout.contains("kDemoScenarioSmall"),
        "{}",
        header_search.stdout
    );
    let none = explain(&["--search", "no such words anywhere"]);
    assert_eq!(none.status, status::NOT_FOUND);
    assert!(
        none.stderr
            .contains("no code in any documented family says"),
        "{}",
        none.stderr
    );
    let conflicting = explain(&["--search", "token", "--all"]);
    assert_eq!(conflicting.status, status::USAGE);
}
