//! Room and session: errors and warnings reported while joining, staying in and leaving a room,
//! and changes of a user's visibility.

crate::rtc_codes! {
    /// 回调错误码。
    ///
    /// SDK 内部遇到不可恢复的错误时，会通过 onError 回调通知用户。
    #[codes(sdk_prefix = "kErrorCode", other = Other)]
    pub enum ErrorCode: i32 {
        InvalidToken = -1000 => "Token 无效。调用 joinRoom 方法时使用的 Token 无效或过期失效。需要用户重新获取 Token，并调用 updateToken 方法更新 Token。",
        JoinRoom = -1001 => "加入房间错误。调用 joinRoom 方法时发生未知错误导致加入房间失败。需要用户重新加入房间。",
        NoPublishPermission = -1002 => "没有发布音视频流权限。用户在所在房间中发布音视频流失败，失败原因为用户没有发布流的权限。",
        NoSubscribePermission = -1003 => "没有订阅音视频流权限。用户订阅所在房间中的音视频流失败，失败原因为用户没有订阅流的权限。",
        DuplicateLogin = -1004 => "用户重复登录。本地用户所在房间中有相同用户 ID 的用户加入房间，导致本地用户被踢出房间。",
        KickedOut = -1006 => "服务端调用 OpenAPI 将当前用户踢出房间",
        #[codes(sdk_name = "kRoomErrorCodeRoomIdIllegal")]
        RoomIdIllegal = -1007 => "当调用 createRTCRoom ，如果roomid 非法，会返回null，并抛出该error",
        #[codes(sdk_name = "kRoomErrorTokenExpired")]
        TokenExpired = -1009 => "Token 过期。调用 joinRoom 使用新的 Token 重新加入房间。",
        #[codes(sdk_name = "kRoomErrorUpdateTokenWithInvalidToken")]
        UpdateTokenWithInvalidToken = -1010 => "调用 updateToken 传入的 Token 无效",
        RoomDismiss = -1011 => "服务端调用 OpenAPI 解散房间，所有用户被移出房间。",
        #[codes(sdk_name = "kErrorCodeJoinRoomWithoutLicenseAuthenticateSDK")]
        JoinRoomWithoutLicenseAuthenticateSdk = -1012 => "加入房间错误。进房时, LICENSE 计费账号未使用 LICENSE_AUTHENTICATE SDK，加入房间错误。",
        RoomAlreadyExist = -1013 => "通话回路检测已经存在同样 roomId 的房间了",
        OverStreamSubscribeLimit = -1070 => "订阅音视频流失败，订阅音视频流总数超过上限。游戏场景下，为了保证音视频通话的性能和质量，服务器会限制用户订阅的音视频流总数。当用户订阅的音视频流总数已达上限时，继续订阅更多流时会失败，同时用户会收到此错误通知。",
        OverStreamPublishLimit = -1080 => "发布流失败，发布流总数超过上限。 RTC 系统会限制单个房间内发布的总流数，总流数包括视频流、音频流和屏幕流。如果房间内发布流数已达上限时，本地用户再向房间中发布流时会失败，同时会收到此错误通知。",
        InvalidAudioSyncUidRepeated = -1083 => "音视频同步失败。当前音频源已与其他视频源关联同步关系。单个音频源不支持与多个视频源同时同步。",
        AbnormalServerStatus = -1084 => "服务端异常状态导致退出房间。SDK与信令服务器断开，并不再自动重连，可联系技术支持。",
        JoinRoomRoomForbidden = -1025 => "房间被封禁。",
        JoinRoomUserForbidden = -1026 => "用户被封禁。",
        JoinRoomLicenseFunctionNotFound = -1027 => "license 计费方法没有加载成功。可能是因为 license 相关插件未正确集成。",
    }

    /// 回调警告码。警告码说明 SDK 内部遇到问题正在尝试恢复。警告码仅起通知作用。
    #[codes(sdk_prefix = "kWarningCode", other = Other)]
    pub enum WarningCode: i32 {
        JoinRoomFailed = -2001 => "进房失败。\n当你调用初次加入房间或者由于网络状况不佳断网重连时，由于服务器错误导致进房失败。SDK 会自动重试进房。",
        PublishStreamFailed = -2002 => "发布音视频流失败。\n当你在所在房间中发布音视频流时，由于服务器错误导致发布失败。SDK 会自动重试发布。",
        SubscribeStreamFailed404 = -2003 => "订阅音视频流失败。\n当前房间中找不到订阅的音视频流导致订阅失败。SDK 会自动重试订阅，若仍订阅失败则建议你退出重试。",
        SubscribeStreamFailed5xx = -2004 => "订阅音视频流失败。\n当你订阅所在房间中的音视频流时，由于服务器错误导致订阅失败。SDK 会自动重试订阅。",
        #[codes(sdk_name = "kWarningCodePublishStreamForbiden", alias = "kWarningCodePublishStreamForbidden")]
        PublishStreamForbidden = -2009 => "当调用 setUserVisibility 将自身可见性设置为 false 后，再尝试发布流会触发此警告。",
        SendCustomMessage = -2011 => "发送自定义广播消息失败，当前你未在房间中。",
        UserNotifyStop = -2013 => "当房间内人数超过 500 人时，停止向房间内已有用户发送 onUserJoined 和 onUserLeave 回调，并通过广播提示房间内所有用户。",
        UserInPublish = -2014 => "用户已经在其他房间发布过流，或者用户正在发布公共流。",
        OldRoomBeenReplaced = -2016 => "新生成的房间已经替换了同样roomId的旧房间",
        InEchoTestMode = -2017 => "当前正在进行回路测试，该接口调用无效",
        NoCameraPermission = -5001 => "摄像头权限异常，当前应用没有获取摄像头权限。",
        SetScreenAudioStreamIndexFailed = -5010 => "不支持在 publishScreen 之后，\n通过 setScreenAudioStreamIndex 设置屏幕共享时的音频采集方式。",
        InvalidVoicePitch = -5011 => "设置语音音高不合法",
        InvalidAudioFormat = -5012 => "设置音频格式不合法",
        InvalidCallForExtAudio = -5013 => "外部音频源新旧接口混用",
        InvalidCanvasHandle = -6001 => "指定的内部渲染画布句柄无效。   当你调用 setupLocalVideo 或 setupRemoteVideo 时指定了无效的画布句柄，触发此回调。",
        #[codes(sdk_name = "kWarningLicenseFileExpired")]
        LicenseFileExpired = -7001 => "鉴权文件失效，当检查鉴权文件状态时，本地文件与远端文件不一致会触发次警告。",
        #[codes(sdk_name = "kWarningInvaildSamiAppkeyORToken")]
        InvalidSamiAppKeyOrToken = -7002 => "音频技术 SDK 鉴权失效。联系技术支持人员。",
        #[codes(sdk_name = "kWarningInvaildSamiResourcePath")]
        InvalidSamiResourcePath = -7003 => "音频技术 资源加载失败。传入正确的 DAT 路径，或联系技术支持人员。",
        #[codes(sdk_name = "kWarningLoadSamiLibraryFailed")]
        LoadSamiLibraryFailed = -7004 => "音频技术 库加载失败。使用正确的库，或联系技术支持人员。",
        #[codes(sdk_name = "kWarningInvaildSamiEffectType")]
        InvalidSamiEffectType = -7005 => "音频技术 不支持此音效。联系技术支持人员。",
    }

    /// 用户可见性状态改变错误码。
    #[codes(sdk_prefix = "kUserVisibilityChangeError", other = Other)]
    pub enum UserVisibilityChangeError: i32 {
        #[codes(success)]
        Ok = 0 => "成功。",
        Unknown = 1 => "未知错误。",
        TooManyVisibleUser = 2 => "房间内可见用户达到上限。",
    }
}
