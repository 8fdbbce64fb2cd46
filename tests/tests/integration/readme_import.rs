//! The importer README's example is what the importer writes for the header beside it (the
//! README is also the importer's crate docs, whose doctest compiles that output).

#![allow(clippy::expect_used)]

use rtc_codes_import::Builder;

/// The body of the first fenced block after `after` that opens with `fence`.
fn block<'a>(text: &'a str, after: &str, fence: &str) -> &'a str {
    let start = text.find(after).expect("the section") + after.len();
    let rest = &text[start..];
    let open = rest.find(fence).expect("the block") + fence.len();
    let body = &rest[open..];
    &body[..=body.find("\n```").expect("the end of the block")]
}

#[test]
fn readme_import_example_is_the_importers_output() {
    let readme = include_str!("../../../import/README.md");
    let section = "## What it writes";
    let header = block(readme, section, "```c\n");
    let mut shown = String::new();
    for line in block(readme, section, "```rust\n").lines() {
        if !line.starts_with("# ") {
            shown.push_str(line);
            shown.push('\n');
        }
    }
    let imported = Builder::new().text("join_room.h", header).import();
    assert!(
        imported.problems().next().is_none(),
        "{:?}",
        imported.diagnostics
    );
    assert_eq!(imported.to_source(), shown);
}
