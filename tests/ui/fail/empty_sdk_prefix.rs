codes::rtc_codes! {
    /// Results.
    #[codes(sdk_prefix = "")]
    pub enum SendResult {
        Success = 0 => "发送成功",
    }
}

fn main() {}
