codes::rtc_codes! {
    /// Codes.
    pub enum Huge: i64 {
        Enormous = 340282366920938463463374607431768211456 => "more than 128 bits",
    }
}

fn main() {}
