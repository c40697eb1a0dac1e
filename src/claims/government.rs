//! "the Biden administration also aims …": the NAME + government word, and the verb's tense.

use super::{ClaimKind, GovernmentClaim, Site, same_words};
use crate::grammar::{english, phrase, verb};
use crate::rules::RuleSet;
use std::ops::Range;

/// How far back from "administration" the article "the" may stand ("the George W. Bush").
const MAX_NAME_BYTES: usize = 60;

pub(super) fn parse(site: &Site, offices: &[usize], rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    let written = &text[start..end];
    let capitalised = capitalise(site.pattern);
    if !(written == site.pattern || same_words(written, &capitalised, false)) {
        return None;
    }
    // Only the last few words can hold "the NAME": look no further back.
    let base = text.ceil_char_boundary(start.saturating_sub(MAX_NAME_BYTES + 4).max(site.sentence.start));
    let before = text[base..start].strip_suffix(' ')?;
    // The nearest "the" whose following name runs exactly up to the government word.
    let (name_start, name) = before
        .match_indices("the ")
        .chain(before.match_indices("The "))
        .filter(|(i, _)| before[..*i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        .filter_map(|(i, _)| {
            let (rest, name) = phrase::name(&before[i + 4..]).ok()?;
            (rest.is_empty() && !name.possessive).then_some((base + i + 4, name.text))
        })
        .max_by_key(|(i, _)| *i)?;
    let article_start = name_start - 4;
    // After a preposition the phrase is no verb's subject: "caused by the Biden Administration
    // have put …", "before the Biden Administration rulemakings"; after a past verb it is that
    // verb's object: "the experts who advised the Biden Administration are gone".
    let lead = &text[site.sentence.start..article_start];
    let object_of_past = lead
        .split_whitespace()
        .next_back()
        .is_some_and(|w| verb::is_past(w) && !english::CLAUSE_VERBS.contains(&w));
    let (tense, verb) = if verb::after_preposition(lead) || object_of_past {
        (verb::Tense::None, "")
    } else {
        verb::verb_group(&text[end..])
    };
    let flat = site.flat;
    let claim = GovernmentClaim {
        name: name.to_string(),
        name_span: flat.source_span(name_start..name_start + name.len()),
        word: written.to_string(),
        offices: offices.to_vec(),
        people: resolve(name, rules),
        tense,
        verb: verb.to_string(),
    };
    Some((ClaimKind::Government(claim), article_start..end))
}

/// People the name can stand for. A compound ("Obama-Biden", "Hale-Berg-Hale") names a run of
/// governments, or a head and a deputy: every bearer of every part counts, so the government
/// is stale only when each of their terms has ended.
fn resolve(name: &str, rules: &RuleSet) -> Vec<usize> {
    let direct = rules.people_named(name);
    if !direct.is_empty() || !name.contains('-') {
        return direct.to_vec();
    }
    let mut people: Vec<usize> = Vec::new();
    for part in name.split('-') {
        for &p in rules.people_named(part).iter() {
            if !people.contains(&p) {
                people.push(p);
            }
        }
    }
    people
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
