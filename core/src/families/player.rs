//! Players and mixing: audio-mixing file playback and the media player.

crate::rtc_codes! {
    /// 音频混音文件播放错误码。
    #[codes(sdk_prefix = "kAudioMixingError", other = Other)]
    pub enum AudioMixingError: i32 {
        #[codes(success)]
        Ok = 0 => "正常",
        PreloadFailed = 1 => "预加载失败，找不到混音文件或者文件长度超出 20s",
        StartFailed = 2 => "混音开启失败，找不到混音文件或者混音文件打开失败",
        IdNotFound = 3 => "混音 ID 异常",
        SetPositionFailed = 4 => "设置混音文件的播放位置出错",
        #[codes(sdk_name = "kAudioMixingErrorInValidVolume")]
        InvalidVolume = 5 => "音量参数不合法，仅支持设置的音量值为[0, 400]",
        LoadConflict = 6 => "播放的文件与预加载的文件不一致，请先使用 unloadAudioMixing 卸载文件",
        IdTypeNotMatch = 7 => "不支持此混音类型。",
        #[codes(sdk_name = "kAudioMixingErrorInValidPitch")]
        InvalidPitch = 8 => "设置混音文件的音调不合法",
        #[codes(sdk_name = "kAudioMixingErrorInValidAudioTrack")]
        InvalidAudioTrack = 9 => "设置混音文件的音轨不合法",
        IsStarting = 10 => "混音文件正在启动中",
        #[codes(sdk_name = "kAudioMixingErrorInValidPlaybackSpeed")]
        InvalidPlaybackSpeed = 11 => "设置混音文件的播放速度不合法",
    }

    /// 播放错误码。
    #[codes(sdk_prefix = "kPlayerError", other = Other)]
    pub enum PlayerError: i32 {
        #[codes(sdk_name = "kPlayerErrorOK", success)]
        Ok = 0 => "正常",
        FormatNotSupport = 1 => "不支持此类型",
        InvalidPath = 2 => "无效的播放路径",
        InvalidState = 3 => "未满足前序接口调用的要求。请查看具体接口文档。",
        InvalidPosition = 4 => "设置播放位置出错。",
        InvalidVolume = 5 => "音量参数不合法。",
        InvalidPitch = 6 => "音调参数设置不合法。",
        InvalidAudioTrackIndex = 7 => "音轨参数设置不合法。",
        InvalidPlaybackSpeed = 8 => "播放速度参数设置不合法",
        InvalidEffectId = 9 => "音效 ID 异常。还未加载或播放文件，就调用其他 API。",
    }
}
