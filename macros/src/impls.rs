//! The source text of a family's impls: the inherent methods and constants, and the trait impls.
//!
//! The text is lexed into tokens by `expand.rs` and placed in a `const _: () = { ... };` block
//! that imports the runtime crate's `__private` module as `__rt`, so every path here starts with
//! `__rt::` and no name of the caller's can interfere. Variants are named through the family
//! (`Family::Code`, resolved like a path to an item) and locals start with `__`.
//!
//! The shapes are chosen for compile time as much as for run time: accessors are `match`es that
//! return literals, as one would write by hand; `info()` matches to an index and indexes the
//! `CodeInfo` table once; the table is one `const fn` call of literals per code.

use super::check::{Code, Family};
use super::source::Source;

/// The impls of `family`, as Rust source text.
pub fn impls(family: &Family) -> String {
    let mut writer = Writer {
        family,
        name: family.ident.to_string(),
        out: Source::with_capacity(2048 + family.codes.len() * 640),
    };
    writer.inherent();
    writer.trait_impls();
    writer.out.into_string()
}

struct Writer<'a> {
    family: &'a Family,
    /// The family's name, as written in paths.
    name: String,
    out: Source,
}

/// Writes a code's value as it appears in patterns, expressions and discriminants: `-1000`.
fn value(out: &mut Source, value: i128) {
    out.token(value);
}

impl Writer<'_> {
    fn repr(&self) -> &'static str {
        self.family.repr.name()
    }

    /// `Family::Code`.
    fn variant(&mut self, code: &Code) -> &mut Source {
        self.out
            .token(&self.family.ident)
            .raw("::")
            .token(&code.ident)
    }

    /// `Family::Other`, for open families.
    fn catch_all(&mut self) -> Option<&mut Source> {
        let other = self.family.catch_all.as_ref()?;
        Some(self.out.token(&self.family.ident).raw("::").token(other))
    }

    fn inherent(&mut self) {
        self.out
            .raw("#[allow(deprecated, clippy::match_same_arms)]\nimpl ")
            .token(&self.family.ident)
            .raw(" {\n");
        self.constants();
        self.lookup_by_value();
        self.code();
        self.lookup_by_name();
        self.info();
        self.text_accessor(
            "name",
            &match &self.family.catch_all {
                Some(other) => {
                    format!(" The Rust name of this code; `\"{other}\"` for an undeclared value.")
                }
                None => " The Rust name of this code.".to_owned(),
            },
            &self
                .family
                .catch_all
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            |code| code.ident.to_string(),
        );
        self.text_accessor(
            "sdk_name",
            " The SDK's identifier of this code; empty for an undeclared value.",
            "",
            |code| code.sdk_name.clone(),
        );
        self.text_accessor(
            "description",
            " What this code means, as documented; empty for an undeclared value.",
            "",
            |code| code.description.clone(),
        );
        self.is_success();
        self.out.raw(
            "/// Whether this is a declared code rather than a value kept by the catch-all.
#[inline]
#[must_use]
pub const fn is_declared(self) -> __rt::bool {
    self.info().is_some()
}

/// What this code means in `language` (such as `\"en\"`), if the family describes
/// its codes in that language; `description()` is the default language.
#[inline]
#[must_use]
pub fn description_in(self, language: &__rt::str) -> __rt::Option<&'static __rt::str> {
    match self.info() {
        __rt::Some(__info) => __info.description_in(language),
        __rt::None => __rt::None,
    }
}
}
",
        );
    }

    /// `ALL`, `COUNT`, `FAMILY` and the table of `CodeInfo` behind them.
    fn constants(&mut self) {
        let family = self.family;
        let count = family.codes.len();
        let name = self.name.clone();
        let repr = self.repr();

        self.out
            .doc(&format!(
                " Every declared code of `{name}`, in declaration order."
            ))
            .raw("pub const ALL: &'static [Self] = &[");
        for code in &family.codes {
            self.variant(code).raw(",");
        }
        self.out
            .raw("];\n")
            .doc(&format!(" The number of declared codes of `{name}`."))
            .raw("pub const COUNT: __rt::usize = ")
            .token(count)
            .raw(";\n");

        self.code_table();
        self.out
            .doc(&format!(
                " The metadata of `{name}`: its name, docs, type, and the `CodeInfo` of every code."
            ))
            .raw("pub const FAMILY: &'static __rt::FamilyInfo = &__rt::family_info(")
            .string(&name)
            .raw(", __rt::module_path!(), ")
            .string(&super::doc::family_docs_text(&family.docs))
            .raw(", ")
            .string(repr)
            .raw(", ");
        match &family.catch_all {
            Some(other) => self
                .out
                .raw("__rt::Some(")
                .string(&other.to_string())
                .raw(")"),
            None => self.out.raw("__rt::None"),
        };
        self.out.raw(", &[");
        for language in &family.languages {
            self.out.string(language).raw(",");
        }
        self.out.raw("], Self::__CODES);\n");
    }

    /// `__CODES`, the `CodeInfo` of every code: one call of `__rt::code_info` with literals per
    /// code, or of the shorter `__rt::plain_code_info` for a code with no flag, alias or
    /// translation. (Rows of tuples turned into the table by a loop in a `const fn` were less
    /// text, but the compiler's interpreter ran that loop at about 1.3 million instructions per
    /// code.)
    fn code_table(&mut self) {
        let family = self.family;
        let out = &mut self.out;
        out.raw("const __CODES: &'static [__rt::CodeInfo; ")
            .token(family.codes.len())
            .raw("] = &[\n");
        for code in &family.codes {
            let plain = !code.success
                && !code.deprecated
                && code.aliases.is_empty()
                && code.translations.is_empty();
            out.raw(if plain {
                "__rt::plain_code_info("
            } else {
                "__rt::code_info("
            })
            .string(&self.name)
            .raw(", ")
            .string(&code.ident.to_string())
            .raw(", ")
            .string(&code.sdk_name)
            .raw(", ");
            value(out, code.value);
            out.raw(", ").string(&code.description);
            if plain {
                out.raw("),\n");
                continue;
            }
            out.raw(if code.success {
                ", true, "
            } else {
                ", false, "
            })
            .raw(if code.deprecated {
                "true, &["
            } else {
                "false, &["
            });
            for alias in &code.aliases {
                out.string(alias).raw(",");
            }
            out.raw("], &[");
            for (language, text) in &code.translations {
                out.raw("(")
                    .string(language)
                    .raw(", ")
                    .string(text)
                    .raw("),");
            }
            out.raw("]),\n");
        }
        out.raw("];\n");
    }

    fn lookup_by_value(&mut self) {
        let family = self.family;
        let name = &self.name;
        let repr = self.repr();
        self.out
            .doc(&format!(
                " The code of `{name}` whose value is `code`, or `None` if no code declares it."
            ))
            .raw("#[inline]\n#[must_use]\npub const fn from_code(__code: __rt::")
            .raw(repr)
            .raw(") -> __rt::Option<Self> {\nmatch __code {\n");
        for code in &family.codes {
            value(&mut self.out, code.value);
            self.out.raw(" => __rt::Some(");
            self.variant(code).raw("),\n");
        }
        self.out.raw("_ => __rt::None,\n}\n}\n");
    }

    fn code(&mut self) {
        let family = self.family;
        let repr = self.repr();
        let doc = match &self.family.catch_all {
            Some(other) => format!(" The value of this code (the kept value for `{other}`)."),
            None => format!(" The value of this code; the same as `self as {repr}`."),
        };
        self.out
            .doc(&doc)
            .raw("#[inline]\n#[must_use]\npub const fn code(self) -> __rt::")
            .raw(repr)
            .raw(" {\n");
        if self.family.is_open() {
            self.out.raw("match self {\n");
            for code in &family.codes {
                self.variant(code).raw(" => ");
                value(&mut self.out, code.value);
                self.out.raw(",\n");
            }
            if let Some(out) = self.catch_all() {
                out.raw("(__code) => __code,\n");
            }
            self.out.raw("}\n");
        } else if self.family.codes.is_empty() {
            self.out.raw("match self {}\n");
        } else {
            self.out.raw("self as __rt::").raw(repr).raw("\n");
        }
        self.out.raw("}\n");
    }

    /// `from_name`. A string `match` compiles to a comparison of the length per name, and of the
    /// bytes only for names of the right length; in a family of ordinary size few names share a
    /// length, so one flat `match` (`"A" | "kA" => ...`, as by hand) is both the fastest to
    /// compile and as fast as any other shape. When more than [`FLAT_MATCH_LIMIT`] names share a
    /// length (families of thousands of codes), it dispatches on the length, then on the byte
    /// that best tells the names of that length apart, so that a lookup still compares about
    /// one string.
    fn lookup_by_name(&mut self) {
        let name = &self.name;
        self.out
            .doc(&format!(
                " The code of `{name}` known by `name`: its Rust name, its SDK name or one of its \
                 aliases, compared exactly."
            ))
            .raw(
                "#[inline]\n#[must_use]\npub fn from_name(__name: &__rt::str) -> __rt::Option<Self> {\n",
            );
        // Every name with its code, in declaration order.
        let mut names: Vec<(&str, &Code)> = Vec::new();
        for code in &self.family.codes {
            names.extend(code.lookup_names().map(|name| (name, code)));
        }
        // The names of each length, in declaration order (the sort is stable).
        let mut by_length = names.clone();
        by_length.sort_by_key(|(name, _)| name.len());
        let lengths: Vec<&[(&str, &Code)]> = by_length
            .chunk_by(|(a, _), (b, _)| a.len() == b.len())
            .collect();
        if lengths.iter().all(|group| group.len() <= FLAT_MATCH_LIMIT) {
            self.exact_match(&names);
            self.out.raw("\n}\n");
            return;
        }
        self.out.raw("match __name.len() {\n");
        for group in lengths {
            let Some(&(first, _)) = group.first() else {
                continue;
            };
            let length = first.len();
            self.out.token(length).raw(" => ");
            match distinguishing_byte(group, length) {
                Some(position) if group.len() > 2 => {
                    let byte_at =
                        |name: &str| name.as_bytes().get(position).copied().unwrap_or_default();
                    let mut by_byte = group.to_vec();
                    by_byte.sort_by_key(|(name, _)| byte_at(name));
                    self.out
                        .raw("match __name.as_bytes().get(")
                        .token(position)
                        .raw(") {\n");
                    for run in by_byte.chunk_by(|(a, _), (b, _)| byte_at(a) == byte_at(b)) {
                        let Some(&(name, _)) = run.first() else {
                            continue;
                        };
                        self.out
                            .raw("__rt::Some(&")
                            .token(byte_at(name))
                            .raw(") => ");
                        self.exact_match(run);
                        self.out.raw(",\n");
                    }
                    self.out.raw("_ => __rt::None,\n},\n");
                }
                _ => {
                    self.exact_match(group);
                    self.out.raw(",\n");
                }
            }
        }
        self.out.raw("_ => __rt::None,\n}\n}\n");
    }

    /// `match __name { "A" | "kA" => Some(F::A), ... }`, one arm per code, in declaration order.
    fn exact_match(&mut self, names: &[(&str, &Code)]) {
        self.out.raw("match __name {\n");
        let mut index = 0;
        while let Some(&(_, code)) = names.get(index) {
            let mut first = true;
            while let Some(&(name, _)) = names
                .get(index)
                .filter(|(_, other)| std::ptr::eq(*other, code))
            {
                if !first {
                    self.out.raw(" | ");
                }
                first = false;
                self.out.string(name);
                index += 1;
            }
            self.out.raw(" => __rt::Some(");
            self.variant(code).raw("),\n");
        }
        self.out.raw("_ => __rt::None,\n}");
    }

    /// `info`: one `match` that picks an index into the table, then one index expression. The
    /// table is named once (each mention of a constant is a copy of it in the compiler's IR,
    /// which made the compile time quadratic in the number of codes), and one index is
    /// type-checked rather than one per code.
    fn info(&mut self) {
        let family = self.family;
        self.out.raw(
            "/// The metadata of this code, or `None` for an undeclared value.
#[inline]
#[must_use]
pub const fn info(self) -> __rt::Option<&'static __rt::CodeInfo> {
",
        );
        if self.family.codes.is_empty() {
            self.out.raw("match self {");
            if let Some(out) = self.catch_all() {
                out.raw("(_) => __rt::None,");
            }
            self.out.raw("}\n}\n");
            return;
        }
        self.out.raw("let __index = match self {\n");
        for (index, code) in family.codes.iter().enumerate() {
            self.variant(code).raw(" => ").token(index).raw(",\n");
        }
        if let Some(out) = self.catch_all() {
            out.raw("(_) => return __rt::None,\n");
        }
        self.out.raw("};\n__rt::Some(&Self::__CODES[__index])\n}\n");
    }

    /// A `const fn` returning one text of each code, as literals: reading them from the
    /// `CodeInfo` table instead would cost an index expression per code to type-check.
    fn text_accessor(
        &mut self,
        method: &str,
        doc: &str,
        undeclared: &str,
        text: impl Fn(&Code) -> String,
    ) {
        self.out
            .doc(doc)
            .raw("#[inline]\n#[must_use]\npub const fn ")
            .raw(method)
            .raw("(self) -> &'static __rt::str {\nmatch self {\n");
        let family = self.family;
        for code in &family.codes {
            self.variant(code).raw(" => ");
            self.out.string(&text(code)).raw(",\n");
        }
        if let Some(out) = self.catch_all() {
            out.raw("(_) => ").string(undeclared).raw(",\n");
        }
        self.out.raw("}\n}\n");
    }

    /// `is_success`: only the success codes are listed, as one would by hand.
    fn is_success(&mut self) {
        self.out.raw(
            "/// Whether this code means success.
#[inline]
#[must_use]
pub const fn is_success(self) -> __rt::bool {
",
        );
        let family = self.family;
        let successes = family.codes.iter().filter(|code| code.success).count();
        if successes == 0 {
            self.out.raw("false\n}\n");
        } else if successes == family.codes.len() && !family.is_open() {
            self.out.raw("true\n}\n");
        } else {
            self.out.raw("match self {\n");
            let mut first = true;
            for code in family.codes.iter().filter(|code| code.success) {
                if !first {
                    self.out.raw(" | ");
                }
                first = false;
                self.variant(code);
            }
            self.out.raw(" => true,\n_ => false,\n}\n}\n");
        }
    }

    fn trait_impls(&mut self) {
        let (try_from_code, conversion) = match &self.family.catch_all {
            Some(other) => (
                "__rt::Ok(<Self as __rt::From<__rt::{R}>>::from(__code))",
                OPEN_FROM.replace("{OTHER}", &other.to_string()),
            ),
            None => (CLOSED_TRY_FROM_CODE, CLOSED_TRY_FROM.to_owned()),
        };
        let code_impl = CODE_IMPL.replace("{TRY_FROM_CODE}", try_from_code);
        let text = [code_impl, conversion, COMMON_IMPLS.to_owned()]
            .concat()
            .replace("{R}", self.repr())
            .replace("{F}", &self.name);
        self.out.raw(&text);
    }
}

/// The `Code` impl; `{F}` is the family, `{R}` its integer type.
const CODE_IMPL: &str = "#[automatically_derived]
impl __rt::Code for {F} {
    type Repr = __rt::{R};
    const FAMILY: &'static __rt::FamilyInfo = Self::FAMILY;
    const ALL: &'static [Self] = Self::ALL;

    #[inline]
    fn from_code(__code: __rt::{R}) -> __rt::Option<Self> {
        Self::from_code(__code)
    }

    #[inline]
    fn try_from_code(__code: __rt::{R}) -> __rt::Result<Self, __rt::UnknownCode> {
        {TRY_FROM_CODE}
    }

    #[inline]
    fn from_name(__s: &__rt::str) -> __rt::Option<Self> {
        Self::from_name(__s)
    }

    #[inline]
    fn code(self) -> __rt::{R} {
        self.code()
    }

    #[inline]
    fn info(self) -> __rt::Option<&'static __rt::CodeInfo> {
        self.info()
    }
}
";

/// `try_from_code` of a closed family: an undeclared value is an error.
const CLOSED_TRY_FROM_CODE: &str = "match Self::from_code(__code) {
            __rt::Some(__code) => __rt::Ok(__code),
            __rt::None => __rt::Err(__rt::UnknownCode::new(
                Self::FAMILY,
                <__rt::i64 as __rt::From<__rt::{R}>>::from(__code),
            )),
        }";

/// `From<R>` of an open family: an undeclared value is kept in the catch-all `{OTHER}`.
const OPEN_FROM: &str = "#[automatically_derived]
impl __rt::From<__rt::{R}> for {F} {
    #[inline]
    fn from(__code: __rt::{R}) -> Self {
        match Self::from_code(__code) {
            __rt::Some(__code) => __code,
            __rt::None => Self::{OTHER}(__code),
        }
    }
}
";

/// `TryFrom<R>` of a closed family.
const CLOSED_TRY_FROM: &str = "#[automatically_derived]
impl __rt::TryFrom<__rt::{R}> for {F} {
    type Error = __rt::UnknownCode;

    #[inline]
    fn try_from(__code: __rt::{R}) -> __rt::Result<Self, __rt::UnknownCode> {
        <Self as __rt::Code>::try_from_code(__code)
    }
}
";

/// `From<F> for R`, `FromStr`, `Display`, `Error`, and the `serde` impls (which expand to
/// nothing unless the `serde` feature of the runtime crate is on).
const COMMON_IMPLS: &str = "#[automatically_derived]
impl __rt::From<{F}> for __rt::{R} {
    #[inline]
    fn from(__code: {F}) -> Self {
        __code.code()
    }
}

#[automatically_derived]
impl __rt::FromStr for {F} {
    type Err = __rt::ParseCodeError;

    #[inline]
    fn from_str(__s: &__rt::str) -> __rt::Result<Self, __rt::ParseCodeError> {
        __rt::parse_code(__s)
    }
}

#[automatically_derived]
impl __rt::Display for {F} {
    #[inline]
    fn fmt(&self, __f: &mut __rt::Formatter<'_>) -> __rt::FmtResult {
        __rt::fmt_code(
            __f,
            self.info(),
            Self::FAMILY,
            <__rt::i64 as __rt::From<__rt::{R}>>::from(self.code()),
        )
    }
}

#[automatically_derived]
impl __rt::Error for {F} {}

__rt::serde_impls! { {F} }
";

/// The most names of one length that `from_name` compares one after the other, in a flat `match`.
const FLAT_MATCH_LIMIT: usize = 8;

/// The position at which the names (all `length` bytes long) have the most distinct bytes.
fn distinguishing_byte(names: &[(&str, &Code)], length: usize) -> Option<usize> {
    (0..length).max_by_key(|&position| {
        let mut seen = [false; 256];
        let mut distinct = 0_usize;
        for (name, _) in names {
            let byte = name.as_bytes().get(position).copied();
            if let Some(seen) = byte.and_then(|byte| seen.get_mut(usize::from(byte))) {
                distinct += usize::from(!*seen);
                *seen = true;
            }
        }
        // Prefer the later position among equals: SDK names share their prefixes.
        (distinct, position)
    })
}
