codes::rtc_codes! {
    /// Results.
    #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "snake_case")]
    pub enum SendResult {
        Success = 0 => "发送成功",
    }
}

fn main() {}
