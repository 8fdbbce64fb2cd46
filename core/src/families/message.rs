//! Messages: results of sending user and room messages.

crate::rtc_codes! {
    /// 发送用户消息或者房间消息的结果
    #[codes(sdk_prefix = "MESSAGE_CODE_", sdk_case = "SCREAMING_SNAKE_CASE", other = Other)]
    pub enum MessageSendResultCode: i32 {
        #[codes(success)]
        Success = 0 => "用户 P2P 消息发送成功",
        #[codes(success)]
        RoomSuccess = 200 => "房间 Broadcast 消息发送成功",
        ErrorTimeout = 1 => "发送超时，没有发送",
        ErrorBroken = 2 => "通道断开，没有发送",
        ErrorNotReceiver = 3 => "找不到接收方",
        ErrorNotJoin = 100 => "消息发送方没有加入房间",
        ErrorNoConnection = 102 => "没有可用的数据传输通道连接",
        ErrorExceedMaxLength = 103 => "消息超过最大长度，当前为64KB",
        ErrorEmptyUser = 104 => "接收消息的单个用户 id 为空",
        ErrorUnknown = 1000 => "未知错误",
    }
}
