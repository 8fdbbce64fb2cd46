codes::__private::rtc_codes_impl! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
    }
}

fn main() {}
