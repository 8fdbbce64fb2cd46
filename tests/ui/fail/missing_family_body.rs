codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode;
}

fn main() {}
