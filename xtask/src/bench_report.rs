//! The table of the latest runtime benchmark results, read from criterion's estimates.

use std::fmt::Write as _;
use std::path::Path;

/// The operations of `bench/src/operations.rs` (`OPERATIONS`), in its order.
pub const OPERATIONS: [&str; 13] = [
    "from_code hits",
    "from_code misses",
    "code",
    "name",
    "sdk_name",
    "description",
    "from_name rust names",
    "from_name sdk names",
    "from_name misses",
    "FromStr",
    "Display",
    "from_code + description + sdk_name + code",
    "registry by value",
];

pub const IMPLEMENTATIONS: [&str; 3] = ["hand-written", "rtc_codes", "strum+num_enum"];

/// The median estimate of one benchmark, in nanoseconds.
fn median_ns(criterion: &Path, operation: &str, implementation: &str) -> Result<f64, String> {
    let path = criterion
        .join(operation)
        .join(implementation)
        .join("new")
        .join("estimates.json");
    let text = std::fs::read_to_string(&path).map_err(|error| {
        format!(
            "{}: {error} (run `cargo bench -p rtc-codes-bench` first)",
            path.display()
        )
    })?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    json["median"]["point_estimate"]
        .as_f64()
        .ok_or_else(|| format!("{}: no median estimate", path.display()))
}

/// `from_code hits` as "`from_code` hits": the API item in backticks.
pub fn label(operation: &str) -> String {
    match operation.split_once(' ') {
        _ if operation.starts_with("registry") => operation.to_owned(),
        Some((item, rest)) => format!("`{item}` {rest}"),
        None => format!("`{operation}`"),
    }
}

fn time(ns: f64) -> String {
    if ns >= 1000.0 {
        format!("{:.2} µs", ns / 1000.0)
    } else {
        format!("{ns:.0} ns")
    }
}

pub fn run(root: &Path) -> Result<String, String> {
    let criterion = root.join("target").join("criterion");
    let mut report = String::from(
        "Each figure is the median time of one pass over all 172 documented codes (criterion).\n\n\
         | operation | hand-written | `rtc_codes` | `strum` + `num_enum` | `rtc_codes` / hand | `rtc_codes` / `strum` |\n\
         | --- | --: | --: | --: | --: | --: |\n",
    );
    for operation in OPERATIONS {
        let [hand, ours, derive] =
            [0, 1, 2].map(|i| median_ns(&criterion, operation, IMPLEMENTATIONS[i]));
        let (hand, ours, derive) = (hand?, ours?, derive?);
        let _ = writeln!(
            report,
            "| {} | {} | {} | {} | {:.2}x | {:.2}x |",
            label(operation),
            time(hand),
            time(ours),
            time(derive),
            ours / hand,
            ours / derive
        );
    }
    Ok(report)
}
