codes::rtc_codes! {
    /// Unsigned codes.
    pub enum Unsigned: u16 {
        Negative = -1 => "u16 has no negative values",
    }
}

fn main() {}
