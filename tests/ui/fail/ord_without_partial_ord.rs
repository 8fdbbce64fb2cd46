codes::rtc_codes! {
    /// Ordered codes.
    #[derive(Ord)]
    pub enum Ordered {
        A = 1 => "a",
    }
}

fn main() {}
