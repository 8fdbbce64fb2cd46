codes::rtc_codes! {
    /// Codes.
    pub enum Codes {
        A = 1 => "一" en-US "one" EN-us "One",
    }
}

fn main() {}
