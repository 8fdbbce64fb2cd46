//! Arbitrary text, lexed by `proc_macro2`, as the whole input and as the body of a family: the
//! macro must answer with code or errors, never panic.

#![no_main]

mod engine;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(output) = engine::expand(text) {
        let _ = output.to_string();
    }
    if let Some(output) = engine::expand(&format!("/// Docs.\npub enum Fuzzed: i16 {{ {text} }}")) {
        let _ = output.to_string();
    }
    if let Some(output) = engine::expand(&format!("#[codes({text})] enum Fuzzed {{ A = 1 => \"a\" }}")) {
        let _ = output.to_string();
    }
});
