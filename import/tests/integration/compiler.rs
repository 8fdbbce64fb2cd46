//! The importer's values against the C compiler's: headers generated here (enums and a
//! `#define` list built from object- and function-like macros, `#if`/`#elif`/`#else`/`#undef`,
//! casts to typedefs, suffixes, shifts, ternaries, earlier enumerators; in C and in C++) are
//! compiled by `gcc` and `g++` into a program that prints every enumerator and macro the
//! configuration has, and the importer must find exactly those, with the same values.
//!
//! It runs when the compilers are on the `PATH` (CI sets `RTC_CODES_REQUIRE_CC=1`, which fails
//! the test without them). `RTC_CODES_CC_CASES` sets how many headers (40 by default) and
//! `RTC_CODES_CC_SEED` the seed (fixed by default, so that a failure reproduces).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use rtc_codes_import::{Builder, Import, Options};

/// A small, reproducible generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n as u64)).unwrap_or(0)
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// What a generated header has, for the program that prints it.
#[derive(Default)]
struct Generated {
    text: String,
    /// Every enumerator and macro of the family of macros, with the macro that says it is
    /// there when a condition decides it (`None`: always there).
    printed: Vec<(String, Option<String>, bool)>,
}

/// Names of values a later expression may use: small by construction, so that no generated
/// arithmetic overflows.
struct Scope {
    cpp: bool,
    small: Vec<String>,
    macros: Vec<String>,
    flags: Vec<String>,
    counter: usize,
}

/// The header's typedefs; the last is used only at a type's edge.
const TYPEDEFS: [(&str, &str); 8] = [
    ("t_u8", "unsigned char"),
    ("t_s8", "signed char"),
    ("t_u16", "unsigned short"),
    ("t_s16", "short"),
    ("t_s32", "int"),
    ("t_u32", "unsigned int"),
    ("t_s64", "long long"),
    ("t_u64", "unsigned long long"),
];

impl Scope {
    fn fresh(&mut self, prefix: &str) -> String {
        self.counter += 1;
        format!("{prefix}{}", self.counter)
    }

    /// A small literal in any of C's spellings and suffixes.
    fn literal(rng: &mut Rng) -> String {
        let value = rng.below(200);
        // No 64-bit unsigned suffix: an enum's values stay within one type of every compiler.
        let suffix = rng.pick(&["", "", "", "u", "U", "l", "L", "LL", "ll"]);
        match rng.below(4) {
            0 => format!("0x{value:x}{suffix}"),
            1 if value > 0 => format!("0{value:o}{suffix}"),
            _ => format!("{value}{suffix}"),
        }
    }

    /// An operand: a literal, a character, an earlier value, a macro, `sizeof`.
    fn atom(&mut self, rng: &mut Rng) -> String {
        match rng.below(9) {
            0..=2 => Self::literal(rng),
            3 if !self.small.is_empty() => self.small[rng.below(self.small.len())].clone(),
            4 if !self.macros.is_empty() => self.macros[rng.below(self.macros.len())].clone(),
            5 => format!(
                "'{}'",
                char::from(b'A' + u8::try_from(rng.below(26)).unwrap_or(0))
            ),
            // `size_t` is 64 bits: negated, it would leave every type of a C enum.
            6 => format!(
                "(int)sizeof({})",
                rng.pick(&[
                    "char",
                    "short",
                    "int",
                    "long",
                    "long long",
                    "t_u16",
                    "void *"
                ])
            ),
            7 if self.cpp => rng.pick(&["true", "false"]).to_owned(),
            7 => rng.pick(&["true", "false"]).to_owned(),
            _ => format!("GEN_ADD({}, {})", Self::literal(rng), Self::literal(rng)),
        }
    }

    /// An expression whose value stays far from any type's limits.
    fn expression(&mut self, rng: &mut Rng, depth: usize) -> String {
        if depth == 0 || rng.chance(30) {
            return self.atom(rng);
        }
        let a = self.expression(rng, depth - 1);
        let b = self.expression(rng, depth - 1);
        match rng.below(17) {
            0 => format!("({a} + {b})"),
            1 => format!("({a} - {b})"),
            2 => format!("({} * {})", Self::literal(rng), Self::literal(rng)),
            3 => format!("({} << {})", Self::literal(rng), rng.below(8)),
            4 => format!("({a} >> {})", rng.below(4)),
            5 => format!("({a} | {b})"),
            6 => format!("({a} & {b})"),
            7 => format!("({a} ^ {b})"),
            8 => format!("(~{a})"),
            9 => format!("(-{a})"),
            10 => format!("(!{a})"),
            11 => format!(
                "({a} {} {b})",
                rng.pick(&["<", ">", "<=", ">=", "==", "!="])
            ),
            12 => format!("({a} {} {b})", rng.pick(&["&&", "||"])),
            13 => format!("({a} ? {b} : {})", self.atom(rng)),
            14 => {
                let (name, _) = TYPEDEFS[rng.below(TYPEDEFS.len() - 1)];
                format!("(({name})({a}))")
            }
            15 => format!("({a} / {})", 1 + rng.below(9)),
            _ => format!("GEN_MUL({}, {})", Self::literal(rng), 1 + rng.below(9)),
        }
    }

    /// A value at a type's edge, which must not be used further.
    fn edge(&mut self, rng: &mut Rng) -> String {
        let mut forms = vec![
            "0x8f << 24",
            "1 << 31",
            "1u << 31",
            "(int)(0xFFFFFFFFu + 2u)",
            "(int)(-1u >> 28)",
            "(unsigned char)300",
            "(signed char)200",
            "(t_s8)0x1ff",
            "(short)70000",
            "~0u",
            "0x7fffffff",
            "-2147483647 - 1",
            "(t_u32)-1",
            "'AB'",
            "(t_u16)(GEN_SHIFT(1, 15) + 1)",
            "sizeof(long) * 2",
            "sizeof(t_s64) + sizeof(void *)",
        ];
        if self.cpp {
            forms.extend(["static_cast<t_u8>(513)", "int(3000000000u)", "t_u16(70000)"]);
        }
        rng.pick(&forms).to_owned()
    }
}

/// A condition over the flags (some defined, some not).
fn condition(rng: &mut Rng, scope: &Scope) -> String {
    let flag = |rng: &mut Rng| scope.flags[rng.below(scope.flags.len())].clone();
    match rng.below(5) {
        0 => format!("#ifdef {}", flag(rng)),
        1 => format!("#ifndef {}", flag(rng)),
        2 => format!("#if defined({}) && !defined({})", flag(rng), flag(rng)),
        3 => format!("#if {} + {} > 1", flag(rng), flag(rng)),
        _ => format!("#if {} || (2 * {} == 4)", flag(rng), flag(rng)),
    }
}

fn header(rng: &mut Rng, cpp: bool) -> Generated {
    let mut out = Generated::default();
    let mut scope = Scope {
        cpp,
        small: Vec::new(),
        macros: Vec::new(),
        flags: Vec::new(),
        counter: 0,
    };
    let text = &mut out.text;
    text.push_str("/* Generated for the comparison with the C compiler. */\n");
    if cpp {
        text.push_str("#include <cstdint>\n");
    } else {
        text.push_str("#include <stdint.h>\n#include <stdbool.h>\n");
    }
    for (name, ty) in TYPEDEFS {
        let _ = writeln!(text, "typedef {ty} {name};");
    }
    text.push_str("#define GEN_ADD(a, b) ((a) + (b))\n");
    text.push_str("#define GEN_MUL(a, b) ((a) * (b))\n");
    text.push_str("#define GEN_SHIFT(x, n) ((x) << (n))\n");
    for index in 0..4 {
        let flag = format!("GEN_FLAG{index}");
        if rng.chance(50) {
            let _ = writeln!(text, "#define {flag} {}", rng.below(3));
        }
        scope.flags.push(flag);
    }
    // Object-like macros, one of them redefined after an `#undef`.
    for _ in 0..3 {
        let name = scope.fresh("GEN_M");
        let value = scope.expression(rng, 2);
        let _ = writeln!(text, "#define {name} ({value})");
        scope.macros.push(name);
    }
    if let Some(first) = scope.macros.first().cloned() {
        let _ = writeln!(
            text,
            "#undef {first}\n#define {first} {}",
            Scope::literal(rng)
        );
    }
    for number in 0..3 {
        enum_of(&mut out, &mut scope, rng, number, cpp);
    }
    // A family of macros, some under conditions, one `#undef`'d.
    for index in 0..6 {
        let name = format!("GEN_DL_{index}");
        let conditional = rng.chance(30);
        if conditional {
            let _ = writeln!(out.text, "{}", condition(rng, &scope));
        }
        let value = if rng.chance(20) {
            format!("GEN_SHIFT({}, {})", 1 + rng.below(5), rng.below(20))
        } else {
            scope.expression(rng, 2)
        };
        let _ = writeln!(out.text, "/** Macro {index}. */\n#define {name} ({value})");
        if conditional {
            out.text.push_str("#endif\n");
        }
        out.printed
            .push((name, Some(format!("GEN_DL_{index}")), true));
    }
    out.text.push_str("#undef GEN_DL_5\n");
    if cpp {
        let _ = writeln!(
            out.text,
            "constexpr int kGenConstant = {};\nenum GenLast {{ GEN_LAST_A = kGenConstant + 1, GEN_LAST_B = Gen0{}::{}E0 }};",
            scope.expression(rng, 2),
            out.printed.first().map_or("GEN", |(name, _, _)| &name[..name.find('_').unwrap_or(0)]),
            out.printed.first().map_or("GEN_", |(name, _, _)| &name[..=name.find('_').unwrap_or(0)]),
        );
        out.printed.push(("GEN_LAST_A".to_owned(), None, false));
        out.printed.push(("GEN_LAST_B".to_owned(), None, false));
    }
    out
}

/// The enum `number` of a header, written to `out`.
fn enum_of(out: &mut Generated, scope: &mut Scope, rng: &mut Rng, number: usize, cpp: bool) {
    let anonymous = number == 2 && !cpp;
    let prefix = format!("GEN{}_", rng.below(900) + 100 + number * 1000);
    let fixed = cpp && rng.chance(40);
    let fixed_type = rng.pick(&[
        "int",
        "long long",
        "t_s32",
        "t_s64",
        "std::int32_t",
        "t_u16",
    ]);
    let head = match (anonymous, fixed) {
        (true, _) => "enum {".to_owned(),
        (false, true) => format!(
            "enum Gen{number}{} : {fixed_type} {{",
            prefix.trim_end_matches('_'),
        ),
        (false, false) => format!("enum Gen{number}{} {{", prefix.trim_end_matches('_')),
    };
    let _ = writeln!(out.text, "/** Generated enum {number}. */\n{head}");
    // An implicit value follows only a value made of small literals: one more than
    // `INT_MAX` is an error of every C compiler.
    let mut previous_small = false;
    for index in 0..8 {
        let name = format!("{prefix}E{index}");
        // The first two are always there (an anonymous enum is named by what they share).
        let conditional = index >= 2 && rng.chance(35);
        let guard = conditional.then(|| format!("GEN_HAS_{name}"));
        if let Some(guard) = &guard {
            let _ = writeln!(out.text, "{}", condition(rng, scope));
            let _ = writeln!(out.text, "#define {guard} 1");
        }
        let edge = rng.chance(15) && !fixed;
        let value = if edge {
            Some(scope.edge(rng))
        } else if !previous_small || index == 0 || rng.chance(70) {
            Some(scope.expression(rng, 3))
        } else {
            None
        };
        // Only values made of literals are used again, so that no sum grows without end.
        let pure = value
            .as_ref()
            .is_some_and(|value| !scope.small.iter().any(|name| value.contains(name.as_str())));
        let value_was_literal_based = value.is_some() && !conditional;
        let value = match value {
            Some(value) if fixed => Some(format!("static_cast<{fixed_type}>({value})")),
            other => other,
        };
        match &value {
            Some(value) => {
                let _ = writeln!(out.text, "    {name} = {value},");
            }
            None => {
                let _ = writeln!(out.text, "    {name},");
            }
        }
        if guard.is_some() {
            if rng.chance(50) {
                let other = format!("{prefix}X{index}");
                let literal = Scope::literal(rng);
                let literal = if fixed {
                    format!("static_cast<{fixed_type}>({literal})")
                } else {
                    literal
                };
                let _ = writeln!(
                    out.text,
                    "#else\n#define GEN_HAS_{other} 1\n    {other} = {literal},"
                );
                out.printed
                    .push((other, Some(format!("GEN_HAS_{prefix}X{index}")), false));
            }
            out.text.push_str("#endif\n");
        }
        previous_small = !edge && pure && value_was_literal_based;
        out.printed.push((name.clone(), guard.clone(), false));
        if !edge && guard.is_none() && pure {
            scope.small.push(name);
        }
    }
    out.text.push_str("};\n");
}

/// The program that prints every value the header has, as `NAME VALUE` lines.
fn program(generated: &Generated, header: &str) -> String {
    let mut text = String::new();
    let _ = writeln!(
        text,
        "#include <stdio.h>\n#include \"{header}\"\nint main(void) {{"
    );
    for (name, guard, _) in &generated.printed {
        if let Some(guard) = guard {
            let _ = writeln!(text, "#ifdef {guard}");
        }
        let _ = writeln!(
            text,
            "    if (({name}) < 0) printf(\"{name} -%llu\\n\", 0ull - (unsigned long long)({name}));\n    else printf(\"{name} %llu\\n\", (unsigned long long)({name}));"
        );
        if guard.is_some() {
            text.push_str("#endif\n");
        }
    }
    text.push_str("    return 0;\n}\n");
    text
}

/// What the compiler made of a header.
enum Compiled {
    /// It printed these values.
    Values(BTreeMap<String, i128>),
    /// It rejected the header with errors at these lines of it (a value no type holds, one
    /// more than the largest of a type): the importer must say a problem at each.
    Rejected(Vec<u32>, String),
}

/// What the compiler prints for the program: `NAME → value`.
fn compiled(dir: &Path, generated: &Generated, cpp: bool) -> Result<Compiled, String> {
    let (compiler, source, standard) = if cpp {
        ("g++", "main.cpp", "-std=c++17")
    } else {
        ("gcc", "main.c", "-std=c17")
    };
    let header = if cpp { "gen.hpp" } else { "gen.h" };
    std::fs::write(dir.join(header), &generated.text).map_err(|e| e.to_string())?;
    std::fs::write(dir.join(source), program(generated, header)).map_err(|e| e.to_string())?;
    let exe = dir.join("printed");
    let output = Command::new(compiler)
        .args([standard, "-w", "-o"])
        .arg(&exe)
        .arg(dir.join(source))
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        let errors = String::from_utf8_lossy(&output.stderr).into_owned();
        let lines: Vec<u32> = errors
            .lines()
            .filter(|line| line.contains(": error: "))
            .filter_map(|line| {
                let rest = line.split_once(&format!("{header}:"))?.1;
                rest.split(':').next()?.parse().ok()
            })
            .collect();
        if lines.is_empty() {
            return Err(format!(
                "{compiler} rejects the generated program:\n{errors}\n{}",
                generated.text
            ));
        }
        return Ok(Compiled::Rejected(lines, errors));
    }
    let run = Command::new(&exe).output().map_err(|e| e.to_string())?;
    let mut values = BTreeMap::new();
    for line in String::from_utf8_lossy(&run.stdout).lines() {
        let (name, value) = line.split_once(' ').ok_or(line.to_owned())?;
        values.insert(
            name.to_owned(),
            value.parse::<i128>().map_err(|e| e.to_string())?,
        );
    }
    Ok(Compiled::Values(values))
}

/// What the importer finds in the header: `NAME → value`.
fn imported(dir: &Path, cpp: bool) -> (BTreeMap<String, i128>, Import) {
    let header = dir.join(if cpp { "gen.hpp" } else { "gen.h" });
    let imported = Builder::new()
        .header(&header)
        .options(Options {
            macros: vec!["GenDefines=GEN_DL_".parse().expect("a family of macros")],
            ..Options::default()
        })
        .import();
    let mut values = BTreeMap::new();
    for family in &imported.families {
        for code in &family.codes {
            values.insert(code.sdk_name.clone(), code.value);
            for alias in &code.aliases {
                values.insert(alias.sdk_name.clone(), code.value);
            }
        }
    }
    (values, imported)
}

fn compilers_found() -> bool {
    ["gcc", "g++"].iter().all(|compiler| {
        Command::new(compiler)
            .arg("--version")
            .output()
            .is_ok_and(|output| output.status.success())
    })
}

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rtc-codes-import-cc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

#[test]
fn values_are_the_c_compilers() {
    if !compilers_found() {
        assert!(
            std::env::var_os("RTC_CODES_REQUIRE_CC").is_none(),
            "RTC_CODES_REQUIRE_CC is set, but gcc and g++ are not on the PATH"
        );
        eprintln!("gcc and g++ are not on the PATH: the comparison with the compiler is skipped");
        return;
    }
    let cases: usize = std::env::var("RTC_CODES_CC_CASES")
        .ok()
        .and_then(|cases| cases.parse().ok())
        .unwrap_or(40);
    let seed: u64 = std::env::var("RTC_CODES_CC_SEED")
        .ok()
        .and_then(|seed| seed.parse().ok())
        .unwrap_or(0x5eed_2026_1208);
    let dir = scratch();
    let mut compared = 0usize;
    let mut rejected = 0usize;
    let mut failures = Vec::new();
    for case in 0..cases {
        let mut rng = Rng((seed.wrapping_add(case as u64)).wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let cpp = case % 2 == 1;
        let generated = header(&mut rng, cpp);
        let (found, import) = match compiled(&dir, &generated, cpp) {
            Ok(Compiled::Values(values)) => {
                let (found, import) = imported(&dir, cpp);
                (Some((values, found)), import)
            }
            Ok(Compiled::Rejected(lines, errors)) => {
                rejected += 1;
                let (_, import) = imported(&dir, cpp);
                for line in lines {
                    if !import.problems().any(|problem| problem.line == Some(line)) {
                        failures.push(format!(
                            "case {case}: the compiler rejects line {line}, the importer says nothing of it:\n{errors}\n{}",
                            generated.text
                        ));
                    }
                }
                (None, import)
            }
            Err(message) => {
                failures.push(format!("case {case}: {message}"));
                continue;
            }
        };
        let Some((expected, found)) = found else {
            continue;
        };
        compared += expected.len();
        if found != expected {
            let mut report = format!("case {case} ({}):\n", if cpp { "C++" } else { "C" });
            for (name, value) in &expected {
                match found.get(name) {
                    Some(got) if got == value => {}
                    Some(got) => {
                        let _ = writeln!(report, "  {name}: compiler {value}, importer {got}");
                    }
                    None => {
                        let _ = writeln!(report, "  {name}: compiler {value}, importer none");
                    }
                }
            }
            for (name, got) in &found {
                if !expected.contains_key(name) {
                    let _ = writeln!(report, "  {name}: compiler none, importer {got}");
                }
            }
            for problem in import.problems() {
                let _ = writeln!(report, "  problem: {problem}");
            }
            let _ = writeln!(report, "{}", generated.text);
            failures.push(report);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(compared >= cases * 20, "only {compared} values compared");
    assert!(
        rejected * 10 <= cases,
        "{rejected} of {cases} headers rejected by the compiler"
    );
    let noun = if rejected == 1 { "header" } else { "headers" };
    eprintln!(
        "{cases} headers, {compared} values: the importer's are the compiler's; \
         {rejected} {noun} the compiler rejects, at lines the importer reports"
    );
}
