//! What `rtc-codes import` writes for the headers of `cli/tests/headers/`, compiled as a user's
//! crate compiles it (`tests/build.rs` imports them into `OUT_DIR`, every warning denied here),
//! and checked through the generated API: names, values, SDK names and both languages. And the
//! round trip: a header written from the documented families imports as the same codes (SDK
//! names, values, descriptions in both languages, aliases; the Rust names differ where
//! `rtc-codes` fixed an SDK's typo, and which codes mean success is the header's to say).

#![allow(clippy::expect_used, clippy::unwrap_used)]

macro_rules! imported {
    ($($module:ident),* $(,)?) => {$(
        #[deny(warnings)]
        #[allow(missing_docs)]
        mod $module {
            include!(concat!(env!("OUT_DIR"), "/", stringify!($module), ".rs"));
        }
    )*};
}

imported!(
    c_trailing,
    cpp_locale,
    objc,
    if_blocks,
    expressions,
    duplicates,
    no_comments,
    unreadable,
    edges,
    generated,
    documented,
);

#[test]
fn c_trailing_comments_and_implicit_values() {
    use c_trailing::{NetState, RoomError};
    assert_eq!(RoomError::Closed.code(), -99);
    assert_eq!(RoomError::Kicked.code(), -98);
    assert_eq!(RoomError::Closed.sdk_name(), "kRoomErrorClosed");
    assert_eq!(RoomError::Closed.description(), "房间已关闭，请重新创建。");
    assert_eq!(RoomError::Kicked.description(), "被踢出房间。");
    assert!(RoomError::Ok.is_success());
    assert_eq!(RoomError::FAMILY.docs, "房间错误码。");
    assert!(matches!(RoomError::from(-1), RoomError::Other(kept) if kept.value() == -1));
    assert_eq!(NetState::from_code(6), Some(NetState::Down));
    assert_eq!(NetState::Down.sdk_name(), "NET_STATE_DOWN");
    assert_eq!(NetState::from_name("NET_STATE_BAD"), Some(NetState::Bad));
    assert_eq!(NetState::FAMILY.name, "NetState");
}

#[test]
fn cpp_locale_blocks_and_links() {
    use cpp_locale::{PublishError, Volume};
    let error = PublishError::NoPermission;
    assert_eq!(error.code(), -2001);
    assert_eq!(error.sdk_name(), "kPublishErrorNoPermission");
    assert_eq!(
        error.description(),
        "没有推流权限。请检查 setToken 传入的 Token。"
    );
    assert_eq!(
        error.description_in("en"),
        Some("No permission to publish. Check the token given to setToken.")
    );
    assert_eq!(
        PublishError::Timeout.description(),
        "推流超时。\n请检查网络后重试。"
    );
    assert_eq!(PublishError::ChineseOnly.description_in("en"), None);
    assert_eq!(
        PublishError::EnglishOnly.description(),
        "English only: see the publish call."
    );
    assert_eq!(PublishError::FAMILY.languages, ["en"]);
    assert_eq!(
        PublishError::FAMILY.docs,
        "推流错误码。\n\nErrors of publishing a stream."
    );
    assert_eq!(
        PublishError::Timeout.display_in("en").to_string(),
        "kPublishErrorTimeout (-2002): The publish timed out. Check the network, then retry."
    );
    assert_eq!(Volume::Loud.code(), 255u8);
    assert_eq!(Volume::FAMILY.repr, "u8");
}

#[test]
fn objective_c_ns_enum_and_ns_options() {
    use objc::{ByteRTCConnectionState, ByteRTCMediaType};
    assert_eq!(ByteRTCConnectionState::Connected.code(), 3i64);
    assert_eq!(
        ByteRTCConnectionState::Connected.sdk_name(),
        "ByteRTCConnectionStateConnected"
    );
    #[allow(deprecated)]
    let (reconnecting, lost) = (
        ByteRTCConnectionState::Reconnecting,
        ByteRTCConnectionState::Lost,
    );
    assert!(reconnecting.info().unwrap().deprecated);
    assert!(lost.info().unwrap().deprecated);
    // `@deprecated text` is the deprecation note; the description is the SDK name.
    assert_eq!(lost.description(), "ByteRTCConnectionStateLost");
    assert_eq!(ByteRTCMediaType::Video.code(), 2i16);
    assert_eq!(ByteRTCMediaType::FAMILY.docs, "媒体类型，可组合。");
}

#[test]
fn if_language_blocks() {
    use if_blocks::RecordError;
    assert_eq!(RecordError::NoSpace.description(), "没有磁盘空间。");
    assert_eq!(
        RecordError::NoSpace.description_in("en"),
        Some("No space left on the disk.")
    );
    assert_eq!(
        RecordError::NotWritable.description(),
        "文件无法写入。\n需要存储权限。"
    );
    assert_eq!(
        RecordError::NotWritable.description_in("en"),
        Some("The file cannot be written.")
    );
    assert_eq!(
        RecordError::NotWritable.sdk_name(),
        "RECORD_ERROR_NOT_WRITABLE"
    );
}

#[test]
fn expressions_are_computed() {
    use expressions::{Derived, Flags};
    let values: Vec<i32> = Flags::ALL.iter().map(|flag| flag.code()).collect();
    assert_eq!(values, [0, 1, 2, 8, 11, 12, 0x100, 0x200]);
    assert_eq!(Flags::from_name("kFlagOctal"), Some(Flags::Cast));
    assert_eq!(Derived::Video.code(), 20u32);
    assert_eq!(Derived::Big.code(), u32::MAX);
}

#[test]
fn repeated_values_are_aliases() {
    use duplicates::WarningCode;
    let forbidden = WarningCode::PublishStreamForbiden;
    assert_eq!(forbidden.sdk_name(), "kWarningCodePublishStreamForbiden");
    assert_eq!(
        WarningCode::from_name("kWarningCodePublishStreamForbidden"),
        Some(forbidden)
    );
    assert_eq!(
        forbidden.info().unwrap().aliases,
        ["kWarningCodePublishStreamForbidden"]
    );
    assert_eq!(
        WarningCode::from_name("kWarningCodeSubscribeFail"),
        Some(WarningCode::SubscribeFailed)
    );
    assert_eq!(
        WarningCode::RoomWarningCodeNoRoom.sdk_name(),
        "kRoomWarningCodeNoRoom"
    );
}

#[test]
fn enums_without_comments() {
    use no_comments::{PlayerState, Quality};
    assert_eq!(PlayerState::Paused.code(), 2);
    assert_eq!(PlayerState::Paused.description(), "PLAYER_STATE_PAUSED");
    assert_eq!(
        PlayerState::FAMILY.docs,
        "The codes of `PlayerState`, imported from `no_comments.h`."
    );
    assert_eq!(Quality::Low.description(), "低");
    // A plain comment on a line of its own is a heading, not a description.
    assert_eq!(Quality::High.description(), "kQualityHigh");
}

#[test]
fn what_can_be_read_of_unreadable_headers() {
    use unreadable::{Mixed, Small};
    let names: Vec<&str> = Mixed::ALL.iter().map(|code| code.sdk_name()).collect();
    // `sizeof(long)` is 8 on the target the build script reads for, and `kMixedLast`'s 9 is
    // `kMixedAfter`'s (8 + 1): an alias.
    assert_eq!(
        names,
        ["kMixedFirst", "kMixedSize", "kMixedAfter", "kMixedGood"]
    );
    assert_eq!(Mixed::from_name("kMixedLast"), Some(Mixed::After));
    assert_eq!(Small::Fits.code(), 255);
}

#[test]
fn bounds_and_names_that_collide() {
    use edges::{Bounds, Names, Tiny};
    assert_eq!(Bounds::Min.code(), i64::MIN);
    assert_eq!(Bounds::Max.code(), i64::MAX);
    assert_eq!((Tiny::Min.code(), Tiny::Max.code()), (i8::MIN, i8::MAX));
    let names: Vec<&str> = Names::ALL.iter().map(|code| code.name()).collect();
    assert_eq!(
        names,
        [
            "FooBar",
            "FooBar2",
            "Other",
            "SelfCode",
            "Names1080p",
            "Assamese"
        ]
    );
    let sdk_names: Vec<&str> = Names::ALL.iter().map(|code| code.sdk_name()).collect();
    assert_eq!(
        sdk_names,
        [
            "kNamesFoo_Bar",
            "kNamesFooBar",
            "kNamesOther",
            "kNamesSelf",
            "kNames1080p",
            "kNamesAssamese"
        ]
    );
    assert_eq!(Names::FAMILY.catch_all, Some("Unknown"));
    assert!(matches!(Names::from(99), Names::Unknown(kept) if kept.value() == 99));
    assert_eq!(
        Names::FooBar.description(),
        "\"quoted\" and \\backslashed\\ (Doxygen's escape of a backslash)."
    );
    // The family is English: the code's English text is its description.
    assert_eq!(Names::FAMILY.lang, Some("en"));
    assert_eq!(Names::Assamese.description(), "English.");
    assert_eq!(Names::Assamese.description_in("as"), Some("অসমীয়া।"));
}

#[test]
fn generated_enums_compile() {
    // What matters is that the module above compiles with every warning denied; a look at one
    // family shows it holds codes.
    assert!(!generated::Gen0::ALL.is_empty());
}

/// The documented families' imported twins, in the order of `FAMILIES`.
macro_rules! imported_families {
    ([$($family:ident),* $(,)?]) => {
        [$(documented::$family::FAMILY),*]
    };
}

#[test]
fn documented_families_round_trip() {
    let imported = codes::__documented_families!(imported_families! {});
    assert_eq!(imported.len(), codes::FAMILIES.len());
    let mut count = 0;
    for (family, twin) in codes::FAMILIES.iter().zip(imported) {
        assert_eq!(family.name, twin.name);
        assert_eq!(family.languages, twin.languages, "{}", family.name);
        assert_eq!(family.codes.len(), twin.codes.len(), "{}", family.name);
        for (code, copy) in family.codes.iter().zip(twin.codes) {
            let what = format!("{}::{}", family.name, code.name);
            assert_eq!(code.sdk_name, copy.sdk_name, "{what}");
            assert_eq!(code.value, copy.value, "{what}");
            assert_eq!(code.description, copy.description, "{what}");
            assert_eq!(code.translations, copy.translations, "{what}");
            assert_eq!(code.aliases, copy.aliases, "{what}");
            count += 1;
        }
    }
    assert_eq!(count, 172);
}
