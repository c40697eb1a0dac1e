//! Whitespace-normalised text with a map back to source bytes. Wire copy breaks lines inside
//! names ("chief of staff Donald\nRegan"), Markdown interrupts them with markup ("*former*
//! President"), HTML writes spaces as `&nbsp;`: parsers run on the flat text, spans stay in
//! source.

use std::ops::Range;

/// A piece of a passage's text: source bytes copied as they are, or source bytes that read as
/// other text (an entity, an inline code span read as a placeholder).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Copy(Range<usize>),
    Replace(Range<usize>, String),
}

impl Piece {
    /// The source bytes it stands for.
    pub fn span(&self) -> &Range<usize> {
        match self {
            Piece::Copy(r) | Piece::Replace(r, _) => r,
        }
    }
}

pub struct Flat {
    pub text: String,
    /// (flat offset, source offset) where a run of characters copied unchanged begins;
    /// between breakpoints flat and source advance together. Sorted by flat offset.
    runs: Vec<(usize, usize)>,
    /// Replaced text: (flat range, source range). Every flat offset inside maps to the source
    /// range's start, its end to the range's end.
    replaced: Vec<(Range<usize>, Range<usize>)>,
    /// Source offset just past the last character, for the end of the text.
    end: usize,
}

/// Builds the flat text: every run of whitespace becomes one space, trimmed at both ends.
struct Builder<'a> {
    source: &'a str,
    flat: Flat,
    /// The source of the space to write before the next character: one whitespace character,
    /// or the whole of a replaced piece that reads as a space (`&nbsp;`), so that deleting the
    /// space deletes the reference, not its `&`.
    pending_space: Option<Range<usize>>,
    /// Where the source would be if the current run went on: a mismatch starts a new run.
    expected: usize,
}

impl<'a> Builder<'a> {
    fn new(source: &'a str, capacity: usize, start: usize) -> Builder<'a> {
        Builder {
            source,
            flat: Flat {
                text: String::with_capacity(capacity),
                runs: Vec::new(),
                replaced: Vec::new(),
                end: start,
            },
            pending_space: None,
            expected: usize::MAX,
        }
    }

    fn space_at(&mut self, source: Range<usize>) {
        if !self.flat.text.is_empty() && self.pending_space.is_none() {
            self.pending_space = Some(source);
        }
    }

    fn flush_space(&mut self) {
        if let Some(space) = self.pending_space.take() {
            let at = self.flat.text.len();
            if space.len() > 1 {
                // A replaced piece or a wide space (U+00A0 is two bytes): the flat space
                // stands for all of it, and an edit never splits it.
                self.flat.replaced.push((at..at + 1, space.clone()));
                self.flat.runs.push((at, space.start));
                self.expected = usize::MAX;
            } else {
                if space.start != self.expected {
                    self.flat.runs.push((at, space.start));
                }
                self.expected = space.start + 1;
            }
            self.flat.text.push(' ');
        }
    }

    fn copy(&mut self, range: Range<usize>) {
        let bytes = self.source.as_bytes();
        let mut at = range.start;
        while at < range.end {
            // Most of any text is ASCII words with one space between them, which flat text
            // keeps as it is: copy each run of them whole.
            let run = ascii_run(&bytes[at..range.end]);
            if run > 0 {
                self.push_copied(at..at + run);
                at += run;
                continue;
            }
            let c = self.source[at..].chars().next().expect("at < range.end, on a boundary");
            if c.is_whitespace() {
                // A CRLF line break is one space: deleting it must not leave a lone LF.
                let crlf = c == '\r' && self.source[at + 1..].starts_with('\n');
                let len = if crlf { 2 } else { c.len_utf8() };
                self.space_at(at..at + len);
                at += len.min(range.end - at);
                continue;
            }
            self.push_copied(at..at + c.len_utf8());
            at += c.len_utf8();
        }
    }

    /// Copies source characters none of which is whitespace.
    fn push_copied(&mut self, range: Range<usize>) {
        self.flush_space();
        if range.start != self.expected {
            self.flat.runs.push((self.flat.text.len(), range.start));
        }
        self.flat.text.push_str(&self.source[range.clone()]);
        self.expected = range.end;
        self.flat.end = range.end;
    }

    fn replace(&mut self, range: Range<usize>, text: &str) {
        if text.is_empty() {
            return;
        }
        if text.chars().all(char::is_whitespace) {
            self.space_at(range);
            return;
        }
        self.flush_space();
        let from = self.flat.text.len();
        self.flat.text.push_str(text);
        self.flat.replaced.push((from..self.flat.text.len(), range.clone()));
        // Whatever follows starts a new run.
        self.flat.runs.push((from, range.start));
        self.expected = usize::MAX;
        self.flat.end = range.end;
    }
}

/// The ASCII characters `char::is_whitespace` accepts: tab, line feed, vertical tab, form
/// feed, carriage return and space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The length of the ASCII text `bytes` starts with that flattening leaves as it is: no
/// whitespace but single spaces between other characters.
fn ascii_run(bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let kept = b.is_ascii()
            && (!is_ascii_space(b)
                || (b == b' ' && i > 0 && bytes.get(i + 1).is_some_and(|&n| n.is_ascii() && !is_ascii_space(n))));
        if !kept {
            break;
        }
        i += 1;
    }
    i
}

impl Flat {
    /// Flattens `source[range]`.
    pub fn new(source: &str, range: Range<usize>) -> Flat {
        let mut b = Builder::new(source, range.len(), range.start);
        b.copy(range);
        b.flat
    }

    /// Flattens the pieces of a passage, in order.
    pub fn from_pieces(source: &str, pieces: &[Piece]) -> Flat {
        let capacity = pieces
            .iter()
            .map(|p| match p {
                Piece::Copy(r) => r.len(),
                Piece::Replace(_, t) => t.len(),
            })
            .sum();
        let start = match pieces.first() {
            Some(Piece::Copy(r) | Piece::Replace(r, _)) => r.start,
            None => 0,
        };
        let mut b = Builder::new(source, capacity, start);
        for piece in pieces {
            match piece {
                Piece::Copy(r) => b.copy(r.clone()),
                Piece::Replace(r, t) => b.replace(r.clone(), t),
            }
        }
        b.flat
    }

    /// The replaced piece holding a flat offset, if any.
    fn replaced_at(&self, flat: usize) -> Option<&(Range<usize>, Range<usize>)> {
        let i = self.replaced.partition_point(|(f, _)| f.start <= flat);
        self.replaced.get(i.checked_sub(1)?).filter(|(f, _)| flat < f.end)
    }

    /// Source offset of a flat offset.
    pub fn source(&self, flat: usize) -> usize {
        if flat >= self.text.len() {
            return self.end;
        }
        if let Some((_, src)) = self.replaced_at(flat) {
            return src.start;
        }
        let i = self.runs.partition_point(|&(f, _)| f <= flat) - 1;
        let (f, src) = self.runs[i];
        src + (flat - f)
    }

    /// The flat offset of the first character at or after a source offset.
    pub fn flat_offset(&self, source: usize) -> usize {
        // The source offset grows with the flat offset: search it.
        let (mut low, mut high) = (0, self.text.len());
        while low < high {
            let mid = (low + high) / 2;
            if self.source(mid) < source {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        self.text.ceil_char_boundary(low)
    }

    /// Source span of a flat span. The end maps past the last character, not onto the next one.
    pub fn source_span(&self, flat: Range<usize>) -> Range<usize> {
        if flat.is_empty() {
            let s = self.source(flat.start);
            return s..s;
        }
        let last_at = self.text[..flat.end]
            .char_indices()
            .next_back()
            .map_or(flat.end, |(i, _)| i);
        let end = match self.replaced_at(last_at) {
            Some((_, src)) => src.end,
            None => {
                let last = self.text[last_at..flat.end].len();
                self.source(last_at) + last
            }
        };
        self.source(flat.start)..end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_line_breaks_and_maps_back() {
        let src = "xx chief of staff Donald\n    Regan said";
        let f = Flat::new(src, 3..src.len());
        assert_eq!(f.text, "chief of staff Donald Regan said");
        let i = f.text.find("Donald Regan").unwrap();
        let span = f.source_span(i..i + "Donald Regan".len());
        assert_eq!(&src[span], "Donald\n    Regan");
    }

    #[test]
    fn multibyte_spans() {
        let src = "Trump’s  comments";
        let f = Flat::new(src, 0..src.len());
        assert_eq!(f.text, "Trump’s comments");
        assert_eq!(&src[f.source_span(0..f.text.find(' ').unwrap())], "Trump’s");
        assert_eq!(&src[f.source_span(f.text.len() - 8..f.text.len())], "comments");
        assert_eq!(
            f.flat_offset(src.find("comments").unwrap()),
            f.text.find("comments").unwrap()
        );
        assert_eq!(f.flat_offset(src.find(' ').unwrap()), f.text.find(' ').unwrap());
    }

    #[test]
    fn pieces_skip_markup_and_replace_entities() {
        // "*former* President&nbsp;Trump": the asterisks are markup, the entity a space.
        let src = "*former* President&nbsp;Trump";
        let pieces = [
            Piece::Copy(1..7),
            Piece::Copy(8..18),
            Piece::Replace(18..24, "\u{a0}".into()),
            Piece::Copy(24..29),
        ];
        let f = Flat::from_pieces(src, &pieces);
        assert_eq!(f.text, "former President Trump");
        assert_eq!(&src[f.source_span(0..6)], "former");
        assert_eq!(&src[f.source_span(7..22)], "President&nbsp;Trump");
        // A space written as a reference or a wide character is deleted whole.
        let src = "former&nbsp;President former\u{a0}President";
        let pieces = [
            Piece::Copy(0..6),
            Piece::Replace(6..12, "\u{a0}".into()),
            Piece::Copy(12..src.len()),
        ];
        let f = Flat::from_pieces(src, &pieces);
        assert_eq!(f.text, "former President former President");
        assert_eq!(&src[f.source_span(0..7)], "former&nbsp;");
        let at = f.text.rfind("former").unwrap();
        assert_eq!(&src[f.source_span(at..at + 7)], "former\u{a0}");
        assert_eq!(f.flat_offset(src.find("President").unwrap()), 7);
        let src = "former\r\nPresident";
        let f = Flat::new(src, 0..src.len());
        assert_eq!(&src[f.source_span(0..7)], "former\r\n");
        let src = "Say `x` now";
        let code = [
            Piece::Copy(0..4),
            Piece::Replace(4..7, "\u{fffc}".into()),
            Piece::Copy(7..11),
        ];
        let f = Flat::from_pieces(src, &code);
        assert_eq!(f.text, "Say \u{fffc} now");
        let at = f.text.find('\u{fffc}').unwrap();
        assert_eq!(&src[f.source_span(at..at + 3)], "`x`");
        assert_eq!(&src[f.source_span(at..at + 7)], "`x` now");
    }
}
