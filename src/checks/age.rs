//! `wrong-age`: "Trump, 77," in March 2025, when Donald Trump (born 1946-06-14) was 78.

use super::{Check, CheckId, Context, Contradiction, Edit, Judgement, Severity};
use crate::claims::{Claim, ClaimKind};
use crate::rules::FactDate;
use chrono::{Datelike, NaiveDate};

pub(super) struct AgeCheck;

/// Whole years from `born` to `day`.
fn age_on(born: NaiveDate, day: NaiveDate) -> i32 {
    let mut years = day.year() - born.year();
    if (day.month(), day.day()) < (born.month(), born.day()) {
        years -= 1;
    }
    years
}

/// The ages a (possibly partial) birth date allows on `day`; on a birthday list, the age
/// turned the day before or after too (lists are dated for the day they appear, or the next).
fn ages(born: FactDate, day: NaiveDate, birthday: bool) -> (i32, i32) {
    let slack = chrono::Duration::days(i64::from(birthday));
    (age_on(born.latest(), day - slack), age_on(born.earliest(), day + slack))
}

/// The day an age is judged on: the one full date the sentence sets the claim on, if it is
/// before the article's ("On March 3, 1987, Reagan, 76, said"), else the article's date.
fn judged_on(claim: &Claim, cx: &Context) -> NaiveDate {
    match claim.setting.dates.as_slice() {
        [day] if *day < cx.date => *day,
        _ => cx.date,
    }
}

/// People named in copy are alive and in public life: no one past this age is meant.
const OLDEST: i32 = 115;

impl Check for AgeCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Age(a) = &claim.kind else {
            return None;
        };
        let rules = cx.rules;
        let stated = a.age as i32;
        let day = judged_on(claim, cx);
        // Everyone the name can mean who could be alive on the date; one without a birth date
        // leaves the claim open.
        let mut candidates = Vec::new();
        for &p in &a.people {
            let person = &rules.people[p];
            let Some(born) = person.born else {
                return Some(Judgement::unverifiable(format!(
                    "the packs give no birth date for {}",
                    person.name
                )));
            };
            let (min, max) = ages(born, day, a.birthday);
            let dead = person.died.is_some_and(|d| d.latest() < day);
            if max < 0 || min > OLDEST || dead {
                continue;
            }
            candidates.push((p, born, min, max));
        }
        let fact = |p: usize, born: FactDate| rules.describe_person(p, &format!("born {born}"));
        if let Some(&(p, born, _, _)) = candidates
            .iter()
            .find(|(_, _, min, max)| (*min..=*max).contains(&stated))
        {
            return Some(Judgement::supported(fact(p, born)));
        }
        let [(p, born, min, max)] = candidates.as_slice() else {
            let why = match candidates.len() {
                0 => format!("nobody the packs know as {} could be {stated} on the date", a.name),
                n => format!("{}: {n} people fit, and not all alike", a.name),
            };
            return Some(Judgement::unverifiable(why));
        };
        let right = if min == max {
            min.to_string()
        } else {
            format!("{min} or {max}")
        };
        let name = &rules.people[*p].name;
        Some(
            Contradiction {
                check: CheckId::WrongAge,
                severity: Severity::Error,
                message: format!("{name}, born {born}, is {right} on {day}, not {stated}"),
                fix: (min == max).then(|| Edit::replace(a.age_span.clone(), min.to_string())),
                fact: fact(*p, *born),
            }
            .judge(claim),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fixed, ids};

    #[test]
    fn ages_from_birth_dates() {
        // Donald Trump, born 1946-06-14: 78 until 2025-06-13.
        assert!(ids("2025-03-11", "Donald Trump, 78, spoke first.").is_empty());
        assert_eq!(ids("2025-03-11", "Donald Trump, 77, spoke first."), ["wrong-age"]);
        assert_eq!(
            fixed("2025-03-11", "Donald Trump, 77, spoke first."),
            "Donald Trump, 78, spoke first."
        );
        // A surname alone may be anyone: "Soto, 19," is not judged against the Soto of the packs.
        assert!(ids("2025-03-11", "Trump, 77, spoke first.").is_empty());
        assert!(ids("2025-06-14", "Donald Trump, 79, spoke first.").is_empty());
        assert_eq!(ids("2025-03-11", "The 80-year-old Donald Trump spoke."), ["wrong-age"]);
        assert!(ids("2025-03-11", "The 78-year-old Donald Trump spoke.").is_empty());
        // Not an age: a list, a decimal; not the person of the packs: another Trump.
        assert!(ids("2025-03-11", "Trump, 78 and more, spoke.").is_empty());
        assert!(ids("2025-03-11", "Under Trump, 4.6% of them left.").is_empty());
        assert!(ids("2025-03-11", "Fred Trump, 40, spoke first.").is_empty());
        assert_eq!(
            ids("2025-03-11", "President Donald Trump, 77, spoke first."),
            ["wrong-age"]
        );
    }

    #[test]
    fn the_shapes_newspapers_use() {
        // Donald Trump, born 1946-06-14, is 78 on 2025-03-11.
        for (wrong, right) in [
            ("Donald Trump (77) spoke first.", "Donald Trump (78) spoke first."),
            (
                "Donald Trump, aged 77, spoke first.",
                "Donald Trump, aged 78, spoke first.",
            ),
            (
                "Donald Trump, age 77, spoke first.",
                "Donald Trump, age 78, spoke first.",
            ),
            (
                "Donald Trump, businessman, 77, spoke first.",
                "Donald Trump, businessman, 78, spoke first.",
            ),
            (
                "Donald Trump, a former host, 77, spoke.",
                "Donald Trump, a former host, 78, spoke.",
            ),
        ] {
            assert_eq!(ids("2025-03-11", wrong), ["wrong-age"], "{wrong}");
            assert_eq!(fixed("2025-03-11", wrong), right);
            assert!(ids("2025-03-11", right).is_empty(), "{right}");
        }
        // Not an age: a year in brackets, a bracketed note, a number after a place.
        for text in [
            "Donald Trump (2017) was a book.",
            "Donald Trump (R) spoke first.",
            "Donald Trump, New York, 77, was listed.",
        ] {
            assert!(
                ids("2025-03-11", text).is_empty(),
                "{text}: {:?}",
                ids("2025-03-11", text)
            );
        }
    }

    #[test]
    fn birthdays_and_days_set_in_the_past() {
        // A birthday list dated the day before he turns 79 may give the new age.
        assert!(ids("2025-06-13", "Birthdays: Donald Trump, businessman, 79.").is_empty());
        assert_eq!(ids("2025-06-13", "Donald Trump, 79, spoke first."), ["wrong-age"]);
        assert_eq!(
            ids("2025-06-13", "Birthdays: Donald Trump, businessman, 81."),
            ["wrong-age"]
        );
        // Judged on the day the sentence is set on: he was 70 on 2017-01-20.
        assert!(ids("2025-03-11", "On January 20, 2017, Donald Trump, 70, took the oath.").is_empty());
    }
}
