//! Headers as an SDK ships them: files and folders, each read once.

use std::fs;
use std::path::PathBuf;

use rtc_codes_import::{Builder, Kind};

/// A folder of its own under the target directory's temporary space.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rtc-codes-import-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

#[test]
fn folders_are_read_in_path_order_each_header_once() {
    let dir = scratch("folders");
    fs::create_dir_all(dir.join("include/sub")).expect("folders");
    fs::write(dir.join("include/b.h"), "enum B { kBOne = 1 };").expect("a header");
    fs::write(dir.join("include/sub/a.h"), "enum A { kAOne = 1 };").expect("a header");
    fs::write(dir.join("include/notes.txt"), "enum N { kNOne = 1 };").expect("a file");
    // The folder, then a header in it again: read once.
    let imported = Builder::new()
        .header(dir.join("include"))
        .header(dir.join("include/b.h"))
        .import();
    let names: Vec<&str> = imported.families.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["B", "A"]);
    assert!(
        imported.problems().next().is_none(),
        "{:?}",
        imported.diagnostics
    );
    // Every file and folder read, for `cargo:rerun-if-changed`.
    assert!(imported.files.contains(&dir.join("include")));
    assert!(imported.files.contains(&dir.join("include/sub")));
    assert!(imported.files.contains(&dir.join("include/sub/a.h")));
    assert_eq!(
        imported.files.iter().filter(|f| f.ends_with("b.h")).count(),
        1
    );
    let _ = fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn a_folder_that_links_to_itself_is_read_once() {
    let dir = scratch("loop");
    fs::write(dir.join("a.h"), "enum A { kAOne = 1 };").expect("a header");
    std::os::unix::fs::symlink(&dir, dir.join("again")).expect("a link");
    let imported = Builder::new().header(&dir).import();
    assert_eq!(imported.families.len(), 1);
    assert!(
        imported.problems().next().is_none(),
        "{:?}",
        imported.diagnostics
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn what_cannot_be_read_is_a_problem_of_its_own_kind() {
    let dir = scratch("unreadable");
    let imported = Builder::new()
        .header(dir.join("missing.h"))
        .header(&dir)
        .text("ok.h", "enum Ok { kOkOne = 1 };")
        .import();
    let kinds: Vec<Kind> = imported.problems().map(|problem| problem.kind).collect();
    assert_eq!(kinds, [Kind::Unreadable, Kind::Unreadable]);
    let messages: Vec<String> = imported.problems().map(ToString::to_string).collect();
    assert!(messages[0].starts_with("cannot read "), "{messages:?}");
    assert!(
        messages[1].contains("the folder has no header"),
        "{messages:?}"
    );
    assert_eq!(imported.families.len(), 1);
    let _ = fs::remove_dir_all(&dir);
}
