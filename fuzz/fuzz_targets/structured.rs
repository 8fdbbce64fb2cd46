//! Valid inputs from the generator (seeded by the fuzzer's bytes): the expansion must be free of
//! errors and be an enum definition and a template invocation per family. Then the same input with one token removed or repeated: any
//! answer but a panic.

#![no_main]

mod engine;
use rtc_codes_inputs::dsl_gen;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut seed = [0u8; 8];
    for (slot, byte) in seed.iter_mut().zip(data) {
        *slot = *byte;
    }
    let mut rng = dsl_gen::Rng::new(u64::from_le_bytes(seed));
    let families = dsl_gen::invocation(&mut rng);
    let input: String = families.iter().map(|family| family.source.as_str()).collect();
    let output = engine::expand(&input).expect("generated input lexes");
    let text = output.to_string();
    assert!(!text.contains("compile_error"), "valid input reported an error:\n{input}\n{text}");
    let (enums, invocations) = engine::items(output).expect("the expansion parses as items");
    assert_eq!((enums, invocations), (families.len(), families.len()));

    // Damage the input where the fuzzer says, and expand again.
    let tokens: Vec<proc_macro2::TokenTree> = input
        .parse::<proc_macro2::TokenStream>()
        .expect("lexes")
        .into_iter()
        .collect();
    if let (Some(&at), false) = (data.get(8), tokens.is_empty()) {
        let at = usize::from(at) % tokens.len();
        let mut damaged: Vec<proc_macro2::TokenTree> = tokens.clone();
        if data.get(9).is_some_and(|b| b % 2 == 0) {
            damaged.remove(at);
        } else {
            damaged.insert(at, tokens[at].clone());
        }
        let damaged: proc_macro2::TokenStream = damaged.into_iter().collect();
        let _ = engine::expand(&damaged.to_string()).map(|tokens| tokens.to_string());
    }
});
