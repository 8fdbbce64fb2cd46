//! The import cases of `cli/tests/headers/cases/` (habits of real SDK headers), as
//! `tests/build.rs` imports them, compiled with every warning denied and checked through the
//! generated API.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::items_after_statements
)]

#[deny(warnings)]
mod cases {
    include!(concat!(env!("OUT_DIR"), "/cases.rs"));
}

use cases::*;

#[test]
fn unsigned_enums_are_u64_families() {
    use r01_nsuinteger::DemoOfflineReason;
    assert_eq!(DemoOfflineReason::FAMILY.repr, "u64");
    assert_eq!(DemoOfflineReason::Dropped.code(), 1u64);
    assert_eq!(
        DemoOfflineReason::from(u64::MAX),
        DemoOfflineReason::from(u64::MAX)
    );
    assert_eq!(r02_uint64::DemoFeedback::FAMILY.repr, "u64");
}

#[test]
fn languages_and_markup() {
    use r03_locale_br::DemoJoinError;
    assert_eq!(DemoJoinError::InvalidToken.description(), "令牌无效。");
    assert_eq!(
        DemoJoinError::InvalidToken.description_in("en-US"),
        Some("The token is invalid.")
    );
    use r06_huawei::DemoELoginErrId;
    assert_eq!(DemoELoginErrId::Unknown.description(), "未知错误");
    assert_eq!(
        DemoELoginErrId::Unknown.description_in("en"),
        Some("Indicates unknown error")
    );
    use r11_markup::DemoScenario;
    assert_eq!(DemoScenario::Small.description(), "Resolution 160 × 120.");
    assert_eq!(DemoScenario::Pop.description(), "流行。");
    assert_eq!(r14_gbk::DemoLogLevel::Warning.description(), "警告级别");
}

#[test]
fn selections_values_and_names() {
    assert_eq!(r04_enum_filter::DemoError::COUNT, 2);
    assert_eq!(r06_huawei_tag::DemoELoginErrId::COUNT, 3);
    assert_eq!(r12_frame_then_pixel::FrameFormat::Rgba.code(), 5);
    assert_eq!(r12_pixel_then_frame::FrameFormat::Rgba.code(), 5);
    assert_eq!(r18_define::DemoCmd::SipReset.code(), 65538);
    use r10_success::{DemoErrorCode, DemoLiteError, DemoRtcError};
    assert!(DemoRtcError::NoError.is_success());
    assert_eq!(
        DemoRtcError::PermissionDenied.sdk_name(),
        "KDemoRtcErrPermissionDenied"
    );
    assert!(DemoErrorCode::CommonSuccess.is_success());
    assert!(DemoLiteError::Null.is_success());
    use r17_mixedcase::DemoErrors;
    assert_eq!(
        DemoErrors::RawdataNotInSession.sdk_name(),
        "DemoErrors_RAWDATA_NOT_IN_Session"
    );
    use r19_alias_is_name::DemoError;
    assert_eq!(DemoError::from_name("Timeout"), Some(DemoError::Timeout));
    assert_eq!(
        DemoError::from_name("kDemoErrorTimeout"),
        Some(DemoError::Timeout)
    );
}

#[test]
fn conventions_and_declarations_of_0_4() {
    use r20_gtkdoc::DemoFlowResult;
    assert_eq!(
        DemoFlowResult::NotLinked.description(),
        "the pad is not linked to another pad."
    );
    assert!(DemoFlowResult::Ok.is_success());
    assert_eq!(DemoFlowResult::from(-5), DemoFlowResult::Error);
    use r21_doc_list::DemoErrorCode;
    assert_eq!(DemoErrorCode::JoinBadAppId.description(), "AppId 不存在");
    assert_eq!(DemoErrorCode::JoinBadAppId.code(), 0x0201_0201);
    assert!(DemoErrorCode::None.is_success());
    assert_eq!(
        r22_value_echo::DemoErrorCode::NotReady.description(),
        "The module is not ready. Check the device and initialize the engine again."
    );
    assert_eq!(
        r23_links::DemoRoomError::Full.description(),
        "The room is full (see joinRoom() and DemoRoomConfig)."
    );
    use r24_define_list::{DemoCodecError, DemoSipError};
    assert_eq!(DemoCodecError::from(-6), DemoCodecError::InvalidState);
    assert_eq!(
        DemoCodecError::InvalidState.sdk_name(),
        "DEMO_CODEC_INVALID_STATE"
    );
    assert_eq!(DemoCodecError::COUNT, 4);
    assert_eq!(DemoSipError::Enotrequestmsg.code(), 170_001);
    use r25_ns_error_enum::DemoRTCError;
    assert_eq!(DemoRTCError::FAMILY.repr, "i64");
    assert_eq!(
        DemoRTCError::TokenError.description_in("en"),
        Some("token error")
    );
    assert_eq!(
        r25_ns_error_enum_en::DemoRTCError::RoomIsFull.description_in("zh"),
        Some("房间已满。")
    );
    use r26_xmacro::{DemoErrno, DemoOption};
    assert_eq!(DemoErrno::E2big.code(), -7);
    assert_eq!(DemoErrno::E2big.description(), "argument list too long");
    assert_eq!(DemoOption::from_name("DEMOOPT_URL"), Some(DemoOption::Url));
    assert_eq!(DemoOption::Lastentry.code(), 14);
    use r27_html_lists::DemoEChannelType;
    assert_eq!(
        DemoEChannelType::None.description_in("en"),
        Some("Indicates no channel")
    );
    use r28_deprecated_locales::DemoWarningCode;
    #[allow(deprecated)]
    let deprecated = DemoWarningCode::GetRoomFailed;
    assert!(deprecated.info().is_some_and(|info| info.deprecated));
}
