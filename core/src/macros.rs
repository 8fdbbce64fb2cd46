/// Declares code families: enums with conversions, metadata and docs.
///
/// ```
/// rtc_codes::rtc_codes! {
///     /// What a message send reported.
///     #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "SCREAMING_SNAKE_CASE")]
///     pub enum SendResult: i32 {
///         #[codes(success)]
///         Success = 0 => "sent",
///         ErrorTimeout = 1 => "timed out, not sent",
///     }
/// }
///
/// let code = SendResult::from_code(1).unwrap();
/// assert_eq!(code, SendResult::ErrorTimeout);
/// assert_eq!(code.sdk_name(), "MESSAGE_CODE_ERROR_TIMEOUT");
/// assert_eq!(code.to_string(), "MESSAGE_CODE_ERROR_TIMEOUT (1): timed out, not sent");
/// assert!(SendResult::Success.is_success());
/// ```
///
/// One invocation declares one or more families:
///
/// ```text
/// family := attr* vis? 'enum' Ident (':' IntType)? '{' (code (',' code)* ','?) '}'
/// code   := attr* Ident '=' '-'? IntLiteral '=>' StrLiteral (Lang StrLiteral)*
/// ```
///
/// - `IntType` is `i8`, `i16`, `i32` (the default), `i64`, `u8`, `u16`, `u32` or `u64`; values are
///   integer literals (decimal, hex, octal, binary, `_`, a leading `-`) that fit it.
/// - The description is the text of `description()`; `en "..."` after it gives the
///   description in another language (`description_in("en")`), for any of the family's codes.
/// - Family options, `#[codes(...)]`: `sdk_prefix = "kErrorCode"` (SDK names are the prefix and
///   the code's name), `sdk_case = "SCREAMING_SNAKE_CASE"` (how the name is spelled in them),
///   `other = Other` (an open family: a catch-all variant keeps undeclared values).
/// - Code options, `#[codes(...)]`: `sdk_name = "..."` (the exact SDK identifier),
///   `alias = "..."` (another accepted name, repeatable), `success`.
/// - Doc comments, `#[deprecated]`, `#[derive(PartialOrd, Ord)]` (by value), `#[non_exhaustive]` and other
///   attributes pass through.
///
/// Each family gets `ALL`, `COUNT`, `FAMILY`, `from_code`, `code`, `name`, `sdk_name`,
/// `description`, `description_in`, `display_in`, `is_success`, `is_declared`, `info`,
/// `from_name`, `TryFrom`/`From`, conversions from and to [`Raw`](crate::Raw), `FromStr`, a
/// one-line `Display`, `Error` and the [`Code`](crate::Code) trait; see
/// [the DSL](crate#the-dsl) and [the generated API](crate#the-generated-api) in the crate
/// documentation, and [the mistakes](crate#mistakes-and-what-the-compiler-says) it reports.
#[macro_export]
macro_rules! rtc_codes {
    ($($input:tt)*) => {
        $crate::__private::rtc_codes_impl! { [$crate] $($input)* }
    };
}
