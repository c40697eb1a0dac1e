//! `stale-government`: "the Biden administration also aims …" when Biden no longer heads it.

use super::{Check, CheckId, Context, Contradiction, Edit, Judgement, Severity, setting};
use crate::claims::{Claim, ClaimKind, Tense};
use crate::rules::{Term, Truth};

pub(super) struct GovernmentCheck;

impl Check for GovernmentCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Government(g) = &claim.kind else {
            return None;
        };
        let rules = cx.rules;
        // Each person the name can stand for, with their terms in the offices this word names.
        let heads: Vec<(usize, Vec<&Term>)> = g
            .people
            .iter()
            .map(|&p| {
                (
                    p,
                    rules.people[p]
                        .terms
                        .iter()
                        .filter(|t| g.offices.contains(&t.office))
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, terms)| !terms.is_empty())
            .collect();
        if heads.is_empty() {
            let why = match g.people.is_empty() {
                true => format!("no pack knows a head of government named {}", g.name),
                false => format!("the packs give {} no term in an office that names a {}", g.name, g.word),
            };
            return Some(Judgement::unverifiable(why));
        }
        if let Some((p, term)) = heads.iter().find_map(|(p, terms)| {
            terms
                .iter()
                .find(|t| t.holds_on(cx.date) == Truth::Yes)
                .map(|t| (*p, *t))
        }) {
            return Some(Judgement::supported(rules.describe_term(p, term)));
        }
        if !matches!(g.tense, Tense::Present | Tense::PresentPerfect | Tense::Future) {
            return Some(Judgement::unverifiable(
                "not the subject of a present or future verb: not a claim about now",
            ));
        }
        // Contradicted only if every head's every term ended before the date, and the sentence
        // is not set back in one of those terms.
        let all_ended = heads
            .iter()
            .all(|(_, terms)| terms.iter().all(|t| t.ended_before(cx.date) == Truth::Yes));
        if !all_ended {
            return Some(Judgement::unverifiable(
                "not every term it can mean had ended on the date",
            ));
        }
        if heads
            .iter()
            .any(|(_, terms)| setting::set_during(claim, terms, &g.verb))
        {
            return Some(Judgement::unverifiable(
                "the sentence is set in the past, during the term",
            ));
        }
        let (person, terms) = &heads[0];
        let last = terms.iter().max_by_key(|t| t.from.earliest()).copied()?;
        let office = &rules.offices[last.office];
        // The fix names whoever held the office on the date, when exactly one person did.
        let holders = rules.holders_on(last.office, cx.date);
        let holder = match holders.as_slice() {
            [(h, _, Truth::Yes)] => Some(*h),
            _ => None,
        };
        let who = if heads.len() == 1 {
            rules.people[*person].name.clone()
        } else {
            g.name.clone()
        };
        let mut message = format!(
            "{who} left office as {} on {}; {}",
            office.title,
            last.to.map(|d| d.to_string()).unwrap_or_default(),
            cx.dated
        );
        let fix = holder.map(|h| {
            let holder_name = &rules.people[h].name;
            message.push_str(&format!(", when {holder_name} held it"));
            Edit::replace(g.name_span.clone(), surname(holder_name))
        });
        Some(
            Contradiction {
                check: CheckId::StaleGovernment,
                // "has imposed" of an ended government is a tense slip more than a false claim.
                severity: if g.tense == Tense::PresentPerfect {
                    Severity::Warning
                } else {
                    Severity::Error
                },
                message,
                fix,
                fact: rules.describe_term(*person, last),
            }
            .judge(claim),
        )
    }
}

/// "Donald Trump" → "Trump"; "J.D. Vance" → "Vance".
fn surname(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fixed, ids};

    #[test]
    fn stale_government_and_its_fix() {
        let text = "The Biden administration also aims to cut costs.";
        assert_eq!(ids("2025-03-11", text), ["stale-government"]);
        assert_eq!(
            fixed("2025-03-11", text),
            "The Trump administration also aims to cut costs."
        );
        assert_eq!(
            ids("1987-03-11", "Officials said the Carter Administration wants more."),
            ["stale-government"]
        );
        assert_eq!(
            ids("1987-03-11", "The Carter administration has objected."),
            ["stale-government"]
        );
    }

    #[test]
    fn past_tense_and_current_governments_are_fine() {
        for (date, text) in [
            ("2025-03-11", "The Biden administration had aimed to cut costs."),
            ("2025-03-11", "The Biden administration sought to cut costs."),
            ("2025-03-11", "The Trump Administration committed to cut costs."),
            (
                "2025-03-11",
                "The backlog created by the Biden Administration is large.",
            ),
            (
                "2025-03-11",
                "Rules set before the Biden Administration rulemakings stand.",
            ),
            ("2025-03-11", "The Biden administration’s rules are gone."),
            ("2025-03-11", "The Biden administration officials left."),
            ("2025-03-11", "In 2022, the Biden administration is said to have tried."),
            ("2022-03-11", "The Biden-Harris Administration is committed to it."),
            // Not yet in office: a future government is not a stale one.
            ("2020-12-01", "The Biden administration is expected to act."),
        ] {
            assert!(ids(date, text).is_empty(), "{date} {text}");
        }
    }

    #[test]
    fn a_government_as_object_spanning_years_or_compound() {
        // The object of a past verb is no claim about now; the subject of a said-clause is.
        assert!(
            ids(
                "2025-06-01",
                "The experts who advised the Biden Administration are gone."
            )
            .is_empty()
        );
        assert_eq!(
            ids("2025-06-01", "Officials said the Biden administration wants more."),
            ["stale-government"]
        );
        // A present perfect that spans years covers the term.
        assert!(
            ids(
                "2025-06-01",
                "For years the Biden administration has claimed it would act."
            )
            .is_empty()
        );
        assert_eq!(
            ids("2025-06-01", "The Biden administration has claimed it would act."),
            ["stale-government"]
        );
        // A compound names a run of governments: stale only when the last has ended.
        assert!(ids("2022-06-01", "The Obama-Biden administration is praised.").is_empty());
        assert_eq!(
            ids("2025-06-01", "The Obama-Biden administration is praised."),
            ["stale-government"]
        );
    }
}
