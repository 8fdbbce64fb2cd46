// Better message: a list of aliases used to be "expected a string literal"; it says to repeat
// `alias`.
codes::rtc_codes! {
    /// Warnings.
    #[codes(sdk_prefix = "kWarningCode")]
    pub enum WarningCode {
        #[codes(alias = ["kWarningCodePublishStreamForbidden", "kPublishForbidden"])]
        PublishStreamForbidden = -2002 => "发布音视频流被禁止。",
    }
}

fn main() {}
