codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = 1000i64 => "Token 无效。",
    }
}

fn main() {}
