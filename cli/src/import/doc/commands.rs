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
pub(super) const PARAGRAPHS: [&str; 30] = [
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

/// `{@link #X}` → `X`, `{@link Class#member}` → `Class.member`, `{@link X label}` → `label`,
/// `{@code x}` → `x`.
pub(super) fn links(line: &str) -> String {
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
