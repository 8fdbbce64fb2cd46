//! One family declared in two invocations of `rtc_codes!`.

codes::rtc_codes! {
    /// Codes.
    pub enum Codes {
        A = 1 => "a",
    }
}

codes::rtc_codes! {
    /// Codes, again.
    pub enum Codes {
        B = 2 => "b",
    }
}
