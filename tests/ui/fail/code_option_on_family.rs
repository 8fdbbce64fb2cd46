codes::rtc_codes! {
    /// Results.
    #[codes(success)]
    pub enum SendResult {
        Success = 0 => "发送成功",
    }
}

fn main() {}
