// Every item a family has is a reserved code name, lowercase methods included: a code named
// `from_code` would make `Family::from_code` the variant instead of the function.
codes::rtc_codes! {
    /// Errors.
    #[allow(non_camel_case_types)]
    pub enum ErrorCode {
        from_code = 1 => "named like a method",
        r#COUNT = 2 => "named like a constant, as a raw identifier",
        Fine = 3 => "a code with an ordinary name",
    }
}

fn main() {}
