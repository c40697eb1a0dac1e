//! Semantic checks of loaded packs, the way office-history audits check a record: a term that
//! ends before it starts, two holders of a one-holder office at once, a gap in an office said
//! to be complete.

use super::date::FactDate;
use super::{Holders, Office, Pack, Person, RuleError};

/// `terms_by_office`: per office, its terms as (person, term's place in their terms), in
/// people's order.
pub(super) fn validate(
    packs: &[Pack],
    offices: &[Office],
    people: &[Person],
    terms_by_office: &[Vec<(usize, usize)>],
) -> Vec<RuleError> {
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
        let mut terms: Vec<(&Person, &super::Term)> = terms_by_office[oi]
            .iter()
            .map(|&(p, k)| (&people[p], &people[p].terms[k]))
            .collect();
        // Terms starting on the same (or an unknown) day in a year: the shorter first, so a
        // caretaker's weeks in a year of two handovers do not read as an overlap.
        terms.sort_by_key(|(_, t)| (t.from.earliest(), t.to.map_or(chrono::NaiveDate::MAX, |d| d.earliest())));
        for pair in terms.windows(2) {
            let ((p1, t1), (p2, t2)) = (pair[0], pair[1]);
            // The handover day is shared; anything beyond it is two holders at once.
            let definitely_overlaps = match t1.to {
                // A term its source knows only until a day may have ended any day after it: a
                // holder who starts later (from another source) is its successor.
                None => t1.known_until.is_none_or(|known| known >= t2.from.earliest()),
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
    errors.extend(gaps(packs, offices, people, terms_by_office));
    errors
}

/// An office said to be `complete` from one day to another must have a holder on every day of
/// it, as far as the dates tell: a term starting after the day the one before it ends, or a
/// date given only to the month or year at a handover, is a gap.
fn gaps(
    packs: &[Pack],
    offices: &[Office],
    people: &[Person],
    terms_by_office: &[Vec<(usize, usize)>],
) -> Vec<RuleError> {
    let mut errors = Vec::new();
    for (oi, office) in offices.iter().enumerate() {
        let Some(complete) = office.complete else {
            continue;
        };
        let path = &packs[office.pack].path;
        let error = |message: String| {
            RuleError::at(
                path,
                office.pos,
                format!("office `{}` is complete: {message}", office.id),
            )
        };
        if complete.from.day.is_none() || complete.to.day.is_none() || complete.to.earliest() < complete.from.earliest()
        {
            errors.push(error(format!(
                "`complete:` needs two days in order, not {} to {}",
                complete.from, complete.to
            )));
            continue;
        }
        let mut terms: Vec<&super::Term> = terms_by_office[oi]
            .iter()
            .map(|&(p, k)| &people[p].terms[k])
            .filter(|t| t.to.is_none_or(|to| to.latest() >= complete.from.earliest()))
            .filter(|t| t.from.earliest() <= complete.to.earliest())
            .collect();
        terms.sort_by_key(|t| t.from.earliest());
        // The first day no term is sure to cover yet.
        let mut covered_to = complete.from.earliest() - chrono::Duration::days(1);
        // A handover the sources put on different days is no gap: someone held the office,
        // only which of the two is in doubt, so a disputed edge counts at its wide end.
        let starts = |d: &FactDate| {
            if d.disputed_to.is_some() {
                d.earliest()
            } else {
                d.latest()
            }
        };
        let ends = |d: &FactDate| {
            if d.disputed_to.is_some() {
                d.latest()
            } else {
                d.earliest()
            }
        };
        for t in &terms {
            // A term still running covers every later day: nothing after it can leave a gap.
            let Some(next_day) = covered_to.succ_opt() else {
                break;
            };
            if starts(&t.from) > next_day {
                break;
            }
            covered_to = covered_to.max(t.to.as_ref().map_or(chrono::NaiveDate::MAX, ends));
        }
        if covered_to < complete.to.earliest() {
            errors.push(error(format!(
                "no term is sure to cover {} (complete from {} to {})",
                covered_to + chrono::Duration::days(1),
                complete.from,
                complete.to
            )));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use crate::rules::RuleSet;

    /// Ann's term runs on when her source ends (known until 2021-03-01); Bob, from another
    /// source, starts on `bob_from`.
    fn load(bob_from: &str) -> Result<RuleSet, String> {
        let pack = format!(
            "pack: t
offices:
  t-mayor: {{ title: Mayor of Testville, aliases: [Mayor] }}
people:
  ann-example:
    name: Ann Example
    terms:
      - {{ office: t-mayor, from: 2018-08-07, known-until: 2021-03-01 }}
  bob-sample:
    name: Bob Sample
    terms:
      - {{ office: t-mayor, from: {bob_from} }}
"
        );
        RuleSet::load(vec![("t.yaml".into(), pack)]).map_err(|e| format!("{e:?}"))
    }

    #[test]
    fn a_successor_after_a_running_terms_last_known_day_is_no_second_holder() {
        assert!(load("2022-08-07").is_ok());
        let err = load("2020-08-07")
            .err()
            .expect("Bob starts while Ann is known to hold it");
        assert!(err.contains("still holds it"), "{err}");
    }
}
