//! The rustdoc text of generated items.
//!
//! Descriptions are plain text, so they are escaped before they become Markdown: a `[0,400]` in a
//! description must not turn into a link, nor a `<br>` into a tag.

use super::checked::{Code, Family};

/// Whether an expansion carries the generated rustdoc: the table of a family's codes and each
/// code's translations and identifiers.
///
/// Macro expansion is not cached by incremental compilation, so whatever the macro writes is paid
/// on every rebuild; the generated rustdoc is most of it, and only rustdoc reads it. When the
/// macro runs inside the compiler (`rustc`, or `clippy-driver` for clippy), the expansion carries
/// each code's own description (its literal, as written, which hover shows) and the user's doc
/// comments only; anywhere else (rustdoc, rust-analyzer, tests), the whole rustdoc. For the same
/// reason the template writes its per-method docs (`#[cfg_attr(doc, ...)]`) only where they are
/// asked for (`rustdoc: [doc]`, not in a compiler).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Docs {
    /// The generated rustdoc, as docs.rs shows it.
    Full,
    /// The descriptions and the user's doc comments, for a build whose docs nobody reads.
    Compiled,
}

impl Docs {
    /// What this process needs: [`Docs::Compiled`] in a compiler, [`Docs::Full`] elsewhere.
    pub fn for_this_build() -> Docs {
        let program = std::env::args_os().next().unwrap_or_default();
        let name = std::path::Path::new(&program)
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or_default();
        if matches!(name, "rustc" | "clippy-driver") {
            Docs::Compiled
        } else {
            Docs::Full
        }
    }
}

/// Escapes plain text for Markdown, keeping line breaks as `<br>`.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (index, line) in text.split('\n').enumerate() {
        if index > 0 {
            out.push_str("<br>");
        }
        let line = line.trim_end_matches('\r');
        for (position, c) in line.chars().enumerate() {
            let special = matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!'
            ) || (position == 0 && matches!(c, '-' | '+' | '='));
            if special {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// The family's doc comments as plain text: common indentation removed, outer blank lines trimmed.
pub fn family_docs_text(docs: &[String]) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for doc in docs {
        lines.extend(doc.split('\n'));
    }
    let indent = lines
        .iter()
        .filter(|line| !line.trim().is_empty())
        .map(|line| leading_whitespace(line))
        .min()
        .unwrap_or(0);
    let text: Vec<&str> = lines
        .iter()
        .map(|line| {
            let start = line
                .char_indices()
                .nth(indent)
                .map_or(line.len(), |(index, _)| index);
            line.get(start..).unwrap_or_default().trim_end()
        })
        .collect();
    text.join("\n").trim().to_owned()
}

fn leading_whitespace(line: &str) -> usize {
    line.chars().take_while(|c| c.is_whitespace()).count()
}

/// An identifier as inline code that a browser may break between its words:
/// `<code>kError<wbr>Code<wbr>Invalid<wbr>Token</code>`.
fn breakable_code(name: &str) -> String {
    let mut out = String::from("<code>");
    let mut previous: Option<char> = None;
    for (index, c) in name.chars().enumerate() {
        // Not after a one-letter prefix: `kError`, not `k` and `Error`.
        let word_starts = c.is_uppercase()
            && index > 1
            && previous.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit());
        if word_starts || previous == Some('_') {
            out.push_str("<wbr>");
        }
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            c => out.push(c),
        }
        previous = Some(c);
    }
    out.push_str("</code>");
    out
}

/// Whether the family has a doc comment of the user's.
pub fn is_documented(family: &Family) -> bool {
    family.docs.iter().any(|line| !line.trim().is_empty())
}

/// The lines of the enum's rustdoc: the user's docs, then a table of the codes.
pub fn family_docs(family: &Family) -> Vec<String> {
    let mut lines = family.docs.clone();
    lines.push(String::new());
    lines.push(" # Codes".to_owned());
    lines.push(String::new());
    // The value, the name and the SDK identifier in one narrow column (names break between
    // their words), then a column of descriptions per language: wider tables overflow the
    // content area of a docs page, and the last column is cut off.
    let mut header = match &family.lang {
        Some(lang) => format!(" | Code | Description (`{lang}`) |"),
        None => " | Code | Description |".to_owned(),
    };
    let mut rule = " | :-- | :-- |".to_owned();
    for language in &family.languages {
        header.push_str(" Description (`");
        header.push_str(language);
        header.push_str("`) |");
        rule.push_str(" :-- |");
    }
    lines.push(header);
    lines.push(rule);
    let cell = |text: &str| escape_markdown(text).replace('|', "\\|");
    for code in &family.codes {
        let mut row = format!(
            " | `{value}`<br>[{name}](Self::{ident})<br>{sdk} | {flags}{description} |",
            name = breakable_code(&code.name),
            ident = code.ident,
            value = code.value,
            sdk = breakable_code(&code.sdk_name),
            flags = match (code.success, code.deprecated) {
                (true, true) => "(success, deprecated) ",
                (true, false) => "(success) ",
                (false, true) => "(deprecated) ",
                (false, false) => "",
            },
            description = cell(&code.description_literal.value()),
        );
        // A cell per language of the family, empty where this code has no description in it.
        for language in &family.languages {
            let text = code
                .translations
                .iter()
                .find(|translation| translation.language.eq_ignore_ascii_case(language))
                .map_or(String::new(), |translation| {
                    cell(&translation.literal.value())
                });
            row.push(' ');
            row.push_str(&text);
            row.push_str(" |");
        }
        lines.push(row);
    }
    lines.push(String::new());
    match &family.catch_all {
        Some(other) => lines.push(format!(
            " The family is open: a value that no code declares is kept in \
             [`{other}`](Self::{other}), so converting from `{}` never fails or loses a value.",
            family.repr
        )),
        None => lines.push(format!(
            " The family is closed: converting a value that no code declares fails \
             (`TryFrom<{}>`), and `as {}` gives a code's value.",
            family.repr, family.repr
        )),
    }
    lines
}

/// The lines of a variant's rustdoc: its description, its own docs, then its identifiers.
pub fn code_docs(code: &Code) -> Vec<String> {
    let mut lines = vec![format!(
        " {}",
        escape_markdown(&code.description_literal.value())
    )];
    for super::checked::Translation { language, literal } in &code.translations {
        lines.push(String::new());
        lines.push(format!(
            " *{language}*: {}",
            escape_markdown(&literal.value())
        ));
    }
    if !code.docs.is_empty() {
        lines.push(String::new());
        lines.extend(code.docs.iter().cloned());
    }
    lines.push(String::new());
    let mut identity = format!(" SDK name `{}`, value `{}`", code.sdk_name, code.value);
    if !code.aliases.is_empty() {
        let aliases: Vec<String> = code.aliases.iter().map(|a| format!("`{a}`")).collect();
        identity.push_str(", also known as ");
        identity.push_str(&aliases.join(", "));
    }
    if code.success {
        identity.push_str("; a success code");
    }
    identity.push('.');
    lines.push(identity);
    lines
}

#[cfg(test)]
mod tests {
    use super::{breakable_code, escape_markdown, family_docs_text};

    #[test]
    fn identifiers_break_between_words() {
        assert_eq!(
            breakable_code("kErrorCodeInvalidToken"),
            "<code>kError<wbr>Code<wbr>Invalid<wbr>Token</code>"
        );
        assert_eq!(
            breakable_code("MESSAGE_CODE_ERROR"),
            "<code>MESSAGE_<wbr>CODE_<wbr>ERROR</code>"
        );
        assert_eq!(
            breakable_code("Failed404Retry"),
            "<code>Failed404<wbr>Retry</code>"
        );
    }

    #[test]
    fn escapes_markdown_and_keeps_line_breaks() {
        assert_eq!(escape_markdown("范围 [0,400]"), "范围 \\[0,400\\]");
        assert_eq!(escape_markdown("a\nb"), "a<br>b");
        assert_eq!(escape_markdown("- x_y <b>"), "\\- x\\_y \\<b\\>");
    }

    #[test]
    fn family_text_removes_common_indentation() {
        let docs = vec![
            " 回调错误码。".to_owned(),
            String::new(),
            "   indented".to_owned(),
        ];
        assert_eq!(family_docs_text(&docs), "回调错误码。\n\n  indented");
    }
}
