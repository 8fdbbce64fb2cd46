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
/// The grammar, the options and the generated API are described in the crate documentation.
#[macro_export]
macro_rules! rtc_codes {
    ($($input:tt)*) => {
        $crate::__private::rtc_codes_impl! { [$crate] $($input)* }
    };
}
