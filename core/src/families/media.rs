//! Local media: the state of local audio and video streams, and audio recording to a file.

crate::rtc_codes! {
    /// 本地音频流状态改变时的错误码。
    ///
    /// Errors reported when the state of the local audio stream changes.
    #[codes(sdk_prefix = "kLocalAudioStreamError", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum LocalAudioStreamError: i32 {
        #[codes(success)]
        Ok = 0 => "本地音频状态正常"
            en "The local audio is normal.",
        Failure = 1 => "本地音频出错原因未知"
            en "Local audio error of unknown cause.",
        DeviceNoPermission = 2 => "没有权限启动本地音频录制设备"
            en "No permission to start the local audio recording device.",
        RecordFailure = 4 => "本地音频录制失败，建议你检查录制设备是否正常工作"
            en "Local audio recording failed. Check that the recording device works.",
        EncodeFailure = 5 => "本地音频编码失败"
            en "Local audio encoding failed.",
        NoRecordingDevice = 6 => "没有可用的音频录制设备"
            en "No audio recording device is available.",
    }

    /// 本地视频状态改变时的错误码
    ///
    /// Errors reported when the state of the local video changes.
    #[codes(sdk_prefix = "kLocalVideoStreamError", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum LocalVideoStreamError: i32 {
        #[codes(success)]
        Ok = 0 => "状态正常"
            en "Normal.",
        Failure = 1 => "本地视频流发布失败"
            en "Failed to publish the local video stream.",
        DeviceNoPermission = 2 => "没有权限启动本地视频采集设备"
            en "No permission to start the local video capture device.",
        DeviceBusy = 3 => "本地视频采集设备被占用"
            en "The local video capture device is in use.",
        DeviceNotFound = 4 => "本地视频采集设备不存在"
            en "The local video capture device does not exist.",
        CaptureFailure = 5 => "本地视频采集失败，建议检查采集设备是否正常工作"
            en "Local video capture failed. Check that the capture device works.",
        EncodeFailure = 6 => "本地视频编码失败"
            en "Local video encoding failed.",
        DeviceDisconnected = 7 => "通话过程中本地视频采集设备被其他程序抢占，导致设备连接中断"
            en "Another program took over the local video capture device during the call, so the device disconnected.",
    }

    /// 音频文件录制的错误码
    ///
    /// Errors of recording audio to a file.
    #[codes(sdk_prefix = "kAudioRecordingErrorCode", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum AudioRecordingErrorCode: i32 {
        #[codes(success)]
        Ok = 0 => "录制正常"
            en "Recording normally.",
        NoPermission = -1 => "没有文件写权限"
            en "No permission to write the file.",
        NotInRoom = -2 => "没有进入房间"
            en "The user has not joined the room.",
        AlreadyStarted = -3 => "录制已经开始"
            en "Recording has already started.",
        NotStarted = -4 => "录制还未开始"
            en "Recording has not started yet.",
        NotSupport = -5 => "录制失败。文件格式不支持。"
            en "Recording failed: the file format is not supported.",
        #[codes(sdk_name = "kAudioRecordingErrorCodeOther")]
        OtherError = -6 => "其他异常"
            en "Other error.",
    }
}
