// Better message: `en = "..."` after a comma used to be read as a code named `en` whose value is
// not an integer.
codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。", en = "Invalid token.",
    }
}

fn main() {}
