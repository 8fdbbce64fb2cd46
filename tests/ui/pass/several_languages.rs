//! Descriptions in more languages, on the same line or the next.
#![deny(warnings)]

codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。" en "Invalid token." ja "トークンが無効です。",
        JoinRoom = -1001 => "加入房间错误。"
            ja "ルーム参加エラー。"
            en "Failed to join the room.",
    }
}

fn main() {
    assert_eq!(ErrorCode::FAMILY.languages, &["en", "ja"]);
    assert_eq!(ErrorCode::JoinRoom.description_in("en"), Some("Failed to join the room."));
    assert_eq!(ErrorCode::JoinRoom.info().unwrap().translations[1], ("ja", "ルーム参加エラー。"));
    assert_eq!(ErrorCode::InvalidToken.description_in("fr"), None);
    assert_eq!(ErrorCode::InvalidToken.description(), "Token 无效。");
}
