//! Is a sentence set in the past, during a given term? Then "President Carter" or "the Reagan
//! administration is" are right as written, whatever the publication date.

use crate::claims::Claim;
use crate::grammar::dates;
use crate::rules::{Term, Truth};

/// Phrases that move a sentence back in time.
const PAST_MARKERS: &[&str] = &[
    "at the time",
    "at that time",
    "back then",
    "in those days",
    "then-",
    " era ",
];

/// Words right before the phrase that place it inside the term: "under President Biden".
const DURING: &[&str] = &["under", "Under", "during", "During"];

pub(super) fn set_during(claim: &Claim, terms: &[&Term], verb: &str) -> bool {
    if verb == "had" {
        return true; // past perfect: "President Reagan had said"
    }
    let sentence = claim.sentence_text.as_str();
    let before = sentence[..claim.offset_in_sentence].trim_end();
    if DURING
        .iter()
        .any(|w| before.ends_with(w) && before[..before.len() - w.len()].ends_with([' ', '(']) || before == *w)
    {
        return true;
    }
    let lower = sentence.to_lowercase();
    if PAST_MARKERS.iter().any(|m| lower.contains(m)) {
        return true;
    }
    let years = dates::years_in(sentence);
    let in_term_year = |y: i32| {
        terms
            .iter()
            .any(|t| t.from.year <= y && t.to.is_none_or(|to| y <= to.year))
    };
    if years.into_iter().any(in_term_year) {
        return true;
    }
    dates::dates_in(sentence)
        .into_iter()
        .any(|d| terms.iter().any(|t| t.holds_on(d) != Truth::No))
}
