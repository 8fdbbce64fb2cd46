codes::rtc_codes! {
    /// Codes.
    #[codes(lang = "chinese")]
    pub enum Codes {
        A = 1 => "一",
    }
}

fn main() {}
