codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = 1.5 => "Token 无效。",
    }
}

fn main() {}
