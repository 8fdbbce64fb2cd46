//! `rtc-codes import` speed: a generated header of about 7,000 lines (the documented families,
//! copied until the header is that long, each code with a two-language doc comment, some values
//! written as expressions), imported and written as source in-process, timed over several runs.

use std::fmt::Write as _;
use std::time::Instant;

use rtc_codes_cli::import::{import, Header, Options};

use crate::model;
use crate::stats::median;

/// The header's length in lines.
const LINES: usize = 7_000;

/// A header of at least `lines` lines declaring copies of the documented families.
pub fn header(lines: usize) -> String {
    let families = model::documented();
    let mut out = String::from("#pragma once\n#include <stdint.h>\n\n");
    let mut copy = 1;
    while out.lines().count() < lines {
        for family in &families {
            if out.lines().count() >= lines {
                break;
            }
            let name = format!("{}{copy}", family.name);
            let _ = writeln!(
                out,
                "/**\n * @locale zh\n * {}\n * @locale en\n * The codes of {name}.\n */",
                family.docs.replace('\n', "<br>")
            );
            let _ = writeln!(out, "enum class {name} : int32_t {{");
            let mut previous: Option<(String, i128)> = None;
            for code in &family.codes {
                let sdk_name = format!("{}{copy}", code.sdk_name);
                let _ = writeln!(
                    out,
                    "    /**\n     * @locale zh\n     * @brief {}\n     * @locale en\n     * @brief {}, as {{@link #{}}} says.\n     */",
                    code.description.replace('\n', "<br>\n     * "),
                    code.name,
                    sdk_name
                );
                // Every third value as an expression of the one before it.
                let value = match &previous {
                    Some((before, value)) if code.value == value + 1 => format!("{before} + 1"),
                    _ => code.value.to_string(),
                };
                let _ = writeln!(out, "    {sdk_name} = {value},");
                previous = Some((sdk_name, code.value));
            }
            out.push_str("};\n\n");
        }
        copy += 1;
    }
    out
}

/// Times the import of the generated header.
pub fn run(runs: usize) -> Result<String, String> {
    let text = header(LINES);
    let lines = text.lines().count();
    let options = Options::default();
    let mut samples = Vec::with_capacity(runs);
    let mut summary = (0, 0, 0);
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let imported = import(&[Header::new("generated.h", &text)], &options);
        let source = imported.to_source();
        samples.push(start.elapsed());
        if !imported.problems.is_empty() {
            return Err(format!(
                "the generated header has problems: {:?}",
                imported.problems.first()
            ));
        }
        let codes = imported
            .families
            .iter()
            .map(|family| family.codes.len())
            .sum();
        summary = (imported.families.len(), codes, source.len());
    }
    let (families, codes, bytes) = summary;
    let milliseconds = median(&mut samples).as_secs_f64() * 1000.0;
    Ok(format!(
        "| header | families | codes | source written | import + source, median of {} |\n| --: | --: | --: | --: | --: |\n| {lines} lines, {} KiB | {families} | {codes} | {} KiB | {milliseconds:.1} ms |\n",
        samples.len(),
        text.len() / 1024,
        bytes / 1024,
    ))
}
