//! How a code's Rust name is spelled inside its SDK identifier: the family options `sdk_case`
//! and `sdk_prefix` as the macro reads them. The importer writes families whose SDK names the
//! macro derives from these rules, so both spell names with this module.

use alloc::borrow::ToOwned;
use alloc::string::String;
use alloc::vec::Vec;

/// The spelling of a code's name inside its SDK identifier (the family option `sdk_case`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SdkCase {
    /// As written: `InvalidToken`.
    UpperCamelCase,
    /// `ERROR_TIMEOUT` for `ErrorTimeout`.
    ScreamingSnakeCase,
}

impl SdkCase {
    /// Every case, in the order the messages list them.
    pub const ALL: [SdkCase; 2] = [SdkCase::UpperCamelCase, SdkCase::ScreamingSnakeCase];

    /// The case the option's value names (`"SCREAMING_SNAKE_CASE"`), if it names one.
    #[must_use]
    pub fn from_name(name: &str) -> Option<SdkCase> {
        SdkCase::ALL.into_iter().find(|case| case.option() == name)
    }

    /// The option's value in `#[codes(sdk_case = "...")]`.
    #[must_use]
    pub fn option(self) -> &'static str {
        match self {
            SdkCase::UpperCamelCase => "UpperCamelCase",
            SdkCase::ScreamingSnakeCase => "SCREAMING_SNAKE_CASE",
        }
    }

    /// `name` as this case spells it inside an SDK name.
    #[must_use]
    pub fn apply(self, name: &str) -> String {
        match self {
            SdkCase::UpperCamelCase => name.to_owned(),
            SdkCase::ScreamingSnakeCase => screaming_snake(name),
        }
    }

    /// Whether the Rust name `name` repeats the SDK prefix `prefix` (`KErrorCodeInvalidToken`
    /// under `kErrorCode`, `ErrError` under `ERR_`), so that its SDK name would have the prefix
    /// twice: `name`, in this case, starts with the prefix (without letter case) at a word's
    /// start. Prefixes of one or two characters (`k`) are too short to tell a repetition from a
    /// name that starts so (`KTV`).
    #[must_use]
    pub fn repeats_prefix(self, prefix: &str, name: &str) -> bool {
        let applied = self.apply(name);
        let starts = prefix.len() >= 3
            && applied.len() > prefix.len()
            && applied
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix));
        let rest = applied.get(prefix.len()..).unwrap_or_default();
        let at_word = match self {
            SdkCase::UpperCamelCase => {
                rest.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
            }
            SdkCase::ScreamingSnakeCase => prefix.ends_with('_') || rest.starts_with('_'),
        };
        starts && at_word
    }
}

/// `ErrorTimeout` -> `ERROR_TIMEOUT`, `ASRConnectionError` -> `ASR_CONNECTION_ERROR`,
/// `Failed404` -> `FAILED404`.
///
/// A word starts at an uppercase letter that follows a lowercase letter or a digit, or that ends a
/// run of capitals followed by a lowercase letter; existing underscores are kept as separators.
fn screaming_snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
        let next = chars.get(i + 1).copied();
        if c.is_uppercase() && !out.is_empty() && !out.ends_with('_') {
            let after_lower = prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit());
            let ends_acronym =
                prev.is_some_and(char::is_uppercase) && next.is_some_and(char::is_lowercase);
            if after_lower || ends_acronym {
                out.push('_');
            }
        }
        out.extend(c.to_uppercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::SdkCase;

    #[test]
    fn screaming_snake_case_splits_words() {
        let case = SdkCase::ScreamingSnakeCase;
        assert_eq!(case.apply("ErrorTimeout"), "ERROR_TIMEOUT");
        assert_eq!(case.apply("RoomSuccess"), "ROOM_SUCCESS");
        assert_eq!(
            case.apply("ErrorExceedMaxLength"),
            "ERROR_EXCEED_MAX_LENGTH"
        );
        assert_eq!(case.apply("ASRConnectionError"), "ASR_CONNECTION_ERROR");
        assert_eq!(case.apply("Failed404"), "FAILED404");
        assert_eq!(case.apply("Failed5xxRetry"), "FAILED5XX_RETRY");
        assert_eq!(case.apply("Already_Split"), "ALREADY_SPLIT");
        assert_eq!(case.apply("A"), "A");
    }

    #[test]
    fn upper_camel_case_is_the_name_as_written() {
        assert_eq!(
            SdkCase::UpperCamelCase.apply("InvalidToken"),
            "InvalidToken"
        );
    }
}
