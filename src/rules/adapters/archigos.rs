//! Archigos 4.1 (Goemans, Gleditsch and Chiozza): one row per spell of a state's effective ruler
//! (`obsid, leadid, ccode, idacr, leader, startdate, enddate, …, yrborn, yrdied, borndate,
//! deathdate`). Read both ways (see `super`):
//!
//! - cited: a spell gives a term its start and end, and its leader's birth and death;
//! - whole: the death of each leader the leaders table names (none without one).
//!
//! The data's conventions: `NA` is a missing date; a birth or death year that is not a positive
//! number is none (-777: alive when the data ends; -999: unknown), and the day (`borndate`,
//! `deathdate`) stands over the year where the data has it. A spell ending on the last day the
//! data describes (SOURCE.md's known-until, 2015-12-31 for 4.1) was still running then.

use super::cite::{End, Record, SourceRow};
use super::read::Given;
use crate::rules::FactDate;
use crate::rules::rows::{Row, read_table};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// The columns a cited spell is read from.
pub(super) const CITED_COLUMNS: &[&str] = &[
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
pub(super) fn record(rows: &[SourceRow], known_until: &str) -> Result<(Record, String), String> {
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
    let in_row = |e: String| format!("row {}, {e}", row.number);
    let born = day_or_year(row.get("borndate"), row.get("yrborn")).map_err(in_row)?;
    let died = day_or_year(row.get("deathdate"), row.get("yrdied")).map_err(in_row)?;
    let record = Record {
        from: start,
        to,
        born: born.map(|(date, _)| date.to_string()),
        died: died.map(|(date, _)| date.to_string()),
        title: None,
    };
    Ok((record, description))
}

/// A leaders table: who an Archigos leader (`USA`, `Roosevelt, T.`) is.
const LEADER_COLUMNS: &[&str] = &["country", "leader", "person", "source"];
const SOURCE: &str = "Archigos 4.1 (Goemans, Gleditsch & Chiozza 2016)";

/// The deaths of the leaders the leaders table names, one row each.
///
/// Archigos names leaders by surname within a country, so the leaders table says who each is;
/// every leader of a country the table names must be in it, so a new version of the data cannot
/// add one unnoticed. A leader's spells must agree on the death. The row's `source` names the
/// column the date comes from (`deathdate`, else the year `yrdied`: a curated row may then give
/// the day, and a year and a day in it agree).
pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let leaders = given.tables.take(LEADER_COLUMNS).map_err(|e| vec![e])?;
    let mut errors = given.tables.untaken("archigos", &[LEADER_COLUMNS]);
    let countries: BTreeSet<&str> = leaders.iter().map(|r| r.get("country")).collect();
    let who: BTreeMap<(&str, &str), &Row> = leaders
        .iter()
        .map(|r| ((r.get("country"), r.get("leader")), r))
        .collect();

    let (header, spells) = read_table(given.path, given.text)?;
    for column in ["idacr", "leader", "yrdied", "deathdate"] {
        if !header.iter().any(|h| h == column) {
            return Err(vec![format!(
                "{}: not an Archigos file: no `{column}` column",
                given.path
            )]);
        }
    }
    // person → (yrdied, deathdate, the first spell's place)
    let mut deaths: BTreeMap<&str, (&str, &str, &str)> = BTreeMap::new();
    let mut named = HashSet::new();
    for spell in &spells {
        let key = (spell.get("idacr"), spell.get("leader"));
        if !countries.contains(key.0) {
            continue;
        }
        let Some(leader) = who.get(&key) else {
            errors.push(format!(
                "{}: the {} leader `{}` is not in the leaders table",
                spell.at, key.0, key.1
            ));
            continue;
        };
        named.insert(key);
        let death = (spell.get("yrdied"), spell.get("deathdate"), spell.at.as_str());
        let first = deaths.entry(leader.get("person")).or_insert(death);
        if (first.0, first.1) != (death.0, death.1) {
            errors.push(format!(
                "{}: `{}` died {} / {} here and {} / {} at {}",
                spell.at, key.1, death.0, death.1, first.0, first.1, first.2
            ));
        }
    }
    for row in &leaders {
        if !named.contains(&(row.get("country"), row.get("leader"))) {
            errors.push(format!(
                "{}: no {} spell of {} has the leader `{}`",
                row.at,
                row.get("country"),
                given.path,
                row.get("leader")
            ));
        }
    }
    let mut out = Vec::new();
    for (person, (year, day, at)) in deaths {
        match day_or_year(day, year) {
            Ok(Some((date, column))) => out.push(Row::new(at).with("person", person).with("died", date).with(
                "source",
                format!("{SOURCE}, {}", if column { "deathdate" } else { "yrdied" }),
            )),
            Ok(None) => {}
            Err(e) => errors.push(format!("{at}: {e}")),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// A birth or death: the day when the data has it (`true`), else the year if it is one
/// (`false`), else none.
fn day_or_year<'a>(day: &'a str, year: &'a str) -> Result<Option<(&'a str, bool)>, String> {
    let valid = |value: &'a str, is_day| {
        FactDate::parse(value)
            .map(|_| Some((value, is_day)))
            .map_err(|e| format!("`{value}`: {e}"))
    };
    if !matches!(day, "" | "NA") {
        return valid(day, true);
    }
    match year {
        "" | "NA" => Ok(None),
        y => match y.parse::<i32>() {
            Ok(n) if n > 0 => valid(y, false),
            Ok(_) => Ok(None),
            Err(_) => Err(format!("`{y}` is not a year")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_birth_or_death_is_the_day_else_the_year_and_none_while_alive_or_unknown() {
        assert_eq!(day_or_year("1885-07-23", "1885").unwrap(), Some(("1885-07-23", true)));
        assert_eq!(day_or_year("NA", "1919").unwrap(), Some(("1919", false)));
        assert_eq!(day_or_year("NA", "-777").unwrap(), None);
        assert_eq!(day_or_year("NA", "-999").unwrap(), None);
        // Archigos has a few days with a year of -777 (Schmidt, Andreotti): the day stands.
        assert_eq!(day_or_year("2015-11-10", "-777").unwrap(), Some(("2015-11-10", true)));
        assert!(day_or_year("NA", "soon").is_err());
        assert!(day_or_year("1919-13-01", "1919").is_err());
    }
}
