//! Dates and years written in a sentence: "March 11, 2025", "11 March 2025", "2025-03-11",
//! "in 1980". They tell whether a sentence is set in the past.

use super::english;
use chrono::NaiveDate;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::{char, space1},
    combinator::{map_res, opt},
    sequence::{preceded, terminated, tuple},
};
use std::ops::Range;

fn digits(min: usize, max: usize) -> impl FnMut(&str) -> IResult<&str, u32> {
    move |i| map_res(take_while_m_n(min, max, |c: char| c.is_ascii_digit()), str::parse).parse(i)
}

fn month(i: &str) -> IResult<&str, u32> {
    // Every form of a month begins with its first three letters: try only the month they name.
    let Some(head) = i.get(..3) else {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)));
    };
    for (n, m) in english::MONTHS.iter().enumerate().filter(|(_, m)| m.starts_with(head)) {
        if let Ok((rest, _)) = tag::<_, _, nom::error::Error<&str>>(*m)(i) {
            return Ok((rest, n as u32 + 1));
        }
        // Wire abbreviations: "Jan", "Feb.", "Sept".
        if m.len() > 4 {
            for abbr in [&m[..3], &m[..4]] {
                if let Ok((rest, _)) = terminated(tag::<_, _, nom::error::Error<&str>>(abbr), opt(char('.'))).parse(i)
                    && !rest.starts_with(char::is_alphabetic)
                {
                    return Ok((rest, n as u32 + 1));
                }
            }
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
}

fn ymd(y: u32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y as i32, m, d)
}

/// "March 11, 2025" / "11 March 2025" / "2025-03-11".
pub fn full_date(i: &str) -> IResult<&str, NaiveDate> {
    let month_first = map_res(
        tuple((
            month,
            preceded(space1, digits(1, 2)),
            preceded(opt(char(',')), preceded(space1, digits(4, 4))),
        )),
        |(m, d, y)| ymd(y, m, d).ok_or(()),
    );
    let day_first = map_res(
        tuple((digits(1, 2), preceded(space1, month), preceded(space1, digits(4, 4)))),
        |(d, m, y)| ymd(y, m, d).ok_or(()),
    );
    let iso = map_res(
        tuple((
            digits(4, 4),
            preceded(char('-'), digits(2, 2)),
            preceded(char('-'), digits(2, 2)),
        )),
        |(y, m, d)| ymd(y, m, d).ok_or(()),
    );
    alt((month_first, day_first, iso)).parse(i)
}

/// A day of a month, with or without its year: "March 11, 2025", "March 11", "11 March",
/// "Sept. 4". Returns (month, day, year); the day is checked against the month only when the
/// year is known.
pub fn day_of_month(i: &str) -> IResult<&str, (u32, u32, Option<i32>)> {
    let year = |i| preceded(opt(char(',')), preceded(space1, digits(4, 4)))(i);
    let month_first = tuple((month, preceded(space1, digits(1, 2)), opt(year)));
    let day_first = map_res(
        tuple((digits(1, 2), preceded(space1, month), opt(year))),
        |(d, m, y)| Ok::<_, ()>((m, d, y)),
    );
    let (rest, (m, d, y)) = alt((month_first, day_first)).parse(i)?;
    // "March 11" must not be the start of "March 112" or "March 11th-floor".
    if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) || !(1..=31).contains(&d) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, (m, d, y.map(|y| y as i32))))
}

/// After a weekday: ", March 11, 2025" / " 10 March" → (month, day, year).
pub fn weekday_date(i: &str) -> IResult<&str, (u32, u32, Option<i32>)> {
    preceded(alt((tag(", "), tag(" "))), day_of_month).parse(i)
}

/// A stretch of days a text names: a full date ("3 March 2025": one day) or a month of a year
/// ("in early January 2025": its first ten days).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Days {
    pub span: Range<usize>,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Every full date and month of a year in `text`, in order.
pub fn days_at(text: &str) -> Vec<Days> {
    let mut found: Vec<Days> = dates_at(text)
        .into_iter()
        .map(|(span, d)| Days {
            span,
            first: d,
            last: d,
        })
        .collect();
    for i in word_starts_with(text, |b| is_month_initial(b) || matches!(b, b'e' | b'm' | b'l')) {
        if found.iter().any(|d| d.span.contains(&i)) {
            continue;
        }
        if let Ok((rest, days)) = month_of_year(&text[i..]) {
            found.push(Days {
                span: i..text.len() - rest.len(),
                ..days
            });
        }
    }
    found.sort_by_key(|d| d.span.start);
    found
}

/// The most text a date holds before its year ("late September ", "September 30, "), and
/// after it (ISO's "-03-11"), with room to spare.
const BEFORE_YEAR: usize = 32;
const AFTER_YEAR: usize = 10;

/// What `days_at` finds whose year is written at one of `years` (offsets from `years_at`),
/// parsing only around each year: a long passage naming a year once is not parsed whole.
/// A year `years_at` does not read as one, glued to a hyphen or a comma before it, dates
/// nothing: "Screenshot-2025-07-31-155903.png" in a page's markup names no day.
pub fn days_with_year_at(text: &str, years: &[usize]) -> Vec<Days> {
    let mut found: Vec<Days> = Vec::new();
    for &at in years {
        // From a word's start, as `days_at` reads the whole text: no date begins mid-word.
        let mut from = text.floor_char_boundary(at.saturating_sub(BEFORE_YEAR));
        while !is_word_start(text, from) {
            from += text[from..].chars().next().map_or(1, char::len_utf8);
        }
        let to = text.ceil_char_boundary((at + 4 + AFTER_YEAR).min(text.len()));
        for mut days in days_at(&text[from..to]) {
            days.span = days.span.start + from..days.span.end + from;
            if days.span.contains(&at) && !found.iter().any(|f| f.span == days.span) {
                found.push(days);
            }
        }
    }
    found.sort_by_key(|d| d.span.start);
    found
}

/// "[early|mid|late] March 2025": the days it allows.
fn month_of_year(i: &str) -> IResult<&str, Days> {
    let part = opt(terminated(
        alt((
            tag("early"),
            tag("mid-"),
            tag("mid"),
            tag("late"),
            tag("Early"),
            tag("Mid-"),
            tag("Late"),
        )),
        opt(char(' ')),
    ));
    let (rest, (part, m, y)) = tuple((part, month, preceded(space1, digits(4, 4)))).parse(i)?;
    let error = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify));
    if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Err(error());
    }
    let first_of_month = ymd(y, m, 1).ok_or_else(error)?;
    let next_month = if m == 12 { ymd(y + 1, 1, 1) } else { ymd(y, m + 1, 1) }.ok_or_else(error)?;
    let last_of_month = next_month.pred_opt().ok_or_else(error)?;
    let (first, last) = match part.map(|p| p.trim_end_matches('-').to_ascii_lowercase()) {
        Some(p) if p == "early" => (first_of_month, ymd(y, m, 10).ok_or_else(error)?),
        Some(p) if p == "mid" => (ymd(y, m, 11).ok_or_else(error)?, ymd(y, m, 20).ok_or_else(error)?),
        Some(_) => (ymd(y, m, 21).ok_or_else(error)?, last_of_month),
        None => (first_of_month, last_of_month),
    };
    Ok((
        rest,
        Days {
            span: 0..0,
            first,
            last,
        },
    ))
}

/// Every full date in `text`.
pub fn dates_in(text: &str) -> Vec<NaiveDate> {
    dates_at(text).into_iter().map(|(_, d)| d).collect()
}

/// Every full date in `text`, with its byte span.
pub fn dates_at(text: &str) -> Vec<(Range<usize>, NaiveDate)> {
    // Every date form starts with a digit or a month's capital.
    word_starts_with(text, |b| b.is_ascii_digit() || is_month_initial(b))
        .filter_map(|i| {
            let (rest, d) = full_date(&text[i..]).ok()?;
            Some((i..text.len() - rest.len(), d))
        })
        .collect()
}

/// Standalone four-digit years (1700–2100) in `text`: "in 1980", "1980s"; not "1,980" or "19800".
pub fn years_in(text: &str) -> Vec<i32> {
    years_at(text).into_iter().map(|(_, y)| y).collect()
}

/// Standalone years in `text`, with where each starts (a year is four bytes long).
pub fn years_at(text: &str) -> Vec<(usize, i32)> {
    let bytes = text.as_bytes();
    // Years from 1700 to 2100 start with a 1 or a 2.
    word_starts_with(text, |b| matches!(b, b'1' | b'2'))
        .filter_map(|i| {
            let (rest, y) = digits(4, 4)(&text[i..]).ok()?;
            let glued_before = i > 0 && matches!(bytes[i - 1], b',' | b'.' | b'$' | b'-');
            let glued_after = rest.starts_with(|c: char| c.is_ascii_digit())
                || (rest.starts_with([',', '.']) && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
            (!glued_before && !glued_after && (1700..=2100).contains(&y)).then_some((i, y as i32))
        })
        .collect()
}

/// Years written as "in 1975" anywhere in `text`: they date the sentence's event.
pub fn years_after_in(text: &str) -> Vec<i32> {
    in_years_at(text).into_iter().map(|(_, y)| y).collect()
}

/// Years written as "in 1975", with where the "in" starts.
pub fn in_years_at(text: &str) -> Vec<(usize, i32)> {
    text.match_indices("in ")
        .filter_map(|(i, _)| {
            let glued = text[..i].chars().next_back().is_some_and(char::is_alphanumeric);
            let rest = &text[i + 3..];
            // Years from 1700 to 2100 start with a 1 or a 2, right after the space.
            if !rest.starts_with(['1', '2']) {
                return None;
            }
            let y = years_in(rest.get(..4.min(rest.len()))?.trim()).first().copied();
            let whole = !rest[4.min(rest.len())..].starts_with(|c: char| c.is_ascii_digit());
            (!glued && whole).then_some(y.map(|y| (i, y))).flatten()
        })
        .collect()
}

/// The capitals months begin with (`english::MONTHS`): a word starting otherwise is no month.
fn is_month_initial(b: u8) -> bool {
    matches!(b, b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D')
}

/// Where words (runs of letters and digits) start with an ASCII byte that `first` accepts:
/// a byte scan, since most of a text can be skipped without decoding it.
fn word_starts_with(text: &str, first: impl Fn(u8) -> bool) -> impl Iterator<Item = usize> {
    let bytes = text.as_bytes();
    (0..bytes.len()).filter(move |&i| first(bytes[i]) && is_word_start(text, i))
}

/// Does a word (a run of letters and digits) start at `i`: is the character before, if any,
/// neither? `i` is on a character boundary, or the end.
fn is_word_start(text: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|p| text.as_bytes()[p]) {
        None => true,
        Some(p) if p.is_ascii() => !p.is_ascii_alphanumeric(),
        Some(_) => text[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_parsed_around_their_years_are_the_days_of_the_whole_text() {
        for text in [
            "On Wednesday, September 30, 2025 he spoke; in early January 2026 rates rose, and on 3 March 2026, late May 2024.",
            "Talks (2025-03-11) and 130 September 2025, then late September 2025 and mid-June 2025.",
            "He said so in 2025. Sept. 4, 2025 and 4 Sept 2025 — XMarch 2025 and “June 2025”.",
        ] {
            let years: Vec<usize> = years_at(text).into_iter().map(|(at, _)| at).collect();
            assert_eq!(days_with_year_at(text, &years), days_at(text), "{text}");
        }
        let file = "<img src=\"uploads/2025/07/Screenshot-2025-07-31-155903.png\">";
        let years: Vec<usize> = years_at(file).into_iter().map(|(at, _)| at).collect();
        assert_eq!(days_with_year_at(file, &years), []);
    }

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn days_named_by_dates_and_months() {
        let t = "in early January 2025 rates rose; on 3 March 2025 he signed; in June 2024.";
        let found: Vec<(String, String)> = days_at(t)
            .into_iter()
            .map(|d| (d.first.to_string(), d.last.to_string()))
            .collect();
        assert_eq!(
            found,
            [
                ("2025-01-01".to_string(), "2025-01-10".to_string()),
                ("2025-03-03".to_string(), "2025-03-03".to_string()),
                ("2024-06-01".to_string(), "2024-06-30".to_string()),
            ]
        );
        assert!(days_at("May 20255 or Mayor 2025").is_empty());
    }

    #[test]
    fn full_dates_in_three_orders() {
        assert_eq!(dates_in("on March 11, 2025 in Jeddah"), [d("2025-03-11")]);
        assert_eq!(dates_in("on 11 March 2025"), [d("2025-03-11")]);
        assert_eq!(dates_in("dated 2025-03-11."), [d("2025-03-11")]);
        assert_eq!(dates_in("on Sept. 4, 1986"), [d("1986-09-04")]);
        assert!(dates_in("on February 30, 2025").is_empty());
    }

    #[test]
    fn weekday_dates() {
        assert_eq!(weekday_date(", March 11, 2025 in").unwrap().1, (3, 11, Some(2025)));
        assert_eq!(weekday_date(" 10 March, when").unwrap().1, (3, 10, None));
        assert_eq!(weekday_date(", Sept. 4").unwrap().1, (9, 4, None));
        assert!(weekday_date(" March 112").is_err());
        assert!(weekday_date(" night").is_err());
    }

    #[test]
    fn years_standalone_only() {
        assert_eq!(years_in("In 1980, and in the 1990s"), [1980, 1990]);
        assert!(years_in("1,987 dlrs, 19870 and 2.2000 and 3000").is_empty());
        assert_eq!(
            years_after_in("surveys the pool in 1975 (and in 19800 or within 1999)"),
            [1975]
        );
    }
}
