//! Writes the documented families hand-written (`hand.rs`) and with the `strum` + `num_enum` derives
//! (`derived.rs`) into `OUT_DIR`, with the generator the compile-time harness uses.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::{env, fs};

use rtc_codes_inputs::{emit, model};

fn main() {
    let Some(out) = env::var_os("OUT_DIR").map(PathBuf::from) else {
        eprintln!("OUT_DIR is not set: run the build script through cargo");
        std::process::exit(1);
    };
    let families = model::documented();
    for (file, source) in [
        ("hand.rs", emit::hand_written(&families)),
        ("derived.rs", emit::with_derives(&families)),
    ] {
        if let Err(error) = fs::write(out.join(file), source) {
            eprintln!("cannot write {file} into {}: {error}", out.display());
            std::process::exit(1);
        }
    }
}
