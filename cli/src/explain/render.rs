//! The output formats of `rtc-codes explain`: every kind of query (values and names, `--search`,
//! `--family`, `--all`) is written in the same shape in each format.
//!
//! - `table`: columns for a terminal ([`crate::table`]): fitted to its width, one table per
//!   query when several found codes, each under its query;
//! - `json`: one object, `{"codes": [...], "not_found": [...]}`: each code the same object (its
//!   `query`, `family`, `name`, `rust_path`, `sdk_name`, `aliases`, `value`, `description`,
//!   `translations`, `success`), each query that found nothing `{"query", "message"}`;
//! - `tsv`: a header line, then one line per code;
//! - `markdown`: a table, for wikis and pull requests.
//!
//! Their empty forms: no line at all, `{"codes": [], "not_found": [...]}`, the header line, the
//! table's head.

use std::io::{self, Write};

use serde_json::{json, Value};

use super::{Format, Lookup, Row};
use crate::environment::Terminal;
use crate::table::{Color, Table};

/// The TSV header line's columns.
pub const TSV_HEADER: [&str; 5] = ["family", "value", "sdk_name", "name", "description"];

/// The table's columns.
const TABLE_HEADER: [&str; 5] = ["FAMILY", "VALUE", "SDK NAME", "RUST PATH", "DESCRIPTION"];

/// Writes the codes of every lookup in `format`.
///
/// # Errors
///
/// Those of writing to `out`.
pub fn lookups(
    format: Format,
    lang: Option<&str>,
    lookups: &[Lookup],
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows = || lookups.iter().flat_map(|lookup| lookup.rows.iter());
    match format {
        Format::Table => {
            let found: Vec<&Lookup> = lookups.iter().filter(|l| !l.rows.is_empty()).collect();
            for (index, lookup) in found.iter().enumerate() {
                if lookups.len() > 1 {
                    if index > 0 {
                        writeln!(out)?;
                    }
                    writeln!(out, "{}:", lookup.query.as_deref().unwrap_or_default())?;
                }
                table(&lookup.rows, lang).write(terminal, out)?;
            }
            Ok(())
        }
        Format::Tsv => {
            writeln!(out, "{}", TSV_HEADER.join("\t"))?;
            for row in rows() {
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
        Format::Json => {
            let codes: Vec<Value> = lookups
                .iter()
                .flat_map(|lookup| {
                    lookup
                        .rows
                        .iter()
                        .map(move |row| row_json(row, lookup.query.as_deref(), lang))
                })
                .collect();
            let not_found: Vec<Value> = lookups
                .iter()
                .filter_map(|lookup| {
                    let message = lookup.missing.as_ref()?;
                    Some(json!({ "query": lookup.query, "message": message }))
                })
                .collect();
            serde_json::to_writer_pretty(
                &mut *out,
                &json!({ "codes": codes, "not_found": not_found }),
            )?;
            writeln!(out)
        }
        Format::Markdown => {
            writeln!(
                out,
                "| Family | Value | SDK name | Rust path | Description |"
            )?;
            writeln!(out, "| --- | --: | --- | --- | --- |")?;
            for row in rows() {
                writeln!(
                    out,
                    "| {} | {} | `{}` | `{}` | {} |",
                    escape_markdown(row.family.name),
                    row.code.value,
                    row.code.sdk_name,
                    row.rust_path(),
                    escape_markdown(row.description(lang))
                )?;
            }
            Ok(())
        }
    }
}

/// The table of `rows`.
fn table(rows: &[Row], lang: Option<&str>) -> Table {
    Table {
        header: TABLE_HEADER.to_vec(),
        rows: rows
            .iter()
            .map(|row| {
                vec![
                    row.family.name.to_owned(),
                    row.code.value.to_string(),
                    row.code.sdk_name.to_owned(),
                    row.rust_path(),
                    row.description(lang).to_owned(),
                ]
            })
            .collect(),
        right: vec![1],
        colors: vec![(0, Color::Family), (1, Color::Value)],
        // The Rust path is the family and the name: the first to go on a narrow terminal.
        optional: vec![3],
    }
}

fn row_json(row: &Row, query: Option<&str>, lang: Option<&str>) -> Value {
    let translations: serde_json::Map<String, Value> = row
        .code
        .translations
        .iter()
        .map(|(language, text)| ((*language).to_owned(), Value::from(*text)))
        .collect();
    json!({
        "query": query,
        "family": row.family.name,
        "name": row.code.name,
        "rust_path": row.rust_path(),
        "sdk_name": row.code.sdk_name,
        "aliases": row.code.aliases,
        "value": row.code.value,
        "description": row.description(lang),
        "translations": translations,
        "success": row.code.success,
        "file": super::headers::header_of(row.family),
    })
}

/// Escapes a TSV field: `\n`, `\t` and `\` are written as `\n`, `\t` and `\\`.
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

/// A table cell of Markdown: `|` escaped, a line break as `<br>`.
#[must_use]
pub fn escape_markdown(cell: &str) -> String {
    cell.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('\n', "<br>")
}

#[cfg(test)]
mod tests {
    #[test]
    fn tsv_fields_escape_breaks_tabs_and_backslashes() {
        assert_eq!(super::escape_tsv("a\\b\tc\nd"), "a\\\\b\\tc\\nd");
    }
}
