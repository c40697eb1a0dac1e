//! Life and death: "the late Henry Kissinger" and "Kissinger says".

use super::{ClaimKind, LifeClaim, Site, names};
use crate::rules::RuleSet;
use std::ops::Range;

const LATE: [&str; 2] = ["the late ", "The late "];
/// Present-tense verbs of speech: news copy uses them for what someone says now. ("writes" is
/// left out: the present of a book's words is the literary present, true of the dead too.)
const SAYS: [&str; 3] = [" says ", " tells ", " says,"];

/// Where a life claim may stand: after "the late", or before "says".
pub(super) fn sites(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let late = LATE
        .into_iter()
        .flat_map(move |l| text.match_indices(l).map(|(i, m)| (i, i + m.len())));
    let says = SAYS
        .into_iter()
        .flat_map(move |v| text.match_indices(v).map(|(i, m)| (i, i + m.len())));
    late.chain(says)
}

pub(super) fn parse(site: &Site, rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    let flat = site.flat;
    if LATE.contains(&&text[start..end]) {
        // A title after "the late" is the title claim's ("the late President Reagan").
        let (name, people) = names::name_after(text, end, rules).filter(|(n, _)| names::is_full(n))?;
        let late_at = start + "the ".len();
        let claim = LifeClaim {
            name: name.to_string(),
            people,
            late: true,
            late_span: Some(flat.source(late_at)..flat.source(end)),
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
