codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
        Unknown(i32),
    }
}

fn main() {}
