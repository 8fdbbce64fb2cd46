codes::rtc_codes! {
    /// Codes.
    #[codes(lang = "zh-CN")]
    pub enum Codes {
        A = 1 => "一" ZH-cn "壹",
    }
}

fn main() {}
