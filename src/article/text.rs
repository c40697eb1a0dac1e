//! Plain text: paragraphs separated by blank lines or (in wire copy) by an indented first
//! line; suppression comments are lines of their own starting `claimcheck:`, or HTML comments.

use super::passage::{Passage, PassageKind};
use crate::grammar::paragraph;
use std::ops::Range;

pub fn passages(text: &str, body: Range<usize>) -> Vec<Passage> {
    paragraph::paragraphs(text, body)
        .into_iter()
        .map(|p| {
            let bullet = ["- ", "* ", "• ", "– "].iter().any(|b| text[p.clone()].starts_with(b));
            let kind = if bullet {
                PassageKind::ListItem
            } else {
                PassageKind::Paragraph
            };
            Passage::contiguous(kind, p)
        })
        .collect()
}

/// HTML comments, and plain-text lines of their own that start `claimcheck:`, after `from`.
pub fn comments(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut found = html_comments(text, from);
    let mut line_start = from;
    for line in text[from..].split_inclusive('\n') {
        let content = line.trim();
        if content.starts_with("claimcheck:") {
            let lead = line.len() - line.trim_start().len();
            found.push(line_start + lead..line_start + lead + content.len());
        }
        line_start += line.len();
    }
    found.sort_by_key(|r| r.start);
    found
}

/// Every `<!-- … -->` after `from`.
pub fn html_comments(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = from;
    while let Some(i) = text[at..].find("<!--") {
        let start = at + i;
        let Some(len) = text[start..].find("-->") else {
            break;
        };
        found.push(start..start + len + 3);
        at = start + len + 3;
    }
    found
}
