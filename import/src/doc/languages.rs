//! The markers of languages in comments: `@locale` arguments, `@if` and `@~` names, `[en]`.

/// A `[en]`, `[cn]` or `[zh]` marker at the start of a word: the language, and the rest of the
/// word. Only the names of languages count: `[0,400]` and `[in]` are text.
pub(super) fn bracket_language(word: &str) -> Option<(String, &str)> {
    let inner_end = word.strip_prefix('[')?.find(']')? + 1;
    let language = language_name(&word[1..inner_end])?;
    Some((language, &word[inner_end + 1..]))
}

/// A language tag glued to what follows it (`en<br>` read as a word): the tag and the rest.
pub(super) fn split_tag(word: &str) -> (&str, &str) {
    let end = word
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map_or(word.len(), |(at, _)| at);
    (&word[..end], &word[end..])
}

/// The language of an `@locale` argument, as the DSL writes it: its primary language in lower
/// case (`zh_CN` and `zh-CN` are `zh`), with the names headers use for languages read as such
/// (`cn` is `zh`).
pub(super) fn language_tag(word: &str) -> String {
    language_name(word).unwrap_or_else(|| {
        word.split(['_', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    })
}

/// The language a marker names, if it names one: `@if Chinese`, `@~english`, `[cn]`, `[EN]`,
/// `[zh-CN]` (by its primary language).
pub(super) fn language_name(word: &str) -> Option<String> {
    let primary = word.split(['_', '-']).next().unwrap_or_default();
    let tag = match primary.to_ascii_lowercase().as_str() {
        "chinese" | "zh" | "cn" | "chs" | "cht" | "zho" | "chi" => "zh",
        "english" | "en" | "eng" => "en",
        "japanese" | "ja" | "jp" | "jpn" => "ja",
        "korean" | "ko" | "kr" | "kor" => "ko",
        // The other languages of Doxygen's `OUTPUT_LANGUAGE`, which `\~language` names.
        "afrikaans" => "af",
        "arabic" => "ar",
        "armenian" => "hy",
        "brazilian" => "pt-BR",
        "bulgarian" => "bg",
        "catalan" => "ca",
        "croatian" => "hr",
        "czech" => "cs",
        "danish" => "da",
        "dutch" => "nl",
        "esperanto" => "eo",
        "farsi" | "persian" => "fa",
        "finnish" => "fi",
        "french" => "fr",
        "german" => "de",
        "greek" => "el",
        "hindi" => "hi",
        "hungarian" => "hu",
        "indonesian" => "id",
        "italian" => "it",
        "latvian" => "lv",
        "lithuanian" => "lt",
        "macedonian" => "mk",
        "norwegian" => "nb",
        "polish" => "pl",
        "portuguese" => "pt",
        "romanian" => "ro",
        "russian" => "ru",
        "serbian" => "sr",
        "slovak" => "sk",
        "slovene" | "slovenian" => "sl",
        "spanish" => "es",
        "swedish" => "sv",
        "turkish" => "tr",
        "ukrainian" => "uk",
        "vietnamese" => "vi",
        _ => return None,
    };
    Some(tag.to_owned())
}
