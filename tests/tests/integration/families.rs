//! The documented families: every code, round trips, the registry.

use std::collections::HashSet;
use std::fmt::Debug;

use codes::{Code, FAMILIES};

/// Counts per family, in the documentation page's order.
const EXPECTED: [(&str, usize); 16] = [
    ("UserVisibilityChangeError", 3),
    ("ForwardStreamError", 6),
    ("SubtitleErrorCode", 9),
    ("KTVErrorCode", 21),
    ("KTVPlayerErrorCode", 13),
    ("AudioRecordingErrorCode", 7),
    ("LocalProxyError", 7),
    ("StreamMixingErrorCode", 13),
    ("PublicStreamErrorCode", 7),
    ("WarningCode", 21),
    ("ErrorCode", 19),
    ("AudioMixingError", 12),
    ("LocalAudioStreamError", 6),
    ("LocalVideoStreamError", 8),
    ("MessageSendResultCode", 10),
    ("PlayerError", 10),
];

#[test]
fn sixteen_families_and_172_codes_in_document_order() {
    let found: Vec<(&str, usize)> = FAMILIES.iter().map(|f| (f.name, f.codes.len())).collect();
    assert_eq!(found, EXPECTED);
    assert_eq!(FAMILIES.iter().map(|f| f.codes.len()).sum::<usize>(), 172);
}

/// Every check that applies to one family, through the generic trait and the inherent API.
fn check_family<C>(expected_count: usize)
where
    C: Code<Repr = i32> + From<i32> + Debug,
{
    let family = C::FAMILY;
    assert_eq!(C::COUNT, expected_count, "{}", family.name);
    assert_eq!(C::ALL.len(), expected_count);
    assert_eq!(family.catch_all, Some("Other"), "{} is open", family.name);
    assert_eq!(family.repr, "i32");
    assert!(!family.docs.is_empty(), "{} has docs", family.name);
    let mut values = HashSet::new();
    let mut names = HashSet::new();
    for (code, info) in C::ALL.iter().zip(family.codes) {
        assert!(
            values.insert(info.value),
            "{}: duplicate value {}",
            family.name,
            info.value
        );
        for name in [info.name, info.sdk_name].iter().chain(info.aliases) {
            assert!(
                names.insert(*name),
                "{}: duplicate name {name}",
                family.name
            );
        }
        assert_eq!(code.info(), Some(info));
        assert_eq!(i128::from(code.code()), info.value);
        assert_eq!(C::from_code(code.code()), Some(*code));
        assert_eq!(C::from(code.code()), *code);
        assert_eq!(C::from_name(info.name), Some(*code));
        assert_eq!(C::from_name(info.sdk_name), Some(*code));
        for alias in info.aliases {
            assert_eq!(C::from_name(alias), Some(*code));
        }
        assert_eq!(info.sdk_name.parse::<C>().ok(), Some(*code));
        assert_eq!(code.code().to_string().parse::<C>().ok(), Some(*code));
        // One line: a line break of the description shows as a space.
        assert_eq!(
            code.to_string(),
            format!(
                "{} ({}): {}",
                info.sdk_name,
                info.value,
                info.description
                    .replace("\r\n", " ")
                    .replace(['\n', '\r'], " ")
            )
        );
        assert_eq!(info.family, family.name);
        assert!(!info.description.trim().is_empty());
        assert!(
            info.name.starts_with(|c: char| c.is_ascii_uppercase())
                && info.name.chars().all(|c| c.is_ascii_alphanumeric()),
            "{}::{} is UpperCamelCase",
            family.name,
            info.name
        );
        assert!(!info.description.contains("](") && !info.description.contains("<br>"));
        assert!(!info.description.contains('`'));
    }
    let undeclared = (i32::MIN..=i32::MAX)
        .step_by(65_537)
        .find(|value| C::from_code(*value).is_none())
        .expect("an undeclared value");
    assert_eq!(C::from(undeclared).code(), undeclared);
    assert!(!C::from(undeclared).is_declared());
}

#[test]
fn every_family_round_trips() {
    use codes::*;
    let counts: std::collections::HashMap<&str, usize> = EXPECTED.into_iter().collect();
    let count = |family: &FamilyInfo| counts[family.name];
    macro_rules! check_every_family {
        ([$($family:ident,)*]) => {
            $(check_family::<$family>(count($family::FAMILY));)*
        };
    }
    codes::__private::documented_families!(check_every_family! {});
}

#[test]
fn sdk_identifiers_keep_the_documented_spelling() {
    use codes::*;
    assert_eq!(
        SubtitleErrorCode::Unknown.sdk_name(),
        "kSubtitleErrorCodeUnknow"
    );
    assert_eq!(
        WarningCode::InvalidSamiAppKeyOrToken.sdk_name(),
        "kWarningInvaildSamiAppkeyORToken"
    );
    assert_eq!(
        KTVErrorCode::AppIdInvalid.sdk_name(),
        "kKTVErrorCodeAppidInValid"
    );
    assert_eq!(
        WarningCode::PublishStreamForbidden.sdk_name(),
        "kWarningCodePublishStreamForbiden"
    );
    assert_eq!(
        ErrorCode::RoomIdIllegal.sdk_name(),
        "kRoomErrorCodeRoomIdIllegal"
    );
    assert_eq!(ErrorCode::TokenExpired.sdk_name(), "kRoomErrorTokenExpired");
    assert_eq!(
        MessageSendResultCode::ErrorExceedMaxLength.sdk_name(),
        "MESSAGE_CODE_ERROR_EXCEED_MAX_LENGTH"
    );
    assert_eq!(
        AudioRecordingErrorCode::OtherError.sdk_name(),
        "kAudioRecordingErrorCodeOther"
    );
    assert_eq!(ForwardStreamError::Ok.sdk_name(), "kForwardStreamErrorOK");
    assert_eq!(
        WarningCode::from_name("kWarningCodePublishStreamForbidden"),
        Some(WarningCode::PublishStreamForbidden)
    );
}

#[test]
fn success_codes() {
    use codes::*;
    let successes: Vec<String> = FAMILIES
        .iter()
        .flat_map(|family| family.codes.iter())
        .filter(|code| code.success)
        .map(|code| code.sdk_name.to_owned())
        .collect();
    assert_eq!(successes.len(), 15, "{successes:?}");
    assert!(successes
        .iter()
        .all(|name| !name.starts_with("kErrorCode") && !name.starts_with("kWarning")));
    assert!(MessageSendResultCode::Success.is_success());
    assert!(MessageSendResultCode::RoomSuccess.is_success());
    assert!(SubtitleErrorCode::Success.is_success());
    assert!(PlayerError::Ok.is_success());
    assert!(!ErrorCode::ALL.iter().any(|code| code.is_success()));
    assert!(!WarningCode::ALL.iter().any(|code| code.is_success()));
    for family in FAMILIES {
        for code in family.codes.iter().filter(|code| code.success) {
            assert!(code.value == 0 || code.sdk_name == "MESSAGE_CODE_ROOM_SUCCESS");
        }
    }
}

#[test]
fn undocumented_values_are_kept() {
    use codes::ErrorCode;
    let code = ErrorCode::from(-1081);
    assert_eq!(code, ErrorCode::from(-1081));
    assert_eq!(code.code(), -1081);
    assert_eq!(code.to_string(), "ErrorCode (-1081): undeclared code");
}

#[test]
fn registry_finds_every_code_by_value_and_name() {
    for family in FAMILIES {
        assert_eq!(codes::family(family.name), Some(*family));
        for code in family.codes {
            assert!(codes::find_value(code.value).any(|found| found == code));
            assert!(codes::find_name(code.sdk_name).any(|found| found == code));
            assert!(codes::find_name(code.name).any(|found| found == code));
        }
    }
    let zero: Vec<&str> = codes::find_value(0).map(|code| code.family).collect();
    assert_eq!(zero.len(), 14, "{zero:?}");
    assert!(!zero.contains(&"ErrorCode") && !zero.contains(&"WarningCode"));
    let one: Vec<&str> = codes::find_value(1).map(|code| code.sdk_name).collect();
    assert!(
        one.contains(&"kUserVisibilityChangeErrorUnknown")
            && one.contains(&"MESSAGE_CODE_ERROR_TIMEOUT")
    );
    assert_eq!(codes::find_name("Ok").count(), 12);
    assert_eq!(codes::find_value(-1081).count(), 0);
    assert_eq!(codes::find_name("kerrorcodeinvalidtoken").count(), 0);
    assert!(codes::family("errorcode").is_none());
}

#[test]
fn table_matches_the_committed_snapshot() {
    // `data/documented-codes.tsv` is the table as `rtc-codes explain --all --format tsv` prints it, checked
    // against the SDK's documentation page when it was written; this keeps the table from drifting.
    let snapshot = include_str!("../../data/documented-codes.tsv");
    let mut lines = snapshot.lines();
    assert_eq!(
        lines.next(),
        Some("family\tvalue\tsdk_name\tname\tdescription")
    );
    let rows: Vec<&codes::CodeInfo> = FAMILIES.iter().flat_map(|family| family.codes).collect();
    let expected: Vec<String> = rows
        .iter()
        .map(|code| {
            let description = code
                .description
                .replace('\\', "\\\\")
                .replace('\n', "\\n")
                .replace('\t', "\\t");
            format!(
                "{}\t{}\t{}\t{}\t{description}",
                code.family, code.value, code.sdk_name, code.name
            )
        })
        .collect();
    let found: Vec<&str> = lines.collect();
    assert_eq!(found.len(), 172);
    for (found, expected) in found.iter().zip(&expected) {
        assert_eq!(found, expected);
    }
}

#[test]
fn every_documented_code_has_an_english_description() {
    for family in FAMILIES {
        assert_eq!(family.languages, &["en"], "{}", family.name);
        assert!(
            family
                .docs
                .lines()
                .any(|line| line.is_ascii() && !line.is_empty()),
            "{} has English docs",
            family.name
        );
        for code in family.codes {
            let english = code.description_in("en").expect("an English description");
            assert!(
                !english.trim().is_empty() && english.is_ascii(),
                "{}: {english}",
                code.sdk_name
            );
            assert_ne!(english, code.description);
            assert_eq!(code.translations.len(), 1);
        }
    }
    assert_eq!(
        codes::ErrorCode::InvalidToken.description_in("en"),
        Some("Invalid token. The token used to call joinRoom is invalid or has expired. Get a new token and call updateToken to update it.")
    );
    assert_eq!(
        <codes::ErrorCode as Code>::description_in(codes::ErrorCode::from(-1), "en"),
        None
    );
}

/// `Debug` of the errors and the metadata fits a log line (at most 200 bytes) for every code of
/// every documented family, whatever string was tried; `Display` of `ParseCodeError` names it.
#[test]
fn errors_and_metadata_fit_a_log_line() {
    fn check<C: Code>() {
        const LIMIT: usize = 200;
        let family = C::FAMILY;
        let short = |text: String| {
            assert!(text.len() <= LIMIT, "{} bytes: {text}", text.len());
            text
        };
        let debug = short(format!("{family:?}"));
        assert!(debug.contains(family.name), "{debug}");
        for info in family.codes {
            let debug = short(format!("{info:?}"));
            assert!(debug.contains(info.name) && debug.contains(&info.value.to_string()));
        }
        let unknown = codes::UnknownCode::new(family, i128::from(i64::MIN));
        short(format!("{unknown:?}"));
        for input in [
            "nope".to_owned(),
            "\u{1b}".repeat(500),
            "错误".repeat(500),
            "9".repeat(500),
            "-99999999999999999999".to_owned(),
        ] {
            let error = input.parse::<C>().expect_err("not a code");
            let debug = short(format!("{error:?}"));
            assert!(debug.contains(family.name), "{debug}");
            let display = short(error.to_string());
            assert!(input.starts_with(error.input()), "{display}");
            let first = error.input().chars().next().expect("a character");
            assert!(
                display.contains(&first.escape_debug().to_string()),
                "{display}"
            );
        }
    }
    macro_rules! each {
        ([$($family:ident,)*]) => {
            $(check::<codes::$family>();)*
        };
    }
    codes::__private::documented_families!(each! {});
}
