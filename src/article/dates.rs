//! Dates written about an article itself: a leading `date YYYY-MM-DD` header, a timestamp in
//! front matter or a record, a dated file name.

use chrono::NaiveDate;

/// Parses a `YYYY-MM-DD` date as given on the command line or in a record.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// A leading `date YYYY-MM-DD` header: where the prose starts and the date. A header with a
/// day that does not exist (`date 2025-02-30`) is an error, never silently passed over.
pub fn date_header(text: &str) -> Option<Result<(usize, NaiveDate), String>> {
    let trimmed = text.trim_start();
    let rest = trimmed
        .get(..4)
        .filter(|kw| kw.eq_ignore_ascii_case("date"))
        .map(|_| &trimmed[4..])?;
    let after_kw = rest.trim_start_matches([' ', '\t', ':']);
    if after_kw.len() == rest.len() {
        return None;
    }
    let written = after_kw.get(..10)?;
    let after_date = &after_kw[10..];
    if !looks_like_a_day(written) || after_date.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !(after_date.is_empty() || after_date.starts_with(char::is_whitespace)) {
        let word: String = after_date.chars().take_while(|c| !c.is_whitespace()).take(20).collect();
        return Some(Err(format!(
            "the header `date {written}{word}` needs a space or a line break after the date"
        )));
    }
    let Some(day) = parse_day(written) else {
        return Some(Err(format!("the header `date {written}` names no such day")));
    };
    let prose = after_date.trim_start();
    Some(Ok((text.len() - prose.len(), day)))
}

/// `dddd-dd-dd`: written as a day, whether or not there is one.
fn looks_like_a_day(s: &str) -> bool {
    s.bytes().enumerate().all(|(i, b)| {
        if i == 4 || i == 7 {
            b == b'-'
        } else {
            b.is_ascii_digit()
        }
    })
}

/// `2025-03-11`, or a timestamp that starts with the day: `2025-03-11T16:17:00-05:00`,
/// `2025-03-11 16:17` — the local date as written.
pub fn date_or_datetime(s: &str) -> Option<NaiveDate> {
    let day = parse_day(s.get(..10)?)?;
    let rest = &s[10..];
    let time_follows =
        (rest.starts_with('T') || rest.starts_with(' ')) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    (rest.is_empty() || time_follows).then_some(day)
}

/// An archive record's date, in the forms archives write: ISO 8601 (`2025-03-11`,
/// `2025-03-11T16:17:00-05:00`, `2025-03-11 16:17:00.5Z`), RFC 2822 (`Tue, 11 Mar 2025
/// 16:17:00 -0500`, as RSS feeds and mail write it) or words (`March 11, 2025`, `11 March
/// 2025`). A timestamp gives its local date as written: the day the copy carried.
pub fn record_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    iso_8601(s)
        .or_else(|| chrono::DateTime::parse_from_rfc2822(s).ok().map(|t| t.date_naive()))
        .or_else(|| match crate::grammar::dates::full_date(s) {
            Ok((rest, day)) if rest.trim().is_empty() => Some(day),
            _ => None,
        })
}

/// `YYYY-MM-DD`, alone or followed by a valid time (`T` or a space) and an optional offset.
fn iso_8601(s: &str) -> Option<NaiveDate> {
    let day = parse_day(s.get(..10)?)?;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(day);
    }
    let time = rest.strip_prefix(['T', 't', ' '])?;
    let local = strip_offset(time)?;
    let formats = ["%H:%M:%S%.f", "%H:%M"];
    formats
        .iter()
        .any(|f| chrono::NaiveTime::parse_from_str(local, f).is_ok())
        .then_some(day)
}

/// A time without its offset (`Z`, `+05:00`, `-0500`, `+05`); `None` for a bad offset.
fn strip_offset(time: &str) -> Option<&str> {
    if let Some(local) = time.strip_suffix(['Z', 'z']) {
        return Some(local);
    }
    // A sign after the hour: the offset starts there (a time has no other sign).
    let Some(sign) = time.rfind(['+', '-']) else {
        return Some(time);
    };
    let offset = time[sign + 1..].replace(':', "");
    let valid = matches!(offset.len(), 2 | 4)
        && offset.bytes().all(|b| b.is_ascii_digit())
        && offset[..2].parse::<u32>().is_ok_and(|h| h <= 23)
        && offset
            .get(2..)
            .is_none_or(|m| m.is_empty() || m.parse::<u32>().is_ok_and(|m| m <= 59));
    valid.then_some(&time[..sign])
}

/// `1987-03-01-reuters-230.md` or `jeddah-talks-2025-03-11.txt`.
pub fn file_name_date(origin: &str) -> Option<NaiveDate> {
    let name = std::path::Path::new(origin).file_stem()?.to_str()?;
    let head = name.get(..10).and_then(parse_day);
    let tail = name
        .len()
        .checked_sub(10)
        .and_then(|i| name.get(i..))
        .and_then(parse_day);
    head.or(tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    #[test]
    fn header_must_be_a_date_followed_by_a_break() {
        assert!(date_header("dated 2025-03-11 Text").is_none());
        assert!(date_header("date 2025-03-111 Text").is_none());
        assert!(date_header("Update 2025-03-11 Text").is_none());
        assert!(date_header("date March 11 Text").is_none());
        assert!(matches!(date_header("Date: 2025-03-11 Text"), Some(Ok(_))));
    }

    #[test]
    fn a_header_date_run_into_text_is_an_error_naming_it() {
        let e = date_header("date 2025-03-11Former President").unwrap().unwrap_err();
        assert_eq!(
            e,
            "the header `date 2025-03-11Former` needs a space or a line break after the date"
        );
    }

    #[test]
    fn a_header_day_that_does_not_exist_is_an_error() {
        let e = date_header("date 2025-02-30 Text").unwrap().unwrap_err();
        assert!(e.contains("2025-02-30"), "{e}");
    }

    #[test]
    fn timestamps_give_their_local_day() {
        assert_eq!(date_or_datetime("2025-03-11T16:17:00-05:00"), Some(day("2025-03-11")));
        assert_eq!(date_or_datetime("2025-03-11 16:17"), Some(day("2025-03-11")));
        assert_eq!(date_or_datetime("2025-03-11 extra"), None);
    }

    #[test]
    fn dated_file_names() {
        assert_eq!(file_name_date("dir/1987-03-01-reuters-230.md"), Some(day("1987-03-01")));
        assert_eq!(file_name_date("jeddah-talks-2025-03-11.txt"), Some(day("2025-03-11")));
        assert_eq!(file_name_date("notes.txt"), None);
    }

    #[test]
    fn record_dates_in_the_forms_archives_write() {
        let day = day("2025-03-11");
        for written in [
            "2025-03-11",
            " 2025-03-11 ",
            "2025-03-11T16:17:00-05:00",
            "2025-03-11T16:17:00Z",
            "2025-03-11 16:17:00.250+0100",
            "2025-03-11T16:17",
            "2025-03-11T23:30:00+05",
            "Tue, 11 Mar 2025 16:17:00 -0500",
            "11 Mar 2025 16:17:00 +0000",
            "March 11, 2025",
            "March 11 2025",
            "11 March 2025",
        ] {
            assert_eq!(record_date(written), Some(day), "{written}");
        }
        // The local date as written, not the day in UTC.
        assert_eq!(record_date("2025-03-11T23:30:00-05:00"), Some(day));
        for bad in [
            "",
            "soon",
            "2025-02-30",
            "2025-03-11T25:00",
            "2025-03-11T16:17+25:00",
            "2025-03-11 and more",
            "March 32, 2025",
            "11/03/2025",
        ] {
            assert_eq!(record_date(bad), None, "{bad}");
        }
    }
}
