// A language may describe some codes of a family only, as real headers do: the codes without it
// have no description in it, and the family lists every language any code has.
codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        InvalidToken = -1000 => "Token 无效。" en "Invalid token.",
        JoinRoom = -1001 => "加入房间错误。",
        Timeout = -1002 => "超时。" ja "タイムアウト。" en "Timed out.",
    }
}

fn main() {
    assert_eq!(ErrorCode::FAMILY.languages, &["en", "ja"]);
    assert_eq!(ErrorCode::InvalidToken.description_in("en"), Some("Invalid token."));
    assert_eq!(ErrorCode::JoinRoom.description_in("en"), None);
    assert_eq!(ErrorCode::JoinRoom.description_in("ja"), None);
    assert_eq!(ErrorCode::Timeout.description_in("ja"), Some("タイムアウト。"));
    let info = ErrorCode::Timeout.info().unwrap();
    assert_eq!(info.translations, &[("en", "Timed out."), ("ja", "タイムアウト。")]);
    assert!(ErrorCode::JoinRoom.info().unwrap().translations.is_empty());
}
