//! Words a style lint replaces ("Kiev" → "Kyiv"), unless inside an exception ("Chicken Kiev").

use super::{ClaimKind, LintClaim, Site};
use crate::rules::RuleSet;
use std::ops::Range;

pub(super) fn parse(site: &Site, lints: &[(usize, String)], rules: &RuleSet) -> Vec<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    // Lints are case-sensitive: "KIEV" in a headline is not the spelling the lint is about.
    // Only a sentence's first word may be capitalised where the pack's phrase is not, and then
    // its replacement is capitalised too ("The ex-minister" → "The former minister").
    let capitalised = match &text[start..end] {
        written if written == site.pattern => false,
        written if opens_sentence(text, site.sentence.start, start) && written == capitalise(site.pattern) => true,
        _ => return Vec::new(),
    };
    lints
        .iter()
        .map(|(lint, replacement)| {
            let excepted = rules.lints[*lint]
                .except
                .iter()
                .any(|phrase| within(text, start, end, phrase));
            let claim = LintClaim {
                lint: *lint,
                replacement: if capitalised {
                    capitalise(replacement)
                } else {
                    replacement.clone()
                },
                excepted,
            };
            (ClaimKind::Lint(claim), start..end)
        })
        .collect()
}

/// Is `at` the first word of the sentence starting at `sentence` (after opening quotes)?
fn opens_sentence(text: &str, sentence: usize, at: usize) -> bool {
    text[sentence..at]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '['))
}

/// The first letter in upper case.
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Does an occurrence of `phrase` cover `start..end`?
fn within(text: &str, start: usize, end: usize, phrase: &str) -> bool {
    let from = start.saturating_sub(phrase.len());
    let to = (end + phrase.len()).min(text.len());
    let Some(window) = text.get(from..to) else {
        return false;
    };
    window
        .match_indices(phrase)
        .any(|(i, _)| from + i <= start && end <= from + i + phrase.len())
}
