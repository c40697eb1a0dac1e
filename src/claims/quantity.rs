//! Counts of a quantity the packs name: "killed at least three people", "three people were
//! killed", "five dead", "91 drones were intercepted", "the deaths of three individuals".

use super::{ClaimKind, QuantityClaim, Site};
use crate::grammar::numbers::{self, Amount};
use crate::grammar::{dates, english};
use crate::rules::RuleSet;
use std::ops::Range;

/// How many words before the quantity word an amount may start.
const REACH: usize = 6;

pub(super) fn parse(site: &Site, quantity: usize, rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    if text[start..end] != *site.pattern {
        return None; // case-sensitive: "Killed" in a headline is not a count
    }
    let nouns = &rules.quantities[quantity].nouns;
    let (amount, span) = after(text, end, nouns).or_else(|| before(text, site.sentence.start, start, nouns))?;
    let phrase = span.start.min(start)..span.end.max(end);
    let near = near(text, site.sentence.clone(), phrase.start);
    let claim = QuantityClaim {
        quantity,
        amount,
        amount_text: text[span.clone()].to_string(),
        amount_span: site.flat.source_span(span.clone()),
        names_near: proper_names(near).into_iter().map(str::to_string).collect(),
        year_near: !dates::years_in(near).is_empty(),
    };
    Some((ClaimKind::Quantity(claim), phrase))
}

/// How far either side of a count (bytes) the names and years that go with it stand.
const NEAR: usize = 150;

/// The text within `NEAR` bytes of `at`, inside its sentence.
fn near(text: &str, sentence: Range<usize>, at: usize) -> &str {
    let from = text.ceil_char_boundary(at.saturating_sub(NEAR).max(sentence.start));
    let to = text.floor_char_boundary((at + NEAR).min(sentence.end));
    &text[from..to]
}

/// The proper names in a stretch of text (not its first word): what a count is about.
fn proper_names(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .skip(1)
        .filter(|w| w.starts_with(char::is_uppercase) && w.len() > 2 && !english::FUNCTION_WORDS.contains(w))
        .collect()
}

/// "killed at least three people" / "deaths of three individuals".
fn after(text: &str, end: usize, nouns: &[String]) -> Option<(Amount, Range<usize>)> {
    let mut at = end + text[end..].strip_prefix(' ').map(|_| 1)?;
    if numbers::amount(&text[at..]).is_err()
        && let Some(link) = english::COUNT_LINKS
            .iter()
            .find(|l| text[at..].starts_with(**l) && text[at + l.len()..].starts_with(' '))
    {
        at += link.len() + 1;
    }
    let (rest, amount) = numbers::amount(&text[at..]).ok()?;
    let amount_end = text.len() - rest.len();
    // A count after the word must be of the counted nouns, or end the clause: "killed three
    // people", "killed 12." — not "killed 40 years ago".
    let next = rest.trim_start_matches(' ');
    let ends_clause = rest.is_empty() || rest.starts_with([',', '.', ';', ')']);
    let counts_nouns = nouns.iter().any(|n| next.starts_with(n.as_str()));
    (ends_clause || counts_nouns).then_some((amount, at..amount_end))
}

/// How far back (bytes) the `REACH` words before a quantity word are looked for: a run-on
/// "sentence" must not be rescanned from its start for every count.
const BACK: usize = 400;

/// "three people were killed" / "five dead" / "91 drones".
fn before(text: &str, sentence_start: usize, start: usize, nouns: &[String]) -> Option<(Amount, Range<usize>)> {
    let sentence_start = match start.checked_sub(BACK) {
        // Start at a word after the cut, so a word cut in half is not read as one.
        Some(cut) if cut > sentence_start => {
            let cut = text.ceil_char_boundary(cut);
            cut + text[cut..start].find(' ').map_or(0, |i| i + 1)
        }
        _ => sentence_start,
    };
    let before = text[sentence_start..start]
        .strip_suffix(' ')
        .unwrap_or(&text[sentence_start..start]);
    let word_starts: Vec<usize> = before
        .char_indices()
        .filter(|&(i, c)| c != ' ' && (i == 0 || before[..i].ends_with(' ')))
        .map(|(i, _)| i)
        .collect();
    for &ws in word_starts.iter().rev().take(REACH) {
        let Ok((rest, amount)) = numbers::amount(&before[ws..]) else {
            continue;
        };
        let mut tail = rest.trim_start_matches(' ');
        if let Some(noun) = nouns.iter().find(|n| tail.starts_with(n.as_str())) {
            tail = tail[noun.len()..].trim_start_matches(' ');
        }
        if let Some(aux) = english::COUNT_AUXILIARIES.iter().find(|a| tail == **a) {
            tail = &tail[aux.len()..];
        }
        if tail.is_empty() {
            let from = sentence_start + ws;
            let amount_end = from + (before.len() - ws - rest.len());
            return Some((amount, from..amount_end));
        }
    }
    None
}
