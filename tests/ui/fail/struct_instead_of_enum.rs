codes::rtc_codes! {
    /// Errors.
    pub struct ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
    }
}

fn main() {}
