// Better message: a `///` comment after the last code used to say "unexpected end of input,
// expected a code name", pointed at the whole invocation.
codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
        /// A comment that documents nothing.
    }
}

fn main() {}
