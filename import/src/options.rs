//! How to import: [`Options`], made of values that are checked when they are made
//! ([`Definition`], [`MacroFamily`], [`LanguageTag`], [`Encoding`], [`CratePath`]), so that a
//! bad value is an error before any header is read. Each parses with [`FromStr`], from the
//! text a user writes (a build script's literal, a command-line argument).

use std::fmt;
use std::str::FromStr;

use std::path::PathBuf;

use super::macros::{self, Macro};
use super::names::family_name;
pub use super::target::{Language, Target};

/// How to import. Every field has a default ([`Options::default`]); set the ones you need:
///
/// ```
/// use rtc_codes_import::Options;
///
/// let options = Options {
///     defines: vec!["DEMO_SHIFT=16".parse()?, "_WIN32".parse()?],
///     macros: vec!["DemoCodecError=DEMO_CODEC_,-DEMO_CODEC_MAX_".parse()?],
///     default_language: "en".parse()?,
///     crate_path: "::codes".parse()?,
///     ..Options::default()
/// };
/// assert_eq!(options.defines[1].to_string(), "_WIN32=1");
/// # Ok::<(), rtc_codes_import::InvalidOption>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Only the enums of these names (their C names, their `typedef` tags or their family
    /// names); every enum when empty. Problems of the enums left out are not reported (a note
    /// counts them).
    pub enums: Vec<String>,
    /// Closed families (`TryFrom` their integer) instead of open ones (`other = Other`).
    pub closed: bool,
    /// The language of comments' unmarked text, which becomes the default description
    /// ([`LanguageTag::DEFAULT`], `zh`, unless set).
    pub default_language: LanguageTag,
    /// The path of the `rtc-codes` crate in the code that includes the source: `rtc_codes`, or
    /// the name a renamed dependency has (`codes = { package = "rtc-codes" }` is `codes`).
    pub crate_path: CratePath,
    /// The encoding of every header; `None` to detect each header's (a byte-order mark,
    /// UTF-8, or a legacy encoding guessed from the bytes).
    pub encoding: Option<Encoding>,
    /// Macros defined before the headers are read, as a C compiler's `-D` defines them
    /// (`NAME` is `NAME=1`); they come before the headers' own definitions.
    pub defines: Vec<Definition>,
    /// Families of object-like `#define`s, which headers without enums declare codes as.
    pub macros: Vec<MacroFamily>,
    /// The platform the headers are read for: its macros, the width of `long` and pointers,
    /// the signedness of `char`. `None`: in a build script, Cargo's `TARGET`
    /// ([`Builder::write_to_out_dir`](crate::Builder::write_to_out_dir) reads it), elsewhere
    /// the platform the importer was built for ([`Target::default`]).
    pub target: Option<Target>,
    /// The language of every header; `None` for each header's own (see [`Language`]).
    pub language: Option<Language>,
    /// The folders `#include` searches after the including header's own (as `cc -I`), in
    /// order; `<name>` searches only these.
    pub include_dirs: Vec<PathBuf>,
}

impl Options {
    /// The [`Options::enums`] entry that selects the enum `name` (with the `typedef` tag `tag`,
    /// if it has one): its C name, its tag or its family name; `Some("")` when every enum is
    /// imported, `None` when this one is not selected.
    #[must_use]
    pub fn selection(&self, name: &str, tag: Option<&str>) -> Option<&str> {
        if self.enums.is_empty() {
            return Some("");
        }
        let family = family_name(name);
        self.enums
            .iter()
            .find(|wanted| **wanted == name || **wanted == family || tag == Some(wanted.as_str()))
            .map(String::as_str)
    }
}

/// A value that is not what its option takes: what it is, and how to write one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidOption {
    input: String,
    message: String,
}

impl InvalidOption {
    pub(crate) fn new(input: &str, message: impl fmt::Display) -> Self {
        InvalidOption {
            input: input.to_owned(),
            message: message.to_string(),
        }
    }

    /// The text that was given.
    #[must_use]
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for InvalidOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InvalidOption {}

/// A macro defined before the headers are read, as `cc -D` takes one: `NAME` (defined as `1`),
/// `NAME=VALUE`, or a function-like macro `NAME(PARAMS)=BODY`.
///
/// ```
/// use rtc_codes_import::Definition;
///
/// let shift: Definition = "DEMO_SHIFT=16".parse()?;
/// assert_eq!(shift.name(), "DEMO_SHIFT");
/// let flag: Definition = "_WIN32".parse()?;
/// assert_eq!(flag.to_string(), "_WIN32=1");
/// let made: Definition = "MAKE(a, b)=((a) << 8 | (b))".parse()?;
/// assert_eq!(made.name(), "MAKE");
/// assert!("=5".parse::<Definition>().is_err());
/// # Ok::<(), rtc_codes_import::InvalidOption>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Definition {
    /// `NAME=VALUE` or `NAME(PARAMS)=BODY`, as [`macros::option_definition`] reads it.
    text: String,
}

impl Definition {
    /// The macro's name.
    #[must_use]
    pub fn name(&self) -> &str {
        let end = self
            .text
            .find(|c: char| !(c == '_' || c.is_ascii_alphanumeric()))
            .unwrap_or(self.text.len());
        self.text.get(..end).unwrap_or_default()
    }

    /// The macro, for the preprocessor.
    pub(crate) fn to_macro(&self) -> Option<Macro<'_>> {
        macros::option_definition(&self.text)
    }
}

impl FromStr for Definition {
    type Err = InvalidOption;

    fn from_str(text: &str) -> Result<Self, InvalidOption> {
        let trimmed = text.trim();
        let is_name = !trimmed.is_empty()
            && !trimmed.starts_with(|c: char| c.is_ascii_digit())
            && trimmed
                .chars()
                .all(|c| c == '_' || c.is_ascii_alphanumeric());
        let text = if is_name {
            format!("{trimmed}=1")
        } else {
            trimmed.to_owned()
        };
        if macros::option_definition(&text).is_none() {
            return Err(InvalidOption::new(
                trimmed,
                format_args!(
                    "`{trimmed}` is not a definition: write `NAME`, `NAME=VALUE` or \
                     `NAME(PARAMS)=BODY`, such as `DEMO_SHIFT=16`"
                ),
            ));
        }
        Ok(Definition { text })
    }
}

impl fmt::Display for Definition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// A family of `#define`s: `FAMILY=PREFIX[,PREFIX...][,-PREFIX...]`, the object-like macros
/// whose names start with a `PREFIX` but with none of the `-PREFIX`es, and whose values are
/// integer constant expressions.
///
/// ```
/// use rtc_codes_import::MacroFamily;
///
/// let family: MacroFamily = "DemoCodecError=DEMO_CODEC_,-DEMO_CODEC_MAX_".parse()?;
/// assert_eq!(family.family(), "DemoCodecError");
/// assert_eq!(family.prefixes(), ["DEMO_CODEC_"]);
/// assert_eq!(family.excluded(), ["DEMO_CODEC_MAX_"]);
/// assert!("bad".parse::<MacroFamily>().is_err());
/// # Ok::<(), rtc_codes_import::InvalidOption>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MacroFamily {
    family: String,
    prefixes: Vec<String>,
    excluded: Vec<String>,
}

impl MacroFamily {
    /// The family's name.
    #[must_use]
    pub fn family(&self) -> &str {
        &self.family
    }

    /// The prefixes of its macros' names.
    #[must_use]
    pub fn prefixes(&self) -> &[String] {
        &self.prefixes
    }

    /// The prefixes of macros left out.
    #[must_use]
    pub fn excluded(&self) -> &[String] {
        &self.excluded
    }

    /// Whether the macro `name` belongs to the family.
    pub(crate) fn selects(&self, name: &str) -> bool {
        self.prefixes
            .iter()
            .any(|prefix| name.starts_with(prefix.as_str()))
            && !self
                .excluded
                .iter()
                .any(|prefix| name.starts_with(prefix.as_str()))
    }
}

impl FromStr for MacroFamily {
    type Err = InvalidOption;

    fn from_str(spec: &str) -> Result<Self, InvalidOption> {
        let error = || {
            InvalidOption::new(
                spec,
                format_args!(
                    "`{spec}` does not name a family of macros: write `FAMILY=PREFIX`, such as \
                     `DemoCodecError=DEMO_CODEC_`, with `,-PREFIX` for macros to leave out"
                ),
            )
        };
        let (family, list) = spec.split_once('=').ok_or_else(error)?;
        let family = family.trim();
        if !is_identifier(family) {
            return Err(error());
        }
        let mut prefixes = Vec::new();
        let mut excluded = Vec::new();
        for item in list.split(',').map(str::trim) {
            match item.strip_prefix('-') {
                Some(left_out) if is_identifier(left_out) => excluded.push(left_out.to_owned()),
                None if is_identifier(item) => prefixes.push(item.to_owned()),
                _ => return Err(error()),
            }
        }
        if prefixes.is_empty() {
            return Err(error());
        }
        Ok(MacroFamily {
            family: family.to_owned(),
            prefixes,
            excluded,
        })
    }
}

impl fmt::Display for MacroFamily {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}={}", self.family, self.prefixes.join(","))?;
        for prefix in &self.excluded {
            write!(f, ",-{prefix}")?;
        }
        Ok(())
    }
}

/// A language tag as `rtc_codes!` takes one (BCP 47: `zh`, `en`, `zh-CN`, `zh-Hans`), by the
/// rules the macro checks with.
///
/// ```
/// use rtc_codes_import::LanguageTag;
///
/// assert_eq!("zh-CN".parse::<LanguageTag>()?.as_str(), "zh-CN");
/// assert_eq!(LanguageTag::default().as_str(), "zh");
/// let error = "english".parse::<LanguageTag>().unwrap_err();
/// assert!(error.to_string().starts_with("`english` is not a language tag"));
/// # Ok::<(), rtc_codes_import::InvalidOption>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct LanguageTag(String);

impl LanguageTag {
    /// The language of unmarked text unless one is given: `zh`, the language the documented
    /// families and most SDK headers are written in.
    pub const DEFAULT: &'static str = "zh";

    /// The tag as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for LanguageTag {
    fn default() -> Self {
        LanguageTag(Self::DEFAULT.to_owned())
    }
}

impl FromStr for LanguageTag {
    type Err = InvalidOption;

    fn from_str(tag: &str) -> Result<Self, InvalidOption> {
        let tag = tag.trim();
        rtc_codes_rules::tags::check_tag(tag).map_err(|error| InvalidOption::new(tag, error))?;
        Ok(LanguageTag(tag.to_owned()))
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An encoding headers are written in, by a label of the WHATWG Encoding Standard
/// (`gb18030`, `gbk`, `big5`, `shift_jis`, `utf-16le`, `latin1`, ...).
///
/// ```
/// use rtc_codes_import::Encoding;
///
/// assert_eq!("GB18030".parse::<Encoding>()?.name(), "gb18030");
/// assert_eq!("latin1".parse::<Encoding>()?.name(), "windows-1252");
/// assert!("klingon".parse::<Encoding>().is_err());
/// # Ok::<(), rtc_codes_import::InvalidOption>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Encoding(&'static encoding_rs::Encoding);

impl Encoding {
    /// The encoding's name in the Encoding Standard, in lower case (`gb18030`,
    /// `windows-1252`).
    #[must_use]
    pub fn name(self) -> String {
        self.0.name().to_ascii_lowercase()
    }

    pub(crate) fn get(self) -> &'static encoding_rs::Encoding {
        self.0
    }
}

impl FromStr for Encoding {
    type Err = InvalidOption;

    fn from_str(label: &str) -> Result<Self, InvalidOption> {
        super::encoding::named(label).map(Encoding).ok_or_else(|| {
            InvalidOption::new(
                label,
                format_args!(
                    "`{label}` is not an encoding: use a label such as gb18030, gbk, big5, \
                     shift_jis, utf-8, utf-16le or latin1"
                ),
            )
        })
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// The path generated code names the `rtc-codes` crate by: `rtc_codes` (the default),
/// `::codes`, `crate::codes`: identifiers joined by `::`.
///
/// ```
/// use rtc_codes_import::CratePath;
///
/// assert_eq!(CratePath::default().as_str(), "rtc_codes");
/// assert_eq!("::codes".parse::<CratePath>()?.as_str(), "::codes");
/// assert!("1bad".parse::<CratePath>().is_err());
/// # Ok::<(), rtc_codes_import::InvalidOption>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CratePath(String);

impl CratePath {
    /// The path as written.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for CratePath {
    fn default() -> Self {
        CratePath("rtc_codes".to_owned())
    }
}

impl FromStr for CratePath {
    type Err = InvalidOption;

    fn from_str(path: &str) -> Result<Self, InvalidOption> {
        let path = path.trim();
        let segments = path.strip_prefix("::").unwrap_or(path);
        let valid = !segments.is_empty()
            && segments
                .split("::")
                .all(|segment| is_identifier(segment) && segment != "_");
        if valid {
            Ok(CratePath(path.to_owned()))
        } else {
            Err(InvalidOption::new(
                path,
                format_args!(
                    "`{path}` is not a Rust path: write identifiers joined by `::`, such as \
                     `rtc_codes` or `::sdk::codes`"
                ),
            ))
        }
    }
}

impl fmt::Display for CratePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether `text` is a C (and Rust) identifier of ASCII letters, digits and `_`.
fn is_identifier(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with(|c: char| c.is_ascii_digit())
        && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}
