codes::rtc_codes! {
    /// Results.
    pub enum SendResult {
        #[codes(other = Other)]
        Success = 0 => "发送成功",
    }
}

fn main() {}
