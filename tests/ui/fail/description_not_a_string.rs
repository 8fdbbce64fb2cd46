codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => invalid_token,
    }
}

fn main() {}
