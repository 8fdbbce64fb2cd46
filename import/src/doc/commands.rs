//! Doxygen and Javadoc commands (`@x`, `\x`, `{@link ...}`), by kind, as Doxygen's manual
//! describes them.

/// How a command is read: what goes with it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
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
pub(super) const COMMANDS: [(&str, Kind); 62] = [
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
pub(super) const PARAGRAPHS: [&str; 32] = [
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
    "abstract",
    "discussion",
];

/// How `name` is read.
pub(super) fn kind(name: &str) -> Kind {
    COMMANDS
        .iter()
        .find(|(command, _)| *command == name)
        .map_or(Kind::Keep, |&(_, kind)| kind)
}

/// The command a word starts with: `@brief`, `\brief`, `@~english`; its name and the rest of the
/// word. A word with `@` or `\` inside it (an address, a path) is not one.
pub(super) fn command(word: &str) -> Option<(&str, &str)> {
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
pub(super) fn unescape(word: &str) -> String {
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

/// Javadoc's inline tags as text: `{@link X label}` and `{@linkplain X label}` are their label,
/// or without one the last name of their target (`{@link #Room#join}` and
/// `{@link demo.Room#join(int)}` are `join`, `join(int)`), written once where the word before it
/// already is that name (`join{@link #Room#join}`); `{@code x}`, `{@literal x}` and the other
/// tags are their text.
pub(super) fn links(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(start) = rest.find("{@") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        // A tag left open runs to the next tag, or to the end of the line.
        let close = after.find('}');
        let next = after.find("{@");
        let (end, resume) = match (close, next) {
            (Some(close), Some(next)) if next < close => (next, next),
            (Some(close), _) => (close, close + 1),
            (None, Some(next)) => (next, next),
            (None, None) => (after.len(), after.len()),
        };
        let inner = &after[..end];
        let (tag, argument) = inner.split_once(char::is_whitespace).unwrap_or((inner, ""));
        let argument = argument.trim();
        if matches!(tag, "link" | "linkplain") {
            let (target, label) = split_target(argument);
            if label.is_empty() {
                let name = last_name(target);
                if !ends_with_word(&out, name) {
                    out.push_str(name);
                }
            } else {
                out.push_str(label);
            }
        } else {
            out.push_str(argument);
        }
        // A tag cut short by the next one keeps the space between them.
        if resume == end && inner.ends_with(char::is_whitespace) {
            out.push(' ');
        }
        rest = &after[resume..];
    }
    out.push_str(rest);
    out
}

/// A link's target and what follows it: the target ends at the first space outside its
/// parentheses (`#join(int, String) label`).
pub(super) fn split_target(argument: &str) -> (&str, &str) {
    let mut depth = 0usize;
    for (at, c) in argument.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            c if c.is_whitespace() && depth == 0 => {
                return (&argument[..at], argument[at..].trim());
            }
            _ => {}
        }
    }
    (argument, "")
}

/// The last name of a link's target: after the last `#`, `.` or `::` outside its parentheses
/// (`demo::Room::join` is `join`, `#Room#join(int)` is `join(int)`).
pub(super) fn last_name(target: &str) -> &str {
    let names_end = target.find('(').unwrap_or(target.len());
    let names = &target[..names_end];
    let start = names.rfind(['#', '.', ':']).map_or(0, |at| at + 1);
    &target[start..]
}

/// Whether `text` ends with the word `word` (not with a longer word that ends so).
pub(super) fn ends_with_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.strip_suffix(word).is_some_and(|before| {
            !before
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
}

/// The length of the name a `\ref` word starts with: identifier characters, `::`, `#`, a `.`
/// followed by a name, and a parameter list (`Room::join(int)`); what follows (`).`) is text.
pub(super) fn reference_len(word: &str) -> usize {
    let bytes = word.as_bytes();
    let mut len = 0;
    while let Some(&b) = bytes.get(len) {
        let name_char = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        let part = name_char(b)
            || b == b'#'
            || b == b':'
            || b == b'~'
            || (b == b'.' && bytes.get(len + 1).is_some_and(|&next| name_char(next)));
        if part {
            len += 1;
        } else if b == b'(' {
            match word[len..].find(')') {
                Some(close) => return len + close + 1,
                None => return len,
            }
        } else {
            break;
        }
    }
    len
}
