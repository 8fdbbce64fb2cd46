//! Messages: results of sending user and room messages.

crate::rtc_codes! {
    /// 发送用户消息或者房间消息的结果
    ///
    /// Results of sending a user message or a room message.
    #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "SCREAMING_SNAKE_CASE", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum MessageSendResultCode: i32 {
        #[codes(success)]
        Success = 0 => "用户 P2P 消息发送成功"
            en "The user (P2P) message was sent.",
        #[codes(success)]
        RoomSuccess = 200 => "房间 Broadcast 消息发送成功"
            en "The room (broadcast) message was sent.",
        ErrorTimeout = 1 => "发送超时，没有发送"
            en "Timed out; not sent.",
        ErrorBroken = 2 => "通道断开，没有发送"
            en "The channel is broken; not sent.",
        ErrorNotReceiver = 3 => "找不到接收方"
            en "The receiver cannot be found.",
        ErrorNotJoin = 100 => "消息发送方没有加入房间"
            en "The sender has not joined the room.",
        ErrorNoConnection = 102 => "没有可用的数据传输通道连接"
            en "No data transmission channel is available.",
        ErrorExceedMaxLength = 103 => "消息超过最大长度，当前为64KB"
            en "The message is longer than the maximum length, currently 64 KB.",
        ErrorEmptyUser = 104 => "接收消息的单个用户 id 为空"
            en "The user ID of the single receiver is empty.",
        ErrorUnknown = 1000 => "未知错误"
            en "Unknown error.",
    }
}
