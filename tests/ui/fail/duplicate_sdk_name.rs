codes::rtc_codes! {
    /// Errors.
    #[codes(sdk_prefix = "kErrorCode")]
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
        #[codes(sdk_name = "kErrorCodeInvalidToken")]
        JoinRoom = -1001 => "加入房间错误。",
    }
}

fn main() {}
