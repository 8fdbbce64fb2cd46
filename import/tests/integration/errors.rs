//! Every way a value or a directive can fail, each with the message it gives: what an
//! expression is not (C11 6.6), what a directive is not (C11 6.10), and what a target or a
//! language option is not.

use rtc_codes_import::{Language, Options, Target};

use crate::common::import;

/// The messages (problems, then notes) of one C header `text`.
fn said(text: &str) -> Vec<String> {
    let imported = import(&[("e.h", text)], &Options::default());
    imported
        .problems()
        .chain(imported.notes())
        .map(ToString::to_string)
        .collect()
}

/// What the first enumerator of `enum E { kEA = VALUE, kEB = 1 };` is not.
#[test]
fn values_that_are_no_integer_constant_say_why() {
    let cases = [
        ("1 +", "the value ends where an operand was expected"),
        ("1 2", "unexpected `2` in the value"),
        ("1 ? 2", "expected `:` at the end of the value"),
        ("E::", "`E::` is not followed by a name"),
        ("static_cast<int(1)", "`static_cast` without its closing `>`"),
        ("(Handle)1", "it is cast to `Handle`, which is no integer type, so it is no integer constant"),
        ("2147483647 + 1", "`2147483647 + 1` overflows its signed type, which C leaves undefined"),
        ("alignof(int)", "`alignof` depends on the layout of types, which the importer does not compute"),
        ("sizeof(struct S)", "the size of `struct S` is not known here"),
        ("'\\q'", "`'\\q'` is not a character constant"),
        ("99999999999999999999", "`99999999999999999999` is not an integer constant of any integer type"),
        (
            "UNKNOWN",
            "`UNKNOWN` is not an enumerator or `#define` of the headers given: pass the header that declares it, or define its value (`UNKNOWN=VALUE`)",
        ),
        (
            "FOO(1)",
            "`FOO` is a macro that the headers given do not define: pass the header that defines it, or define it (`FOO(PARAMS)=VALUE`)",
        ),
        (&format!("{}1{}", "(".repeat(200), ")".repeat(200)), "the value nests too deeply"),
    ];
    for (value, why) in cases {
        let text = format!("typedef struct H *Handle;\nenum E {{ kEA = {value}, kEB = 1 }};\n");
        assert_eq!(
            said(&text),
            [format!("e.h:2: enumerator `kEA` is not imported: {why}")],
            "{value}"
        );
    }
}

#[test]
fn enumerators_without_a_value_say_why() {
    assert_eq!(
        said("enum E { kEA = , kEB = 1 };"),
        ["e.h:1: enumerator `kEA` has `=` but no value"]
    );
    assert_eq!(
        said("enum E { kEA = 2147483647, kEB };"),
        ["e.h:1: enumerator `kEB` is not imported: its value, one more than the one before it, overflows `int` (an error of every C compiler)"]
    );
    let after = said("enum E { kEA = UNKNOWN, kEB };");
    assert_eq!(after.len(), 3, "{after:?}");
    assert_eq!(
        after[1],
        "e.h:1: enumerator `kEB` is not imported: the value of the one before it is not known"
    );
    assert_eq!(
        after[2],
        "e.h:1: enum `E` is not imported: it has no enumerator that could be"
    );
    assert_eq!(
        said("enum E { kEA = LATER, kEB = 2 };\n#define LATER 3\n"),
        ["e.h:1: enumerator `kEA` is not imported: `LATER` is not defined where it is used (a `#define` of it comes later, and the compiler reads a macro where it is used): define it before, or pass the header that defines it first"]
    );
}

/// What a directive before `enum E { kEA = 1, kEB = 2 };` is not; the enum is imported all the
/// same.
#[test]
fn directives_that_cannot_be_read_say_why() {
    let cases = [
        ("#if 1 +\n#endif", "`#if 1 +` cannot be evaluated (the value ends where an operand was expected): it is read as false"),
        ("#ifdef\n#endif", "`#ifdef ` cannot be evaluated (`#ifdef` names no macro): it is read as false"),
        ("#if defined\n#endif", "`#if defined` cannot be evaluated (`defined` is not followed by a macro's name): it is read as false"),
        ("#if __has_include\n#endif", "`#if __has_include` cannot be evaluated (`__has_include` is not followed by `(`): it is read as false"),
        ("#error stop here", "the header stops the compiler here: `#error stop here` (the target or the definitions may not be the ones it is written for)"),
        ("#define", "`#define` is not a macro definition"),
        ("#define 1x", "`#define 1x` is not a macro definition"),
    ];
    for (directive, why) in cases {
        let imported = import(
            &[(
                "e.h",
                &format!("{directive}\nenum E {{ kEA = 1, kEB = 2 }};\n"),
            )],
            &Options::default(),
        );
        let messages: Vec<String> = imported
            .problems()
            .chain(imported.notes())
            .map(ToString::to_string)
            .collect();
        assert_eq!(messages, [format!("e.h:1: {why}")], "{directive}");
        assert_eq!(imported.families.len(), 1, "{directive}");
    }
}

/// Conditionals nested past the limit are said once, and their `#endif`s close them, not the
/// groups below.
#[test]
fn conditionals_nested_too_deeply_are_said_once() {
    let text = format!(
        "{}enum E {{ kEA = 1, kEB = 2 }};\n{}#if 0\nenum F {{ kFA = 1 }};\n#endif\n",
        "#if 1\n".repeat(600),
        "#endif\n".repeat(600)
    );
    let imported = import(&[("e.h", &text)], &Options::default());
    let messages: Vec<String> = imported
        .problems()
        .chain(imported.notes())
        .map(ToString::to_string)
        .collect();
    // The `#if 0` after the 600 `#endif`s is at the top level again: its enum is left out, and
    // said to be, as any other.
    assert_eq!(
        messages,
        [
            "e.h:513: conditionals nest too deeply: those nested deeper are read as if their conditions held",
            "e.h:1203: an enum (line 1203) is left out by `#if 0`",
        ]
    );
    let names: Vec<&str> = imported
        .families
        .iter()
        .map(|family| family.c_name.as_str())
        .collect();
    assert_eq!(names, ["E"]);
}

#[test]
fn options_that_name_no_language_or_target_say_why() {
    assert_eq!(
        "fortran"
            .parse::<Language>()
            .map_err(|error| error.to_string()),
        Err("`fortran` is not a language: write c, c++, objective-c or objective-c++".to_owned())
    );
    let error = "x86_64"
        .parse::<Target>()
        .map_err(|error| error.to_string());
    assert!(
        error.as_ref().is_err_and(|message| message.starts_with(
            "`x86_64` is not a target this importer knows (it has no operating system)"
        )),
        "{error:?}"
    );
    assert_eq!(
        said("enum E {\n  /** @locale x_y Text. */\n  kEA = 1,\n  kEB = 2\n};\n"),
        ["e.h:3: `x` is not a language tag (such as `en`, `zh-CN`): its text is kept in `zh`"]
    );
}
