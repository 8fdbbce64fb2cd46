//! Tables on a terminal: columns aligned by their display width (a CJK character takes two
//! cells), the last column (the text) wrapped to what the terminal leaves it, or, where the other
//! columns leave it too little, one record per block. Without a terminal, lines are as long as
//! they need to be, one line per row.

use std::io::{self, Write};

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::environment::Terminal;

/// The narrowest the last column may be before a table becomes blocks.
pub const MIN_TEXT_WIDTH: usize = 24;

/// The space between columns.
const GAP: &str = "  ";

/// A colour of a column's cells on a terminal that shows colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Color {
    /// Names of families: cyan.
    Family,
    /// Values: yellow.
    Value,
}

impl Color {
    fn code(self) -> &'static str {
        match self {
            Color::Family => "\x1b[36m",
            Color::Value => "\x1b[33m",
        }
    }
}

/// A table: a header, rows of cells (the last one text to wrap), the columns to align right and
/// those to colour.
#[derive(Clone, Debug, Default)]
pub struct Table {
    /// The columns' names.
    pub header: Vec<&'static str>,
    /// The rows' cells, as many as the header has columns.
    pub rows: Vec<Vec<String>>,
    /// Columns of numbers, aligned right.
    pub right: Vec<usize>,
    /// Columns coloured on a terminal that shows colours.
    pub colors: Vec<(usize, Color)>,
    /// Columns left out on a terminal too narrow for every column (what the others say too),
    /// before the table becomes blocks.
    pub optional: Vec<usize>,
}

impl Table {
    /// Writes the table for `terminal`; nothing at all when it has no rows.
    ///
    /// # Errors
    ///
    /// Those of writing to `out`.
    pub fn write(&self, terminal: &Terminal, out: &mut dyn Write) -> io::Result<()> {
        if self.rows.is_empty() {
            return Ok(());
        }
        let Some(width) = terminal.width else {
            return self.lines(None, terminal, out);
        };
        if self.fixed_width() + MIN_TEXT_WIDTH <= width {
            return self.lines(Some(width - self.fixed_width()), terminal, out);
        }
        let narrower = self.without_optional();
        if narrower.fixed_width() + MIN_TEXT_WIDTH <= width {
            return narrower.lines(Some(width - narrower.fixed_width()), terminal, out);
        }
        self.blocks(width, terminal, out)
    }

    /// The widths of the columns but the last, by their widest cell.
    fn widths(&self) -> Vec<usize> {
        let columns = self.header.len();
        let mut widths: Vec<usize> = self.header.iter().map(|h| h.width()).collect();
        for row in &self.rows {
            for (width, cell) in widths.iter_mut().zip(row).take(columns - 1) {
                *width = (*width).max(cell.width());
            }
        }
        widths.truncate(columns - 1);
        widths
    }

    /// The width the columns but the last take, with their gaps.
    fn fixed_width(&self) -> usize {
        self.widths().iter().map(|width| width + GAP.len()).sum()
    }

    /// The table without its optional columns.
    fn without_optional(&self) -> Table {
        let kept = |column: &usize| !self.optional.contains(column);
        let columns: Vec<usize> = (0..self.header.len()).filter(kept).collect();
        let renumber = |old: usize| columns.iter().position(|&c| c == old);
        Table {
            header: columns.iter().map(|&c| self.header[c]).collect(),
            rows: self
                .rows
                .iter()
                .map(|row| columns.iter().map(|&c| row[c].clone()).collect())
                .collect(),
            right: self.right.iter().filter_map(|&c| renumber(c)).collect(),
            colors: self
                .colors
                .iter()
                .filter_map(|&(c, color)| renumber(c).map(|c| (c, color)))
                .collect(),
            optional: Vec::new(),
        }
    }

    /// One line per row (the text on as many as it takes when `text_width` is given), the
    /// header first.
    fn lines(
        &self,
        text_width: Option<usize>,
        terminal: &Terminal,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let widths = self.widths();
        let header: Vec<String> = self.header.iter().map(|h| (*h).to_owned()).collect();
        let last = self.header.len() - 1;
        for (index, row) in std::iter::once(&header).chain(&self.rows).enumerate() {
            let colored = index > 0 && terminal.color;
            let mut line = String::new();
            for (column, cell) in row.iter().enumerate().take(last) {
                let padding = " ".repeat(widths[column].saturating_sub(cell.width()));
                let cell = self.paint(column, cell, colored);
                if self.right.contains(&column) {
                    line.push_str(&padding);
                    line.push_str(&cell);
                } else {
                    line.push_str(&cell);
                    line.push_str(&padding);
                }
                line.push_str(GAP);
            }
            let text = row.get(last).map_or("", String::as_str);
            let texts = match text_width {
                Some(width) => wrap(text, width),
                None => vec![text.replace(['\n', '\t'], " ")],
            };
            let indent = " ".repeat(line.width_without_escapes());
            for (index, text) in texts.iter().enumerate() {
                let start = if index == 0 {
                    line.as_str()
                } else {
                    indent.as_str()
                };
                writeln!(out, "{}", format!("{start}{text}").trim_end())?;
            }
        }
        Ok(())
    }

    /// One block per row: its first cells on a line, each other cell on a line of its own
    /// below them, indented, the text wrapped to the width; a blank line between blocks.
    fn blocks(&self, width: usize, terminal: &Terminal, out: &mut dyn Write) -> io::Result<()> {
        let last = self.header.len() - 1;
        let first = last.min(3);
        for (index, row) in self.rows.iter().enumerate() {
            if index > 0 {
                writeln!(out)?;
            }
            let title: Vec<String> = row[..first]
                .iter()
                .enumerate()
                .map(|(column, cell)| self.paint(column, cell, terminal.color))
                .collect();
            let title = title.join(GAP);
            if title.width_without_escapes() <= width {
                writeln!(out, "{title}")?;
            } else {
                // Too narrow even for the first cells on one line: each on lines of its own.
                for (column, cell) in row[..first].iter().enumerate() {
                    let indent = if column == 0 { "" } else { "  " };
                    for text in wrap(cell, width.saturating_sub(indent.len())) {
                        writeln!(out, "{indent}{}", self.paint(column, &text, terminal.color))?;
                    }
                }
            }
            for cell in &row[first..last] {
                for text in wrap(cell, width.saturating_sub(2)) {
                    writeln!(out, "  {text}")?;
                }
            }
            for text in wrap(
                row.get(last).map_or("", String::as_str),
                width.saturating_sub(2),
            ) {
                writeln!(out, "{}", format!("  {text}").trim_end())?;
            }
        }
        Ok(())
    }

    fn paint(&self, column: usize, cell: &str, colored: bool) -> String {
        match self.colors.iter().find(|(c, _)| *c == column) {
            Some((_, color)) if colored => format!("{}{cell}\x1b[0m", color.code()),
            _ => cell.to_owned(),
        }
    }
}

/// The display width of text with colour escapes in it.
trait WidthWithoutEscapes {
    fn width_without_escapes(&self) -> usize;
}

impl WidthWithoutEscapes for str {
    fn width_without_escapes(&self) -> usize {
        let mut width = 0;
        let mut escape = false;
        for c in self.chars() {
            match (escape, c) {
                (false, '\x1b') => escape = true,
                (true, 'm') => escape = false,
                (true, _) => {}
                (false, c) => width += c.width().unwrap_or(0),
            }
        }
        width
    }
}

/// `text` in lines of at most `width` display columns: broken at spaces, between two CJK
/// characters (which need no space), and inside a word only where the word alone is wider than
/// the line; its own line breaks kept.
#[must_use]
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0;
        for (piece, spaced) in pieces(paragraph) {
            let piece_width = piece.width();
            let space = usize::from(spaced && line_width > 0);
            if line_width > 0 && line_width + space + piece_width > width {
                lines.push(std::mem::take(&mut line));
                line_width = 0;
            } else if space == 1 {
                line.push(' ');
                line_width += 1;
            }
            if piece_width <= width {
                line.push_str(&piece);
                line_width += piece_width;
                continue;
            }
            // A word wider than the line: cut where it reaches the width.
            for c in piece.chars() {
                let c_width = c.width().unwrap_or(0);
                if line_width + c_width > width && line_width > 0 {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0;
                }
                line.push(c);
                line_width += c_width;
            }
        }
        lines.push(line);
    }
    lines
}

/// Wide punctuation that closes what comes before it (CJK line breaking keeps it off a line's
/// start).
const CLOSING: &str = "，。、；：！？）」』】》〉”’";

/// The pieces a line may break between: words (with whether a space came before them), and
/// each wide character on its own.
fn pieces(paragraph: &str) -> Vec<(String, bool)> {
    let mut pieces: Vec<(String, bool)> = Vec::new();
    // The word being read, and whether a space came before it.
    let mut word = String::new();
    let mut word_spaced = false;
    // Whether a space came since the last piece.
    let mut spaced = false;
    for c in paragraph.chars() {
        if c.is_whitespace() {
            if !word.is_empty() {
                pieces.push((std::mem::take(&mut word), word_spaced));
            }
            spaced = true;
        } else if c.width() == Some(2) {
            if !word.is_empty() {
                pieces.push((std::mem::take(&mut word), word_spaced));
            }
            match pieces.last_mut() {
                // Closing punctuation never starts a line: it goes with what it closes.
                Some((last, _)) if CLOSING.contains(c) && !spaced => last.push(c),
                _ => pieces.push((c.to_string(), spaced)),
            }
            spaced = false;
        } else {
            if word.is_empty() {
                word_spaced = spaced;
                spaced = false;
            }
            word.push(c);
        }
    }
    if !word.is_empty() {
        pieces.push((word, word_spaced));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn text_wraps_at_spaces_and_between_wide_characters() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(
            wrap("令牌无效，请重新获取", 8),
            ["令牌无", "效，请重", "新获取"]
        );
        assert_eq!(wrap("Token 无效。", 8), ["Token 无", "效。"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\n- b", 10), ["a", "- b"]);
        assert_eq!(wrap("", 10), [""]);
    }
}
