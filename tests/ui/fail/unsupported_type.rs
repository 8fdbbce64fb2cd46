codes::rtc_codes! {
    /// Codes.
    pub enum Wide: u128 {
        A = 1 => "a",
    }
}

fn main() {}
