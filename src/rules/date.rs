//! Dates in facts may be partial (`1987`, `1987-03`, `1987-03-11`), as public records often are.
//! A partial date is the range of days it allows; comparisons against a day answer
//! yes / no / unknown, so a claim is contradicted only when every allowed day contradicts it.

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FactDate {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Where sources disagree (`1990-11-27/1990-11-28`, an ISO 8601 interval): the date may
    /// be any day from the one above to this one, and a claim on the days between is neither
    /// right nor wrong.
    pub disputed_to: Option<NaiveDate>,
}

/// Three-valued answer: partial dates can leave a question open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Truth {
    Yes,
    No,
    Unknown,
}

impl Truth {
    pub fn and(self, other: Truth) -> Truth {
        match (self, other) {
            (Truth::No, _) | (_, Truth::No) => Truth::No,
            (Truth::Yes, Truth::Yes) => Truth::Yes,
            _ => Truth::Unknown,
        }
    }
}

impl FactDate {
    pub fn from_day(d: NaiveDate) -> FactDate {
        FactDate {
            year: d.year(),
            month: Some(d.month()),
            day: Some(d.day()),
            disputed_to: None,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not exist; or two
    /// of them as `FROM/TO`, a date the sources disagree on.
    pub fn parse(s: &str) -> Result<FactDate, String> {
        if let Some((from, to)) = s.split_once('/') {
            let (from, to) = (FactDate::parse_one(from)?, FactDate::parse_one(to)?);
            if to.latest() <= from.latest() {
                return Err(format!(
                    "`{s}`: the second date of a disputed date comes after the first"
                ));
            }
            return Ok(FactDate {
                disputed_to: Some(to.latest()),
                ..from
            });
        }
        FactDate::parse_one(s)
    }

    /// A date the sources disagree on: any day from `self` to `other` (in either order).
    pub fn disputed_with(self, other: FactDate) -> FactDate {
        let (first, last) = if other.earliest() < self.earliest() {
            (other, self)
        } else {
            (self, other)
        };
        if last.latest() <= first.latest() {
            // One already allows every day the other does ("1989-08" and "1989-08-31").
            return first;
        }
        FactDate {
            disputed_to: Some(last.latest()),
            ..first
        }
    }

    fn parse_one(s: &str) -> Result<FactDate, String> {
        let bad = || format!("`{s}` is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize| -> Result<u32, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        let year = num(parts[0], 4)? as i32;
        let date = match parts.len() {
            1 => FactDate {
                year,
                month: None,
                day: None,
                disputed_to: None,
            },
            2 => FactDate {
                year,
                month: Some(num(parts[1], 2)?),
                day: None,
                disputed_to: None,
            },
            3 => FactDate {
                year,
                month: Some(num(parts[1], 2)?),
                day: Some(num(parts[2], 2)?),
                disputed_to: None,
            },
            _ => return Err(bad()),
        };
        if NaiveDate::from_ymd_opt(year, date.month.unwrap_or(1), date.day.unwrap_or(1)).is_none() {
            return Err(format!("`{s}` is not a real calendar date"));
        }
        Ok(date)
    }

    /// First day the date allows.
    pub fn earliest(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("validated at parse time")
    }

    /// Last day the date allows.
    pub fn latest(&self) -> NaiveDate {
        if let Some(last) = self.disputed_to {
            return last;
        }
        match (self.month, self.day) {
            (Some(m), Some(d)) => NaiveDate::from_ymd_opt(self.year, m, d),
            (Some(m), None) => NaiveDate::from_ymd_opt(self.year, m, 1)
                .and_then(|first| first.checked_add_months(chrono::Months::new(1)))
                .and_then(|next| next.pred_opt()),
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31),
        }
        .expect("validated at parse time")
    }

    /// Is this date on or before `day`?
    pub fn on_or_before(&self, day: NaiveDate) -> Truth {
        if self.latest() <= day {
            Truth::Yes
        } else if self.earliest() > day {
            Truth::No
        } else {
            Truth::Unknown
        }
    }

    /// Is this date on or after `day`?
    pub fn on_or_after(&self, day: NaiveDate) -> Truth {
        if self.earliest() >= day {
            Truth::Yes
        } else if self.latest() < day {
            Truth::No
        } else {
            Truth::Unknown
        }
    }
}

impl fmt::Display for FactDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        if let Some(last) = self.disputed_to {
            write!(f, "/{last}")?;
        }
        Ok(())
    }
}

/// A date in a binary format (the embedded packs, see `compiled::encode`): its parts, so
/// start-up does not parse thousands of dates again; `disputed_to` as days from the Common Era.
type Parts = (i32, Option<u32>, Option<u32>, Option<i32>);

impl Serialize for FactDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return s.collect_str(self);
        }
        let parts: Parts = (
            self.year,
            self.month,
            self.day,
            self.disputed_to.map(|d| d.num_days_from_ce()),
        );
        parts.serialize(s)
    }
}

impl FactDate {
    /// The date `Parts` describe, checked as `parse` checks text: a date that does not exist
    /// would panic later.
    fn from_parts((year, month, day, disputed_to): Parts) -> Result<FactDate, String> {
        let date = FactDate {
            year,
            month,
            day,
            disputed_to: None,
        };
        let exists = NaiveDate::from_ymd_opt(year, month.unwrap_or(1), day.unwrap_or(1)).is_some();
        if !exists || (day.is_some() && month.is_none()) {
            return Err(format!("{year} {month:?} {day:?} is not a date"));
        }
        let Some(days) = disputed_to else {
            return Ok(date);
        };
        match NaiveDate::from_num_days_from_ce_opt(days) {
            Some(to) if to > date.latest() => Ok(FactDate {
                disputed_to: Some(to),
                ..date
            }),
            _ => Err(format!("{date}: {days} is not a later day")),
        }
    }
}

impl<'de> Deserialize<'de> for FactDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<FactDate, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = FactDate;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a date YYYY, YYYY-MM or YYYY-MM-DD")
            }
            // YAML reads a bare `1987` as an integer.
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<FactDate, E> {
                FactDate::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<FactDate, E> {
                FactDate::parse(&v.to_string()).map_err(E::custom)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<FactDate, E> {
                FactDate::parse(v).map_err(E::custom)
            }
        }
        if d.is_human_readable() {
            d.deserialize_any(V)
        } else {
            FactDate::from_parts(Parts::deserialize(d)?).map_err(de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn parses_every_precision_and_rejects_impossible_dates() {
        assert_eq!(FactDate::parse("1987").unwrap().to_string(), "1987");
        assert_eq!(FactDate::parse("1987-03").unwrap().to_string(), "1987-03");
        assert_eq!(FactDate::parse("1987-03-11").unwrap().to_string(), "1987-03-11");
        assert!(FactDate::parse("1987-02-30").is_err());
        assert!(FactDate::parse("1987-13").is_err());
        assert!(FactDate::parse("87-03-11").is_err());
        assert!(FactDate::parse("March 1987").is_err());
    }

    #[test]
    fn a_disputed_date_is_every_day_the_sources_allow() {
        let inauguration = FactDate::parse("1990-11-27/1990-11-28").unwrap();
        assert_eq!(inauguration.to_string(), "1990-11-27/1990-11-28");
        assert_eq!(
            (inauguration.earliest(), inauguration.latest()),
            (day("1990-11-27"), day("1990-11-28"))
        );
        assert_eq!(inauguration.on_or_before(day("1990-11-27")), Truth::Unknown);
        assert_eq!(inauguration.on_or_before(day("1990-11-28")), Truth::Yes);
        assert_eq!(inauguration.on_or_after(day("1990-11-26")), Truth::Yes);
        assert!(FactDate::parse("1990-11-28/1990-11-27").is_err());
        assert!(FactDate::parse("1990-11-28/1990-11-28").is_err());
        let a = FactDate::parse("1990-11-28").unwrap();
        let b = FactDate::parse("1990-11-27").unwrap();
        assert_eq!(a.disputed_with(b), inauguration);
        assert_eq!(b.disputed_with(a), inauguration);
        let month = FactDate::parse("1989-08").unwrap();
        assert_eq!(month.disputed_with(FactDate::parse("1989-08-31").unwrap()), month);
    }

    #[test]
    fn a_binary_format_reads_back_every_date_and_refuses_impossible_ones() {
        for text in [
            "1987",
            "1987-03",
            "1987-03-11",
            "1990-11-27/1990-11-28",
            "1989-08/1989-09-02",
        ] {
            let date = FactDate::parse(text).unwrap();
            let bytes = postcard::to_allocvec(&date).unwrap();
            assert_eq!(postcard::from_bytes::<FactDate>(&bytes).unwrap(), date, "{text}");
        }
        let days = |d: &str| day(d).num_days_from_ce();
        for parts in [
            (1987, Some(2), Some(30), None),
            (1987, Some(13), None, None),
            (1987, None, Some(11), None),
            (1990, Some(11), Some(28), Some(days("1990-11-27"))),
            (1990, Some(11), Some(28), Some(i32::MAX)),
        ] {
            let bytes = postcard::to_allocvec(&parts).unwrap();
            assert!(postcard::from_bytes::<FactDate>(&bytes).is_err(), "{parts:?}");
        }
    }

    #[test]
    fn partial_dates_answer_unknown_inside_their_range() {
        let march = FactDate::parse("1987-03").unwrap();
        assert_eq!(march.latest(), day("1987-03-31"));
        assert_eq!(march.on_or_before(day("1987-04-01")), Truth::Yes);
        assert_eq!(march.on_or_before(day("1987-03-15")), Truth::Unknown);
        assert_eq!(march.on_or_before(day("1987-02-28")), Truth::No);
        assert_eq!(FactDate::parse("2024").unwrap().latest(), day("2024-12-31"));
        assert_eq!(FactDate::parse("2024-02").unwrap().latest(), day("2024-02-29"));
    }
}
