//! Tests of the whole pipeline: the expansion snapshot, and expansion with errors.

use crate::stages::pipeline::rtc_codes;
use quote::quote;
use std::path::Path;

/// The expansion of a representative family, pretty-printed and compared with the snapshot in
/// `tests/snapshots/` (the template invocations print as tokens; `cargo expand` shows their
/// expansion), so that every change of the generated code shows in review. Run with
/// `RTC_CODES_BLESS=1` to accept a change.
#[test]
fn expansion_snapshot() {
    let expanded = rtc_codes(quote! {
        [::rtc_codes]
        /// 回调错误码。
        ///
        /// SDK 内部遇到不可恢复的错误时，会通过 onError 回调通知用户。
        #[codes(sdk_prefix = "kErrorCode", other = Other)]
        pub enum ErrorCode: i32 {
            InvalidToken = -1000 => "Token 无效。",
            #[codes(sdk_name = "kRoomErrorCodeRoomIdIllegal", alias = "kErrorCodeRoomIdIllegal")]
            RoomIdIllegal = -1007 => "roomid 非法 [0,400]",
        }

        /// 发送用户消息或者房间消息的结果
        #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "SCREAMING_SNAKE_CASE")]
        pub enum MessageSendResultCode: u16 {
            #[codes(success)]
            Success = 0 => "用户 P2P 消息发送成功",
            #[deprecated]
            ErrorTimeout = 1 => "发送超时，没有发送",
        }
    });
    let file: syn::File = syn::parse2(expanded).expect("the expansion parses as Rust items");
    let pretty = prettyplease::unparse(&file);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/expansion.rs.snap");
    if std::env::var_os("RTC_CODES_BLESS").is_some() {
        std::fs::write(&path, &pretty).expect("snapshot written");
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == pretty,
        "the expansion changed; review it and run with RTC_CODES_BLESS=1 to accept:\n{pretty}"
    );
}

#[test]
fn expansion_with_errors_keeps_valid_codes_and_reports_all() {
    let expanded = rtc_codes(quote! {
        [k]
        /// Codes.
        pub enum E: u8 {
            Good = 1 => "good",
            Bad = 300 => "too big",
            Empty = 2 => "",
        }
    })
    .to_string();
    assert_eq!(expanded.matches("compile_error").count(), 2, "{expanded}");
    assert!(expanded.contains("enum E"));
    assert!(expanded.contains("Good"));
    assert!(!expanded.contains("Bad ="));
    assert!(!expanded.contains("Empty ="));
}

/// `from_name` is one flat `match` unless more names share a length than it should compare one
/// after the other; then it dispatches on the length first.
#[test]
fn from_name_dispatches_on_the_length_only_when_names_crowd_one() {
    let few = rtc_codes(quote! {
        [k]
        /// Codes.
        pub enum F: u8 { A = 1 => "a", B = 2 => "b" }
    })
    .to_string();
    let crowded: Vec<_> = (0..9_u8)
        .map(|value| {
            let ident = quote::format_ident!("C{value}");
            let value = proc_macro2::Literal::u8_unsuffixed(value);
            quote!(#ident = #value => "c",)
        })
        .collect();
    let many = rtc_codes(quote! {
        [k]
        /// Codes.
        pub enum F: u8 { #(#crowded)* }
    })
    .to_string();
    let dispatch = "from_name : { 2 => { at : 1";
    assert!(!few.contains(dispatch), "{few}");
    assert!(many.contains(dispatch), "{many}");
}
