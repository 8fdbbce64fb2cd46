codes::rtc_codes! {
    /// Results.
    pub enum SendResult {
        #[codes(sdk_name = "MESSAGE_CODE_SUCCESS", sdk_name = "MESSAGE_SUCCESS")]
        Success = 0 => "发送成功",
    }
}

fn main() {}
