//! [`DisplayIn`]: a code as one line, for logs, in a chosen language.

use core::fmt::{self, Write as _};

use crate::{CodeInfo, FamilyInfo};

/// A code as one line, as its `Display` shows it, with the description in a chosen language:
/// what `code.display_in("en")` returns (the default description where the code has none in
/// that language).
///
/// `kErrorCodeInvalidToken (-1000): Token 无效。…` for a declared code, `ErrorCode (-1081):
/// undeclared code` for a value an open family keeps. A line break in a description shows as a
/// space, so that one code is one line of a log.
///
/// ```
/// use rtc_codes::WarningCode;
///
/// let line = WarningCode::JoinRoomFailed.to_string();
/// assert!(line.starts_with("kWarningCodeJoinRoomFailed (-2001): 进房失败。"));
/// assert!(!line.contains('\n'));
/// let english = WarningCode::JoinRoomFailed.display_in("en").to_string();
/// assert!(english.starts_with("kWarningCodeJoinRoomFailed (-2001): Failed to join the room"));
/// // A language the family lacks shows the default description.
/// assert_eq!(WarningCode::JoinRoomFailed.display_in("fr").to_string(), line);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct DisplayIn<'a> {
    info: Option<&'static CodeInfo>,
    family: &'static FamilyInfo,
    value: i128,
    language: Option<&'a str>,
}

impl<'a> DisplayIn<'a> {
    /// The line of the code with metadata `info` (`None` for an undeclared value) and value
    /// `value` in `family`, with the description in `language` where the code has one in it.
    ///
    /// ```
    /// use rtc_codes::{DisplayIn, ErrorCode};
    /// let line = DisplayIn::new(None, ErrorCode::FAMILY, -1081, Some("en"));
    /// assert_eq!(line.to_string(), "ErrorCode (-1081): undeclared code");
    /// ```
    #[must_use]
    pub const fn new(
        info: Option<&'static CodeInfo>,
        family: &'static FamilyInfo,
        value: i128,
        language: Option<&'a str>,
    ) -> Self {
        DisplayIn {
            info,
            family,
            value,
            language,
        }
    }
}

impl fmt::Display for DisplayIn<'_> {
    // Not generic, so that it is compiled once here, not once per family in users' crates.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.width().is_none() && f.precision().is_none() {
            return self.write_line(f);
        }
        // Width, fill, alignment and precision, as `Formatter::pad` applies them to a string:
        // the line is measured first, then written between its fill, cut at the precision.
        let mut measured = Chars { count: 0 };
        self.write_line(&mut measured)?;
        let shown = f
            .precision()
            .map_or(measured.count, |most| most.min(measured.count));
        let padding = f.width().unwrap_or(0).saturating_sub(shown);
        let (before, after) = match f.align() {
            Some(fmt::Alignment::Right) => (padding, 0),
            Some(fmt::Alignment::Center) => (padding / 2, padding - padding / 2),
            Some(fmt::Alignment::Left) | None => (0, padding),
        };
        let fill = f.fill();
        for _ in 0..before {
            f.write_char(fill)?;
        }
        self.write_line(&mut Cut {
            out: &mut *f,
            left: shown,
        })?;
        for _ in 0..after {
            f.write_char(fill)?;
        }
        Ok(())
    }
}

impl DisplayIn<'_> {
    /// The line: `SDK_NAME (value): description`, each line break of the description a space.
    fn write_line(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let value = Value(self.value);
        let Some(info) = self.info else {
            return write!(out, "{} ({value}): undeclared code", self.family.name);
        };
        write!(out, "{} ({value}): ", info.sdk_name)?;
        let description = self
            .language
            .and_then(|language| info.description_in(language))
            .unwrap_or(info.description);
        if !info.line_breaks {
            return out.write_str(description);
        }
        // Each line break (`\n`, `\r\n` or `\r`) as one space.
        let mut rest = description;
        // A byte scan: both are ASCII, so `at` is a character boundary.
        while let Some(at) = rest.bytes().position(|b| b == b'\n' || b == b'\r') {
            let (line, tail) = rest.split_at(at);
            out.write_str(line)?;
            out.write_str(" ")?;
            rest = tail
                .strip_prefix("\r\n")
                .or_else(|| tail.get(1..))
                .unwrap_or_default();
        }
        out.write_str(rest)
    }
}

/// Counts the characters written to it.
struct Chars {
    count: usize,
}

impl fmt::Write for Chars {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        self.count += text.chars().count();
        Ok(())
    }
}

/// Writes the first `left` characters written to it, and drops the rest.
struct Cut<'w> {
    out: &'w mut dyn fmt::Write,
    left: usize,
}

impl fmt::Write for Cut<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        if self.left == 0 {
            return Ok(());
        }
        let end = text
            .char_indices()
            .nth(self.left)
            .map_or(text.len(), |(at, _)| at);
        let kept = text.get(..end).unwrap_or(text);
        self.left -= kept.chars().count();
        self.out.write_str(kept)
    }
}

/// A value as `Display` writes it: through `i64` where it fits (every value but those of `u64`
/// above `i64::MAX`), which formats in fewer instructions than `i128`.
struct Value(i128);

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match i64::try_from(self.0) {
            Ok(value) => fmt::Display::fmt(&value, f),
            Err(_) => fmt::Display::fmt(&self.0, f),
        }
    }
}
