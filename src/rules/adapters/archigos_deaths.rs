//! Archigos 4.1 leader spells (`obsid, leadid, ccode, idacr, leader, …, yrdied, borndate,
//! deathdate`): the death of each leader a leaders table names.
//!
//! Archigos names leaders by surname within a country (`USA`, `Roosevelt, T.`), so the leaders
//! table says who each is (`country, leader, person, source`); every leader of a country the
//! table names must be in it, so a new version of the data cannot add one unnoticed. A leader's
//! spells must agree on the death. The death is `deathdate` where Archigos has the day, else
//! `yrdied`, the year (a curated row may then give the day: a year and a day in it agree);
//! `-777` is alive when the data ends, and gives nothing.

use super::reader::Given;
use crate::rules::FactDate;
use crate::rules::rows::{Row, read_table};
use std::collections::{BTreeMap, BTreeSet, HashSet};

const LEADER_COLUMNS: &[&str] = &["country", "leader", "person", "source"];
const SOURCE: &str = "Archigos 4.1 (Goemans, Gleditsch & Chiozza 2016)";
const ALIVE: &str = "-777";

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let leaders = given.tables.take(LEADER_COLUMNS).map_err(|e| vec![e])?;
    let mut errors = given.tables.untaken("archigos-deaths", &[LEADER_COLUMNS]);
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
        match died(year, day) {
            Ok(Some((date, column))) => out.push(
                Row::new(at)
                    .with("person", person)
                    .with("died", date)
                    .with("source", format!("{SOURCE}, {column}")),
            ),
            Ok(None) => {}
            Err(e) => errors.push(format!("{at}: {e}")),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// The death a spell gives, and the column it comes from; none while alive.
fn died<'a>(year: &'a str, day: &'a str) -> Result<Option<(&'a str, &'static str)>, String> {
    let is_year = year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit());
    match (year, day) {
        (ALIVE, "NA") => Ok(None),
        (y, "NA") if is_year => Ok(Some((y, "yrdied"))),
        (y, d) if is_year && d.starts_with(y) && FactDate::parse(d).is_ok_and(|f| f.day.is_some()) => {
            Ok(Some((d, "deathdate")))
        }
        _ => Err(format!("yrdied `{year}` and deathdate `{day}` do not make a death")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_death_is_the_day_else_the_year_and_none_while_alive() {
        assert_eq!(died("1885", "1885-07-23").unwrap(), Some(("1885-07-23", "deathdate")));
        assert_eq!(died("1919", "NA").unwrap(), Some(("1919", "yrdied")));
        assert_eq!(died("-777", "NA").unwrap(), None);
        assert!(died("1919", "1920-01-01").is_err());
        assert!(died("-777", "2001-01-01").is_err());
    }
}
