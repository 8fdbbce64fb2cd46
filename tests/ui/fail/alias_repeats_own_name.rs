codes::rtc_codes! {
    /// Warnings.
    #[codes(sdk_prefix = "kWarningCode")]
    pub enum WarningCode {
        #[codes(alias = "kWarningCodeJoinRoomFailed")]
        JoinRoomFailed = -2001 => "进房失败。",
    }
}

fn main() {}
