//! Words a style lint replaces ("Kiev" → "Kyiv"), unless inside an exception ("Chicken Kiev").

use super::{ClaimKind, LintClaim, Site};
use crate::rules::RuleSet;
use std::ops::Range;

pub(super) fn parse(site: &Site, lints: &[(usize, String)], rules: &RuleSet) -> Vec<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    // Lints are case-sensitive: "KIEV" in a headline is not the spelling the lint is about.
    if &text[start..end] != site.pattern {
        return Vec::new();
    }
    lints
        .iter()
        .map(|(lint, replacement)| {
            let excepted = rules.lints[*lint]
                .except
                .iter()
                .any(|phrase| within(text, start, end, phrase));
            let claim = LintClaim {
                lint: *lint,
                replacement: replacement.clone(),
                excepted,
            };
            (ClaimKind::Lint(claim), start..end)
        })
        .collect()
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
