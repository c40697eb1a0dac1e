//! When a verb says something happened: " on Monday", " yesterday", " on March 3, 2024",
//! " in March 2024", " in 2019", " last week" — right after the verb. The days are resolved
//! against the publication date by the checks, which know it.

use super::{dates, english};
use chrono::NaiveDate;

/// The days a phrase after a verb allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// A weekday without a date (0 is Monday): the last one on or before the publication date.
    Weekday(u32),
    /// Days after the publication date: -1 for "yesterday".
    Days(i64),
    /// From this many days after the publication date to that many: "last week" is -13..=-1.
    Around(i64, i64),
    /// Written out: a date, a month of a year, a year.
    Dated(NaiveDate, NaiveDate),
}

/// Relative words, lower case only ("Today" may be a programme's name).
const RELATIVE: &[(&str, When)] = &[
    ("yesterday", When::Days(-1)),
    ("today", When::Days(0)),
    ("last night", When::Around(-1, 0)),
    ("overnight", When::Around(-1, 0)),
    ("last week", When::Around(-13, -1)),
    ("earlier this week", When::Around(-6, 0)),
    ("this week", When::Around(-6, 0)),
    ("over the weekend", When::Around(-6, 0)),
    ("at the weekend", When::Around(-6, 0)),
];

/// The longest "when" read: " late on Wednesday, September 30, 2025" and some.
const WINDOW: usize = 64;

/// The "when" that opens `after` (which starts right after the verb), and its length.
pub fn after_verb(after: &str) -> Option<(When, usize)> {
    // A "when" is a few words long: reading further would make every verb in a long line cost
    // the rest of the line (quadratic on a megabyte without a full stop).
    let body = after[..after.floor_char_boundary(WINDOW)].strip_prefix(' ')?;
    let (body, lead) = match ["on ", "in ", "late on ", "early on "]
        .iter()
        .find(|p| body.starts_with(**p))
    {
        Some(p) => (&body[p.len()..], 1 + p.len()),
        None => (body, 1),
    };
    if let Some(days) = dates::days_at(body).into_iter().find(|d| d.span.start == 0) {
        return Some((When::Dated(days.first, days.last), lead + days.span.end));
    }
    if let Some(&(_, year)) = dates::years_at(body).first().filter(|(at, _)| *at == 0) {
        let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(year, 12, 31)?;
        return Some((When::Dated(first, last), lead + 4));
    }
    if let Some(i) = english::WEEKDAYS.iter().position(|w| body.starts_with(w)) {
        let len = english::WEEKDAYS[i].len();
        let whole_word = !body[len..].starts_with(char::is_alphanumeric);
        // "on Monday, March 3": a date, whose weekday is the weekday check's to judge.
        let dated = dates::weekday_date(&body[len..]).is_ok();
        return (whole_word && !dated).then_some((When::Weekday(i as u32), lead + len));
    }
    RELATIVE
        .iter()
        .find(|(word, _)| body.starts_with(word) && !body[word.len()..].starts_with(char::is_alphanumeric))
        .map(|&(word, when)| (when, lead + word.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn phrases_of_when() {
        assert_eq!(after_verb(" on Monday at home"), Some((When::Weekday(0), 10)));
        assert_eq!(after_verb(" Tuesday."), Some((When::Weekday(1), 8)));
        assert_eq!(after_verb(" yesterday."), Some((When::Days(-1), 10)));
        assert_eq!(after_verb(" last week in Rome"), Some((When::Around(-13, -1), 10)));
        assert_eq!(
            after_verb(" on March 3, 2024, aged 90"),
            Some((When::Dated(day("2024-03-03"), day("2024-03-03")), 17))
        );
        assert_eq!(
            after_verb(" in March 2024"),
            Some((When::Dated(day("2024-03-01"), day("2024-03-31")), 14))
        );
        assert_eq!(
            after_verb(" in 2019."),
            Some((When::Dated(day("2019-01-01"), day("2019-12-31")), 8))
        );
        assert_eq!(after_verb(" at home"), None);
        assert_eq!(after_verb(" in hospital"), None);
        assert_eq!(after_verb(" Mondays"), None);
        // A weekday with its date: the date is the weekday check's, and decides.
        assert_eq!(after_verb(" on Monday, March 3"), None);
    }
}
