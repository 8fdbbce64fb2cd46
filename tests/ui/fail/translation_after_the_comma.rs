// Better message: a translation after the code's comma used to say "expected `= value` after
// `en`", as if `en` were a code.
codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。",
            en "Invalid token.",
        JoinRoom = -1001 => "加入房间错误。",
    }
}

fn main() {}
