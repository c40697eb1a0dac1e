//! Lines and columns of byte offsets, found in time that does not grow with the line: a
//! text of 100 MB on one line must not cost a scan from the line's start for every claim.

use super::Position;
use std::ops::Range;

/// A checkpoint inside a long line: counts from the line's start up to `byte`.
#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    byte: usize,
    chars: usize,
    utf16: usize,
}

/// How far apart checkpoints stand in a long line (bytes): a position costs at most this
/// much counting.
const STEP: usize = 4096;

#[derive(Debug, Clone, Default)]
pub struct Lines {
    /// Where each line starts; the first after a byte-order mark. A line ends at `\n`, `\r\n`,
    /// or a lone `\r` (old Mac files).
    starts: Vec<usize>,
    /// Checkpoints in lines longer than `STEP`, in byte order.
    checkpoints: Vec<Checkpoint>,
}

impl Lines {
    pub fn new(text: &str, first: usize) -> Lines {
        let bytes = text.as_bytes();
        let mut starts = vec![first];
        for i in first..bytes.len() {
            let breaks = match bytes[i] {
                b'\n' => true,
                b'\r' => bytes.get(i + 1) != Some(&b'\n'),
                _ => false,
            };
            if breaks {
                starts.push(i + 1);
            }
        }
        let mut checkpoints = Vec::new();
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            if end - start > STEP {
                checkpoints.extend(line_checkpoints(text, start..end));
            }
        }
        Lines { starts, checkpoints }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).max(1) - 1
    }

    /// The 1-based line and columns (characters and UTF-16 code units) of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let line = self.line_of(offset);
        let start = self.starts[line];
        let offset = offset.max(start);
        let i = self.checkpoints.partition_point(|c| c.byte <= offset);
        let base = match i.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some(c) if c.byte >= start => c,
            _ => Checkpoint {
                byte: start,
                chars: 0,
                utf16: 0,
            },
        };
        let rest = &text[base.byte..offset];
        Position {
            line: line + 1,
            column: base.chars + rest.chars().count() + 1,
            utf16_column: base.utf16 + rest.encode_utf16().count() + 1,
        }
    }

    /// The byte range of the line holding `offset`, without its line break.
    pub fn line_span(&self, text: &str, offset: usize) -> Range<usize> {
        let line = self.line_of(offset);
        let start = self.starts[line];
        let Some(&next) = self.starts.get(line + 1) else {
            return start..text.len();
        };
        let before = &text[start..next];
        let brk = if before.ends_with("\r\n") { 2 } else { 1 };
        start..next - brk
    }
}

/// Checkpoints every `STEP` bytes (on character boundaries) along one long line.
fn line_checkpoints(text: &str, line: Range<usize>) -> Vec<Checkpoint> {
    let mut out = Vec::new();
    let (mut chars, mut utf16) = (0, 0);
    let mut at = line.start;
    loop {
        let next = text.floor_char_boundary((at + STEP).min(line.end));
        if next <= at || next >= line.end {
            return out;
        }
        for c in text[at..next].chars() {
            chars += 1;
            utf16 += c.len_utf16();
        }
        at = next;
        out.push(Checkpoint { byte: at, chars, utf16 });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(text: &str, offset: usize) -> (usize, usize, usize) {
        let before = &text[..offset];
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + before.matches('\r').count() - before.matches("\r\n").count() + 1;
        let prefix = &text[line_start..offset];
        (line, prefix.chars().count() + 1, prefix.encode_utf16().count() + 1)
    }

    #[test]
    fn long_lines_give_the_same_columns_as_counting_from_the_start() {
        let text = format!("a\r\nb\rc\n{}é𝄞 end\n", "x€ ".repeat(2_000));
        let lines = Lines::new(&text, 0);
        // (Between the two bytes of a CRLF is no place anything starts.)
        for (offset, _) in text.char_indices().filter(|(i, _)| !text[..*i].ends_with('\r')) {
            let p = lines.position(&text, offset);
            assert_eq!((p.line, p.column, p.utf16_column), naive(&text, offset), "at {offset}");
        }
    }

    #[test]
    fn line_spans_drop_every_kind_of_break() {
        let text = "one\r\ntwo\rthree\nfour";
        let lines = Lines::new(text, 0);
        let spans: Vec<&str> = [0, 5, 9, 15].iter().map(|&o| &text[lines.line_span(text, o)]).collect();
        assert_eq!(spans, ["one", "two", "three", "four"]);
    }
}
