//! The generated API, on closed and open families of several integer types.

#![allow(clippy::unreadable_literal)]

use codes::{Code, ParseCodeErrorKind};

codes::rtc_codes! {
    /// 回调错误码。
    ///
    /// SDK 内部遇到不可恢复的错误时，会通过 onError 回调通知用户。
    #[codes(sdk_prefix = "kErrorCode", other = Other)]
    pub enum ErrorCode: i32 {
        InvalidToken = -1000 => "Token 无效。",
        /// More about joining.
        JoinRoom = -1001 => "加入房间错误。",
        #[codes(sdk_name = "kRoomErrorCodeRoomIdIllegal")]
        RoomIdIllegal = -1007 => "roomid 非法",
        Max = 2147483647 => "the largest i32",
        Min = -2147483648 => "the smallest i32",
    }

    /// 发送用户消息或者房间消息的结果
    #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "SCREAMING_SNAKE_CASE")]
    pub enum MessageSendResultCode {
        #[codes(success)]
        Success = 0 => "用户 P2P 消息发送成功",
        #[codes(success)]
        RoomSuccess = 200 => "房间 Broadcast 消息发送成功",
        ErrorTimeout = 1 => "发送超时，没有发送",
        #[codes(alias = "MESSAGE_CODE_ERROR_EXCEED_MAX_LEN", alias = "TooLong")]
        ErrorExceedMaxLength = 103 => "消息超过最大长度，当前为64KB",
    }

    /// A closed `u8` family using the whole range.
    pub enum Byte: u8 {
        Zero = 0 => "zero",
        Top = 0xff => "255",
    }

    /// A closed `i8` family.
    pub enum Tiny: i8 {
        Low = -128 => "i8::MIN",
        High = 127 => "i8::MAX",
    }

    /// An open `i16` family.
    #[codes(other = Unlisted)]
    pub enum Short: i16 {
        A = -32768 => "i16::MIN",
        B = 0b0111_1111_1111_1111 => "i16::MAX",
    }

    /// A closed `i64` family at both ends.
    pub enum Wide: i64 {
        Low = -9223372036854775808 => "i64::MIN",
        High = 0x7fff_ffff_ffff_ffff => "i64::MAX",
    }

    /// An open `u32` family.
    #[codes(other = Other)]
    pub enum Unsigned: u32 {
        Top = 4294967295 => "u32::MAX",
    }

    /// A closed `u16` family with a deprecated code.
    pub enum Port: u16 {
        Http = 80 => "http",
        #[deprecated(note = "use Http")]
        Old = 0o17 => "fifteen",
    }
}

#[test]
fn all_and_count_list_declared_codes_in_order() {
    assert_eq!(
        ErrorCode::ALL,
        &[
            ErrorCode::InvalidToken,
            ErrorCode::JoinRoom,
            ErrorCode::RoomIdIllegal,
            ErrorCode::Max,
            ErrorCode::Min
        ]
    );
    assert_eq!(ErrorCode::COUNT, 5);
    assert_eq!(<ErrorCode as Code>::COUNT, 5);
    assert_eq!(MessageSendResultCode::COUNT, 4);
    assert_eq!(Byte::ALL, &[Byte::Zero, Byte::Top]);
}

#[test]
fn from_code_is_some_exactly_for_declared_values() {
    assert_eq!(ErrorCode::from_code(-1000), Some(ErrorCode::InvalidToken));
    assert_eq!(ErrorCode::from_code(i32::MAX), Some(ErrorCode::Max));
    assert_eq!(ErrorCode::from_code(i32::MIN), Some(ErrorCode::Min));
    assert_eq!(ErrorCode::from_code(-1081), None);
    assert_eq!(ErrorCode::from_code(0), None);
    assert_eq!(Byte::from_code(255), Some(Byte::Top));
    assert_eq!(Byte::from_code(1), None);
    assert_eq!(Tiny::from_code(i8::MIN), Some(Tiny::Low));
    assert_eq!(Tiny::from_code(0), None);
    assert_eq!(Short::from_code(i16::MAX), Some(Short::B));
    assert_eq!(Short::from_code(1), None);
    assert_eq!(Wide::from_code(i64::MIN), Some(Wide::Low));
    assert_eq!(Wide::from_code(i64::MAX), Some(Wide::High));
    assert_eq!(Unsigned::from_code(u32::MAX), Some(Unsigned::Top));
    assert_eq!(Unsigned::from_code(0), None);
    for code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_code(code.code()), Some(*code));
    }
}

#[test]
fn closed_families_are_repr_with_declared_discriminants() {
    assert_eq!(MessageSendResultCode::RoomSuccess as i32, 200);
    assert_eq!(Byte::Top as u8, 255);
    assert_eq!(Tiny::Low as i8, -128);
    assert_eq!(Wide::Low as i64, i64::MIN);
    assert_eq!(size_of::<Byte>(), 1);
    assert_eq!(size_of::<Port>(), 2);
    assert_eq!(Port::Http.code(), 80);
}

#[test]
fn metadata_accessors() {
    let code = ErrorCode::InvalidToken;
    assert_eq!(code.code(), -1000);
    assert_eq!(code.name(), "InvalidToken");
    assert_eq!(code.sdk_name(), "kErrorCodeInvalidToken");
    assert_eq!(code.description(), "Token 无效。");
    assert!(!code.is_success());
    assert!(code.is_declared());
    assert_eq!(
        ErrorCode::RoomIdIllegal.sdk_name(),
        "kRoomErrorCodeRoomIdIllegal"
    );
    assert_eq!(
        MessageSendResultCode::ErrorExceedMaxLength.sdk_name(),
        "MESSAGE_CODE_ERROR_EXCEED_MAX_LENGTH"
    );
    assert!(MessageSendResultCode::Success.is_success());
    assert!(MessageSendResultCode::RoomSuccess.is_success());
    assert!(!MessageSendResultCode::ErrorTimeout.is_success());
    assert_eq!(
        Byte::Zero.sdk_name(),
        "Zero",
        "without a prefix the SDK name is the name"
    );
}

/// A code in a `const` is a pattern (the families derive `PartialEq`); the catch-all's values
/// are matched by what they keep, which only a value no code declares can be.
#[test]
fn codes_in_constants_are_patterns() {
    const JOIN: ErrorCode = ErrorCode::JoinRoom;
    let kind = |code: ErrorCode| match code {
        JOIN => "join",
        ErrorCode::Other(kept) if kept.value() == -1081 => "kept",
        _ => "other",
    };
    assert_eq!(kind(ErrorCode::from(-1001)), "join");
    assert_eq!(kind(ErrorCode::from(-1081)), "kept");
    assert_eq!(kind(ErrorCode::from(-1000)), "other");
}

#[test]
fn accessors_are_const() {
    const CODE: Option<ErrorCode> = ErrorCode::from_code(-1001);
    const NAME: &str = ErrorCode::JoinRoom.sdk_name();
    const VALUE: i32 = ErrorCode::JoinRoom.code();
    const SUCCESS: bool = MessageSendResultCode::Success.is_success();
    assert_eq!(CODE, Some(ErrorCode::JoinRoom));
    assert_eq!(NAME, "kErrorCodeJoinRoom");
    assert_eq!(VALUE, -1001);
    const { assert!(SUCCESS) };
}

#[test]
fn code_info_records() {
    let info = ErrorCode::RoomIdIllegal.info().expect("declared");
    assert_eq!(info.family, "ErrorCode");
    assert_eq!(info.name, "RoomIdIllegal");
    assert_eq!(info.sdk_name, "kRoomErrorCodeRoomIdIllegal");
    assert_eq!(info.value, -1007);
    assert_eq!(info.description, "roomid 非法");
    assert!(!info.success && !info.deprecated);
    let info = MessageSendResultCode::ErrorExceedMaxLength
        .info()
        .expect("declared");
    assert_eq!(
        info.aliases,
        &["MESSAGE_CODE_ERROR_EXCEED_MAX_LEN", "TooLong"]
    );
    #[allow(deprecated)]
    let old = Port::Old;
    assert!(old.info().expect("declared").deprecated);
    assert_eq!(
        Wide::Low.info().expect("declared").value,
        i128::from(i64::MIN)
    );
    assert_eq!(
        Unsigned::Top.info().expect("declared").value,
        i128::from(u32::MAX)
    );
}

#[test]
fn family_info() {
    let family = ErrorCode::FAMILY;
    assert_eq!(family.name, "ErrorCode");
    assert_eq!(family.module_path, "integration::behaviour");
    assert_eq!(
        family.docs,
        "回调错误码。\n\nSDK 内部遇到不可恢复的错误时，会通过 onError 回调通知用户。"
    );
    assert_eq!(family.summary(), "回调错误码。");
    assert_eq!(family.repr, "i32");
    assert_eq!(family.catch_all, Some("Other"));
    assert!(family.is_open());
    assert_eq!(family.codes.len(), ErrorCode::COUNT);
    assert_eq!(
        family.find_value(-1007).map(|c| c.name),
        Some("RoomIdIllegal")
    );
    assert_eq!(
        family.find_name("kErrorCodeJoinRoom").map(|c| c.value),
        Some(-1001)
    );
    assert!(!Byte::FAMILY.is_open());
    assert_eq!(Byte::FAMILY.repr, "u8");
    assert_eq!(<Byte as Code>::FAMILY, Byte::FAMILY);
    for (code, info) in ErrorCode::ALL.iter().zip(family.codes) {
        assert_eq!(code.info(), Some(info));
    }
}

#[test]
fn from_name_accepts_rust_name_sdk_name_and_aliases_exactly() {
    use MessageSendResultCode as M;
    assert_eq!(
        M::from_name("ErrorExceedMaxLength"),
        Some(M::ErrorExceedMaxLength)
    );
    assert_eq!(
        M::from_name("MESSAGE_CODE_ERROR_EXCEED_MAX_LENGTH"),
        Some(M::ErrorExceedMaxLength)
    );
    assert_eq!(
        M::from_name("MESSAGE_CODE_ERROR_EXCEED_MAX_LEN"),
        Some(M::ErrorExceedMaxLength)
    );
    assert_eq!(M::from_name("TooLong"), Some(M::ErrorExceedMaxLength));
    assert_eq!(M::from_name("toolong"), None);
    assert_eq!(M::from_name(" TooLong"), None);
    assert_eq!(M::from_name(""), None);
    assert_eq!(
        ErrorCode::from_name("kRoomErrorCodeRoomIdIllegal"),
        Some(ErrorCode::RoomIdIllegal)
    );
    assert_eq!(ErrorCode::from_name("kErrorCodeRoomIdIllegal"), None);
    assert_eq!(ErrorCode::from_name("Other"), None);
}

#[test]
fn closed_families_convert_with_try_from() {
    assert_eq!(Byte::try_from(255), Ok(Byte::Top));
    let error = Byte::try_from(7).expect_err("undeclared");
    assert_eq!(error.family().name, "Byte");
    assert_eq!(error.value(), 7);
    assert_eq!(error.to_string(), "7 is not a declared Byte code");
    let error = Wide::try_from(0).expect_err("undeclared");
    assert_eq!(error.value(), 0);
    assert_eq!(u8::from(Byte::Top), 255);
    assert_eq!(i64::from(Wide::Low), i64::MIN);
    assert_eq!(<Byte as Code>::try_from_code(0), Ok(Byte::Zero));
}

#[test]
fn open_families_keep_undeclared_values() {
    let code = ErrorCode::from(-1081);
    assert_eq!(code, ErrorCode::from(-1081));
    assert_eq!(code.code(), -1081);
    assert_eq!(i32::from(code), -1081);
    assert_eq!(code.name(), "Other");
    assert_eq!(code.sdk_name(), "");
    assert_eq!(code.description(), "");
    assert!(!code.is_declared());
    assert!(!code.is_success());
    assert_eq!(code.info(), None);
    assert_eq!(code.to_string(), "ErrorCode (-1081): undeclared code");
    assert_eq!(ErrorCode::from(-1000), ErrorCode::InvalidToken);
    assert!(matches!(Short::from(5), Short::Unlisted(kept) if kept.value() == 5));
    assert_eq!(Short::from(5).name(), "Unlisted");
    assert_eq!(Short::from(i16::MIN), Short::A);
    assert!(matches!(Unsigned::from(7), Unsigned::Other(kept) if kept.value() == 7));
    assert_eq!(<Unsigned as Code>::name(Unsigned::from(7)), "Other");
    assert_eq!(
        <ErrorCode as Code>::try_from_code(-1081),
        Ok(ErrorCode::from(-1081))
    );
    for value in [i32::MIN, -1081, -1, 0, 1, i32::MAX] {
        assert_eq!(ErrorCode::from(value).code(), value);
    }
}

#[test]
fn display_shows_sdk_name_value_and_description() {
    assert_eq!(
        ErrorCode::InvalidToken.to_string(),
        "kErrorCodeInvalidToken (-1000): Token 无效。"
    );
    assert_eq!(
        MessageSendResultCode::ErrorTimeout.to_string(),
        "MESSAGE_CODE_ERROR_TIMEOUT (1): 发送超时，没有发送"
    );
    assert_eq!(Unsigned::Top.to_string(), "Top (4294967295): u32::MAX");
    let error: &dyn core::error::Error = &ErrorCode::JoinRoom;
    assert_eq!(error.to_string(), ErrorCode::JoinRoom.to_string());
}

/// Width, fill, alignment and precision apply to the whole line, as to a string, counted in
/// characters; the line stays one line.
#[test]
fn display_pads_and_cuts_as_a_string() {
    let line = ErrorCode::InvalidToken.to_string();
    let chars = line.chars().count();
    assert_eq!(
        format!("{:>60}", ErrorCode::InvalidToken),
        format!("{}{line}", " ".repeat(60 - chars))
    );
    assert_eq!(
        format!("{:<60}|", ErrorCode::InvalidToken),
        format!("{line}{}|", " ".repeat(60 - chars))
    );
    assert_eq!(
        format!("{:*^50}", ErrorCode::InvalidToken),
        format!("****{line}*****")
    );
    assert_eq!(format!("{:.12}", ErrorCode::InvalidToken), "kErrorCodeIn");
    assert_eq!(
        format!("{:.26}", ErrorCode::InvalidToken),
        "kErrorCodeInvalidToken (-1"
    );
    assert_eq!(
        format!("{:.30}", ErrorCode::InvalidToken),
        "kErrorCodeInvalidToken (-1000)"
    );
    assert_eq!(format!("{:>8.3}", ErrorCode::InvalidToken), "     kEr");
    // Shorter than the width: as it is; CJK characters count as characters, as `pad` counts.
    assert_eq!(format!("{:5}", ErrorCode::InvalidToken), line);
    assert_eq!(
        format!("{:.34}", ErrorCode::InvalidToken),
        "kErrorCodeInvalidToken (-1000): To"
    );
    assert_eq!(
        format!("{:>40}", ErrorCode::InvalidToken.display_in("en"))
            .chars()
            .count(),
        ErrorCode::InvalidToken
            .display_in("en")
            .to_string()
            .chars()
            .count()
            .max(40)
    );
    assert_eq!(
        format!("{:.5}", ErrorCode::InvalidToken.display_in("en")),
        "kErro"
    );
    let undeclared = ErrorCode::from(-1081);
    assert_eq!(
        format!("{undeclared:>40}"),
        format!("{:>40}", undeclared.to_string())
    );
    assert!(!format!("{:200}", MessageSendResultCode::ErrorTimeout).contains('\n'));
}

#[test]
fn from_str_accepts_names_and_decimal_values() {
    assert_eq!("InvalidToken".parse(), Ok(ErrorCode::InvalidToken));
    assert_eq!(
        "kErrorCodeInvalidToken".parse(),
        Ok(ErrorCode::InvalidToken)
    );
    assert_eq!("-1000".parse(), Ok(ErrorCode::InvalidToken));
    assert_eq!("-1081".parse(), Ok(ErrorCode::from(-1081)));
    assert_eq!("+255".parse(), Ok(Byte::Top));
    // Hexadecimal, signs and spaces around.
    assert_eq!("-0x3e8".parse(), Ok(ErrorCode::InvalidToken));
    assert_eq!(" -1000 ".parse(), Ok(ErrorCode::InvalidToken));
    assert_eq!("\tInvalidToken\n".parse(), Ok(ErrorCode::InvalidToken));
    assert_eq!("0XFF".parse(), Ok(Byte::Top));
    assert_eq!("+0xff".parse(), Ok(Byte::Top));
    let kind = |result: Result<Byte, codes::ParseCodeError>| result.expect_err("an error").kind();
    assert_eq!(kind("".parse()), ParseCodeErrorKind::Empty);
    assert_eq!(kind("  ".parse()), ParseCodeErrorKind::Empty);
    assert_eq!(kind("top".parse()), ParseCodeErrorKind::UnknownName);
    // A number that is no value of the family is an unknown value, or out of range: never a name.
    assert_eq!(kind("0x1".parse()), ParseCodeErrorKind::UnknownValue(1));
    assert_eq!(kind("-0x1".parse()), ParseCodeErrorKind::OutOfRange);
    assert_eq!(kind("0x100".parse()), ParseCodeErrorKind::OutOfRange);
    assert_eq!(kind("0x".parse()), ParseCodeErrorKind::UnknownName);
    assert_eq!(kind("12ab".parse()), ParseCodeErrorKind::UnknownName);
    assert_eq!(kind("7".parse()), ParseCodeErrorKind::UnknownValue(7));
    assert_eq!(kind("256".parse()), ParseCodeErrorKind::OutOfRange);
    assert_eq!(kind("-1".parse()), ParseCodeErrorKind::OutOfRange);
    assert_eq!(
        kind("99999999999999999999999".parse()),
        ParseCodeErrorKind::OutOfRange
    );
    let error = "7".parse::<Byte>().expect_err("undeclared");
    assert_eq!(error.to_string(), "7 is not a declared Byte code");
    assert_eq!(error.family().name, "Byte");
    assert_eq!(
        "256".parse::<Byte>().expect_err("too big").to_string(),
        "\"256\" is out of range for Byte, whose values are u8"
    );
    for code in ErrorCode::ALL {
        assert_eq!(code.sdk_name().parse(), Ok(*code));
        assert_eq!(code.code().to_string().parse(), Ok(*code));
    }
}

#[test]
fn generic_code_trait() {
    fn round_trip<C: Code>() {
        for code in C::ALL {
            assert_eq!(C::from_code(code.code()), Some(*code));
            assert_eq!(C::from_name(code.name()), Some(*code));
            assert_eq!(C::from_name(code.sdk_name()), Some(*code));
            assert_eq!(code.to_string().split(" (").next(), Some(code.sdk_name()));
            let info = code.info().expect("declared");
            assert_eq!(
                (info.name, info.sdk_name, info.description, info.success),
                (
                    code.name(),
                    code.sdk_name(),
                    code.description(),
                    code.is_success()
                )
            );
            assert_eq!(code.code().into(), info.value);
        }
        assert_eq!(C::COUNT, C::FAMILY.codes.len());
    }
    round_trip::<ErrorCode>();
    round_trip::<MessageSendResultCode>();
    round_trip::<Byte>();
    round_trip::<Tiny>();
    round_trip::<Short>();
    round_trip::<Wide>();
    round_trip::<Unsigned>();
    round_trip::<Port>();
}

#[test]
fn derived_traits() {
    use std::collections::HashSet;
    let set: HashSet<ErrorCode> = ErrorCode::ALL.iter().copied().collect();
    assert_eq!(set.len(), ErrorCode::COUNT);
    assert_eq!(format!("{:?}", ErrorCode::InvalidToken), "InvalidToken");
    assert_eq!(format!("{:?}", ErrorCode::from(-5)), "Other(-5)");
    let copy = ErrorCode::JoinRoom;
    let clone = copy;
    assert_eq!(copy, clone);
}

codes::rtc_codes! {
    /// Names of one length that differ in one byte, and names that are prefixes of others.
    #[codes(sdk_prefix = "kCode")]
    pub enum Similar: u8 {
        Aaaa = 1 => "a",
        Aaab = 2 => "b",
        Abaa = 3 => "c",
        Baaa = 4 => "d",
        Aaa = 5 => "e",
        #[codes(alias = "Aaac")]
        Aa = 6 => "f",
    }
}

codes::rtc_codes! {
    /// More names of one length than `from_name` compares one after the other: it dispatches on
    /// the length and on the byte that tells them apart.
    #[codes(sdk_prefix = "kCode")]
    pub enum Crowded: u8 {
        Aaaa = 1 => "a",
        Aaab = 2 => "b",
        Abaa = 3 => "c",
        Baaa = 4 => "d",
        Aaba = 5 => "e",
        Abab = 6 => "f",
        Bbbb = 7 => "g",
        Caaa = 8 => "h",
        Aaca = 9 => "i",
        Acaa = 10 => "j",
        Aaa = 11 => "k",
        #[codes(alias = "Aaac")]
        Aa = 12 => "l",
    }
}

/// Every name of every code is found, and near misses are not.
fn from_name_finds_exactly_the_names<C: Code + core::fmt::Debug>() {
    for code in C::ALL {
        let info = code.info().expect("declared");
        assert_eq!(C::from_name(info.name), Some(*code));
        assert_eq!(C::from_name(info.sdk_name), Some(*code));
        for alias in info.aliases {
            assert_eq!(C::from_name(alias), Some(*code));
        }
    }
    for miss in [
        "Aaad",
        "Abac",
        "Dddd",
        "aaaa",
        "Aaaaa",
        "A",
        "",
        "kCodeAaad",
        "kCodeaaaa",
        "Aa\u{0}a",
    ] {
        assert_eq!(C::from_name(miss), None, "{miss:?}");
    }
}

#[test]
fn from_name_tells_apart_names_of_one_length() {
    from_name_finds_exactly_the_names::<Similar>();
    from_name_finds_exactly_the_names::<Crowded>();
    assert_eq!(Similar::from_name("Aaac"), Some(Similar::Aa));
    assert_eq!(Crowded::from_name("Aaac"), Some(Crowded::Aa));
    assert_eq!(Crowded::from_name("kCodeCaaa"), Some(Crowded::Caaa));
}

/// `Raw<F>` in `extern "C"` signatures, for open and closed families, called through function
/// pointers; the lints that reject types without a C layout are denied.
#[deny(improper_ctypes_definitions, improper_ctypes)]
mod ffi {
    use super::{Byte, ErrorCode, Short, Unsigned, Wide};
    use codes::Raw;

    pub extern "C" fn on_error(code: Raw<ErrorCode>) -> i32 {
        match code.get() {
            ErrorCode::InvalidToken => 1,
            ErrorCode::Other(value) => value.value(),
            _ => 0,
        }
    }

    pub extern "C" fn on_byte(code: Raw<Byte>) -> u8 {
        match code.try_get() {
            Ok(Byte::Top) => 1,
            Ok(Byte::Zero) => 2,
            Err(_) => 3,
        }
    }

    pub extern "C" fn echo_short(code: Raw<Short>) -> Raw<Short> {
        code
    }

    pub extern "C" fn echo_wide(code: Raw<Wide>) -> Raw<Wide> {
        code
    }

    pub extern "C" fn echo_unsigned(code: Raw<Unsigned>) -> Raw<Unsigned> {
        code
    }
}

#[test]
fn raw_codes_cross_extern_c_functions() {
    use codes::Raw;
    use std::mem::{align_of, size_of};

    let on_error: extern "C" fn(Raw<ErrorCode>) -> i32 = ffi::on_error;
    assert_eq!(on_error(Raw::new(-1000)), 1);
    assert_eq!(on_error(Raw::new(-1081)), -1081);
    assert_eq!(on_error(ErrorCode::JoinRoom.into()), 0);

    let on_byte: extern "C" fn(Raw<Byte>) -> u8 = ffi::on_byte;
    assert_eq!(on_byte(Raw::new(255)), 1);
    assert_eq!(on_byte(Raw::new(0)), 2);
    assert_eq!(on_byte(Raw::new(7)), 3);

    let echo: extern "C" fn(Raw<Short>) -> Raw<Short> = ffi::echo_short;
    assert_eq!(echo(Raw::new(5)).get(), Short::from(5));
    let echo: extern "C" fn(Raw<Wide>) -> Raw<Wide> = ffi::echo_wide;
    assert_eq!(echo(Raw::new(i64::MIN)).try_get(), Ok(Wide::Low));
    let echo: extern "C" fn(Raw<Unsigned>) -> Raw<Unsigned> = ffi::echo_unsigned;
    assert_eq!(Unsigned::from(echo(Raw::new(u32::MAX))), Unsigned::Top);

    // The integer's size and alignment, whatever the family.
    assert_eq!(size_of::<Raw<ErrorCode>>(), size_of::<i32>());
    assert_eq!(align_of::<Raw<Wide>>(), align_of::<i64>());
    assert_eq!(size_of::<Raw<Byte>>(), 1);
    assert_eq!(size_of::<Option<Raw<Tiny>>>(), 2);

    // Conversions both ways, and what `Debug` shows.
    let raw: Raw<ErrorCode> = ErrorCode::RoomIdIllegal.into();
    assert_eq!(raw.value(), -1007);
    assert_eq!(ErrorCode::from(raw), ErrorCode::RoomIdIllegal);
    assert_eq!(Byte::try_from(Raw::<Byte>::new(0)), Ok(Byte::Zero));
    let error = Byte::try_from(Raw::<Byte>::new(9)).unwrap_err();
    assert_eq!((error.family().name, error.value()), ("Byte", 9));
    assert_eq!(format!("{raw:?}"), "Raw(RoomIdIllegal)");
    assert_eq!(
        format!("{:?}", Raw::<ErrorCode>::new(-1081)),
        "Raw(Other(-1081))"
    );
    assert_eq!(format!("{:?}", Raw::<Byte>::new(9)), "Raw(9)");
    assert_eq!(Raw::<Short>::new(1), Raw::new(1));
}

codes::rtc_codes! {
    /// An open family deriving `PartialOrd` and `Ord`, declared out of value order.
    #[derive(PartialOrd, Ord)]
    #[codes(other = Unknown)]
    #[allow(clippy::upper_case_acronyms)]
    pub enum Errno: i32 {
        EAGAIN = 11 => "try again",
        EPERM = 1 => "operation not permitted",
    }

    /// A closed family deriving `PartialOrd` and `Ord` through their paths.
    #[derive(core::cmp::PartialOrd, core::cmp::Ord)]
    pub enum Level: u8 {
        High = 200 => "high",
        Low = 3 => "low",
    }
}

#[test]
fn derived_order_is_by_value() {
    let mut codes = vec![Errno::from(41), Errno::EAGAIN, Errno::EPERM, Errno::from(5)];
    codes.sort();
    assert_eq!(
        codes,
        [Errno::EPERM, Errno::from(5), Errno::EAGAIN, Errno::from(41)]
    );
    assert!(Errno::EPERM < Errno::EAGAIN);
    // A declared value is always its code: `from` never keeps it in the catch-all.
    assert_eq!(Errno::from(11), Errno::EAGAIN);
    assert!(Errno::EAGAIN < Errno::from(12));
    assert!(Level::Low < Level::High);
    assert_eq!(Level::ALL.iter().max(), Some(&Level::High));
}

codes::rtc_codes! {
    /// A family deriving `PartialOrd` alone.
    #[derive(PartialOrd)]
    #[codes(other = Other)]
    pub enum PartialOnly: u16 { B = 2 => "two", A = 1 => "one" }
}

#[test]
fn partial_order_alone_is_by_value() {
    assert!(PartialOnly::A < PartialOnly::B);
    assert!(PartialOnly::B < PartialOnly::from(3));
}

codes::rtc_codes! {
    /// A closed `u8` family described in English for some codes only.
    pub enum Partial: u8 {
        Ready = 0 => "就绪" en "Ready",
        Busy = 1 => "忙碌\n稍后重试",
        Gone = 2 => "已离开" fr "Parti" en "Gone",
    }

    /// An open `i64` family with one translated code.
    #[codes(other = Other)]
    pub enum PartialWide: i64 {
        Low = -9223372036854775808 => "最小值",
        High = 9223372036854775807 => "最大值" en "the largest",
    }
}

#[test]
fn partial_translations_and_one_line_display() {
    assert_eq!(Partial::FAMILY.languages, &["en", "fr"]);
    assert_eq!(Partial::Ready.description_in("en"), Some("Ready"));
    assert_eq!(Partial::Busy.description_in("en"), None);
    assert_eq!(Partial::Gone.description_in("fr"), Some("Parti"));
    assert_eq!(Partial::Ready.description_in("fr"), None);
    // `Display` is one line; `display_in` falls back to the default description.
    assert_eq!(Partial::Busy.to_string(), "Busy (1): 忙碌 稍后重试");
    assert_eq!(
        Partial::Busy.display_in("en").to_string(),
        "Busy (1): 忙碌 稍后重试"
    );
    assert_eq!(
        Partial::Ready.display_in("en").to_string(),
        "Ready (0): Ready"
    );
    assert_eq!(
        PartialWide::High.display_in("en").to_string(),
        "High (9223372036854775807): the largest"
    );
    assert_eq!(
        PartialWide::Low.display_in("en").to_string(),
        PartialWide::Low.to_string()
    );
    assert_eq!(
        PartialWide::from(3).display_in("en").to_string(),
        "PartialWide (3): undeclared code"
    );
    assert_eq!(PartialWide::FAMILY.languages, &["en"]);
}

codes::rtc_codes! {
    /// A `u64` family described in Chinese, with English and Traditional Chinese for some codes.
    #[codes(lang = "zh-Hans", other = Other)]
    pub enum Localized: u64 {
        Ok = 0 => "成功" en "OK" zh-Hant "成功",
        Huge = 18446744073709551615 => "最大值" en-GB "Largest",
        Plain = 7 => "无译文",
    }
}

/// Language tags are matched without case and fall back as RFC 4647 lookup does; the family's
/// own language finds the description.
#[test]
fn languages_as_people_write_them() {
    use codes::ErrorCode;
    let token = ErrorCode::InvalidToken;
    assert_eq!(ErrorCode::FAMILY.lang, Some("zh"));
    assert_eq!(token.description_in("zh"), Some(token.description()));
    assert_eq!(token.description_in("zh-CN"), Some(token.description()));
    assert_eq!(
        token.description_in("ZH-hans-cn"),
        Some(token.description())
    );
    assert_eq!(token.description_in("en-US"), token.description_in("en"));
    assert!(token.description_in("en").is_some());
    assert_eq!(token.description_in("fr"), None);
    assert_eq!(token.display_in("zh").to_string(), token.to_string());

    assert_eq!(Localized::FAMILY.lang, Some("zh-Hans"));
    assert_eq!(Localized::FAMILY.languages, ["en", "zh-Hant", "en-GB"]);
    assert_eq!(Localized::Ok.description_in("en-AU"), Some("OK"));
    assert_eq!(Localized::Huge.description_in("en-GB"), Some("Largest"));
    // Where a code has no plain `en`, `en` finds its `en-GB`: RFC 4647 lookup first, then the
    // same primary language.
    assert_eq!(Localized::Huge.description_in("en"), Some("Largest"));
    assert_eq!(
        Localized::Plain.description_in("zh-Hans-CN"),
        Some("无译文")
    );
    assert_eq!(Localized::Plain.description_in("zh"), Some("无译文"));
    // POSIX locale names, as `LANG` has them; `C` is the family's own language.
    assert_eq!(
        Localized::Huge.description_in("en_GB.UTF-8"),
        Some("Largest")
    );
    assert_eq!(Localized::Plain.description_in("C"), Some("无译文"));
    assert_eq!(
        token.description_in("en_US.UTF-8"),
        token.description_in("en")
    );
    assert_eq!(
        token.description_in("zh_CN.GB18030@euro"),
        Some(token.description())
    );
    assert_eq!(token.description_in("POSIX"), Some(token.description()));
    assert_eq!(Localized::Ok.description_in("zh-Hant-TW"), Some("成功"));
    assert!(Localized::FAMILY.describes("EN-us") && !Localized::FAMILY.describes("de"));
    assert_eq!(Localized::Huge.code(), u64::MAX);
    assert_eq!(
        Localized::Huge.display_in("en-GB").to_string(),
        "Huge (18446744073709551615): Largest"
    );
    assert_eq!(Localized::from(u64::MAX - 1), Localized::from(u64::MAX - 1));
}
