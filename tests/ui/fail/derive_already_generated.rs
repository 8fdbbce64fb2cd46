codes::rtc_codes! {
    /// Errors.
    #[derive(Debug, PartialOrd)]
    pub enum ErrorCode {
        InvalidToken = 1 => "Token 无效。",
    }
}

fn main() {}
