//! Rust names for C enums and enumerators, and the `sdk_prefix` and `sdk_case` that spell the
//! SDK's names back from them.

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use super::Code;
use rtc_codes_rules::SdkCase;

/// The byte ranges of the words of an identifier: split at `_`, at a capital after a lowercase
/// letter or a digit, and at the last capital of a run followed by a lowercase letter
/// (`kErrorCodeInvalidToken`: `k` `Error` `Code` `Invalid` `Token`; `ASRError`: `ASR` `Error`;
/// `ERROR_CODE_5XX`: `ERROR` `CODE` `5XX`, for a name without lowercase letters only splits at
/// `_`). The same boundaries `sdk_case` uses.
pub fn words(name: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = name.char_indices().collect();
    // Without lowercase letters (`ERROR_5XX`), only underscores separate words.
    let camel = name.chars().any(char::is_lowercase);
    let mut words = Vec::new();
    let mut start: Option<usize> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        if c == '_' {
            if let Some(s) = start.take() {
                words.push((s, at));
            }
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| chars.get(p)).map(|&(_, c)| c);
        let next = chars.get(i + 1).map(|&(_, c)| c);
        let boundary = camel
            && c.is_uppercase()
            && (prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
                || (prev.is_some_and(char::is_uppercase) && next.is_some_and(char::is_lowercase)));
        match start {
            Some(s) if boundary => {
                words.push((s, at));
                start = Some(at);
            }
            Some(_) => {}
            None => start = Some(at),
        }
    }
    if let Some(s) = start {
        words.push((s, name.len()));
    }
    words
}

/// The C name an anonymous enum is known by: the prefix all of its enumerators share (as a
/// family of macros is named by the prefix of its macros), without a trailing `_`
/// (`DEMO_ERR_OK`, `DEMO_ERR_UNKNOWN`: `DEMO_ERR`), without the Hungarian `k` of constants
/// (`kDemoResultOk`, `kDemoResultFailed`: `DemoResult`); `None` when they share no prefix but
/// that `k`, which names nothing.
pub fn anonymous_name<'a>(enumerators: &[&'a str]) -> Option<&'a str> {
    let prefix = shared_prefix(enumerators, enumerators.len());
    let mut name = prefix.trim_end_matches('_');
    if let Some(rest) = name.strip_prefix('k') {
        if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
            name = rest;
        }
    }
    let named = name.chars().filter(char::is_ascii_alphanumeric).count() > 1;
    named.then_some(name)
}

/// The longest prefix that at least `count` of `names` share, ending where a word of each begins
/// and leaving each at least one word: `kErrorCode` of `kErrorCodeInvalidToken` and
/// `kErrorCodeJoinRoom`. Letter case is not compared, so that one name's typo (`KErrorCode...`)
/// does not hide the prefix; the spelling most of the names have is returned. Empty for fewer
/// than two names.
pub fn shared_prefix<'a>(names: &[&'a str], count: usize) -> &'a str {
    if names.len() < 2 {
        return "";
    }
    let mut counts: HashMap<String, (usize, HashMap<&'a str, usize>)> = HashMap::new();
    for name in names {
        for (start, _) in words(name) {
            if start > 0 {
                let prefix = &name[..start];
                let (total, spellings) = counts.entry(prefix.to_ascii_lowercase()).or_default();
                *total += 1;
                *spellings.entry(prefix).or_default() += 1;
            }
        }
    }
    counts
        .into_values()
        .filter(|(shared, _)| *shared >= count.max(2))
        .filter_map(|(_, spellings)| {
            spellings
                .into_iter()
                .max_by_key(|&(spelling, uses)| (uses, spelling))
                .map(|(spelling, _)| spelling)
        })
        .max_by_key(|prefix| (prefix.len(), *prefix))
        .unwrap_or_default()
}

/// Whether `name` starts with `prefix`, whatever the case of its letters.
fn starts_with_ignoring_case(name: &str, prefix: &str) -> bool {
    name.get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

/// `text` lowered, without underscores: how prefixes and enum names are compared.
fn folded(text: &str) -> String {
    text.chars()
        .filter(|&c| c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The prefix of the only SDK name of a family that ends with the family's name:
/// `kSmallFits` of `Small` has `kSmall`; empty where the name does not contain it at a word
/// boundary with a word after it.
pub fn family_prefix<'a>(sdk_name: &'a str, c_name: &str) -> &'a str {
    let family: Vec<String> = words(c_name)
        .into_iter()
        .map(|(start, end)| c_name[start..end].to_ascii_lowercase())
        .collect();
    let spans = words(sdk_name);
    let lowered: Vec<String> = spans
        .iter()
        .map(|&(start, end)| sdk_name[start..end].to_ascii_lowercase())
        .collect();
    if family.is_empty() {
        return "";
    }
    for at in 0..lowered.len() {
        let end = at + family.len();
        if end < lowered.len() && lowered[at..end] == family[..] {
            return &sdk_name[..spans[end].0];
        }
    }
    ""
}

/// An UpperCamelCase Rust name for what is left of an SDK name without its prefix:
/// `INVALID_TOKEN` → `InvalidToken`, `InvalidToken` stays, `invalid_token` → `InvalidToken`,
/// and words of either case between underscores recased one by one
/// (`RAWDATA_NOT_IN_Session` → `RawdataNotInSession`). Only ASCII letters and digits are kept;
/// an empty result is `None`.
pub fn upper_camel(text: &str) -> Option<String> {
    let screaming = !text.chars().any(char::is_lowercase);
    let snake = text.contains('_') && !text.chars().any(char::is_uppercase);
    if !screaming && !snake && text.contains('_') {
        // Mixed: each part between underscores on its own.
        let parts: Vec<String> = text.split('_').filter_map(upper_camel).collect();
        return (!parts.is_empty()).then(|| parts.concat());
    }
    let mut out = String::with_capacity(text.len());
    for (start, end) in words(text) {
        let word: String = text[start..end]
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect();
        let mut chars = word.chars();
        let Some(first) = chars.next() else {
            continue;
        };
        out.push(first.to_ascii_uppercase());
        if screaming || snake {
            out.extend(chars.map(|c| c.to_ascii_lowercase()));
        } else {
            out.extend(chars);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A Rust type name for a C enum name: `ErrorCode` stays, `rtc_error_code_t` → `RtcErrorCode`,
/// `_RTCState` → `RTCState`.
pub fn family_name(c_name: &str) -> String {
    let trimmed = c_name.trim_start_matches('_');
    // `rtc_error_t`, `rtcError` and `RTC_ERROR`, but not `RTCError`, need their words recased.
    let needs_words = trimmed.contains('_')
        || trimmed.starts_with(|c: char| c.is_lowercase())
        || !trimmed.chars().any(char::is_lowercase);
    let mut name = if needs_words {
        let mut spans = words(trimmed);
        // `_t` and `_e`, the C suffixes of types and enums, are not part of the name.
        if spans.len() > 1 {
            if let Some(&(start, end)) = spans.last() {
                if matches!(&trimmed[start..end], "t" | "e") {
                    spans.pop();
                }
            }
        }
        let kept = spans.last().map_or(0, |&(_, end)| end);
        upper_camel(&trimmed[..kept]).unwrap_or_default()
    } else {
        trimmed
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect()
    };
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert_str(0, "Enum");
    }
    if name == "Self" {
        name.push_str("Code");
    }
    name
}

/// The `sdk_prefix` and `sdk_case` under which the most codes' SDK names come out right from
/// their Rust names (`(rust_name, sdk_name)` pairs), given the prefix the SDK names share.
pub fn sdk_spelling(codes: &[(&str, &str)], prefix: &str) -> (Option<String>, SdkCase) {
    let mut candidates = Vec::new();
    if !prefix.is_empty() {
        candidates.push((Some(prefix), SdkCase::UpperCamelCase));
        candidates.push((Some(prefix), SdkCase::ScreamingSnakeCase));
    }
    candidates.push((None, SdkCase::UpperCamelCase));
    candidates.push((None, SdkCase::ScreamingSnakeCase));
    let mut best = (None, SdkCase::UpperCamelCase);
    let mut best_count = 0;
    for (prefix, case) in candidates {
        let count = codes
            .iter()
            .filter(|(name, sdk_name)| spell(prefix, case, name) == *sdk_name)
            .count();
        if count > best_count {
            best_count = count;
            best = (prefix.map(str::to_owned), case);
        }
    }
    best
}

/// The SDK name `rtc_codes!` derives for `name` under `prefix` and `case`.
pub fn spell(prefix: Option<&str>, case: SdkCase, name: &str) -> String {
    format!("{}{}", prefix.unwrap_or_default(), case.apply(name))
}

/// Whether `rtc_codes!` would take the Rust name `name` for one that repeats `prefix`
/// ([`SdkCase::repeats_prefix`], the macro's own rule), which it accepts only with an explicit
/// `sdk_name`: an SDK name such as `ERR_ERR_TIMEOUT` under `ERR_` is spelled out.
pub fn repeats_prefix(prefix: Option<&str>, case: SdkCase, name: &str) -> bool {
    prefix.is_some_and(|prefix| case.repeats_prefix(prefix, name))
}

/// Whether clippy's `enum_variant_names` would find fault with the codes' names, which come from
/// the SDK's: a name that starts or ends with the family's, or a first or last word all of three
/// or more names share. (Broader than clippy's own rule, so that it never fires on imported
/// code.)
pub fn variant_names_lint(family: &str, names: &[&str]) -> bool {
    let word = |name: &str, last: bool| {
        let spans = words(name);
        let span = if last { spans.last() } else { spans.first() };
        span.map(|&(start, end)| name[start..end].to_ascii_lowercase())
    };
    let shared = |last: bool| {
        let first = names.first().and_then(|name| word(name, last));
        first.is_some() && names.iter().all(|name| word(name, last) == first)
    };
    names
        .iter()
        .any(|name| name.starts_with(family) || name.ends_with(family))
        || (names.len() >= 3 && (shared(false) || shared(true)))
}

/// The words that say success at the end of a code's name (after the family's prefix), as
/// whole words: `Ok`, `CommonSuccess`, `LoginOk`, `NoError`.
const SUCCESS_WORDS: [&[&str]; 9] = [
    &["ok"],
    &["success"],
    &["succeeded"],
    &["succeed"],
    &["successful"],
    &["succ"],
    &["no", "error"],
    &["no", "err"],
    &["no", "errors"],
];

/// Words that, right before a word of success, negate it (`NotOk`, `NonSuccess`).
const NEGATIONS: [&str; 6] = ["not", "non", "un", "never", "no", "fail"];

/// Names of a 0 that means success only where its description says so (`ERR_NULL`, "No
/// error."): in a family of options, `None` is no option, not success.
const EMPTY_NAMES: [&str; 3] = ["None", "Null", "Nil"];

/// Descriptions that say that a code means success, when they are the whole of the first
/// sentence (`No error.`, `成功`), never a phrase inside one (`success is not reported`).
const SUCCESS_TEXTS: [&str; 9] = [
    "no error",
    "success",
    "succeeded",
    "successful",
    "ok",
    "成功",
    "没有错误",
    "无错误",
    "正常",
];

/// Whether a code of value `value`, named `name` (SDK name `sdk_name`) and described as
/// `description`, means success: value 0 and a name whose last words are [`SUCCESS_WORDS`]
/// (not negated by the word before them), a name of [`EMPTY_NAMES`] whose description's first
/// sentence is one of [`SUCCESS_TEXTS`], or an SDK name that says "no error" in the other order
/// (`DemoErrNone`, `ERROR_NONE`: an error that is none).
fn means_success(value: i128, name: &str, sdk_name: &str, description: &str) -> bool {
    if value != 0 {
        return false;
    }
    let lowered = |name: &str| -> Vec<String> {
        words(name)
            .iter()
            .map(|&(start, end)| name[start..end].to_ascii_lowercase())
            .collect()
    };
    let name_words = lowered(name);
    let ends_in_success = SUCCESS_WORDS.iter().any(|phrase| {
        let Some(start) = name_words.len().checked_sub(phrase.len()) else {
            return false;
        };
        let matches = name_words[start..]
            .iter()
            .zip(phrase.iter())
            .all(|(a, b)| a == b);
        let negated = start
            .checked_sub(1)
            .and_then(|before| name_words.get(before))
            .is_some_and(|word| NEGATIONS.contains(&word.as_str()));
        matches && !negated
    });
    let says_success = || {
        let first = description
            .split(['.', '。', ';', '；', ',', '，', ':', '：', '!', '！', '\n'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_lowercase();
        SUCCESS_TEXTS.contains(&first.as_str())
    };
    let sdk_words = lowered(sdk_name);
    let error_none = match sdk_words.as_slice() {
        [.., error, none] => {
            matches!(error.as_str(), "err" | "error" | "errors")
                && matches!(none.as_str(), "none" | "null" | "nil")
        }
        _ => false,
    };
    ends_in_success || (EMPTY_NAMES.contains(&name) && says_success()) || error_none
}

/// The names tried, in order, for an open family's catch-all.
const CATCH_ALL_NAMES: [&str; 3] = ["Other", "Unknown", "Undeclared"];

/// Names the codes (without their shared prefix, in UpperCamelCase, each name once), marks
/// success, and returns the `sdk_prefix` and `sdk_case` that spell the most SDK names back.
pub fn name_codes(codes: &mut [Code], c_name: &str, family: &str) -> (Option<String>, SdkCase) {
    let sdk_names: Vec<&str> = codes.iter().map(|code| code.sdk_name.as_str()).collect();
    // The prefix most codes share is the family's, unless the one all of them share ends with
    // the enum's name (`DemoErrors_` of `DemoErrors_RAWDATA_...`: the words after it are the
    // codes'); the others lose the one all of them share.
    let everyone = shared_prefix(&sdk_names, sdk_names.len());
    let prefix = match sdk_names.as_slice() {
        [only] => family_prefix(only, c_name),
        _ if !everyone.is_empty() && folded(everyone).ends_with(&folded(c_name)) => everyone,
        _ => shared_prefix(&sdk_names, sdk_names.len() / 2 + 1),
    }
    .to_owned();
    let everyone = everyone.len();
    let strip = |sdk_name: &str| {
        // `kGen_Ok` shares `kGen` with `kGenFailed`: an underscore after a prefix ends it too.
        let shares = !prefix.is_empty()
            && starts_with_ignoring_case(sdk_name, &prefix)
            && (sdk_name[prefix.len()..].starts_with('_')
                || words(sdk_name)
                    .iter()
                    .any(|&(start, _)| start == prefix.len()));
        if shares {
            prefix.len()
        } else {
            everyone
        }
    };
    let lookup_names: Vec<Vec<String>> = codes
        .iter()
        .map(|code| {
            std::iter::once(code.sdk_name.clone())
                .chain(code.aliases.iter().map(|alias| alias.sdk_name.clone()))
                .collect()
        })
        .collect();
    let mut taken: Vec<String> = Vec::new();
    for (index, code) in codes.iter_mut().enumerate() {
        let rest = code
            .sdk_name
            .get(strip(&code.sdk_name)..)
            .unwrap_or_default();
        let mut name = upper_camel(rest)
            .filter(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
            .or_else(|| {
                // `k1080p` without `k`: the whole SDK name makes a name.
                upper_camel(&code.sdk_name)
                    .filter(|name| name.starts_with(|c: char| c.is_ascii_alphabetic()))
            })
            .unwrap_or_else(|| format!("Code{index}"));
        // `RoomErrorFull` in `RoomError` is `Full`; `TimeoutError` in `Error` is `Timeout`.
        let after_family = name
            .strip_prefix(family)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()));
        let before_family = name
            .strip_suffix(family)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()));
        if after_family {
            name.drain(..family.len());
        } else if before_family {
            name.truncate(name.len() - family.len());
        }
        if name == "Self" {
            name.push_str("Code");
        }
        let base = name.clone();
        let mut suffix = 2;
        // `from_name` takes Rust names, SDK names and aliases: each must name one code.
        while taken.contains(&name)
            || lookup_names[..index]
                .iter()
                .chain(&lookup_names[index + 1..])
                .any(|names| names.contains(&name))
        {
            name = format!("{base}{suffix}");
            suffix += 1;
        }
        taken.push(name.clone());
        code.success = means_success(code.value, &name, &code.sdk_name, &code.description);
        code.name = name;
    }
    let pairs: Vec<(&str, &str)> = codes
        .iter()
        .map(|code| (code.name.as_str(), code.sdk_name.as_str()))
        .collect();
    sdk_spelling(&pairs, &prefix)
}

pub fn catch_all_name(codes: &[Code]) -> String {
    let taken = |name: &str| {
        codes.iter().any(|code| {
            code.name == name
                || code.sdk_name == name
                || code.aliases.iter().any(|alias| alias.sdk_name == name)
        })
    };
    CATCH_ALL_NAMES
        .into_iter()
        .find(|name| !taken(name))
        .map_or_else(
            || {
                // There are fewer names than that, so one of them is free.
                (2..=codes.len() * 2 + 2)
                    .map(|n| format!("Other{n}"))
                    .find(|name| !taken(name))
                    .unwrap_or_default()
            },
            str::to_owned,
        )
}
