//! A generator of valid `rtc_codes!` inputs: random families of every supported type, values at
//! the type's bounds, every option, and names and descriptions with any Unicode, quotes,
//! backslashes, `*/` and `#`. Deterministic for a seed, with no dependency, so that the fuzz
//! target, the property test and the compiled sample all use it.

use std::collections::BTreeSet;
use std::fmt::Write as _;

/// `SplitMix64`: small, fast, and good enough to explore inputs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound` (`bound` > 0).
    pub fn below(&mut self, bound: u64) -> u64 {
        self.next_u64() % bound.max(1)
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let index = usize::try_from(self.below(items.len() as u64)).unwrap_or(0);
        &items[index]
    }
}

/// The integer types and their bounds.
pub const TYPES: [(&str, i128, i128); 8] = [
    ("i8", i8::MIN as i128, i8::MAX as i128),
    ("i16", i16::MIN as i128, i16::MAX as i128),
    ("i32", i32::MIN as i128, i32::MAX as i128),
    ("i64", i64::MIN as i128, i64::MAX as i128),
    ("u8", 0, u8::MAX as i128),
    ("u16", 0, u16::MAX as i128),
    ("u32", 0, u32::MAX as i128),
    ("u64", 0, u64::MAX as i128),
];

/// One generated code, as the generated crate should see it.
#[derive(Clone, Debug)]
pub struct GenCode {
    pub name: String,
    pub value: i128,
    pub sdk_name: String,
    pub aliases: Vec<String>,
    pub description: String,
    pub success: bool,
}

/// One generated family.
#[derive(Clone, Debug)]
pub struct GenFamily {
    pub name: String,
    pub repr: &'static str,
    pub open: bool,
    pub codes: Vec<GenCode>,
    /// The family as `rtc_codes!` input.
    pub source: String,
}

/// Text with a mix of CJK, emoji, quotes, backslashes, comment markers, `#`, control characters
/// and markdown.
fn text(rng: &mut Rng) -> String {
    const PIECES: [&str; 24] = [
        "错误",
        "Token 无效。",
        " ",
        "\"",
        "\\",
        "*/",
        "/*",
        "#",
        "r#\"",
        "\"#",
        "\n",
        "\t",
        "🎧",
        "[0,400]",
        "<br>",
        "|",
        "`code`",
        "_x_",
        "'",
        "{}",
        "\u{0}",
        "\u{202e}",
        "e\u{301}",
        "ok",
    ];
    let mut out = String::new();
    for _ in 0..=rng.below(6) {
        let piece: &&str = rng.pick(&PIECES);
        out.push_str(piece);
    }
    if out.trim().is_empty() {
        out.push_str("说明");
    }
    out
}

/// Characters that source text cannot hold as they are (rustc rejects bidirectional controls in
/// literals and comments), only escaped.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// A Rust string literal of `text`: plain or raw.
fn literal(rng: &mut Rng, text: &str) -> String {
    if rng.chance(30) && !text.contains("\"###") && !text.chars().any(needs_escape) {
        format!("r###\"{text}\"###")
    } else {
        format!("{text:?}")
    }
}

/// `value` written as decimal, hex, octal or binary, with separators sometimes.
fn int_literal(rng: &mut Rng, value: i128) -> String {
    let magnitude = value.unsigned_abs();
    let digits = match rng.below(4) {
        0 => format!("0x{magnitude:x}"),
        1 => format!("0o{magnitude:o}"),
        2 => format!("0b{magnitude:b}"),
        _ if rng.chance(30) && magnitude >= 1000 => {
            let plain = magnitude.to_string();
            let (head, tail) = plain.split_at(plain.len() - 3);
            format!("{head}_{tail}")
        }
        _ => magnitude.to_string(),
    };
    if value < 0 {
        format!("-{digits}")
    } else {
        digits
    }
}

fn value(rng: &mut Rng, min: i128, max: i128) -> i128 {
    match rng.below(6) {
        0 => min,
        1 => max,
        2 => min + i128::from(rng.below(3)),
        3 => max - i128::from(rng.below(3)),
        _ => {
            let span = u128::try_from(max - min).unwrap_or(u128::MAX);
            let offset = u128::from(rng.next_u64()) % span.saturating_add(1).max(1);
            min + i128::try_from(offset).unwrap_or(0)
        }
    }
}

/// `ErrorTimeout` -> `ERROR_TIMEOUT`, as the macro spells `sdk_case = "SCREAMING_SNAKE_CASE"`.
fn screaming_snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1);
        if c.is_uppercase() && !out.is_empty() && !out.ends_with('_') {
            let after_lower = prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit());
            let ends_acronym =
                prev.is_some_and(char::is_uppercase) && next.is_some_and(|n| n.is_lowercase());
            if after_lower || ends_acronym {
                out.push('_');
            }
        }
        out.extend(c.to_uppercase());
    }
    out
}

/// A random valid family named `name`.
#[allow(clippy::too_many_lines)]
pub fn family(rng: &mut Rng, name: &str) -> GenFamily {
    let &(repr, min, max) = rng.pick(&TYPES);
    let open = rng.chance(50);
    let prefix = if rng.chance(60) {
        Some(format!("k{name}"))
    } else {
        None
    };
    let screaming = rng.chance(25);
    let count = 1 + rng.below(12);
    let mut values = BTreeSet::new();
    let mut names = BTreeSet::new();
    let mut codes = Vec::new();
    let mut body = String::new();
    for index in 0..count {
        let code_name = format!(
            "{}{index}{}",
            rng.pick(&["Code", "Err", "Über", "Ok", "Failed", "Code_"]),
            rng.pick(&["", "X", "Ab", "404", "Zz"])
        );
        let value = value(rng, min, max);
        if !values.insert(value) {
            continue;
        }
        let case = |n: &str| {
            if screaming {
                screaming_snake(n)
            } else {
                n.to_owned()
            }
        };
        let explicit_sdk = rng.chance(20).then(|| format!("SDK_{name}_{index}"));
        let sdk_name = explicit_sdk.clone().unwrap_or_else(|| {
            format!("{}{}", prefix.clone().unwrap_or_default(), case(&code_name))
        });
        let alias = rng.chance(20).then(|| format!("alias_{name}_{index}"));
        let mut lookup = vec![code_name.clone(), sdk_name.clone()];
        lookup.extend(alias.clone());
        if lookup.iter().any(|n| names.contains(n)) {
            values.remove(&value);
            continue;
        }
        names.extend(lookup);
        let description = text(rng);
        let success = rng.chance(20);
        let mut options = Vec::new();
        if let Some(sdk) = &explicit_sdk {
            options.push(format!("sdk_name = {sdk:?}"));
        }
        if let Some(alias) = &alias {
            options.push(format!("alias = {alias:?}"));
        }
        if success {
            options.push("success".to_owned());
        }
        if !options.is_empty() || rng.chance(5) {
            let _ = writeln!(body, "        #[codes({})]", options.join(", "));
        }
        if rng.chance(15) {
            // With the space that `///` leaves: a doc starting with `<` is a `///<` comment,
            // which documents the code before it.
            let _ = writeln!(body, "        #[doc = {:?}]", format!(" {}", text(rng)));
        }
        let _ = writeln!(
            body,
            "        {code_name} = {} => {},",
            int_literal(rng, value),
            literal(rng, &description)
        );
        codes.push(GenCode {
            name: code_name,
            value,
            sdk_name,
            aliases: alias.into_iter().collect(),
            description,
            success,
        });
    }
    let mut options = Vec::new();
    if let Some(prefix) = &prefix {
        options.push(format!("sdk_prefix = {prefix:?}"));
    }
    if screaming {
        options.push("sdk_case = \"SCREAMING_SNAKE_CASE\"".to_owned());
    }
    if open {
        options.push("other = Unlisted".to_owned());
    }
    let mut source = String::new();
    let family_doc = format!(" Generated family {name}: {}", text(rng));
    let _ = writeln!(source, "    #[doc = {family_doc:?}]");
    if !options.is_empty() {
        let _ = writeln!(source, "    #[codes({})]", options.join(", "));
    }
    let ty = if repr == "i32" && rng.chance(50) {
        String::new()
    } else {
        format!(": {repr}")
    };
    let _ = writeln!(source, "    pub enum {name}{ty} {{\n{body}    }}");
    GenFamily {
        name: name.to_owned(),
        repr,
        open,
        codes,
        source,
    }
}

/// A random valid invocation of one to four families.
pub fn invocation(rng: &mut Rng) -> Vec<GenFamily> {
    (0..=rng.below(4))
        .map(|index| family(rng, &format!("Family{index}")))
        .collect()
}
