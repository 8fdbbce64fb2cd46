codes::rtc_codes! {
    /// Errors.
    #[codes(prefix = "kErrorCode")]
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
    }
}

fn main() {}
