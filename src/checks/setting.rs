//! Is a sentence set in the past, during a given term? Then "President Carter" or "the Reagan
//! administration is" are right as written, whatever the publication date.

use crate::claims::Claim;
use crate::grammar::dates;
use crate::grammar::english;
use crate::rules::{Term, Truth};

/// "… arrived on Monday", "… said yesterday": a past verb about the last few days.
pub(super) fn dated_recently(sentence: &str) -> bool {
    english::RECENT.iter().chain(english::WEEKDAYS).any(|w| {
        sentence.match_indices(w).any(|(i, _)| {
            let before = sentence[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after = sentence[i + w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
    })
}

/// "As President Washington said, …" / "As the great President Bush said": citing the record.
fn quotes_history(claim: &Claim, verb: &str) -> bool {
    let before: Vec<&str> = claim.context[..claim.offset_in_context].split_whitespace().collect();
    verb == "said" && before.len() <= 3 && before.first().is_some_and(|w| *w == "As" || *w == "as")
}

/// How far after the claim (bytes) a year or date still dates it.
const NEAR_AFTER: usize = 40;

pub(super) fn set_during(claim: &Claim, terms: &[&Term], verb: &str) -> bool {
    if verb == "had" {
        return true; // past perfect: "President Reagan had said"
    }
    if quotes_history(claim, verb) {
        return true;
    }
    let sentence = claim.context.as_str();
    let before = sentence[..claim.offset_in_context].trim_end();
    if english::DURING
        .iter()
        .any(|w| before.ends_with(w) && before[..before.len() - w.len()].ends_with([' ', '(']) || before == *w)
    {
        return true;
    }
    let lower = sentence.to_lowercase();
    if english::PAST_MARKERS.iter().any(|m| lower.contains(m)) {
        return true;
    }
    // A year or date sets the claim in time when it stands before it ("In 1980, President
    // Carter …") or close after it ("… President Carter imposed in 1980"), not when it dates
    // something else further on ("President Reagan said growth in the final quarter of 1986 …").
    let after_end = (claim.offset_in_context + claim.text.len()).min(sentence.len());
    let near_end = sentence.floor_char_boundary(after_end + NEAR_AFTER);
    let scope = format!(
        "{} {}",
        &sentence[..claim.offset_in_context],
        &sentence[after_end..near_end]
    );
    let in_year = dates::years_after_in(sentence);
    let years = dates::years_in(&scope).into_iter().chain(in_year);
    let in_term_year = |y: i32| {
        terms
            .iter()
            .any(|t| t.from.year <= y && t.to.is_none_or(|to| y <= to.year))
    };
    if years.into_iter().any(in_term_year) {
        return true;
    }
    dates::dates_in(&scope)
        .into_iter()
        .any(|d| terms.iter().any(|t| t.holds_on(d) != Truth::No))
}
