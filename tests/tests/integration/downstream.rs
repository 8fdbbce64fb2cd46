//! Builds and runs the crates in `tests/downstream/`: a user's crate outside this workspace that
//! depends on rtc-codes under another name, on editions 2015 and 2024, with `no_std`,
//! `no_implicit_prelude`, shadowed names and every warning denied; and one with the `serde`
//! feature of rtc-codes on.

#![allow(clippy::expect_used)]

use std::path::Path;
use std::process::Command;

/// `cargo <command...>` on the crate `tests/downstream/<name>`.
fn cargo_on(command: &[&str], name: &str) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = root.join("downstream").join(name).join("Cargo.toml");
    let target = root.join("..").join("target").join("downstream");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(command)
        .args(["--quiet", "--manifest-path"])
        .arg(&manifest)
        .env("CARGO_TARGET_DIR", &target)
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs")
}

fn run_downstream(edition: &str) {
    let output = cargo_on(&["test"], edition);
    assert!(
        output.status.success(),
        "the {edition} downstream crate failed:\n{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn edition_2015_downstream_crate() {
    run_downstream("edition2015");
}

#[test]
fn edition_2024_downstream_crate() {
    run_downstream("edition2024");
}

/// A crate that enables `rtc-codes/serde` without depending on serde itself.
#[test]
fn serde_downstream_crate() {
    run_downstream("serde");
}

/// Cargo features are additive: a crate that implements serde for its family itself keeps
/// compiling, and keeps its own impl, when another crate of the build turns `rtc-codes/serde` on.
#[test]
fn serde_feature_is_additive_across_crates() {
    run_downstream("additive");
}

/// A family without a doc comment is reported by `missing_docs`, as a hand-written enum would be,
/// and nothing else is (the generated items are documented).
#[test]
fn an_undocumented_family_is_missing_docs() {
    let output = cargo_on(&["build"], "undocumented");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert_eq!(
        stderr.matches("missing documentation").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("missing documentation for an enum"),
        "{stderr}"
    );
}

/// A family declared in two invocations of one module: each invocation expands on its own, so
/// the compiler's first error names the family, at both declarations (`pub enum Codes`), before
/// the conflicts of its impls, whose number and wording are the compiler's.
#[test]
fn a_family_declared_twice_is_named_first() {
    let output = cargo_on(&["check"], "two_invocations");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    let first = stderr
        .split("\n\n")
        .find(|block| block.starts_with("error"))
        .expect("an error");
    assert!(
        first.starts_with("error[E0428]: the name `Codes` is defined multiple times"),
        "{first}"
    );
    let declarations = first
        .lines()
        .filter(|line| line.ends_with("pub enum Codes {"))
        .count();
    assert_eq!(declarations, 2, "{first}");
}

/// The docs rustdoc renders for a downstream family carry what the compiler's expansion leaves
/// out: the table of codes, each code's identifiers and translations, and the generated
/// methods' docs.
#[test]
fn rustdoc_renders_the_generated_docs() {
    let output = cargo_on(&["doc", "--no-deps"], "edition2024");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let page = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../target/downstream/doc/rtc_codes_downstream/enum.ErrorCode.html");
    let html = std::fs::read_to_string(&page).expect("rustdoc wrote the family's page");
    // Every code is found by its SDK name in rustdoc's search (a `#[doc(alias)]` of each).
    let index = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/downstream/doc/search.index");
    let mut searched = String::new();
    for entry in walk(&index) {
        searched.push_str(&std::fs::read_to_string(entry).unwrap_or_default());
    }
    for alias in ["kerrorcodeinvalidtoken", "kroomerrorcoderoomidillegal"] {
        assert!(
            searched.contains(alias),
            "rustdoc's search does not know {alias}"
        );
    }
    for expected in [
        "Codes",
        "kError<wbr>Code<wbr>Invalid<wbr>Token",
        "Invalid token.",
        "SDK name <code>kRoomErrorCodeRoomIdIllegal</code>",
        "whose value is <code>code</code>",
        "The value of this code",
        "The family is open",
    ] {
        assert!(
            html.contains(expected),
            "{expected:?} is not on {}",
            page.display()
        );
    }
}

/// The files under `dir`, at any depth.
fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}
