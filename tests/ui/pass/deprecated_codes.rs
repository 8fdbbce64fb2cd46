//! Deprecated codes warn where the user names them, never inside the generated code.
#![deny(warnings)]

codes::rtc_codes! {
    /// Codes with a deprecated one.
    #[codes(sdk_prefix = "kWarningCode")]
    pub enum WarningCode {
        #[deprecated(note = "the SDK no longer sends it")]
        Old = -2015 => "旧的警告",
        Current = -2016 => "新的警告",
    }
}

fn main() {
    assert_eq!(WarningCode::COUNT, 2);
    let old = WarningCode::from_code(-2015).expect("declared");
    assert_eq!(old.sdk_name(), "kWarningCodeOld");
    assert!(old.info().expect("declared").deprecated);
    #[allow(deprecated)]
    let named = WarningCode::Old;
    assert_eq!(old, named);
}
