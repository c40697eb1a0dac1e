//! Is a claim set in the past, during a given term? Then "President Carter" or "the Reagan
//! administration is" are right as written, whatever the publication date. The claims stage
//! has read the setting off the text; this judges it against the terms.

use crate::claims::Claim;
use crate::rules::{Term, Truth};

pub(super) fn set_during(claim: &Claim, terms: &[&Term], verb: &str) -> bool {
    let setting = &claim.setting;
    // Past perfect: "President Reagan had said".
    if verb == "had" {
        return true;
    }
    // A present perfect that spans years: "for years the Reagan administration has claimed".
    if matches!(verb, "has" | "have") && setting.duration {
        return true;
    }
    // A past moment the sentence opens on: "When the talks were launched, President Park said"
    // (the title at the time of the event), unless that moment is this week.
    if setting.anchored_past && !setting.recent {
        return true;
    }
    // Citing the record: "As President Washington said, …".
    if setting.as_clause && verb == "said" {
        return true;
    }
    if setting.during || setting.past_marker {
        return true;
    }
    let in_term_year = |y: &i32| {
        terms
            .iter()
            .any(|t| t.from.year <= *y && t.to.is_none_or(|to| *y <= to.year))
    };
    setting.years.iter().any(in_term_year)
        || setting
            .dates
            .iter()
            .any(|d| terms.iter().any(|t| t.holds_on(*d) != Truth::No))
}
