codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode<T> {
        InvalidToken = -1000 => "Token 无效。",
    }
}

fn main() {}
