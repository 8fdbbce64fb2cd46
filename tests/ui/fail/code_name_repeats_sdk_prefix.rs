// Better message: a Rust name that repeats the SDK prefix used to give the SDK name
// `kErrorCodeKErrorCodeInvalidToken`, which `from_name` of the real SDK name does not find.
codes::rtc_codes! {
    /// Errors.
    #[codes(sdk_prefix = "kErrorCode")]
    pub enum ErrorCode {
        KErrorCodeInvalidToken = -1000 => "Token 无效。",
        JoinRoom = -1001 => "加入房间错误。",
    }
}

fn main() {}
