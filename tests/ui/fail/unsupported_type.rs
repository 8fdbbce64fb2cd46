codes::rtc_codes! {
    /// Codes.
    pub enum Wide: u64 {
        A = 1 => "a",
    }
}

fn main() {}
