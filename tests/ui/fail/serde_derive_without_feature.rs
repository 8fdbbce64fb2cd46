codes::rtc_codes! {
    /// Codes, serialized as their integer: this needs the `serde` feature of rtc-codes.
    #[derive(serde::Serialize, serde::Deserialize)]
    pub enum Codes {
        A = 1 => "a",
    }
}

fn main() {}
