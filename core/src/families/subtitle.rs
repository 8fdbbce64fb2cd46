//! Subtitles: the real-time subtitle task.

crate::rtc_codes! {
    /// 字幕任务错误码。
    ///
    /// Errors of the subtitle task.
    #[codes(sdk_prefix = "kSubtitleErrorCode", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum SubtitleErrorCode: i32 {
        #[codes(sdk_name = "kSubtitleErrorCodeUnknow")]
        Unknown = -1 => "客户端无法识别云端媒体处理发送的错误码。请联系技术支持。"
            en "The client cannot recognize the error code sent by cloud media processing. Contact technical support.",
        #[codes(success)]
        Success = 0 => "字幕已开启。"
            en "Subtitles are on.",
        PostProcessError = 1 => "云端媒体处理内部出现错误，请联系技术支持。"
            en "An internal error occurred in cloud media processing. Contact technical support.",
        #[codes(sdk_name = "kSubtitleErrorCodeASRConnectionError")]
        AsrConnectionError = 2 => "第三方服务连接失败，请联系技术支持。"
            en "Failed to connect to the third-party service. Contact technical support.",
        #[codes(sdk_name = "kSubtitleErrorCodeASRServiceError")]
        AsrServiceError = 3 => "第三方服务内部出现错误，请联系技术支持。"
            en "An internal error occurred in the third-party service. Contact technical support.",
        BeforeJoinRoom = 4 => "未进房导致调用startSubtitle失败。请加入房间后再调用此方法。"
            en "startSubtitle failed because the user has not joined the room. Join the room, then call it again.",
        AlreadyOn = 5 => "重复调用 startSubtitle。"
            en "startSubtitle was called more than once.",
        UnsupportedLanguage = 6 => "用户选择的目标语言目前暂不支持。"
            en "The selected target language is not supported yet.",
        PostProcessTimeout = 7 => "云端媒体处理超时未响应，请联系技术支持。"
            en "Cloud media processing did not respond in time. Contact technical support.",
    }
}
