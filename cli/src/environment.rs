//! What the command takes from where it runs: how wide the terminal is, whether it shows
//! colours, the language its user reads, and the headers every lookup reads
//! (`RTC_CODES_HEADERS`), each read as terminal programs read it.

use std::io::IsTerminal;
use std::path::PathBuf;

/// The variable that names headers every lookup reads, as a path list (like `PATH`).
pub const HEADERS_VARIABLE: &str = "RTC_CODES_HEADERS";

/// What the command takes from its environment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Environment {
    /// Where the output is shown.
    pub terminal: Terminal,
    /// The language of `LC_ALL`, `LC_MESSAGES` or `LANG`, as a language tag.
    pub language: Option<String>,
    /// The headers (files or folders) of `RTC_CODES_HEADERS`.
    pub headers: Vec<PathBuf>,
}

impl Environment {
    /// Nothing from the environment: no terminal, the default language, no headers.
    #[must_use]
    pub const fn none() -> Self {
        Environment {
            terminal: Terminal::none(),
            language: None,
            headers: Vec::new(),
        }
    }

    /// The process's: its standard output, its locale variables, `RTC_CODES_HEADERS`.
    #[must_use]
    pub fn of_process() -> Self {
        Environment {
            terminal: Terminal::stdout(),
            language: environment_language(),
            headers: std::env::var_os(HEADERS_VARIABLE)
                .map(|paths| {
                    std::env::split_paths(&paths)
                        .filter(|path| !path.as_os_str().is_empty())
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}

/// What the output is shown on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terminal {
    /// The width tables must fit, in columns; `None` when the output is no terminal (a pipe, a
    /// file), where lines are as long as they need to be.
    pub width: Option<usize>,
    /// Whether to colour what helps the eye (families, values).
    pub color: bool,
}

impl Terminal {
    /// No terminal: no width limit, no colour (a pipe, a file, a test).
    #[must_use]
    pub const fn none() -> Self {
        Terminal {
            width: None,
            color: false,
        }
    }

    /// The terminal standard output is, if it is one: its width from `COLUMNS` when set, else
    /// from the terminal; colour unless `NO_COLOR` is set (<https://no-color.org>).
    #[must_use]
    pub fn stdout() -> Self {
        if !std::io::stdout().is_terminal() {
            return Terminal::none();
        }
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|columns| columns.trim().parse::<usize>().ok())
            .filter(|&columns| columns > 0);
        let width = columns.or_else(|| {
            terminal_size::terminal_size()
                .map(|(terminal_size::Width(width), _)| usize::from(width))
        });
        let color = std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty());
        Terminal { width, color }
    }
}

/// The language the environment asks for, as POSIX programs read it
/// ([`rtc_codes::messages_locale`]: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set
/// and not empty), as a language tag (`en_US.UTF-8` is `en-US`); `None` for `C` and `POSIX` (the
/// default) or none set.
#[must_use]
pub fn environment_language() -> Option<String> {
    rtc_codes::messages_locale(|name| std::env::var(name).ok())
        .and_then(|value| locale_language(&value))
}

/// The language tag of a POSIX locale name (`language[_territory][.codeset][@modifier]`):
/// `en_US.UTF-8` is `en-US`, `zh_CN.GB18030@euro` is `zh-CN`, `fr` is `fr`; `C`, `POSIX` and
/// what is no locale name are `None`.
#[must_use]
pub fn locale_language(locale: &str) -> Option<String> {
    rtc_codes_rules::tags::locale_tag(locale).map(|tag| tag.to_string())
}

#[cfg(test)]
mod tests {
    use super::locale_language;

    #[test]
    fn locale_names_are_language_tags() {
        assert_eq!(locale_language("en_US.UTF-8").as_deref(), Some("en-US"));
        assert_eq!(
            locale_language("zh_CN.GB18030@euro").as_deref(),
            Some("zh-CN")
        );
        assert_eq!(locale_language("C.UTF-8"), None);
    }
}
