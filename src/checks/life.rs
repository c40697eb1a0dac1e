//! `late-but-alive` ("the late Henry Kissinger" in 2022) and `dead-as-living` ("Kissinger
//! says" in 2024). A person with no death date in the packs is alive only while they hold an
//! office; otherwise their life on the date is unknown and nothing is contradicted.

use super::{Check, CheckId, Context, Contradiction, Edit, Judgement, Severity};
use crate::claims::{Claim, ClaimKind};
use crate::rules::{RuleSet, Truth};
use chrono::NaiveDate;

pub(super) struct LifeCheck;

/// Is `person` alive on `day`?
pub(super) fn alive(rules: &RuleSet, person: usize, day: NaiveDate) -> Truth {
    let p = &rules.people[person];
    if let Some(died) = p.died {
        return match died.on_or_after(day) {
            Truth::Yes if died.earliest() > day => Truth::Yes,
            Truth::No => Truth::No,
            _ => Truth::Unknown, // died on the date, or within a partial date around it
        };
    }
    if p.terms.iter().any(|t| t.holds_on(day) == Truth::Yes) {
        Truth::Yes
    } else {
        Truth::Unknown
    }
}

/// Was `person` alive all through `first..=last` (a day the text gives them speaking), a day
/// either side of a death allowed for time zones?
fn alive_during(rules: &RuleSet, person: usize, (first, last): (NaiveDate, NaiveDate)) -> Truth {
    let p = &rules.people[person];
    let slack = chrono::Duration::days(1);
    match p.died {
        Some(died) if died.latest() + slack < first => Truth::No,
        Some(died) if died.earliest() > last => Truth::Yes,
        Some(_) => Truth::Unknown,
        None if p.terms.iter().any(|t| t.holds_on(first) == Truth::Yes) => Truth::Yes,
        None => Truth::Unknown,
    }
}

/// What the packs say of a person's life, for the `fact:` line.
pub(super) fn life_fact(rules: &RuleSet, person: usize, day: NaiveDate) -> String {
    let p = &rules.people[person];
    match p.died {
        Some(d) => rules.describe_person(person, &format!("died {d}")),
        None => match p.terms.iter().find(|t| t.holds_on(day) == Truth::Yes) {
            Some(t) => rules.describe_term(person, t),
            None => rules.describe_person(person, "no death date"),
        },
    }
}

/// Judges "the late X" (`late`) or a present claim about X, over everyone the name can mean;
/// `spoke` is the day "X said on Tuesday" gives, if any.
pub(super) fn judge_life(
    people: &[usize],
    late: bool,
    late_span: Option<std::ops::Range<usize>>,
    spoke: Option<(NaiveDate, NaiveDate)>,
    claim: &Claim,
    cx: &Context,
) -> Judgement {
    let rules = cx.rules;
    let lives: Vec<Truth> = people
        .iter()
        .map(|&p| match spoke {
            Some(days) => alive_during(rules, p, days),
            None => alive(rules, p, cx.date),
        })
        .collect();
    let (agrees, disagrees) = if late {
        (Truth::No, Truth::Yes)
    } else {
        (Truth::Yes, Truth::No)
    };
    if let Some(i) = lives.iter().position(|l| *l == agrees) {
        return Judgement::supported(life_fact(rules, people[i], cx.date));
    }
    if people.is_empty() {
        return Judgement::unverifiable(format!("no pack knows {}", claim.text));
    }
    if lives.iter().any(|l| *l != disagrees) {
        return Judgement::unverifiable("the packs give no death date, and no office held on the date shows a life");
    }
    let p = people[0];
    let name = if people.len() == 1 {
        rules.people[p].name.clone()
    } else {
        claim.text.clone()
    };
    let fact = life_fact(rules, p, cx.date);
    let contradiction = if late {
        Contradiction {
            check: CheckId::LateButAlive,
            severity: Severity::Error,
            message: format!("{name} is alive on {}, the article's date", cx.date),
            fix: late_span.map(Edit::delete),
            fact,
        }
    } else {
        let died = rules.people[p].died.map(|d| d.to_string()).unwrap_or_default();
        let before = match spoke {
            Some((first, last)) if first == last => format!("the day written, {first}"),
            Some((first, last)) => format!("the days written, {first} to {last}"),
            None => format!("the article's date {}", cx.date),
        };
        Contradiction {
            check: CheckId::DeadAsLiving,
            severity: Severity::Warning,
            message: format!("{name} died on {died}, before {before}"),
            fix: None,
            fact,
        }
    };
    contradiction.judge(claim)
}

impl Check for LifeCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Life(l) = &claim.kind else {
            return None;
        };
        let spoke = l.when.map(|w| super::death_days(w, cx.date));
        // A day after the article's is the date check's to judge.
        if spoke.is_some_and(|(first, _)| first > cx.date) {
            return Some(Judgement::unverifiable("the day is after the article's date"));
        }
        Some(judge_life(&l.people, l.late, l.late_span.clone(), spoke, claim, cx))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fixed, ids};

    #[test]
    fn the_late_and_the_living() {
        // Joe Biden holds office in 2022: alive.
        assert_eq!(
            ids("2022-06-01", "Tributes to the late Joe Biden poured in."),
            ["late-but-alive"]
        );
        assert_eq!(
            fixed("2022-06-01", "Tributes to the late Joe Biden poured in."),
            "Tributes to the Joe Biden poured in."
        );
        assert_eq!(
            ids("2022-06-01", "Tributes to the late President Joe Biden poured in."),
            ["late-but-alive"]
        );
        // Without a death date or a current office, life is unknown: nothing is said.
        assert!(ids("2030-06-01", "Tributes to the late Joe Biden poured in.").is_empty());
        assert!(ids("2022-06-01", "Tributes to the late Jane Example poured in.").is_empty());
    }
}

#[cfg(test)]
mod dead_tests {
    use super::super::test_support::ids;

    #[test]
    fn present_claims_about_the_dead() {
        // Jimmy Carter died on 2024-12-29.
        assert_eq!(
            ids("2025-06-01", "Jimmy Carter says peace is possible."),
            ["dead-as-living"]
        );
        assert!(ids("2024-06-01", "Jimmy Carter says peace is possible.").is_empty());
        // "Gandhi says" in 2021 is Rahul or Sonia, not Indira: a surname alone is not judged.
        assert!(ids("2021-06-01", "Gandhi says the vote was fair.").is_empty());
        assert!(ids("2025-06-01", "The late Jimmy Carter wanted peace.").is_empty());
        assert_eq!(
            ids("2023-06-01", "The late Jimmy Carter wanted peace."),
            ["late-but-alive"]
        );
    }

    #[test]
    fn the_dead_speaking_on_a_day_the_text_gives() {
        // Jimmy Carter died on 2024-12-29; 2025-03-11 is a Tuesday.
        assert_eq!(
            ids("2025-03-11", "Jimmy Carter said on Tuesday that talks must go on."),
            ["dead-as-living"]
        );
        assert_eq!(
            ids("2025-03-11", "Jimmy Carter said yesterday that talks must go on."),
            ["dead-as-living"]
        );
        // The day before he died, and a day long before: alive then.
        assert!(ids("2024-12-29", "Jimmy Carter said yesterday that he was tired.").is_empty());
        assert!(
            ids(
                "2025-03-11",
                "Jimmy Carter said on March 3, 1987, that talks must go on."
            )
            .is_empty()
        );
        // No day: "said" may tell of any day.
        assert!(ids("2025-03-11", "Jimmy Carter said that talks must go on.").is_empty());
    }

    #[test]
    fn the_late_with_words_between() {
        // Joe Biden holds office on 2022-06-01.
        for text in [
            "Tributes to the late beloved statesman Joe Biden poured in.",
            "Tributes to the late former senator Joe Biden poured in.",
        ] {
            assert_eq!(ids("2022-06-01", text), ["late-but-alive"], "{text}");
        }
        for text in [
            "In the late afternoon Joe Biden spoke.",
            "The late night show host Joe Biden joked.",
            "She arrived in the late stages of the talks with Joe Biden.",
            "The late actor's son met Joe Biden.",
            "It was the late one of five meetings with Joe Biden.",
        ] {
            assert!(
                ids("2022-06-01", text).is_empty(),
                "{text}: {:?}",
                ids("2022-06-01", text)
            );
        }
    }

    #[test]
    fn an_occupation_chooses_between_namesakes() {
        use crate::article::{Article, DateSource, parse_day};
        use crate::rules::RuleSet;
        let pack = "pack: t\noffices:\n  tv-mayor:\n    title: Mayor of Testville\n    aliases: [Mayor]\npeople:\n  ann-berg-singer:\n    name: Ann Berg\n    occupation: singer\n    born: 1940-01-01\n    died: 2020-06-13\n  ann-berg-physicist:\n    name: Ann Berg\n    occupation: physicist\n    born: 1950-01-01\n    terms:\n      - { office: tv-mayor, from: 2019-01-01 }\n";
        let rules = RuleSet::load(vec![("t.yaml".to_string(), pack.to_string())]).unwrap();
        let ids = |text: &str| {
            let article = Article::parse(
                "a.txt",
                text.to_string(),
                Some((parse_day("2022-06-01").unwrap(), DateSource::Flag)),
            )
            .unwrap();
            super::super::check_article(&article, &rules)
                .findings()
                .map(|f| f.check.to_string())
                .collect::<Vec<_>>()
        };
        // The name alone fits a dead singer and a living physicist: nothing is sure.
        assert!(ids("Tributes to the late Ann Berg poured in.").is_empty());
        assert!(ids("Tributes to the late singer Ann Berg poured in.").is_empty());
        assert_eq!(
            ids("Tributes to the late physicist Ann Berg poured in."),
            ["late-but-alive"]
        );
        assert_eq!(
            ids("The physicist Ann Berg has died, her family said."),
            ["death-before-death"]
        );
        assert!(ids("The singer Ann Berg has died, her family said.").is_empty());
    }
}
