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

mod commands;
mod entries;
mod html;
mod languages;
mod reader;
mod restated;

use super::lex::Token;
pub use entries::{enum_docs, EnumDocs};
use reader::Reader;
pub use restated::without_restated_value;

/// The text of some comments in each language they have, in order of appearance, and their
/// deprecation note, if they say `@deprecated` (empty when it has no text).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Texts {
    pub by_language: Vec<(String, String)>,
    pub deprecated: Option<String>,
    /// Whether a marker (`@locale`, `@if English`, `[en]`) named a language.
    pub marked: bool,
}

impl Texts {
    /// The texts without a restatement of `value` at their start (see
    /// [`without_restated_value`]); a text that was only the value is gone.
    #[must_use]
    pub fn without_value(mut self, value: i128) -> Self {
        self.by_language.retain_mut(|(_, text)| {
            let kept = without_restated_value(text, value);
            if kept.len() != text.len() {
                *text = kept.to_owned();
            }
            !text.is_empty()
        });
        self
    }

    /// Unmarked text in two scripts, told apart by script: with `default` a language written
    /// in CJK script (`zh`, `ja`, `ko`), paragraphs without a CJK character are English (`en`)
    /// when others have one; with any other default, paragraphs with CJK characters are in the
    /// language of their script (`zh`, or `ja` with kana, `ko` with hangul), whatever the
    /// others are. Text that a marker labelled keeps its label.
    #[must_use]
    pub fn by_script(mut self, default: &str) -> Self {
        let [(language, text)] = self.by_language.as_slice() else {
            return self;
        };
        if self.marked || language != default {
            return self;
        }
        let cjk_default = is_cjk_language(default);
        let paragraphs: Vec<(&str, Option<&str>)> = text
            .split('\n')
            .map(|paragraph| (paragraph, script_language(paragraph)))
            .collect();
        let has_cjk = paragraphs
            .iter()
            .any(|(_, lang)| lang.is_some_and(is_cjk_language));
        let has_latin = paragraphs.iter().any(|(_, lang)| *lang == Some("en"));
        if !has_cjk || (cjk_default && !has_latin) {
            return self;
        }
        let mut by_language: Vec<(String, String)> = Vec::new();
        // A paragraph of neither script (digits, punctuation) goes with the one before it.
        let mut current = default;
        for (paragraph, script) in paragraphs {
            let language = match script {
                Some(lang) if is_cjk_language(lang) && cjk_default => default,
                Some("en") if !cjk_default => default,
                Some(lang) => lang,
                None => current,
            };
            current = language;
            match by_language.iter_mut().find(|(lang, _)| lang == language) {
                Some((_, text)) => {
                    text.push('\n');
                    text.push_str(paragraph);
                }
                None => by_language.push((language.to_owned(), paragraph.to_owned())),
            }
        }
        self.by_language = by_language;
        self
    }
}

/// Whether `language` is written in a CJK script.
pub(crate) fn is_cjk_language(language: &str) -> bool {
    matches!(
        language.split('-').next().unwrap_or_default(),
        "zh" | "ja" | "ko"
    )
}

/// The language `paragraph`'s script says: `zh` for ideographs, `ja` with kana, `ko` with
/// hangul, `en` for Latin letters without those, `None` for neither (CJK punctuation, such as a
/// full-width colon, says nothing).
pub(crate) fn script_language(paragraph: &str) -> Option<&'static str> {
    if paragraph
        .chars()
        .any(|c| matches!(c, '\u{3040}'..='\u{30ff}'))
    {
        return Some("ja");
    }
    if paragraph
        .chars()
        .any(|c| matches!(c, '\u{ac00}'..='\u{d7af}' | '\u{1100}'..='\u{11ff}'))
    {
        return Some("ko");
    }
    if paragraph.chars().any(|c| {
        matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
    }) {
        return Some("zh");
    }
    paragraph
        .chars()
        .any(|c| c.is_ascii_alphabetic())
        .then_some("en")
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

/// A comment's lines without its markers, and whether it was a block comment (`/** */`,
/// whose end ends a paragraph) rather than `///` lines (which run on).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Comment {
    pub lines: Vec<String>,
    pub block: bool,
}

impl Comment {
    /// The comment `token` is.
    pub fn of(token: &Token<'_>) -> Self {
        Comment {
            lines: comment_lines(token.text),
            block: token.text.starts_with("/*"),
        }
    }
}

/// Reads `comments` (whole comment tokens) with `default` as the language of unmarked text.
pub fn texts(comments: &[Token<'_>], default: &str) -> Texts {
    read(comments.iter().map(Comment::of), default)
}

/// Reads `comments` with `default` as the language of unmarked text.
pub fn read(comments: impl IntoIterator<Item = Comment>, default: &str) -> Texts {
    let mut reader = Reader::new(default);
    for comment in comments {
        for line in &comment.lines {
            reader.line(line);
        }
        reader.end_comment(comment.block);
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
        deprecated: deprecation_note(reader.deprecations, default),
        marked: reader.marked,
    }
}

/// The deprecation note of notes read in several languages: the default language's, or else
/// all of them; a note repeated (in each `@locale` block, say) once.
fn deprecation_note(notes: Vec<(String, Vec<String>)>, default: &str) -> Option<String> {
    if notes.is_empty() {
        return None;
    }
    let in_default = notes.iter().any(|(language, _)| language == default);
    let mut texts: Vec<String> = Vec::new();
    for (language, words) in notes {
        let text = words.concat();
        if (!in_default || language == default) && !texts.contains(&text) {
            texts.push(text);
        }
    }
    texts.retain(|text| !text.is_empty());
    Some(texts.join(" "))
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
    let lines = body
        .lines()
        .map(|line| {
            let line = line.trim();
            let line = line.strip_prefix('*').unwrap_or(line);
            line.trim().to_owned()
        })
        .collect();
    html::join_split_tags(lines)
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

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::lex::tokens;

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
    fn links_and_references_are_their_text() {
        for (source, text) in [
            ("/** call join{@link #Room#join} now */", "call join now"),
            (
                "/** see {@link demo.Room#join(int) the join} */",
                "see the join",
            ),
            (
                "/** see {@link Room#leave}, {@code a.b} */",
                "see leave, a.b",
            ),
            ("/** open {@link #Room#join */", "open join"),
            (
                "/** see {@link Eng 检查 {@link #setToken} 的 */",
                "see 检查 setToken 的",
            ),
            (
                "/** see \\ref demo::Room::join \"joinRoom()\" and @ref Config). */",
                "see joinRoom() and Config).",
            ),
            ("/** @ref a::b::c. */", "c."),
        ] {
            assert_eq!(read(source), pairs(&[("zh", text)]), "{source}");
        }
    }

    #[test]
    fn deprecations_and_scripts() {
        let (comments, _) =
            tokens("/** @locale zh\n @deprecated old. */ /** @locale en\n @deprecated old. */");
        assert_eq!(texts(&comments, "zh").deprecated.as_deref(), Some("old."));
        let (comments, _) = tokens("/** @abstract token error\n\n @discussion 鉴权失败。 */");
        let found = texts(&comments, "zh").by_script("zh");
        assert_eq!(found.get("zh"), Some("鉴权失败。"));
        assert_eq!(found.get("en"), Some("token error"));
        // `@discussion` starts a paragraph, on the line of `@abstract` too.
        let (comments, _) = tokens("/*! @abstract busy @discussion 设备忙。 */");
        let found = texts(&comments, "zh").by_script("zh");
        assert_eq!(found.get("zh"), Some("设备忙。"));
        assert_eq!(found.get("en"), Some("busy"));
        // One script: the default language's, whatever it is.
        let (comments, _) = tokens("/** Token error. */");
        assert_eq!(
            texts(&comments, "zh").by_script("zh").get("zh"),
            Some("Token error.")
        );
        // With an English default, Chinese text is never English.
        let (comments, _) = tokens("/** 密钥错误。 */");
        assert_eq!(
            texts(&comments, "en").by_script("en").get("zh"),
            Some("密钥错误。")
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
        assert_eq!(
            read("/** a &#0; b &#xD800; c &#65; &# d */"),
            pairs(&[("zh", "a \u{fffd} b \u{fffd} c A &# d")])
        );
        assert_eq!(
            read("/** <ul><li>one</li><li>two</li></ul><ol><li>three</li></ol> br>x */"),
            pairs(&[("zh", "- one\n- two\n1. three\nx")])
        );
    }
}
