//! Expansion time: the macro's parse, check and expand stages, compiled into this binary and run
//! on token streams of growing size, without a compiler around them. What is timed is what the
//! proc macro does: from the input tokens to the expansion (enum definitions and template
//! invocations); expanding the templates is the compiler's work.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use proc_macro2::TokenStream;

use crate::stats::median;
use rtc_codes_inputs::emit;
use rtc_codes_inputs::model;

use rtc_codes_stages as engine;

/// The tokens `rtc_codes!` receives for `input` (the macro's input, without the crate path).
fn input_tokens(input: &str) -> Result<TokenStream, String> {
    format!("[::rtc_codes] {input}")
        .parse()
        .map_err(|error| format!("the input does not lex: {error}"))
}

/// Expands `input` (the macro's input, without the crate path) as `rtc_codes!` would, with the
/// full rustdoc (as rustdoc, rust-analyzer and this process get it).
pub fn expand(input: &str) -> Result<TokenStream, String> {
    Ok(engine::pipeline::rtc_codes(input_tokens(input)?))
}

/// Expands `input` as `rtc_codes!` does inside the compiler (the docs a build compiles).
pub fn expand_as_compiled(input: &str) -> Result<TokenStream, String> {
    Ok(engine::pipeline::rtc_codes_with(
        input_tokens(input)?,
        engine::doc::Docs::Compiled,
    ))
}

pub fn run(sizes: &[usize]) -> Result<String, String> {
    let mut report = String::from(
        "Expansion time of `rtc_codes!` (parse, check, expand; median of repeated runs):\n\n\
         | codes | families | expansion | per code |\n| --: | --: | --: | --: |\n",
    );
    let mut per_code = Vec::new();
    for &size in sizes {
        let families = model::of_size(size);
        let input = emit::macro_input(&families);
        let output = expand(&input)?.to_string();
        if output.contains("compile_error") {
            return Err(format!(
                "the input of {size} codes has errors: {output:.400}"
            ));
        }
        let tokens = input_tokens(&input)?;
        let mut samples = Vec::new();
        let budget = Instant::now();
        while samples.len() < 5
            || (budget.elapsed() < Duration::from_secs(2) && samples.len() < 200)
        {
            let tokens = tokens.clone();
            let start = Instant::now();
            let expansion = engine::pipeline::rtc_codes(tokens);
            samples.push(start.elapsed());
            drop(expansion);
        }
        let time = median(&mut samples);
        let micros = time.as_secs_f64() * 1e6 / f64::from(u32::try_from(size).unwrap_or(u32::MAX));
        per_code.push(micros);
        let _ = writeln!(
            report,
            "| {size} | {} | {:.1} ms | {micros:.1} µs |",
            families.len(),
            time.as_secs_f64() * 1e3
        );
    }
    if let (Some(first), Some(last)) = (per_code.first(), per_code.last()) {
        let _ = writeln!(
            report,
            "\nPer-code cost at the largest size is {:.2}x that at the smallest (1.00x is perfectly linear).",
            last / first
        );
    }
    Ok(report)
}
