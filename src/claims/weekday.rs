//! "Tuesday, March 11, 2025" / "on Monday 10 March": a weekday written with a date.

use super::{ClaimKind, RelativeClaim, Site, WeekdayClaim};
use crate::grammar::dates;
use std::ops::Range;

pub(super) fn parse(site: &Site, weekday: u32) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    if &text[start..end] != site.pattern {
        return None;
    }
    let Ok((rest, (month, day, year))) = dates::weekday_date(&text[end..]) else {
        // No date after it: "on Monday", "last Monday" — a day relative to publication.
        let next = text[..start].ends_with("next ");
        let relative = RelativeClaim::Weekday { weekday, next };
        return Some((ClaimKind::Relative(relative, None), start..end));
    };
    let phrase_end = text.len() - rest.len();
    let claim = WeekdayClaim {
        weekday,
        weekday_span: site.flat.source_span(start..end),
        month,
        day,
        year,
    };
    Some((ClaimKind::Weekday(claim), start..phrase_end))
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
