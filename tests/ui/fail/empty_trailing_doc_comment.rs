codes::rtc_codes! {
    /// Results.
    pub enum Results {
        Ok = 0 => "fine", ///<
    }
}

fn main() {}
