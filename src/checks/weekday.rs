//! `wrong-weekday`: "Tuesday, March 12, 2025" when March 12, 2025 was a Wednesday.

use super::{Check, CheckId, Context, Contradiction, Edit, Judgement, Severity};
use crate::claims::{Claim, ClaimKind};
use crate::grammar::english;
use chrono::{Datelike, NaiveDate};
use english::WEEKDAYS;

pub(super) struct WeekdayCheck;

/// The dates a day and month without a year can mean: those within about eleven months of the
/// publication date ("ending on Friday, December 16" in June may be last year's or this year's).
fn readings(month: u32, day: u32, published: NaiveDate) -> Vec<NaiveDate> {
    let y = published.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
        .filter(|d| (*d - published).num_days().abs() <= 335)
        .collect()
}

impl Check for WeekdayCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Weekday(w) = &claim.kind else {
            return None;
        };
        let dates = match w.year {
            Some(y) => NaiveDate::from_ymd_opt(y, w.month, w.day).into_iter().collect(),
            None => readings(w.month, w.day, cx.date),
        };
        let weekday_of = |d: &NaiveDate| d.weekday().num_days_from_monday();
        let fact = |d: &NaiveDate| {
            format!(
                "calendar: {} is a {}",
                d.format("%Y-%m-%d"),
                WEEKDAYS[weekday_of(d) as usize]
            )
        };
        if let Some(d) = dates.iter().find(|d| weekday_of(d) == w.weekday) {
            return Some(Judgement::supported(fact(d)));
        }
        // Contradicted when every year the date can mean disagrees; a sure fix needs one year.
        let Some(first) = dates.first() else {
            return Some(Judgement::unverifiable(
                "no such day in any year near the article's date",
            ));
        };
        let named = |d: &NaiveDate| WEEKDAYS[weekday_of(d) as usize];
        let is = match (w.year, dates.as_slice()) {
            (Some(_), _) => format!(
                "{} {}, {} is a {}",
                first.format("%B"),
                first.day(),
                first.year(),
                named(first)
            ),
            (None, [d]) => format!("{} {} is a {} in {}", d.format("%B"), d.day(), named(d), d.year()),
            (None, ds) => {
                let years: Vec<String> = ds.iter().map(|d| format!("a {} in {}", named(d), d.year())).collect();
                format!("{} {} is {}", first.format("%B"), first.day(), years.join(" and "))
            }
        };
        Some(
            Contradiction {
                check: CheckId::WrongWeekday,
                severity: Severity::Error,
                message: format!("{is}, not a {}", WEEKDAYS[w.weekday as usize]),
                fix: (dates.len() == 1).then(|| Edit::replace(w.weekday_span.clone(), named(first))),
                fact: fact(first),
            }
            .judge(claim),
        )
    }
}

/// `wrong-relative-date`: "yesterday, March 9" in copy dated 2025-03-11.
pub(super) struct RelativeCheck;

impl Check for RelativeCheck {
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement> {
        let ClaimKind::Relative(r, stated) = &claim.kind else {
            return None;
        };
        let meant = resolve_relative(r, cx.date);
        let Some((month, day, year)) = *stated else {
            return Some(Judgement::unverifiable("no date written beside it to compare"));
        };
        let dates = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, month, day).into_iter().collect(),
            None => readings(month, day, cx.date),
        };
        let fact = format!("calendar: the article is dated {}", cx.date);
        if dates.contains(&meant) || dates.is_empty() {
            return Some(if dates.is_empty() {
                Judgement::unverifiable("the date beside it is no day near the article's date")
            } else {
                Judgement::supported(fact)
            });
        }
        Some(
            Contradiction {
                check: CheckId::WrongRelativeDate,
                severity: Severity::Error,
                message: format!(
                    "“{}” is {} in an article dated {}, not {} {}",
                    claim.text.split([',', ' ']).next().unwrap_or(""),
                    meant.format("%B %-d"),
                    cx.date,
                    NaiveDate::from_ymd_opt(2000, month, 1).map_or(String::new(), |d| d.format("%B").to_string()),
                    day
                ),
                fix: None,
                fact,
            }
            .judge(claim),
        )
    }
}

/// The day a relative date names: "yesterday" the day before publication; "on Monday" the last
/// Monday up to publication ("next Monday" the first after it).
pub fn resolve_relative(r: &crate::claims::RelativeClaim, published: NaiveDate) -> NaiveDate {
    use crate::claims::RelativeClaim;
    match *r {
        RelativeClaim::Days(d) => published + chrono::Duration::days(d),
        RelativeClaim::Weekday { weekday, next } => {
            let today = published.weekday().num_days_from_monday() as i64;
            let back = (today - weekday as i64).rem_euclid(7);
            if next {
                published + chrono::Duration::days(7 - back)
            } else {
                published - chrono::Duration::days(back)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{fixed, ids};

    #[test]
    fn weekday_against_the_calendar() {
        assert!(ids("2025-03-11", "The talks opened on Tuesday, March 11, 2025.").is_empty());
        let text = "The talks opened on Wednesday, March 11, 2025.";
        assert_eq!(ids("2025-03-11", text), ["wrong-weekday"]);
        assert_eq!(
            fixed("2025-03-11", text),
            "The talks opened on Tuesday, March 11, 2025."
        );
        // No year: the date nearest publication. 10 March 2025 was a Monday.
        assert!(ids("2025-03-11", "They met on Monday 10 March in Jeddah.").is_empty());
        assert_eq!(
            ids("2025-03-11", "They met on Sunday 10 March in Jeddah."),
            ["wrong-weekday"]
        );
        // Around New Year the year is the other one: 2024-12-30 was a Monday.
        assert!(ids("2025-01-02", "They met on Monday, Dec. 30.").is_empty());
        // Either year may be meant when the date is months away: December 16 was a Thursday in
        // 2021 and a Friday in 2022; an article of June 2022 may mean either.
        assert!(ids("2022-06-02", "The session ends on Friday, December 16.").is_empty());
        assert!(ids("2022-06-02", "The session ends on Thursday, December 16.").is_empty());
        assert_eq!(
            ids("2022-06-02", "The session ends on Sunday, December 16."),
            ["wrong-weekday"]
        );
        assert!(ids("2025-03-11", "A Monday night game; Tuesday is free.").is_empty());
    }

    #[test]
    fn relative_days_against_a_date_beside_them() {
        assert!(ids("2025-03-11", "The envoy arrived yesterday, March 10, by plane.").is_empty());
        assert!(ids("2025-03-11", "Talks resume today (March 11) in Jeddah.").is_empty());
        assert_eq!(
            ids("2025-03-11", "The envoy arrived yesterday, March 9, by plane."),
            ["wrong-relative-date"]
        );
        assert!(ids("2025-03-11", "The envoy arrived yesterday and left.").is_empty());
    }

    #[test]
    fn relative_days_resolve_against_publication() {
        use crate::claims::RelativeClaim;
        let day = |s| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let published = day("2025-03-11"); // a Tuesday
        assert_eq!(
            super::resolve_relative(&RelativeClaim::Days(-1), published),
            day("2025-03-10")
        );
        let monday = RelativeClaim::Weekday {
            weekday: 0,
            next: false,
        };
        assert_eq!(super::resolve_relative(&monday, published), day("2025-03-10"));
        let tuesday = RelativeClaim::Weekday {
            weekday: 1,
            next: false,
        };
        assert_eq!(super::resolve_relative(&tuesday, published), day("2025-03-11"));
        let next_monday = RelativeClaim::Weekday { weekday: 0, next: true };
        assert_eq!(super::resolve_relative(&next_monday, published), day("2025-03-17"));
    }

    #[test]
    fn weekday_ranges_pair_each_weekday_with_its_day() {
        assert!(ids("2025-03-20", "The summit runs on Wednesday and Thursday, April 2-3.").is_empty());
        assert!(ids("2025-03-20", "It ran on Wednesday and Thursday, April 2-3, 2025.").is_empty());
        assert_eq!(
            ids("2025-03-20", "It ran on Thursday and Friday, April 2-3, 2025."),
            ["wrong-weekday", "wrong-weekday"]
        );
        // One weekday and a range: which day it means is not said.
        assert!(ids("2025-03-20", "It ran on Thursday, April 2-3.").is_empty());
    }
}
