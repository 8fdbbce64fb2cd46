//! Doc comments as C headers write them: `///<` and `/**< */` document the code before them.

#![deny(missing_docs)]

codes::rtc_codes! {
    /// Results.
    pub enum Results {
        Ok = 0 => "fine", ///< all good
        Retry = 1 => "try again" /**< after the description, before the comma */,
        Failed = 2 => "failed",
        /**< on the last code, after the last comma */
    }
}

fn main() {
    assert_eq!(Results::COUNT, 3);
    assert_eq!(Results::Failed.description(), "failed");
}
