//! UK Parliament's `regnal_years` reference data (`sources/uk-monarchs-parliaments/`): the
//! monarchs (`monarchs.csv`: `id, title, abbreviation, wikidata_id, date_of_birth,
//! date_of_death`) and their reigns in each kingdom (`reigns.csv`, beside it: `monarch_id,
//! reign_id, start_on, end_on, kingdom_id`). Neither file has a header.
//!
//! How the files are read:
//! - a reign is a term in the office the positions table gives its kingdom (`position` is the
//!   kingdom's id); a kingdom left out there gives no terms (Great Britain and Ireland before
//!   the Union of 1801: the same people, before the office the pack names);
//! - a monarch is named by their regnal name with its number, as the file's `title` writes it
//!   ("Charles III"), the title before it being the office's ("King"); the names table may add
//!   aliases (the name without its number, which copy writes of a recent monarch: "King
//!   Charles"; of George III to VI it would be any of four);
//! - a reign with no `end_on` is still running when the data ends.

use super::read::{Given, POSITION_COLUMNS, Positions, aliases_besides, slug, unmatched};
use crate::rules::FactDate;
use crate::rules::rows::{Row, list};
use std::collections::HashSet;

/// A names table: the file's `monarch` (its `title`) → the usual `name` and extra `aliases`.
const NAME_COLUMNS: &[&str] = &["monarch", "name", "aliases", "source"];
const MONARCH_COLUMNS: &[&str] = &[
    "id",
    "title",
    "abbreviation",
    "wikidata_id",
    "date_of_birth",
    "date_of_death",
];
const REIGN_COLUMNS: &[&str] = &["monarch_id", "reign_id", "start_on", "end_on", "kingdom_id"];
/// The reigns file, beside the monarchs file the manifest names.
const REIGNS_FILE: &str = "reigns.csv";
const SOURCE: &str = "UK Parliament regnal_years reference data";

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let one = |e: String| vec![e];
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(one)?)?;
    let names = given.tables.take(NAME_COLUMNS).map_err(one)?;
    let mut errors = given.tables.untaken("regnal-years", &[POSITION_COLUMNS, NAME_COLUMNS]);

    let monarchs = headless(given.path, given.text, MONARCH_COLUMNS)?;
    let reigns_path = match given.path.rsplit_once('/') {
        Some((folder, _)) => format!("{folder}/{REIGNS_FILE}"),
        None => REIGNS_FILE.to_string(),
    };
    let reigns_text = std::fs::read_to_string(given.knowledge.join(&reigns_path))
        .map_err(|e| vec![format!("{reigns_path} (read beside {}): {e}", given.path)])?;
    let reigns = headless(&reigns_path, &reigns_text, REIGN_COLUMNS)?;

    let mut used_names = HashSet::new();
    let mut out = Vec::new();
    for monarch in &monarchs {
        let title = monarch.get("title");
        let listed = names.iter().find(|r| r.get("monarch") == title);
        let name = listed.map_or(title, |r| r.get("name")).to_string();
        let extra = listed.map(|r| list(r.get("aliases"))).unwrap_or_default();
        if listed.is_some() {
            used_names.insert(title);
        }
        let person = slug(&name);
        let aliases = aliases_besides(&name, extra);
        out.push(
            Row::new(monarch.at.clone())
                .with("person", person.clone())
                .with("name", name.clone())
                .with("aliases", aliases.join(";"))
                .with("born", monarch.get("date_of_birth"))
                .with("died", monarch.get("date_of_death"))
                .with("wikidata", monarch.get("wikidata_id"))
                .with("source", SOURCE),
        );
        for reign in reigns.iter().filter(|r| r.get("monarch_id") == monarch.get("id")) {
            match reign_rows(reign, &person, &mut positions) {
                Ok(mut rows) => out.append(&mut rows),
                Err(e) => errors.push(format!("{}: {title}: {e}", reign.at)),
            }
        }
    }
    errors.extend(unmatched(
        &names,
        "monarch",
        |m| used_names.contains(m),
        |m| format!("no monarch of {} is `{m}`", given.path),
    ));
    errors.extend(positions.unused());
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// A reign as terms, in the office its kingdom is (none if the kingdom is left out).
fn reign_rows(reign: &Row, person: &str, positions: &mut Positions) -> Result<Vec<Row>, String> {
    let kingdom = reign.get("kingdom_id");
    if positions.left_out(kingdom) {
        return Ok(Vec::new());
    }
    let from = day(reign.get("start_on"))?;
    let to = reign.get("end_on");
    let to = (!to.is_empty()).then(|| day(to)).transpose()?;
    let pieces = positions.place(kingdom, from, to)?;
    Ok(pieces
        .into_iter()
        .map(|piece| piece.into_row(&reign.at, person, SOURCE))
        .collect())
}

fn day(written: &str) -> Result<&str, String> {
    match FactDate::parse(written) {
        Ok(d) if d.day.is_some() => Ok(written),
        _ => Err(format!("`{written}` is not a day YYYY-MM-DD")),
    }
}

/// The rows of a file without a header, as rows of the named columns, each placed at its line.
fn headless(path: &str, text: &str, columns: &[&str]) -> Result<Vec<Row>, Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for (i, record) in reader.records().enumerate() {
        match record {
            Ok(record) if record.len() == columns.len() => {
                let mut row = Row::new(format!("{path}:{}", i + 1));
                for (column, value) in columns.iter().zip(record.iter()) {
                    row = row.with(column, value);
                }
                rows.push(row);
            }
            Ok(record) => errors.push(format!(
                "{path}:{}: {} fields, not the {} of {}",
                i + 1,
                record.len(),
                columns.len(),
                columns.join(", ")
            )),
            Err(e) => errors.push(format!("{path}: {e}")),
        }
    }
    if errors.is_empty() { Ok(rows) } else { Err(errors) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::adapters::read::Tables;

    const MONARCHS: &str = "2,Ann II,Ann. 2,Q2,1900-01-02,\n1,Bert,Bert.,Q1,1850-03-04,1920-05-06";
    const REIGNS: &str = "2,3,1920-05-06,,5\n1,2,1880-01-01,1920-05-06,5\n1,1,1870-01-01,1880-01-01,4";
    const POSITIONS: &str =
        "position,office,from,to,source\n5,realm-monarch,,,the realm\n4,,,,an older realm: left out\n";

    fn read(names: &str) -> Result<Vec<Row>, Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sources/regnal");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("reigns.csv"), REIGNS).unwrap();
        let names = format!("monarch,name,aliases,source\n{names}");
        let tables = Tables::for_test(&[("curated/m/positions.csv", POSITIONS), ("curated/m/names.csv", &names)]);
        rows(Given {
            with: Vec::new(),
            knowledge: dir.path(),
            path: "sources/regnal/monarchs.csv",
            text: MONARCHS,
            tables,
        })
    }

    #[test]
    fn reigns_are_terms_in_the_office_of_their_kingdom() {
        let rows = read("Ann II,Ann II,Ann,her coronation\n").unwrap();
        let shown: Vec<String> = rows
            .iter()
            .map(|r| {
                format!(
                    "{} {} [{}] {}..{} b.{} d.{}",
                    r.get("person"),
                    r.get("office"),
                    r.get("aliases"),
                    r.get("from"),
                    r.get("to"),
                    r.get("born"),
                    r.get("died")
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                "ann-ii  [Ann] .. b.1900-01-02 d.",
                "ann-ii realm-monarch [] 1920-05-06.. b. d.",
                "bert  [] .. b.1850-03-04 d.1920-05-06",
                "bert realm-monarch [] 1880-01-01..1920-05-06 b. d.",
            ]
        );
        assert_eq!(rows[1].at, "sources/regnal/reigns.csv:1");
    }

    #[test]
    fn a_names_row_for_no_monarch_is_an_error() {
        let errors = read("Cuthbert IV,Cuthbert IV,,nobody\n").unwrap_err();
        assert!(
            errors[0].contains("no monarch of sources/regnal/monarchs.csv is `Cuthbert IV`"),
            "{errors:?}"
        );
    }
}
