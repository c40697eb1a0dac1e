//! Archigos 4.1 (Goemans, Gleditsch and Chiozza): one row per spell of a state's effective
//! ruler. A cited spell gives a term its start and end, and its leader's birth and death.
//!
//! The data's conventions: `NA` is a missing date; a birth or death year that is not a positive
//! number (-777, -999) is an unknown one, and a spell ending on the last day the data describes
//! (SOURCE.md's known-until, 2015-12-31 for 4.1) was still running then.

use super::{End, Record, Row};

pub(super) const COLUMNS: &[&str] = &[
    "idacr",
    "leader",
    "startdate",
    "enddate",
    "borndate",
    "yrborn",
    "deathdate",
    "yrdied",
];

/// The spell on the one row cited, described as `UKG Thatcher 1979-05-04..1990-11-28`.
pub(super) fn record(rows: &[Row], known_until: &str) -> Result<(Record, String), String> {
    let [row] = rows else {
        return Err("an Archigos spell is one row: cite `row N`".to_string());
    };
    let start = row.date("startdate")?;
    let end = row.date("enddate")?;
    let description = format!("{} {} {start}..{end}", row.get("idacr"), row.get("leader"));
    let to = if end == known_until {
        End::Running {
            known_until: known_until.to_string(),
        }
    } else {
        End::On(end)
    };
    let record = Record {
        from: start,
        to,
        born: day_or_year(row, "borndate", "yrborn")?,
        died: day_or_year(row, "deathdate", "yrdied")?,
        title: None,
    };
    Ok((record, description))
}

/// The day when the data has it, else the year, else nothing.
fn day_or_year(row: &Row, day: &str, year: &str) -> Result<Option<String>, String> {
    if !matches!(row.get(day), "" | "NA") {
        return row.date(day).map(Some);
    }
    match row.get(year) {
        "" | "NA" => Ok(None),
        y => match y.parse::<i32>() {
            Ok(n) if n > 0 => row.date(year).map(Some),
            Ok(_) => Ok(None),
            Err(_) => Err(format!("row {}, `{year}`: `{y}` is not a year", row.number)),
        },
    }
}
