//! Doc comments to plain text, by language, as Doxygen reads them.
//!
//! Every Doxygen or Javadoc command (`@x` or `\x`) is read by its kind, as Doxygen's manual
//! describes it, and none is left in the text:
//! - formatting and paragraph commands (`@brief`, `@note`, `@c`, `@p`, `@see`, ...) go, their
//!   text stays; so does any command this table does not know;
//! - commands whose argument is not description text (`@param x`, `@type keytype`,
//!   `@ingroup g`, `@class C`, ...) go with their word, and those that take the rest of the line
//!   (`@defgroup`, `@page`, `@fn`, `@var`, ...) with the line;
//! - internal text is dropped: `@cond` ... `@endcond`, `@internal` ... `@endinternal` (or the
//!   end of the comment), and the paragraph of `@hidden`, `@private` or `@privatesection`;
//! - `@deprecated text` is the code's deprecation note, not description text;
//! - language sections: `@locale en`, `@if English` ... `@else` ... `@endif`, `@~english`,
//!   `[en]` / `[cn]` / `[zh]` markers anywhere in a line; unmarked text is in the default
//!   language.
//!
//! HTML is text: tags go (a line break for `<br>`, `<p>`, `<li>` and table rows, ` | ` between
//! table cells), character references are decoded (`&times;`, `&#215;`, `&amp;`). Lines of a
//! paragraph are joined with a space, or with nothing between two CJK characters; a blank line or
//! `<br>` is a line break.

use super::lex::Token;

/// The text of some comments in each language they have, in order of appearance, and their
/// deprecation note, if they say `@deprecated` (empty when it has no text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub by_language: Vec<(String, String)>,
    pub deprecated: Option<String>,
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

/// How a command is read: what goes with it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// The command goes; its text stays (formatting, paragraphs, and unknown commands).
    Keep,
    /// The command and the word after it go (`@param name`, `@type keytype`).
    Word,
    /// The command and the rest of its line go (`@defgroup name Title`, `@fn declaration`).
    Line,
    /// The paragraph it starts is not description text (`@hidden`, `@private`).
    Hidden,
    /// The paragraph it starts is the deprecation note.
    Deprecated,
}

/// Commands that take their word or their line, or hide their paragraph; every other command
/// goes and leaves its text.
const COMMANDS: [(&str, Kind); 62] = [
    ("param", Kind::Word),
    ("tparam", Kind::Word),
    ("type", Kind::Word),
    ("region", Kind::Word),
    ("ingroup", Kind::Word),
    ("class", Kind::Word),
    ("struct", Kind::Word),
    ("union", Kind::Word),
    ("enum", Kind::Word),
    ("namespace", Kind::Word),
    ("interface", Kind::Word),
    ("protocol", Kind::Word),
    ("category", Kind::Word),
    ("def", Kind::Word),
    ("anchor", Kind::Word),
    ("relates", Kind::Word),
    ("related", Kind::Word),
    ("relatesalso", Kind::Word),
    ("memberof", Kind::Word),
    ("extends", Kind::Word),
    ("implements", Kind::Word),
    ("headerfile", Kind::Word),
    ("exception", Kind::Word),
    ("throw", Kind::Word),
    ("throws", Kind::Word),
    ("copydoc", Kind::Word),
    ("copybrief", Kind::Word),
    ("copydetails", Kind::Word),
    ("dontinclude", Kind::Word),
    ("include", Kind::Word),
    ("includelineno", Kind::Word),
    ("snippet", Kind::Word),
    ("cite", Kind::Word),
    ("link", Kind::Word),
    ("module", Kind::Word),
    ("concept", Kind::Word),
    ("file", Kind::Line),
    ("dir", Kind::Line),
    ("defgroup", Kind::Line),
    ("addtogroup", Kind::Line),
    ("weakgroup", Kind::Line),
    ("page", Kind::Line),
    ("subpage", Kind::Line),
    ("mainpage", Kind::Line),
    ("section", Kind::Line),
    ("subsection", Kind::Line),
    ("subsubsection", Kind::Line),
    ("paragraph", Kind::Line),
    ("name", Kind::Line),
    ("fn", Kind::Line),
    ("var", Kind::Line),
    ("typedef", Kind::Line),
    ("property", Kind::Line),
    ("overload", Kind::Line),
    ("image", Kind::Line),
    ("example", Kind::Line),
    ("hidden", Kind::Hidden),
    ("private", Kind::Hidden),
    ("privatesection", Kind::Hidden),
    ("protected", Kind::Hidden),
    ("protectedsection", Kind::Hidden),
    ("deprecated", Kind::Deprecated),
];

/// Commands that start a paragraph: they end the paragraph of `@hidden` or `@deprecated`.
const PARAGRAPHS: [&str; 30] = [
    "brief",
    "short",
    "details",
    "note",
    "notes",
    "attention",
    "warning",
    "remark",
    "remarks",
    "since",
    "version",
    "see",
    "sa",
    "par",
    "return",
    "returns",
    "result",
    "retval",
    "todo",
    "bug",
    "pre",
    "post",
    "invariant",
    "author",
    "authors",
    "date",
    "copyright",
    "test",
    "li",
    "arg",
];

/// How `name` is read.
fn kind(name: &str) -> Kind {
    COMMANDS
        .iter()
        .find(|(command, _)| *command == name)
        .map_or(Kind::Keep, |&(_, kind)| kind)
}

/// The HTML elements doc comments use: their tags go, the text between them stays.
const HTML_ELEMENTS: [&str; 62] = [
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
];

/// Elements that are part of a line of text: their tags leave no space.
const INLINE_ELEMENTS: [&str; 26] = [
    "a", "abbr", "b", "big", "cite", "code", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark",
    "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var",
];

/// Elements whose tags end a line of text.
const HTML_LINE_BREAKS: [&str; 14] = [
    "br", "p", "li", "tr", "div", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "hr",
];

/// Reads `comments` (whole comment tokens) with `default` as the language of unmarked text.
pub fn texts(comments: &[Token<'_>], default: &str) -> Texts {
    let mut reader = Reader::new(default);
    for comment in comments {
        for line in comment_lines(comment.text) {
            reader.line(&line);
        }
        reader.end_comment(comment.text.starts_with("/*"));
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
        deprecated: reader.deprecation.map(|words| words.concat()),
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

/// Where the words of the current paragraph go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sink {
    Text,
    Hidden,
    Deprecation,
}

struct Reader {
    default: String,
    /// Open `@if` blocks: the language of each, or `None` for a condition that is not one.
    stack: Vec<Option<String>>,
    /// The language set by the last `@locale`, `@~language` or `[xx]`.
    locale: Option<String>,
    /// Lines of plain text with their language; an empty line ends a paragraph.
    lines: Vec<(String, String)>,
    /// The words of the line being read, in the language they were read in, each after the
    /// spaces that came before it in the comment (but the first).
    words: Vec<String>,
    /// The spaces before the word being read.
    space: String,
    sink: Sink,
    /// Open `@cond` sections.
    cond: usize,
    /// Inside `@internal`, until `@endinternal` or the end of the comment.
    internal: bool,
    /// The words of the deprecation note, if the comments say `@deprecated`.
    deprecation: Option<Vec<String>>,
    /// Table cells read in the current row, for the separator before the next.
    cells: usize,
}

impl Reader {
    fn new(default: &str) -> Self {
        Reader {
            default: default.to_owned(),
            stack: Vec::new(),
            locale: None,
            lines: Vec::new(),
            words: Vec::new(),
            space: String::new(),
            sink: Sink::Text,
            cond: 0,
            internal: false,
            deprecation: None,
            cells: 0,
        }
    }

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

    /// Ends the line being read (`break_after`: and its paragraph).
    fn flush(&mut self, paragraph: bool) {
        let language = self.language();
        let line = std::mem::take(&mut self.words).concat();
        if !line.is_empty() {
            self.lines.push((language.clone(), line));
        }
        if paragraph {
            self.lines.push((language, String::new()));
        }
    }

    /// Changes the language of what follows, ending the line read so far.
    fn switch_language(&mut self, change: impl FnOnce(&mut Self)) {
        self.flush(true);
        change(self);
    }

    fn end_paragraph(&mut self) {
        self.flush(true);
        self.sink = Sink::Text;
    }

    fn end_comment(&mut self, block: bool) {
        self.internal = false;
        // Separate block comments are separate paragraphs; `///` lines run on.
        if block {
            self.end_paragraph();
        } else {
            self.flush(false);
        }
    }

    /// Whether words are dropped here (inside `@cond` or `@internal`).
    fn dropping(&self) -> bool {
        self.cond > 0 || self.internal
    }

    fn word(&mut self, word: &str) {
        if word.is_empty() || self.dropping() {
            return;
        }
        let words = match self.sink {
            Sink::Text => &mut self.words,
            Sink::Hidden => return,
            Sink::Deprecation => self.deprecation.get_or_insert_with(Vec::new),
        };
        if words.is_empty() {
            words.push(word.to_owned());
        } else {
            words.push(format!("{}{word}", self.space));
        }
    }

    /// One line of a comment: its words, commands and markers in order.
    fn line(&mut self, line: &str) {
        if line.trim().is_empty() {
            self.end_paragraph();
            return;
        }
        // References first, so that the tags they stand for (`&lt;br&gt;`) go as tags, and the
        // commands (`&#64;brief`) as commands.
        let line = decode_references(&links(line));
        let line = self.html(&line);
        let mut words = Words {
            items: spaced_words(&line),
            at: 0,
        };
        while let Some((space, word)) = words.next() {
            set_space(&mut self.space, space);
            self.read_word(word, &mut words);
        }
        self.flush(false);
    }

    /// One word: a line break from the HTML, a language marker, a command or text; what follows
    /// a marker or a command's name in the same word is read as a word of its own.
    fn read_word(&mut self, word: &str, words: &mut Words<'_>) {
        if word.is_empty() {
            return;
        }
        if let Some(rest) = word.strip_prefix('\n') {
            // A line break from the HTML (`<br>`).
            self.flush(true);
            self.read_word(rest, words);
            return;
        }
        if let Some((language, rest)) = bracket_language(word) {
            self.switch_language(|reader| reader.locale = Some(language));
            self.read_word(rest, words);
            return;
        }
        match command(word) {
            Some((name, rest)) => self.command(name, rest, words),
            None => self.word(&unescape(word)),
        }
    }

    /// The command `name`, with `rest` after its name in its word, and the words after it.
    fn command(&mut self, name: &str, rest: &str, words: &mut Words<'_>) {
        match name {
            "locale" => {
                let argument = words.next_word().unwrap_or_default();
                let (tag, rest) = split_tag(argument);
                self.switch_language(|reader| reader.locale = Some(language_tag(tag)));
                self.text_rest(rest, words);
            }
            "if" | "ifnot" => {
                let argument = words.next_word().unwrap_or_default();
                let language = (name == "if").then(|| language_name(argument)).flatten();
                self.switch_language(|reader| reader.stack.push(language));
            }
            "elseif" => {
                let language = language_name(words.next_word().unwrap_or_default());
                self.switch_language(|reader| {
                    reader.stack.pop();
                    reader.stack.push(language);
                });
            }
            "else" => self.switch_language(|reader| {
                reader.stack.pop();
                reader.stack.push(None);
            }),
            "endif" => self.switch_language(|reader| {
                reader.stack.pop();
            }),
            "cond" => {
                // `@cond SECTION`: the section's name is not text.
                if words
                    .peek_word()
                    .is_some_and(|next| command(next).is_none())
                {
                    words.next();
                }
                self.cond += 1;
            }
            "endcond" => self.cond = self.cond.saturating_sub(1),
            "internal" => self.internal = true,
            "endinternal" => self.internal = false,
            // Doxygen's forced line break.
            "n" => {
                self.flush(true);
                self.text_rest(rest, words);
            }
            _ if name.starts_with('~') => {
                let language = language_name(&name[1..]);
                self.switch_language(|reader| reader.locale = language);
                self.text_rest(rest, words);
            }
            _ => match kind(name) {
                Kind::Keep => {
                    if PARAGRAPHS.contains(&name) && self.sink != Sink::Text {
                        self.flush(true);
                        self.sink = Sink::Text;
                    }
                    self.text_rest(rest, words);
                }
                Kind::Word => {
                    // `@param[in] name`: the option and the word go.
                    if rest.is_empty() || rest.starts_with('[') {
                        words.next();
                    }
                }
                Kind::Line => words.at = words.items.len(),
                Kind::Hidden => {
                    self.flush(true);
                    self.sink = Sink::Hidden;
                }
                Kind::Deprecated => {
                    self.flush(true);
                    self.deprecation.get_or_insert_with(Vec::new);
                    self.sink = Sink::Deprecation;
                    self.text_rest(rest, words);
                }
            },
        }
    }

    /// What follows a command's name in its word (`@ref X.`: the `.`), read as a word.
    fn text_rest(&mut self, rest: &str, words: &mut Words<'_>) {
        let rest = rest.trim_start_matches(['{', '}']);
        let rest = if rest.starts_with('[') {
            rest.find(']').map_or(rest, |end| &rest[end + 1..])
        } else {
            rest
        };
        self.read_word(rest, words);
    }

    /// `line` without HTML tags: line-breaking ones as `\n` words, table cells separated by
    /// ` | `.
    fn html(&mut self, line: &str) -> String {
        let mut out = String::with_capacity(line.len());
        let mut rest = line;
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

/// The words of `line` (split at spaces), each with the spaces before it.
fn spaced_words(line: &str) -> Vec<(&str, &str)> {
    let mut words = Vec::new();
    let mut rest = line;
    loop {
        let word_start = rest.len() - rest.trim_start_matches(' ').len();
        let (space, after) = rest.split_at(word_start);
        if after.is_empty() {
            return words;
        }
        let word_end = after.find(' ').unwrap_or(after.len());
        let (word, next) = after.split_at(word_end);
        words.push((space, word));
        rest = next;
    }
}

/// Sets `space` to the spaces before the next word (one where the word came without any).
fn set_space(space: &mut String, found: &str) {
    space.clear();
    space.push_str(if found.is_empty() { " " } else { found });
}

/// The words of a line, each with the spaces before it, read one at a time.
struct Words<'a> {
    items: Vec<(&'a str, &'a str)>,
    at: usize,
}

impl<'a> Words<'a> {
    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        let item = self.items.get(self.at).copied();
        self.at += 1;
        item
    }

    fn next_word(&mut self) -> Option<&'a str> {
        self.next().map(|(_, word)| word)
    }

    fn peek_word(&self) -> Option<&'a str> {
        self.items.get(self.at).map(|&(_, word)| word)
    }
}

/// The tag at the start of `after` (the text after a `<`): where its `>` is, the element's name
/// in lower case, and whether it is a closing tag; `None` if it is not a tag of an HTML element.
fn html_tag(after: &str) -> Option<(usize, String, bool)> {
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

/// The command a word starts with: `@brief`, `\brief`, `@~english`; its name and the rest of the
/// word. A word with `@` or `\` inside it (an address, a path) is not one.
fn command(word: &str) -> Option<(&str, &str)> {
    let body = word.strip_prefix('@').or_else(|| word.strip_prefix('\\'))?;
    let name_len = body
        .char_indices()
        .find(|&(at, c)| !(c.is_ascii_alphanumeric() || c == '_' || (at == 0 && c == '~')))
        .map_or(body.len(), |(at, _)| at);
    let name = &body[..name_len];
    let starts_right = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '~');
    starts_right.then(|| (name, &body[name_len..]))
}

/// Doxygen's escapes as their characters: `\@`, `\\`, `\&`, `\<`, `\>`, `\#`, `\%`, `\"`.
fn unescape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek() {
                if "@\\&<>#%\".$|".contains(next) {
                    out.push(next);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// A `[en]`, `[cn]` or `[zh]` marker at the start of a word: the language, and the rest of the
/// word. Only the names of languages count: `[0,400]` and `[in]` are text.
fn bracket_language(word: &str) -> Option<(String, &str)> {
    let inner_end = word.strip_prefix('[')?.find(']')? + 1;
    let language = language_name(&word[1..inner_end])?;
    Some((language, &word[inner_end + 1..]))
}

/// A language tag glued to what follows it (`en<br>` read as a word): the tag and the rest.
fn split_tag(word: &str) -> (&str, &str) {
    let end = word
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map_or(word.len(), |(at, _)| at);
    (&word[..end], &word[end..])
}

/// `text` with its HTML character references decoded (`&times;`, `&#215;`, `&amp;`), including
/// references that decoding makes (`&amp;lt;`); a no-break space is a space.
fn decode_references(text: &str) -> String {
    let mut text = text.to_owned();
    while text.contains('&') {
        let decoded = html_escape::decode_html_entities(&text).into_owned();
        if decoded == text {
            break;
        }
        text = decoded;
    }
    text.replace('\u{a0}', " ")
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
            let target = target.strip_prefix('#').unwrap_or(target).replace('#', ".");
            // `Name{@link #Name}`: the name, written once.
            if !out.ends_with(&target) {
                out.push_str(&target);
            }
        } else {
            out.push_str(&label.join(" "));
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
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

/// The language of an `@locale` argument, as the DSL writes it: its primary language in lower
/// case (`zh_CN` and `zh-CN` are `zh`), with the names headers use for languages read as such
/// (`cn` is `zh`).
fn language_tag(word: &str) -> String {
    language_name(word).unwrap_or_else(|| {
        word.split(['_', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    })
}

/// The language a marker names, if it names one: `@if Chinese`, `@~english`, `[cn]`, `[EN]`,
/// `[zh-CN]` (by its primary language).
fn language_name(word: &str) -> Option<String> {
    let primary = word.split(['_', '-']).next().unwrap_or_default();
    let tag = match primary.to_ascii_lowercase().as_str() {
        "chinese" | "zh" | "cn" | "chs" | "cht" | "zho" | "chi" => "zh",
        "english" | "en" | "eng" => "en",
        "japanese" | "ja" | "jp" | "jpn" => "ja",
        "korean" | "ko" | "kr" | "kor" => "ko",
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
        let (tokens, _) = tokens("/** 旧的。\n * @deprecated 请改用 X。\n * @note 备注。 */");
        let found = texts(&tokens, "zh");
        assert_eq!(found.deprecated.as_deref(), Some("请改用 X。"));
        assert_eq!(found.get("zh"), Some("旧的。\n备注。"));
        let source = "/** [en]Unknown error\n    [cn]未知错误 */";
        assert_eq!(
            read(source),
            pairs(&[("en", "Unknown error"), ("zh", "未知错误")])
        );
        let source = "/** \\~english Failed. \\~chinese 失败。 \\~ 共同 */";
        assert_eq!(
            read(source),
            pairs(&[("en", "Failed."), ("zh", "失败。\n共同")])
        );
        let source = "/** @locale en<br>\n * @brief Invalid. */";
        assert_eq!(read(source), pairs(&[("en", "Invalid.")]));
        assert_eq!(
            read("/** 范围 [0,400]，[in] 参数 */"),
            pairs(&[("zh", "范围 [0,400]，[in] 参数")])
        );
    }

    #[test]
    fn commands_are_read_by_kind() {
        // A word argument goes with its command; a line command takes its line.
        assert_eq!(
            read("/** @type keytype\n * @brief 音频场景。 */"),
            pairs(&[("zh", "音频场景。")])
        );
        assert_eq!(
            read("/** @param[in] code 错误码 */"),
            pairs(&[("zh", "错误码")])
        );
        assert_eq!(
            read("/** @defgroup errors 错误码\n * 说明 */"),
            pairs(&[("zh", "说明")])
        );
        assert_eq!(
            read("/** \\c kOk 或 @p code, @unknowncommand 文本 */"),
            pairs(&[("zh", "kOk 或 code, 文本")])
        );
        // Internal text is not a description.
        assert_eq!(
            read("/** @hidden for internal use only\n * @brief 流行。 */"),
            pairs(&[("zh", "流行。")])
        );
        assert_eq!(
            read("/** 公开 @internal 内部 @endinternal 再公开 */"),
            pairs(&[("zh", "公开 再公开")])
        );
        assert_eq!(
            read("/// @cond\n/// 内部\n/// @endcond\n/// 公开"),
            pairs(&[("zh", "公开")])
        );
        // Escapes, and a line break.
        assert_eq!(read("/** a \\@ b \\n c */"), pairs(&[("zh", "a @ b\nc")]));
    }

    #[test]
    fn html_is_text() {
        assert_eq!(
            read("/** 160 &times; 120, &#215;, &#xD7; &amp; <table><tr><th>a</th><td>b</td></tr><tr><td>c</td><td>d</td></tr></table> */"),
            pairs(&[("zh", "160 × 120, ×, × &\na | b\nc | d")])
        );
        assert_eq!(
            read("/** &lt;br&gt; and &lt;b&gt;x&lt;/b&gt; */"),
            pairs(&[("zh", "and x")])
        );
        assert_eq!(
            read("/** List&lt;int&gt; <unknown> */"),
            pairs(&[("zh", "List<int> <unknown>")])
        );
    }
}
