//! Life and death: "the late Henry Kissinger" and "Kissinger says".

use super::{ClaimKind, LifeClaim, Site, names};
use crate::grammar::english;
use crate::rules::RuleSet;
use std::ops::Range;

// The sites are found by `claims::SHAPES`: "the late", and present-tense verbs of speech
// (" says", " tells") — news copy uses them for what someone says now. ("writes" is left out:
// the present of a book's words is the literary present, true of the dead too.)

pub(super) fn parse(site: &Site, rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    let flat = site.flat;
    if english::LATE.contains(&&text[start..end]) {
        // A title after "the late" is the title claim's ("the late President Reagan").
        let (name, people) = names::name_after(text, end, rules).filter(|(n, _)| names::is_full(n))?;
        let late_at = start + "the ".len();
        let claim = LifeClaim {
            name: name.to_string(),
            people,
            late: true,
            late_span: Some(flat.source_span(late_at..end)),
        };
        return Some((ClaimKind::Life(claim), start..end + name.len()));
    }
    let (name_start, name, people) =
        names::name_before(text, site.sentence.start, start, rules).filter(|(_, n, _)| names::is_full(n))?;
    let claim = LifeClaim {
        name: name.to_string(),
        people,
        late: false,
        late_span: None,
    };
    Some((ClaimKind::Life(claim), name_start..end - 1))
}
