//! HTML in doc comments as text: tags go (line-breaking ones as line breaks, table cells
//! separated by ` | `), character references are decoded.

use std::fmt::Write as _;

/// The HTML elements doc comments use: their tags go, the text between them stays.
pub(super) const HTML_ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "html",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "pre",
    "q",
    "s",
    "samp",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
    "ol",
    "menu",
];

/// Elements that are part of a line of text: their tags leave no space.
pub(super) const INLINE_ELEMENTS: &[&str] = &[
    "a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var",
];

/// Elements whose tags end a line of text.
pub(super) const HTML_LINE_BREAKS: &[&str] = &[
    "br", "p", "li", "tr", "div", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "hr",
];

/// Reads the HTML of a comment's lines: the table cells of the row being read are counted
/// across lines.
#[derive(Default)]
pub struct Html {
    /// Table cells read in the current row, for the separator before the next.
    cells: usize,
    /// The lists open: `None` for `<ul>`, the number of the last item for `<ol>`.
    lists: Vec<Option<usize>>,
}

impl Html {
    /// `line` without HTML tags: line-breaking ones as `\n` words, table cells separated by
    /// ` | `.
    pub fn strip(&mut self, line: &str) -> String {
        let line = mend_broken_tags(line);
        let mut out = String::with_capacity(line.len());
        let mut rest = line.as_str();
        while let Some(start) = rest.find('<') {
            out.push_str(&rest[..start]);
            let after = &rest[start + 1..];
            let Some((end, name, closing)) = html_tag(after) else {
                out.push('<');
                rest = after;
                continue;
            };
            if HTML_LINE_BREAKS.contains(&name.as_str()) {
                out.push_str(" \n");
                if name == "tr" {
                    self.cells = 0;
                }
            }
            if (name == "td" || name == "th") && !closing {
                if self.cells > 0 {
                    out.push_str(if out.ends_with(' ') { "|" } else { " |" });
                }
                self.cells += 1;
            }
            if name == "table" {
                self.cells = 0;
            }
            self.list_item(&mut out, &name, closing);
            // Inline elements join their text to what is around it; the others are apart
            // from it.
            let inline = INLINE_ELEMENTS.contains(&name.as_str());
            if !inline && !out.ends_with(' ') {
                out.push(' ');
            }
            rest = &after[end + 1..];
            if !inline {
                rest = rest.trim_start_matches(' ');
            }
        }
        out.push_str(rest);
        out
    }
}

impl Html {
    /// Lists as lines: `- item` in `<ul>`, `1. item` in `<ol>`.
    fn list_item(&mut self, out: &mut String, name: &str, closing: bool) {
        match (name, closing) {
            ("ul" | "menu", false) => self.lists.push(None),
            ("ol", false) => self.lists.push(Some(0)),
            ("ul" | "menu" | "ol", true) => {
                self.lists.pop();
                out.push_str(" \n");
            }
            ("li", false) => match self.lists.last_mut() {
                Some(Some(number)) => {
                    *number += 1;
                    let _ = write!(out, "{number}. ");
                }
                // An item outside a list is an item of an unordered one.
                _ => out.push_str("- "),
            },
            _ => {}
        }
    }
}

/// `line` with the `<` put back before a tag that lost it (`br>` or `/p>` at the start of a
/// word, or after a `]`): such a tag is a tag, not text.
fn mend_broken_tags(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut word_start = true;
    for (at, c) in line.char_indices() {
        let rest = &line[at..];
        // `br>` glued to a word (`reason.br>`) is the line break too.
        let glued_break = !word_start
            && !out.ends_with(['<', '/'])
            && ["br>", "br/>", "/br>"]
                .iter()
                .any(|tag| rest.starts_with(tag));
        if (word_start && c != '<' && is_broken_tag(rest)) || glued_break {
            out.push('<');
        }
        // After a language marker too (`[en]br>`).
        word_start = c.is_whitespace() || c == ']';
        out.push(c);
    }
    out
}

/// Whether `text` starts with a tag of an HTML element without its `<`: `br>`, `/p>`, `br/>`.
fn is_broken_tag(text: &str) -> bool {
    let body = text.strip_prefix('/').unwrap_or(text);
    let name_len = body
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(body.len());
    let after = &body[name_len..];
    name_len > 0
        && (after.starts_with('>') || after.starts_with("/>"))
        && HTML_ELEMENTS.contains(&body[..name_len].to_ascii_lowercase().as_str())
}

/// `lines` with an HTML tag that a line break splits (`<p` on one line, `class="note">` on the
/// next, as a comment wraps a long tag) joined into one line, so that it is read as the tag it
/// is.
pub(super) fn join_split_tags(lines: Vec<String>) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(lines.len());
    let mut open = false;
    for line in lines {
        match joined.last_mut() {
            Some(last) if open => {
                last.push(' ');
                last.push_str(&line);
            }
            _ => joined.push(line),
        }
        open = joined.last().is_some_and(|last| ends_inside_tag(last));
    }
    joined
}

/// Whether `line` ends inside an HTML element's tag: a `<name` (with attributes or not) with no
/// `>` after it.
fn ends_inside_tag(line: &str) -> bool {
    let Some(at) = line.rfind('<') else {
        return false;
    };
    let after = &line[at + 1..];
    if after.contains('>') {
        return false;
    }
    let name: String = after
        .trim_start_matches('/')
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let rest = &after.trim_start_matches('/')[name.len()..];
    (rest.is_empty() || rest.starts_with(char::is_whitespace))
        && HTML_ELEMENTS.contains(&name.to_ascii_lowercase().as_str())
}

/// The tag at the start of `after` (the text after a `<`): where its `>` is, the element's name
/// in lower case, and whether it is a closing tag; `None` if it is not a tag of an HTML element.
pub(super) fn html_tag(after: &str) -> Option<(usize, String, bool)> {
    let end = after.find('>')?;
    let inner = &after[..end];
    if inner.contains('<') {
        return None;
    }
    let closing = inner.starts_with('/');
    let name = inner
        .trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    HTML_ELEMENTS
        .contains(&name.as_str())
        .then_some((end, name, closing))
}

/// `text` with its HTML character references decoded (`&times;`, `&#215;`, `&amp;`), including
/// references that decoding makes (`&amp;lt;`); a no-break space is a space, and a numeric
/// reference to no character (`&#0;`, `&#xD800;`) is U+FFFD, as HTML reads it.
pub(super) fn decode_references(text: &str) -> String {
    let mut text = text.to_owned();
    while text.contains('&') {
        let decoded = html_escape::decode_html_entities(&text).into_owned();
        if decoded == text {
            break;
        }
        text = decoded;
    }
    if text.contains("&#") {
        text = invalid_numeric_references(&text);
    }
    text.replace('\u{a0}', " ")
}

/// `text` with the numeric references left after decoding (they name no character) as U+FFFD.
fn invalid_numeric_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("&#") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let (digits, radix, prefix) = match after.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 1),
            None => (after, 10, 0),
        };
        let len = digits
            .find(|c: char| !c.is_digit(radix))
            .unwrap_or(digits.len());
        if len > 0 && digits[len..].starts_with(';') {
            out.push('\u{fffd}');
            rest = &after[prefix + len + 1..];
        } else {
            out.push_str("&#");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}
