codes::rtc_codes! {
    /// Codes.
    pub enum Named: String {
        A = 1 => "a",
    }
}

fn main() {}
