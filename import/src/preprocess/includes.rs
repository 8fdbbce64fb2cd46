//! `#include` as the compiler follows it: `"name"` beside the including header, then in the
//! include folders given; `<name>` in the include folders given. The integer headers of the C
//! and C++ standard libraries that no folder given has (`<stdint.h>`, `<limits.h>`,
//! `<stdbool.h>`, `<stddef.h>`, `<inttypes.h>` and their `<c...>` forms) are the compiler's own:
//! their macros are written here for the target's data model, so that `INT32_MAX` or `UINT8_C(1)`
//! have their values. Other headers not found are a note (the standard library's and the
//! platforms' SDK headers excepted, which declare no codes).

use std::fmt;
use std::path::{Path, PathBuf};

use crate::ctypes::{IntType, Model};

/// What an `#include` names.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Include {
    pub name: String,
    /// `<name>` rather than `"name"`.
    pub angled: bool,
}

impl fmt::Display for Include {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.angled {
            write!(f, "`<{}>`", self.name)
        } else {
            write!(f, "`\"{}\"`", self.name)
        }
    }
}

/// Where an `#include` leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub include: Include,
    /// The index of the file it reads, if it was found (or is one of the compiler's own).
    pub found: Option<usize>,
}

/// The header an `#include` or `#import` directive's text names (`"x.h"`, `<x/y.h>`); `None`
/// for a computed include (`#include MACRO`), which is not followed.
pub fn parse(rest: &str) -> Option<Include> {
    let rest = rest.trim_start();
    let (close, angled) = match rest.chars().next()? {
        '"' => ('"', false),
        '<' => ('>', true),
        _ => return None,
    };
    let inner = &rest[1..];
    let end = inner.find(close)?;
    let name = inner[..end].trim();
    (!name.is_empty()).then(|| Include {
        name: name.to_owned(),
        angled,
    })
}

/// The `#include` and `#import` lines of `text`: `(line, include)`.
pub fn scan(text: &str) -> Vec<(u32, Include)> {
    let mut found = Vec::new();
    if !text.contains("include") && !text.contains("import") {
        return found;
    }
    for (index, line) in text.lines().enumerate() {
        let Some(directive) = line.trim_start().strip_prefix('#') else {
            continue;
        };
        let directive = directive.trim_start();
        let rest = directive
            .strip_prefix("include_next")
            .or_else(|| directive.strip_prefix("include"))
            .or_else(|| directive.strip_prefix("import"));
        if let Some(include) = rest.and_then(parse) {
            found.push((u32::try_from(index + 1).unwrap_or(u32::MAX), include));
        }
    }
    found
}

/// The file `include`, written in the header at `from` (a path, if it is a file), resolves to:
/// the first that exists of the candidates.
pub fn candidates(include: &Include, from: Option<&Path>, folders: &[PathBuf]) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    if !include.angled {
        if let Some(dir) = from.and_then(Path::parent) {
            paths.push(dir.join(&include.name));
        }
    }
    for folder in folders {
        paths.push(folder.join(&include.name));
    }
    paths
}

/// The compiler's own headers this importer writes: the name, and whether it is one.
const BUILTIN: [&str; 10] = [
    "stdint.h",
    "inttypes.h",
    "limits.h",
    "stdbool.h",
    "stddef.h",
    "cstdint",
    "cinttypes",
    "climits",
    "cstdbool",
    "cstddef",
];

/// The text of the compiler's own header `include` under `model`, if it is one of those this
/// importer writes.
// One list of the definitions of each header, as the headers themselves are written.
#[allow(clippy::too_many_lines)]
pub fn builtin(include: &Include, model: Model) -> Option<String> {
    if !include.angled || !BUILTIN.contains(&include.name.as_str()) {
        return None;
    }
    let mut text = String::from("/* the compiler's own header, as rtc-codes-import reads it */\n");
    let mut define = |name: &str, value: String| {
        text.push_str("#define ");
        text.push_str(name);
        text.push(' ');
        text.push_str(&value);
        text.push('\n');
    };
    let suffix = |ty: IntType| match ty {
        IntType::UInt => "U",
        IntType::Long => "L",
        IntType::ULong => "UL",
        IntType::LongLong => "LL",
        IntType::ULongLong => "ULL",
        _ => "",
    };
    let limits = |define: &mut dyn FnMut(&str, String), prefix: &str, ty: IntType| {
        let (min, max) = model.range(ty);
        if model.is_signed(ty) {
            define(
                &format!("{prefix}_MIN"),
                format!("(-{}{} - 1)", max, suffix(ty)),
            );
        } else if prefix == "CHAR" {
            define(&format!("{prefix}_MIN"), min.to_string());
        }
        define(&format!("{prefix}_MAX"), format!("{max}{}", suffix(ty)));
    };
    let name = include.name.trim_start_matches('c');
    match include.name.as_str() {
        "limits.h" | "climits" => {
            define("CHAR_BIT", "8".to_owned());
            limits(&mut define, "SCHAR", IntType::SChar);
            define("UCHAR_MAX", "255".to_owned());
            limits(&mut define, "CHAR", IntType::Char);
            limits(&mut define, "SHRT", IntType::Short);
            define("USHRT_MAX", "65535".to_owned());
            limits(&mut define, "INT", IntType::Int);
            define("UINT_MAX", format!("{}U", u32::MAX));
            limits(&mut define, "LONG", IntType::Long);
            define("ULONG_MAX", format!("{}UL", model.range(IntType::ULong).1));
            limits(&mut define, "LLONG", IntType::LongLong);
            define("ULLONG_MAX", format!("{}ULL", u64::MAX));
        }
        "stdbool.h" | "cstdbool" => {
            define("__bool_true_false_are_defined", "1".to_owned());
            define("bool", "_Bool".to_owned());
            define("true", "1".to_owned());
            define("false", "0".to_owned());
        }
        "stddef.h" | "cstddef" => {
            define("NULL", "((void *)0)".to_owned());
        }
        _ if name == "stdint.h"
            || name == "inttypes.h"
            || name == "stdint"
            || name == "inttypes" =>
        {
            let exact = [
                ("INT8", IntType::SChar),
                ("INT16", IntType::Short),
                ("INT32", IntType::Int),
                (
                    "INT64",
                    if model.bits(IntType::Long) == 64 {
                        IntType::Long
                    } else {
                        IntType::LongLong
                    },
                ),
            ];
            for (prefix, ty) in exact {
                let unsigned = match ty {
                    IntType::SChar => IntType::UChar,
                    IntType::Short => IntType::UShort,
                    IntType::Int => IntType::UInt,
                    IntType::Long => IntType::ULong,
                    _ => IntType::ULongLong,
                };
                for kind in ["", "_LEAST"] {
                    limits(&mut define, &format!("INT{kind}{}", &prefix[3..]), ty);
                    define(
                        &format!("UINT{kind}{}_MAX", &prefix[3..]),
                        format!("{}{}", model.range(unsigned).1, suffix(unsigned)),
                    );
                }
                define(&format!("{prefix}_C(c)"), format!("c{}", suffix(ty)));
                define(
                    &format!("U{prefix}_C(c)"),
                    format!(
                        "c{}",
                        if suffix(unsigned).is_empty() {
                            "U"
                        } else {
                            suffix(unsigned)
                        }
                    ),
                );
            }
            let intmax = if model.bits(IntType::Long) == 64 {
                IntType::Long
            } else {
                IntType::LongLong
            };
            limits(&mut define, "INTMAX", intmax);
            define(
                "UINTMAX_MAX",
                format!(
                    "{}{}",
                    u64::MAX,
                    if intmax == IntType::Long { "UL" } else { "ULL" }
                ),
            );
            define("INTMAX_C(c)", format!("c{}", suffix(intmax)));
            define(
                "UINTMAX_C(c)",
                format!("c{}", if intmax == IntType::Long { "UL" } else { "ULL" }),
            );
            let pointer = model.pointer_sized(true);
            limits(&mut define, "INTPTR", pointer);
            limits(&mut define, "PTRDIFF", pointer);
            let size = model.size_t();
            define(
                "UINTPTR_MAX",
                format!("{}{}", model.range(size).1, suffix(size)),
            );
            define(
                "SIZE_MAX",
                format!("{}{}", model.range(size).1, suffix(size)),
            );
        }
        _ => return None,
    }
    Some(text)
}

/// Whether a header not found deserves a note: not one of the standard libraries' headers or
/// the platforms' SDK headers, which declare no codes of an SDK.
pub fn worth_a_note(include: &Include) -> bool {
    if !include.angled {
        return true;
    }
    let name = include.name.as_str();
    // C++'s standard headers have no extension; C's are few and known.
    let c_library = [
        "assert.h",
        "complex.h",
        "ctype.h",
        "errno.h",
        "fenv.h",
        "float.h",
        "iso646.h",
        "locale.h",
        "math.h",
        "setjmp.h",
        "signal.h",
        "stdalign.h",
        "stdarg.h",
        "stdatomic.h",
        "stdio.h",
        "stdlib.h",
        "stdnoreturn.h",
        "string.h",
        "tgmath.h",
        "threads.h",
        "time.h",
        "uchar.h",
        "wchar.h",
        "wctype.h",
        "unistd.h",
        "pthread.h",
        "memory.h",
        "strings.h",
        "windows.h",
        "winerror.h",
        "windef.h",
        "winnt.h",
        "basetsd.h",
        "objbase.h",
        "TargetConditionals.h",
        "Availability.h",
        "AvailabilityMacros.h",
        "jni.h",
    ];
    let platform = [
        "Foundation/",
        "CoreFoundation/",
        "UIKit/",
        "AppKit/",
        "objc/",
        "CoreMedia/",
        "CoreVideo/",
        "AVFoundation/",
        "CoreGraphics/",
        "Metal/",
        "QuartzCore/",
        "sys/",
        "android/",
        "mach/",
        "os/",
        "dispatch/",
    ];
    !(!name.contains('.')
        || c_library.contains(&name)
        || platform.iter().any(|p| name.starts_with(p)))
}

#[cfg(test)]
mod tests {
    use super::{builtin, parse, scan, worth_a_note, Include};
    use crate::ctypes::Model;

    #[test]
    fn directives_and_the_compilers_headers() {
        assert_eq!(
            parse(" \"sdk/codes.h\" // codes"),
            Some(Include {
                name: "sdk/codes.h".to_owned(),
                angled: false
            })
        );
        assert_eq!(parse(" <stdint.h>").map(|i| i.angled), Some(true));
        assert_eq!(parse(" HEADER_MACRO"), None);
        let found = scan("#include <a.h>\n  # import \"b.h\"\n// #include \"c.h\"\n");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].0, 2);
        let model = Model::of(&"x86_64-unknown-linux-gnu".parse().unwrap());
        let stdint = builtin(&parse("<stdint.h>").unwrap(), model).unwrap();
        assert!(
            stdint.contains("#define INT32_MAX 2147483647\n"),
            "{stdint}"
        );
        assert!(
            stdint.contains("#define UINT64_MAX 18446744073709551615UL\n"),
            "{stdint}"
        );
        assert!(builtin(&parse("\"stdint.h\"").unwrap(), model).is_none());
        assert!(!worth_a_note(&parse("<string>").unwrap()));
        assert!(!worth_a_note(&parse("<Foundation/Foundation.h>").unwrap()));
        assert!(worth_a_note(&parse("\"ByteRTCDefines.h\"").unwrap()));
    }
}
