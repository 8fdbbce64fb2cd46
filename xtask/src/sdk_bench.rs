//! `rtc-codes` over an SDK's include folder: 100 generated headers (three copies of documented
//! families each, documented as Doxygen, gtk-doc or through an X-macro list, as `xtask import`
//! writes them), and a second version of them with codes added, removed, renumbered and renamed.
//! The release binary is timed as a whole process, the median of several runs: a lookup over the
//! folder, a search, and `diff` of the two versions.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::import_bench::family_in_form;
use crate::stats::median;
use rtc_codes_inputs::model;

/// How many headers the folder has.
pub const HEADERS: usize = 100;

/// Writes the two versions' headers under `dir` (`old/` and `new/`), returning their folders.
///
/// # Errors
///
/// Those of writing the files.
pub fn write_sdk(dir: &Path) -> std::io::Result<(PathBuf, PathBuf)> {
    let families = model::documented();
    let (old, new) = (dir.join("old"), dir.join("new"));
    for folder in [&old, &new] {
        if folder.exists() {
            std::fs::remove_dir_all(folder)?;
        }
        std::fs::create_dir_all(folder.join("include"))?;
    }
    for index in 0..HEADERS {
        let mut text = String::from("#pragma once\n#include <stdint.h>\n\n");
        for offset in 0..3 {
            let family = &families[(index + offset) % families.len()];
            family_in_form(&mut text, family, index * 3 + offset, index + offset);
        }
        let name = format!("include/header_{index:03}.h");
        std::fs::write(old.join(&name), &text)?;
        // The new version: every tenth header changes one code's value and adds a code.
        let changed = if index % 10 == 0 {
            text.replacen(" = -1", " = -99", 1).replacen(
                "};",
                "    kDemoAddedInNewVersion = 123456,\n};",
                1,
            )
        } else {
            text
        };
        std::fs::write(new.join(&name), changed)?;
    }
    Ok((old, new))
}

/// Times the release binary on the generated folders.
pub fn run(root: &Path, runs: usize) -> Result<String, String> {
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(root)
        .args([
            "build",
            "--release",
            "-q",
            "-p",
            "rtc-codes-cli",
            "--bin",
            "rtc-codes",
        ])
        .status()
        .map_err(|error| error.to_string())?;
    if !status.success() {
        return Err("the release build of rtc-codes failed".to_owned());
    }
    let binary = root.join("target/release/rtc-codes");
    let dir = root.join("target/xtask-sdk");
    let (old, new) = write_sdk(&dir).map_err(|error| error.to_string())?;
    let bytes: u64 = std::fs::read_dir(old.join("include"))
        .map_err(|error| error.to_string())?
        .filter_map(|entry| entry.ok()?.metadata().ok())
        .map(|metadata| metadata.len())
        .sum();
    let old_text = old.display().to_string();
    let new_text = new.display().to_string();
    let commands: [(&str, Vec<&str>); 3] = [
        (
            "lookup of -1000",
            vec!["explain", "--header", &old_text, "-1000"],
        ),
        (
            "search",
            vec!["explain", "--header", &old_text, "--search", "token"],
        ),
        ("diff", vec!["diff", &old_text, &new_text]),
    ];
    let mut report = format!(
        "{HEADERS} headers, {} KiB a version; the release binary, median of {} runs:\n\n| command | exit | median |\n| --- | --: | --: |\n",
        bytes / 1024,
        runs.max(1)
    );
    for (label, args) in commands {
        let mut samples = Vec::new();
        let mut code = None;
        for _ in 0..runs.max(1) {
            let start = Instant::now();
            let output = Command::new(&binary)
                .args(&args)
                .output()
                .map_err(|error| error.to_string())?;
            samples.push(start.elapsed());
            code = output.status.code();
        }
        let _ = writeln!(
            report,
            "| `rtc-codes {}` ({label}) | {} | {:.1} ms |",
            args.first().copied().unwrap_or_default(),
            code.map_or_else(|| "-".to_owned(), |code| code.to_string()),
            median(&mut samples).as_secs_f64() * 1000.0
        );
    }
    Ok(report)
}
