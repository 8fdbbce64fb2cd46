//! Tables fitted to the terminal: the same lookups at 60, 80, 110 and 200 columns and with no
//! terminal, compared with `expected/layout_<width>.txt` (`RTC_CODES_BLESS=1` rewrites them),
//! CJK text measured as the terminal shows it.

use std::ffi::OsString;
use std::path::Path;

use rtc_codes_cli::{run_in, Environment, Terminal};

use crate::common;

/// `rtc-codes explain ARGS` on a terminal of `width` columns (none: no terminal).
fn explain_at(width: Option<usize>, args: &[&str]) -> String {
    let args: Vec<OsString> = ["rtc-codes", "explain"]
        .iter()
        .chain(args)
        .map(Into::into)
        .collect();
    let environment = Environment {
        terminal: Terminal {
            width,
            color: false,
        },
        ..Environment::none()
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = run_in(args, &environment, &mut out, &mut err);
    assert_eq!(status, 0, "{}", String::from_utf8_lossy(&err));
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn tables_fit_every_width() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/integration/expected");
    let queries = ["-1000", "1204", "kWarningCodeJoinRoomFailed"];
    let mut mismatches = Vec::new();
    for width in [Some(60), Some(80), Some(110), Some(200), None] {
        let name = width.map_or_else(|| "none".to_owned(), |width| width.to_string());
        let found = explain_at(width, &queries);
        if let Some(width) = width {
            for line in found.lines() {
                let shown = unicode_width::UnicodeWidthStr::width(line);
                // Only a name longer than the whole line may overflow it.
                assert!(
                    shown <= width || !line.contains(' '),
                    "{shown} > {width}: {line}"
                );
            }
        }
        let path = dir.join(format!("layout_{name}.txt"));
        mismatches.extend(common::expect_or_bless(&name, &path, &found));
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn colours_only_where_asked() {
    let environment = |color| Environment {
        terminal: Terminal {
            width: Some(120),
            color,
        },
        ..Environment::none()
    };
    let run = |environment: &Environment| {
        let args: Vec<OsString> = ["rtc-codes", "explain", "-1000"]
            .iter()
            .map(Into::into)
            .collect();
        let (mut out, mut err) = (Vec::new(), Vec::new());
        run_in(args, environment, &mut out, &mut err);
        String::from_utf8(out).expect("UTF-8")
    };
    assert!(run(&environment(true)).contains("\x1b[36mErrorCode\x1b[0m"));
    assert!(!run(&environment(false)).contains('\x1b'));
}

/// The body of the fenced block of the README that starts with `first_line`.
fn readme_block(first_line: &str) -> String {
    let readme = include_str!("../../README.md");
    let start = readme.find(first_line).expect("the README's example") + first_line.len() + 1;
    let body = &readme[start..];
    body[..body.find("```").expect("its end")].to_owned()
}

/// The README's examples of the command are what it prints: the table at 100 columns, the JSON
/// shape, and `diff`.
#[test]
fn the_readmes_examples_are_the_commands_output() {
    let table = explain_at(Some(100), &["-1000", "kWarningCodeJoinRoomFailed"]);
    assert_eq!(
        readme_block("$ rtc-codes explain -1000 kWarningCodeJoinRoomFailed"),
        table
    );
    let args: Vec<OsString> = ["rtc-codes", "explain", "--format", "json", "-1000", "nope"]
        .iter()
        .map(Into::into)
        .collect();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    run_in(args, &Environment::none(), &mut out, &mut err);
    assert_eq!(
        readme_block("$ rtc-codes explain --format json -1000 nope"),
        String::from_utf8(out).expect("UTF-8")
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../import/tests/headers/diff");
    let args: Vec<OsString> = vec![
        "rtc-codes".into(),
        "diff".into(),
        dir.join("old").into(),
        dir.join("new").into(),
    ];
    let (mut out, mut err) = (Vec::new(), Vec::new());
    run_in(args, &Environment::none(), &mut out, &mut err);
    let shown = format!(
        "{}{}",
        String::from_utf8(out).expect("UTF-8"),
        String::from_utf8(err).expect("UTF-8")
    );
    assert_eq!(
        readme_block("$ rtc-codes diff sdk-1.0/include sdk-1.1/include"),
        shown.replace('\\', "/")
    );
}

/// Every line of every kind of query fits the terminal: values, names, a family, `--all` and
/// `--search`, at 40, 60, 80 and 120 columns, CJK text measured as the terminal shows it.
#[test]
fn every_line_fits_at_every_width() {
    let queries: [&[&str]; 5] = [
        &["-1000", "kWarningCodeJoinRoomFailed"],
        &["--family", "WarningCode"],
        &["--all"],
        &["--search", "token"],
        &["--all", "--lang", "en"],
    ];
    let mut too_wide = Vec::new();
    for width in [40, 60, 80, 120] {
        for query in queries {
            let found = explain_at(Some(width), query);
            for line in found.lines() {
                let shown = unicode_width::UnicodeWidthStr::width(line);
                if shown > width {
                    too_wide.push(format!("{width} columns, {query:?}: {shown}: {line}"));
                }
            }
        }
    }
    assert!(
        too_wide.is_empty(),
        "{} lines too wide, such as:\n{}",
        too_wide.len(),
        too_wide
            .iter()
            .take(10)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
