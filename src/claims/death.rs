//! Deaths: "Jimmy Carter died on Sunday", "X has died", "X, who died last week,", "X passed
//! away", "X was killed". The name before the verb must be a full one the packs know.

use super::{ClaimKind, DeathClaim, Site, names};
use crate::grammar::{english, when};
use crate::rules::RuleSet;
use std::ops::Range;

/// The verbs of death the claims scan finds (see `claims::SHAPES`).
pub(super) const SHAPES: &[&str] = &[" died", " passed away", " was killed", " was assassinated"];

/// What may stand between the name and the verb: "X has died", "X, who died".
const BETWEEN: &[&str] = &[" has", " had", ", who", " who", " reportedly"];

pub(super) fn parse(site: &Site, rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let verb_end = site.end;
    // "died" must be the whole word ("diedre" is no verb); "was killed off" is a character's
    // exit from a series.
    let after = &text[verb_end..];
    if after.starts_with(char::is_alphanumeric) || after.starts_with(" off") {
        return None;
    }
    let sentence = site.nearby();
    if hedged(sentence) {
        return None;
    }
    let before = &text[..site.start];
    let name_end = BETWEEN
        .iter()
        .find(|b| before.ends_with(**b))
        .map_or(site.start, |b| site.start - b.len());
    let (name_start, name, people) =
        names::name_before(text, site.sentence.start, name_end, rules).filter(|(_, n, _)| names::is_full(n))?;
    let people = names::by_occupation(people, sentence, rules);
    let found = when::after_verb(after);
    let end = verb_end + found.map_or(0, |(_, len)| len);
    let claim = DeathClaim {
        name: name.to_string(),
        people,
        when: found.map(|(w, _)| w),
    };
    Some((ClaimKind::Death(claim), name_start..end))
}

/// A sentence that doubts, denies or imagines the death: "rumours that X had died", "if X
/// died", "X was falsely reported to have died".
fn hedged(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    english::DEATH_HEDGES.iter().any(|h| lower.contains(h))
}
