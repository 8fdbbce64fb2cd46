codes::rtc_codes! {
    /// Codes.
    pub enum Codes {
        // A subtag of digits then letters is no one token of the DSL: a word or a number.
        A = 1 => "一" de-1996a "one",
    }
}

fn main() {}
