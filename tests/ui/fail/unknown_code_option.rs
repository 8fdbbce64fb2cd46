codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        #[codes(sdk = "kErrorCodeInvalidToken")]
        InvalidToken = -1000 => "Token 无效。",
    }
}

fn main() {}
