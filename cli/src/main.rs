//! `rtc-codes`: look up real-time audio/video SDK codes, and import the code enums of headers.
//! See `rtc-codes --help`, and the crate's README for the manual.

use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let environment = rtc_codes_cli::Environment::of_process();
    let status = rtc_codes_cli::run_in(
        std::env::args_os().collect(),
        &environment,
        &mut out,
        &mut io::stderr(),
    );
    match (status, out.flush()) {
        (0, Ok(())) => ExitCode::SUCCESS,
        (0, Err(_)) => ExitCode::FAILURE,
        (status, _) => ExitCode::from(u8::try_from(status).unwrap_or(1)),
    }
}
