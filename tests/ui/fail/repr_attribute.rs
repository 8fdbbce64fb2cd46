codes::rtc_codes! {
    /// Errors.
    #[repr(u8)]
    pub enum ErrorCode {
        InvalidToken = 1 => "Token 无效。",
    }
}

fn main() {}
