codes::rtc_codes! {
    /// Codes.
    pub enum Codes {
        A = 1 => "一" e "one",
        B = 2 => "二" english "two",
    }
}

fn main() {}
