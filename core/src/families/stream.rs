//! Streams and forwarding: forwarding a stream to other rooms, pushing mixed streams to a CDN,
//! and public streams.

crate::rtc_codes! {
    /// 媒体流跨房间转发过程中抛出的错误码
    #[codes(sdk_prefix = "kForwardStreamError", other = Other)]
    pub enum ForwardStreamError: i32 {
        #[codes(sdk_name = "kForwardStreamErrorOK", success)]
        Ok = 0 => "正常",
        InvalidArgument = 1201 => "参数异常",
        InvalidToken = 1202 => "token 错误",
        Response = 1203 => "服务端异常",
        RemoteKicked = 1204 => "目标房间有相同 user id 的用户加入，转发中断",
        NotSupport = 1205 => "服务端不支持转发功能",
    }

    /// 转推直播错误码
    #[codes(sdk_prefix = "kStreamMixingErrorCode", other = Other)]
    pub enum StreamMixingErrorCode: i32 {
        #[codes(sdk_name = "kStreamMixingErrorCodeOK", success)]
        Ok = 0 => "推流成功。",
        Base = 1090 => "未定义的合流错误",
        InvalidParam = 1091 => "客户端 SDK 检测到无效推流参数。",
        InvalidState = 1092 => "状态错误，需要在状态机正常状态下发起操作",
        InvalidOperator = 1093 => "无效操作",
        Timeout = 1094 => "转推直播任务处理超时，请检查网络状态并重试",
        InvalidParamByServer = 1095 => "服务端检测到错误的推流参数",
        SubTimeoutByServer = 1096 => "对流的订阅超时",
        InvalidStateByServer = 1097 => "合流服务端内部错误。",
        #[codes(sdk_name = "kStreamMixingErrorCodeAuthenticationByCDN")]
        AuthenticationByCdn = 1098 => "合流服务端推 CDN 失败。",
        TimeoutBySignaling = 1099 => "服务端接收信令超时，请检查网络状态并重试。",
        MixImageFail = 1100 => "图片合流失败。",
        #[codes(sdk_name = "kStreamMixingErrorCodeUnKnownByServer")]
        UnknownByServer = 1101 => "服务端未知错误。",
    }

    /// 公共流状态码
    #[codes(sdk_prefix = "kPublicStreamErrorCode", other = Other)]
    pub enum PublicStreamErrorCode: i32 {
        #[codes(sdk_name = "kPublicStreamErrorCodeOK", success)]
        Ok = 0 => "发布或订阅成功。",
        PushInvalidParam = 1191 => "公共流的参数异常，请修改参数后重试。",
        PushInvalidStatus = 1192 => "服务端状态异常，将自动重试。",
        PushInternalError = 1193 => "内部错误，不可恢复，请重试。",
        PushFailed = 1195 => "发布失败，将自动重试，请关注重试结果。",
        PushTimeout = 1196 => "发布失败，10 s 后会重试，重试 3 次后自动停止。",
        PullNoPushStream = 1300 => "订阅失败，发布端未开始发布流。",
    }
}
