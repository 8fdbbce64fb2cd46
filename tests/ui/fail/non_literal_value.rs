const BASE: i32 = -1000;

codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = BASE - 1 => "Token 无效。",
    }
}

fn main() {}
