//! `rtc-codes import` as a process: the source on standard output, problems on standard error
//! with the command's hints, and the exit statuses.

use std::process::Command;

use crate::common;

#[test]
fn the_command_writes_source_and_reports_problems() {
    let exe = env!("CARGO_BIN_EXE_rtc-codes");
    let dir = common::headers();
    let output = Command::new(exe)
        .arg("import")
        .arg(dir.join("objc.h"))
        .args(["--enum", "ByteRTCMediaType"])
        .output()
        .expect("rtc-codes runs");
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let source = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(source.contains("pub enum ByteRTCMediaType: i16 {"));
    assert!(!source.contains("ByteRTCConnectionState"));

    let output = Command::new(exe)
        .arg("import")
        .arg(dir.join("unreadable.h"))
        .arg(dir.join("no-such-header.h"))
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(1));
    let errors = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(
        errors.contains("unreadable.h:6: enumerator `kMixedMacro` is not imported"),
        "{errors}"
    );
    assert!(errors.contains("cannot read"), "{errors}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("pub enum Mixed: i32 {"));

    // A header that cannot be read is a problem even when the others import cleanly.
    let output = Command::new(exe)
        .arg("import")
        .arg(dir.join("objc.h"))
        .arg(dir.join("no-such-header.h"))
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read"));
    assert!(String::from_utf8_lossy(&output.stdout).contains("pub enum ByteRTCMediaType"));

    let output = Command::new(exe)
        .arg("import")
        .output()
        .expect("rtc-codes runs");
    assert_eq!(output.status.code(), Some(2), "a header is required");
}

/// Option values the importer does not take are usage errors before any header is read, in
/// every subcommand that reads headers.
#[test]
fn malformed_option_values_are_usage_errors() {
    let exe = env!("CARGO_BIN_EXE_rtc-codes");
    let header = common::headers().join("objc.h");
    for (option, value, says) in [
        ("--encoding", "klingon", "`klingon` is not an encoding"),
        ("--define", "=5", "`=5` is not a definition"),
        ("--macros", "bad", "`bad` does not name a family of macros"),
    ] {
        for subcommand in [
            vec!["import".into(), header.display().to_string()],
            vec![
                "explain".into(),
                "--header".into(),
                header.display().to_string(),
                "1".into(),
            ],
        ] {
            let output = Command::new(exe)
                .args(&subcommand)
                .args([option, value])
                .output()
                .expect("rtc-codes runs");
            let errors = String::from_utf8_lossy(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{subcommand:?} {option} {value}: {errors}"
            );
            assert!(errors.contains(says), "{errors}");
        }
    }
    for (option, value, says) in [
        ("--lang-default", "xx-!!", "`xx-!!` is not a language tag"),
        ("--crate-path", "1bad", "`1bad` is not a Rust path"),
    ] {
        let output = Command::new(exe)
            .args(["import", &header.display().to_string(), option, value])
            .output()
            .expect("rtc-codes runs");
        let errors = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{option} {value}: {errors}");
        assert!(errors.contains(says), "{errors}");
    }
}

/// The importer says what to do in general terms; the command names its own option.
#[test]
fn problems_name_the_option_that_helps() {
    let exe = env!("CARGO_BIN_EXE_rtc-codes");
    let output = Command::new(exe)
        .args(["import", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write as _;
            child
                .stdin
                .take()
                .expect("stdin")
                .write_all(b"enum D { kDA = UNKNOWN, kDB = 2 };\n")?;
            child.wait_with_output()
        })
        .expect("rtc-codes runs");
    let errors = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{errors}");
    assert!(
        errors.contains("<stdin>:1: enumerator `kDA` is not imported")
            && errors.contains("(--define UNKNOWN=VALUE)"),
        "{errors}"
    );
}
