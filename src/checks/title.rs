//! Titles against terms of office: `former-incumbent`, `stale-title`, `before-term`.
//!
//! A name can refer to several people ("President Bush"). The claim is contradicted only when
//! every person it can refer to contradicts it in the same way; if any makes it true, it is
//! supported; otherwise it is unverifiable.

use super::{Check, CheckId, Context, Contradiction, Edit, Judgement, Severity, setting};
use crate::claims::{Claim, ClaimKind, Modifier, Tense, TitleClaim};
use crate::grammar::english;
use crate::rules::{RuleSet, Term, Truth};

pub(super) struct TitleCheck;

/// Where one person stands, on the article's date, in the offices the title names.
struct Standing<'a> {
    person: usize,
    terms: Vec<&'a Term>,
    /// The term running on the date, if definitely one is.
    current: Option<&'a Term>,
    held_now: Truth,
    /// The latest term that definitely ended before the date.
    last_ended: Option<&'a Term>,
    /// The first term, when every term definitely starts after the date.
    all_after: Option<&'a Term>,
    /// A term that definitely started on or before the date.
    started: Option<&'a Term>,
}

fn standing<'a>(rules: &'a RuleSet, person: usize, offices: &[usize], cx: &Context) -> Option<Standing<'a>> {
    let terms: Vec<&Term> = rules.people[person]
        .terms
        .iter()
        .filter(|t| offices.contains(&t.office))
        .collect();
    let p = &rules.people[person];
    let undated = p.held.iter().any(|o| offices.contains(o)) && could_serve(p.born, cx.date);
    if terms.is_empty() && !undated {
        return None; // a person this title does not cover
    }
    let truths: Vec<Truth> = terms.iter().map(|t| t.holds_on(cx.date)).collect();
    let held_now = if truths.contains(&Truth::Yes) {
        Truth::Yes
    } else if undated || truths.contains(&Truth::Unknown) {
        Truth::Unknown
    } else {
        Truth::No
    };
    // A term ending on the date is a handover: "former" is as right as the bare title then.
    let current = terms
        .iter()
        .zip(&truths)
        .find(|(t, h)| **h == Truth::Yes && t.to.is_none_or(|to| to.earliest() > cx.date))
        .map(|(t, _)| *t);
    let last_ended = terms
        .iter()
        .filter(|t| t.ended_before(cx.date) == Truth::Yes)
        .max_by_key(|t| t.from.earliest())
        .copied();
    let all_after = terms
        .iter()
        .all(|t| t.starts_after(cx.date) == Truth::Yes)
        .then(|| terms.iter().min_by_key(|t| t.from.earliest()).copied())
        .flatten();
    let started = terms
        .iter()
        .find(|t| t.from.on_or_before(cx.date) == Truth::Yes)
        .copied();
    Some(Standing {
        started,
        person,
        terms,
        current,
        held_now,
        last_ended,
        all_after,
    })
}

/// "acting Secretary X": right while X holds an acting term; contradicted while X holds the
/// office as its confirmed holder — judged only where the person's pack marks acting terms.
fn read_acting<'a>(s: &Standing<'a>, day: chrono::NaiveDate, rules: &RuleSet) -> Reading<'a> {
    let now: Vec<&Term> = s
        .terms
        .iter()
        .copied()
        .filter(|t| t.holds_on(day) == Truth::Yes)
        .collect();
    if let Some(t) = now.iter().find(|t| t.acting) {
        return Reading::Supported(t);
    }
    match now.first() {
        Some(t) if rules.packs[rules.people[s.person].pack].tracks_acting => {
            Reading::Contradicted(CheckId::NotActing, t)
        }
        _ => Reading::Open("the packs do not mark acting terms for this office"),
    }
}

/// "President-elect X": right from the election that won a term until the term begins;
/// judged only for terms whose election the packs give.
fn read_elect<'a>(s: &Standing<'a>, day: chrono::NaiveDate) -> Reading<'a> {
    let won: Vec<&Term> = s.terms.iter().copied().filter(|t| t.elected.is_some()).collect();
    let Some(first) = won.first() else {
        return Reading::Open("the packs give no election date for the term");
    };
    let elected_by = |t: &Term| t.elected.map_or(Truth::Unknown, |e| e.on_or_before(day));
    if let Some(t) = won
        .iter()
        .find(|t| elected_by(t) == Truth::Yes && t.from.on_or_after(day) == Truth::Yes)
    {
        return Reading::Supported(t);
    }
    if won
        .iter()
        .all(|t| t.starts_after(day) == Truth::No && t.from.on_or_after(day) == Truth::No)
    {
        let last = won.iter().max_by_key(|t| t.from.earliest()).copied().unwrap_or(first);
        return Reading::Contradicted(CheckId::ElectInOffice, last);
    }
    if won.iter().all(|t| elected_by(t) == Truth::No) {
        return Reading::Contradicted(CheckId::BeforeTerm, first);
    }
    Reading::Open(COARSE)
}

/// Could someone born on `born` hold an office on `day`? Rules out historical namesakes known
/// only by name ("Sen. Warren" in 2025 is not the senator born in 1844).
fn could_serve(born: Option<crate::rules::FactDate>, day: chrono::NaiveDate) -> bool {
    use chrono::Datelike;
    born.is_none_or(|b| day.year() - b.year >= 18 && day.year() - b.year <= 110)
}

/// One person's verdict on the claim.
enum Reading<'a> {
    Supported(&'a Term),
    Contradicted(CheckId, &'a Term),
    /// Neither, and why.
    Open(&'static str),
}

const COARSE: &str = "the dates in the packs are too coarse to tell";
const NARRATIVE: &str = "a courtesy title in narrative, not a claim about now";
const SET_IN_THE_PAST: &str = "the sentence is set in the past, during the term";

impl Check for TitleCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Title(t) = &claim.kind else {
            return None;
        };
        let standings: Vec<Standing> = t
            .people
            .iter()
            .filter_map(|&p| standing(cx.rules, p, &t.offices, cx))
            .collect();
        if standings.is_empty() {
            let why = if t.people.is_empty() {
                format!("no pack knows {}", t.name)
            } else {
                format!("the packs give {} no term as {}", t.name, t.title)
            };
            return Some(Judgement::unverifiable(why));
        }
        if t.modifier == Some(Modifier::Late) {
            let people: Vec<usize> = standings.iter().map(|s| s.person).collect();
            return Some(super::life::judge_life(
                &people,
                true,
                t.modifier_span.clone(),
                claim,
                cx,
            ));
        }
        let readings: Vec<Reading> = standings.iter().map(|s| read(t, s, claim, cx.date, cx.rules)).collect();
        if let Some(Reading::Supported(term)) = readings.iter().find(|r| matches!(r, Reading::Supported(_))) {
            let person = standings
                .iter()
                .find(|s| s.terms.iter().any(|x| std::ptr::eq(*x, *term)))?
                .person;
            return Some(Judgement::supported(cx.rules.describe_term(person, term)));
        }
        let unanimous = match readings.first() {
            Some(Reading::Contradicted(id, term))
                if readings
                    .iter()
                    .all(|r| matches!(r, Reading::Contradicted(other, _) if other == id)) =>
            {
                Some((id, term))
            }
            _ => None,
        };
        let Some((id, term)) = unanimous else {
            return Some(Judgement::unverifiable(why_open(&readings, &t.name)));
        };
        Some(contradiction(id, term, &standings, t, cx).judge(claim))
    }
}

/// Why no reading decides: the one reason every person shares, or that they disagree.
fn why_open(readings: &[Reading], name: &str) -> String {
    let mut reasons = readings.iter().map(|r| match r {
        Reading::Open(why) => Some(*why),
        _ => None,
    });
    let first = reasons.next().flatten();
    match first {
        Some(why) if reasons.all(|r| r == Some(why)) => why.to_string(),
        _ => format!(
            "{name}: {} people fit, and the facts differ between them",
            readings.len()
        ),
    }
}

fn read<'a>(t: &TitleClaim, s: &Standing<'a>, claim: &Claim, day: chrono::NaiveDate, rules: &RuleSet) -> Reading<'a> {
    match t.modifier {
        Some(Modifier::Former | Modifier::Ex) => match (s.held_now, s.current, s.last_ended) {
            (Truth::Yes, Some(cur), _) => Reading::Contradicted(CheckId::FormerIncumbent, cur),
            (Truth::No, _, Some(last)) => Reading::Supported(last),
            (Truth::Yes, None, _) => Reading::Open("a handover day: both titles are right"),
            _ => Reading::Open(COARSE),
        },
        None | Some(Modifier::Outgoing) => match (s.held_now, s.current, s.last_ended, s.all_after) {
            (Truth::Yes, Some(cur), _, _) => Reading::Supported(cur),
            (Truth::No, _, Some(last), _)
                if t.modifier.is_none() && speaks_now(t, claim) && !setting::set_during(claim, &s.terms, &t.verb) =>
            {
                Reading::Contradicted(CheckId::StaleTitle, last)
            }
            (Truth::No, _, _, Some(first)) => Reading::Contradicted(CheckId::BeforeTerm, first),
            (Truth::No, _, Some(_), _) if t.modifier.is_some() => {
                Reading::Open("\"outgoing\" is not judged after the term")
            }
            (Truth::No, _, Some(_), _) if !speaks_now(t, claim) => Reading::Open(NARRATIVE),
            (Truth::No, _, Some(_), _) => Reading::Open(SET_IN_THE_PAST),
            (Truth::Yes, None, _, _) => Reading::Open("a handover day: both titles are right"),
            _ => Reading::Open(COARSE),
        },
        Some(Modifier::Then) => match (s.all_after, s.started) {
            (Some(first), _) => Reading::Contradicted(CheckId::BeforeTerm, first),
            (None, Some(term)) => Reading::Supported(term),
            _ => Reading::Open(COARSE),
        },
        // After inauguration "-elect" is stale only in a claim about now, as a bare title is:
        // "promises President-elect Biden made" tells of the weeks before it.
        // "incoming President X" is the "-elect" of wire copy.
        Some(Modifier::Elect | Modifier::Incoming) => match read_elect(s, day) {
            Reading::Contradicted(CheckId::ElectInOffice, _) if !speaks_now(t, claim) => Reading::Open(NARRATIVE),
            Reading::Contradicted(CheckId::ElectInOffice, _) if setting::set_during(claim, &s.terms, &t.verb) => {
                Reading::Open(SET_IN_THE_PAST)
            }
            reading => reading,
        },
        Some(Modifier::Acting | Modifier::Interim) => read_acting(s, day, rules),
        // "future": no fact decides it.
        _ => Reading::Open("no fact decides a future title"),
    }
}

/// Former holders keep "President" as a courtesy in narrative ("appointed by President Obama",
/// "President Kennedy’s assassination"), so a bare title is stale only when the person is the
/// subject of a claim about now: a present or future verb, a news report's "said", or a past
/// verb in a sentence dated to the last days ("arrived on Monday").
fn speaks_now(t: &TitleClaim, claim: &Claim) -> bool {
    matches!(t.tense, Tense::Present | Tense::PresentPerfect | Tense::Future)
        || english::REPORTING_VERBS.contains(&t.verb.as_str())
        || (t.tense == Tense::Past && claim.setting.recent)
}

fn contradiction(id: &CheckId, term: &Term, standings: &[Standing], t: &TitleClaim, cx: &Context) -> Contradiction {
    let rules = cx.rules;
    let person = standings
        .iter()
        .find(|s| s.terms.iter().any(|x| std::ptr::eq(*x, term)))
        .map_or(standings[0].person, |s| s.person);
    let who = if standings.len() == 1 {
        rules.people[person].name.clone()
    } else {
        t.name.clone()
    };
    let office = &rules.offices[term.office].title;
    let dated = &cx.dated;
    let (severity, message, fix) = match id {
        CheckId::FormerIncumbent => (
            Severity::Error,
            format!("{who} has been {office} since {}; {dated}", term.from),
            t.modifier_span.clone().map(Edit::delete),
        ),
        CheckId::StaleTitle => (
            Severity::Warning,
            format!(
                "{who} left office as {office} on {}; {dated}",
                term.to.map(|d| d.to_string()).unwrap_or_default()
            ),
            Some(Edit::insert(
                t.title_start,
                if t.opens_sentence { "Former " } else { "former " },
            )),
        ),
        CheckId::NotActing => (
            Severity::Warning,
            format!(
                "{who} has held {office} as its confirmed holder since {}; {dated}",
                term.from
            ),
            t.modifier_span.clone().map(Edit::delete),
        ),
        CheckId::ElectInOffice => (
            Severity::Error,
            match term.to.filter(|_| term.ended_before(cx.date) == Truth::Yes) {
                Some(to) => format!(
                    "{who} took office as {office} on {} and left it on {to}; {dated}",
                    term.from
                ),
                None => format!("{who} took office as {office} on {}; {dated}", term.from),
            },
            elect_fix(t, term, cx.date),
        ),
        _ => (
            Severity::Error,
            format!("{who} took office as {office} only on {}; {dated}", term.from),
            None,
        ),
    };
    Contradiction {
        check: id.clone(),
        severity,
        message,
        fix,
        fact: rules.describe_term(person, term),
    }
}

/// "-elect" (or "incoming") once the term has begun: dropped while the term runs. Once it has
/// ended, the title alone would be stale in turn, so the fix says "former" at once.
fn elect_fix(t: &TitleClaim, term: &Term, day: chrono::NaiveDate) -> Option<Edit> {
    let elect_end = t.title_span.end + "-elect".len();
    if term.ended_before(day) != Truth::Yes {
        return Some(match t.modifier_span.clone() {
            Some(span) => Edit::delete(span), // "incoming "
            None => Edit::delete(t.title_span.end..elect_end),
        });
    }
    let former = if t.opens_sentence { "Former " } else { "former " };
    match t.modifier_span.clone() {
        Some(span) => Some(Edit::replace(span, former)),
        // "President-elect" becomes "former President" in one edit, written from the title as
        // read: only when that is its source (no markup or entity inside), else no fix.
        None => (t.title.len() == t.title_span.len())
            .then(|| Edit::replace(t.title_span.start..elect_end, format!("{former}{}", t.title))),
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fixed, ids};

    #[test]
    fn former_incumbent_and_its_fix() {
        let text = "He answered former US President Donald Trump’s remarks.";
        assert_eq!(ids("2025-03-11", text), ["former-incumbent"]);
        assert_eq!(
            fixed("2025-03-11", text),
            "He answered US President Donald Trump’s remarks."
        );
        assert_eq!(ids("2025-03-11", "Ex-President Trump spoke."), ["former-incumbent"]);
        assert_eq!(
            fixed("2025-03-11", "Former President Trump spoke."),
            "President Trump spoke."
        );
    }

    #[test]
    fn former_is_right_between_terms_and_after() {
        assert!(ids("2022-05-01", "Former President Donald Trump spoke.").is_empty());
        assert!(ids("2025-03-11", "Former President Joe Biden spoke.").is_empty());
        assert!(ids("2025-03-11", "former Vice President Joe Biden spoke.").is_empty());
    }

    #[test]
    fn stale_title_when_speaking_now() {
        let text = "President Joe Biden said the plan works.";
        assert_eq!(ids("2025-06-01", text), ["stale-title"]);
        assert_eq!(
            fixed("2025-06-01", text),
            "Former President Joe Biden said the plan works."
        );
        assert_eq!(
            fixed("2025-06-01", "Aides say President Biden is tired."),
            "Aides say former President Biden is tired."
        );
    }

    #[test]
    fn stale_title_not_when_set_during_the_term() {
        for text in [
            "In 2022, President Biden said the plan works.",
            "Then-President Biden said so.",
            "Prices skyrocketed under President Biden.",
            "She was appointed by President Obama.",
            "President Biden signed the order.",
            "The records of President Kennedy are sealed.",
            "As President Washington said, it will not be doubted.",
            "President Biden had said so at the time.",
            "President Biden’s regulations are being rolled back.",
        ] {
            assert!(ids("2025-06-01", text).is_empty(), "{text}");
        }
    }

    #[test]
    fn handover_day_and_newly_elected() {
        // Trump's first term ended on 2021-01-20: that day "former President Trump" is right.
        assert!(ids("2021-01-20", "Former President Trump left Washington.").is_empty());
        assert!(ids("2016-11-10", "He called newly elected President Donald Trump.").is_empty());
    }

    #[test]
    fn before_term() {
        assert_eq!(ids("2016-10-01", "President Donald Trump met them."), ["before-term"]);
        assert_eq!(ids("2016-10-01", "Then-President Trump met them."), ["before-term"]);
    }

    #[test]
    fn acting_only_where_the_facts_hold_an_acting_term() {
        // Marco Rubio: Secretary of State from 2025-01-21, acting national security adviser
        // from 2025-05-01.
        assert!(ids("2025-06-01", "Acting National Security Adviser Marco Rubio spoke.").is_empty());
        let text = "Acting Secretary of State Marco Rubio spoke.";
        assert_eq!(ids("2025-06-01", text), ["not-acting"]);
        assert_eq!(fixed("2025-06-01", text), "Secretary of State Marco Rubio spoke.");
        // A pack that marks no acting terms says nothing about them.
        assert!(ids("1987-03-10", "Acting Prime Minister Yasuhiro Nakasone spoke.").is_empty());
    }

    #[test]
    fn elect_between_election_and_inauguration() {
        // Joe Biden: elected 2020-11-03, inaugurated 2021-01-20.
        assert!(ids("2021-01-15", "President-elect Joe Biden says the plan works.").is_empty());
        assert!(ids("2024-12-01", "President-elect Donald Trump says the plan works.").is_empty());
        assert_eq!(
            ids("2021-03-01", "President-elect Joe Biden says the plan works."),
            ["elect-in-office"]
        );
        assert_eq!(
            fixed("2021-03-01", "President-elect Joe Biden says the plan works."),
            "President Joe Biden says the plan works."
        );
        assert_eq!(
            ids("2020-10-01", "President-elect Joe Biden says the plan works."),
            ["before-term"]
        );
        // Told of the weeks before the inauguration: right as written.
        assert!(
            ids(
                "2021-03-01",
                "The office keeps promises President-elect Joe Biden made."
            )
            .is_empty()
        );
        // After the term: "former", not the bare title the next check would call stale.
        assert_eq!(
            fixed(
                "2025-03-11",
                "The officials President-elect Joe Biden says the plan works."
            ),
            "The officials former President Joe Biden says the plan works."
        );
        assert_eq!(
            fixed("2025-03-11", "President-elect Joe Biden says the plan works."),
            "Former President Joe Biden says the plan works."
        );
        assert_eq!(
            fixed("2025-03-11", "Incoming President Joe Biden says the plan works."),
            "Former President Joe Biden says the plan works."
        );
        // "incoming" reads as "-elect".
        assert!(ids("2024-12-01", "Incoming President Donald Trump says the plan works.").is_empty());
        assert_eq!(
            fixed("2025-03-01", "Incoming President Donald Trump says the plan works."),
            "President Donald Trump says the plan works."
        );
    }

    #[test]
    fn ambiguous_names_need_every_candidate_to_contradict() {
        // George H. W. Bush was president in 1990; George W. Bush never was by then.
        assert!(ids("1990-06-01", "President George Bush said so.").is_empty());
        // Both Bushes were out of office in 2012: stale either way.
        assert_eq!(ids("2012-06-01", "President Bush said so."), ["stale-title"]);
        // In 2005 one of them was president: "former President Bush" fits the other.
        assert!(ids("2005-06-01", "Former President Bush said so.").is_empty());
        assert!(ids("2005-06-01", "President Bush said so.").is_empty());
    }

    #[test]
    fn organisation_titles_and_unknown_people_are_not_judged() {
        assert!(ids("2025-03-11", "Chrysler President Donald Trump said so.").is_empty());
        assert!(ids("2025-03-11", "Former President Joana Example said so.").is_empty());
        assert!(ids("2025-03-11", "former President Donald Trump Jr. said so.").is_empty());
        // "Jack Kemp" is nobody in the packs; it must not shrink to a member named Jack.
        assert!(ids("1987-03-04", "Rep. Jack Kemp urged them to act.").is_empty());
    }

    #[test]
    fn quoted_claims_are_the_speakers_at_lower_severity() {
        let text = "He said: “former President Trump is wrong.”";
        assert_eq!(ids("2025-03-11", text), ["former-incumbent"]);
    }
}
