//! The three output formats of `rtc-codes explain`.

use std::io::{self, Write};

use serde_json::{json, Value};
use unicode_width::UnicodeWidthStr;

use super::{Format, Lookup, Row};

/// The TSV header line's columns.
pub const TSV_HEADER: [&str; 5] = ["family", "value", "sdk_name", "name", "description"];

/// Writes every row of a listing.
///
/// # Errors
///
/// Those of writing to `out`.
pub fn listing(
    format: Format,
    lang: Option<&str>,
    rows: &[Row],
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table(rows, lang, out),
        Format::Tsv => tsv(rows, lang, out),
        Format::Json => {
            let codes: Vec<Value> = rows.iter().map(|row| row_json(row, lang)).collect();
            write_json(&Value::Array(codes), out)
        }
    }
}

/// Writes the matches of every lookup.
///
/// # Errors
///
/// Those of writing to `out`.
pub fn lookups(
    format: Format,
    lang: Option<&str>,
    lookups: &[Lookup],
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => {
            let found: Vec<&Lookup> = lookups.iter().filter(|l| !l.rows.is_empty()).collect();
            for (index, lookup) in found.iter().enumerate() {
                if found.len() > 1 || lookups.len() > 1 {
                    if index > 0 {
                        writeln!(out)?;
                    }
                    writeln!(out, "{}:", lookup.query)?;
                }
                table(&lookup.rows, lang, out)?;
            }
            Ok(())
        }
        Format::Tsv => {
            let rows: Vec<Row> = lookups
                .iter()
                .flat_map(|l| l.rows.iter().copied())
                .collect();
            tsv(&rows, lang, out)
        }
        Format::Json => {
            let results: Vec<Value> = lookups
                .iter()
                .map(|lookup| {
                    json!({
                        "query": lookup.query,
                        "found": !lookup.rows.is_empty(),
                        "matches": lookup.rows.iter().map(|row| row_json(row, lang)).collect::<Vec<_>>(),
                    })
                })
                .collect();
            write_json(&Value::Array(results), out)
        }
    }
}

fn row_json(row: &Row, lang: Option<&str>) -> Value {
    let translations: serde_json::Map<String, Value> = row
        .code
        .translations
        .iter()
        .map(|(language, text)| ((*language).to_owned(), Value::from(*text)))
        .collect();
    json!({
        "family": row.family.name,
        "name": row.code.name,
        "rust_path": row.rust_path(),
        "sdk_name": row.code.sdk_name,
        "aliases": row.code.aliases,
        "value": row.code.value,
        "description": row.description(lang),
        "translations": translations,
        "success": row.code.success,
    })
}

fn write_json(value: &Value, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

/// Tab-separated values: a header, then one line per code; `\n`, `\t` and `\` in a field are
/// written as `\n`, `\t` and `\\`.
fn tsv(rows: &[Row], lang: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", TSV_HEADER.join("\t"))?;
    for row in rows {
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}",
            escape_tsv(row.family.name),
            row.code.value,
            escape_tsv(row.code.sdk_name),
            escape_tsv(row.code.name),
            escape_tsv(row.description(lang))
        )?;
    }
    Ok(())
}

/// Escapes a TSV field.
#[must_use]
pub fn escape_tsv(field: &str) -> String {
    let mut escaped = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push_str("\\t"),
            c => escaped.push(c),
        }
    }
    escaped
}

/// Columns aligned by their display width (CJK characters take two cells).
fn table(rows: &[Row], lang: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    let header = ["FAMILY", "VALUE", "SDK NAME", "RUST PATH", "DESCRIPTION"];
    let cells: Vec<[String; 5]> = rows
        .iter()
        .map(|row| {
            [
                row.family.name.to_owned(),
                row.code.value.to_string(),
                row.code.sdk_name.to_owned(),
                row.rust_path(),
                row.description(lang).replace(['\n', '\t'], " "),
            ]
        })
        .collect();
    let mut widths = header.map(UnicodeWidthStr::width);
    for line in &cells {
        for (width, cell) in widths.iter_mut().zip(line) {
            *width = (*width).max(cell.width());
        }
    }
    let header = header.map(str::to_owned);
    for line in std::iter::once(&header).chain(&cells) {
        let mut text = String::new();
        for (column, (cell, width)) in line.iter().zip(widths).enumerate() {
            if column + 1 == line.len() {
                text.push_str(cell);
            } else {
                text.push_str(cell);
                // Values are numbers: right-align them.
                let padding = " ".repeat(width - cell.width());
                if column == 1 {
                    text.insert_str(text.len() - cell.len(), &padding);
                } else {
                    text.push_str(&padding);
                }
                text.push_str("  ");
            }
        }
        writeln!(out, "{}", text.trim_end())?;
    }
    Ok(())
}
