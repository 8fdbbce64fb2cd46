//! What a build script gets: the `cargo:` lines, the source written, and problems failing the
//! build unless they are acknowledged by name.

use std::fs;

use rtc_codes_import::{BuildError, Builder};

const HEADER: &str = "/** Room errors. */\n\
                      enum RoomError { kRoomErrorFull = 1, kRoomErrorBad = MISSING };\n\
                      enum Lost { kLostA = ALSO_MISSING };\n";

fn out_file(name: &str) -> std::path::PathBuf {
    std::env::temp_dir().join(format!("rtc-codes-import-{name}-{}.rs", std::process::id()))
}

#[test]
fn problems_fail_the_build_with_every_one_named() {
    let path = out_file("fail");
    let mut cargo = Vec::new();
    let error = Builder::new()
        .text("room.h", HEADER)
        .write_for_cargo(&path, &mut cargo)
        .expect_err("problems fail the build");
    let BuildError::Problems(problems) = &error else {
        panic!("{error}");
    };
    assert_eq!(problems.len(), 3, "{error}");
    let message = error.to_string();
    assert!(
        message.starts_with("the headers have 3 problems"),
        "{message}"
    );
    assert!(
        message.contains("room.h:2: enumerator `kRoomErrorBad`"),
        "{message}"
    );
    assert!(!path.exists(), "nothing is written");
}

#[test]
fn acknowledged_problems_build_quietly_and_stale_ones_warn() {
    let path = out_file("acknowledged");
    let mut cargo = Vec::new();
    let header = fs::canonicalize(env!("CARGO_MANIFEST_DIR"))
        .expect("the crate")
        .join("tests/headers/objc.h");
    let imported = Builder::new()
        .text("room.h", HEADER)
        .header(&header)
        .acknowledge("kRoomErrorBad")
        .acknowledge("Lost")
        .acknowledge("NoSuchEnum")
        .write_for_cargo(&path, &mut cargo)
        .expect("acknowledged problems do not fail the build");
    let cargo = String::from_utf8(cargo).expect("UTF-8");
    assert!(
        cargo.contains(&format!("cargo:rerun-if-changed={}\n", header.display())),
        "{cargo}"
    );
    assert!(!cargo.contains("kRoomErrorBad"), "{cargo}");
    assert!(
        cargo.contains("cargo:warning=`NoSuchEnum` is acknowledged, but no problem concerns it"),
        "{cargo}"
    );
    let written = fs::read_to_string(&path).expect("the source");
    assert_eq!(written, imported.to_source());
    assert!(written.contains("pub enum RoomError: i32 {"), "{written}");
    let _ = fs::remove_file(&path);
}

#[test]
fn without_cargo_the_error_says_so() {
    if std::env::var_os("OUT_DIR").is_none() {
        let error = Builder::new()
            .text("a.h", "enum A { kAOne };")
            .write_to_out_dir("a.rs")
            .expect_err("no OUT_DIR");
        assert_eq!(
            error.to_string(),
            "OUT_DIR is not set: run this from a build script"
        );
    }
}
