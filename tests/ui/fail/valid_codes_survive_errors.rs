codes::rtc_codes! {
    /// Errors.
    #[codes(sdk_prefix = "kErrorCode")]
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
        JoinRoom = -1001 => "",
    }
}

// Only the empty description is reported: the family and its valid code still exist, so this
// code compiles against them instead of adding "cannot find type" errors.
fn main() {
    let code = ErrorCode::from_code(-1000);
    assert_eq!(code, Some(ErrorCode::InvalidToken));
    assert_eq!(ErrorCode::InvalidToken.sdk_name(), "kErrorCodeInvalidToken");
}
