codes::rtc_codes! {
    /// Errors.
    #[codes(sdk_prefix = "kErrorCode")]
    #[codes(sdk_prefix = "kRoomErrorCode")]
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
    }
}

fn main() {}
