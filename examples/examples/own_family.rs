//! Declaring a family of one's own with `rtc_codes!`: `cargo run --example own_family`.

use rtc_codes::Code;

rtc_codes::rtc_codes! {
    /// 录屏插件的错误码。
    ///
    /// Errors of a screen-recording plugin.
    #[codes(sdk_prefix = "kRecorderError", other = Other)]
    pub enum RecorderError: i16 {
        #[codes(success)]
        Ok = 0 => "正常" en "No error.",
        NoDisk = -1 => "磁盘空间不足" en "Not enough disk space.",
        #[codes(sdk_name = "kRecorderErrorEncoderBusy", alias = "kRecorderEncoderBusy")]
        EncoderBusy = -2 => "编码器被占用" en "The encoder is in use.",
    }
}

fn main() {
    for code in RecorderError::ALL {
        println!("{code}  /  {}", code.description_in("en").unwrap_or(""));
    }
    let code: RecorderError = "kRecorderEncoderBusy".parse().expect("an alias");
    assert_eq!(code, RecorderError::EncoderBusy);
    assert!(matches!(RecorderError::from(-7), RecorderError::Other(kept) if kept.value() == -7));
    // Generic code works with any family through the `Code` trait.
    println!(
        "{} has {} codes",
        RecorderError::FAMILY.name,
        <RecorderError as Code>::COUNT
    );
}
