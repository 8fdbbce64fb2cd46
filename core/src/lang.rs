//! Language tags (BCP 47), matched as RFC 4647 "lookup" matches them, then by primary language;
//! POSIX locale names (`en_US.UTF-8`) read as the tags they name (by the rules of
//! `rtc_codes_rules::tags`, which the macro and the importer share).

use rtc_codes_rules::tags;

/// The locale the environment names for messages, as POSIX programs read it: the first of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and not empty. `variable` reads a variable
/// (`std::env::var`, for an application; this crate is `no_std`). The locale goes to
/// [`description_in`](crate::Code::description_in) and [`display_in`](crate::Code::display_in)
/// as it is: they read POSIX locale names (`en_US.UTF-8`), and `C` as the default language.
///
/// ```
/// use rtc_codes::{messages_locale, Code, ErrorCode};
///
/// let locale = messages_locale(|name| std::env::var(name).ok()).unwrap_or_default();
/// let line = ErrorCode::InvalidToken.display_in(&locale).to_string();
/// # assert!(line.starts_with("kErrorCodeInvalidToken (-1000): "));
/// // As if `LANG=en_US.UTF-8` were set:
/// let english = messages_locale(|name| (name == "LANG").then_some("en_US.UTF-8"));
/// assert_eq!(english, Some("en_US.UTF-8"));
/// assert!(ErrorCode::InvalidToken.description_in(english.unwrap()).unwrap().starts_with("Invalid token."));
/// ```
pub fn messages_locale<S: AsRef<str>>(
    mut variable: impl FnMut(&'static str) -> Option<S>,
) -> Option<S> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(&mut variable)
        .find(|value| !value.as_ref().is_empty())
}

/// The tag of `available` that answers a request for `requested`, if one does:
/// 1. `requested` as a language tag, or as a POSIX locale name (`en_US.UTF-8` and
///    `zh_CN.GB18030@euro` are `en-US` and `zh-CN`: the codeset and modifier go, `_` is `-`);
/// 2. matched as RFC 4647 "lookup" does ([`lookup`]: `zh-Hans-CN`, then `zh-Hans`, then `zh`);
/// 3. failing that, the first available tag of the same primary language (`en` finds `en-US`
///    or `en-GB` where there is no plain `en`).
///
/// Tags compare without case. `C` and `POSIX` (the POSIX default locale) find nothing: the
/// caller's default answers them.
pub(crate) fn best<'t>(
    requested: &str,
    available: impl Iterator<Item = &'t str> + Clone,
) -> Option<&'t str> {
    let requested = tags::locale_language(requested)?;
    let mut offered = available.filter(|tag| !tag.is_empty());
    lookup(requested, |range| {
        offered.clone().find(|tag| same_tag(tag, range))
    })
    .or_else(|| {
        let wanted = primary(requested);
        offered.find(|tag| same_tag(primary(tag), wanted))
    })
}

pub(crate) use tags::is_default_locale as is_default;

/// A tag's primary language (`en` of `en-US` and of `en_US`).
fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or_default()
}

/// Whether two tags are the same, without case, a POSIX `_` the same as `-`.
fn same_tag(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes().zip(b.bytes()).all(|(x, y)| {
            let fold = |byte: u8| {
                if byte == b'_' {
                    b'-'
                } else {
                    byte.to_ascii_lowercase()
                }
            };
            fold(x) == fold(y)
        })
}

/// The first of `requested` and its shorter forms for which `find` finds something: the tag as
/// given, then without its last subtag, and so on (`zh-Hans-CN`, `zh-Hans`, `zh`). A
/// one-character subtag (an extension's or private use's `x`) is removed with the subtag after
/// it, never left at the end. `find` compares tags without case, as tags are.
pub(crate) fn lookup<'a, T>(
    requested: &'a str,
    mut find: impl FnMut(&'a str) -> Option<T>,
) -> Option<T> {
    let mut range = requested;
    while !range.is_empty() {
        if let Some(found) = find(range) {
            return Some(found);
        }
        range = match range.rfind(['-', '_']) {
            Some(cut) => range.get(..cut).unwrap_or_default(),
            None => return None,
        };
        if let Some(before) = range.rfind(['-', '_']) {
            if range.len() - before == 2 {
                range = range.get(..before).unwrap_or_default();
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{best, is_default, lookup};

    /// What each request finds among each family's tags: lookup, then the primary language.
    #[test]
    fn requests_and_locale_names_find_tags() {
        let families: [&[&str]; 4] = [
            &["zh", "en"],
            &["zh", "en-US", "en-GB"],
            &["zh-Hant", "en-GB"],
            &["zh-CN", "zh", "ja"],
        ];
        let table: [(&str, [Option<&str>; 4]); 12] = [
            ("en", [Some("en"), Some("en-US"), Some("en-GB"), None]),
            ("en-US", [Some("en"), Some("en-US"), Some("en-GB"), None]),
            ("en-GB", [Some("en"), Some("en-GB"), Some("en-GB"), None]),
            (
                "EN_gb.UTF-8",
                [Some("en"), Some("en-GB"), Some("en-GB"), None],
            ),
            (
                "en_US.UTF-8",
                [Some("en"), Some("en-US"), Some("en-GB"), None],
            ),
            ("zh", [Some("zh"), Some("zh"), Some("zh-Hant"), Some("zh")]),
            (
                "zh-Hant-TW",
                [Some("zh"), Some("zh"), Some("zh-Hant"), Some("zh")],
            ),
            (
                "zh_CN.GB18030@euro",
                [Some("zh"), Some("zh"), Some("zh-Hant"), Some("zh-CN")],
            ),
            (
                "zh-TW",
                [Some("zh"), Some("zh"), Some("zh-Hant"), Some("zh")],
            ),
            ("ja_JP", [None, None, None, Some("ja")]),
            ("fr", [None, None, None, None]),
            ("C", [None, None, None, None]),
        ];
        for (requested, expected) in table {
            for (tags, expected) in families.iter().zip(expected) {
                assert_eq!(
                    best(requested, tags.iter().copied()),
                    expected,
                    "{requested} in {tags:?}"
                );
            }
        }
        assert!(is_default("C") && is_default("POSIX") && is_default("C.UTF-8"));
        assert!(!is_default("en_US.UTF-8"));
    }

    /// The ranges `lookup` tries for `requested`, in order.
    fn tried(requested: &str) -> [Option<&str>; 4] {
        let mut ranges = [None; 4];
        let mut count = 0;
        lookup(requested, |range| {
            if let Some(slot) = ranges.get_mut(count) {
                *slot = Some(range);
            }
            count += 1;
            None::<()>
        });
        ranges
    }

    #[test]
    fn falls_back_one_subtag_at_a_time() {
        assert_eq!(
            tried("zh-Hans-CN"),
            [Some("zh-Hans-CN"), Some("zh-Hans"), Some("zh"), None]
        );
        assert_eq!(tried("en"), [Some("en"), None, None, None]);
        assert_eq!(
            tried("de-DE-x-goethe"),
            [Some("de-DE-x-goethe"), Some("de-DE"), Some("de"), None]
        );
        assert_eq!(tried(""), [None; 4]);
    }
}

/// Text that is no language tag (BCP 47: `en`, `zh-CN`, `zh-Hans`) and no POSIX locale name
/// (`en_US.UTF-8`, `C`): what [`Code::try_description_in`](crate::Code::try_description_in)
/// answers for it, where [`Code::description_in`](crate::Code::description_in) answers `None`
/// as it does for a language the code has no text in.
///
/// ```
/// use rtc_codes::{Code, ErrorCode};
///
/// let code = ErrorCode::InvalidToken;
/// assert_eq!(code.description_in("english"), None);
/// let error = code.try_description_in("english").unwrap_err();
/// assert!(error.to_string().starts_with("`english` is not a language tag"));
/// assert_eq!(code.try_description_in("fr"), Ok(None));
/// assert!(code.try_description_in("en_US.UTF-8").unwrap().is_some());
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct InvalidLanguage<'a> {
    text: &'a str,
}

impl<'a> InvalidLanguage<'a> {
    /// The text that was given.
    #[must_use]
    pub const fn text(&self) -> &'a str {
        self.text
    }
}

/// Whether `text` is a language tag or a POSIX locale name; `Err` when it is neither.
pub(crate) fn check(text: &str) -> Result<(), InvalidLanguage<'_>> {
    let trimmed = text.trim();
    let locale = trimmed.contains(['_', '.', '@'])
        && (tags::is_default_locale(trimmed) || tags::locale_tag(trimmed).is_some());
    if tags::check_tag(trimmed).is_ok() || locale || tags::is_default_locale(trimmed) {
        Ok(())
    } else {
        Err(InvalidLanguage { text })
    }
}

impl core::fmt::Debug for InvalidLanguage<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("InvalidLanguage")
            .field("text", &self.text)
            .finish()
    }
}

impl core::fmt::Display for InvalidLanguage<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match tags::check_tag(self.text.trim()) {
            Err(error) => write!(f, "{error} (or a POSIX locale name such as `en_US.UTF-8`)"),
            Ok(()) => write!(f, "`{}` is not a language tag", self.text),
        }
    }
}

impl core::error::Error for InvalidLanguage<'_> {}
