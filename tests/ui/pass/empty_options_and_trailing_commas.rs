//! Empty `#[codes()]`, trailing commas in options and codes, and a family without a type.
#![deny(warnings)]

codes::rtc_codes! {
    /// Codes.
    #[codes()]
    pub enum Plain {
        #[codes()]
        A = 1 => "a",
        #[codes(success,)]
        B = 2 => "b",
    }

    /// No trailing comma.
    #[codes(sdk_prefix = "k", other = Rest,)]
    pub enum NoTrailingComma {
        A = 1 => "a",
        B = 2 => "b"
    }
}

fn main() {
    assert_eq!(Plain::A.code(), 1_i32);
    assert!(Plain::B.is_success());
    assert_eq!(NoTrailingComma::B.sdk_name(), "kB");
    assert!(matches!(NoTrailingComma::from(3), NoTrailingComma::Rest(kept) if kept.value() == 3));
}
