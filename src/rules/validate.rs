//! Semantic checks of loaded packs, the way office-history audits check a record: a term that
//! ends before it starts, two holders of a one-holder office at once.

use super::{Holders, Office, Pack, Person, RuleError};

pub(super) fn validate(packs: &[Pack], offices: &[Office], people: &[Person]) -> Vec<RuleError> {
    let mut errors = Vec::new();
    let at = |p: &Person, t: &super::Term, message: String| RuleError::at(&packs[p.pack].path, t.pos, message);
    for p in people {
        for t in &p.terms {
            if let Some(to) = t.to
                && to.latest() < t.from.earliest()
            {
                errors.push(at(
                    p,
                    t,
                    format!(
                        "term of `{}` in `{}` ends ({to}) before it starts ({})",
                        p.id, offices[t.office].id, t.from
                    ),
                ));
            }
        }
    }
    // Overlaps: sort every term of each one-holder office by start and compare neighbours.
    for (oi, office) in offices.iter().enumerate() {
        if office.holders == Holders::Many {
            continue;
        }
        let mut terms: Vec<(&Person, &super::Term)> = people
            .iter()
            .flat_map(|p| p.terms.iter().map(move |t| (p, t)))
            .filter(|(_, t)| t.office == oi)
            .collect();
        terms.sort_by_key(|(_, t)| t.from.earliest());
        for pair in terms.windows(2) {
            let ((p1, t1), (p2, t2)) = (pair[0], pair[1]);
            // The handover day is shared; anything beyond it is two holders at once.
            let definitely_overlaps = match t1.to {
                None => true,
                Some(to) => to.earliest() > t2.from.latest(),
            };
            if definitely_overlaps && p1.id != p2.id {
                errors.push(at(
                    p2,
                    t2,
                    format!(
                        "`{}` holds one-holder office `{}` from {} while `{}` still holds it (from {}{})",
                        p2.id,
                        office.id,
                        t2.from,
                        p1.id,
                        t1.from,
                        t1.to.map(|d| format!(" to {d}")).unwrap_or_default()
                    ),
                ));
            }
        }
    }
    errors
}
