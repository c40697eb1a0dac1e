//! Positions: LSP counts a line's characters in the code units the client and server agreed
//! on — UTF-16 unless the client offers UTF-8 — while every span in claimcheck is a byte
//! offset. Lines end at `\n`, `\r\n` or a lone `\r`, as the protocol (and `article::lines`)
//! say.

use lsp_types::{ClientCapabilities, Position, PositionEncodingKind, Range};
use std::ops::Range as Span;

/// The code units a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it (no conversion at all), else UTF-16, which every client
    /// must understand.
    pub fn negotiate(capabilities: &ClientCapabilities) -> Encoding {
        let offered = capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref());
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// Where each line of one text starts.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let breaks = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if breaks {
                starts.push(i + 1);
            }
        }
        LineIndex { starts }
    }

    /// The LSP position of a byte offset (clamped to the text, moved back to a character
    /// boundary).
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> Position {
        let offset = text.floor_char_boundary(offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let character: usize = text[self.starts[line]..offset].chars().map(|c| encoding.units(c)).sum();
        Position::new(to_u32(line), to_u32(character))
    }

    pub fn range(&self, text: &str, span: Span<usize>, encoding: Encoding) -> Range {
        Range::new(
            self.position(text, span.start, encoding),
            self.position(text, span.end, encoding),
        )
    }

    /// The byte offset of an LSP position. As the protocol says, a character past the line's
    /// end means the line's end, and a line past the last means the end of the text; a
    /// position inside a character (half a surrogate pair) means the character's start.
    pub fn offset(&self, text: &str, position: Position, encoding: Encoding) -> usize {
        let line = position.line as usize;
        let Some(&start) = self.starts.get(line) else {
            return text.len();
        };
        let end = self.content_end(text, line);
        let wanted = position.character as usize;
        let mut counted = 0;
        for (i, c) in text[start..end].char_indices() {
            let next = counted + encoding.units(c);
            if next > wanted {
                return start + i;
            }
            counted = next;
        }
        end
    }

    pub fn span(&self, text: &str, range: Range, encoding: Encoding) -> Span<usize> {
        let start = self.offset(text, range.start, encoding);
        let end = self.offset(text, range.end, encoding);
        start.min(end)..end.max(start)
    }

    /// Where line `line`'s content ends: before its line break.
    fn content_end(&self, text: &str, line: usize) -> usize {
        let Some(&next) = self.starts.get(line + 1) else {
            return text.len();
        };
        let brk = if text[..next].ends_with("\r\n") { 2 } else { 1 };
        next - brk
    }

    /// The byte offset where line `line` (0-based) starts, or the text's end.
    pub fn line_start(&self, line: usize, text_len: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(text_len)
    }
}

/// Positions are `u32` in the protocol; a text of 4 GiB is not an article.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a𝄞b\r\ncé\rd\n\nlast";

    fn at(line: u32, character: u32) -> Position {
        Position::new(line, character)
    }

    #[test]
    fn astral_characters_count_two_utf16_units_and_four_utf8_bytes() {
        let lines = LineIndex::new(TEXT);
        let b = TEXT.find('b').unwrap();
        assert_eq!(lines.position(TEXT, b, Encoding::Utf16), at(0, 3));
        assert_eq!(lines.position(TEXT, b, Encoding::Utf8), at(0, 5));
        assert_eq!(lines.offset(TEXT, at(0, 3), Encoding::Utf16), b);
        assert_eq!(lines.offset(TEXT, at(0, 5), Encoding::Utf8), b);
        // Half a surrogate pair is the character's start.
        assert_eq!(lines.offset(TEXT, at(0, 2), Encoding::Utf16), 1);
    }

    #[test]
    fn every_line_break_kind_counts_once() {
        let lines = LineIndex::new(TEXT);
        let d = TEXT.find('d').unwrap();
        assert_eq!(lines.position(TEXT, d, Encoding::Utf16), at(2, 0));
        let last = TEXT.find("last").unwrap();
        assert_eq!(lines.position(TEXT, last, Encoding::Utf16), at(4, 0));
        // Past a line's end is its end, before the CRLF; past the last line, the text's end.
        assert_eq!(lines.offset(TEXT, at(0, 99), Encoding::Utf16), TEXT.find('\r').unwrap());
        assert_eq!(lines.offset(TEXT, at(9, 0), Encoding::Utf16), TEXT.len());
    }

    #[test]
    fn positions_round_trip_at_every_character() {
        let lines = LineIndex::new(TEXT);
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            // (Between the two bytes of a CRLF is no position.)
            let inside_crlf = |i: usize| TEXT[..i].ends_with('\r') && TEXT[i..].starts_with('\n');
            for (i, _) in TEXT.char_indices().filter(|(i, _)| !inside_crlf(*i)) {
                let p = lines.position(TEXT, i, encoding);
                assert_eq!(lines.offset(TEXT, p, encoding), i, "{encoding:?} at {i}");
            }
        }
    }
}
