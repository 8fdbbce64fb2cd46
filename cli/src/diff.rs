//! `rtc-codes diff OLD NEW`: what changed in the codes between two versions of an SDK's headers.
//!
//! Both are read through the importer (a header, or a folder of them). Families are matched by
//! name wherever their enums stand (an enum moved to another header is followed, and said), and
//! codes by SDK name (an alias counts as one):
//! - added: a name of NEW that OLD has not, at a value OLD did not use;
//! - removed: a name of OLD that NEW has not, whose value NEW does not use (breaking);
//! - renumbered: a name of both, with another value in NEW (breaking);
//! - renamed: a name of OLD that NEW has not, whose value NEW gives another name;
//! - re-described (with `--descriptions`): a name of both, of one value, described otherwise.
//!
//! - header gone / unreadable: a family of OLD whose header NEW lacks, or that NEW declares but
//!   the importer could not read: not "removed" (its codes are not known to be gone), and not
//!   breaking. The codes of a family added or removed are listed too.
//!
//! The exit status is 1 when something was removed or renumbered, so that a CI step can guard an
//! SDK upgrade; 0 otherwise; 2 for bad usage: a path that is no header or folder, a side that
//! cannot be read or holds no code (a guard pointed at the wrong place), an unknown `--family`.

mod compare;
mod render;

use std::collections::HashSet;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use clap::Args;

use compare::compare;

use crate::environment::Environment;
use crate::explain::Format;
use crate::reading;
use crate::reading::ReadingArgs;
use crate::status;

/// The arguments of `rtc-codes diff`.
#[derive(Clone, Debug, Args)]
#[command(after_help = "Examples:
  rtc-codes diff sdk-3.58/include sdk-3.60/include
  rtc-codes diff old/ErrorCode.h new/ErrorCode.h --descriptions --format markdown

Exit status: 0 when nothing breaks, 1 when a code was removed or renumbered, 2 for bad usage.")]
pub struct DiffArgs {
    /// The old version's headers: a header, or a folder of them
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The new version's headers: a header, or a folder of them
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// Also list the codes whose description changed
    #[arg(long)]
    pub descriptions: bool,
    /// Only the family of this name (case aside; repeat for more)
    #[arg(long = "family", value_name = "NAME")]
    pub families: Vec<String>,
    /// How to print the changes
    #[arg(long, value_enum, default_value_t)]
    pub format: Format,
    /// How the headers are read
    #[command(flatten)]
    pub reading: ReadingArgs,
    /// Say every enum and enumerator that could not be read, not only how many
    #[arg(long)]
    pub verbose: bool,
}

/// `header` from `root` (a folder), or its file name (`root` the header itself).
fn relative(root: &Path, header: &str) -> String {
    let path = Path::new(header);
    match path.strip_prefix(root) {
        Ok(inside) if !inside.as_os_str().is_empty() => inside.display().to_string(),
        _ => path.file_name().map_or_else(
            || header.to_owned(),
            |name| name.to_string_lossy().into_owned(),
        ),
    }
}

/// Runs `rtc-codes diff` with `args`, writing the changes to `out` and a summary to `err`;
/// returns the exit status.
///
/// # Errors
///
/// Those of writing to `out` or `err`.
pub fn run(
    args: &DiffArgs,
    environment: &Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<i32> {
    for path in [&args.old, &args.new] {
        if !path.exists() {
            writeln!(
                err,
                "rtc-codes diff: `{}` is no header or folder",
                path.display()
            )?;
            return Ok(status::USAGE);
        }
    }
    let options = args.reading.options();
    let mut read = Vec::new();
    for (which, path) in [("OLD", &args.old), ("NEW", &args.new)] {
        let mut imported = reading::import(std::slice::from_ref(path), options.clone());
        reading::report(&imported, "diff", which, args.verbose, err)?;
        // A side that cannot be read, or that holds no code, guards nothing: bad usage.
        if reading::unreadable(&imported) {
            writeln!(
                err,
                "rtc-codes diff: {which} (`{}`) cannot be read: nothing is compared",
                path.display()
            )?;
            return Ok(status::USAGE);
        }
        if imported.families.is_empty() {
            writeln!(
                err,
                "rtc-codes diff: {which} (`{}`) holds no code: nothing is compared",
                path.display()
            )?;
            return Ok(status::USAGE);
        }
        // Headers named from the folder given, so that the two versions' names compare.
        for family in &mut imported.families {
            family.location.0 = relative(path, &family.location.0);
        }
        read.push((path, imported));
    }
    let (new_path, new) = &read[1];
    let headers: HashSet<String> = new
        .files
        .iter()
        .map(|file| relative(new_path, &file.display().to_string()))
        .collect();
    let unreadable: HashSet<String> = new
        .problems()
        .filter_map(|problem| problem.family.clone().or_else(|| problem.name.clone()))
        .collect();
    let new_side = compare::Read {
        headers: &headers,
        unreadable: &unreadable,
    };
    let mut changes = compare(&read[0].1, new, &new_side, args.descriptions);
    if !args.families.is_empty() {
        let names: Vec<&str> = read
            .iter()
            .flat_map(|(_, imported)| imported.families.iter().map(|f| f.name.as_str()))
            .collect();
        for asked in &args.families {
            if !names.iter().any(|name| name.eq_ignore_ascii_case(asked)) {
                let closest = crate::explain::suggest::closest(asked, names.iter().copied());
                let tip = match closest.first() {
                    Some(name) => format!(": did you mean {name}?"),
                    None => String::new(),
                };
                writeln!(
                    err,
                    "rtc-codes diff: no family is named `{asked}` in OLD or NEW{tip}"
                )?;
                return Ok(status::USAGE);
            }
        }
        changes.retain(|change| {
            args.families
                .iter()
                .any(|asked| change.family.eq_ignore_ascii_case(asked))
        });
    }
    render::changes(args.format, &changes, &environment.terminal, out)?;
    let breaking = changes.iter().any(|change| change.kind.breaks());
    writeln!(err, "rtc-codes diff: {}", render::summary(&changes))?;
    Ok(if breaking {
        status::NOT_FOUND
    } else {
        status::DONE
    })
}
