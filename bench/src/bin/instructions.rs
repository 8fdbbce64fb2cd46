//! Runs one implementation of one benchmarked operation a given number of times, so that
//! `cargo run -p xtask -- bench-instructions` can count its instructions under callgrind.
//!
//! ```text
//! instructions OPERATION IMPLEMENTATION PASSES
//! ```
//!
//! `OPERATION` is a name from `OPERATIONS` (such as `"from_name misses"`), `IMPLEMENTATION` one of
//! `rtc_codes`, `hand-written`, `strum+num_enum`. Prints the checksum of the last pass.

#![forbid(unsafe_code)]

use std::hint::black_box;
use std::process::ExitCode;

use rtc_codes_bench::operations::{Bench, Inputs, OPERATIONS};

const USAGE: &str = "usage: instructions OPERATION rtc_codes|hand-written|strum+num_enum PASSES";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match parse(&args) {
        Ok((bench, passes)) => {
            let inputs = Inputs::new();
            let mut checksum = 0;
            for _ in 0..passes {
                checksum = bench(black_box(&inputs));
            }
            println!("{checksum}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("instructions: {error}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: &[String]) -> Result<(Bench, u32), String> {
    let [operation, implementation, passes] = args else {
        return Err(format!("expected 3 arguments, got {}", args.len()));
    };
    let &(_, ours, hand, derive) = OPERATIONS
        .iter()
        .find(|(name, ..)| name == operation)
        .ok_or_else(|| format!("unknown operation {operation:?}"))?;
    let bench = match implementation.as_str() {
        "rtc_codes" => ours,
        "hand-written" => hand,
        "strum+num_enum" => derive,
        other => return Err(format!("unknown implementation {other:?}")),
    };
    let passes = passes
        .parse()
        .map_err(|_| format!("not a number of passes: {passes:?}"))?;
    Ok((bench, passes))
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|arg| (*arg).to_owned()).collect()
    }

    #[test]
    fn reads_operation_implementation_and_passes() {
        let (_, passes) = parse(&args(&["from_name misses", "strum+num_enum", "21"])).unwrap();
        assert_eq!(passes, 21);
    }

    #[test]
    fn rejects_bad_arguments() {
        let error = |list: &[&str]| parse(&args(list)).err().unwrap_or_default();
        assert!(error(&["code", "rtc_codes"]).contains("expected 3 arguments"));
        assert!(error(&["nope", "rtc_codes", "1"]).contains("unknown operation \"nope\""));
        assert!(error(&["code", "nope", "1"]).contains("unknown implementation \"nope\""));
        assert!(error(&["code", "rtc_codes", "-1"]).contains("not a number of passes"));
    }
}
