//! Imports the headers of `import/tests/headers/` with `rtc-codes-import`, as a user's
//! build script would, so that `tests/imported.rs` compiles what the importer writes and checks
//! it through the generated API; and imports a header written from the documented families, so
//! that `tests/imported.rs` can check that it declares the same codes as `rtc-codes`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use rtc_codes_import::{Builder, Import, Options};

fn import_files(paths: &[PathBuf], options: &Options) -> Import {
    Builder::new()
        .headers(paths)
        .options(options.clone())
        .import()
}

fn import(name: &str, text: &str, options: &Options) -> Import {
    Builder::new()
        .text(name, text)
        .options(options.clone())
        .import()
}

fn main() {
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let headers = Path::new("../import/tests/headers");
    println!("cargo::rerun-if-changed={}", headers.display());
    // The dependency is renamed to `codes` in this crate: the source names it so.
    let options = Options {
        crate_path: "codes".parse().expect("a path"),
        ..Options::default()
    };
    let mut entries: Vec<PathBuf> = fs::read_dir(headers)
        .expect("the test headers")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "h"))
        .collect();
    entries.sort();
    for path in entries {
        let imported = import_files(std::slice::from_ref(&path), &options);
        let stem = path.file_stem().expect("a file name").to_string_lossy();
        fs::write(out_dir.join(format!("{stem}.rs")), imported.to_source())
            .expect("OUT_DIR is writable");
    }

    let header = generated_header(0x5eed_2026);
    fs::write(out_dir.join("generated.h"), &header).expect("OUT_DIR is writable");
    let imported = import("generated.h", &header, &options);
    fs::write(out_dir.join("generated.rs"), imported.to_source()).expect("OUT_DIR is writable");

    let header = documented_header();
    fs::write(out_dir.join("documented.h"), &header).expect("OUT_DIR is writable");
    let imported = import("documented.h", &header, &options);
    assert!(
        imported.problems().next().is_none(),
        "the documented families' header imports without problems: {:?}",
        imported.diagnostics
    );
    fs::write(out_dir.join("documented.rs"), imported.to_source()).expect("OUT_DIR is writable");

    import_cases(&out_dir, &options);
}

/// Imports the cases of `import/tests/headers/cases/cases.txt` (`name | headers | --enum |
/// --lang-default | --macros`) into `OUT_DIR/cases.rs`, a module per case.
fn import_cases(out_dir: &Path, options: &Options) {
    let dir = Path::new("../import/tests/headers/cases");
    let list = fs::read_to_string(dir.join("cases.txt")).expect("the list of cases");
    let mut modules = String::new();
    for line in list
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
    {
        let fields: Vec<&str> = line.split('|').map(str::trim).collect();
        let (name, headers, enums, lang, macros, defines) = match fields[..] {
            [name, headers, enums, lang, macros] => (name, headers, enums, lang, macros, ""),
            [name, headers, enums, lang, macros, defines] => {
                (name, headers, enums, lang, macros, defines)
            }
            _ => panic!("a case is `name | headers | enum | lang | macros [| defines]`: {line}"),
        };
        let mut options = options.clone();
        options.enums = enums.split_whitespace().map(str::to_owned).collect();
        options.macros = macros
            .split_whitespace()
            .map(|family| family.parse().expect("a family of macros"))
            .collect();
        if !lang.is_empty() {
            options.default_language = lang.parse().expect("a language tag");
        }
        options.defines = defines
            .split_whitespace()
            .map(|definition| definition.parse().expect("a definition"))
            .collect();
        options.target = Some("x86_64-unknown-linux-gnu".parse().expect("a target"));
        let paths: Vec<PathBuf> = headers.split_whitespace().map(|h| dir.join(h)).collect();
        let imported = import_files(&paths, &options);
        let _ = writeln!(
            modules,
            "/// The case `{name}`.\npub mod {name} {{\n{}}}\n",
            imported.to_source()
        );
    }
    fs::write(out_dir.join("cases.rs"), modules).expect("OUT_DIR is writable");
}

/// A header declaring the documented families as an SDK would: one `enum` per family, an
/// enumerator per SDK name and alias, descriptions as `@locale` blocks with `<br>` line breaks.
fn documented_header() -> String {
    let mut out = String::from("#pragma once\n\n");
    for family in codes::FAMILIES {
        let _ = writeln!(
            out,
            "/** {} */\nenum {} {{",
            comment(family.docs),
            family.name
        );
        for code in family.codes {
            let mut doc = format!("@locale zh\n     * {}", comment(code.description));
            for (language, text) in code.translations {
                let _ = write!(doc, "\n     * @locale {language}\n     * {}", comment(text));
            }
            let _ = writeln!(
                out,
                "    /**\n     * {doc}\n     */\n    {} = {},",
                code.sdk_name, code.value
            );
            for alias in code.aliases {
                let _ = writeln!(out, "    {alias} = {},", code.value);
            }
        }
        out.push_str("};\n\n");
    }
    out
}

/// A header of enums made up from `seed`: odd names (`Self`, `None`, `ALL`, underscores,
/// digits), repeated values and names, every comment style, language tags `rtc_codes!` can and
/// cannot write, quotes, backslashes and direction marks; so that `tests/imported.rs` compiles
/// what the importer makes of input nobody wrote by hand, every warning denied.
fn generated_header(seed: u64) -> String {
    const WORDS: [&str; 24] = [
        "Self", "None", "Some", "Ok", "Err", "Other", "ALL", "COUNT", "Type", "A_B", "AB", "x",
        "_", "9", "Error", "Code", "Room", "JOIN", "Token", "Failed", "kTag", "Unknown", "r#", "k",
    ];
    const TEXTS: [&str; 8] = [
        "进房失败。",
        "\"quoted\" \\ text",
        "line<br>break",
        "a {@link #Other} link",
        "\u{202e}reversed",
        "@deprecated old",
        "x",
        "混合 mixed 文本",
    ];
    const TAGS: [&str; 8] = [
        "en",
        "zh",
        "as",
        "EN",
        "x",
        "zh_CN",
        "toolonglanguage",
        "ja",
    ];
    let mut state = seed;
    let mut next = move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        usize::try_from(state % u64::try_from(bound).unwrap_or(1)).unwrap_or(0)
    };
    let mut out = String::new();
    for family in 0..40 {
        let ty = [
            "",
            " : int8_t",
            " : uint16_t",
            " : int",
            " : unsigned",
            " : int64_t",
        ][next(6)];
        let _ = writeln!(
            out,
            "/** Generated {family}. */\nenum class Gen{family}{ty} {{"
        );
        for _ in 0..=next(15) {
            let name = format!(
                "kGen{family}{}{}",
                WORDS[next(WORDS.len())],
                WORDS[next(WORDS.len())]
            );
            let name: String = name
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let value = match next(4) {
                0 => String::new(),
                1 => format!(" = {}", next(300)),
                2 => format!(" = -{}", next(300)),
                _ => format!(" = 1 << {}", next(20)),
            };
            let text = TEXTS[next(TEXTS.len())];
            let comment = match next(5) {
                0 => format!("/** {text} */\n    {name}{value},"),
                1 => format!("{name}{value}, ///< {text}"),
                2 => format!(
                    "/** @locale {} {text} @locale {} {text} */\n    {name}{value},",
                    TAGS[next(8)],
                    TAGS[next(8)]
                ),
                3 => format!("{name}{value}, // {text}"),
                _ => format!("{name}{value},"),
            };
            let _ = writeln!(out, "    {comment}");
        }
        out.push_str("};\n\n");
    }
    out
}

/// Text for a block comment: line breaks as `<br>`.
fn comment(text: &str) -> String {
    text.replace('\n', "<br>")
}
