codes::rtc_codes! {
    /// Small codes.
    pub enum Small: i8 {
        Fine = 127 => "fits",
        TooBig = 200 => "does not fit in i8",
    }
}

fn main() {}
