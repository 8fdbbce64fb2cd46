//! A value restated at the start of its own description (`3: The module is not ready.`,
//! `0x10: ...`, `-7: ...`, `/* 18 - was used before 2.0 */`, or a comment that is only `17`):
//! the header's reader already has the value, so the restatement is not description text.

/// `text` without a restatement of `value` at its start: the number (decimal or hexadecimal,
/// with its sign, possibly in parentheses) equal to `value`, then the end of the text or a
/// separator (`:`, `-`, `–`, `—`, `=`, `.`, `,`, `、`, `)`, or their full-width forms) and the
/// spaces after it. A number that is not the value, or that a word follows without a separator
/// (`2 seconds passed`), is text.
pub fn without_restated_value(text: &str, value: i128) -> &str {
    let trimmed = text.trim_start();
    let (inner, closing) = match trimmed.strip_prefix(['(', '（', '[']) {
        Some(inner) => (inner, true),
        None => (trimmed, false),
    };
    let Some((number, rest)) = leading_number(inner) else {
        return text;
    };
    if number != value {
        return text;
    }
    let rest = if closing {
        match rest.strip_prefix([')', '）', ']']) {
            Some(rest) => rest,
            None => return text,
        }
    } else {
        rest
    };
    let after_spaces = rest.trim_start();
    if after_spaces.is_empty() {
        return "";
    }
    let separator = after_spaces
        .strip_prefix([':', '：', '-', '–', '—', '=', ',', '，', '、', ')', '）'])
        .or_else(|| {
            // `3. The module`, but not `3.5`.
            after_spaces
                .strip_prefix('.')
                .filter(|after| !after.starts_with(|c: char| c.is_ascii_digit()))
        });
    match separator {
        Some(after) => after.trim_start(),
        // `(3) text`: the parentheses set the number apart.
        None if closing => after_spaces,
        None => text,
    }
}

/// The integer `text` starts with (`-7`, `+3`, `0x10`, `17`) and what follows it, if the
/// number ends there (no letter or digit glued to it).
fn leading_number(text: &str) -> Option<(i128, &str)> {
    let (negative, unsigned) = match text.strip_prefix(['-', '−']) {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (digits, radix, prefix_len) = match unsigned
        .strip_prefix("0x")
        .or_else(|| unsigned.strip_prefix("0X"))
    {
        Some(hex) => (hex, 16, 2),
        None => (unsigned, 10, 0),
    };
    let len = digits
        .find(|c: char| !c.is_digit(radix))
        .unwrap_or(digits.len());
    if len == 0 || len > 32 {
        return None;
    }
    let rest = &unsigned[prefix_len + len..];
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
        return None;
    }
    let magnitude = i128::from_str_radix(&digits[..len], radix).ok()?;
    Some((if negative { -magnitude } else { magnitude }, rest))
}

#[cfg(test)]
mod tests {
    use super::without_restated_value;

    #[test]
    fn restatements_go_and_other_numbers_stay() {
        let cases: [(&str, i128, &str); 14] = [
            ("3: The module is not ready.", 3, "The module is not ready."),
            ("0x10: The token expired.", 16, "The token expired."),
            ("-7: Negative.", -7, "Negative."),
            ("18 - was used before 2.0", 18, "was used before 2.0"),
            ("17", 17, ""),
            (" (17) ", 17, ""),
            ("(5) Busy.", 5, "Busy."),
            ("1001：房间已满。", 1001, "房间已满。"),
            ("3. Not ready.", 3, "Not ready."),
            (
                "2 seconds passed without an answer.",
                19,
                "2 seconds passed without an answer.",
            ),
            ("2 seconds passed.", 2, "2 seconds passed."),
            ("3.5 seconds", 3, "3.5 seconds"),
            ("0x10ms", 16, "0x10ms"),
            ("No error.", 0, "No error."),
        ];
        for (text, value, expected) in cases {
            assert_eq!(without_restated_value(text, value), expected, "{text:?}");
        }
    }
}
