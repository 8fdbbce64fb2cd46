//! The lookups of `rtc-codes explain` over any set of families: by value, by name, by words, a
//! whole family; and what to say when one finds nothing.

use std::fmt::Write as _;

use rtc_codes::FamilyInfo;

use super::{suggest, Lookup, Row, Scope};

/// The codes of `families` whose names or descriptions contain every word of `words` (compared
/// without case), in family and declaration order.
#[must_use]
pub fn search(families: &[&'static FamilyInfo], words: &str) -> Vec<Row> {
    let words: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
    list(families)
        .into_iter()
        .filter(|row| {
            let code = row.code;
            let texts: Vec<String> = [code.name, code.sdk_name, code.description]
                .into_iter()
                .chain(code.aliases.iter().copied())
                .chain(code.translations.iter().map(|(_, text)| *text))
                .map(str::to_lowercase)
                .collect();
            !words.is_empty()
                && words
                    .iter()
                    .all(|word| texts.iter().any(|text| text.contains(word.as_str())))
        })
        .collect()
}

/// Every code of `families`, in family and declaration order.
#[must_use]
pub fn list(families: &[&'static FamilyInfo]) -> Vec<Row> {
    families
        .iter()
        .flat_map(|family| family.codes.iter().map(move |code| Row { family, code }))
        .collect()
}

/// The codes of `families` that `query` names: by value when it is a number, else by name; when
/// none, why (with the closest names, or `--search` for a phrase), for codes of `scope`.
#[must_use]
pub fn lookup(families: &[&'static FamilyInfo], query: &str, scope: Scope) -> Lookup {
    let rows: Vec<Row> = match parse_value(query) {
        Some(value) => families
            .iter()
            .filter_map(|family| family.find_value(value).map(|code| Row { family, code }))
            .collect(),
        None => families
            .iter()
            .filter_map(|family| family.find_name(query).map(|code| Row { family, code }))
            .collect(),
    };
    let missing = rows
        .is_empty()
        .then(|| not_found_message(families, query, scope));
    Lookup {
        query: Some(query.to_owned()),
        rows,
        missing,
    }
}

/// A value: decimal or hexadecimal (`0x3e8`, `-0x3E8`), with an optional sign, spaces around it
/// aside; `None` for anything else (a name).
#[must_use]
pub fn parse_value(query: &str) -> Option<i128> {
    let query = query.trim();
    let (negative, unsigned) = match query.as_bytes().first() {
        Some(b'-') => (true, &query[1..]),
        Some(b'+') => (false, &query[1..]),
        _ => (false, query),
    };
    let (digits, radix) = match unsigned.get(..2) {
        Some("0x" | "0X") => (&unsigned[2..], 16),
        _ => (unsigned, 10),
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    // Too large for any family: it cannot match, which is reported as "not found".
    let magnitude = i128::from_str_radix(digits, radix).unwrap_or(i128::MAX);
    Some(if negative { -magnitude } else { magnitude })
}

/// Why `query` found nothing, with the closest names as suggestions, or `--search` for words.
fn not_found_message(families: &[&'static FamilyInfo], query: &str, scope: Scope) -> String {
    let scope = scope.place(families);
    if parse_value(query).is_some() {
        return format!("no code has the value {query} {scope}");
    }
    let names = families
        .iter()
        .flat_map(|family| family.codes.iter())
        .flat_map(|code| {
            [code.name, code.sdk_name]
                .into_iter()
                .chain(code.aliases.iter().copied())
        });
    let mut message = format!("no code is named `{}` {scope}", query.escape_debug());
    let suggestions = suggest::closest(query, names);
    if suggestions.is_empty() {
        // A word or a phrase that names nothing may be in a description.
        let _ = write!(
            message,
            "; to find codes by words of their names or descriptions: rtc-codes explain --search '{}'",
            query.replace('\'', "'\\''")
        );
    } else {
        let case_only = suggestions
            .iter()
            .all(|name| name.eq_ignore_ascii_case(query));
        message.push_str(if case_only {
            " (names are case-sensitive: did you mean "
        } else {
            " (did you mean "
        });
        message.push_str(&suggestions.join(", "));
        message.push_str("?)");
    }
    message
}

/// The family of `every` named `name`, its case aside; `Err` with what to say when none is,
/// with the closest names.
///
/// # Errors
///
/// A message naming the families, the closest first.
pub fn family<'f>(every: &[&'f FamilyInfo], name: &str) -> Result<&'f FamilyInfo, String> {
    if let Some(family) = every.iter().find(|family| family.name == name) {
        return Ok(family);
    }
    let folded: Vec<&&FamilyInfo> = every
        .iter()
        .filter(|family| family.name.eq_ignore_ascii_case(name))
        .collect();
    if let [only] = folded.as_slice() {
        return Ok(only);
    }
    let names: Vec<&str> = every.iter().map(|family| family.name).collect();
    let suggestions = suggest::closest(name, names.iter().copied());
    let hint = if suggestions.is_empty() {
        String::new()
    } else {
        format!(" (did you mean {}?)", suggestions.join(", "))
    };
    Err(format!(
        "no family is named `{}`{hint}; the families are: {}",
        name.escape_debug(),
        names.join(", ")
    ))
}
