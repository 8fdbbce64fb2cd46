codes::rtc_codes! {
    /// Codes.
    pub enum Codes {
        A = 1 => "一" en_US "one",
    }
}

fn main() {}
