//! KTV: downloading songs and lyrics, and the KTV player.

crate::rtc_codes! {
    /// KTV 错误码。
    ///
    /// KTV errors.
    #[codes(sdk_prefix = "kKTVErrorCode", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum KTVErrorCode: i32 {
        #[codes(sdk_name = "kKTVErrorCodeOK", success)]
        Ok = 0 => "成功。"
            en "Success.",
        #[codes(sdk_name = "kKTVErrorCodeAppidInValid")]
        AppIdInvalid = -3000 => "AppID 异常。"
            en "Invalid AppID.",
        #[codes(sdk_name = "kKTVErrorCodeParasInValid")]
        ParamsInvalid = -3001 => "非法参数，传入的参数不正确。"
            en "Invalid parameter: a parameter passed in is incorrect.",
        GetMusicFailed = -3002 => "获取歌曲资源失败。"
            en "Failed to get the song resource.",
        GetLyricFailed = -3003 => "获取歌词失败。"
            en "Failed to get the lyrics.",
        MusicTakedown = -3004 => "歌曲下架。"
            en "The song has been taken down.",
        MusicDownload = -3005 => "歌曲文件下载失败。"
            en "Failed to download the song file.",
        MidiDownloadFailed = -3006 => "MIDI 文件下载失败。"
            en "Failed to download the MIDI file.",
        SystemBusy = -3007 => "系统繁忙。"
            en "The system is busy.",
        Network = -3008 => "网络异常。"
            en "Network error.",
        NotJoinRoom = -3009 => "KTV 功能未加入房间。"
            en "The KTV feature is used without joining a room.",
        ParseData = -3010 => "解析数据失败。"
            en "Failed to parse the data.",
        Download = -3011 => "下载失败。"
            en "Download failed.",
        Downloading = -3012 => "已在下载中。"
            en "The download is already in progress.",
        InternalDomain = -3013 => "内部错误，联系技术支持人员。"
            en "Internal error. Contact technical support.",
        InsufficientDiskSpace = -3014 => "下载失败，磁盘空间不足。清除缓存后重试。"
            en "Download failed: not enough disk space. Clear the cache and try again.",
        MusicDecryptionFailed = -3015 => "下载失败，音乐文件解密失败，联系技术支持人员。"
            en "Download failed: the music file could not be decrypted. Contact technical support.",
        FileRenameFailed = -3016 => "下载失败，音乐文件重命名失败，请重试。"
            en "Download failed: the music file could not be renamed. Try again.",
        #[codes(sdk_name = "kKTVErrorCodeDownloadTimeOut")]
        DownloadTimeout = -3017 => "下载失败，下载超时，请重试。"
            en "Download failed: the download timed out. Try again.",
        ClearCacheFailed = -3018 => "清除缓存失败，可能原因是文件被占用或者系统异常，请重试。"
            en "Failed to clear the cache, possibly because a file is in use or a system error occurred. Try again.",
        DownloadCanceled = -3019 => "取消下载。"
            en "The download was canceled.",
    }

    /// KTV 播放器错误码。
    ///
    /// KTV player errors.
    #[codes(sdk_prefix = "kKTVPlayerErrorCode", other = Other, lang = "zh")]
    #[non_exhaustive]
    pub enum KTVPlayerErrorCode: i32 {
        #[codes(sdk_name = "kKTVPlayerErrorCodeOK", success)]
        Ok = 0 => "成功。"
            en "Success.",
        FileNotExist = -3020 => "播放错误，请下载后播放。"
            en "Playback error: download the file before playing it.",
        FileError = -3021 => "播放错误，请确认文件播放格式。"
            en "Playback error: check the format of the file.",
        NotJoinRoom = -3022 => "播放错误，未进入房间。"
            en "Playback error: the user has not joined the room.",
        Param = -3023 => "参数错误。"
            en "Invalid parameter.",
        StartError = -3024 => "播放失败，找不到文件或文件打开失败。"
            en "Playback failed: the file cannot be found or opened.",
        MixIdError = -3025 => "混音 ID 异常。"
            en "Invalid audio mixing ID.",
        PositionError = -3026 => "设置播放位置出错。"
            en "Failed to set the playback position.",
        AudioVolumeError = -3027 => "音量参数不合法，可设置的取值范围为 [0,400]。"
            en "Invalid volume: the valid range is [0,400].",
        TypeError = -3028 => "不支持此混音类型。"
            en "This audio mixing type is not supported.",
        PitchError = -3029 => "音调文件不合法。"
            en "Invalid pitch file.",
        AudioTrackError = -3030 => "音轨不合法。"
            en "Invalid audio track.",
        StartingError = -3031 => "混音启动中。"
            en "Audio mixing is starting.",
    }
}
