//! Edits to an article's source bytes: the one representation of a fix, shared by the report's
//! "+" line, `--fix`, the patch writer, SARIF's `fixes` and the language server.

use serde::Serialize;
use std::ops::Range;

/// Replace the source bytes `start..end` with `text`: an insertion has an empty span, a
/// deletion an empty text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKind {
    Replace,
    Insert,
    Delete,
}

impl Edit {
    pub fn replace(span: Range<usize>, text: impl Into<String>) -> Edit {
        Edit {
            start: span.start,
            end: span.end,
            text: text.into(),
        }
    }

    pub fn insert(at: usize, text: impl Into<String>) -> Edit {
        Edit::replace(at..at, text)
    }

    pub fn delete(span: Range<usize>) -> Edit {
        Edit::replace(span, "")
    }

    pub fn span(&self) -> Range<usize> {
        self.start..self.end
    }

    pub fn kind(&self) -> EditKind {
        match (self.start == self.end, self.text.is_empty()) {
            (true, _) => EditKind::Insert,
            (false, true) => EditKind::Delete,
            (false, false) => EditKind::Replace,
        }
    }

    /// Does it fall inside `range` (an insertion at either end counts)?
    pub fn within(&self, range: &Range<usize>) -> bool {
        range.start <= self.start && self.end <= range.end
    }

    /// Two edits conflict when they change overlapping bytes, or insert at the same place.
    pub fn overlaps(&self, other: &Edit) -> bool {
        if self.start == other.start {
            return true;
        }
        self.start < other.end && other.start < self.end
    }

    /// `source[range]` with this edit made (it must lie within the range).
    pub fn apply_within(&self, source: &str, range: Range<usize>) -> String {
        debug_assert!(self.within(&range));
        format!(
            "{}{}{}",
            &source[range.start..self.start],
            self.text,
            &source[self.end..range.end]
        )
    }

    /// The whole source with this edit made.
    pub fn apply(&self, source: &str) -> String {
        self.apply_within(source, 0..source.len())
    }
}

/// The result of making several edits at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    pub text: String,
    /// Indexes (into the edits given) of the edits made, and of those left out because they
    /// overlap an edit made before them.
    pub applied: Vec<usize>,
    pub conflicting: Vec<usize>,
}

/// Makes every edit that does not overlap an earlier one (by position, then by the order
/// given); bytes outside the edits are copied unchanged.
pub fn apply_all(source: &str, edits: &[Edit]) -> Applied {
    let mut order: Vec<usize> = (0..edits.len()).collect();
    order.sort_by_key(|&i| (edits[i].start, edits[i].end, i));
    let mut text = String::with_capacity(source.len());
    let (mut applied, mut conflicting) = (Vec::new(), Vec::new());
    let mut copied_to = 0;
    let mut last: Option<&Edit> = None;
    for i in order {
        let e = &edits[i];
        if last.is_some_and(|l| l.overlaps(e) || e.start < l.end) {
            conflicting.push(i);
            continue;
        }
        text.push_str(&source[copied_to..e.start]);
        text.push_str(&e.text);
        copied_to = e.end;
        last = Some(e);
        applied.push(i);
    }
    text.push_str(&source[copied_to..]);
    applied.sort_unstable();
    conflicting.sort_unstable();
    Applied {
        text,
        applied,
        conflicting,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_apply() {
        let s = "former President Trump";
        assert_eq!(Edit::delete(0..7).kind(), EditKind::Delete);
        assert_eq!(Edit::delete(0..7).apply(s), "President Trump");
        assert_eq!(Edit::insert(0, "the ").kind(), EditKind::Insert);
        assert_eq!(Edit::insert(0, "the ").apply(s), "the former President Trump");
        assert_eq!(Edit::replace(17..22, "Biden").apply(s), "former President Biden");
        assert_eq!(Edit::replace(17..22, "Biden").apply_within(s, 7..22), "President Biden");
    }

    #[test]
    fn overlapping_edits_keep_the_first() {
        let s = "aaa bbb ccc";
        let edits = [
            Edit::replace(4..7, "BBB"),
            Edit::delete(0..4),
            Edit::replace(5..6, "x"),
            Edit::insert(11, "!"),
        ];
        let done = apply_all(s, &edits);
        assert_eq!(done.text, "BBB ccc!");
        assert_eq!(done.applied, [0, 1, 3]);
        assert_eq!(done.conflicting, [2]);
        // Two insertions at one place conflict: which goes first is not knowable.
        let done = apply_all(s, &[Edit::insert(3, "x"), Edit::insert(3, "y")]);
        assert_eq!(done.conflicting, [1]);
    }
}
