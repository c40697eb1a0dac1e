//! Paragraphs: separated by blank lines, or (in wire copy) by an indented first line.

use std::ops::Range;

/// Paragraph spans of `text[range]`, in source offsets, without surrounding blank lines.
pub fn paragraphs(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = range.start;
    let mut pos = range.start;
    for line in text[range.clone()].split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let blank = content.trim().is_empty();
        // Wire copy indents a new paragraph; Markdown and fact sheets start list items.
        let bullet = ["- ", "* ", "• ", "– "]
            .iter()
            .any(|b| content.trim_start().starts_with(b));
        let indented = content.starts_with("  ") || content.starts_with('\t') || bullet;
        if (blank || (indented && start.is_some()))
            && let Some(s) = start.take()
        {
            out.push(s..end);
        }
        if !blank {
            if start.is_none() {
                start = Some(pos + (content.len() - content.trim_start().len()));
            }
            end = pos + content.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push(s..end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_and_indented_wire_paragraphs() {
        let t = "One line\ncontinues.\n\nTwo.\r\n    Three starts\nhere.\n";
        let p: Vec<&str> = paragraphs(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(p, ["One line\ncontinues.", "Two.", "Three starts\nhere."]);
        let t = "Facts:\n- one item\n- two item\n";
        let p: Vec<&str> = paragraphs(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(p, ["Facts:", "- one item", "- two item"]);
    }
}
