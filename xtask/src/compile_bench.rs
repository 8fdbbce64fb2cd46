//! Compile time: the same families declared with `rtc_codes!`, by hand, and with `strum` + `num_enum`,
//! each crate rebuilt several times (dependencies already built, runs interleaved); and cold
//! builds of `rtc-codes` against a minimal syn-3 proc macro.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use std::{fs, io};

use crate::stats::{median, median_ratio, seconds};
use rtc_codes_inputs::emit;
use rtc_codes_inputs::model::{self, Family};

/// The ways of declaring a set of families: by hand, with `rtc_codes!`, with `strum` + `num_enum`,
/// and `rtc_codes!`'s expansion pasted as source (the same code without the macro call: the
/// difference to `macro` is the cost of the macro itself, the difference to `hand` the cost of
/// the larger generated API).
pub const STYLES: [&str; 4] = ["hand", "macro", "derive", "expanded"];

pub struct Options {
    pub runs: usize,
    pub cold_runs: usize,
    pub sizes: Vec<usize>,
}

pub fn run(root: &Path, options: &Options) -> io::Result<String> {
    let (dir, members) = prepare(root, &options.sizes)?;
    let mut report = String::new();
    // `--runs 0` skips the crate builds (to time only cold builds).
    let modes = if options.runs == 0 {
        &[][..]
    } else {
        &MODES[..]
    };
    for mode in modes {
        // Each crate is built on its own, as it is measured: cargo resolves features per build,
        // so a `--workspace` build would leave dependencies built with other features.
        eprintln!(
            "{}: building every crate once, so that its dependencies are built ...",
            mode.name
        );
        for member in &members {
            cargo(&dir, &["build", "-p", member], Some(&mode.env(&dir)))?;
        }
        report.push_str(&mode_table(&dir, mode, options)?);
        report.push('\n');
    }
    if options.cold_runs > 0 {
        report.push_str(&cold_builds(root, &dir, options.cold_runs)?);
    }
    Ok(report)
}

/// Writes a crate per size and style, in a workspace of their own under `target/`; returns its
/// directory and the crates' names.
pub fn prepare(root: &Path, sizes: &[usize]) -> io::Result<(PathBuf, Vec<String>)> {
    let dir = root.join("target").join("compile-bench");
    fs::create_dir_all(&dir)?;
    let core = root.join("core").canonicalize()?;
    let mut members = Vec::new();
    for &size in sizes {
        let families = model::of_size(size);
        assert_eq!(
            Family::count(&families),
            size,
            "the families of size {size}"
        );
        for style in STYLES {
            let name = format!("{style}_{size}");
            let source = match style {
                "macro" => emit::with_macro(&families),
                "hand" => format!("{}{}", emit::ALLOWS, emit::hand_written(&families)),
                "expanded" => expanded_source(&families)?,
                _ => format!("{}{}", emit::ALLOWS, emit::with_derives(&families)),
            };
            write_crate(&dir.join(&name), &name, style, &core, &source)?;
            members.push(name);
        }
    }
    let workspace = format!(
        "[workspace]\nresolver = \"2\"\nmembers = [{}]\n\n[profile.dev]\ndebug = 0\n",
        members
            .iter()
            .map(|m| format!("{m:?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    fs::write(dir.join("Cargo.toml"), workspace)?;
    Ok((dir, members))
}

/// How a crate is rebuilt after its source is touched.
pub struct Mode {
    pub name: &'static str,
    pub heading: &'static str,
    /// `CARGO_INCREMENTAL`.
    incremental: &'static str,
    /// The target directory, under the harness's directory: each mode has its own, so that
    /// switching modes never rebuilds a dependency.
    target: &'static str,
}

impl Mode {
    pub fn env(&self, dir: &Path) -> Vec<(&'static str, String)> {
        vec![
            ("CARGO_INCREMENTAL", self.incremental.to_owned()),
            (
                "CARGO_TARGET_DIR",
                dir.join(self.target).display().to_string(),
            ),
        ]
    }
}

/// A whole crate compiled (no incremental cache), and the edit-compile loop's rebuild (cargo's
/// default for debug builds: the macro runs again, most other work is reused from the cache).
pub const MODES: [Mode; 2] = [
    Mode {
        name: "crate build",
        heading: "Build of one crate, its dependencies built, no incremental cache (`CARGO_INCREMENTAL=0 cargo build`)",
        incremental: "0",
        target: "target-full",
    },
    Mode {
        name: "incremental rebuild",
        heading: "Incremental rebuild of one crate after touching its source (`cargo build`, incremental as by default)",
        incremental: "1",
        target: "target-incremental",
    },
];

/// One table: every size, every style, `options.runs` interleaved runs.
fn mode_table(dir: &Path, mode: &Mode, options: &Options) -> io::Result<String> {
    let mut report = String::new();
    let _ = writeln!(
        report,
        "{} (median of {} interleaved runs, debug):\n",
        mode.heading, options.runs
    );
    let _ = writeln!(report, "| codes | hand-written | `rtc_codes!` | its expansion as source | `strum` + `num_enum` | `rtc_codes!` / hand | expansion / hand | `strum` / hand |");
    let _ = writeln!(report, "| --: | --: | --: | --: | --: | --: | --: | --: |");
    for &size in &options.sizes {
        let mut times: Vec<Vec<Duration>> = vec![Vec::new(); STYLES.len()];
        for run in 0..options.runs {
            for (index, style) in STYLES.iter().enumerate() {
                let name = format!("{style}_{size}");
                touch(&dir.join(&name).join("src").join("lib.rs"))?;
                let elapsed = cargo(dir, &["build", "-p", &name], Some(&mode.env(dir)))?;
                eprintln!(
                    "  {}: {name}: run {} {:.2}s",
                    mode.name,
                    run + 1,
                    elapsed.as_secs_f64()
                );
                times[index].push(elapsed);
            }
        }
        let [hand, with_macro, derive, expanded] = [0, 1, 2, 3].map(|i| median(&mut times[i]));
        let ratio = |time: Duration| time.as_secs_f64() / hand.as_secs_f64();
        let _ = writeln!(
            report,
            "| {size} | {} | {} | {} | {} | {:.2}x | {:.2}x | {:.2}x |",
            seconds(hand),
            seconds(with_macro),
            seconds(expanded),
            seconds(derive),
            ratio(with_macro),
            ratio(expanded),
            ratio(derive)
        );
    }
    Ok(report)
}

/// Cold builds (fresh target directory) of `rtc-codes` and of a crate using a minimal syn-3
/// proc macro, interleaved.
fn cold_builds(root: &Path, dir: &Path, runs: usize) -> io::Result<String> {
    let minimal = dir.join("minimal");
    write_minimal(&minimal)?;
    let target = dir.join("cold-target");
    // The same profile for both: the workspaces' own `[profile.dev]` settings differ (the
    // minimal one sets `debug = 0`, like the crates measured above), so it is set here.
    let env = [
        ("CARGO_TARGET_DIR", target.display().to_string()),
        ("CARGO_INCREMENTAL", "0".to_owned()),
        ("CARGO_PROFILE_DEV_DEBUG", "0".to_owned()),
    ];
    let cold = |name: &str, workspace: &Path, package: &str, run: usize| {
        let _ = fs::remove_dir_all(&target);
        let elapsed = cargo(workspace, &["build", "-p", package], Some(&env));
        let _ = fs::remove_dir_all(&target);
        if let Ok(elapsed) = &elapsed {
            eprintln!("  cold {name}: run {run} {:.2}s", elapsed.as_secs_f64());
        }
        elapsed
    };
    let mut ours = Vec::new();
    let mut floor = Vec::new();
    let mut ratios = Vec::new();
    for run in 1..=runs {
        // Each run is a pair of builds, one right after the other, in alternating order: the
        // ratio within a pair is what the machine's drifting speed disturbs least.
        let (mine, minimal_time) = if run % 2 == 1 {
            let mine = cold("rtc-codes", root, "rtc-codes", run)?;
            (
                mine,
                cold("minimal proc macro", &minimal, "minimal-user", run)?,
            )
        } else {
            let minimal_time = cold("minimal proc macro", &minimal, "minimal-user", run)?;
            (cold("rtc-codes", root, "rtc-codes", run)?, minimal_time)
        };
        ratios.push(mine.as_secs_f64() / minimal_time.as_secs_f64());
        ours.push(mine);
        floor.push(minimal_time);
    }
    let (ours, floor) = (median(&mut ours), median(&mut floor));
    let ratio = median_ratio(&mut ratios);
    let listed: Vec<String> = ratios.iter().map(|ratio| format!("{ratio:.2}x")).collect();
    Ok(format!(
        "Cold build with all dependencies (median of {runs} runs, each a pair of builds in alternating order, `CARGO_INCREMENTAL=0 CARGO_PROFILE_DEV_DEBUG=0 cargo build`):\n\n\
         | crate | time | ratio |\n| --- | --: | --: |\n\
         | minimal syn-3 proc macro and a crate using it | {} | 1.00x |\n\
         | rtc-codes (macro, runtime, 16 families) | {} | {:.2}x |\n\n\
         Ratio of the medians: {:.2}x; ratio within each pair, sorted: {}.\n",
        seconds(floor),
        seconds(ours),
        ratio,
        ours.as_secs_f64() / floor.as_secs_f64(),
        listed.join(", ")
    ))
}

/// The floor: a proc macro as one writes it with syn 3 (`syn = "3"`, its default features), that
/// parses its input and emits an empty impl, and a library that uses it once. (`rtc-codes-macros`
/// needs fewer of syn's features: not `clone-impls`.)
fn write_minimal(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir.join("macro").join("src"))?;
    fs::create_dir_all(dir.join("user").join("src"))?;
    fs::write(
        dir.join("Cargo.toml"),
        "[workspace]\nresolver = \"2\"\nmembers = [\"macro\", \"user\"]\n\n[profile.dev]\ndebug = 0\n",
    )?;
    fs::write(
        dir.join("macro").join("Cargo.toml"),
        "[package]\nname = \"minimal-macro\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [lib]\nproc-macro = true\n\n[dependencies]\n\
         proc-macro2 = \"1.0.80\"\nquote = \"1.0.35\"\nsyn = \"3\"\n",
    )?;
    fs::write(
        dir.join("macro").join("src").join("lib.rs"),
        "use proc_macro::TokenStream;\n\n\
         #[proc_macro_derive(Minimal)]\n\
         pub fn minimal(input: TokenStream) -> TokenStream {\n\
         \x20   let input = syn::parse_macro_input!(input as syn::DeriveInput);\n\
         \x20   let name = &input.ident;\n\
         \x20   quote::quote!(impl #name {}).into()\n}\n",
    )?;
    fs::write(
        dir.join("user").join("Cargo.toml"),
        "[package]\nname = \"minimal-user\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\nminimal-macro = { path = \"../macro\" }\n",
    )?;
    fs::write(
        dir.join("user").join("src").join("lib.rs"),
        "#[derive(minimal_macro::Minimal)]\npub enum Code { A }\n",
    )
}

/// `rtc_codes!`'s expansion of `families` as the compiler gets it, as the source of a crate.
fn expanded_source(families: &[Family]) -> io::Result<String> {
    let tokens = crate::expand_bench::expand_as_compiled(&emit::macro_input(families))
        .map_err(io::Error::other)?;
    Ok(format!("#![allow(missing_docs)]\n{tokens}\n"))
}

fn write_crate(dir: &Path, name: &str, style: &str, core: &Path, source: &str) -> io::Result<()> {
    fs::create_dir_all(dir.join("src"))?;
    let dependencies = match style {
        "macro" | "expanded" => format!(
            "rtc-codes = {{ path = {:?} }}\n",
            core.display().to_string()
        ),
        "derive" => "strum = { version = \"0.28\", features = [\"derive\"] }\nnum_enum = \"0.7\"\n"
            .to_owned(),
        _ => String::new(),
    };
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{dependencies}"
        ),
    )?;
    let path = dir.join("src").join("lib.rs");
    if fs::read_to_string(&path).ok().as_deref() != Some(source) {
        fs::write(path, source)?;
    }
    Ok(())
}

/// Marks a file as changed, so that cargo rebuilds its crate (and only its crate).
pub fn touch(path: &Path) -> io::Result<()> {
    let file = fs::OpenOptions::new().append(true).open(path)?;
    file.set_modified(std::time::SystemTime::now())
}

/// Runs cargo in `dir` and returns how long it took; an error if it failed.
pub fn cargo(dir: &Path, args: &[&str], env: Option<&[(&str, String)]>) -> io::Result<Duration> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let mut command = Command::new(cargo);
    command.args(args).arg("--quiet").current_dir(dir);
    command
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_TARGET_DIR");
    for (key, value) in env.unwrap_or_default() {
        command.env(key, value);
    }
    let start = Instant::now();
    let status = command.status()?;
    let elapsed = start.elapsed();
    if status.success() {
        Ok(elapsed)
    } else {
        Err(io::Error::other(format!(
            "cargo {} failed in {}",
            args.join(" "),
            dir.display()
        )))
    }
}
