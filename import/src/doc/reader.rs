//! The comment reader: the lines of comments, word by word, into lines of plain text in each
//! language, with the deprecation note apart.

use super::commands::{
    command, kind, last_name, links, reference_len, unescape, Kind, COMMANDS, PARAGRAPHS,
};
use super::html::{decode_references, Html};
use super::languages::{bracket_language, language_name, language_tag, split_tag};

/// Where the words of the current paragraph go.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sink {
    Text,
    Hidden,
    Deprecation,
}

/// Reads comments one line at a time ([`Reader::line`], [`Reader::end_comment`]) and keeps
/// what they say: lines of plain text, each in its language (`@locale`, `@if`, `[en]` markers
/// set it; unmarked text is in the default one), an empty line between paragraphs; and the
/// deprecation note. Words go to the text, to the note (after `@deprecated`) or nowhere (after
/// `@hidden`, inside `@cond` or `@internal`); commands are read by their kind, HTML by
/// [`Html`].
pub(super) struct Reader {
    default: String,
    /// Open `@if` blocks: the language of each, or `None` for a condition that is not one.
    stack: Vec<Option<String>>,
    /// The language set by the last `@locale`, `@~language` or `[xx]`.
    locale: Option<String>,
    /// Lines of plain text with their language; an empty line ends a paragraph.
    pub(super) lines: Vec<(String, String)>,
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
    /// The deprecation notes (`@deprecated`, one per language block that says it): the
    /// language each was read in, and its words.
    pub(super) deprecations: Vec<(String, Vec<String>)>,
    /// Whether a marker named a language: the text is not all unmarked.
    pub(super) marked: bool,
    /// The HTML of the comments, read line by line.
    html: Html,
}

impl Reader {
    pub(super) fn new(default: &str) -> Self {
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
            deprecations: Vec::new(),
            marked: false,
            html: Html::default(),
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
        self.marked |= self.locale.is_some() || self.stack.iter().any(Option::is_some);
    }

    fn end_paragraph(&mut self) {
        self.flush(true);
        self.sink = Sink::Text;
    }

    pub(super) fn end_comment(&mut self, block: bool) {
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
            Sink::Deprecation => match self.deprecations.last_mut() {
                Some((_, words)) => words,
                None => return,
            },
        };
        if words.is_empty() {
            words.push(word.to_owned());
        } else {
            words.push(format!("{}{word}", self.space));
        }
    }

    /// One line of a comment: its words, commands and markers in order.
    pub(super) fn line(&mut self, line: &str) {
        if line.trim().is_empty() {
            self.end_paragraph();
            return;
        }
        // References first, so that the tags they stand for (`&lt;br&gt;`) go as tags, and the
        // commands (`&#64;brief`) as commands.
        let line = decode_references(&links(line));
        let line = self.html.strip(&line);
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
        // A command glued to the text before it (`expired.\since`, `超时。@note`) is a command
        // all the same: Doxygen reads commands wherever they start.
        if let Some(at) = glued_command(word) {
            self.read_word(&word[..at], words);
            self.read_word(&word[at..], words);
            return;
        }
        // A marker inside a word (`br>[cn]`, `channel[cn]通道`) starts a language there too.
        if let Some(at) = word
            .match_indices('[')
            .map(|(at, _)| at)
            .find(|&at| at > 0 && bracket_language(&word[at..]).is_some())
        {
            self.read_word(&word[..at], words);
            set_space(&mut self.space, "");
            self.read_word(&word[at..], words);
            return;
        }
        if let Some((language, rest)) = bracket_language(word) {
            self.switch_language(|reader| reader.locale = Some(language));
            self.read_word(rest, words);
            return;
        }
        // Doxygen's member groups (`@{` ... `@}`) are no text.
        if matches!(word, "@{" | "@}" | "\\{" | "\\}") {
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
            "ref" | "refitem" => self.reference(words),
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
                    // A section command (`@details`, `@note`, HeaderDoc's `@discussion`) starts a
                    // paragraph, as Doxygen and HeaderDoc render it.
                    if PARAGRAPHS.contains(&name) {
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
                    let language = self.language();
                    self.deprecations.push((language, Vec::new()));
                    self.sink = Sink::Deprecation;
                    self.text_rest(rest, words);
                }
            },
        }
    }

    /// `\ref target "text"` is its text; `\ref target` the target's last name
    /// (`demo::Room::join` is `join`), with what is glued after the name (`).`) kept.
    fn reference(&mut self, words: &mut Words<'_>) {
        // The name, or the text, takes the place of the command and the spaces before it.
        let Some(target) = words.next_word() else {
            return;
        };
        let name_len = reference_len(target);
        let (name, glued) = target.split_at(name_len);
        if words.peek_word().is_some_and(|next| next.starts_with('"')) {
            // The quoted text, over as many words as it takes.
            let mut first = true;
            while let Some((space, word)) = words.next() {
                let word = if first { &word[1..] } else { word };
                if !first {
                    set_space(&mut self.space, space);
                }
                first = false;
                if let Some(close) = word.find('"') {
                    let text = format!("{}{}", &word[..close], &word[close + 1..]);
                    self.word(&text);
                    return;
                }
                self.word(word);
            }
            return;
        }
        self.word(&format!("{}{glued}", last_name(name)));
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

/// Where a known command starts inside `word` after other text, with nothing after its name
/// (`expired.\since`): a `\` anywhere, an `@` only after what is not a letter or digit, so
/// that an address (`sdk@since.example`) stays text.
fn glued_command(word: &str) -> Option<usize> {
    word.char_indices().skip(1).find_map(|(at, c)| {
        if c != '\\' && c != '@' {
            return None;
        }
        let before = word[..at].chars().next_back()?;
        if before == '\\' || (c == '@' && before.is_alphanumeric()) {
            return None;
        }
        let (name, rest) = command(&word[at..])?;
        let known = COMMANDS.iter().any(|(known, _)| *known == name) || PARAGRAPHS.contains(&name);
        (known && rest.is_empty()).then_some(at)
    })
}
