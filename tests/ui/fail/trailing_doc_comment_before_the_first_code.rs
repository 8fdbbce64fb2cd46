codes::rtc_codes! {
    /// Results.
    pub enum Results {
        ///< the first code has none before it
        Ok = 0 => "fine",
    }
}

fn main() {}
