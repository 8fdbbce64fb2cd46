// Better message: a SCREAMING_SNAKE_CASE prefix without its `_` used to make SDK names such as
// `MESSAGE_CODEERROR_TIMEOUT` silently.
codes::rtc_codes! {
    /// Message results.
    #[codes(sdk_prefix = "MESSAGE_CODE", sdk_case = "SCREAMING_SNAKE_CASE")]
    pub enum MessageResult {
        ErrorTimeout = 1 => "发送超时。",
    }
}

fn main() {}
