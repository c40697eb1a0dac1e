//! Open States' people data, cut to the states' elected executives
//! (`sources/openstates-people/executives.csv`: `name, given_name, family_name, birth_date,
//! state_dir, folder, role_type, start_date, end_date, …`): the governors in office from 2020
//! on, whom Kaplan's panel (the `kaplan-governors` adapter) leaves out, and the lieutenant
//! governors, attorneys general and secretaries of state the data lists.
//!
//! How the file is read:
//! - a row is a term in the office the positions table gives its `state_dir` and `role_type`
//!   (a position `ak lt_governor`), from its `start_date`; a row without one is left out, and
//!   so is a governor's that ends before 2020 (Kaplan's). Only a governor's earlier terms are
//!   known (Kaplan's): another officer's term begins on a day no later than its `start_date`
//!   (an earlier stint in the office may be missing), so no claim before it is judged;
//! - a term ends where the same office's next holder starts on or within a fortnight after its
//!   `end_date`: on that day, or on either day where the two differ (a claim between them is
//!   not judged); a next holder who starts before it ends, or long after it (someone the data
//!   does not list held the office between), contradicts it, and both are left out;
//! - a term with no next holder was still running when the data was taken, or the data is
//!   stale (its `end_date` is a scheduled end, sometimes already past and wrong: see SOURCE.md).
//!   It has no end: where the scheduled end is after the source's `Known until:` it is known
//!   until then; where it is not, only until the 1st of November before the scheduled end — a
//!   governor may leave early after the election (Doug Burgum, two weeks before his
//!   term's end, for the cabinet) or be re-elected, and the data cannot tell which;
//! - a holder is named as the data writes them, with "given family" as an alias where that
//!   differs; the names table (`holder, state, person, name, aliases, source`) renames one, or
//!   leaves out (no `name`) one who is a person of another pack under that name (a second
//!   person of one name would make claims about them ambiguous). One person in two offices of a
//!   state (a secretary of state elected governor) is one person.

use super::read::{
    Given, NamesByPlace, POSITION_COLUMNS, Positions, after_interim, aliases_besides, day_span, named_by, slug,
};
use crate::rules::rows::{Row, read_table};
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, HashSet};

const NAME_COLUMNS: &[&str] = &["holder", "state", "person", "name", "aliases", "source"];
const SOURCE: &str = "Open States people (openstates/people, CC0 1.0)";
/// The `role_type`s read: the states' elected executives.
const ROLES: &[&str] = &["governor", "lt_governor", "attorney general", "secretary of state"];
/// Kaplan's panel holds the governors who left office before this year.
const GOVERNORS_FROM_YEAR: i32 = 2020;
/// A day before any term the data lists began. For the offices other than governor the data
/// gives the start of the stint it lists, not of every stint: an earlier term in the same
/// office (Marty Jackley, South Dakota's attorney general until 2019 and again from 2023) is
/// not in it, and no other source here has one. Such a term runs from a day between this one
/// and the row's start, so a claim before the row's start is not judged (`before-term` would
/// be wrong for the earlier stint), while one after a confirmed end still is.
const NO_EARLIER_THAN: &str = "1950-01-01";

/// One row, read.
struct Stint<'a> {
    row: &'a Row,
    state: &'a str,
    start: NaiveDate,
    end: Option<NaiveDate>,
}

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let one = |e: String| vec![e];
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(one)?)?;
    let names = given.tables.take(NAME_COLUMNS).map_err(one)?;
    let mut errors = given
        .tables
        .untaken("openstates-executives", &[POSITION_COLUMNS, NAME_COLUMNS]);
    let known_until = super::known_until(given.knowledge, given.path).map_err(one)?.earliest();
    let (_, table) = read_table(given.path, given.text)?;

    // Each office's holders, by its position: `ak governor`.
    let mut by_office: BTreeMap<String, Vec<Stint>> = BTreeMap::new();
    for row in &table {
        let role = row.get("role_type");
        if !ROLES.contains(&role) {
            errors.push(format!("{}: a `{role}`, not one of {}", row.at, ROLES.join(", ")));
            continue;
        }
        if row.get("start_date").is_empty() {
            continue; // when the term began is not known: nor whose the office was before
        }
        match read_stint(row) {
            Ok(s) if role == "governor" && s.end.is_some_and(|e| e.year() < GOVERNORS_FROM_YEAR) => {}
            Ok(s) => by_office.entry(format!("{} {role}", s.state)).or_default().push(s),
            Err(e) => errors.push(format!("{}: {e}", row.at)),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let names = NamesByPlace::new(&names, ("holder", "state"));
    let mut named = HashSet::new();
    let mut out = Vec::new();
    for (position, stints) in &mut by_office {
        stints.sort_by_key(|s| s.start);
        // Every office the data has is placed, whether or not a holder of it is kept.
        if !positions.seen(position) {
            errors.push(format!("position `{position}` is in no row of the positions table"));
            continue;
        }
        if positions.left_out(position) {
            continue;
        }
        for (i, stint) in stints.iter().enumerate() {
            let next = stints.get(i + 1);
            let Some((to, known)) = end(stint, next, known_until) else {
                continue; // contradicted by the next holder's start
            };
            if i > 0 && end(&stints[i - 1], Some(stint), known_until).is_none() {
                continue; // the previous holder's end contradicts this start
            }
            let holder = stint.row.get("name");
            let state = stint.state;
            let listed = names.find(holder, state);
            if listed.is_some_and(|r| r.get("name").is_empty()) {
                continue;
            }
            let (person, name, extra) = match listed {
                Some(r) => named_by(r),
                None => (slug(holder), holder.to_string(), Vec::new()),
            };
            // A person in two offices is written once; the rows importer merges their terms.
            if named.insert(person.clone()) {
                let given_family = format!("{} {}", stint.row.get("given_name"), stint.row.get("family_name"));
                let aliases = aliases_besides(&name, extra.into_iter().chain([given_family]));
                out.push(
                    Row::new(stint.row.at.clone())
                        .with("person", person.clone())
                        .with("name", name)
                        .with("aliases", aliases.join(";"))
                        .with("born", stint.row.get("birth_date"))
                        .with("source", SOURCE),
                );
            }
            let from = match stint.row.get("role_type") {
                "governor" => stint.start.to_string(),
                _ => format!("{NO_EARLIER_THAN}/{}", stint.start),
            };
            match positions.place(position, &from, to.as_deref()) {
                Ok(pieces) => {
                    let known = known.map(|d| d.to_string()).unwrap_or_default();
                    out.extend(
                        pieces
                            .into_iter()
                            .map(|p| p.into_row_known_until(&stint.row.at, &person, SOURCE, &known)),
                    );
                }
                Err(e) => errors.push(format!("{}: {holder}: {e}", stint.row.at)),
            }
        }
    }
    errors.extend(
        names.unfound(|h| format!("no holder the adapter keeps is `{h}` of that state (left out, or not in the data)")),
    );
    errors.extend(positions.unused());
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

fn read_stint(row: &Row) -> Result<Stint<'_>, String> {
    let (start, end) = day_span(row, "start_date", "end_date")?;
    Ok(Stint {
        row,
        state: row.get("state_dir"),
        start,
        end,
    })
}

/// The term's end (`None` for a term still running, with the day it is known until), or
/// nothing where the next holder's start contradicts it.
fn end(stint: &Stint, next: Option<&Stint>, known_until: NaiveDate) -> Option<(Option<String>, Option<NaiveDate>)> {
    match (stint.end, next) {
        (Some(end), Some(next)) => {
            if next.start < end || after_interim(end, next.start) {
                return None;
            }
            let to = if next.start == end {
                end.to_string()
            } else {
                format!("{end}/{}", next.start)
            };
            Some((Some(to), None))
        }
        (None, Some(_)) => None,
        (Some(end), None) if end <= known_until => Some((None, Some(november_before(end)))),
        (_, None) => Some((None, Some(known_until))),
    }
}

/// The 1st of November before `day` (of its year if it falls after it).
fn november_before(day: NaiveDate) -> NaiveDate {
    let year = if day.month() > 11 { day.year() } else { day.year() - 1 };
    NaiveDate::from_ymd_opt(year, 11, 1).expect("1 November exists")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::adapters::read::Tables;

    const POSITIONS: &str = "position,office,from,to,source
ut governor,us-ut-governor,,,Utopia's constitution
xx governor,,,,a district and not a state
";
    const HEADER: &str = "name,given_name,family_name,birth_date,state_dir,folder,role_type,start_date,end_date";
    // Ann Ames hands over to Bob Burr (a day later); Bob Burr is listed in office with a term
    // ending after the data's date; Cy Cole's scheduled end has passed with no successor (stale);
    // in Xland (left out) Di Dow. Ed Eck (Oldland) left before 2020: Kaplan's.
    fn table(extra: &str) -> String {
        format!(
            "{HEADER}
Ann Ames,Ann,Ames,1950-01-02,ut,retired,governor,2015-01-05,2023-01-01
Bob Burr,Robert,Burr,,ut,executive,governor,2023-01-02,2027-01-04
Cy Cole,Cy,Cole,,ol,executive,governor,2019-01-07,2025-01-01
Di Dow,Di,Dow,,xx,executive,governor,2019-01-07,2027-01-04
Ed Eck,Ed,Eck,,ol,retired,governor,2011-01-03,2019-01-07
{extra}"
        )
    }

    fn read(text: &str, names: &str) -> Result<Vec<Row>, Vec<String>> {
        read_with(text, names, "")
    }

    fn read_with(text: &str, names: &str, positions: &str) -> Result<Vec<Row>, Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sources/os");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("SOURCE.md"), "- Known until: 2026-08-05\n").unwrap();
        let positions = format!("{POSITIONS}ol governor,us-ol-governor,,,Oldland's constitution\n{positions}");
        let names = format!("holder,state,person,name,aliases,source\n{names}");
        let tables = Tables::for_test(&[("curated/s/positions.csv", &positions), ("curated/s/names.csv", &names)]);
        rows(Given {
            with: Vec::new(),
            knowledge: dir.path(),
            path: "sources/os/executives.csv",
            text,
            tables,
        })
    }

    fn shown(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| match r.get("office") {
                "" => format!(
                    "{} = {} [{}] {}",
                    r.get("person"),
                    r.get("name"),
                    r.get("aliases"),
                    r.get("born")
                ),
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
    fn handovers_running_terms_and_stale_rows() {
        let rows = read(&table(""), "").unwrap();
        assert_eq!(
            shown(&rows),
            [
                "cy-cole = Cy Cole [] ",
                "cy-cole us-ol-governor 2019-01-07.. 2024-11-01",
                "ann-ames = Ann Ames [] 1950-01-02",
                "ann-ames us-ut-governor 2015-01-05..2023-01-01/2023-01-02 ",
                "bob-burr = Bob Burr [Robert Burr] ",
                "bob-burr us-ut-governor 2023-01-02.. 2026-08-05",
            ]
        );
    }

    #[test]
    fn a_successor_before_the_end_leaves_both_out() {
        let text = table("").replace("2023-01-02,2027-01-04", "2022-12-20,2027-01-04");
        let rows = shown(&read(&text, "").unwrap());
        assert!(
            !rows.iter().any(|r| r.contains("ames") || r.contains("burr")),
            "{rows:?}"
        );
    }

    #[test]
    fn the_names_table_renames_or_leaves_out() {
        let names =
            "Bob Burr,ut,,Bobby Burr,,his office's page\nAnn Ames,ut,,,,also a person of us-executive (ann-ames)\n";
        let rows = shown(&read(&table(""), names).unwrap());
        assert!(
            rows.contains(&"bobby-burr = Bobby Burr [Robert Burr] ".to_string()),
            "{rows:?}"
        );
        assert!(!rows.iter().any(|r| r.contains("ann-ames")), "{rows:?}");
        let errors = read(&table(""), "Zed Zane,ut,,Zed,,nobody\n").unwrap_err();
        assert!(errors[0].contains("`Zed Zane`"), "{errors:?}");
    }

    // Utopia's attorneys general: Fay Fox hands over to Gil Gray, whose successor's start is not
    // given (left out, and Gil Gray's end stays unconfirmed: known only until the November
    // before it). Ann Ames, governor, was attorney general before: one person, two offices.
    #[test]
    fn other_offices_of_the_state_and_one_person_in_two() {
        let text = table(
            "Ann Ames,Ann,Ames,1950-01-02,ut,retired,attorney general,2007-01-08,2015-01-05
Fay Fox,Fay,Fox,,ut,retired,attorney general,2015-01-05,2019-01-07
Gil Gray,Gil,Gray,,ut,retired,attorney general,2019-01-07,2023-01-02
Hal Hay,Hal,Hay,,ut,executive,attorney general,,2027-01-04
",
        );
        let attorney_general = "ut attorney general,us-ut-attorney-general,,,Utopia's constitution\n";
        let rows = shown(&read_with(&text, "", attorney_general).unwrap());
        for want in [
            "ann-ames = Ann Ames [] 1950-01-02",
            "ann-ames us-ut-attorney-general 1950-01-01/2007-01-08..2015-01-05 ",
            "fay-fox us-ut-attorney-general 1950-01-01/2015-01-05..2019-01-07 ",
            "gil-gray us-ut-attorney-general 1950-01-01/2019-01-07.. 2022-11-01",
            "ann-ames us-ut-governor 2015-01-05..2023-01-01/2023-01-02 ",
        ] {
            assert!(rows.contains(&want.to_string()), "{want}: {rows:?}");
        }
        assert_eq!(
            rows.iter().filter(|r| r.starts_with("ann-ames =")).count(),
            1,
            "{rows:?}"
        );
        assert!(!rows.iter().any(|r| r.contains("hal-hay")), "{rows:?}");
        let errors = read(&table("Ida Ito,Ida,Ito,,ut,executive,mayor,2020-01-01,\n"), "").unwrap_err();
        assert!(errors[0].contains("a `mayor`"), "{errors:?}");
    }
}
