//! Benchmark harnesses of rtc-codes.
//!
//! ```text
//! cargo run -p xtask --release -- compile [--runs N] [--cold-runs N] [--sizes 172,3440,10000]
//!                                     # --runs 0: cold builds only; --cold-runs 0: none
//! cargo run -p xtask --release -- expand [--sizes 172,3440,10000]
//! cargo run -p xtask --release -- compile-instructions [--sizes 172]  # rustc under callgrind
//! cargo run -p xtask -- bench-report  # the table of the last `cargo bench -p rtc-codes-bench`
//! cargo run -p xtask -- bench-instructions  # the same operations' instruction counts (callgrind)
//! cargo run -p xtask -- gen-sample    # regenerate tests/tests/integration/generated/families.rs
//! cargo run -p xtask -- expanded [--sizes N]  # the expansion of N codes, as rustc gets it
//! cargo run -p xtask --release -- import [--runs N]  # `rtc-codes import`: 7,000 lines, 1.3 MB
//! cargo run -p xtask --release -- sdk [--runs N]     # explain and diff over 100 headers
//! ```

#![forbid(unsafe_code)]

use rtc_codes_inputs::{emit, model};

mod bench_instructions;
mod bench_report;
mod compile_bench;
mod compile_instructions;
mod expand_bench;
mod import_bench;
mod sample;
mod sdk_bench;
mod stats;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: xtask compile [--runs N] [--cold-runs N] [--sizes A,B,...]
       xtask expand [--sizes A,B,...]
       xtask compile-instructions [--sizes A,B,...]
       xtask bench-report
       xtask bench-instructions
       xtask gen-sample
       xtask expanded [--sizes N]
       xtask import [--runs N]
       xtask sdk [--runs N]";

fn main() -> ExitCode {
    if let Some(status) = compile_instructions::wrap_rustc() {
        return status;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(report) => {
            print!("{report}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("xtask: {error}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<String, String> {
    let (command, options) = args.split_first().ok_or("no command")?;
    let mut runs = 5;
    let mut cold_runs = 9;
    let mut sizes = vec![172, 3440, 10_000];
    let mut explicit_sizes = false;
    let mut options = options.iter();
    while let Some(option) = options.next() {
        let mut value = || options.next().ok_or(format!("{option} needs a value"));
        match option.as_str() {
            "--runs" => runs = parse_number(value()?)?,
            "--cold-runs" => cold_runs = parse_number(value()?)?,
            "--sizes" => {
                explicit_sizes = true;
                sizes = value()?
                    .split(',')
                    .map(parse_number)
                    .collect::<Result<_, _>>()?;
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    let root = workspace_root();
    match command.as_str() {
        "compile" => compile_bench::run(
            &root,
            &compile_bench::Options {
                runs,
                cold_runs,
                sizes,
            },
        )
        .map_err(|error| error.to_string()),
        "expand" => expand_bench::run(&sizes),
        "compile-instructions" => {
            let sizes = if explicit_sizes { sizes } else { vec![172] };
            compile_instructions::run(&root, &sizes).map_err(|error| error.to_string())
        }
        "bench-report" => bench_report::run(&root),
        "import" => import_bench::run(runs),
        "sdk" => sdk_bench::run(&root, runs),
        "bench-instructions" => bench_instructions::run(&root),
        "gen-sample" => {
            let path = root
                .join("tests")
                .join("tests")
                .join("integration")
                .join("generated")
                .join("families.rs");
            std::fs::write(&path, sample::source(sample::SEED))
                .map(|()| format!("wrote {}\n", path.display()))
                .map_err(|error| error.to_string())
        }
        // The expansion of the families of the first size (the documented ones by default) as
        // Rust source, as the compiler gets it, to study what it costs.
        "expanded" => {
            let size = sizes.first().copied().unwrap_or(172);
            expand_bench::expand_as_compiled(&emit::macro_input(&model::of_size(size)))
                .map(|tokens| tokens.to_string())
        }
        other => Err(format!("unknown command {other}")),
    }
}

fn parse_number(text: &str) -> Result<usize, String> {
    text.parse().map_err(|_| format!("not a number: {text}"))
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::{emit, import_bench, model, workspace_root};

    /// The header `xtask import` times is as long as it says, and imports without problems:
    /// its gtk-doc entries, X-macro lists and `#define` lists as families with descriptions.
    #[test]
    fn import_benchmark_header_imports() {
        let text = import_bench::header_of(import_bench::Size::Lines(7_000));
        assert!(text.lines().count() >= 7_000);
        let imported = rtc_codes_import::Builder::new()
            .text("generated.h", text)
            .options(rtc_codes_import::Options {
                macros: vec![import_bench::MACROS.parse().expect("a family of macros")],
                ..rtc_codes_import::Options::default()
            })
            .import();
        assert!(
            imported.problems().next().is_none(),
            "{:?}",
            imported.diagnostics
        );
        assert!(imported.families.len() >= 16);
        assert!(imported
            .families
            .iter()
            .any(|family| family.name == "DefineList"));
        // Every code has a description of its own, whichever form declared it.
        for family in &imported.families {
            for code in &family.codes {
                assert_ne!(code.description, code.sdk_name, "{}", family.name);
            }
        }
    }

    /// The committed compiled sample is what the generator writes today.
    #[test]
    fn generated_sample_is_up_to_date() {
        let path = workspace_root()
            .join("tests")
            .join("tests")
            .join("integration")
            .join("generated")
            .join("families.rs");
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == super::sample::source(super::sample::SEED),
            "tests/tests/integration/generated/families.rs is stale: run `cargo run -p xtask -- gen-sample`"
        );
    }

    /// Valid inputs from the generator expand without errors, into code that parses as Rust items
    /// and declares every family.
    #[test]
    fn generated_inputs_expand_to_rust_items() {
        let mut rng = rtc_codes_inputs::dsl_gen::Rng::new(1);
        for case in 0..500 {
            let families = rtc_codes_inputs::dsl_gen::invocation(&mut rng);
            let input: String = families
                .iter()
                .map(|family| family.source.as_str())
                .collect();
            let output = super::expand_bench::expand(&input).expect("lexes");
            let text = output.to_string();
            assert!(
                !text.contains("compile_error"),
                "case {case}: {input}\n=> {text:.2000}"
            );
            let file: syn::File =
                syn::parse2(output).unwrap_or_else(|error| panic!("case {case}: {error}\n{input}"));
            for family in &families {
                let declared = file
                    .items
                    .iter()
                    .any(|item| matches!(item, syn::Item::Enum(e) if e.ident == family.name));
                assert!(declared, "case {case}: {} is declared", family.name);
            }
        }
    }

    /// The expansion harness expands every size it measures without errors.
    #[test]
    fn expansion_harness_expands_cleanly() {
        let input = emit::macro_input(&model::documented_copies(2));
        let output = super::expand_bench::expand(&input)
            .expect("lexes")
            .to_string();
        assert!(!output.contains("compile_error"));
        assert_eq!(output.matches("pub enum").count(), 32);
    }
}
