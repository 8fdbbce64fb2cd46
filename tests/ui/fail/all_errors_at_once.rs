codes::rtc_codes! {
    /// Errors.
    #[codes(sdk_prefix = "kErrorCode", sdk_case = "camelCase")]
    pub enum ErrorCode: i8 {
        InvalidToken = -1000 => "Token 无效。",
        JoinRoom = 1 => "",
        NoPublishPermission = 1 => "没有发布音视频流权限。",
        #[codes(succes)]
        DuplicateLogin = 2 => "用户重复登录。",
    }

    /// Second family, also wrong.
    pub enum Second: f32 {
        A = 1 => "a",
    }
}

fn main() {}
