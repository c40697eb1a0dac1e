//! Titles against terms of office: `former-incumbent`, `stale-title`, `before-term`.
//!
//! A name can refer to several people ("President Bush"). The claim is contradicted only when
//! every person it can refer to contradicts it in the same way; if any makes it true, it is
//! supported; otherwise it is unverifiable.

use super::{Check, CheckId, Context, Contradiction, Edit, Judgement, Severity, TitleAtEvent, setting};
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
    /// Contradicted in the strict form only: a note ("President Park" in the weeks between
    /// Park's election and inauguration, of something already done).
    Noted(CheckId, &'a Term),
    /// Right as the title stood at a past event, or as a courtesy in narrative ("signed by
    /// President Obama"), of a term since ended: allowed, or a finding where the house style's
    /// `title-at-event` asks for "then-".
    AtEvent(&'a Term, &'static str),
    /// Neither, and why.
    Open(&'static str),
}

/// A date known only to the month or year, or one the sources put on different days.
const COARSE: &str =
    "the packs' dates do not settle it (known only to the month or year, or put on different days by their sources)";
const BEYOND_KNOWLEDGE: &str =
    "the term's source ends before the article's date (known-until): whether it still runs is not known";
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
            if let Some(judgement) = super::office::judge(t, claim, cx) {
                return Some(judgement);
            }
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
                None,
                claim,
                cx,
            ));
        }
        let readings: Vec<Reading> = standings
            .iter()
            .map(|s| match read(t, s, claim, cx.date, cx.rules) {
                Reading::AtEvent(_, why) if cx.title_at_event == TitleAtEvent::Allow => Reading::Open(why),
                reading => reading,
            })
            .collect();
        if let Some(Reading::Supported(term)) = readings.iter().find(|r| matches!(r, Reading::Supported(_))) {
            let person = standings
                .iter()
                .find(|s| s.terms.iter().any(|x| std::ptr::eq(*x, *term)))?
                .person;
            return Some(Judgement::supported(cx.rules.describe_term(person, term)));
        }
        let unanimous = readings.first().and_then(contradicted).filter(|(id, _)| {
            readings
                .iter()
                .all(|r| contradicted(r).is_some_and(|(other, _)| other == *id))
        });
        let Some((id, term)) = unanimous else {
            return Some(Judgement::unverifiable(why_open(&readings, &t.name)));
        };
        if readings.iter().all(|r| matches!(r, Reading::AtEvent(..))) {
            return Some(at_event(term, &standings, t, cx).judge(claim));
        }
        let mut found = contradiction(&id, term, &standings, t, cx);
        if readings.iter().any(|r| matches!(r, Reading::Noted(..))) {
            found.severity = Severity::Note;
        }
        Some(found.judge(claim))
    }
}

/// The finding a reading makes, strict or as a note.
fn contradicted<'a>(r: &Reading<'a>) -> Option<(CheckId, &'a Term)> {
    match r {
        Reading::Contradicted(id, term) | Reading::Noted(id, term) => Some((id.clone(), *term)),
        Reading::AtEvent(term, _) => Some((CheckId::StaleTitle, *term)),
        _ => None,
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
    let beyond = |t: &&Term| t.to.is_none() && t.known_until.is_some_and(|last| day > last);
    if s.held_now == Truth::Unknown && s.terms.iter().any(beyond) {
        return Reading::Open(BEYOND_KNOWLEDGE);
    }
    match t.modifier {
        Some(Modifier::Former | Modifier::Ex) => match (s.held_now, s.current, s.last_ended) {
            (_, _, Some(last)) if t.indefinite => Reading::Supported(last),
            (Truth::Yes, Some(cur), _) => Reading::Contradicted(CheckId::FormerIncumbent, cur),
            (Truth::No, _, Some(last)) => Reading::Supported(last),
            (Truth::Yes, None, _) => Reading::Open("a handover day: both titles are right"),
            _ => Reading::Open(COARSE),
        },
        None | Some(Modifier::Outgoing) => match (s.held_now, s.current, s.last_ended, s.all_after) {
            (Truth::Yes, Some(cur), _, _) => Reading::Supported(cur),
            (Truth::No, _, Some(last), _)
                if t.modifier.is_none()
                    && rules.offices[last.office].keeps_title
                    && !died_in_office(rules, s.person, last) =>
            {
                Reading::Open("holders who leave this office keep its title: a courtesy, not a stale title")
            }
            (Truth::No, _, Some(last), _)
                if t.modifier.is_none() && speaks_now(t, claim) && !setting::set_during(claim, &s.terms, &t.verb) =>
            {
                // The dead keep the title they died with, but do not speak: "Queen Elizabeth II
                // said …" of today is a slip all the same.
                if died_in_office(rules, s.person, last) && !english::SPEECH_VERBS.contains(&t.verb.as_str()) {
                    Reading::Open("died in office: the title stays in every later reference")
                } else {
                    Reading::Contradicted(CheckId::StaleTitle, last)
                }
            }
            (Truth::No, _, _, Some(first)) => before_term(t, claim, first, day),
            (Truth::No, _, Some(_), _) if t.modifier.is_some() => {
                Reading::Open("\"outgoing\" is not judged after the term")
            }
            (Truth::No, _, Some(last), _) if !speaks_now(t, claim) => Reading::AtEvent(last, NARRATIVE),
            (Truth::No, _, Some(last), _) => Reading::AtEvent(last, SET_IN_THE_PAST),
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
        Some(Modifier::Elect | Modifier::Incoming | Modifier::Designate) => match read_elect(s, day) {
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

/// Did the person die in office, the term ending with their life (within a few days, as
/// sources date a death and the succession)? Then the title is theirs in every later
/// reference: "King Omar will be remembered for …".
fn died_in_office(rules: &RuleSet, person: usize, last: &Term) -> bool {
    let (Some(died), Some(to)) = (rules.people[person].died, last.to) else {
        return false;
    };
    (died.earliest() - to.latest()).num_days().abs() <= 3 || (to.earliest() - died.latest()).num_days().abs() <= 3
}

/// A bare title before the term began. In a clause about the future ("I look forward to
/// working with President Park", "President Park will …") it is no error; between the election
/// that won the term and its start it is the winner's title in waiting — of something already
/// done ("you spoke to President Park on Wednesday") only a note that "-elect" is the strict
/// form, of anything else nothing.
fn before_term<'a>(t: &TitleClaim, claim: &Claim, first: &'a Term, day: chrono::NaiveDate) -> Reading<'a> {
    let future_verb = matches!(t.tense, Tense::Future | Tense::Modal);
    if claim.setting.future || future_verb {
        return Reading::Open("a clause about the future: the term has not begun");
    }
    let elected = first.elected.map_or(Truth::Unknown, |e| e.on_or_before(day));
    // The clause's time: the person's own verb, or for an object the clause's verb.
    let past = t.tense == Tense::Past || (t.tense == Tense::None && claim.setting.past_in_clause);
    match (elected, past) {
        (Truth::Yes, true) => Reading::Noted(CheckId::BeforeTerm, first),
        (Truth::Yes, false) => {
            Reading::Open("between the election and the inauguration: the winner's title in waiting")
        }
        _ => Reading::Contradicted(CheckId::BeforeTerm, first),
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

/// A title as it stood at a past event, where the house style wants "then-" (`title-at-event:
/// note | warn`).
fn at_event(term: &Term, standings: &[Standing], t: &TitleClaim, cx: &Context) -> Contradiction {
    let mut found = contradiction(&CheckId::StaleTitle, term, standings, t, cx);
    found.severity = match cx.title_at_event {
        TitleAtEvent::Warn => Severity::Warning,
        _ => Severity::Note,
    };
    let who = match standings {
        [one] => cx.rules.people[one.person].name.as_str(),
        _ => t.name.as_str(),
    };
    found.message = format!(
        "{who} held office as {} until {}: the house style (title-at-event) asks for \"then-\" at a past event",
        cx.rules.offices[term.office].title,
        term.to.map(|d| d.to_string()).unwrap_or_default()
    );
    found.fix = Some(Edit::insert(
        t.title_start,
        if t.opens_sentence { "Then-" } else { "then-" },
    ));
    found
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
            Some(match &t.relative_verb {
                // "Park, who is prime minister," → "Park, who was prime minister,".
                Some(verb) => Edit::replace(verb.clone(), "was".to_string()),
                None => Edit::insert(t.title_start, if t.opens_sentence { "Former " } else { "former " }),
            }),
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
    // "-designate", " nominee": with no span of its own, the suffix's length is not known here.
    if t.modifier_span.is_none() && t.modifier != Some(Modifier::Elect) {
        return None;
    }
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
    fn a_term_is_known_only_until_its_source_ends() {
        use crate::article::{Article, DateSource, parse_day};
        use crate::rules::RuleSet;
        let pack = "pack: t\nknown-until: 2024-06-30\noffices:\n  tv-mayor:\n    title: Mayor of Testville\n    aliases: [Mayor]\npeople:\n  ann-example:\n    name: Ann Example\n    terms:\n      - { office: tv-mayor, from: 2020-01-01 }\n  bob-sample:\n    name: Bob Sample\n    terms:\n      - { office: tv-mayor, from: 2012-01-01, to: 2020-01-01 }\n";
        let rules = RuleSet::load(vec![("t.yaml".to_string(), pack.to_string())]).unwrap();
        let verdicts = |date: &str, text: &str| {
            let article = Article::parse(
                "a.txt",
                text.to_string(),
                Some((parse_day(date).unwrap(), DateSource::Flag)),
            )
            .unwrap();
            super::super::check_article(&article, &rules)
                .claims
                .iter()
                .map(|j| (j.judgement.verdict, j.judgement.reason.clone()))
                .collect::<Vec<_>>()
        };
        use super::super::Verdict;
        assert_eq!(
            verdicts("2024-06-01", "Mayor Ann Example said so.")[0].0,
            Verdict::Supported
        );
        let after = verdicts("2025-06-01", "Mayor Ann Example said so.");
        assert_eq!(after[0].0, Verdict::Unverifiable);
        assert!(after[0].1.as_deref().unwrap().contains("known-until"), "{after:?}");
        // "former" is no longer contradicted after the source ends: she may have left.
        assert_eq!(
            verdicts("2024-06-01", "Former Mayor Ann Example said so.")[0].0,
            Verdict::Contradicted
        );
        assert_eq!(
            verdicts("2025-06-01", "Former Mayor Ann Example said so.")[0].0,
            Verdict::Unverifiable
        );
        // A term that ended is known whatever the date.
        assert_eq!(
            verdicts("2025-06-01", "Mayor Bob Sample said so.")[0].0,
            Verdict::Contradicted
        );
    }

    #[test]
    fn days_the_sources_disagree_on_are_neither_right_nor_wrong() {
        // The shipped packs: Jacqui Smith left the Home Office on 2009-06-06 by public record,
        // on 2009-06-10 by parlparse's key posts; Narendra Modi took office on 2014-05-26 by
        // public record, on 2014-05-29 by Archigos.
        let smith = "Home Secretary Jacqui Smith says the plan works.";
        assert!(ids("2009-06-08", smith).is_empty());
        assert_eq!(ids("2009-06-12", smith), ["stale-title"]);
        let modi = "Prime Minister Narendra Modi says the plan works.";
        assert!(ids("2014-05-27", modi).is_empty());
        assert_eq!(ids("2014-05-20", modi), ["before-term"]);
    }

    #[test]
    fn title_at_event_by_house_style() {
        use super::super::test_support::findings_with;
        use super::super::{Options, Severity, TitleAtEvent};
        let text = "Work began in 2022, when President Biden signed the funding bill.";
        let style = |title_at_event| Options {
            title_at_event,
            ..Options::default()
        };
        assert!(findings_with("2025-06-01", text, &style(TitleAtEvent::Allow)).is_empty());
        let then = Some("Work began in 2022, when then-President Biden signed the funding bill.".to_string());
        assert_eq!(
            findings_with("2025-06-01", text, &style(TitleAtEvent::Warn)),
            [("stale-title".to_string(), Severity::Warning, then.clone())]
        );
        assert_eq!(
            findings_with("2025-06-01", text, &style(TitleAtEvent::Note)),
            [("stale-title".to_string(), Severity::Note, then)]
        );
        // During the term, the title is simply right; a claim about now stays a plain finding.
        assert!(findings_with("2023-06-01", text, &style(TitleAtEvent::Warn)).is_empty());
        let now = findings_with(
            "2025-06-01",
            "President Joe Biden says the plan works.",
            &style(TitleAtEvent::Note),
        );
        assert_eq!(now.len(), 1);
        assert_eq!((now[0].0.as_str(), now[0].1), ("stale-title", Severity::Warning));
    }

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
    fn titles_in_apposition() {
        // Rishi Sunak: Prime Minister until 2024-07-05; Donald Trump: President from 2025-01-20.
        for (text, fix) in [
            (
                "Britain's prime minister, Rishi Sunak, said the talks would go on.",
                "Britain's former prime minister, Rishi Sunak, said the talks would go on.",
            ),
            (
                "The president, Joe Biden, said the plan works.",
                "The former president, Joe Biden, said the plan works.",
            ),
            (
                "Joe Biden, the president, said the plan works.",
                "Joe Biden, the former president, said the plan works.",
            ),
            (
                "Biden, who is president, said the plan works.",
                "Biden, who was president, said the plan works.",
            ),
        ] {
            assert_eq!(ids("2025-06-01", text), ["stale-title"], "{text}");
            assert_eq!(fixed("2025-06-01", text), fix);
        }
        let text = "The former president, Donald Trump, spoke on Monday.";
        assert_eq!(ids("2025-06-01", text), ["former-incumbent"]);
        assert_eq!(
            fixed("2025-06-01", text),
            "The president, Donald Trump, spoke on Monday."
        );
        assert_eq!(
            ids("2016-06-01", "Donald Trump, the president, spoke on Monday."),
            ["before-term"]
        );
        for text in [
            // Right on the date.
            "The then secretary of state, Antony Blinken, flew to Riyadh in 2023.",
            "In Washington, the president, Donald Trump, said so.",
            "Joe Biden, the former president, spoke.",
            // One of the former presidents, though president again.
            "Donald Trump, a former president, spoke on Monday.",
            // Not the office: another body's title, a list, a title that goes on.
            "The club president, Joe Biden, spoke.",
            "He thanked the president, Joe Biden, and Jill Biden.",
            "Joe Biden, the president of the club, spoke.",
            "Joe Biden, the president's brother, spoke.",
            "Joe Biden's aide, the president, spoke.",
            "Joe Biden, a lawyer, spoke.",
        ] {
            assert!(ids("2025-06-01", text).is_empty(), "{text}");
        }
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
    fn a_demonym_before_the_title_names_the_country_not_an_organisation() {
        let kaunda = "Zambian President Kenneth Kaunda said on Monday that the mines would reopen.";
        assert_eq!(ids("1995-03-10", kaunda), ["stale-title"]);
        assert!(ids("1987-03-10", kaunda).is_empty());
        // The modifier before the country is the title's.
        let former = "Former Zambian President Kenneth Kaunda said the mines would reopen.";
        assert_eq!(ids("1987-03-10", former), ["former-incumbent"]);
        assert!(ids("1995-03-10", former).is_empty());
        assert_eq!(
            fixed("1987-03-10", former),
            "Zambian President Kenneth Kaunda said the mines would reopen."
        );
        // A country's name after "of" ends an organisation's name: Li Xiannian was China's
        // president, Wang Deyan the bank's.
        assert!(
            ids(
                "1987-03-28",
                "Bank of China President Wang Deyan said the loan was signed."
            )
            .is_empty()
        );
        let list = "Leaders of the United States of America President Shavkat Mirziyoyev signed.";
        assert!(ids("2023-09-21", list).is_empty());
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

    /// The findings' ids and severities.
    fn judged(date: &str, text: &str) -> Vec<(String, &'static str)> {
        let article = crate::article::Article::parse("t.txt", format!("date {date} {text}"), None).unwrap();
        let mut outcome = super::super::check_article(&article, super::super::test_support::rules());
        crate::policy::Policy::default().apply(&article, &mut outcome);
        outcome
            .findings()
            .map(|f| (f.check.to_string(), f.severity.as_str()))
            .collect()
    }

    #[test]
    fn a_title_in_a_clause_about_the_future_is_no_error() {
        for text in [
            "I look forward to working with Vice President JD Vance.",
            "Vice President JD Vance will meet the envoys next month.",
            "Until Vice President JD Vance is sworn in, nothing moves.",
            "The relationship you can build with Vice President JD Vance matters.",
        ] {
            assert!(ids("2024-10-01", text).is_empty(), "{text}");
        }
        // The twin: the same title of something done before the election is the real slip.
        assert_eq!(
            ids("2016-10-01", "President Donald Trump met union leaders."),
            ["before-term"]
        );
    }

    #[test]
    fn between_election_and_inauguration_the_title_is_at_most_a_note() {
        assert!(ids("2024-12-15", "A staff led by Vice President JD Vance is taking shape.").is_empty());
        assert_eq!(
            judged("2024-12-15", "You spoke to Vice President JD Vance on Wednesday."),
            [("before-term".to_string(), "note")]
        );
        assert_eq!(
            judged("2024-10-15", "You spoke to Vice President JD Vance on Wednesday."),
            [("before-term".to_string(), "error")],
            "before the election it is an error"
        );
    }

    #[test]
    fn designate_shapes_read_as_elect() {
        for text in [
            "Defense Secretary-designate Pete Hegseth said he was ready.",
            "Defense Secretary nominee Pete Hegseth said he was ready.",
            "designated Secretary of State Marco Rubio said he was ready.",
            "He has appointed as his Secretary of State Marco Rubio.",
            "The likely Secretary of State Marco Rubio said he was ready.",
        ] {
            assert!(ids("2024-12-01", text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_title_inside_another_is_not_that_title() {
        assert!(ids("2016-10-01", "Vice-Secretary of State Marco Rubio said so.").is_empty());
        assert!(ids("2016-10-01", "The alternative President Donald Trump said so.").is_empty());
        assert_eq!(
            ids("2016-10-01", "In Washington, President Donald Trump said so."),
            ["before-term"],
            "a place and a comma before the title do not qualify it"
        );
    }

    #[test]
    fn a_bare_apostrophe_after_s_is_a_possessive() {
        assert!(ids("2025-03-11", "Defense Secretary Jim Mattis' talks resumed then.").is_empty());
        assert_eq!(
            ids("2025-03-11", "Defense Secretary Jim Mattis says the talks resumed."),
            ["stale-title"]
        );
    }

    #[test]
    fn the_title_at_the_time_of_an_event() {
        for text in [
            "When the talks were launched, President Joe Biden said they would work.",
            "In the aftermath of the floods, President Joe Biden said aid would come.",
        ] {
            assert!(ids("2025-06-01", text).is_empty(), "{text}");
        }
        // Unanchored, or anchored to this week, it is the real slip.
        for text in [
            "President Joe Biden says the talks will work.",
            "When asked, President Joe Biden says no.",
            "When the talks opened on Monday, President Joe Biden said they would work.",
        ] {
            assert_eq!(ids("2025-06-01", text), ["stale-title"], "{text}");
        }
    }

    #[test]
    fn a_sentence_adverb_and_its_comma_end_before_the_title() {
        // Wire copy: "However, Chief Justice William Rehnquist, joined by …, argued that …".
        // Rehnquist became Chief Justice on 1986-09-26 (an oath a day after the commission).
        let text = "However, Chief Justice William Rehnquist argued that the law was wrong.";
        assert_eq!(ids("1985-06-01", text), ["before-term"]);
        assert!(ids("1987-03-09", text).is_empty());
        // A name and a comma before the title is a list, not an opener: nothing is claimed.
        assert!(ids("1985-06-01", "Howard Baker, Chief Justice William Rehnquist argued so.").is_empty());
    }

    #[test]
    fn a_justice_who_retired_keeps_the_title() {
        // Anthony Kennedy retired from the Court on 2018-07-31: "Justice" stays his.
        for text in [
            "Justice Anthony Kennedy says the case is hard.",
            "Former Justice Anthony Kennedy says the case is hard.",
        ] {
            assert!(ids("2019-06-01", text).is_empty(), "{text}");
        }
        assert_eq!(
            ids("2017-06-01", "Former Justice Anthony Kennedy says the case is hard."),
            ["former-incumbent"]
        );
        // A chief justice who retired does not keep "Chief Justice" (Burger, 1986-09-26).
        assert_eq!(
            ids(
                "1987-03-10",
                "Chief Justice Warren Burger says the court is overworked."
            ),
            ["stale-title"]
        );
        // Antonin Scalia died in office on 2016-02-13: he keeps the title, but does not speak.
        assert!(
            ids(
                "2017-06-01",
                "Justice Antonin Scalia will be remembered for his dissents."
            )
            .is_empty()
        );
        assert_eq!(
            ids("2017-06-01", "Justice Antonin Scalia said the law was clear."),
            ["stale-title"]
        );
    }

    #[test]
    fn someone_who_died_in_office_keeps_the_title() {
        assert!(ids("2022-09-09", "Queen Elizabeth II will be remembered for her service.").is_empty());
        assert_eq!(
            ids("2023-05-01", "Queen Elizabeth II said she was delighted."),
            ["stale-title"]
        );
        // One who left office alive and says something now: the stale title stays a finding.
        assert_eq!(
            ids("2025-06-01", "President Joe Biden says the talks will work."),
            ["stale-title"]
        );
    }
}
