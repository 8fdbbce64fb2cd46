codes::rtc_codes! {
    /// Results.
    pub enum SendResult {
        #[codes(success = true)]
        Success = 0 => "发送成功",
    }
}

fn main() {}
