//! Doc comments to plain text, by language.
//!
//! Comment markers go, Doxygen and HTML markup is reduced to its text (`@brief`, `{@link #X}`,
//! `<br>`), and text marked by language (`@locale zh` ... `@locale en` ..., `@if English` ...
//! `@endif`) is kept apart; unmarked text is in the default language. Lines of a paragraph are
//! joined with a space, or with nothing between two CJK characters; a blank line or `<br>` is a
//! line break.

use super::lex::Token;

/// The text of some comments in each language they have, in order of appearance, and whether
/// they say `@deprecated`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub by_language: Vec<(String, String)>,
    pub deprecated: bool,
}

#[cfg(test)]
impl Texts {
    /// The text in `language`, if any.
    pub fn get(&self, language: &str) -> Option<&str> {
        self.by_language
            .iter()
            .find(|(lang, _)| lang == language)
            .map(|(_, text)| text.as_str())
    }
}

/// The commands whose text is kept without them (`@brief Text` is `Text`).
const DROPPED_COMMANDS: [&str; 27] = [
    "brief",
    "short",
    "details",
    "note",
    "attention",
    "warning",
    "remark",
    "remarks",
    "since",
    "version",
    "ref",
    "c",
    "p",
    "a",
    "e",
    "b",
    "em",
    "li",
    "see",
    "sa",
    "par",
    "return",
    "returns",
    "retval",
    "property",
    "enum",
    "value",
];

/// Reads `comments` (whole comment tokens) with `default` as the language of unmarked text.
pub fn texts(comments: &[Token<'_>], default: &str) -> Texts {
    let mut reader = Reader {
        default: default.to_owned(),
        stack: Vec::new(),
        locale: None,
        lines: Vec::new(),
        deprecated: false,
    };
    for comment in comments {
        for line in comment_lines(comment.text) {
            reader.line(&line);
        }
        // Separate block comments are separate paragraphs; `///` lines run on.
        if comment.text.starts_with("/*") {
            reader.push(String::new());
        }
    }
    let mut by_language: Vec<(String, String)> = Vec::new();
    let mut languages: Vec<String> = Vec::new();
    for (language, line) in &reader.lines {
        if !line.is_empty() && !languages.contains(language) {
            languages.push(language.clone());
        }
    }
    for language in languages {
        let lines = reader
            .lines
            .iter()
            .filter(|(lang, _)| *lang == language)
            .map(|(_, line)| line.as_str());
        let text = join(lines);
        if !text.is_empty() {
            by_language.push((language, text));
        }
    }
    Texts {
        by_language,
        deprecated: reader.deprecated,
    }
}

/// The lines of a comment without its markers (`/**`, `*/`, a leading `*`, `///<`).
fn comment_lines(comment: &str) -> Vec<String> {
    let body = if let Some(rest) = comment.strip_prefix("/*") {
        let rest = rest.strip_suffix("*/").unwrap_or(rest);
        rest.strip_prefix(['*', '!']).unwrap_or(rest)
    } else {
        let rest = comment.trim_start_matches('/');
        rest.strip_prefix('!').unwrap_or(rest)
    };
    let body = body.strip_prefix('<').unwrap_or(body);
    body.lines()
        .map(|line| {
            let line = line.trim();
            let line = line.strip_prefix('*').unwrap_or(line);
            line.trim().to_owned()
        })
        .collect()
}

struct Reader {
    default: String,
    /// Open `@if` blocks: the language of each, or `None` for a condition that is not one.
    stack: Vec<Option<String>>,
    /// The language set by the last `@locale`.
    locale: Option<String>,
    /// Lines of plain text with their language; an empty line ends a paragraph.
    lines: Vec<(String, String)>,
    deprecated: bool,
}

impl Reader {
    fn language(&self) -> String {
        self.stack
            .iter()
            .rev()
            .flatten()
            .next()
            .or(self.locale.as_ref())
            .unwrap_or(&self.default)
            .clone()
    }

    fn push(&mut self, line: String) {
        let language = self.language();
        self.lines.push((language, line));
    }

    /// A line: its text, and the language markers in it (at its start or anywhere after). The
    /// text between markers keeps its spacing.
    fn line(&mut self, line: &str) {
        let mut words = word_spans(line).into_iter().peekable();
        let mut text_start = 0;
        let mut any_marker = false;
        while let Some((start, end)) = words.next() {
            let word = &line[start..end];
            let marker = word.strip_prefix('@').or_else(|| word.strip_prefix('\\'));
            if !matches!(marker, Some("locale" | "if" | "endif")) {
                continue;
            }
            any_marker = true;
            self.text(&line[text_start..start]);
            self.push(String::new());
            let mut argument = || words.next().map(|(start, end)| &line[start..end]);
            match marker {
                Some("locale") => self.locale = argument().map(language_tag),
                Some("if") => self.stack.push(argument().and_then(language_name)),
                _ => {
                    self.stack.pop();
                }
            }
            text_start = words.peek().map_or(line.len(), |&(start, _)| start);
        }
        let rest = &line[text_start.min(line.len())..];
        if !any_marker || !rest.trim().is_empty() {
            self.text(rest);
        }
    }

    /// A line of text: markup reduced, `<br>` as line breaks.
    fn text(&mut self, line: &str) {
        let plain = self.plain(line);
        for (index, part) in plain.split('\n').enumerate() {
            if index > 0 {
                self.push(String::new());
            }
            self.push(part.trim().to_owned());
        }
    }

    /// `line` without Doxygen commands, `{@link}`s and HTML tags.
    fn plain(&mut self, line: &str) -> String {
        let line = links(line);
        let line = html(&line);
        let mut out = String::with_capacity(line.len());
        for word in line.split(' ') {
            let command = word
                .strip_prefix('@')
                .or_else(|| word.strip_prefix('\\'))
                .filter(|name| !name.is_empty());
            match command {
                Some("deprecated") => self.deprecated = true,
                Some(name) if DROPPED_COMMANDS.contains(&name) => {}
                _ => {
                    if !out.is_empty() && !out.ends_with('\n') {
                        out.push(' ');
                    }
                    out.push_str(word);
                }
            }
        }
        out
    }
}

/// The byte ranges of the whitespace-separated words of `line`.
fn word_spans(line: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = None;
    for (at, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                spans.push((s, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, line.len()));
    }
    spans
}

/// `{@link #X}` → `X`, `{@link Class#member}` → `Class.member`, `{@link X label}` → `label`,
/// `{@code x}` → `x`.
fn links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("{@") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let inner = &after[..end];
        let mut parts = inner.split_whitespace();
        let _command = parts.next();
        let target = parts.next().unwrap_or_default();
        let label: Vec<&str> = parts.collect();
        if label.is_empty() {
            let target = target.strip_prefix('#').unwrap_or(target);
            out.push_str(&target.replace('#', "."));
        } else {
            out.push_str(&label.join(" "));
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// The HTML tags doc comments use, as text: `<br>` and `<p>` are line breaks, the others go;
/// `&lt;`, `&gt;`, `&amp;`, `&quot;` and `&nbsp;` are their characters.
fn html(line: &str) -> String {
    const TAGS: [&str; 19] = [
        "br", "p", "b", "i", "u", "em", "strong", "code", "ul", "ol", "li", "span", "font", "a",
        "pre", "tt", "sup", "sub", "div",
    ];
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let tag = after.find('>').and_then(|end| {
            let inner = &after[..end];
            let name = inner
                .trim_start_matches('/')
                .split(|c: char| c.is_whitespace() || c == '/')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            TAGS.contains(&name.as_str()).then_some((end, name))
        });
        if let Some((end, name)) = tag {
            if name == "br" || name == "p" || name == "li" {
                out.push('\n');
            }
            rest = &after[end + 1..];
        } else {
            out.push('<');
            rest = after;
        }
    }
    out.push_str(rest);
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Joins lines: within a paragraph with a space (nothing between CJK characters), paragraphs
/// with a line break; no leading, trailing or repeated breaks.
fn join<'a>(lines: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    let mut break_pending = false;
    for line in lines {
        if line.is_empty() {
            break_pending = !out.is_empty();
            continue;
        }
        if break_pending {
            out.push('\n');
            break_pending = false;
        } else if let (Some(last), Some(first)) = (out.chars().last(), line.chars().next()) {
            if !(is_cjk(last) && is_cjk(first)) {
                out.push(' ');
            }
        }
        out.push_str(line);
    }
    out
}

/// CJK ideographs, kana, hangul and their punctuation: text in these scripts has no spaces.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303f}' | '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}'
        | '\u{ff00}'..='\u{ffef}')
}

/// A language tag as the DSL writes it: `zh_CN` and `zh-CN` are `zh`, lowercase.
fn language_tag(word: &str) -> String {
    word.split(['_', '-'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The language an `@if` condition names, if it names one (`@if Chinese`, `@if English`).
fn language_name(word: &str) -> Option<String> {
    let tag = match word.to_ascii_lowercase().as_str() {
        "chinese" | "zh" | "cn" => "zh",
        "english" | "en" => "en",
        "japanese" | "ja" => "ja",
        "korean" | "ko" => "ko",
        _ => return None,
    };
    Some(tag.to_owned())
}

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::import::lex::tokens;

    fn read(source: &str) -> Vec<(String, String)> {
        let (tokens, _) = tokens(source);
        texts(&tokens, "zh").by_language
    }

    fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
        expected
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn markers_and_markup_go() {
        assert_eq!(
            read("/**\n * @brief Token 无效。\n * 请检查<br>后重试。\n */"),
            pairs(&[("zh", "Token 无效。请检查\n后重试。")])
        );
        assert_eq!(read("///< 房间\n///< 已满"), pairs(&[("zh", "房间已满")]));
        assert_eq!(
            read("/** See {@link #onError} and {@link Room#join label here}. */"),
            pairs(&[("zh", "See onError and label here.")])
        );
        assert_eq!(
            read("/** a &lt; b <b>bold</b> x<y */"),
            pairs(&[("zh", "a < b bold x<y")])
        );
    }

    #[test]
    fn languages_are_kept_apart() {
        let source = "/**\n * @locale zh\n * @brief 进房失败。\n * @locale en\n * @brief Failed\n * to join.\n */";
        assert_eq!(
            read(source),
            pairs(&[("zh", "进房失败。"), ("en", "Failed to join.")])
        );
        let source =
            "/**\n * @if English\n * Failed.\n * @endif\n * @if Chinese\n * 失败。\n * @endif\n */";
        assert_eq!(read(source), pairs(&[("en", "Failed."), ("zh", "失败。")]));
        let (tokens, _) = tokens("/** @deprecated 请改用 X。 */");
        let found = texts(&tokens, "zh");
        assert!(found.deprecated);
        assert_eq!(found.get("zh"), Some("请改用 X。"));
    }
}
