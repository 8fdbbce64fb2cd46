//! Static metadata of families and codes, for tools that walk any family.

use core::fmt;

mod run_time;

/// Everything known about one declared code.
///
/// Every family has one per code, in [`FamilyInfo::codes`]; a code's own is [`Code::info`](crate::Code::info).
/// Its `Debug` names the code and fits a log line:
///
/// ```
/// let info = rtc_codes::ErrorCode::InvalidToken.info().unwrap();
/// assert_eq!(
///     format!("{info:?}"),
///     r#"CodeInfo { family: "ErrorCode", name: "InvalidToken", value: -1000, .. }"#
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct CodeInfo {
    /// The family's name, such as `"ErrorCode"`.
    pub family: &'static str,
    /// The language of `description` (the family's `lang`), `""` when the family does not say.
    pub(crate) lang: &'static str,
    /// The Rust name of the code, such as `"InvalidToken"`.
    pub name: &'static str,
    /// The SDK's identifier of the code, such as `"kErrorCodeInvalidToken"`.
    pub sdk_name: &'static str,
    /// Other names the code is known by, such as the spelling of a later SDK version.
    pub aliases: &'static [&'static str],
    /// The code's value, as an `i128`, which holds every value of every family's type (`u64`
    /// and `i64` alike).
    pub value: i128,
    /// The documented description, in the family's default language.
    pub description: &'static str,
    /// The description in other languages, as `(language, text)`, such as `("en", "Invalid
    /// token.")`, in the order of [`FamilyInfo::languages`].
    pub translations: &'static [(&'static str, &'static str)],
    /// Whether the code means success.
    pub success: bool,
    /// Whether the code is marked `#[deprecated]`.
    pub deprecated: bool,
    /// Whether a description of the code (in any language) has a line break, which `Display`
    /// shows as a space: known when the family is declared, so that `Display` does not scan
    /// every description for one.
    pub(crate) line_breaks: bool,
}

impl CodeInfo {
    /// Whether `name` is the code's Rust name, SDK name or one of its aliases (compared exactly).
    ///
    /// ```
    /// rtc_codes::rtc_codes! {
    ///     /// Codes.
    ///     #[codes(sdk_prefix = "kCode")]
    ///     pub enum Codes { #[codes(alias = "kCodeFine")] Ok = 0 => "fine" }
    /// }
    /// let info = Codes::Ok.info().unwrap();
    /// assert!(info.is_named("Ok") && info.is_named("kCodeOk") && info.is_named("kCodeFine"));
    /// assert!(!info.is_named("ok"));
    /// ```
    #[must_use]
    pub fn is_named(&self, name: &str) -> bool {
        self.name == name || self.sdk_name == name || self.aliases.contains(&name)
    }

    /// The description in `language`, a language tag (BCP 47), if the code is described in it.
    ///
    /// Tags are compared without case, and a tag that finds nothing is tried again without its
    /// last subtag, as RFC 4647's "lookup" does: `en-US` finds `en`, `zh-Hans-CN` finds
    /// `zh-Hans`, then `zh`; where that finds nothing, the first language of the same primary
    /// language answers (`en` finds `en-GB` where there is no plain `en`). POSIX locale names
    /// are read as the tags they name (`en_US.UTF-8` is `en-US`), and `C` and `POSIX` are the
    /// family's own language. The family's own language ([`FamilyInfo::lang`]) finds
    /// [`description`](CodeInfo::description).
    ///
    /// ```
    /// let info = rtc_codes::ErrorCode::InvalidToken.info().unwrap();
    /// assert!(info.description_in("en").unwrap().starts_with("Invalid token."));
    /// assert_eq!(info.description_in("EN-us"), info.description_in("en"));
    /// assert_eq!(info.description_in("zh-Hans-CN"), Some(info.description));
    /// assert_eq!(info.description_in("en_US.UTF-8"), info.description_in("en"));
    /// assert_eq!(info.description_in("C"), Some(info.description));
    /// assert_eq!(info.description_in("fr"), None);
    /// ```
    #[must_use]
    pub fn description_in(&self, language: &str) -> Option<&'static str> {
        if crate::lang::is_default(language) {
            return Some(self.description);
        }
        let own = (!self.lang.is_empty()).then_some(self.lang);
        let tags = own
            .into_iter()
            .chain(self.translations.iter().map(|(tag, _)| *tag));
        let found = crate::lang::best(language, tags)?;
        if own == Some(found) {
            return Some(self.description);
        }
        self.translations
            .iter()
            .find(|(tag, _)| *tag == found)
            .map(|(_, text)| *text)
    }

    /// The code's flags, aliases and translations, and whether a description has a line break,
    /// for generated code (after `__private::code_info`).
    #[doc(hidden)]
    #[must_use]
    pub const fn with_details(
        mut self,
        success: bool,
        deprecated: bool,
        aliases: &'static [&'static str],
        translations: &'static [(&'static str, &'static str)],
        line_breaks: bool,
    ) -> Self {
        self.line_breaks = line_breaks;
        self.success = success;
        self.deprecated = deprecated;
        self.aliases = aliases;
        self.translations = translations;
        self
    }
}

/// Everything known about one code family.
///
/// Its `Debug` names the family and counts its codes, so that it fits a log line:
///
/// ```
/// assert_eq!(
///     format!("{:?}", rtc_codes::KTVErrorCode::FAMILY),
///     r#"FamilyInfo { name: "KTVErrorCode", repr: "i32", codes: 21, .. }"#
/// );
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct FamilyInfo {
    /// The family's name, such as `"ErrorCode"`.
    pub name: &'static str,
    /// The module the family is declared in, such as `"rtc_codes::room"`.
    pub module_path: &'static str,
    /// The family's doc comments as plain text (without the generated table of codes).
    pub docs: &'static str,
    /// The name of the family's integer type, such as `"i32"`.
    pub repr: &'static str,
    /// The catch-all variant of an open family, such as `Some("Other")`; `None` when closed.
    pub catch_all: Option<&'static str>,
    /// The language of the descriptions (`#[codes(lang = "zh")]`), such as `Some("zh")`; `None`
    /// when the family does not say.
    ///
    /// ```
    /// assert_eq!(rtc_codes::ErrorCode::FAMILY.lang, Some("zh"));
    /// ```
    pub lang: Option<&'static str>,
    /// The languages the codes are described in beyond the default one, such as `["en"]`.
    pub languages: &'static [&'static str],
    /// Every declared code, in declaration order.
    pub codes: &'static [CodeInfo],
}

impl FamilyInfo {
    /// Whether undeclared values are kept (in the catch-all) rather than rejected.
    ///
    /// ```
    /// assert!(rtc_codes::ErrorCode::FAMILY.is_open());
    /// ```
    #[must_use]
    pub const fn is_open(&self) -> bool {
        self.catch_all.is_some()
    }

    /// Whether the family describes codes in `language`: its own language or one of
    /// [`languages`](FamilyInfo::languages), matched as
    /// [`CodeInfo::description_in`] matches them (without case; `en-US` finds `en`).
    ///
    /// ```
    /// let family = rtc_codes::ErrorCode::FAMILY;
    /// assert!(family.describes("zh-CN") && family.describes("en-GB"));
    /// assert!(!family.describes("fr"));
    /// ```
    #[must_use]
    pub fn describes(&self, language: &str) -> bool {
        crate::lang::is_default(language)
            || crate::lang::best(language, self.lang.iter().chain(self.languages).copied())
                .is_some()
    }

    /// The first paragraph of the family's docs.
    ///
    /// ```
    /// assert_eq!(rtc_codes::ErrorCode::FAMILY.summary(), "回调错误码。");
    /// ```
    #[must_use]
    pub fn summary(&self) -> &'static str {
        let docs = self.docs;
        docs.split("\n\n").next().unwrap_or(docs).trim()
    }

    /// The declared code with this value, of any integer type (a scan of
    /// [`codes`](FamilyInfo::codes); a family's own `from_code`, and
    /// [`find_value`](crate::find_value), are `match`es).
    ///
    /// ```
    /// let family = rtc_codes::ErrorCode::FAMILY;
    /// assert_eq!(family.find_value(-1000).map(|code| code.name), Some("InvalidToken"));
    /// let from_a_callback: i64 = -1000;
    /// assert!(family.find_value(from_a_callback).is_some());
    /// assert!(family.find_value(u64::MAX).is_none());
    /// ```
    #[must_use]
    pub fn find_value(&self, value: impl Into<i128>) -> Option<&'static CodeInfo> {
        let value = value.into();
        self.codes.iter().find(|code| code.value == value)
    }

    /// The declared code known by `name` (see [`CodeInfo::is_named`]).
    ///
    /// ```
    /// let family = rtc_codes::ErrorCode::FAMILY;
    /// assert_eq!(family.find_name("kErrorCodeInvalidToken").map(|code| code.value), Some(-1000));
    /// ```
    #[must_use]
    pub fn find_name(&self, name: &str) -> Option<&'static CodeInfo> {
        self.codes.iter().find(|code| code.is_named(name))
    }
}

/// The code by family, name and value: a description can be paragraphs long.
impl fmt::Debug for CodeInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CodeInfo")
            .field("family", &self.family)
            .field("name", &self.name)
            .field("value", &self.value)
            .finish_non_exhaustive()
    }
}

/// The family by name, with its type and the number of its codes: every code's `CodeInfo` would
/// be kilobytes in a log line or a panic message.
impl fmt::Debug for FamilyInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FamilyInfo")
            .field("name", &self.name)
            .field("repr", &self.repr)
            .field("codes", &self.codes.len())
            .finish_non_exhaustive()
    }
}
