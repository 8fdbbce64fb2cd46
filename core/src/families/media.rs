//! Local media: the state of local audio and video streams, and audio recording to a file.

crate::rtc_codes! {
    /// 本地音频流状态改变时的错误码。
    #[codes(sdk_prefix = "kLocalAudioStreamError", other = Other)]
    pub enum LocalAudioStreamError: i32 {
        #[codes(success)]
        Ok = 0 => "本地音频状态正常",
        Failure = 1 => "本地音频出错原因未知",
        DeviceNoPermission = 2 => "没有权限启动本地音频录制设备",
        RecordFailure = 4 => "本地音频录制失败，建议你检查录制设备是否正常工作",
        EncodeFailure = 5 => "本地音频编码失败",
        NoRecordingDevice = 6 => "没有可用的音频录制设备",
    }

    /// 本地视频状态改变时的错误码
    #[codes(sdk_prefix = "kLocalVideoStreamError", other = Other)]
    pub enum LocalVideoStreamError: i32 {
        #[codes(success)]
        Ok = 0 => "状态正常",
        Failure = 1 => "本地视频流发布失败",
        DeviceNoPermission = 2 => "没有权限启动本地视频采集设备",
        DeviceBusy = 3 => "本地视频采集设备被占用",
        DeviceNotFound = 4 => "本地视频采集设备不存在",
        CaptureFailure = 5 => "本地视频采集失败，建议检查采集设备是否正常工作",
        EncodeFailure = 6 => "本地视频编码失败",
        DeviceDisconnected = 7 => "通话过程中本地视频采集设备被其他程序抢占，导致设备连接中断",
    }

    /// 音频文件录制的错误码
    #[codes(sdk_prefix = "kAudioRecordingErrorCode", other = Other)]
    pub enum AudioRecordingErrorCode: i32 {
        #[codes(success)]
        Ok = 0 => "录制正常",
        NoPermission = -1 => "没有文件写权限",
        NotInRoom = -2 => "没有进入房间",
        AlreadyStarted = -3 => "录制已经开始",
        NotStarted = -4 => "录制还未开始",
        NotSupport = -5 => "录制失败。文件格式不支持。",
        #[codes(sdk_name = "kAudioRecordingErrorCodeOther")]
        OtherError = -6 => "其他异常",
    }
}
