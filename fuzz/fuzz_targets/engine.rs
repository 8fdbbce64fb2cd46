//! The macro's stages, compiled into the fuzz targets: they run on `proc_macro2` tokens, so no
//! compiler is needed around them.

#[allow(dead_code, unreachable_pub, clippy::all)]
#[path = "../../macros/src/stages.rs"]
pub mod stages;

/// Expands `input` (the macro's input after the crate path); `None` if it does not lex.
pub fn expand(input: &str) -> Option<proc_macro2::TokenStream> {
    let tokens: proc_macro2::TokenStream = format!("[::rtc_codes] {input}").parse().ok()?;
    Some(stages::pipeline::rtc_codes(tokens))
}
