//! Subtitles: the real-time subtitle task.

crate::rtc_codes! {
    /// 字幕任务错误码。
    #[codes(sdk_prefix = "kSubtitleErrorCode", other = Other)]
    pub enum SubtitleErrorCode: i32 {
        #[codes(sdk_name = "kSubtitleErrorCodeUnknow")]
        Unknown = -1 => "客户端无法识别云端媒体处理发送的错误码。请联系技术支持。",
        #[codes(success)]
        Success = 0 => "字幕已开启。",
        PostProcessError = 1 => "云端媒体处理内部出现错误，请联系技术支持。",
        #[codes(sdk_name = "kSubtitleErrorCodeASRConnectionError")]
        AsrConnectionError = 2 => "第三方服务连接失败，请联系技术支持。",
        #[codes(sdk_name = "kSubtitleErrorCodeASRServiceError")]
        AsrServiceError = 3 => "第三方服务内部出现错误，请联系技术支持。",
        BeforeJoinRoom = 4 => "未进房导致调用startSubtitle失败。请加入房间后再调用此方法。",
        AlreadyOn = 5 => "重复调用 startSubtitle。",
        UnsupportedLanguage = 6 => "用户选择的目标语言目前暂不支持。",
        PostProcessTimeout = 7 => "云端媒体处理超时未响应，请联系技术支持。",
    }
}
