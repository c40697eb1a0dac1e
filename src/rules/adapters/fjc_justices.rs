//! The Federal Judicial Center's directory of Article III judges, cut to the Supreme Court
//! (`sources/fjc-federal-judges/supreme-court-service.csv`: one row per appointment, the
//! judge's names, birth and death beside it; see its SOURCE.md).
//!
//! How the file is read:
//! - each `AppointmentTitle` is an office by the positions table (`Associate Justice`, `Chief
//!   Justice`); one judge (`nid`) is one person, whatever their appointments;
//! - a term starts on the recess appointment, where there was one (the appointee served under
//!   a temporary commission), else on the commission; it ends on the senior-status date (a
//!   justice who retired stays a judge, but leaves the Court), else on the termination; a row
//!   with neither was still serving when the export was made;
//! - the FJC dates service from the commission, the Court from the oath: an oaths table row
//!   (citing public record, and naming the commission date it stands beside) gives the oath, and
//!   the start is settled as a cited row's is (a disputed day when the two are a month or less
//!   apart, else the oath);
//! - a justice is named "First Last", with "First Middle Last", "First M. Last" and the
//!   suffix forms as aliases, unless the names table names them; the surname alone only for
//!   justices living when the export was made whose surname no other justice had (a dead
//!   justice's bare surname, "Powell said", is far more often someone else's, and the life
//!   checks would read it as theirs; "Justice Jackson" before 2022 is Robert H. Jackson), and
//!   where the names table adds it. Two judges the rules would name alike must be told apart
//!   by it; its `person` gives the id where the name's would be someone else's in another pack
//!   (David Davis, of the UK government).

use super::read::{Given, POSITION_COLUMNS, Positions, aliases_besides, slug, unmatched};
use super::settle;
use crate::rules::FactDate;
use crate::rules::rows::{Row, list, read_table};
use std::collections::{BTreeMap, HashSet};

/// The columns the adapter reads (the cut has more).
const COLUMNS: &[&str] = &[
    "nid",
    "JudgeName",
    "CourtType",
    "AppointmentTitle",
    "RecessAppointmentDate",
    "CommissionDate",
    "Senior Status Date",
    "Termination Date",
    "LastName",
    "FirstName",
    "MiddleName",
    "Suffix",
    "BirthMonth",
    "BirthDay",
    "BirthYear",
    "DeathMonth",
    "DeathDay",
    "DeathYear",
];
/// A names table: the judge `nid` (and `judge`, the FJC's `JudgeName`, as a check) → the usual
/// `name`, extra `aliases`, and the `person` id where it is not the name's.
const NAME_COLUMNS: &[&str] = &["nid", "judge", "person", "name", "aliases", "source"];
/// An oaths table: the judge's appointment as `title` was commissioned on `commission` (what
/// the FJC says, as a check); they took the judicial oath on `oath`.
const OATH_COLUMNS: &[&str] = &["nid", "judge", "title", "commission", "oath", "source"];

const SOURCE: &str = "Federal Judicial Center, Biographical Directory of Article III Federal Judges (export of June 2023, public domain)";

/// One judge of the file, with the rows of their appointments.
struct Judge<'a> {
    first: &'a Row,
    appointments: Vec<&'a Row>,
}

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let one = |e: String| vec![e];
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(one)?)?;
    let names = given.tables.take(NAME_COLUMNS).map_err(one)?;
    let oaths = given.tables.take(OATH_COLUMNS).map_err(one)?;
    let mut errors = given
        .tables
        .untaken("fjc-justices", &[POSITION_COLUMNS, NAME_COLUMNS, OATH_COLUMNS]);

    let (header, rows) = read_table(given.path, given.text)?;
    if let Some(missing) = COLUMNS.iter().find(|c| !header.iter().any(|h| h == *c)) {
        return Err(vec![format!("{}: not the FJC cut: no `{missing}` column", given.path)]);
    }
    let judges = by_judge(&rows);
    let named = match usual_names(&judges, &names) {
        Ok(named) => named,
        Err(mut e) => {
            errors.append(&mut e);
            return Err(errors);
        }
    };
    let mut used_oaths = HashSet::new();
    let mut out = Vec::new();
    for (nid, judge) in &judges {
        let Named { person, name, aliases } = &named[nid];
        match life_row(judge.first, person, name, aliases) {
            Ok(row) => out.push(row),
            Err(e) => errors.push(format!("{}: {e}", judge.first.at)),
        }
        for &appointment in &judge.appointments {
            let term = term_rows(appointment, person, &oaths, &mut used_oaths, &mut positions);
            match term {
                Ok(mut rows) => out.append(&mut rows),
                Err(e) => errors.push(format!("{}: {}: {e}", appointment.at, appointment.get("JudgeName"))),
            }
        }
    }
    for (i, row) in oaths.iter().enumerate() {
        if !used_oaths.contains(&i) {
            errors.push(format!(
                "{}: no appointment of {} is `{}` of judge {} ({}) commissioned on {}",
                row.at,
                given.path,
                row.get("title"),
                row.get("nid"),
                row.get("judge"),
                row.get("commission")
            ));
        }
    }
    errors.extend(positions.unused());
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// The Supreme Court's appointments, judge by judge (by `nid`), in the order of the file.
fn by_judge(rows: &[Row]) -> BTreeMap<&str, Judge<'_>> {
    let mut judges: BTreeMap<&str, Judge> = BTreeMap::new();
    for row in rows.iter().filter(|r| r.get("CourtType") == "Supreme Court") {
        judges
            .entry(row.get("nid"))
            .or_insert_with(|| Judge {
                first: row,
                appointments: Vec::new(),
            })
            .appointments
            .push(row);
    }
    judges
}

/// A judge as the pack names them: id, usual name, aliases.
struct Named {
    person: String,
    name: String,
    aliases: Vec<String>,
}

/// Each judge's usual name and aliases: the names table's, else made from the name's parts.
/// No alias may be another judge's name, and no two judges may share a name.
fn usual_names<'a>(judges: &BTreeMap<&'a str, Judge>, table: &[Row]) -> Result<BTreeMap<&'a str, Named>, Vec<String>> {
    let mut errors = Vec::new();
    let mut named = BTreeMap::new();
    let mut used = HashSet::new();
    let mut surnames: BTreeMap<&str, usize> = BTreeMap::new();
    for judge in judges.values() {
        *surnames.entry(judge.first.get("LastName").trim()).or_default() += 1;
    }
    for (&nid, judge) in judges {
        let row = judge.first;
        let parts = Parts::of(row);
        let mut name = parts.first_last();
        let mut person = None;
        let mut extra = Vec::new();
        if let Some(listed) = table.iter().find(|r| r.get("nid") == nid) {
            used.insert(nid);
            if listed.get("judge") != row.get("JudgeName") {
                errors.push(format!(
                    "{}: judge {nid} is `{}` in the source, not `{}`",
                    listed.at,
                    row.get("JudgeName"),
                    listed.get("judge")
                ));
            }
            name = listed.get("name").to_string();
            person = Some(listed.get("person")).filter(|p| !p.is_empty()).map(str::to_string);
            extra = list(listed.get("aliases"));
        }
        let living = row.get("DeathYear").is_empty();
        let alone = living && surnames[parts.last] == 1;
        let forms = parts.forms().into_iter().chain(extra);
        let forms = forms.chain(alone.then(|| parts.last.to_string()));
        named.insert(
            nid,
            Named {
                person: person.unwrap_or_else(|| slug(&name)),
                aliases: aliases_besides(&name, forms),
                name,
            },
        );
    }
    errors.extend(unmatched(
        table,
        "nid",
        |nid| used.contains(nid),
        |nid| format!("no justice of the source is judge {nid}"),
    ));
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    for (&nid, Named { name, .. }) in &named {
        if let Some(other) = owner.insert(name.clone(), nid) {
            errors.push(format!(
                "judges {other} and {nid} would both be named `{name}`: tell them apart in the names table"
            ));
        }
    }
    for (nid, Named { aliases, .. }) in named.iter_mut() {
        aliases.retain(|a| owner.get(a).is_none_or(|o| o == nid));
    }
    if errors.is_empty() { Ok(named) } else { Err(errors) }
}

/// A judge's name as the FJC writes it in parts (a lone space is an empty part).
struct Parts<'a> {
    first: &'a str,
    middle: &'a str,
    last: &'a str,
    suffix: &'a str,
}

impl<'a> Parts<'a> {
    fn of(row: &'a Row) -> Parts<'a> {
        Parts {
            first: row.get("FirstName").trim(),
            middle: row.get("MiddleName").trim(),
            last: row.get("LastName").trim(),
            suffix: row.get("Suffix").trim(),
        }
    }

    fn first_last(&self) -> String {
        format!("{} {}", self.first, self.last)
    }

    /// The forms copy writes: with the middle name, with its initials, and each with the
    /// suffix ("John G. Roberts Jr.").
    fn forms(&self) -> Vec<String> {
        let mut bare = vec![self.first_last()];
        if !self.middle.is_empty() {
            let initials: Vec<String> = self
                .middle
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .map(|c| format!("{c}."))
                .collect();
            bare.push(format!("{} {} {}", self.first, self.middle, self.last));
            bare.push(format!("{} {} {}", self.first, initials.join(" "), self.last));
        }
        let suffixed = bare
            .iter()
            .filter(|_| !self.suffix.is_empty())
            .map(|b| format!("{b} {}", self.suffix))
            .collect::<Vec<_>>();
        bare.into_iter().chain(suffixed).collect()
    }
}

/// The person's row: name, aliases, birth and death.
fn life_row(row: &Row, person: &str, name: &str, aliases: &[String]) -> Result<Row, String> {
    let born = date_of_parts(row.get("BirthYear"), row.get("BirthMonth"), row.get("BirthDay"))?;
    let died = date_of_parts(row.get("DeathYear"), row.get("DeathMonth"), row.get("DeathDay"))?;
    Ok(Row::new(row.at.clone())
        .with("person", person)
        .with("name", name)
        .with("aliases", aliases.join(";"))
        .with("born", born)
        .with("died", died)
        .with("source", SOURCE))
}

/// An appointment's term, in its office, its start settled against an oath row if one names it.
fn term_rows(
    row: &Row,
    person: &str,
    oaths: &[Row],
    used: &mut HashSet<usize>,
    positions: &mut Positions,
) -> Result<Vec<Row>, String> {
    let title = row.get("AppointmentTitle");
    let recess = fjc_date(row.get("RecessAppointmentDate"))?;
    let commission = fjc_date(row.get("CommissionDate"))?;
    let start = if recess.is_empty() { &commission } else { &recess };
    if start.is_empty() {
        return Err(format!("no commission and no recess appointment as {title}"));
    }
    let mut from = start.clone();
    let mut source = SOURCE.to_string();
    let oath = oaths
        .iter()
        .enumerate()
        .find(|(_, o)| o.get("nid") == row.get("nid") && o.get("title") == title && o.get("commission") == commission);
    if let Some((i, o)) = oath {
        used.insert(i);
        if o.get("judge") != row.get("JudgeName") {
            return Err(format!(
                "{}: the source names judge {} `{}`",
                o.at,
                o.get("nid"),
                row.get("JudgeName")
            ));
        }
        from = settle("from", o.get("oath"), start, true).map_err(|e| format!("{}: {e}", o.at))?;
        source = format!("{source}; oath {} by {}: {}", o.get("oath"), o.at, o.get("source"));
    }
    let senior = fjc_date(row.get("Senior Status Date"))?;
    let to = if senior.is_empty() {
        fjc_date(row.get("Termination Date"))?
    } else {
        senior
    };
    let pieces = positions.place(title, &from, Some(&to).filter(|t| !t.is_empty()).map(String::as_str))?;
    Ok(pieces
        .into_iter()
        .map(|piece| piece.into_row(&row.at, person, &source))
        .collect())
}

/// A date as the FJC writes it, `M/D/YYYY` or `YYYY-MM-DD`, as `YYYY-MM-DD`; empty if none.
fn fjc_date(written: &str) -> Result<String, String> {
    let written = written.trim();
    if written.is_empty() {
        return Ok(String::new());
    }
    let iso = match written.split('/').collect::<Vec<_>>()[..] {
        [m, d, y] => format!("{y}-{m:0>2}-{d:0>2}"),
        _ => written.to_string(),
    };
    match FactDate::parse(&iso) {
        Ok(d) if d.day.is_some() => Ok(iso),
        _ => Err(format!("`{written}` is not a date M/D/YYYY or YYYY-MM-DD")),
    }
}

/// A birth or death from the FJC's year, month and day columns: as much as they give.
fn date_of_parts(year: &str, month: &str, day: &str) -> Result<String, String> {
    let (year, month, day) = (year.trim(), month.trim(), day.trim());
    let date = match (year, month, day) {
        ("", _, _) => return Ok(String::new()),
        (y, "", _) => y.to_string(),
        (y, m, "") => format!("{y}-{m:0>2}"),
        (y, m, d) => format!("{y}-{m:0>2}-{d:0>2}"),
    };
    FactDate::parse(&date)
        .map(|_| date.clone())
        .map_err(|e| format!("`{date}`: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::adapters::read::Tables;

    const HEADER: &str = "nid,Sequence,JudgeName,CourtType,AppointmentTitle,AppointingPresident,RecessAppointmentDate,NominationDate,ConfirmationDate,CommissionDate,Senior Status Date,Termination,Termination Date,LastName,FirstName,MiddleName,Suffix,BirthMonth,BirthDay,BirthYear,DeathMonth,DeathDay,DeathYear";

    /// A made-up court: a chief justice who was an associate first, a recess appointee, a
    /// retired justice, one still serving whose oath came later, two judges of one name.
    const CUT: &str = "\n\
        1,1,\"Doe, Jane Quincy\",Supreme Court,Associate Justice,A,,,,3/1/1980,,Appointment to Another Judicial Position,9/26/1986,Doe,Jane,Quincy, ,1,2,1930,3,4,2005\n\
        1,2,\"Doe, Jane Quincy\",Supreme Court,Chief Justice,B,,,,9/26/1986,,Death,3/4/2005,Doe,Jane,Quincy, ,1,2,1930,3,4,2005\n\
        2,1,\"Roe, Richard\",Supreme Court,Associate Justice,C,10/2/1953,,,3/20/1954,7/3/1981,Death,12/7/1985,Roe,Richard, , ,,,1915,,,1985\n\
        3,1,\"Poe, Ann B.\",Supreme Court,Associate Justice,D,,,,4/8/2022,,,,Poe,Ann,B.,Jr.,,,1970,,,\n\
        4,1,\"Moe, Max\",Supreme Court,Associate Justice,E,,,,1790-02-01,,Death,1800-02-01,Moe,Max, , ,,,1740,,,1800\n\
        5,1,\"Moe, Max\",Supreme Court,Associate Justice,F,,,,1/2/1955,1/3/1971,Death,1/4/1971,Moe,Max, , ,,,1899,,,1971\n\
        7,1,\"Doe, Dan\",Supreme Court,Associate Justice,G,,,,1/2/2020,,,,Doe,Dan, , ,,,1960,,,\n\
        6,1,\"Lo, Al\",U.S. District Court,Judge,F,,,,1/2/1955,,,,Lo,Al, , ,,,1899,,,\n";

    const POSITIONS: &str = "position,office,from,to,source\n\
        Associate Justice,associate,,,28 U.S.C. 1\n\
        Chief Justice,chief,,,28 U.S.C. 1\n";

    fn read(names: &str, oaths: &str) -> Result<Vec<Row>, Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        let names = format!("nid,judge,person,name,aliases,source\n{names}");
        let oaths = format!("nid,judge,title,commission,oath,source\n{oaths}");
        let tables = Tables::for_test(&[
            ("curated/c/positions.csv", POSITIONS),
            ("curated/c/names.csv", &names),
            ("curated/c/oaths.csv", &oaths),
        ]);
        rows(Given {
            with: Vec::new(),
            knowledge: dir.path(),
            path: "sources/fjc/cut.csv",
            text: &format!("{HEADER}{CUT}"),
            tables,
        })
    }

    const TELL_MOES_APART: &str =
        "4,\"Moe, Max\",,Max Moe,,the elder\n5,\"Moe, Max\",max-moe-the-younger,Max Moe II,Max Moe Jr.,the younger\n";

    fn terms(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .filter(|r| !r.get("office").is_empty())
            .map(|r| {
                format!(
                    "{} {} {}..{}",
                    r.get("person"),
                    r.get("office"),
                    r.get("from"),
                    r.get("to")
                )
            })
            .collect()
    }

    #[test]
    fn terms_run_from_recess_or_commission_to_senior_status_or_termination() {
        let rows = read(TELL_MOES_APART, "").unwrap();
        assert_eq!(
            terms(&rows),
            [
                "jane-doe associate 1980-03-01..1986-09-26",
                "jane-doe chief 1986-09-26..2005-03-04",
                "richard-roe associate 1953-10-02..1981-07-03",
                "ann-poe associate 2022-04-08..",
                "max-moe associate 1790-02-01..1800-02-01",
                "max-moe-the-younger associate 1955-01-02..1971-01-03",
                "dan-doe associate 2020-01-02..",
            ]
        );
    }

    #[test]
    fn names_births_and_deaths_come_from_the_parts() {
        let rows = read(TELL_MOES_APART, "").unwrap();
        let person = |id: &str| {
            rows.iter()
                .find(|r| r.get("person") == id && r.get("office").is_empty())
                .unwrap()
        };
        let doe = person("jane-doe");
        assert_eq!((doe.get("born"), doe.get("died")), ("1930-01-02", "2005-03-04"));
        // Dead when the data was made: no bare surname.
        assert_eq!(doe.get("aliases"), "Jane Quincy Doe;Jane Q. Doe");
        let poe = person("ann-poe");
        assert_eq!(poe.get("born"), "1970");
        assert_eq!(
            poe.get("aliases"),
            "Ann B. Poe;Ann Poe Jr.;Ann B. Poe Jr.;Poe",
            "the initials are not written twice; living: the surname"
        );
        // Living, but another justice had the surname: "Justice Doe" may be either.
        assert_eq!(person("dan-doe").get("aliases"), "");
        // The elder's name is no alias of the younger.
        assert_eq!(person("max-moe-the-younger").get("aliases"), "Max Moe Jr.");
    }

    #[test]
    fn two_judges_named_alike_must_be_told_apart() {
        let errors = read("", "").unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("judges 4 and 5 would both be named `Max Moe`")),
            "{errors:?}"
        );
    }

    #[test]
    fn an_oath_stands_beside_the_commission() {
        let oaths = "3,\"Poe, Ann B.\",Associate Justice,2022-04-08,2022-06-30,Court press release\n\
                     2,\"Roe, Richard\",Associate Justice,1954-03-20,1953-10-05,Court minutes\n";
        let rows = read(TELL_MOES_APART, oaths).unwrap();
        let all = terms(&rows);
        // Months apart: the oath; days apart: both days are right.
        assert!(all.contains(&"ann-poe associate 2022-06-30..".to_string()), "{all:?}");
        assert!(
            all.contains(&"richard-roe associate 1953-10-02/1953-10-05..1981-07-03".to_string()),
            "{all:?}"
        );
        let poe = rows
            .iter()
            .find(|r| r.get("person") == "ann-poe" && !r.get("office").is_empty())
            .unwrap();
        assert!(
            poe.get("source")
                .contains("oath 2022-06-30 by curated/c/oaths.csv:2: Court press release")
        );
    }

    #[test]
    fn a_table_row_that_matches_nothing_is_an_error() {
        let errors = read(&format!("{TELL_MOES_APART}9,\"Zed, Z\",,Z Zed,,nobody\n"), "").unwrap_err();
        assert!(
            errors.iter().any(|e| e.contains("no justice of the source is judge 9")),
            "{errors:?}"
        );
        let wrong_commission = "3,\"Poe, Ann B.\",Associate Justice,2022-04-09,2022-06-30,wrong commission\n";
        let errors = read(TELL_MOES_APART, wrong_commission).unwrap_err();
        assert!(
            errors.iter().any(|e| e.contains("commissioned on 2022-04-09")),
            "{errors:?}"
        );
    }

    #[test]
    fn dates_are_read_in_both_of_the_fjc_forms() {
        assert_eq!(fjc_date("4/8/2022").unwrap(), "2022-04-08");
        assert_eq!(fjc_date("1789-09-26").unwrap(), "1789-09-26");
        assert_eq!(fjc_date(" ").unwrap(), "");
        assert!(fjc_date("13/40/2022").is_err());
        assert_eq!(date_of_parts("1950", "", "").unwrap(), "1950");
        assert_eq!(date_of_parts("1780", "1", "14").unwrap(), "1780-01-14");
        assert_eq!(date_of_parts("", "", "").unwrap(), "");
    }
}
