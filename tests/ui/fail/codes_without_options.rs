codes::rtc_codes! {
    /// Results.
    pub enum SendResult {
        #[codes]
        Success = 0 => "发送成功",
    }
}

fn main() {}
