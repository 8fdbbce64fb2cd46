//! Tokens of a C, C++ or Objective-C header, comments included, each with its line.

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An identifier or keyword.
    Ident,
    /// A number, as written (`0x3e8`, `1u`, `1'000`).
    Number,
    /// A string literal (`"..."`, `@"..."`, `L"..."`).
    Str,
    /// A character literal.
    Char,
    /// An operator or punctuation; `::`, `<<` and `>>` are one token.
    Punct,
    /// A comment that documents what follows it: `/** */`, `/*! */`, `///`, `//!`.
    DocBefore,
    /// A comment that documents what precedes it: `/**< */`, `/*!< */`, `///<`, `//!<`.
    DocAfter,
    /// Any other comment.
    Plain,
    /// A preprocessor directive, with its continuation lines.
    Directive,
}

/// One token: its kind, its text in the source, and the line it starts on (from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub line: u32,
    /// The macro whose expansion made it, if one did (the outermost).
    pub from: Option<&'a str>,
}

impl Token<'_> {
    /// Whether this is a comment.
    pub fn is_comment(&self) -> bool {
        matches!(self.kind, Kind::DocBefore | Kind::DocAfter | Kind::Plain)
    }

    /// Whether this is the identifier or punctuation `text`.
    pub fn is(&self, text: &str) -> bool {
        matches!(self.kind, Kind::Ident | Kind::Punct) && self.text == text
    }
}

/// The tokens of `source`, and the line of a comment or literal left open at its end, if any
/// (the tokens stop before it).
pub fn tokens(source: &str) -> (Vec<Token<'_>>, Option<u32>) {
    lex(source, true)
}

/// The tokens of a directive's text (a macro's replacement list), where `#` is an operator, not
/// the start of a directive.
pub fn directive_tokens(source: &str) -> (Vec<Token<'_>>, Option<u32>) {
    lex(source, false)
}

fn lex(source: &str, directives: bool) -> (Vec<Token<'_>>, Option<u32>) {
    let mut lexer = Lexer {
        source,
        at: 0,
        line: 1,
        line_start: directives,
        directives,
    };
    let mut tokens = Vec::new();
    while let Some(token) = lexer.next() {
        match token {
            Ok(token) => tokens.push(token),
            Err(line) => return (tokens, Some(line)),
        }
    }
    (tokens, None)
}

struct Lexer<'a> {
    source: &'a str,
    at: usize,
    line: u32,
    /// Only whitespace since the last line break: a `#` here starts a directive.
    line_start: bool,
    /// Whether `#` can start a directive at all.
    directives: bool,
}

const TWO_CHAR_PUNCTS: [&str; 11] = [
    "::", "<<", ">>", "->", "&&", "||", "==", "!=", "<=", ">=", "##",
];

impl<'a> Lexer<'a> {
    fn rest(&self) -> &'a str {
        self.source.get(self.at..).unwrap_or_default()
    }

    /// Moves past `len` bytes, counting line breaks.
    fn advance(&mut self, len: usize) {
        let end = (self.at + len).min(self.source.len());
        let skipped = self.source.get(self.at..end).unwrap_or_default();
        self.line += u32::try_from(skipped.matches('\n').count()).unwrap_or(u32::MAX);
        self.at = end;
    }

    /// The next token, or the line of an unterminated comment or literal.
    fn next(&mut self) -> Option<Result<Token<'a>, u32>> {
        loop {
            let c = self.rest().chars().next()?;
            if c == '\n' {
                self.line_start = self.directives;
                self.advance(1);
            } else if c.is_whitespace() {
                self.advance(c.len_utf8());
            } else {
                break;
            }
        }
        let rest = self.rest();
        let line = self.line;
        let start = self.at;
        let at_line_start = std::mem::replace(&mut self.line_start, false);
        let (kind, len) = if rest.starts_with("//") {
            let len = rest.find('\n').unwrap_or(rest.len());
            (line_comment_kind(&rest[..len]), len)
        } else if rest.starts_with("/*") {
            let Some(end) = rest.get(2..).and_then(|body| body.find("*/")) else {
                return Some(Err(line));
            };
            let len = end + 4;
            (block_comment_kind(&rest[..len]), len)
        } else if rest.starts_with('#') && at_line_start {
            (Kind::Directive, directive_len(rest))
        } else if let Some(quote_at) = string_prefix_len(rest) {
            match quoted_len(&rest[quote_at..], '"') {
                Some(len) => (Kind::Str, quote_at + len),
                None => return Some(Err(line)),
            }
        } else if rest.starts_with('\'') {
            match quoted_len(rest, '\'') {
                Some(len) => (Kind::Char, len),
                None => return Some(Err(line)),
            }
        } else if rest.starts_with(|c: char| c.is_ascii_digit())
            || (rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
        {
            (Kind::Number, number_len(rest))
        } else if rest.starts_with(is_ident_start) {
            let len = rest
                .find(|c: char| !is_ident_continue(c))
                .unwrap_or(rest.len());
            (Kind::Ident, len)
        } else if let Some(punct) = TWO_CHAR_PUNCTS.iter().find(|p| rest.starts_with(**p)) {
            (Kind::Punct, punct.len())
        } else {
            (Kind::Punct, rest.chars().next().map_or(1, char::len_utf8))
        };
        self.advance(len);
        let text = self.source.get(start..self.at).unwrap_or_default();
        Some(Ok(Token {
            kind,
            text,
            line,
            from: None,
        }))
    }
}

fn line_comment_kind(comment: &str) -> Kind {
    if comment.starts_with("///<") || comment.starts_with("//!<") {
        Kind::DocAfter
    } else if (comment.starts_with("///") && !comment.starts_with("////"))
        || comment.starts_with("//!")
    {
        Kind::DocBefore
    } else {
        Kind::Plain
    }
}

fn block_comment_kind(comment: &str) -> Kind {
    if comment.starts_with("/**<") || comment.starts_with("/*!<") {
        Kind::DocAfter
    } else if comment == "/**/" || comment.starts_with("/***") {
        Kind::Plain
    } else if comment.starts_with("/**") || comment.starts_with("/*!") {
        Kind::DocBefore
    } else {
        Kind::Plain
    }
}

/// A directive runs to the end of its line, and on over lines that end with `\`.
fn directive_len(rest: &str) -> usize {
    let mut len = 0;
    for line in rest.split_inclusive('\n') {
        len += line.len();
        if !line.trim_end().ends_with('\\') {
            return if line.ends_with('\n') { len - 1 } else { len };
        }
    }
    len
}

/// Where the quote is, if a string literal starts here (after a prefix such as `L`, `u8`, `@`).
fn string_prefix_len(rest: &str) -> Option<usize> {
    let prefix = ["u8\"", "u\"", "U\"", "L\"", "@\"", "\""]
        .iter()
        .find(|prefix| rest.starts_with(**prefix))?;
    Some(prefix.len() - 1)
}

/// The length of a literal quoted by `quote` starting here, escapes included; `None` when it is
/// not closed on its line.
fn quoted_len(rest: &str, quote: char) -> Option<usize> {
    let mut chars = rest.char_indices().skip(1);
    while let Some((at, c)) = chars.next() {
        match c {
            '\\' => {
                chars.next();
            }
            '\n' => return None,
            c if c == quote => return Some(at + c.len_utf8()),
            _ => {}
        }
    }
    None
}

/// A pp-number: digits, letters, `_`, `.`, digit separators (`1'000`) and signed exponents.
fn number_len(rest: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut len = 0;
    while let Some(&b) = bytes.get(len) {
        let exponent_sign = (b == b'+' || b == b'-')
            && len > 0
            && matches!(bytes[len - 1], b'e' | b'E' | b'p' | b'P')
            && !rest.starts_with("0x")
            && !rest.starts_with("0X");
        let separator = b == b'\'' && bytes.get(len + 1).is_some_and(u8::is_ascii_alphanumeric);
        if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' || exponent_sign || separator {
            len += 1;
        } else {
            break;
        }
    }
    len
}

fn is_ident_start(c: char) -> bool {
    c == '_' || c == '$' || c.is_alphabetic()
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || c == '$' || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::{tokens, Kind};

    fn kinds(source: &str) -> Vec<(Kind, &str, u32)> {
        let (tokens, open) = tokens(source);
        assert_eq!(open, None);
        tokens.iter().map(|t| (t.kind, t.text, t.line)).collect()
    }

    #[test]
    fn comments_are_told_apart() {
        let source = "/** a */ /*!b*/ /**< c */ /* d */ /**/\n/// e\n///< f\n//// g\n// h\n//! i\n";
        let found: Vec<Kind> = kinds(source).into_iter().map(|(kind, ..)| kind).collect();
        assert_eq!(
            found,
            [
                Kind::DocBefore,
                Kind::DocBefore,
                Kind::DocAfter,
                Kind::Plain,
                Kind::Plain,
                Kind::DocBefore,
                Kind::DocAfter,
                Kind::Plain,
                Kind::Plain,
                Kind::DocBefore,
            ]
        );
    }

    #[test]
    fn lines_numbers_and_directives() {
        let found =
            kinds("#define A \\\n  1\nenum X { A = 0x3e8u, B = 1'000 << 2 };\n  # pragma once");
        assert_eq!(found[0], (Kind::Directive, "#define A \\\n  1", 1));
        assert_eq!(found[1], (Kind::Ident, "enum", 3));
        assert!(found.contains(&(Kind::Number, "0x3e8u", 3)));
        assert!(found.contains(&(Kind::Number, "1'000", 3)));
        assert!(found.contains(&(Kind::Punct, "<<", 3)));
        assert_eq!(found.last(), Some(&(Kind::Directive, "# pragma once", 4)));
    }

    #[test]
    fn literals_and_unterminated_input() {
        let found = kinds(r#"x = @"a\"b"; c = 'x'; d = 1e+5;"#);
        assert!(found.contains(&(Kind::Str, r#"@"a\"b""#, 1)));
        assert!(found.contains(&(Kind::Char, "'x'", 1)));
        assert!(found.contains(&(Kind::Number, "1e+5", 1)));
        assert_eq!(tokens("a\n/* open").1, Some(2));
        assert_eq!(tokens("\"open\n\"").1, Some(1));
    }
}
