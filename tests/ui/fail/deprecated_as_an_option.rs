// Better message: `deprecated` used to be an unknown code option; it points to `#[deprecated]`.
codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        #[codes(deprecated)]
        OldToken = -999 => "旧的 Token 错误",
    }
}

fn main() {}
