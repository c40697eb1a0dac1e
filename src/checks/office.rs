//! `wrong-office` ("US President Kamala Harris": she was vice president) and `not-the-holder`
//! ("French President Jean Dupont": Emmanuel Macron was). Both need a country fixed for the
//! title — by the text or by the configuration's `country:` — and an office whose every holder
//! a pack knows on the date (`complete:`): only then is a name that is not among its holders
//! someone the office never had.

use super::{CheckId, Context, Contradiction, Edit, Judgement, Severity};
use crate::claims::{Claim, Modifier, Tense, TitleClaim};
use crate::grammar::english;
use crate::rules::{Office, RuleSet, Term, Truth, edit_distance, fold_accents};
use chrono::NaiveDate;

/// Youngest age at which anyone holds a country's office: a person born later than this
/// before an office's complete period began cannot have held it before the period.
const YOUNGEST_HOLDER: i32 = 18;

/// A claim the title makes: that the person holds the office now, or held it once.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Claimed {
    Now,
    Once,
}

/// The office's verdict on a title none of whose people held any office the title can name,
/// or `None` where completeness cannot decide.
pub(super) fn judge(t: &TitleClaim, claim: &Claim, cx: &Context) -> Option<Judgement> {
    let claimed = match t.modifier {
        None | Some(Modifier::Outgoing) => Claimed::Now,
        Some(Modifier::Former | Modifier::Ex) => Claimed::Once,
        _ => return None, // "then", "-elect", "acting", "late", "future": not this check's
    };
    let rules = cx.rules;
    let country = t.country.as_deref().or(cx.country)?;
    // A bare title read as the configured country's ("President Hassan" in US copy) is as
    // often a foreign leader's: only someone who held another office of that country on the
    // date is judged then (a vice president called "President").
    let by_default = t.country.is_none();
    let office = the_office(t, country, rules)?;
    let complete = rules.offices[office].complete?;
    let day = cx.date;
    if day < complete.from.earliest() || day > complete.to.earliest() {
        return None;
    }
    // "will meet President Park", "until President Park is inaugurated": not a claim about
    // the date; a sentence set before the period may be about anyone.
    let future = claim.setting.future || matches!(t.tense, Tense::Future | Tense::Modal);
    let set_before = claim.setting.sentence_years.iter().any(|&y| y < complete.from.year);
    if future || set_before {
        return None;
    }
    let holder = holder_on(rules, office, day)?;
    let found = match (t.people.is_empty(), by_default) {
        (true, true) => return None,
        (true, false) => unknown_name(t, claimed, office, holder, cx)?,
        (false, _) => known_people(t, claimed, office, country, holder, by_default, cx)?,
    };
    Some(found.judge(claim))
}

/// The one office of `country` the title can name.
fn the_office(t: &TitleClaim, country: &str, rules: &RuleSet) -> Option<usize> {
    let mut of_country = t
        .offices
        .iter()
        .copied()
        .filter(|&o| rules.offices[o].country.as_deref() == Some(country));
    let office = of_country.next()?;
    of_country.next().is_none().then_some(office)
}

/// Who holds the office on `day`, and by which term (none on a handover the dates leave open).
fn holder_on(rules: &RuleSet, office: usize, day: NaiveDate) -> Option<(usize, &Term)> {
    rules
        .holders_on(office, day)
        .into_iter()
        .find(|(_, _, held)| *held == Truth::Yes)
        .map(|(person, term, _)| (person, term))
}

/// "French President Jean Dupont said": a name no pack knows is not a holder of a complete
/// office — if it is a full name, the subject of a verb (a name in a list of guests or under
/// a photograph may be anyone's), not led by an honorific, and not a spelling of the holder's.
fn unknown_name(
    t: &TitleClaim,
    claimed: Claimed,
    office: usize,
    (holder, term): (usize, &Term),
    cx: &Context,
) -> Option<Contradiction> {
    let rules = cx.rules;
    let first = t.name.split(' ').next().unwrap_or_default().trim_end_matches('.');
    let honorific = english::FUNCTION_WORDS.contains(&first) || english::ABBREVIATIONS.contains(&first);
    let full = t.name.split(' ').count() >= 2;
    let organisation = t
        .name
        .split(' ')
        .any(|w| english::ORGANISATION_WORDS.contains(&w.trim_end_matches('.')));
    if claimed != Claimed::Now
        || !full
        || honorific
        || organisation
        || t.tense == Tense::None
        || spells(rules, holder, &t.name)
    {
        return None;
    }
    Some(not_the_holder(&t.name, &rules.offices[office], holder, term, cx))
}

/// Is `name` perhaps another spelling of the person's ("Francois Hollande", "Hollande")?
fn spells(rules: &RuleSet, person: usize, name: &str) -> bool {
    let p = &rules.people[person];
    let words = |s: &str| -> Vec<String> {
        fold_accents(s)
            .split([' ', '-'])
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let theirs: Vec<String> = std::iter::once(&p.name)
        .chain(&p.aliases)
        .flat_map(|n| words(n))
        .collect();
    words(name)
        .iter()
        .any(|w| theirs.iter().any(|x| edit_distance(w, x) <= 2))
}

fn not_the_holder(name: &str, office: &Office, holder: usize, term: &Term, cx: &Context) -> Contradiction {
    let rules = cx.rules;
    Contradiction {
        check: CheckId::NotTheHolder,
        severity: Severity::Warning,
        message: format!(
            "{} was {} on {}, not {name}; {}",
            rules.people[holder].name, office.title, cx.date, cx.dated
        ),
        fix: None,
        fact: rules.describe_term(holder, term),
    }
}

/// People the packs know, none of whom ever held the office: the office they held instead
/// (the same for all of them; a fix only when it is one office), or else, of a present title,
/// the holder's name.
fn known_people(
    t: &TitleClaim,
    claimed: Claimed,
    office: usize,
    country: &str,
    holder: (usize, &Term),
    by_default: bool,
    cx: &Context,
) -> Option<Contradiction> {
    let rules = cx.rules;
    let complete = rules.offices[office].complete?;
    let mut instead: Vec<(usize, Vec<&Term>)> = Vec::new();
    for &p in &t.people {
        let person = &rules.people[p];
        if person.held.contains(&office) || person.terms.iter().any(|x| x.office == office) {
            return None;
        }
        // "former President X" claims a term at any time: the period must cover X's life.
        let covered = person
            .born
            .is_some_and(|b| b.year + YOUNGEST_HOLDER >= complete.from.year);
        if claimed == Claimed::Once && !covered {
            return None;
        }
        instead.push((p, other_offices(rules, p, country, claimed, cx.date)));
    }
    let offices_of = |terms: &[&Term]| terms.iter().map(|x| x.office).collect::<Vec<_>>();
    // Readings with no office in the country on the date say nothing of which was meant (one
    // person in two packs: "Kamala Harris" the senator and the vice president); the others
    // must agree.
    let held: Vec<&(usize, Vec<&Term>)> = instead.iter().filter(|(_, terms)| !terms.is_empty()).collect();
    let none = (t.people[0], Vec::new());
    let (person, first) = held.first().copied().unwrap_or(&none);
    let same = held.iter().all(|(_, terms)| offices_of(terms) == offices_of(first));
    let who = if t.people.len() == 1 {
        rules.people[t.people[0]].name.clone()
    } else {
        t.name.clone()
    };
    if first.is_empty() || !same {
        return (claimed == Claimed::Now && !by_default)
            .then(|| not_the_holder(&who, &rules.offices[office], holder.0, holder.1, cx));
    }
    let titles: Vec<&str> = first.iter().map(|x| rules.offices[x.office].title.as_str()).collect();
    let office_title = &rules.offices[office].title;
    let message = match claimed {
        Claimed::Now => format!(
            "{who} was {} on {}, never {office_title}",
            titles.join(" and "),
            cx.date
        ),
        Claimed::Once => format!(
            "{who} was {} until {}, never {office_title}",
            titles.join(" and "),
            first[0].to.map(|d| d.to_string()).unwrap_or_default()
        ),
    };
    Some(Contradiction {
        check: CheckId::WrongOffice,
        severity: Severity::Error,
        message: format!("{message} (the packs know every holder from {})", complete.from),
        // Two offices held at once ("premier and party leader"): which title was meant is
        // the writer's to say.
        fix: match first.as_slice() {
            [one] => fix(t, &rules.offices[one.office]),
            _ => None,
        },
        fact: rules.describe_term(*person, first[0]),
    })
}

/// The offices of the same country a person held on `day` (a present title), or the one last
/// held before it (a "former" one).
fn other_offices<'a>(
    rules: &'a RuleSet,
    person: usize,
    country: &str,
    claimed: Claimed,
    day: NaiveDate,
) -> Vec<&'a Term> {
    let in_country = |t: &&Term| rules.offices[t.office].country.as_deref() == Some(country);
    let terms = rules.people[person].terms.iter().filter(in_country);
    match claimed {
        Claimed::Now => terms.filter(|t| t.holds_on(day) == Truth::Yes).collect(),
        Claimed::Once => terms
            .filter(|t| t.ended_before(day) == Truth::Yes)
            .max_by_key(|t| t.from.earliest())
            .into_iter()
            .collect(),
    }
}

/// The title as written with its office's name swapped for the other office's, in the case
/// written: "US President" → "US Vice President", "the prime minister of the United Kingdom"
/// → "the foreign secretary of the United Kingdom".
fn fix(t: &TitleClaim, other: &Office) -> Option<Edit> {
    let alias = other.aliases.first()?;
    let written = &t.title[t.office_words.clone()];
    let replacement = if written.starts_with(char::is_lowercase) {
        alias.to_lowercase()
    } else {
        alias.clone()
    };
    let start = t.title_span.start + t.office_words.start;
    // The title's source bytes are its text only when no markup stands inside it.
    (t.title_span.len() == t.title.len()).then(|| Edit::replace(start..start + written.len(), replacement))
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fixed, ids};

    #[test]
    fn a_foreign_secretary_called_prime_minister() {
        let text = "British Prime Minister Jeremy Hunt met the delegation.";
        assert_eq!(ids("2019-03-01", text), ["wrong-office"]);
        assert_eq!(
            fixed("2019-03-01", text),
            "British Foreign Secretary Jeremy Hunt met the delegation."
        );
        let former = "Former British Prime Minister Jeremy Hunt spoke in Leeds.";
        assert_eq!(ids("2023-03-11", former), ["wrong-office"]);
        assert_eq!(
            fixed("2023-03-11", former),
            "Former British Foreign Secretary Jeremy Hunt spoke in Leeds."
        );
        // In apposition, lower case, and with the country after the title.
        let apposed = "The prime minister of the United Kingdom, Jeremy Hunt, said so.";
        assert_eq!(ids("2019-03-01", apposed), ["wrong-office"]);
        assert_eq!(
            fixed("2019-03-01", apposed),
            "The foreign secretary of the United Kingdom, Jeremy Hunt, said so."
        );
        // Foreign Secretary and First Secretary of State at once (uk-government): still the
        // wrong office, with no fix: which title was meant is the writer's to say.
        let two = "British Prime Minister Dominic Raab met the delegation.";
        assert_eq!(ids("2020-06-01", two), ["wrong-office"]);
    }

    #[test]
    fn a_vice_president_called_president() {
        let text = "US President Kamala Harris met the delegation.";
        assert_eq!(ids("2023-03-11", text), ["wrong-office"]);
        assert_eq!(
            fixed("2023-03-11", text),
            "US Vice President Kamala Harris met the delegation."
        );
        let former = "Former US President Mike Pence spoke in Iowa.";
        assert_eq!(ids("2023-03-11", former), ["wrong-office"]);
        assert_eq!(
            fixed("2023-03-11", former),
            "Former US Vice President Mike Pence spoke in Iowa."
        );
        // The holder, a former holder, and one who held it later: other checks' or none.
        assert!(ids("2023-03-11", "US President Joe Biden met the delegation.").is_empty());
        assert!(ids("2023-03-11", "Former US President Barack Obama spoke.").is_empty());
    }

    #[test]
    fn a_name_that_is_not_the_holder() {
        assert_eq!(
            ids("2023-03-11", "French President Jean Dupont said the talks would go on."),
            ["not-the-holder"]
        );
    }

    #[test]
    fn a_bare_title_under_the_configured_country() {
        use super::super::Options;
        use super::super::test_support::findings_with;
        let us = Options {
            country: Some("US".to_string()),
            ..Options::default()
        };
        let ids = |text: &str| -> Vec<String> {
            findings_with("2023-03-11", text, &us)
                .into_iter()
                .map(|(id, _, _)| id)
                .collect()
        };
        assert_eq!(ids("President Kamala Harris met the delegation."), ["wrong-office"]);
        // A foreign leader, a namesake in Congress, a name no pack knows: not judged.
        assert!(ids("President Hassan of Tanzania met the delegation.").is_empty());
        assert!(ids("President Emmerson Mnangagwa said the sanctions hurt.").is_empty());
        assert!(ids("President Joaquin Castro said so.").is_empty());
    }

    #[test]
    fn must_not_flag() {
        for (date, text) in [
            // The holder, and a spelling of the holder's name.
            (
                "2023-03-11",
                "French President Emmanuel Macron said the talks would go on.",
            ),
            (
                "2023-03-11",
                "French President Emanuel Macron said the talks would go on.",
            ),
            // A bare title with no country set: any country's president.
            ("2023-03-11", "President Jean Dupont said the talks would go on."),
            // Other bodies' presidents.
            (
                "2023-03-11",
                "The president of the Royal Society, Jean Dupont, said so.",
            ),
            ("2023-03-11", "Club president Jean Dupont said so."),
            // Not the subject of a verb; an honorific; one word is no full name; a future
            // clause is not about the date.
            ("2023-03-11", "Guests: French President Jean Dupont and Ms. Ann Berg."),
            (
                "2023-03-11",
                "He met the Prime Minister of India His Excellency Vinay Kwatra.",
            ),
            (
                "1987-03-05",
                "President of the Brazilian Coffee Institute Jorio Dauster said so.",
            ),
            // A company whose name holds a title.
            ("1987-03-11", "American President Cos Ltd said its shipping arm grew."),
            ("2023-03-11", "French President Dupont said the talks would go on."),
            ("2023-03-11", "She will work with French President Jean Dupont."),
            // A sentence set before the office's complete period.
            ("2023-03-11", "In 1950, French President Jean Dupont visited Rome."),
            // "-elect" and "acting" are other checks'.
            ("2023-03-11", "French President-elect Jean Dupont said so."),
        ] {
            assert!(ids(date, text).is_empty(), "{text}: {:?}", ids(date, text));
        }
    }
}
