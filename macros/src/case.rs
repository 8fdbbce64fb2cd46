//! How a code's Rust name is spelled inside its SDK identifier.

/// The spelling of a code's name inside its SDK identifier (the family option `sdk_case`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SdkCase {
    /// As written: `InvalidToken`.
    UpperCamelCase,
    /// `ERROR_TIMEOUT` for `ErrorTimeout`.
    ScreamingSnakeCase,
}

impl SdkCase {
    pub const NAMES: [&'static str; 2] = ["UpperCamelCase", "SCREAMING_SNAKE_CASE"];

    pub fn from_name(name: &str) -> Option<SdkCase> {
        match name {
            "UpperCamelCase" => Some(SdkCase::UpperCamelCase),
            "SCREAMING_SNAKE_CASE" => Some(SdkCase::ScreamingSnakeCase),
            _ => None,
        }
    }

    pub fn apply(self, name: &str) -> String {
        match self {
            SdkCase::UpperCamelCase => name.to_owned(),
            SdkCase::ScreamingSnakeCase => screaming_snake(name),
        }
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
