codes::rtc_codes! {
    /// Codes.
    pub enum Named: {
        A = 1 => "a",
    }
}

fn main() {}
