//! "Tuesday, March 11, 2025" / "on Monday 10 March": a weekday written with a date.

use super::{ClaimKind, Site, WeekdayClaim};
use crate::grammar::dates;
use std::ops::Range;

pub(super) fn parse(site: &Site, weekday: u32) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    if &text[start..end] != site.pattern {
        return None;
    }
    let (rest, (month, day, year)) = dates::weekday_date(&text[end..]).ok()?;
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
