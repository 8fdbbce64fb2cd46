codes::rtc_codes! {
    /// Warnings.
    pub enum WarningCode {
        #[codes(alias = "Forbidden")]
        PublishStreamForbidden = -2009 => "发布流被禁止。",
        #[codes(alias = "Forbidden")]
        SubscribeForbidden = -2010 => "订阅被禁止。",
    }
}

fn main() {}
