//! Looks up real-time audio/video SDK codes: `cargo run --example explain -- -1000`.
//!
//! Run with `--help` for the options; see `rtc_codes_examples::explain`.

use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = std::env::args_os().skip(1).collect();
    let stdout = io::stdout();
    let stderr = io::stderr();
    let mut out = io::BufWriter::new(stdout.lock());
    let status = rtc_codes_examples::explain::run(args, &mut out, &mut stderr.lock());
    let flushed = out.flush();
    match (status, flushed) {
        (0, Ok(())) => ExitCode::SUCCESS,
        (0, Err(_)) => ExitCode::FAILURE,
        (status, _) => ExitCode::from(u8::try_from(status).unwrap_or(1)),
    }
}
