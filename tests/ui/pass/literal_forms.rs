//! Raw strings, escapes, and every integer literal form.
#![deny(warnings)]

codes::rtc_codes! {
    /// Literal forms.
    pub enum Forms: i64 {
        Hex = 0x7f => r#"raw \ string with "quotes" inside"#,
        NegHex = -0x10 => "escaped \"quotes\", a tab\tand a newline\nhere",
        Octal = 0o17 => r##"raw with # and "# inside"##,
        Binary = 0b1010 => "*/ /* # [link] <br> | table",
        Underscored = 1_000_000 => "一百万",
        Min = -9_223_372_036_854_775_808 => "i64::MIN",
    }
}

fn main() {
    assert_eq!(Forms::Hex.code(), 127);
    assert_eq!(Forms::NegHex.code(), -16);
    assert_eq!(Forms::Octal.code(), 15);
    assert_eq!(Forms::Binary.code(), 10);
    assert_eq!(Forms::Underscored.code(), 1_000_000);
    assert_eq!(Forms::Min.code(), i64::MIN);
    assert_eq!(Forms::Hex.description(), "raw \\ string with \"quotes\" inside");
    assert_eq!(Forms::NegHex.description(), "escaped \"quotes\", a tab\tand a newline\nhere");
    assert_eq!(Forms::Octal.description(), "raw with # and \"# inside");
}
