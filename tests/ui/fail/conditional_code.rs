codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        #[cfg(feature = "beta")]
        InvalidToken = 1 => "Token 无效。",
        JoinRoom = 2 => "加入房间错误。",
    }
}

fn main() {}
