// Better message: a keyword as a code name used to say "expected a code name", without `r#`.
codes::rtc_codes! {
    /// Errors.
    pub enum ErrorCode {
        fn = 1 => "A code named as a keyword.",
    }
}

fn main() {}
