//! KTV: downloading songs and lyrics, and the KTV player.

crate::rtc_codes! {
    /// KTV 错误码。
    #[codes(sdk_prefix = "kKTVErrorCode", other = Other)]
    pub enum KTVErrorCode: i32 {
        #[codes(sdk_name = "kKTVErrorCodeOK", success)]
        Ok = 0 => "成功。",
        #[codes(sdk_name = "kKTVErrorCodeAppidInValid")]
        AppIdInvalid = -3000 => "AppID 异常。",
        #[codes(sdk_name = "kKTVErrorCodeParasInValid")]
        ParamsInvalid = -3001 => "非法参数，传入的参数不正确。",
        GetMusicFailed = -3002 => "获取歌曲资源失败。",
        GetLyricFailed = -3003 => "获取歌词失败。",
        MusicTakedown = -3004 => "歌曲下架。",
        MusicDownload = -3005 => "歌曲文件下载失败。",
        MidiDownloadFailed = -3006 => "MIDI 文件下载失败。",
        SystemBusy = -3007 => "系统繁忙。",
        Network = -3008 => "网络异常。",
        NotJoinRoom = -3009 => "KTV 功能未加入房间。",
        ParseData = -3010 => "解析数据失败。",
        Download = -3011 => "下载失败。",
        Downloading = -3012 => "已在下载中。",
        InternalDomain = -3013 => "内部错误，联系技术支持人员。",
        InsufficientDiskSpace = -3014 => "下载失败，磁盘空间不足。清除缓存后重试。",
        MusicDecryptionFailed = -3015 => "下载失败，音乐文件解密失败，联系技术支持人员。",
        FileRenameFailed = -3016 => "下载失败，音乐文件重命名失败，请重试。",
        #[codes(sdk_name = "kKTVErrorCodeDownloadTimeOut")]
        DownloadTimeout = -3017 => "下载失败，下载超时，请重试。",
        ClearCacheFailed = -3018 => "清除缓存失败，可能原因是文件被占用或者系统异常，请重试。",
        DownloadCanceled = -3019 => "取消下载。",
    }

    /// KTV 播放器错误码。
    #[codes(sdk_prefix = "kKTVPlayerErrorCode", other = Other)]
    pub enum KTVPlayerErrorCode: i32 {
        #[codes(sdk_name = "kKTVPlayerErrorCodeOK", success)]
        Ok = 0 => "成功。",
        FileNotExist = -3020 => "播放错误，请下载后播放。",
        FileError = -3021 => "播放错误，请确认文件播放格式。",
        NotJoinRoom = -3022 => "播放错误，未进入房间。",
        Param = -3023 => "参数错误。",
        StartError = -3024 => "播放失败，找不到文件或文件打开失败。",
        MixIdError = -3025 => "混音 ID 异常。",
        PositionError = -3026 => "设置播放位置出错。",
        AudioVolumeError = -3027 => "音量参数不合法，可设置的取值范围为 [0,400]。",
        TypeError = -3028 => "不支持此混音类型。",
        PitchError = -3029 => "音调文件不合法。",
        AudioTrackError = -3030 => "音轨不合法。",
        StartingError = -3031 => "混音启动中。",
    }
}
