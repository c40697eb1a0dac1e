//! "Tuesday, March 11, 2025" / "on Monday 10 March": a weekday written with a date.

use super::{ClaimKind, RelativeClaim, Site, StatedDate, WeekdayClaim};
use crate::grammar::{dates, english};
use std::ops::Range;

pub(super) fn parse(site: &Site, weekday: u32) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    if &text[start..end] != site.pattern {
        return None;
    }
    // "Wednesday and Thursday, April 2-3": the first weekday goes with the range's first day.
    if let Some((month, first, _, year, phrase_end)) = pair_after(&text[end..]) {
        let claim = weekday_claim(site, weekday, start..end, (month, first, year));
        return Some((ClaimKind::Weekday(claim), start..end + phrase_end));
    }
    let Ok((rest, (month, day, year))) = dates::weekday_date(&text[end..]) else {
        // No date after it: "on Monday", "last Monday" — a day relative to publication.
        let next = text[..start].ends_with("next ");
        let relative = RelativeClaim::Weekday { weekday, next };
        return Some((ClaimKind::Relative(relative, None), start..end));
    };
    let (day, year, rest) = match day_range(rest) {
        // "… and Thursday, April 2-3": the second weekday goes with the second day.
        Some((last, range_year, after)) if follows_a_weekday(&text[..start]) => (last, year.or(range_year), after),
        // "Thursday, April 2-3" alone: which day the weekday means is not said.
        Some(_) => return None,
        None => (day, year, rest),
    };
    let phrase_end = text.len() - rest.len();
    let claim = weekday_claim(site, weekday, start..end, (month, day, year));
    Some((ClaimKind::Weekday(claim), start..phrase_end))
}

fn weekday_claim(site: &Site, weekday: u32, written: Range<usize>, (month, day, year): StatedDate) -> WeekdayClaim {
    WeekdayClaim {
        weekday,
        weekday_span: site.flat.source_span(written),
        month,
        day,
        year,
    }
}

/// After a date's day: "-3" or "–3" (a range of days), and a year after it if one follows:
/// the last day, the year, and what comes after.
fn day_range(rest: &str) -> Option<(u32, Option<i32>, &str)> {
    let after = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–'))?;
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) || after[digits..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let last: u32 = after[..digits].parse().ok()?;
    let after = &after[digits..];
    let year = after
        .strip_prefix(", ")
        .and_then(|y| y.get(..4))
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse().ok());
    let after = if year.is_some() { &after[6..] } else { after };
    Some((last, year, after))
}

/// "Wednesday and " right before a weekday.
fn follows_a_weekday(before: &str) -> bool {
    before
        .strip_suffix(" and ")
        .and_then(|b| b.rsplit(' ').next())
        .is_some_and(|w| english::WEEKDAYS.contains(&w))
}

/// After a weekday: " and Thursday, April 2-3[, 2025]": (month, first day, last day, year,
/// where the phrase ends).
fn pair_after(after: &str) -> Option<(u32, u32, u32, Option<i32>, usize)> {
    let rest = after.strip_prefix(" and ")?;
    let second = english::WEEKDAYS.iter().find(|w| rest.starts_with(**w))?;
    let (rest, (month, first, year)) = dates::weekday_date(&rest[second.len()..]).ok()?;
    let (last, range_year, rest) = day_range(rest)?;
    Some((month, first, last, year.or(range_year), after.len() - rest.len()))
}

/// "yesterday", "today", "last night" (lower case: "Today" may be a programme's name).
/// With a date beside it ("yesterday, March 9", "today (March 11)"), the two must agree.
pub(super) fn relative(site: &Site, days: i64) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let written = &text[site.start..site.end];
    if written != site.pattern {
        return None;
    }
    let after = &text[site.end..];
    let stated = dates::weekday_date(after)
        .ok()
        .or_else(|| {
            after
                .strip_prefix(" (")
                .and_then(|r| dates::day_of_month(r).ok())
                .filter(|(r, _)| r.starts_with(')'))
        })
        .map(|(rest, date)| (text.len() - rest.len(), date));
    let end = stated.map_or(site.end, |(end, _)| end);
    Some((
        ClaimKind::Relative(RelativeClaim::Days(days), stated.map(|(_, d)| d)),
        site.start..end,
    ))
}
