//! Words, prefixes and names as the importer makes them.

use super::{
    family_name, family_prefix, sdk_spelling, shared_prefix, upper_camel, variant_names_lint,
    words, SdkCase,
};

fn split(name: &str) -> Vec<&str> {
    words(name).into_iter().map(|(s, e)| &name[s..e]).collect()
}

#[test]
fn words_split_like_sdk_case() {
    assert_eq!(
        split("kErrorCodeInvalidToken"),
        ["k", "Error", "Code", "Invalid", "Token"]
    );
    assert_eq!(split("ASRConnectionError"), ["ASR", "Connection", "Error"]);
    assert_eq!(split("ERROR_CODE__5XX"), ["ERROR", "CODE", "5XX"]);
    assert_eq!(split("Failed404"), ["Failed404"]);
    assert_eq!(split("_"), Vec::<&str>::new());
}

#[test]
fn prefixes_end_at_words() {
    let all = |names: &[&'static str]| shared_prefix(names, names.len());
    assert_eq!(
        all(&["kErrorCodeInvalidToken", "kErrorCodeJoinRoom"]),
        "kErrorCode"
    );
    assert_eq!(all(&["ERROR_CODE_A", "ERROR_CODE_B"]), "ERROR_CODE_");
    assert_eq!(all(&["kError", "kErrorTimeout"]), "k");
    assert_eq!(all(&["kErrorA", "kErrand"]), "k");
    assert_eq!(all(&["Alpha", "Beta"]), "");
    assert_eq!(all(&["kOnly"]), "");
    let most = ["kErrorCodeA", "kErrorCodeB", "kRoomErrorCodeC"];
    assert_eq!(shared_prefix(&most, 2), "kErrorCode");
    assert_eq!(shared_prefix(&most, 3), "k");
    assert_eq!(family_prefix("kSmallFits", "Small"), "kSmall");
    assert_eq!(family_prefix("ERR_NET_DOWN", "err_net_t"), "");
    assert_eq!(family_prefix("NET_STATE_DOWN", "NetState"), "NET_STATE_");
    assert_eq!(family_prefix("kSmall", "Small"), "");
}

#[test]
fn names_are_upper_camel_case() {
    assert_eq!(
        upper_camel("INVALID_TOKEN").as_deref(),
        Some("InvalidToken")
    );
    assert_eq!(upper_camel("InvalidTokn").as_deref(), Some("InvalidTokn"));
    assert_eq!(
        upper_camel("invalid_token").as_deref(),
        Some("InvalidToken")
    );
    assert_eq!(upper_camel("ASRError").as_deref(), Some("ASRError"));
    assert_eq!(upper_camel("__"), None);
    assert_eq!(family_name("rtc_error_code_t"), "RtcErrorCode");
    assert_eq!(family_name("_RTCState"), "RTCState");
    assert_eq!(family_name("ErrorCode"), "ErrorCode");
    assert_eq!(family_name("_"), "Enum");
    assert_eq!(family_name("ERRORS"), "Errors");
    assert!(variant_names_lint("Error", &["TimeoutError", "Full"]));
    assert!(variant_names_lint("Room", &["RoomFull", "Closed"]));
    assert!(variant_names_lint(
        "Room",
        &["JoinFailed", "PublishFailed", "LeaveFailed"]
    ));
    assert!(!variant_names_lint(
        "Room",
        &["JoinFailed", "PublishFailed", "Full"]
    ));
    assert_eq!(family_name("RTC_ERROR"), "RtcError");
    assert_eq!(family_name("RTCError"), "RTCError");
}

#[test]
fn spelling_is_chosen_by_what_it_reproduces() {
    let camel = [
        ("InvalidToken", "kErrorCodeInvalidToken"),
        ("Typo", "kErrorCodeTypo"),
    ];
    assert_eq!(
        sdk_spelling(&camel, "kErrorCode"),
        (Some("kErrorCode".to_owned()), SdkCase::UpperCamelCase)
    );
    let screaming = [("InvalidToken", "ERR_INVALID_TOKEN")];
    assert_eq!(
        sdk_spelling(&screaming, "ERR_"),
        (Some("ERR_".to_owned()), SdkCase::ScreamingSnakeCase)
    );
    assert_eq!(
        SdkCase::ScreamingSnakeCase.apply("Failed5xxRetry"),
        "FAILED5XX_RETRY"
    );
    assert_eq!(
        SdkCase::ScreamingSnakeCase.apply("ASRConnectionError"),
        "ASR_CONNECTION_ERROR"
    );
}
