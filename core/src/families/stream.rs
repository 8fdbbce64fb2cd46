//! Streams and forwarding: forwarding a stream to other rooms, pushing mixed streams to a CDN,
//! and public streams.

crate::rtc_codes! {
    /// 媒体流跨房间转发过程中抛出的错误码
    ///
    /// Errors raised while forwarding a media stream to other rooms.
    #[codes(sdk_prefix = "kForwardStreamError", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum ForwardStreamError: i32 {
        #[codes(sdk_name = "kForwardStreamErrorOK", success)]
        Ok = 0 => "正常"
            en "Normal.",
        InvalidArgument = 1201 => "参数异常"
            en "Invalid argument.",
        InvalidToken = 1202 => "token 错误"
            en "Invalid token.",
        Response = 1203 => "服务端异常"
            en "Server error.",
        RemoteKicked = 1204 => "目标房间有相同 user id 的用户加入，转发中断"
            en "A user with the same user ID joined the destination room, so forwarding stopped.",
        NotSupport = 1205 => "服务端不支持转发功能"
            en "The server does not support stream forwarding.",
    }

    /// 转推直播错误码
    ///
    /// Errors of pushing a mixed stream to a CDN.
    #[codes(sdk_prefix = "kStreamMixingErrorCode", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum StreamMixingErrorCode: i32 {
        #[codes(sdk_name = "kStreamMixingErrorCodeOK", success)]
        Ok = 0 => "推流成功。"
            en "The stream was pushed successfully.",
        Base = 1090 => "未定义的合流错误"
            en "Undefined stream mixing error.",
        InvalidParam = 1091 => "客户端 SDK 检测到无效推流参数。"
            en "The client SDK detected invalid push parameters.",
        InvalidState = 1092 => "状态错误，需要在状态机正常状态下发起操作"
            en "Wrong state: start the operation when the state machine is in a normal state.",
        InvalidOperator = 1093 => "无效操作"
            en "Invalid operation.",
        Timeout = 1094 => "转推直播任务处理超时，请检查网络状态并重试"
            en "The task of pushing the stream to CDN timed out. Check the network and try again.",
        InvalidParamByServer = 1095 => "服务端检测到错误的推流参数"
            en "The server detected wrong push parameters.",
        SubTimeoutByServer = 1096 => "对流的订阅超时"
            en "Subscribing to a stream timed out.",
        InvalidStateByServer = 1097 => "合流服务端内部错误。"
            en "Internal error of the stream mixing server.",
        #[codes(sdk_name = "kStreamMixingErrorCodeAuthenticationByCDN")]
        AuthenticationByCdn = 1098 => "合流服务端推 CDN 失败。"
            en "The stream mixing server failed to push the stream to the CDN.",
        TimeoutBySignaling = 1099 => "服务端接收信令超时，请检查网络状态并重试。"
            en "The server timed out receiving signaling. Check the network and try again.",
        MixImageFail = 1100 => "图片合流失败。"
            en "Failed to mix the image into the stream.",
        #[codes(sdk_name = "kStreamMixingErrorCodeUnKnownByServer")]
        UnknownByServer = 1101 => "服务端未知错误。"
            en "Unknown server error.",
    }

    /// 公共流状态码
    ///
    /// Public stream states.
    #[codes(sdk_prefix = "kPublicStreamErrorCode", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum PublicStreamErrorCode: i32 {
        #[codes(sdk_name = "kPublicStreamErrorCodeOK", success)]
        Ok = 0 => "发布或订阅成功。"
            en "Published or subscribed successfully.",
        PushInvalidParam = 1191 => "公共流的参数异常，请修改参数后重试。"
            en "Invalid public stream parameters. Change them and try again.",
        PushInvalidStatus = 1192 => "服务端状态异常，将自动重试。"
            en "The server is in an abnormal state; it will retry automatically.",
        PushInternalError = 1193 => "内部错误，不可恢复，请重试。"
            en "Unrecoverable internal error. Try again.",
        PushFailed = 1195 => "发布失败，将自动重试，请关注重试结果。"
            en "Publishing failed; it will retry automatically. Watch for the result of the retry.",
        PushTimeout = 1196 => "发布失败，10 s 后会重试，重试 3 次后自动停止。"
            en "Publishing failed; it retries after 10 s and stops after 3 retries.",
        PullNoPushStream = 1300 => "订阅失败，发布端未开始发布流。"
            en "Subscribing failed: the publisher has not started publishing the stream.",
    }
}
