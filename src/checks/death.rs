//! `death-before-death` ("Joe Biden has died" in 2022) and `wrong-death-date` ("Jimmy Carter
//! died on December 20, 2024": he died on the 29th). A death is judged over everyone the name
//! can mean, and contradicted only when all of them contradict it the same way.

use super::life::{alive, life_fact};
use super::{Check, CheckId, Context, Contradiction, Judgement, Severity, resolve_relative};
use crate::claims::{Claim, ClaimKind, RelativeClaim};
use crate::grammar::when::When;
use crate::rules::Truth;
use chrono::{Duration, NaiveDate};

pub(super) struct DeathCheck;

/// A day either side of a death date: a death late at night is dated by the place it is
/// reported from.
const TIME_ZONES: i64 = 1;

/// The days `when` allows, on an article dated `published`.
pub fn days(when: When, published: NaiveDate) -> (NaiveDate, NaiveDate) {
    match when {
        When::Weekday(weekday) => {
            let day = resolve_relative(&RelativeClaim::Weekday { weekday, next: false }, published);
            (day, day)
        }
        When::Days(n) => {
            let day = published + Duration::days(n);
            (day, day)
        }
        When::Around(from, to) => (published + Duration::days(from), published + Duration::days(to)),
        When::Dated(first, last) => (first, last),
    }
}

/// One person's verdict on the death.
enum Reading {
    Supported,
    /// Alive on the article's date.
    Alive,
    /// Dead by the article's date, but on another day than the one written.
    OtherDay,
    Open,
}

fn read(cx: &Context, person: usize, when: Option<(NaiveDate, NaiveDate)>) -> Reading {
    let rules = cx.rules;
    match alive(rules, person, cx.date) {
        Truth::Yes => return Reading::Alive,
        Truth::Unknown => return Reading::Open,
        Truth::No => {}
    }
    let (Some(died), Some((first, last))) = (rules.people[person].died, when) else {
        return Reading::Supported;
    };
    let slack = Duration::days(TIME_ZONES);
    if died.latest() + slack < first || died.earliest() - slack > last {
        Reading::OtherDay
    } else {
        Reading::Supported
    }
}

impl Check for DeathCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Death(d) = &claim.kind else {
            return None;
        };
        let rules = cx.rules;
        let when = d.when.map(|w| days(w, cx.date));
        // A death dated after the article's own date is the date check's to judge.
        if when.is_some_and(|(first, _)| first > cx.date) {
            return Some(Judgement::unverifiable("the death is dated after the article"));
        }
        let readings: Vec<Reading> = d.people.iter().map(|&p| read(cx, p, when)).collect();
        if let Some(i) = readings.iter().position(|r| matches!(r, Reading::Supported)) {
            return Some(Judgement::supported(life_fact(rules, d.people[i], cx.date)));
        }
        let person = d.people[0];
        let name = if d.people.len() == 1 {
            rules.people[person].name.clone()
        } else {
            d.name.clone()
        };
        let fact = life_fact(rules, person, cx.date);
        let found = if readings.iter().all(|r| matches!(r, Reading::Alive)) {
            Contradiction {
                check: CheckId::DeathBeforeDeath,
                severity: Severity::Error,
                message: format!("{name} is alive on {}, the article's date", cx.date),
                fix: None,
                fact,
            }
        } else if readings.iter().all(|r| matches!(r, Reading::OtherDay)) {
            let died = rules.people[person].died.map(|d| d.to_string()).unwrap_or_default();
            let (first, last) = when.expect("another day is a day written");
            let written = if first == last {
                first.to_string()
            } else {
                format!("{first} to {last}")
            };
            Contradiction {
                check: CheckId::WrongDeathDate,
                severity: Severity::Warning,
                message: format!("{name} died on {died}, not on the day written ({written})"),
                fix: None,
                fact,
            }
        } else {
            let why = match readings.iter().all(|r| matches!(r, Reading::Open)) {
                true => "the packs give no death date, and no office held on the date shows a life",
                false => "the people the name can mean differ",
            };
            return Some(Judgement::unverifiable(why));
        };
        Some(found.judge(claim))
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::ids;

    #[test]
    fn deaths_of_the_living() {
        // Joe Biden holds office in 2022: alive. Jimmy Carter died on 2024-12-29.
        for text in [
            "Joe Biden has died, his office said.",
            "Joe Biden died on Monday at his home.",
            "President Joe Biden died yesterday.",
            "Joe Biden, who died last week, was mourned.",
            "Joe Biden passed away.",
        ] {
            assert_eq!(ids("2022-06-01", text), ["death-before-death"], "{text}");
        }
        assert_eq!(
            ids("2024-06-01", "Jimmy Carter died on Sunday."),
            ["death-before-death"]
        );
    }

    #[test]
    fn deaths_on_another_day() {
        assert_eq!(
            ids("2025-01-05", "Jimmy Carter died on December 20, 2024."),
            ["wrong-death-date"]
        );
        // 2025-01-05 is a Sunday: "on Monday" is 2024-12-30, a day after the death.
        for text in [
            "Jimmy Carter died on December 29, 2024.",
            "Jimmy Carter died on Monday.",
            "Jimmy Carter, who died last week, was mourned.",
            "Jimmy Carter died in December 2024.",
            "Jimmy Carter has died.",
        ] {
            assert!(ids("2025-01-05", text).is_empty(), "{text}");
        }
        assert_eq!(
            ids("2025-01-20", "Jimmy Carter died on Thursday."),
            ["wrong-death-date"]
        );
    }

    #[test]
    fn deaths_not_claimed() {
        for text in [
            "Rumours that Joe Biden had died were false.",
            "If Joe Biden died, the vice president would take over.",
            "Joe Biden nearly died in 1988.",
            "Joe Biden was not killed.",
            "Biden has died, a hoax claimed.",
            "Jane Example died on Monday.",
            "Joe Biden's brother died on Monday.",
        ] {
            assert!(ids("2022-06-01", text).is_empty(), "{text}");
        }
    }
}
