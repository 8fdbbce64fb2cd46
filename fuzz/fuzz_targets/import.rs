//! `rtc-codes import` on arbitrary bytes: the importer must never panic, and whatever it writes
//! must be a `rtc_codes!` invocation that the macro's stages parse and check without an error.

#![no_main]

mod engine;

use libfuzzer_sys::fuzz_target;
use rtc_codes_cli::import::{import, Header, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let imported = import(&[Header::new("fuzzed.h", &text)], &Options::default());
    let source = imported.to_source();
    if imported.families.is_empty() {
        assert!(source.is_empty());
        return;
    }
    let body = source
        .split_once("rtc_codes::rtc_codes! {")
        .and_then(|(_, rest)| rest.trim_end().strip_suffix('}'))
        .expect("one rtc_codes! invocation");
    let expansion = engine::expand(body).expect("the source lexes");
    assert!(
        !expansion.to_string().contains("compile_error"),
        "not a valid invocation:\n{source}"
    );
});
