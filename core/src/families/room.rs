//! Room and session: errors and warnings reported while joining, staying in and leaving a room,
//! and changes of a user's visibility.

crate::rtc_codes! {
    /// 回调错误码。
    ///
    /// SDK 内部遇到不可恢复的错误时，会通过 onError 回调通知用户。
    ///
    /// Callback errors.
    ///
    /// When the SDK meets an error it cannot recover from, it reports it through the onError callback.
    #[codes(sdk_prefix = "kErrorCode", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum ErrorCode: i32 {
        InvalidToken = -1000 => "Token 无效。调用 joinRoom 方法时使用的 Token 无效或过期失效。需要用户重新获取 Token，并调用 updateToken 方法更新 Token。"
            en "Invalid token. The token used to call joinRoom is invalid or has expired. Get a new token and call updateToken to update it.",
        JoinRoom = -1001 => "加入房间错误。调用 joinRoom 方法时发生未知错误导致加入房间失败。需要用户重新加入房间。"
            en "Failed to join the room. An unknown error occurred when calling joinRoom. Join the room again.",
        NoPublishPermission = -1002 => "没有发布音视频流权限。用户在所在房间中发布音视频流失败，失败原因为用户没有发布流的权限。"
            en "No permission to publish audio/video streams. Publishing in the room failed because the user lacks permission to publish.",
        NoSubscribePermission = -1003 => "没有订阅音视频流权限。用户订阅所在房间中的音视频流失败，失败原因为用户没有订阅流的权限。"
            en "No permission to subscribe to audio/video streams. Subscribing in the room failed because the user lacks permission to subscribe.",
        DuplicateLogin = -1004 => "用户重复登录。本地用户所在房间中有相同用户 ID 的用户加入房间，导致本地用户被踢出房间。"
            en "Duplicate login. A user with the same user ID joined the room, so the local user was removed from it.",
        KickedOut = -1006 => "服务端调用 OpenAPI 将当前用户踢出房间"
            en "The server removed the user from the room through the OpenAPI.",
        #[codes(sdk_name = "kRoomErrorCodeRoomIdIllegal")]
        RoomIdIllegal = -1007 => "当调用 createRTCRoom ，如果roomid 非法，会返回null，并抛出该error"
            en "createRTCRoom was called with an invalid roomId: it returns null and raises this error.",
        #[codes(sdk_name = "kRoomErrorTokenExpired")]
        TokenExpired = -1009 => "Token 过期。调用 joinRoom 使用新的 Token 重新加入房间。"
            en "The token has expired. Call joinRoom with a new token to join the room again.",
        #[codes(sdk_name = "kRoomErrorUpdateTokenWithInvalidToken")]
        UpdateTokenWithInvalidToken = -1010 => "调用 updateToken 传入的 Token 无效"
            en "The token passed to updateToken is invalid.",
        RoomDismiss = -1011 => "服务端调用 OpenAPI 解散房间，所有用户被移出房间。"
            en "The server dismissed the room through the OpenAPI; every user was removed from it.",
        #[codes(sdk_name = "kErrorCodeJoinRoomWithoutLicenseAuthenticateSDK")]
        JoinRoomWithoutLicenseAuthenticateSdk = -1012 => "加入房间错误。进房时, LICENSE 计费账号未使用 LICENSE_AUTHENTICATE SDK，加入房间错误。"
            en "Failed to join the room: a LICENSE billing account did not use the LICENSE_AUTHENTICATE SDK.",
        RoomAlreadyExist = -1013 => "通话回路检测已经存在同样 roomId 的房间了"
            en "The echo test found a room with the same roomId already exists.",
        OverStreamSubscribeLimit = -1070 => "订阅音视频流失败，订阅音视频流总数超过上限。游戏场景下，为了保证音视频通话的性能和质量，服务器会限制用户订阅的音视频流总数。当用户订阅的音视频流总数已达上限时，继续订阅更多流时会失败，同时用户会收到此错误通知。"
            en "Failed to subscribe: the total number of subscribed streams is over the limit. In gaming scenarios the server limits how many streams a user subscribes to, for the performance and quality of the call; subscribing to more streams then fails and the user gets this error.",
        OverStreamPublishLimit = -1080 => "发布流失败，发布流总数超过上限。 RTC 系统会限制单个房间内发布的总流数，总流数包括视频流、音频流和屏幕流。如果房间内发布流数已达上限时，本地用户再向房间中发布流时会失败，同时会收到此错误通知。"
            en "Failed to publish: the total number of published streams is over the limit. RTC limits the streams published in one room (video, audio and screen streams); once the room is at the limit, publishing more fails and the local user gets this error.",
        InvalidAudioSyncUidRepeated = -1083 => "音视频同步失败。当前音频源已与其他视频源关联同步关系。单个音频源不支持与多个视频源同时同步。"
            en "Audio/video sync failed: the audio source is already synced with another video source. One audio source cannot sync with several video sources.",
        AbnormalServerStatus = -1084 => "服务端异常状态导致退出房间。SDK与信令服务器断开，并不再自动重连，可联系技术支持。"
            en "Left the room because of an abnormal server state. The SDK disconnected from the signaling server and will not reconnect; contact technical support.",
        JoinRoomRoomForbidden = -1025 => "房间被封禁。"
            en "The room is banned.",
        JoinRoomUserForbidden = -1026 => "用户被封禁。"
            en "The user is banned.",
        JoinRoomLicenseFunctionNotFound = -1027 => "license 计费方法没有加载成功。可能是因为 license 相关插件未正确集成。"
            en "The license billing method failed to load, possibly because the license plugin is not integrated correctly.",
    }

    /// 回调警告码。警告码说明 SDK 内部遇到问题正在尝试恢复。警告码仅起通知作用。
    ///
    /// Callback warnings. A warning means the SDK met a problem and is trying to recover; it is only a notice.
    #[codes(sdk_prefix = "kWarningCode", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum WarningCode: i32 {
        JoinRoomFailed = -2001 => "进房失败。\n当你调用初次加入房间或者由于网络状况不佳断网重连时，由于服务器错误导致进房失败。SDK 会自动重试进房。"
            en "Failed to join the room.\nWhen you join a room for the first time, or rejoin after a network drop, joining failed because of a server error. The SDK retries automatically.",
        PublishStreamFailed = -2002 => "发布音视频流失败。\n当你在所在房间中发布音视频流时，由于服务器错误导致发布失败。SDK 会自动重试发布。"
            en "Failed to publish the audio/video stream.\nPublishing in your room failed because of a server error. The SDK retries automatically.",
        SubscribeStreamFailed404 = -2003 => "订阅音视频流失败。\n当前房间中找不到订阅的音视频流导致订阅失败。SDK 会自动重试订阅，若仍订阅失败则建议你退出重试。"
            en "Failed to subscribe to the audio/video stream.\nThe stream to subscribe to cannot be found in the room. The SDK retries automatically; if subscribing still fails, leave the room and try again.",
        SubscribeStreamFailed5xx = -2004 => "订阅音视频流失败。\n当你订阅所在房间中的音视频流时，由于服务器错误导致订阅失败。SDK 会自动重试订阅。"
            en "Failed to subscribe to the audio/video stream.\nSubscribing to a stream in your room failed because of a server error. The SDK retries automatically.",
        #[codes(sdk_name = "kWarningCodePublishStreamForbiden", alias = "kWarningCodePublishStreamForbidden")]
        PublishStreamForbidden = -2009 => "当调用 setUserVisibility 将自身可见性设置为 false 后，再尝试发布流会触发此警告。"
            en "Publishing a stream after calling setUserVisibility to make yourself invisible (false) triggers this warning.",
        SendCustomMessage = -2011 => "发送自定义广播消息失败，当前你未在房间中。"
            en "Failed to send the custom broadcast message: you are not in the room.",
        UserNotifyStop = -2013 => "当房间内人数超过 500 人时，停止向房间内已有用户发送 onUserJoined 和 onUserLeave 回调，并通过广播提示房间内所有用户。"
            en "When the room has more than 500 users, the SDK stops sending the onUserJoined and onUserLeave callbacks to the users already in the room, and tells every user in the room by broadcast.",
        UserInPublish = -2014 => "用户已经在其他房间发布过流，或者用户正在发布公共流。"
            en "The user has already published a stream in another room, or is publishing a public stream.",
        OldRoomBeenReplaced = -2016 => "新生成的房间已经替换了同样roomId的旧房间"
            en "A newly created room replaced the old room with the same roomId.",
        InEchoTestMode = -2017 => "当前正在进行回路测试，该接口调用无效"
            en "An echo test is in progress, so this call has no effect.",
        NoCameraPermission = -5001 => "摄像头权限异常，当前应用没有获取摄像头权限。"
            en "Camera permission error: the app has not been granted camera permission.",
        SetScreenAudioStreamIndexFailed = -5010 => "不支持在 publishScreen 之后，\n通过 setScreenAudioStreamIndex 设置屏幕共享时的音频采集方式。"
            en "After publishScreen, you cannot use setScreenAudioStreamIndex to set how screen-sharing audio is captured.",
        InvalidVoicePitch = -5011 => "设置语音音高不合法"
            en "Invalid voice pitch setting.",
        InvalidAudioFormat = -5012 => "设置音频格式不合法"
            en "Invalid audio format setting.",
        InvalidCallForExtAudio = -5013 => "外部音频源新旧接口混用"
            en "The old and new APIs for external audio sources are mixed.",
        InvalidCanvasHandle = -6001 => "指定的内部渲染画布句柄无效。   当你调用 setupLocalVideo 或 setupRemoteVideo 时指定了无效的画布句柄，触发此回调。"
            en "The internal rendering canvas handle is invalid. This is triggered when setupLocalVideo or setupRemoteVideo is called with an invalid canvas handle.",
        #[codes(sdk_name = "kWarningLicenseFileExpired")]
        LicenseFileExpired = -7001 => "鉴权文件失效，当检查鉴权文件状态时，本地文件与远端文件不一致会触发次警告。"
            en "The license file is invalid: the local file does not match the remote one when the license status is checked.",
        #[codes(sdk_name = "kWarningInvaildSamiAppkeyORToken")]
        InvalidSamiAppKeyOrToken = -7002 => "音频技术 SDK 鉴权失效。联系技术支持人员。"
            en "Authentication of the audio technology SDK failed. Contact technical support.",
        #[codes(sdk_name = "kWarningInvaildSamiResourcePath")]
        InvalidSamiResourcePath = -7003 => "音频技术 资源加载失败。传入正确的 DAT 路径，或联系技术支持人员。"
            en "Failed to load audio technology resources. Pass the correct DAT path, or contact technical support.",
        #[codes(sdk_name = "kWarningLoadSamiLibraryFailed")]
        LoadSamiLibraryFailed = -7004 => "音频技术 库加载失败。使用正确的库，或联系技术支持人员。"
            en "Failed to load the audio technology library. Use the correct library, or contact technical support.",
        #[codes(sdk_name = "kWarningInvaildSamiEffectType")]
        InvalidSamiEffectType = -7005 => "音频技术 不支持此音效。联系技术支持人员。"
            en "The audio technology does not support this effect. Contact technical support.",
    }

    /// 用户可见性状态改变错误码。
    ///
    /// Errors of changing a user's visibility.
    #[codes(sdk_prefix = "kUserVisibilityChangeError", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum UserVisibilityChangeError: i32 {
        #[codes(success)]
        Ok = 0 => "成功。"
            en "Success.",
        Unknown = 1 => "未知错误。"
            en "Unknown error.",
        TooManyVisibleUser = 2 => "房间内可见用户达到上限。"
            en "The room has reached its limit of visible users.",
    }
}
