//! `rtc-codes import` speed: generated headers of about 7,000 lines and of 1.3 MB (the documented
//! families, copied until the header is that long, each code with a two-language doc comment,
//! some values written as expressions; every third copy of a family documented as gtk-doc does
//! it, every fourth declared through an X-macro list, and a `#define` list after each round, read
//! with `--macros`), imported and written as source in-process, timed over several runs.

use std::fmt::Write as _;
use std::time::Instant;

use rtc_codes_import::{Builder, Options};

use crate::stats::median;
use rtc_codes_inputs::model;

/// The headers timed: one of about 7,000 lines (0.3's), one of 1.3 MB.
const SIZES: [Size; 2] = [Size::Lines(7_000), Size::Bytes(1_300_000)];

/// How long a generated header is.
#[derive(Clone, Copy)]
pub enum Size {
    Lines(usize),
    Bytes(usize),
}

impl Size {
    fn reached(self, text: &str, lines: usize) -> bool {
        match self {
            Size::Lines(wanted) => lines >= wanted,
            Size::Bytes(wanted) => text.len() >= wanted,
        }
    }
}

/// The `--macros` option that reads the header's `#define` lists.
pub const MACROS: &str = "DefineList=DEMO_DEFINED_";

/// A header of at least `size` declaring copies of the documented families.
pub fn header_of(size: Size) -> String {
    let families = model::documented();
    let mut out = String::from("#pragma once\n#include <stdint.h>\n\n");
    let mut copy = 1;
    let mut lines = 3;
    while !size.reached(&out, lines) {
        for (index, family) in families.iter().enumerate() {
            if size.reached(&out, lines) {
                break;
            }
            let before = out.len();
            family_in_form(&mut out, family, copy, index + copy);
            lines += out[before..].matches('\n').count();
        }
        let before = out.len();
        for (index, code) in families[0].codes.iter().enumerate() {
            let _ = writeln!(
                out,
                "/** {} */\n#define DEMO_DEFINED_{copy}_{index} ({} + {index}) /* {} */",
                code.description.replace('\n', " ").replace("*/", "* /"),
                copy * 100_000,
                copy * 100_000 + index
            );
        }
        lines += out[before..].matches('\n').count();
        copy += 1;
    }
    out
}

/// Writes `family`'s copy `copy` (its names suffixed with the number) in the form `form` picks:
/// gtk-doc for every third, an X-macro list for every fourth, Doxygen otherwise.
pub fn family_in_form(out: &mut String, family: &model::Family, copy: usize, form: usize) {
    if form % 3 == 0 {
        gtk_doc_family(out, family, copy);
    } else if form % 4 == 0 {
        x_macro_family(out, family, copy);
    } else {
        doxygen_family(out, family, copy);
    }
}

/// A family as Doxygen documents it, in two `@locale` blocks.
fn doxygen_family(out: &mut String, family: &model::Family, copy: usize) {
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

/// A family as gtk-doc documents it: each value an `@NAME:` entry of the enum's block.
fn gtk_doc_family(out: &mut String, family: &model::Family, copy: usize) {
    let name = format!("{}{copy}", family.name);
    let _ = writeln!(out, "/**\n * {name}:");
    for code in &family.codes {
        let _ = writeln!(
            out,
            " * @{}{copy}: {}",
            code.sdk_name,
            code.description
                .replace('\n', "\n *   ")
                .replace("*/", "* /")
        );
    }
    let _ = writeln!(
        out,
        " *\n * The codes of %{name}.\n *\n * Since: 1.{copy}\n */"
    );
    let _ = writeln!(out, "typedef enum {{");
    for code in &family.codes {
        let _ = writeln!(out, "    {}{copy} = {},", code.sdk_name, code.value);
    }
    let _ = writeln!(out, "}} {name};\n");
}

/// A family declared through an X-macro list, each entry's message its description.
fn x_macro_family(out: &mut String, family: &model::Family, copy: usize) {
    let name = format!("{}{copy}", family.name);
    let _ = writeln!(out, "#define {name}_MAP(XX) \\");
    for code in &family.codes {
        let _ = writeln!(
            out,
            "  XX({}{copy}, {}, \"{}\") \\",
            code.sdk_name,
            code.value,
            code.description
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', " ")
        );
    }
    let _ = writeln!(
        out,
        "\ntypedef enum {{\n#define XX(name, value, _) name = value,"
    );
    let _ = writeln!(out, "  {name}_MAP(XX)\n#undef XX\n}} {name};\n");
}

/// Times the import of the generated headers.
pub fn run(runs: usize) -> Result<String, String> {
    let mut report = format!(
        "| header | families | codes | source written | import + source, median of {} |\n| --: | --: | --: | --: | --: |\n",
        runs.max(1)
    );
    for size in SIZES {
        report.push_str(&time(&header_of(size), runs)?);
    }
    Ok(report)
}

/// Times the import of `text`: one row of the table.
fn time(text: &str, runs: usize) -> Result<String, String> {
    let lines = text.lines().count();
    let options = Options {
        macros: vec![MACROS.parse().map_err(|error| format!("{error}"))?],
        ..Options::default()
    };
    let builder = Builder::new().text("generated.h", text).options(options);
    let mut samples = Vec::with_capacity(runs);
    let mut summary = (0, 0, 0);
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let imported = builder.import();
        let source = imported.to_source();
        samples.push(start.elapsed());
        if let Some(problem) = imported.problems().next() {
            return Err(format!("the generated header has problems: {problem}"));
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
        "| {lines} lines, {} KiB | {families} | {codes} | {} KiB | {milliseconds:.1} ms |\n",
        text.len() / 1024,
        bytes / 1024,
    ))
}
