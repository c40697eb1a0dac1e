//! Whitespace-normalised text with a map back to source bytes. Wire copy breaks lines inside
//! names ("chief of staff Donald\nRegan"): parsers run on the flat text, spans stay in source.

use std::ops::Range;

pub struct Flat {
    pub text: String,
    /// (flat offset, source offset) where a run of characters copied unchanged begins;
    /// between breakpoints flat and source advance together. Sorted by flat offset.
    runs: Vec<(usize, usize)>,
    /// Source offset just past the last character, for the end of the text.
    end: usize,
}

impl Flat {
    /// Flattens `source[range]`: every run of whitespace becomes one space, trimmed at both ends.
    pub fn new(source: &str, range: Range<usize>) -> Flat {
        let slice = &source[range.clone()];
        let mut text = String::with_capacity(slice.len());
        let mut runs = Vec::new();
        let mut pending_space: Option<usize> = None;
        let mut end = range.start;
        // Where the source would be if the current run went on: a mismatch starts a new run.
        let mut expected = usize::MAX;
        for (i, c) in slice.char_indices() {
            let at = range.start + i;
            if c.is_whitespace() {
                if !text.is_empty() && pending_space.is_none() {
                    pending_space = Some(at);
                }
                continue;
            }
            if let Some(space) = pending_space.take() {
                if space != expected {
                    runs.push((text.len(), space));
                }
                text.push(' ');
                expected = space + 1;
            }
            if at != expected {
                runs.push((text.len(), at));
            }
            text.push(c);
            expected = at + c.len_utf8();
            end = expected;
        }
        Flat { text, runs, end }
    }

    /// Source offset of a flat offset.
    pub fn source(&self, flat: usize) -> usize {
        if flat >= self.text.len() {
            return self.end;
        }
        let i = self.runs.partition_point(|&(f, _)| f <= flat) - 1;
        let (f, src) = self.runs[i];
        src + (flat - f)
    }

    /// Source span of a flat span. The end maps past the last character, not onto the next one.
    pub fn source_span(&self, flat: Range<usize>) -> Range<usize> {
        if flat.is_empty() {
            let s = self.source(flat.start);
            return s..s;
        }
        let last = self.text[..flat.end].chars().next_back().map_or(1, char::len_utf8);
        self.source(flat.start)..self.source(flat.end - last) + last
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
    }
}
