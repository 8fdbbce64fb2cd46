codes::rtc_codes! {
    /// Results.
    pub enum SendResult {
        #[codes(sdk_name = "MESSAGE CODE SUCCESS")]
        Success = 0 => "发送成功",
    }
}

fn main() {}
