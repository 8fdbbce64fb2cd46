//! The enum's doc comment as the conventions that describe each value there read it:
//! - gtk-doc and kernel-doc: a `Symbol:` line (or kernel-doc's `enum name - summary`), then
//!   `@NAME: text` for each value, in any order, each running on until a blank line, the next
//!   entry or a tag (`Since:`, `Deprecated:`, `Stability:`, `Returns:`); the description
//!   follows. `%NAME`, `#Type` and `@param` are gtk-doc's references, written as the name.
//! - HeaderDoc: `@constant NAME text` (or `@const`).
//! - Lists: `- NAME: text`, `-NAME:text`, `* NAME: text`, `NAME: text` lines naming a value.
//!
//! Section rules (a line of `*`, `=`, `-` or `#`, with a title in it or not) are headings
//! between entries, not text. An entry counts only if it names one of the enum's values.

use std::collections::HashMap;

use super::Comment;

/// Tags of gtk-doc that end an entry and start a paragraph of their own.
const TAGS: &[&str] = &["Since:", "Deprecated:", "Stability:", "Returns:"];

/// What the enum's doc comments say of the enum and of each value.
#[derive(Debug, Default)]
pub struct EnumDocs {
    /// The comments left for the family's docs.
    pub family: Vec<Comment>,
    /// The text of each value's entry, by its name, as a comment of its own.
    pub entries: HashMap<String, Comment>,
    /// The names of gtk-doc entries (`@NAME:`) that name none of the values.
    pub unmatched: Vec<String>,
}

/// Reads the enum's doc `comments`, for an enum of the given `names` (its name and `typedef`
/// tag) whose values are `values`.
pub fn enum_docs(comments: Vec<Comment>, names: &[&str], values: &[&str]) -> EnumDocs {
    let gtk_doc = comments
        .iter()
        .flat_map(|comment| &comment.lines)
        .any(|line| matches!(entry(line, values), Some((_, _, Form::GtkDoc))))
        || first_line(&comments).is_some_and(|line| symbol_line(line, names).is_some());
    let mut docs = EnumDocs::default();
    let mut first = true;
    for comment in comments {
        let mut family = Vec::new();
        // The entry being read: its value's name and lines.
        let mut current: Option<(String, Vec<String>)> = None;
        for line in comment.lines {
            if gtk_doc {
                if let Some(name) = unmatched_entry(&line, values) {
                    docs.close(current.take());
                    docs.unmatched.push(name.to_owned());
                    continue;
                }
            }
            let line = if gtk_doc {
                gtk_doc_references(&line)
            } else {
                line
            };
            if first && !line.is_empty() {
                first = false;
                if let Some(summary) = symbol_line(&line, names) {
                    if !summary.is_empty() {
                        family.push(summary.to_owned());
                    }
                    continue;
                }
            }
            if let Some((name, text, _)) = entry(&line, values) {
                docs.close(current.take());
                current = Some((name.to_owned(), vec![text.to_owned()]));
            } else if is_rule(&line) {
                docs.close(current.take());
            } else if line.is_empty() {
                docs.close(current.take());
                family.push(line);
            } else if TAGS.iter().any(|tag| line.starts_with(tag)) {
                docs.close(current.take());
                family.push(String::new());
                family.push(line);
            } else if let Some((_, lines)) = current.as_mut().filter(|_| !starts_item(&line)) {
                lines.push(line);
            } else {
                docs.close(current.take());
                family.push(line);
            }
        }
        docs.close(current);
        docs.family.push(Comment {
            lines: family,
            block: comment.block,
        });
    }
    docs
}

impl EnumDocs {
    fn close(&mut self, entry: Option<(String, Vec<String>)>) {
        if let Some((name, lines)) = entry {
            let comment = self.entries.entry(name).or_default();
            comment.block = true;
            comment.lines.extend(lines);
        }
    }
}

/// Whether `line` starts an item of a list (`- `, `* `, `+ `, `• `, `@name:`), which ends the
/// entry before it even when it names no value.
fn starts_item(line: &str) -> bool {
    line.starts_with(['-', '*', '+', '•'])
        || line.strip_prefix('@').is_some_and(|rest| {
            rest.split_once(':').is_some_and(|(name, _)| {
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
            })
        })
}

/// The name of a gtk-doc entry (`@NAME: text`) that names none of `values`.
fn unmatched_entry<'l>(line: &'l str, values: &[&str]) -> Option<&'l str> {
    let (name, _) = line.strip_prefix('@')?.split_once(':')?;
    let is_name = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    (is_name && !values.contains(&name)).then_some(name)
}

/// The first line of the comments that is not blank.
fn first_line(comments: &[Comment]) -> Option<&str> {
    comments
        .iter()
        .flat_map(|comment| &comment.lines)
        .map(String::as_str)
        .find(|line| !line.is_empty())
}

/// How an entry was written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// `@NAME: text`.
    GtkDoc,
    /// `@constant NAME text`.
    HeaderDoc,
    /// `- NAME: text`, `NAME: text`.
    List,
}

/// The value an entry line describes and its text, if `line` is one.
fn entry<'l>(line: &'l str, values: &[&str]) -> Option<(&'l str, &'l str, Form)> {
    let named = |rest: &'l str| {
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        let name = &rest[..len];
        values.contains(&name).then_some((name, &rest[len..]))
    };
    for command in ["@constant", "@const", "\\constant", "\\const"] {
        if let Some(rest) = line.strip_prefix(command) {
            if rest.starts_with(char::is_whitespace) {
                let (name, text) = named(rest.trim_start())?;
                return Some((name, text.trim(), Form::HeaderDoc));
            }
        }
    }
    let (rest, form) = match line.strip_prefix('@') {
        Some(rest) => (rest, Form::GtkDoc),
        None => (
            line.strip_prefix(['-', '*', '+', '•'])
                .map_or(line, str::trim_start),
            Form::List,
        ),
    };
    let rest = rest.strip_prefix('`').unwrap_or(rest);
    let (name, after) = named(rest)?;
    let after = after.strip_prefix('`').unwrap_or(after).trim_start();
    let text = after.strip_prefix([':', '：'])?;
    Some((name, text.trim(), form))
}

/// If `line` is gtk-doc's `Symbol:` line (with annotations, `Name: (skip)`) or kernel-doc's
/// `enum name - summary` for one of `names`: the summary it gives (empty for gtk-doc's).
fn symbol_line<'l>(line: &'l str, names: &[&str]) -> Option<&'l str> {
    let kernel_doc = ["enum ", "typedef "]
        .iter()
        .find_map(|keyword| line.strip_prefix(keyword));
    if let Some(rest) = kernel_doc {
        let rest = rest.trim_start();
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if !names.contains(&&rest[..len]) {
            return None;
        }
        let after = rest[len..].trim_start();
        return match after.strip_prefix(['-', ':']) {
            Some(summary) => Some(summary.trim()),
            None => after.is_empty().then_some(""),
        };
    }
    let (name, after) = line.split_once(':')?;
    let after = after.trim();
    let annotations = after.is_empty() || (after.starts_with('(') && after.ends_with(')'));
    (names.contains(&name.trim()) && annotations).then_some("")
}

/// A section rule: three or more of `*`, `=`, `-`, `#` or `~` at both ends of the line, with
/// a title between them or not (`***** Join errors *****`).
fn is_rule(line: &str) -> bool {
    let line = line.trim();
    let Some(c) = line.chars().next() else {
        return false;
    };
    let run = |chars: &mut dyn Iterator<Item = char>| chars.take_while(|&x| x == c).count();
    matches!(c, '*' | '=' | '-' | '#' | '~')
        && run(&mut line.chars()) >= 3
        && run(&mut line.chars().rev()) >= 3
}

/// gtk-doc's references as names: `%TRUE`, `#GstPad`, `@pad` and `func()` are `TRUE`,
/// `GstPad`, `pad` and `func()`.
fn gtk_doc_references(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut previous: Option<char> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let sigil = matches!(c, '%' | '#' | '@')
            && !previous.is_some_and(|p| p.is_alphanumeric() || p == '_')
            && chars
                .peek()
                .is_some_and(|&next| next.is_ascii_alphabetic() || next == '_');
        if !sigil {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{enum_docs, Comment};

    fn comment(text: &str) -> Comment {
        Comment {
            lines: text.lines().map(|line| line.trim().to_owned()).collect(),
            block: true,
        }
    }

    #[test]
    fn gtk_doc_entries_in_any_order() {
        let docs = enum_docs(
            vec![comment(
                "Flow:\n@FLOW_B: second,\n  going on.\n@FLOW_A: first %TRUE.\n\nThe flow.\nSince: 1.2",
            )],
            &["Flow"],
            &["FLOW_A", "FLOW_B"],
        );
        assert_eq!(docs.entries["FLOW_A"].lines, ["first TRUE."]);
        assert_eq!(docs.entries["FLOW_B"].lines, ["second,", "going on."]);
        assert_eq!(docs.family[0].lines, ["", "The flow.", "", "Since: 1.2"]);
    }

    #[test]
    fn lists_headerdoc_and_rules() {
        let docs = enum_docs(
            vec![comment(
                "@brief Codes\n- E_A: a\n***** Group *****\n-E_B:b\nE_C：c\n@constant E_D d text\n- E_X: not a value",
            )],
            &["Codes"],
            &["E_A", "E_B", "E_C", "E_D"],
        );
        for (name, text) in [("E_A", "a"), ("E_B", "b"), ("E_C", "c"), ("E_D", "d text")] {
            assert_eq!(docs.entries[name].lines, [text], "{name}");
        }
        assert_eq!(docs.family[0].lines, ["@brief Codes", "- E_X: not a value"]);
    }

    #[test]
    fn kernel_doc_summary() {
        let docs = enum_docs(
            vec![comment("enum flow - what a push returned\n@A: ok")],
            &["flow"],
            &["A"],
        );
        assert_eq!(docs.family[0].lines, ["what a push returned"]);
        assert_eq!(docs.entries["A"].lines, ["ok"]);
    }
}
