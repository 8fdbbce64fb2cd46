codes::rtc_codes! {
    /// Results.
    pub enum Results {
        //! Results of a call.
        Ok = 0 => "fine",
    }
}

fn main() {}
