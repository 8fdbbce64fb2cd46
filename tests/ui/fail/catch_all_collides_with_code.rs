codes::rtc_codes! {
    /// Errors.
    #[codes(other = Other)]
    pub enum AudioRecordingErrorCode {
        Ok = 0 => "录制正常",
        Other = -6 => "其他异常",
    }
}

fn main() {}
