codes::rtc_codes! {
    /// Nothing.
    pub enum Empty {}
}

fn main() {}
