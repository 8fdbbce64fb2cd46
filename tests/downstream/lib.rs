//! A downstream crate that declares code families and uses every generated item, under the most
//! hostile settings a user can choose: no `std` (edition 2024), no prelude, shadowed names, a renamed dependency,
//! every warning an error. It is built as edition 2015 and as edition 2024.

// Edition 2015 injects `extern crate core` into `no_std` crates (and `extern crate std` into the
// others), which would clash with the local `core` module below; there the crate uses `std`, and
// `::core` is that local module.
#![cfg_attr(not(feature = "edition2015"), no_std)]
#![no_implicit_prelude]
#![deny(warnings, missing_docs, unused_qualifications, unused_results)]
#![deny(clippy::all, clippy::pedantic)]
#![forbid(unsafe_code)]

extern crate core as real_core;
extern crate my_codes;

// Items named like the ones generated code relies on. In edition 2015, `::core` would be this
// module, so code that names `::core` instead of going through `$crate` breaks here.
#[allow(dead_code)]
mod core {}
#[cfg(not(feature = "edition2015"))]
#[allow(dead_code)]
mod std {}
#[allow(dead_code)]
struct Option;
#[allow(dead_code)]
struct Some;
#[allow(dead_code)]
struct None;
#[allow(dead_code)]
struct Result;
#[allow(dead_code)]
struct Ok;
#[allow(dead_code)]
struct Err;
#[allow(dead_code)]
struct From;
#[allow(dead_code)]
struct Clone;
#[allow(dead_code, non_camel_case_types)]
struct str;
#[allow(dead_code, non_camel_case_types)]
struct i32;
#[allow(dead_code, non_camel_case_types)]
struct bool;

my_codes::rtc_codes! {
    /// 回调错误码。
    #[codes(sdk_prefix = "kErrorCode", other = Other)]
    pub enum ErrorCode: i32 {
        /// Extra docs.
        InvalidToken = -1000 => "Token 无效。" en "Invalid token.",
        #[codes(sdk_name = "kRoomErrorCodeRoomIdIllegal", alias = "kErrorCodeRoomIdIllegal")]
        RoomIdIllegal = -1007 => "roomid 非法",
        #[deprecated(note = "use InvalidToken")]
        OldToken = -999 => "旧的 Token 错误",
    }

    /// Message results.
    #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "SCREAMING_SNAKE_CASE")]
    #[derive(PartialOrd, Ord)]
    pub enum MessageSendResultCode: u16 {
        #[codes(success)]
        Success = 0 => "sent",
        ErrorTimeout = 1 => "timed out",
    }

    /// An open family ordered by value, declared out of order.
    #[derive(PartialOrd, Ord)]
    #[codes(other = Unknown)]
    pub enum Errno: u8 {
        Again = 11 => "try again\nlater",
        Perm = 1 => "not permitted",
    }

    /// A private family.
    #[non_exhaustive]
    pub(crate) enum Private: i8 {
        Only = -1 => "the only code",
    }

    /// Flags of an Objective-C `NS_ENUM(NSUInteger, ...)`, described in Simplified Chinese,
    /// documented as C headers document them.
    #[codes(lang = "zh-Hans", other = Unlisted)]
    pub enum Flags: u64 {
        None = 0 => "无" en-US "none", ///< no flag
        Top = 0xffff_ffff_ffff_ffff => "全部" /**< every flag */,
    }
}

#[cfg(feature = "serde")]
my_codes::rtc_codes! {
    /// Results that serialize as their integer (the `serde` feature of rtc-codes).
    #[derive(serde::Serialize, serde::Deserialize, PartialOrd, Ord)]
    pub enum Serialized: u64 {
        Big = 18446744073709551615 => "u64::MAX",
    }
}

/// Uses every generated item; returns whether all of them behaved.
#[must_use]
#[allow(clippy::too_many_lines)]
pub fn exercise() -> real_core::primitive::bool {
    use real_core::convert::From as _;
    let mut ok = true;
    let mut check = |condition: real_core::primitive::bool| ok &= condition;

    // Constants.
    check(ErrorCode::ALL.len() == 3 && ErrorCode::COUNT == 3);
    check(MessageSendResultCode::ALL[1] == MessageSendResultCode::ErrorTimeout);
    check(ErrorCode::FAMILY.name == "ErrorCode" && ErrorCode::FAMILY.is_open());
    check(!MessageSendResultCode::FAMILY.is_open());
    check(Private::COUNT == 1 && Private::Only.code() == -1);

    // Values.
    check(ErrorCode::from_code(-1000) == real_core::option::Option::Some(ErrorCode::InvalidToken));
    check(ErrorCode::from_code(-1081).is_none());
    check(ErrorCode::InvalidToken.code() == -1000);
    check(MessageSendResultCode::ErrorTimeout as u16 == 1);
    check(real_core::matches!(ErrorCode::from(-1081), ErrorCode::Other(kept) if kept.value() == -1081));
    check(<real_core::primitive::i32 as real_core::convert::From<ErrorCode>>::from(ErrorCode::from(7)) == 7);
    check(real_core::convert::TryFrom::try_from(1_u16) == real_core::result::Result::Ok(MessageSendResultCode::ErrorTimeout));
    let unknown: real_core::result::Result<MessageSendResultCode, my_codes::UnknownCode> =
        real_core::convert::TryFrom::try_from(9_u16);
    check(unknown.is_err_and(|error| error.value() == 9));
    check(u16::from(MessageSendResultCode::Success) == 0);

    // Metadata.
    let code = ErrorCode::RoomIdIllegal;
    check(code.name() == "RoomIdIllegal");
    check(code.sdk_name() == "kRoomErrorCodeRoomIdIllegal");
    check(code.description() == "roomid 非法");
    check(!code.is_success() && code.is_declared());
    check(code.info().is_some_and(|info| info.aliases.len() == 1 && info.value == -1007));
    check(MessageSendResultCode::Success.is_success());
    check(MessageSendResultCode::ErrorTimeout.sdk_name() == "MESSAGE_CODE_ERROR_TIMEOUT");
    check(ErrorCode::from(5).name() == "Other" && !ErrorCode::from(5).is_declared());
    check(MessageSendResultCode::Success < MessageSendResultCode::ErrorTimeout);

    // Names and strings.
    check(ErrorCode::from_name("kErrorCodeRoomIdIllegal") == real_core::option::Option::Some(code));
    check(ErrorCode::from_name("roomidillegal").is_none());
    check("kErrorCodeInvalidToken".parse::<ErrorCode>() == real_core::result::Result::Ok(ErrorCode::InvalidToken));
    check("-1081".parse::<ErrorCode>() == real_core::result::Result::Ok(ErrorCode::from(-1081)));
    check("5".parse::<MessageSendResultCode>().is_err());

    // Display and Error, through the trait objects users hold.
    let mut buffer = Buffer::new();
    check(real_core::fmt::Write::write_fmt(&mut buffer, real_core::format_args!("{}", ErrorCode::InvalidToken)).is_ok());
    check(buffer.as_str() == "kErrorCodeInvalidToken (-1000): Token 无效。");
    let error: &dyn real_core::error::Error = &ErrorCode::InvalidToken;
    check(error.source().is_none());

    // One line for logs, in a chosen language.
    let mut buffer = Buffer::new();
    check(real_core::fmt::Write::write_fmt(&mut buffer, real_core::format_args!("{}", Errno::Again)).is_ok());
    check(buffer.as_str() == "Again (11): try again later");
    let mut buffer = Buffer::new();
    check(real_core::fmt::Write::write_fmt(&mut buffer, real_core::format_args!("{}", ErrorCode::InvalidToken.display_in("en"))).is_ok());
    check(buffer.as_str() == "kErrorCodeInvalidToken (-1000): Invalid token.");
    check(ErrorCode::RoomIdIllegal.description_in("en").is_none());

    // Ordered by value, undeclared values included.
    check(Errno::Perm < Errno::from(5) && Errno::from(5) < Errno::Again);

    // Through FFI.
    let callback: extern "C" fn(my_codes::Raw<ErrorCode>) -> my_codes::Raw<ErrorCode> = echo;
    check(callback(my_codes::Raw::new(-1000)).get() == ErrorCode::InvalidToken);
    let raw = <my_codes::Raw<ErrorCode> as real_core::convert::From<ErrorCode>>::from(ErrorCode::from(-3));
    check(ErrorCode::from(callback(raw)) == ErrorCode::from(-3));
    let closed: my_codes::Raw<MessageSendResultCode> = my_codes::Raw::new(1);
    check(closed.try_get() == real_core::result::Result::Ok(MessageSendResultCode::ErrorTimeout));

    // `u64`, languages as locales write them.
    check(Flags::Top.code() == u64::MAX);
    check(real_core::matches!(Flags::from(7), Flags::Unlisted(kept) if kept.value() == 7));
    check(Flags::FAMILY.lang == real_core::option::Option::Some("zh-Hans"));
    check(Flags::None.description_in("EN-us") == real_core::option::Option::Some("none"));
    check(Flags::Top.description_in("zh-Hans-CN") == real_core::option::Option::Some("全部"));
    check(Flags::Top.info().is_some_and(|info| info.value == 18_446_744_073_709_551_615));
    check(my_codes::Raw::<Flags>::new(u64::MAX).get() == Flags::Top);
    #[cfg(feature = "serde")]
    check(Serialized::Big.code() == u64::MAX);

    // One integer is one value: a declared value is its code, however it is made.
    check(ErrorCode::from(-1000) == ErrorCode::InvalidToken);
    check(real_core::matches!(ErrorCode::from(-1000), ErrorCode::InvalidToken));
    check(Errno::from(11) == Errno::Again && real_core::cmp::Ord::cmp(&Errno::from(11), &Errno::Again) == real_core::cmp::Ordering::Equal);
    check(Flags::from(0) == Flags::None && my_codes::Raw::<Errno>::new(1).get() == Errno::Perm);
    check(ErrorCode::from(-1000).code() == -1000 && ErrorCode::from(-1000).is_declared());

    // Languages as systems name them: POSIX locale names, a region's text for its language.
    check(ErrorCode::InvalidToken.description_in("en_US.UTF-8") == real_core::option::Option::Some("Invalid token."));
    check(Flags::None.description_in("en") == real_core::option::Option::Some("none"));
    check(Flags::None.description_in("C") == real_core::option::Option::Some("无"));
    check(Flags::FAMILY.describes("en-GB") && !Flags::FAMILY.describes("fr"));
    let locale = my_codes::messages_locale(|name| (name == "LANG").then_some("en_GB.UTF-8"));
    check(locale == real_core::option::Option::Some("en_GB.UTF-8"));
    check(Flags::None.description_in(locale.unwrap_or_default()) == real_core::option::Option::Some("none"));

    // Display honours width, fill, alignment and precision.
    let mut buffer = Buffer::new();
    check(real_core::fmt::Write::write_fmt(&mut buffer, real_core::format_args!("[{:>32}]", MessageSendResultCode::Success)).is_ok());
    check(buffer.as_str() == "[  MESSAGE_CODE_SUCCESS (0): sent]");
    let mut buffer = Buffer::new();
    check(real_core::fmt::Write::write_fmt(&mut buffer, real_core::format_args!("[{:*<14.12}]", ErrorCode::InvalidToken.display_in("en"))).is_ok());
    check(buffer.as_str() == "[kErrorCodeIn**]");

    // FromStr: spaces, signs and hex; a number that is no value is an unknown value.
    check(" -0x3E8 ".parse::<ErrorCode>() == real_core::result::Result::Ok(ErrorCode::InvalidToken));
    check("+1".parse::<MessageSendResultCode>() == real_core::result::Result::Ok(MessageSendResultCode::ErrorTimeout));
    check("0X1".parse::<Errno>() == real_core::result::Result::Ok(Errno::Perm));
    check("5".parse::<MessageSendResultCode>().is_err_and(|error| error.kind() == my_codes::ParseCodeErrorKind::UnknownValue(5)));
    check("70000".parse::<MessageSendResultCode>().is_err_and(|error| error.kind() == my_codes::ParseCodeErrorKind::OutOfRange));

    // Lookups by value take any integer type.
    check(ErrorCode::FAMILY.find_value(-1000_i16).is_some() && ErrorCode::FAMILY.find_value(u64::MAX).is_none());
    check(real_core::iter::Iterator::count(my_codes::find_value(-1000_i64)) == 1);

    // A family known only at run time, with the same metadata and lookups.
    check(LOADED.find_value(7_u8).is_some_and(|code| code.sdk_name == "LOADED_BUSY" && code.description_in("en_US") == real_core::option::Option::Some("Busy.")));

    // The trait, generically.
    check(count::<ErrorCode>() == 3 && count::<MessageSendResultCode>() == 2);
    check(count::<Flags>() == 2);
    #[allow(deprecated)]
    let old = ErrorCode::OldToken;
    check(old.info().is_some_and(|info| info.deprecated));
    ok
}

/// A family known only at run time, as a program that reads its codes would build it.
static LOADED: my_codes::FamilyInfo = my_codes::FamilyInfo::new("Loaded", "u8", &LOADED_CODES).with_languages(&["en"]);
static LOADED_CODES: [my_codes::CodeInfo; 1] =
    [my_codes::CodeInfo::new("Loaded", "Busy", "LOADED_BUSY", 7, "忙。").with_translations(&[("en", "Busy.")])];

extern "C" fn echo(code: my_codes::Raw<ErrorCode>) -> my_codes::Raw<ErrorCode> {
    code
}

fn count<C: my_codes::Code>() -> usize {
    use real_core::iter::Iterator as _;
    C::ALL.iter().filter(|code| C::from_code(code.code()) == real_core::option::Option::Some(**code)).count()
}

/// A fixed-size text buffer, since this crate has no allocator.
struct Buffer {
    bytes: [u8; 128],
    len: usize,
}

impl Buffer {
    fn new() -> Self {
        Buffer { bytes: [0; 128], len: 0 }
    }

    fn as_str(&self) -> &real_core::primitive::str {
        self.bytes.get(..self.len).and_then(|bytes| real_core::str::from_utf8(bytes).ok()).unwrap_or("")
    }
}

impl real_core::fmt::Write for Buffer {
    fn write_str(&mut self, s: &real_core::primitive::str) -> real_core::fmt::Result {
        let end = self.len + s.len();
        let slot = self.bytes.get_mut(self.len..end).ok_or(real_core::fmt::Error)?;
        slot.copy_from_slice(s.as_bytes());
        self.len = end;
        real_core::result::Result::Ok(())
    }
}
