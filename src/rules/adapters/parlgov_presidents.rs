//! ParlGov's presidents (`sources/parlgov/politician_president.csv`: `country_id, start_date,
//! end_date, person_id_source` — the full name — one row a term): the heads of state of the
//! European and OECD republics it covers, to the day.
//!
//! How the file is read:
//! - a row is a term in the office the positions table gives its `country_id`; a country left
//!   out there gives no terms (where world-leaders curates the office, or `reign-heads` reads the
//!   president as head of government);
//! - a president's rows follow each other where one starts the day another ends (a
//!   re-election); a row that starts more than a fortnight after the country's previous row
//!   ended starts after an interim (an acting head of state, a commission: ParlGov has no row
//!   for them), so its start is the range between (a claim then is not judged: "President
//!   Komorowski" while he was acting president);
//! - a country's first row starts where ParlGov's coverage does, not where the term did
//!   (Wojciech Jaruzelski "1989-12-31"), and a row without a name says nothing of whom it is:
//!   their presidents, every term, are left out; so is one with a term in a position left out
//!   (Václav Havel, Czechoslovakia's president, then the Czech Republic's);
//! - a term without an end was still running on the file's latest day (`Known until:`);
//! - a president is named as the file writes them; a name of three or more words has its first
//!   and last as an alias ("Erskine Childers"); the names table (`president, country, person,
//!   name, aliases, source`) renames one, or leaves one out (no `name`).

use super::read::{
    Given, NamesByPlace, POSITION_COLUMNS, Positions, after_interim, aliases_besides, day_span, named_by, slug,
};
use crate::rules::rows::{Row, read_table};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

const NAME_COLUMNS: &[&str] = &["president", "country", "person", "name", "aliases", "source"];
const SOURCE: &str = "ParlGov (Döring and Manow 2024, CC0 1.0), presidents";

/// One row, read.
struct Stint<'a> {
    row: &'a Row,
    country: &'a str,
    president: &'a str,
    start: NaiveDate,
    end: Option<NaiveDate>,
}

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let one = |e: String| vec![e];
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(one)?)?;
    let names = given.tables.take(NAME_COLUMNS).map_err(one)?;
    let mut errors = given
        .tables
        .untaken("parlgov-presidents", &[POSITION_COLUMNS, NAME_COLUMNS]);
    let known_until = super::known_until(given.knowledge, given.path).map_err(one)?;
    let (_, table) = read_table(given.path, given.text)?;
    let mut by_country: BTreeMap<&str, Vec<Stint>> = BTreeMap::new();
    for row in &table {
        match read_row(row) {
            Ok(r) => by_country.entry(r.country).or_default().push(r),
            Err(e) => errors.push(format!("{}: {e}", row.at)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // Each president's terms, by (country, name), with the start each can be given.
    let mut terms: BTreeMap<(&str, &str), Vec<(&Stint, String)>> = BTreeMap::new();
    let mut left_out: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (country, rows) in &mut by_country {
        rows.sort_by_key(|r| r.start);
        if !positions.seen(country) {
            errors.push(format!("country `{country}` is in no row of the positions table"));
            continue;
        }
        for (i, r) in rows.iter().enumerate() {
            let key = (*country, r.president);
            let start = match i.checked_sub(1).map(|p| &rows[p]) {
                None => {
                    left_out.insert(key); // where ParlGov's coverage starts
                    r.start.to_string()
                }
                Some(prev) => after(prev, r),
            };
            if r.president.is_empty() {
                continue;
            }
            terms.entry(key).or_default().push((r, start));
        }
    }

    let names = NamesByPlace::new(&names, ("president", "country"));
    let mut out = Vec::new();
    for (&(country, president), mine) in &terms {
        let listed = names.find(president, country);
        let mut pieces = Vec::new();
        let mut whole = true;
        for (r, start) in mine {
            let end = r.end.map(|e| e.to_string());
            match positions.place(country, start, end.as_deref()) {
                Ok(p) => {
                    whole &= p.len() == 1 && p[0].from == *start && p[0].to == end;
                    pieces.extend(p.into_iter().map(|p| (r.row, p)));
                }
                Err(e) => errors.push(format!("{}: {president}: {e}", r.row.at)),
            }
        }
        if !whole || left_out.contains(&(country, president)) || listed.is_some_and(|r| r.get("name").is_empty()) {
            continue;
        }
        let (person, name, extra) = match listed {
            Some(r) => named_by(r),
            None => (slug(president), president.to_string(), Vec::new()),
        };
        let words: Vec<&str> = name.split_whitespace().collect();
        let short = (words.len() >= 3 && words.iter().all(|w| w.starts_with(char::is_uppercase)))
            .then(|| format!("{} {}", words[0], words[words.len() - 1]));
        let aliases = aliases_besides(&name, extra.into_iter().chain(short).chain([president.to_string()]));
        out.push(
            Row::new(mine[0].0.row.at.clone())
                .with("person", person.clone())
                .with("name", name)
                .with("aliases", aliases.join(";"))
                .with("source", SOURCE),
        );
        let known_until = known_until.to_string();
        out.extend(
            pieces
                .into_iter()
                .map(|(at, p)| p.into_row_known_until(&at.at, &person, SOURCE, &known_until)),
        );
    }
    errors.extend(names.unfound(|p| format!("no president the adapter keeps is `{p}` of that country")));
    errors.extend(positions.unused());
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

fn read_row(row: &Row) -> Result<Stint<'_>, String> {
    let (start, end) = day_span(row, "start_date", "end_date")?;
    Ok(Stint {
        row,
        country: row.get("country_id"),
        president: row.get("person_id_source"),
        start,
        end,
    })
}

/// The start of `row` after the country's previous row: its own day after a handover, the
/// range from the previous end after an interim.
fn after(prev: &Stint, row: &Stint) -> String {
    match prev.end {
        Some(end) if after_interim(end, row.start) => format!("{end}/{}", row.start),
        _ => row.start.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::adapters::read::Tables;

    const POSITIONS: &str = "position,office,from,to,source
9,ut-president,1993-01-01,,Utopia's constitution
9,,,1993-01-01,another state before 1993
8,,,,curated elsewhere
";
    // Utopia (9): Zed Zane (the first row: coverage starts), Ann Ames twice (re-elected),
    // an interim of two months, Bob Burr, then a president without a name. Vic Vale was
    // president of the state before 1993, then of Utopia.
    const TABLE: &str = "id,country_id,start_date,end_date,person_id,person_id_source
1,9,1988-01-01,1992-06-01,1,Vic Vale
2,9,1992-06-01,1994-05-01,2,Vic Vale
3,9,1994-05-01,1999-05-01,3,Ann Mary Ames
4,9,1999-05-01,2004-05-01,3,Ann Mary Ames
5,9,2004-07-10,2009-07-10,4,Bob Burr
6,9,2009-07-10,,5,
7,8,1990-01-01,,6,Cy Cole
8,9,1985-01-01,1988-01-01,7,Zed Zane
";

    fn read(names: &str) -> Result<Vec<Row>, Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sources/pg");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("SOURCE.md"), "- Known until: 2023-06-03\n").unwrap();
        let names = format!("president,country,person,name,aliases,source\n{names}");
        let tables = Tables::for_test(&[("curated/w/positions.csv", POSITIONS), ("curated/w/names.csv", &names)]);
        rows(Given {
            with: Vec::new(),
            knowledge: dir.path(),
            path: "sources/pg/politician_president.csv",
            text: TABLE,
            tables,
        })
    }

    fn shown(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| match r.get("office") {
                "" => format!("{} = {} [{}]", r.get("person"), r.get("name"), r.get("aliases")),
                office => format!(
                    "{} {office} {}..{} {}",
                    r.get("person"),
                    r.get("from"),
                    r.get("to"),
                    r.get("known-until")
                ),
            })
            .collect()
    }

    #[test]
    fn terms_interims_and_the_left_out() {
        assert_eq!(
            shown(&read("").unwrap()),
            [
                "ann-mary-ames = Ann Mary Ames [Ann Ames]",
                "ann-mary-ames ut-president 1994-05-01..1999-05-01 ",
                "ann-mary-ames ut-president 1999-05-01..2004-05-01 ",
                "bob-burr = Bob Burr []",
                "bob-burr ut-president 2004-05-01/2004-07-10..2009-07-10 ",
            ]
        );
    }

    #[test]
    fn the_names_table_renames_or_leaves_out() {
        let rows = shown(&read("Bob Burr,9,,Robert Burr,,his office's page\nAnn Mary Ames,9,,,,a namesake\n").unwrap());
        assert!(
            rows.contains(&"robert-burr = Robert Burr [Bob Burr]".to_string()),
            "{rows:?}"
        );
        assert!(!rows.iter().any(|r| r.contains("ames")), "{rows:?}");
        let errors = read("Nobody Here,9,,Nobody,,not in the file\n").unwrap_err();
        assert!(errors[0].contains("`Nobody Here`"), "{errors:?}");
    }
}
