//! The formats of `rtc-codes diff`, those of `explain`:
//! - `table`: FAMILY, CHANGE, SDK NAME, VALUE, DETAIL, fitted to the terminal;
//! - `json`: `{"breaking": bool, "changes": [...]}`, each change `{"family", "change",
//!   "breaking", "old", "new"}`, `old` and `new` `null` or `{"sdk_name", "value",
//!   "description", "file"}`;
//! - `tsv`: `family\tchange\tsdk_name\told_value\tnew_value\tdetail`;
//! - `markdown`: the table's columns.

use std::fmt::Write as _;
use std::io::{self, Write};

use serde_json::{json, Value};

use super::compare::{Change, Kind, Side};
use crate::environment::Terminal;
use crate::explain::render::{escape_markdown, escape_tsv};
use crate::explain::Format;
use crate::table::{Color, Table};

/// The TSV header line's columns.
pub const TSV_HEADER: [&str; 6] = [
    "family",
    "change",
    "sdk_name",
    "old_value",
    "new_value",
    "detail",
];

/// Writes `changes` in `format`.
///
/// # Errors
///
/// Those of writing to `out`.
pub fn changes(
    format: Format,
    changes: &[Change],
    terminal: &Terminal,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => Table {
            header: vec!["FAMILY", "CHANGE", "SDK NAME", "VALUE", "DETAIL"],
            rows: changes
                .iter()
                .map(|change| {
                    vec![
                        change.family.clone(),
                        change.kind.name().to_owned(),
                        sdk_name(change).to_owned(),
                        value(change),
                        detail(change),
                    ]
                })
                .collect(),
            right: vec![3],
            colors: vec![(0, Color::Family), (3, Color::Value)],
            optional: Vec::new(),
        }
        .write(terminal, out),
        Format::Json => {
            let list: Vec<Value> = changes
                .iter()
                .map(|change| {
                    json!({
                        "family": change.family,
                        "change": change.kind.name(),
                        "breaking": change.kind.breaks(),
                        "old": change.old.as_ref().map(side_json),
                        "new": change.new.as_ref().map(side_json),
                    })
                })
                .collect();
            let breaking = changes.iter().any(|change| change.kind.breaks());
            serde_json::to_writer_pretty(
                &mut *out,
                &json!({ "breaking": breaking, "changes": list }),
            )?;
            writeln!(out)
        }
        Format::Tsv => {
            writeln!(out, "{}", TSV_HEADER.join("\t"))?;
            for change in changes {
                let number = |side: &Option<Side>| {
                    side.as_ref()
                        .and_then(|side| side.value)
                        .map(|value| value.to_string())
                        .unwrap_or_default()
                };
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    escape_tsv(&change.family),
                    change.kind.name(),
                    escape_tsv(sdk_name(change)),
                    number(&change.old),
                    number(&change.new),
                    escape_tsv(&detail(change))
                )?;
            }
            Ok(())
        }
        Format::Markdown => {
            writeln!(out, "| Family | Change | SDK name | Value | Detail |")?;
            writeln!(out, "| --- | --- | --- | --: | --- |")?;
            for change in changes {
                writeln!(
                    out,
                    "| {} | {} | `{}` | {} | {} |",
                    escape_markdown(&change.family),
                    change.kind.name(),
                    sdk_name(change),
                    value(change),
                    escape_markdown(&detail(change))
                )?;
            }
            Ok(())
        }
    }
}

fn side_json(side: &Side) -> Value {
    json!({
        "sdk_name": side.sdk_name,
        "value": side.value,
        "description": side.description,
        "file": side.file,
    })
}

/// The name a change is about: NEW's, or OLD's for what NEW has not.
fn sdk_name(change: &Change) -> &str {
    change
        .new
        .as_ref()
        .or(change.old.as_ref())
        .map_or("", |side| side.sdk_name.as_str())
}

/// The value column: one value, or `old → new` for a code renumbered.
fn value(change: &Change) -> String {
    let of = |side: &Option<Side>| side.as_ref().and_then(|side| side.value);
    match (of(&change.old), of(&change.new)) {
        (Some(old), Some(new)) if old != new => format!("{old} → {new}"),
        (_, Some(value)) | (Some(value), None) => value.to_string(),
        (None, None) => String::new(),
    }
}

/// What else there is to say of a change.
fn detail(change: &Change) -> String {
    let (old, new) = (change.old.as_ref(), change.new.as_ref());
    match change.kind {
        Kind::Moved => format!(
            "from {} to {}",
            old.map_or("", |side| side.file.as_str()),
            new.map_or("", |side| side.file.as_str())
        ),
        Kind::Renamed => format!("was {}", old.map_or("", |side| side.sdk_name.as_str())),
        Kind::Redescribed => format!(
            "was: {}\nnow: {}",
            old.map_or("", |side| side.description.as_str()),
            new.map_or("", |side| side.description.as_str())
        ),
        Kind::FamilyAdded | Kind::FamilyRemoved => format!(
            "enum {} of {}",
            new.or(old).map_or("", |side| side.sdk_name.as_str()),
            new.or(old).map_or("", |side| side.file.as_str())
        ),
        Kind::HeaderGone => format!(
            "NEW has no {}: its codes are not compared",
            old.map_or("", |side| side.file.as_str())
        ),
        Kind::Unreadable => format!(
            "NEW's enum {} could not be read: its codes are not compared",
            old.map_or("", |side| side.sdk_name.as_str())
        ),
        Kind::Added | Kind::Removed | Kind::Renumbered => new
            .or(old)
            .map_or_else(String::new, |side| side.description.clone()),
    }
}

/// A kind of change as a count of it says it: `2 families added`, `1 header gone`.
fn counted(kind: Kind, count: usize) -> String {
    let name = kind.name();
    if count == 1 {
        return name.to_owned();
    }
    match kind {
        Kind::FamilyAdded => "families added".to_owned(),
        Kind::FamilyRemoved => "families removed".to_owned(),
        Kind::HeaderGone => "headers gone".to_owned(),
        _ => name.to_owned(),
    }
}

/// One line of how many changes of each kind there were, and whether something breaks.
#[must_use]
pub fn summary(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "no code changed".to_owned();
    }
    let kinds = [
        Kind::Added,
        Kind::Removed,
        Kind::Renumbered,
        Kind::Renamed,
        Kind::Redescribed,
        Kind::FamilyAdded,
        Kind::FamilyRemoved,
        Kind::HeaderGone,
        Kind::Unreadable,
        Kind::Moved,
    ];
    let mut line = String::new();
    for kind in kinds {
        let count = changes.iter().filter(|change| change.kind == kind).count();
        if count > 0 {
            if !line.is_empty() {
                line.push_str(", ");
            }
            let _ = write!(line, "{count} {}", counted(kind, count));
        }
    }
    if changes.iter().any(|change| change.kind.breaks()) {
        line.push_str(": breaking (a code or family was removed or renumbered)");
    }
    line
}
