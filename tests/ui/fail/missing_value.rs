codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken => "Token 无效。",
    }
}

fn main() {}
