codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000,
    }
}

fn main() {}
