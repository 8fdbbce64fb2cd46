//! Players and mixing: audio-mixing file playback and the media player.

crate::rtc_codes! {
    /// 音频混音文件播放错误码。
    ///
    /// Errors of playing an audio mixing file.
    #[codes(sdk_prefix = "kAudioMixingError", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum AudioMixingError: i32 {
        #[codes(success)]
        Ok = 0 => "正常"
            en "Normal.",
        PreloadFailed = 1 => "预加载失败，找不到混音文件或者文件长度超出 20s"
            en "Preloading failed: the mixing file cannot be found, or it is longer than 20 s.",
        StartFailed = 2 => "混音开启失败，找不到混音文件或者混音文件打开失败"
            en "Failed to start audio mixing: the mixing file cannot be found or opened.",
        IdNotFound = 3 => "混音 ID 异常"
            en "Invalid audio mixing ID.",
        SetPositionFailed = 4 => "设置混音文件的播放位置出错"
            en "Failed to set the playback position of the mixing file.",
        #[codes(sdk_name = "kAudioMixingErrorInValidVolume")]
        InvalidVolume = 5 => "音量参数不合法，仅支持设置的音量值为[0, 400]"
            en "Invalid volume: only values in [0, 400] are supported.",
        LoadConflict = 6 => "播放的文件与预加载的文件不一致，请先使用 unloadAudioMixing 卸载文件"
            en "The file played is not the preloaded one. Unload the file with unloadAudioMixing first.",
        IdTypeNotMatch = 7 => "不支持此混音类型。"
            en "This audio mixing type is not supported.",
        #[codes(sdk_name = "kAudioMixingErrorInValidPitch")]
        InvalidPitch = 8 => "设置混音文件的音调不合法"
            en "Invalid pitch for the mixing file.",
        #[codes(sdk_name = "kAudioMixingErrorInValidAudioTrack")]
        InvalidAudioTrack = 9 => "设置混音文件的音轨不合法"
            en "Invalid audio track for the mixing file.",
        IsStarting = 10 => "混音文件正在启动中"
            en "The mixing file is starting.",
        #[codes(sdk_name = "kAudioMixingErrorInValidPlaybackSpeed")]
        InvalidPlaybackSpeed = 11 => "设置混音文件的播放速度不合法"
            en "Invalid playback speed for the mixing file.",
    }

    /// 播放错误码。
    ///
    /// Player errors.
    #[codes(sdk_prefix = "kPlayerError", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum PlayerError: i32 {
        #[codes(sdk_name = "kPlayerErrorOK", success)]
        Ok = 0 => "正常"
            en "Normal.",
        FormatNotSupport = 1 => "不支持此类型"
            en "This format is not supported.",
        InvalidPath = 2 => "无效的播放路径"
            en "Invalid playback path.",
        InvalidState = 3 => "未满足前序接口调用的要求。请查看具体接口文档。"
            en "The calls this one depends on have not been made. See the API's documentation.",
        InvalidPosition = 4 => "设置播放位置出错。"
            en "Failed to set the playback position.",
        InvalidVolume = 5 => "音量参数不合法。"
            en "Invalid volume.",
        InvalidPitch = 6 => "音调参数设置不合法。"
            en "Invalid pitch setting.",
        InvalidAudioTrackIndex = 7 => "音轨参数设置不合法。"
            en "Invalid audio track setting.",
        InvalidPlaybackSpeed = 8 => "播放速度参数设置不合法"
            en "Invalid playback speed setting.",
        InvalidEffectId = 9 => "音效 ID 异常。还未加载或播放文件，就调用其他 API。"
            en "Invalid effect ID: another API was called before the file was loaded or played.",
    }
}
