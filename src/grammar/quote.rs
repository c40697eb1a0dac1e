//! Quotations: curly “…” pairs and straight "…" pairs. An unclosed quotation runs to the end of
//! the paragraph, as multi-paragraph quotes do in wire copy.

use std::ops::Range;

/// Spans of quoted text (quote marks included) in a flat paragraph.
pub fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((i, c)),
            (Some((s, '“')), '”') | (Some((s, '"')), '"') => {
                out.push(s..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    if let Some((s, _)) = open {
        out.push(s..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_straight_and_unclosed() {
        let t = "He said “yes,” and \"no\" then \"more";
        let q: Vec<&str> = quotations(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(q, ["“yes,”", "\"no\"", "\"more"]);
    }
}
