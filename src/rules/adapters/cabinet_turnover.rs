//! FiveThirtyEight `cabinet-turnover.csv`: every cabinet-level appointee from Carter to Biden
//! (`president, position, appointee, start_date, end_date, …`; dates M/D/YY).
//!
//! How the file is read:
//! - each position is an office by the positions table; a position left out there (the vice
//!   presidents, whom executive.yaml has) is skipped, and a position that changed office on a
//!   day (HEW becoming HHS) cuts a term held across that day in two;
//! - a holder who served under two presidents has a row in each administration, the earlier
//!   ending "<Next> admin" and the later starting "<Previous> admin": the two are one term;
//! - a date the source has wrong, or "Still in office" where the data stops, is replaced by the
//!   corrections table's value, which must name what the source says (`was`), so a correction
//!   cannot outlive the error it corrects. Every "Still in office" needs one;
//! - an appointee is named by the names table (the CSV's form, as "Don Regan", becomes an
//!   alias of "Donald Regan"), else as the CSV writes them; the CSV's form and the surname are
//!   aliases too. The same name in several rows is one person (James Baker, chief of staff,
//!   Treasury, State); different names stay apart (James and Howard Baker).

use super::known_until;
use super::read::{Given, POSITION_COLUMNS, Positions, aliases_besides, slug, unmatched};
use crate::rules::FactDate;
use crate::rules::rows::{Row, list, read_table};
use std::collections::{BTreeMap, HashSet};

const COLUMNS: &[&str] = &[
    "president",
    "position",
    "appointee",
    "start_date",
    "end_date",
    "length",
    "departure_day",
    "gender",
];
/// A names table: the CSV's `appointee` → the usual `name` and extra `aliases`.
const NAME_COLUMNS: &[&str] = &["appointee", "name", "aliases", "source"];
/// A corrections table: in the row of `position` and `appointee`, `column` says `was`; read
/// `value` instead.
const CORRECTION_COLUMNS: &[&str] = &["position", "appointee", "column", "was", "value", "source"];

const SOURCE: &str = "FiveThirtyEight cabinet-turnover (CC BY 4.0)";
const STILL_IN_OFFICE: &str = "Still in office";

/// One appointee's time in one position, from one row or from a row and its continuation.
struct Spell {
    lines: Vec<usize>,
    president: String,
    position: String,
    appointee: String,
    start: String,
    end: String,
    /// What the corrections table changed, with its row and source.
    corrected: Vec<String>,
}

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let one = |e: String| vec![e];
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(one)?)?;
    let names = given.tables.take(NAME_COLUMNS).map_err(one)?;
    let corrections = given.tables.take(CORRECTION_COLUMNS).map_err(one)?;
    let mut errors = given.tables.untaken(
        "cabinet-turnover",
        &[POSITION_COLUMNS, NAME_COLUMNS, CORRECTION_COLUMNS],
    );
    let until = known_until(given.knowledge, given.path).map_err(one)?;

    let mut spells = read_spells(given.path, given.text, &mut positions)?;
    errors.extend(correct(&mut spells, &corrections));
    if let Err(e) = join_carry_overs(&mut spells) {
        errors.push(format!("{}: {e}", given.path));
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let usual = names_by_appointee(&names)?;
    let mut used_names = HashSet::new();
    let mut out = Vec::new();
    for spell in &spells {
        let at = format!("{}:{}", given.path, spell.lines[0]);
        let (name, extra) = match usual.get(spell.appointee.as_str()) {
            Some(row) => {
                used_names.insert(spell.appointee.as_str());
                (row.get("name").to_string(), list(row.get("aliases")))
            }
            None => (spell.appointee.clone(), Vec::new()),
        };
        let aliases = aliases_besides(
            &name,
            std::iter::once(spell.appointee.clone())
                .chain(extra)
                .chain(std::iter::once(surname(&name))),
        );
        let dates = day(&spell.start, until).and_then(|from| {
            if spell.end == STILL_IN_OFFICE {
                return Err(format!(
                    "\"{STILL_IN_OFFICE}\" (the data stops on {until}): a row of the corrections table must give the real end"
                ));
            }
            Ok((from, day(&spell.end, until)?))
        });
        let pieces = dates.and_then(|(from, to)| positions.place(&spell.position, &from, Some(&to)));
        let pieces = match pieces {
            Ok(p) => p,
            Err(e) => {
                errors.push(format!("{at}: {} as {}: {e}", spell.appointee, spell.position));
                continue;
            }
        };
        for piece in pieces {
            out.push(
                Row::new(at.clone())
                    .with("person", slug(&name))
                    .with("name", name.clone())
                    .with("aliases", aliases.join(";"))
                    .with("office", piece.office.clone())
                    .with("from", piece.from.clone())
                    .with("to", piece.to.clone().unwrap_or_default())
                    .with("source", provenance(spell, piece.cut_by.as_deref())),
            );
        }
    }
    errors.extend(unmatched(
        &names,
        "appointee",
        |a| used_names.contains(a),
        |a| format!("no row of {} has the appointee `{a}`", given.path),
    ));
    errors.extend(positions.unused());
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// The file's rows as spells, in file order, without the positions the table leaves out.
fn read_spells(path: &str, text: &str, positions: &mut Positions) -> Result<Vec<Spell>, Vec<String>> {
    let (header, rows) = read_table(path, text)?;
    let named: Vec<&str> = header.iter().map(String::as_str).filter(|h| !h.is_empty()).collect();
    if named != COLUMNS {
        return Err(vec![format!(
            "{path}: not a cabinet-turnover file: its columns are {}, not {}",
            named.join(", "),
            COLUMNS.join(", ")
        )]);
    }
    let mut seen = HashSet::new();
    let mut spells = Vec::new();
    let mut errors = Vec::new();
    for row in rows {
        let values: Vec<&str> = COLUMNS.iter().map(|c| row.get(c)).collect();
        if !seen.insert(values.join("\u{1f}")) {
            errors.push(format!("{}: the same row again", row.at));
            continue;
        }
        let position = row.get("position");
        if !positions.knows(position) {
            errors.push(format!(
                "{}: the position `{position}` is in no row of the positions table",
                row.at
            ));
            continue;
        }
        if positions.left_out(position) {
            continue;
        }
        let line = row.at.rsplit(':').next().and_then(|l| l.parse().ok()).unwrap_or(0);
        spells.push(Spell {
            lines: vec![line],
            president: row.get("president").to_string(),
            position: position.to_string(),
            appointee: row.get("appointee").to_string(),
            start: row.get("start_date").to_string(),
            end: row.get("end_date").to_string(),
            corrected: Vec::new(),
        });
    }
    if errors.is_empty() { Ok(spells) } else { Err(errors) }
}

impl Spell {
    /// The spell's `start_date` or `end_date`.
    fn date(&self, column: &str) -> &str {
        if column == "start_date" { &self.start } else { &self.end }
    }

    fn date_mut(&mut self, column: &str) -> &mut String {
        if column == "start_date" {
            &mut self.start
        } else {
            &mut self.end
        }
    }
}

/// Applies each correction to the one spell whose column says what the correction says it does.
fn correct(spells: &mut [Spell], corrections: &[Row]) -> Vec<String> {
    let mut errors = Vec::new();
    for c in corrections {
        let (column, was, value) = (c.get("column"), c.get("was"), c.get("value"));
        if !matches!(column, "start_date" | "end_date") {
            errors.push(format!("{}: `column` is start_date or end_date, not `{column}`", c.at));
            continue;
        }
        if let Err(e) = FactDate::parse(value) {
            errors.push(format!("{}: {e}", c.at));
            continue;
        }
        let mut hits: Vec<&mut Spell> = spells
            .iter_mut()
            .filter(|s| s.position == c.get("position") && s.appointee == c.get("appointee"))
            .filter(|s| s.date(column) == was)
            .collect();
        match hits.as_mut_slice() {
            [spell] => {
                *spell.date_mut(column) = value.to_string();
                spell.corrected.push(format!(
                    "{column} \"{was}\" read as {value} by {}: {}",
                    c.at,
                    c.get("source")
                ));
            }
            [] => errors.push(format!(
                "{}: no row of {} as {} has {column} `{was}` (has the source changed?)",
                c.at,
                c.get("appointee"),
                c.get("position")
            )),
            _ => errors.push(format!(
                "{}: several rows of {} as {} have {column} `{was}`",
                c.at,
                c.get("appointee"),
                c.get("position")
            )),
        }
    }
    errors
}

/// "Reagan admin" → "Reagan".
fn carried_from(date: &str) -> Option<&str> {
    date.strip_suffix(" admin").filter(|p| !p.is_empty())
}

/// Joins each row that starts "<Previous> admin" to the same appointee's row in that
/// administration ending "<This one> admin", until none is left.
fn join_carry_overs(spells: &mut Vec<Spell>) -> Result<(), String> {
    while let Some(later) = spells.iter().position(|s| carried_from(&s.start).is_some()) {
        let previous = carried_from(&spells[later].start).expect("found so");
        let candidates: Vec<usize> = (0..spells.len())
            .filter(|&i| i != later)
            .filter(|&i| {
                let e = &spells[i];
                (&e.position, &e.appointee) == (&spells[later].position, &spells[later].appointee)
                    && e.president.starts_with(previous)
                    && carried_from(&e.end).is_some_and(|next| spells[later].president.starts_with(next))
            })
            .collect();
        let [earlier] = candidates[..] else {
            let s = &spells[later];
            return Err(format!(
                "line {}: {} as {} starts \"{}\", and {} rows of the {previous} administration end in the {} one",
                s.lines[0],
                s.appointee,
                s.position,
                s.start,
                candidates.len(),
                s.president
            ));
        };
        let continuation = spells.remove(later);
        let earlier = if earlier > later { earlier - 1 } else { earlier };
        let e = &mut spells[earlier];
        e.end = continuation.end;
        e.president = format!("{} + {}", e.president, continuation.president);
        e.lines.extend(continuation.lines);
        e.corrected.extend(continuation.corrected);
    }
    match spells.iter().find(|s| carried_from(&s.end).is_some()) {
        Some(s) => Err(format!(
            "line {}: {} as {} ends \"{}\", and no row continues it",
            s.lines[0], s.appointee, s.position, s.end
        )),
        None => Ok(()),
    }
}

fn names_by_appointee(names: &[Row]) -> Result<BTreeMap<&str, &Row>, Vec<String>> {
    let mut out: BTreeMap<&str, &Row> = BTreeMap::new();
    let mut errors = Vec::new();
    for row in names {
        if let Some(first) = out.insert(row.get("appointee"), row) {
            errors.push(format!(
                "{}: `{}` is named at {} already",
                row.at,
                row.get("appointee"),
                first.at
            ));
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// A date as the file writes it (M/D/YY) or as a correction gives it (YYYY-MM-DD, YYYY-MM),
/// as YYYY-MM-DD. The file begins with Carter's cabinet, in 1977: two-digit years from 77 are
/// the 1900s, the others the 2000s, and none is after the data's known-until date.
fn day(s: &str, until: FactDate) -> Result<String, String> {
    if FactDate::parse(s).is_ok() {
        return Ok(s.to_string());
    }
    let bad = || format!("`{s}` is not a date (M/D/YY)");
    let parts: Vec<u32> = s
        .split('/')
        .map(|p| {
            if (1..=2).contains(&p.len()) {
                p.parse().ok()
            } else {
                None
            }
        })
        .collect::<Option<_>>()
        .ok_or_else(bad)?;
    let [month, day, yy] = parts[..] else { return Err(bad()) };
    if s.rsplit('/').next().is_none_or(|y| y.len() != 2) {
        return Err(bad());
    }
    let century = if yy >= 77 { 1900 } else { 2000 };
    let date = chrono::NaiveDate::from_ymd_opt(century + yy as i32, month, day).ok_or_else(bad)?;
    if date > until.latest() {
        return Err(format!("`{s}` is after the data's known-until date, {until}"));
    }
    Ok(date.format("%Y-%m-%d").to_string())
}

/// The last word of a name, with the lowercase particles before it ("de la Cruz"), without a
/// "Jr." or "III" after it.
fn surname(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut last = words.len().saturating_sub(1);
    while last > 0 && matches!(words[last], "Jr." | "Sr." | "II" | "III" | "IV") {
        last -= 1;
    }
    let mut first = last;
    while first > 1 && words[first - 1].starts_with(char::is_lowercase) {
        first -= 1;
    }
    words[first..=last].join(" ")
}

/// Where a term comes from: the file's lines, and what the build did to them.
fn provenance(spell: &Spell, cut_by: Option<&str>) -> String {
    let mut out = SOURCE.to_string();
    if spell.lines.len() > 1 {
        let more: Vec<String> = spell.lines[1..].iter().map(usize::to_string).collect();
        out.push_str(&format!("; continued at line {}", more.join(", ")));
    }
    for c in &spell.corrected {
        out.push_str("; ");
        out.push_str(c);
    }
    if let Some(cut) = cut_by {
        out.push_str("; the office on these dates by ");
        out.push_str(cut);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_m_d_yy_from_1977() {
        let until = FactDate::parse("2023-02-10").unwrap();
        assert_eq!(day("1/21/77", until).unwrap(), "1977-01-21");
        assert_eq!(day("12/31/05", until).unwrap(), "2005-12-31");
        assert_eq!(day("1981-08", until).unwrap(), "1981-08");
        assert!(day("Aug. 1981", until).is_err());
        assert!(day("2/30/21", until).is_err());
        assert!(
            day("1/20/25", until)
                .unwrap_err()
                .contains("after the data's known-until")
        );
    }

    #[test]
    fn surnames_keep_particles_and_drop_suffixes() {
        assert_eq!(surname("Joseph Wright Jr."), "Wright");
        assert_eq!(surname("James Burnley IV"), "Burnley");
        assert_eq!(surname("Ana de la Cruz"), "de la Cruz");
        assert_eq!(surname("Cher"), "Cher");
    }

    fn spell(line: usize, president: &str, appointee: &str, start: &str, end: &str) -> Spell {
        Spell {
            lines: vec![line],
            president: president.into(),
            position: "Attorney General".into(),
            appointee: appointee.into(),
            start: start.into(),
            end: end.into(),
            corrected: Vec::new(),
        }
    }

    #[test]
    fn a_holder_carried_over_into_the_next_administration_has_one_term() {
        let mut spells = vec![
            spell(92, "Reagan", "Dick Thornburgh", "8/12/88", "Bush admin"),
            spell(96, "Bush 41", "Ann Other", "1/20/89", "1/1/90"),
            spell(100, "Bush 41", "Dick Thornburgh", "Reagan admin", "8/15/91"),
        ];
        join_carry_overs(&mut spells).unwrap();
        assert_eq!(spells.len(), 2);
        assert_eq!(
            (spells[0].start.as_str(), spells[0].end.as_str()),
            ("8/12/88", "8/15/91")
        );
        assert_eq!(spells[0].lines, [92, 100]);
        let mut orphan = vec![spell(92, "Reagan", "Dick Thornburgh", "8/12/88", "Bush admin")];
        assert!(
            join_carry_overs(&mut orphan)
                .unwrap_err()
                .contains("no row continues it")
        );
    }

    #[test]
    fn a_correction_names_what_the_source_says() {
        let (_, rows) = read_table(
            "curated/t/corrections.csv",
            "position,appointee,column,was,value,source\n\
             Attorney General,Ann Other,end_date,Still in office,2025-01-20,Gazette\n\
             Attorney General,Ann Other,end_date,1/1/90,1990-01-02,Gazette\n",
        )
        .unwrap();
        let mut spells = vec![spell(96, "Biden", "Ann Other", "1/20/21", "Still in office")];
        let errors = correct(&mut spells, &rows);
        assert_eq!(spells[0].end, "2025-01-20");
        assert!(
            spells[0].corrected[0]
                .starts_with("end_date \"Still in office\" read as 2025-01-20 by curated/t/corrections.csv:2: Gazette")
        );
        assert_eq!(errors.len(), 1);
        assert!(errors[0].contains("has the source changed?"), "{errors:?}");
    }
}
