//! Run time in instructions: every benchmarked operation run under callgrind, which counts the
//! instructions executed. Unlike timings, the counts are the same from run to run whatever else
//! the machine is doing, so they show small differences that timings on a shared machine hide.
//! They are not times: a cache miss or a mispredicted branch costs one instruction here.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::bench_report::{label, IMPLEMENTATIONS, OPERATIONS};

/// Passes per measured run; the count of a one-pass run is subtracted, which removes the start
/// of the process and the building of the inputs.
const PASSES: u64 = 21;

pub fn run(root: &Path) -> Result<String, String> {
    let binary = build(root)?;
    let mut report = String::from(
        "Instructions of one pass over all 172 documented codes (callgrind; release build):\n\n\
         | operation | hand-written | `rtc_codes` | `strum` + `num_enum` | `rtc_codes` / hand | `rtc_codes` / `strum` |\n\
         | --- | --: | --: | --: | --: | --: |\n",
    );
    for operation in OPERATIONS {
        let mut counts = [0_u64; 3];
        for (count, implementation) in counts.iter_mut().zip(IMPLEMENTATIONS) {
            let many = instructions(&binary, operation, implementation, PASSES)?;
            let one = instructions(&binary, operation, implementation, 1)?;
            *count = many.saturating_sub(one) / (PASSES - 1);
            eprintln!("  {operation}: {implementation}: {count} instructions");
        }
        // Counts of a few thousand instructions: exact in `f64`.
        #[allow(clippy::cast_precision_loss)]
        let [hand, ours, derive] = counts.map(|count| count as f64);
        let _ = writeln!(
            report,
            "| {} | {} | {} | {} | {:.2}x | {:.2}x |",
            label(operation),
            counts[0],
            counts[1],
            counts[2],
            ours / hand,
            ours / derive
        );
    }
    Ok(report)
}

/// Builds the `instructions` binary of the bench crate (release) and returns its path.
fn build(root: &Path) -> Result<PathBuf, String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--quiet",
            "-p",
            "rtc-codes-bench",
            "--bin",
            "instructions",
        ])
        .current_dir(root)
        .status()
        .map_err(|error| format!("cargo: {error}"))?;
    if !status.success() {
        return Err("building the instructions binary failed".to_owned());
    }
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    Ok(target.join("release").join("instructions"))
}

/// The instructions `binary` executes running `operation` `passes` times.
fn instructions(
    binary: &Path,
    operation: &str,
    implementation: &str,
    passes: u64,
) -> Result<u64, String> {
    let output = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(binary)
        .args([operation, implementation, &passes.to_string()])
        .output()
        .map_err(|error| {
            format!("valgrind: {error} (install valgrind, e.g. `apt-get install valgrind`)")
        })?;
    let log = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        return Err(format!("{operation} {implementation} failed:\n{log}"));
    }
    collected(&log).ok_or_else(|| format!("no instruction count in callgrind's output:\n{log}"))
}

/// The total of callgrind's `==pid== Collected : 123456` line.
pub fn collected(log: &str) -> Option<u64> {
    log.lines()
        .find_map(|line| line.split_once("Collected :"))
        .and_then(|(_, count)| count.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_callgrind_total() {
        let log = "==12== Events    : Ir\n==12== Collected : 4070243\n==12==\n==12== I   refs:      4,070,243\n";
        assert_eq!(super::collected(log), Some(4_070_243));
        assert_eq!(super::collected("==12== nothing"), None);
    }
}
