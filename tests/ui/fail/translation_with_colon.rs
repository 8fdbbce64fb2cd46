// Better message: `en: "..."` used to be "unexpected tokens after the description".
codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。" en: "Invalid token.",
        JoinRoom = -1001 => "加入房间错误。" en = "Failed to join the room.",
    }
}

fn main() {}
