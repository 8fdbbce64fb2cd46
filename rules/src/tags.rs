//! What a language tag is and what a POSIX locale name names: the runtime crate's lookups read
//! locale names, the `rtc_codes!` macro checks the tags of a family's descriptions, and the
//! importer writes tags the macro accepts (and the command's `--lang` takes both).

use core::fmt;

/// What a tag looks like, for the messages.
pub const TAG_SHAPE: &str = "a language tag is a 2- or 3-letter language code, then optional \
                             subtags joined by `-`, such as `en`, `en-US`, `zh-CN` or `zh-Hans`";

/// Whether `tag` is a language tag as rtc-codes takes them: a primary language of 2 or 3 letters
/// (ISO 639; the 4- to 8-letter forms BCP 47 reserves are not used by any language), then
/// subtags of 1 to 8 letters or digits joined by `-` (script, region, variants, extensions,
/// private use), where a one-character subtag (an extension's or `x`) is followed by another.
///
/// In the DSL each subtag is one token, a word or a number (`zh-Hant`, `es-419`, `x-sdk2`), so a
/// subtag that starts with a digit is digits only. Letter case is free: tags compare without it.
///
/// # Errors
///
/// What is wrong with the tag; its `Display` says it and what a tag looks like.
pub fn check_tag(tag: &str) -> Result<(), TagError<'_>> {
    let error = |problem| Err(TagError { tag, problem });
    if tag.contains('_') {
        return error(Problem::Underscore);
    }
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_alphabetic()) {
        return error(Problem::Primary);
    }
    let mut singleton = false;
    for subtag in subtags {
        if subtag.is_empty()
            || subtag.len() > 8
            || !subtag.bytes().all(|b| b.is_ascii_alphanumeric())
        {
            return error(Problem::Subtag(subtag));
        }
        if subtag.starts_with(|c: char| c.is_ascii_digit())
            && !subtag.bytes().all(|b| b.is_ascii_digit())
        {
            return error(Problem::NumberAndWord(subtag));
        }
        singleton = subtag.len() == 1;
    }
    if singleton {
        return error(Problem::Singleton);
    }
    Ok(())
}

/// Why a text is not a language tag ([`check_tag`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TagError<'a> {
    tag: &'a str,
    problem: Problem<'a>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Problem<'a> {
    /// `en_US`: a POSIX locale name's separator.
    Underscore,
    /// Not 2 or 3 letters.
    Primary,
    /// Empty, too long, or not letters and digits.
    Subtag(&'a str),
    /// Digits, then letters: not one token in the DSL.
    NumberAndWord(&'a str),
    /// A one-character subtag at the end.
    Singleton,
}

impl fmt::Display for TagError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tag = self.tag;
        write!(f, "`{tag}` is not a language tag: ")?;
        match self.problem {
            Problem::Underscore => {
                f.write_str("subtags are joined by `-`, not `_` (`")?;
                for part in tag.split('_').enumerate() {
                    if part.0 > 0 {
                        f.write_str("-")?;
                    }
                    f.write_str(part.1)?;
                }
                f.write_str("`); ")?;
            }
            Problem::Primary => {}
            Problem::Subtag(subtag) => {
                write!(f, "`{subtag}` is not a subtag (1 to 8 letters or digits); ")?;
            }
            Problem::NumberAndWord(subtag) => write!(
                f,
                "`{subtag}` starts with a digit but is not a number (a subtag is a word or a \
                 number); "
            )?,
            Problem::Singleton => f.write_str(
                "it ends with a one-character subtag, which must be followed by another; ",
            )?,
        }
        f.write_str(TAG_SHAPE)
    }
}

/// The language a POSIX locale name (`language[_territory][.codeset][@modifier]`) names: the
/// name without its codeset and modifier (`en_US` of `en_US.UTF-8`, `zh_CN` of
/// `zh_CN.GB18030@euro`), surrounding whitespace trimmed. `None` for the default locale (`C`,
/// `POSIX`, `C.UTF-8`), whose texts are a program's own, and for an empty name. A language tag
/// (`zh-Hans`) has no codeset and is returned as it is.
#[must_use]
pub fn locale_language(locale: &str) -> Option<&str> {
    let name = locale.split(['.', '@']).next().unwrap_or_default().trim();
    if name.is_empty() || is_default_name(name) {
        None
    } else {
        Some(name)
    }
}

/// Whether `locale` names the POSIX default locale (`C`, `POSIX`, `C.UTF-8`).
#[must_use]
pub fn is_default_locale(locale: &str) -> bool {
    is_default_name(locale.split(['.', '@']).next().unwrap_or_default().trim())
}

fn is_default_name(name: &str) -> bool {
    matches!(name, "C" | "POSIX")
}

/// The language tag of a POSIX locale name whose language part is a language of 2 or 3 letters
/// and an optional territory of 2 letters or 3 digits (`en_US.UTF-8`, `fr`, `es_419`), as its
/// `Display` writes it (`en-US`, `fr`, `es-419`); `None` for the default locale and for a name of
/// any other shape.
#[must_use]
pub fn locale_tag(locale: &str) -> Option<LocaleTag<'_>> {
    let mut parts = locale_language(locale)?.split('_');
    let language = parts.next()?;
    let territory = parts.next();
    if parts.next().is_some()
        || !(2..=3).contains(&language.len())
        || !language.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return None;
    }
    let territory_ok = match territory {
        None => true,
        Some(territory) => {
            (territory.len() == 2 && territory.bytes().all(|b| b.is_ascii_alphabetic()))
                || (territory.len() == 3 && territory.bytes().all(|b| b.is_ascii_digit()))
        }
    };
    territory_ok.then_some(LocaleTag {
        language,
        territory,
    })
}

/// The language tag of a POSIX locale name ([`locale_tag`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocaleTag<'a> {
    language: &'a str,
    territory: Option<&'a str>,
}

impl fmt::Display for LocaleTag<'_> {
    /// The language in lower case, the territory in upper case, joined by `-`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.language.chars() {
            fmt::Write::write_char(f, c.to_ascii_lowercase())?;
        }
        if let Some(territory) = self.territory {
            f.write_str("-")?;
            for c in territory.chars() {
                fmt::Write::write_char(f, c.to_ascii_uppercase())?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::{check_tag, is_default_locale, locale_language, locale_tag};

    #[test]
    fn well_formed_tags() {
        for tag in [
            "en",
            "EN",
            "zh-CN",
            "zh-Hans",
            "zh-Hans-CN",
            "es-419",
            "sr-Latn-RS",
            "de-CH-1996",
            "en-x-sdk",
            "en-x-sdk2",
            "yue",
        ] {
            assert_eq!(check_tag(tag), Ok(()), "{tag}");
        }
    }

    #[test]
    fn malformed_tags() {
        for (tag, says) in [
            ("e", "2- or 3-letter"),
            ("english", "2- or 3-letter"),
            ("en_US", "not `_` (`en-US`)"),
            ("en-", "`` is not a subtag"),
            ("-en", "2- or 3-letter"),
            ("en--US", "`` is not a subtag"),
            ("zh-x", "one-character subtag"),
            ("en-toolongsubtag", "`toolongsubtag` is not a subtag"),
            ("e1", "2- or 3-letter"),
            ("中文", "2- or 3-letter"),
            ("de-1996a", "`1996a` starts with a digit"),
        ] {
            let message = check_tag(tag).map_err(|error| error.to_string());
            assert!(
                message
                    .as_ref()
                    .is_err_and(|message| message.contains(says)),
                "{tag}: {message:?}"
            );
        }
    }

    #[test]
    fn locale_names() {
        for (locale, language, tag) in [
            ("en_US.UTF-8", Some("en_US"), Some("en-US")),
            ("zh_CN.GB18030@euro", Some("zh_CN"), Some("zh-CN")),
            ("EN_gb", Some("EN_gb"), Some("en-GB")),
            ("es_419", Some("es_419"), Some("es-419")),
            ("fr", Some("fr"), Some("fr")),
            (" de_DE ", Some("de_DE"), Some("de-DE")),
            ("zh-Hans", Some("zh-Hans"), None),
            ("C", None, None),
            ("POSIX", None, None),
            ("C.UTF-8", None, None),
            ("", None, None),
            ("english_US", Some("english_US"), None),
            ("en_USA", Some("en_USA"), None),
            ("en_US_x", Some("en_US_x"), None),
        ] {
            assert_eq!(locale_language(locale), language, "{locale}");
            assert_eq!(
                locale_tag(locale).map(|tag| tag.to_string()).as_deref(),
                tag,
                "{locale}"
            );
        }
        assert!(is_default_locale("C.UTF-8") && is_default_locale("POSIX"));
        assert!(!is_default_locale("en_US"));
    }
}
