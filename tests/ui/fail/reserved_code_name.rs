codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        ALL = 1 => "every error",
    }
}

fn main() {}
