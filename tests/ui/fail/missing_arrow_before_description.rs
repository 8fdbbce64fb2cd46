// Better message: this used to say that a value must be an integer literal; it now says that the
// `=>` is missing.
codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        Fatal = 30001 "内部错误",
    }
}

fn main() {}
