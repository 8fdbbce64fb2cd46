//! Compile time in instructions: rustc run under callgrind on the crates of `xtask compile`, as a
//! whole-crate build and as the incremental rebuild after a touch. Unlike timings, the counts do
//! not move with the load of the machine, so they show differences of a few percent that timings
//! on a shared machine hide. They are not times: a cache miss costs one instruction here.
//!
//! cargo runs rustc through this binary (`RUSTC_WRAPPER`, see [`wrap_rustc`]), which puts the one
//! crate being measured under callgrind and runs every other compile as it is.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, ExitCode};
use std::{env, fs, io};

use crate::bench_instructions::collected;
use crate::compile_bench::{self, MODES, STYLES};

/// The crate to measure, when this binary runs as cargo's rustc wrapper.
const MEASURED_CRATE: &str = "XTASK_CALLGRIND_CRATE";
/// Where callgrind's log (with the count) goes.
const LOG: &str = "XTASK_CALLGRIND_LOG";
/// Set while this binary is cargo's rustc wrapper.
const WRAPPING: &str = "XTASK_RUSTC_WRAPPER";
/// Where callgrind writes its profile (for the proc macro's own share), when set.
const PROFILE: &str = "XTASK_CALLGRIND_PROFILE";

/// The function of the proc macro whose inclusive instructions are its own work in a compile.
const MACRO_ENTRY: &str = "rtc_codes_impl";

/// If cargo runs this binary as its rustc wrapper (`xtask <rustc> <args>`, with
/// `XTASK_RUSTC_WRAPPER` set), runs rustc, under callgrind for the crate named in
/// `XTASK_CALLGRIND_CRATE`; `None` otherwise.
pub fn wrap_rustc() -> Option<ExitCode> {
    env::var_os(WRAPPING)?;
    let mut args = env::args_os().skip(1);
    let rustc = args.next()?;
    let args: Vec<_> = args.collect();
    let measured = env::var(MEASURED_CRATE).ok().filter(|name| {
        args.windows(2)
            .any(|pair| pair[0] == "--crate-name" && pair[1] == name.as_str())
    });
    let mut command = match (measured, env::var_os(LOG)) {
        (Some(_), Some(log)) => {
            let profile = env::var(PROFILE).unwrap_or_else(|_| "/dev/null".to_owned());
            let mut command = Command::new("valgrind");
            command
                .arg("--tool=callgrind")
                .arg(format!("--callgrind-out-file={profile}"))
                .arg(format!("--log-file={}", log.to_string_lossy()))
                .arg(&rustc);
            command
        }
        _ => Command::new(&rustc),
    };
    let status = command.args(&args).status();
    Some(match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("xtask: cannot run {}: {error}", rustc.to_string_lossy());
            ExitCode::FAILURE
        }
    })
}

pub fn run(root: &Path, sizes: &[usize]) -> io::Result<String> {
    let (dir, members) = compile_bench::prepare(root, sizes)?;
    let wrapper = env::current_exe()?;
    let log = dir.join("callgrind.log");
    let profile = dir.join("callgrind.profile");
    let mut report = String::new();
    let mut macro_work = Vec::new();
    for mode in &MODES {
        let mut env = mode.env(&dir);
        env.push(("RUSTC_WRAPPER", wrapper.display().to_string()));
        env.push((WRAPPING, "1".to_owned()));
        eprintln!("{}: building every crate once ...", mode.name);
        for member in &members {
            compile_bench::cargo(&dir, &["build", "-p", member], Some(&env))?;
        }
        let _ = writeln!(
            report,
            "{} (instructions rustc executes, callgrind):\n\n\
             | codes | hand-written | `rtc_codes!` | its expansion as source | `strum` + `num_enum` | `rtc_codes!` / hand | expansion / hand | `strum` / hand |\n\
             | --: | --: | --: | --: | --: | --: | --: | --: |",
            mode.heading
        );
        for &size in sizes {
            let mut counts = Vec::new();
            for style in STYLES {
                let name = format!("{style}_{size}");
                compile_bench::touch(&dir.join(&name).join("src").join("lib.rs"))?;
                let mut measured = env.clone();
                measured.push((MEASURED_CRATE, name.clone()));
                measured.push((LOG, log.display().to_string()));
                // The macro's own share of the rebuild, from a profile of that compile.
                let profiled = style == "macro" && mode.name == "incremental rebuild";
                if profiled {
                    measured.push((PROFILE, profile.display().to_string()));
                }
                let _ = fs::remove_file(&log);
                compile_bench::cargo(&dir, &["build", "-p", &name], Some(&measured))?;
                if profiled {
                    macro_work.push((size, inclusive(&profile, MACRO_ENTRY)?));
                }
                let text = fs::read_to_string(&log)?;
                let count = collected(&text).ok_or_else(|| {
                    io::Error::other(format!("no instruction count for {name}:\n{text}"))
                })?;
                eprintln!(
                    "  {}: {name}: {}M instructions",
                    mode.name,
                    count / 1_000_000
                );
                counts.push(count);
            }
            // Counts of billions of instructions: exact enough in `f64` for a ratio.
            #[allow(clippy::cast_precision_loss)]
            let [hand, with_macro, derive, expanded] = [0, 1, 2, 3].map(|i| counts[i] as f64);
            let millions = |count: f64| format!("{:.0}M", count / 1e6);
            let _ = writeln!(
                report,
                "| {size} | {} | {} | {} | {} | {:.2}x | {:.2}x | {:.2}x |",
                millions(hand),
                millions(with_macro),
                millions(expanded),
                millions(derive),
                with_macro / hand,
                expanded / hand,
                derive / hand
            );
        }
        report.push('\n');
    }
    report.push_str(
        "The proc macro's own work in the incremental rebuild (inclusive instructions of \
         `rtc_codes_impl`, `callgrind_annotate --inclusive=yes`; the macro's debug build, as a dev \
         build uses it):\n\n| codes | instructions |\n| --: | --: |\n",
    );
    for (size, count) in macro_work {
        // Tens of millions of instructions: exact in `f64`.
        #[allow(clippy::cast_precision_loss)]
        let millions = count as f64 / 1e6;
        let _ = writeln!(report, "| {size} | {millions:.1}M |");
    }
    Ok(report)
}

/// The inclusive instructions of the function named `entry` in the callgrind profile at `path`
/// (the sum over its lines in `callgrind_annotate --inclusive=yes`).
fn inclusive(path: &Path, entry: &str) -> io::Result<u64> {
    let output = Command::new("callgrind_annotate")
        .args(["--inclusive=yes", "--threshold=100"])
        .arg(path)
        .output()?;
    let text = String::from_utf8_lossy(&output.stdout);
    let count = text
        .lines()
        .filter(|line| {
            line.ends_with(&format!("::{entry}")) || line.contains(&format!("::{entry} "))
        })
        .filter_map(|line| {
            line.split_whitespace()
                .next()
                .and_then(|count| count.replace(',', "").parse::<u64>().ok())
        })
        .max();
    count.ok_or_else(|| io::Error::other(format!("no `{entry}` in the profile {}", path.display())))
}
