//! `rules import wikidata`: the results of a Wikidata query (SPARQL JSON or CSV, as the query
//! service downloads them) turned into rows of the row format (`knowledge/README.md`), which
//! `rules build` makes into a pack. People with no position are rows too: a people pack needs
//! only names, birth and death dates, and an occupation to tell namesakes apart.
//!
//! The query's variables, by name (any may be missing but `person`):
//! `person`, `personLabel`, `aliases` (`;` or `|` between them), `position`, `positionLabel`,
//! `start`, `end`, `startPrecision`, `endPrecision`, `born`, `bornPrecision`, `died`,
//! `diedPrecision`, `occupationLabel`. A date keeps its precision: 9 is a year, 10 a month,
//! 11 a day. Without a precision, a date is kept only as far as it cannot be Wikidata's
//! padding: `1950-01-01` is the year 1950, `1950-06-01` June 1950.

use std::collections::{BTreeMap, HashMap};

/// The row format's columns (DECISIONS: `rules import csv` and `wikidata` both write it).
const COLUMNS: &str = "person,name,aliases,office,country,title,from,to,precision,born,died,occupation,wikidata,source";

/// One result row: variable → value (a URI, a literal, a date).
type Binding = HashMap<String, String>;

/// Where a position's terms go: `--office Q11696=us-president`.
pub type Offices = BTreeMap<String, String>;

/// Reads the results in `text` (from `path`: `.json` or `.csv`) and writes rows.
pub fn import(path: &str, text: &str, offices: &Offices) -> Result<String, String> {
    let bindings = if path.ends_with(".csv") {
        csv_results(text).map_err(|e| format!("{path}: {e}"))?
    } else {
        json_results(text).map_err(|e| format!("{path}: {e}"))?
    };
    let source = path.rsplit('/').next().unwrap_or(path);
    rows(&bindings, offices, source).map_err(|e| format!("{path}: {e}"))
}

/// The SPARQL 1.1 JSON results format: `{"head": {"vars": …}, "results": {"bindings": […]}}`.
fn json_results(text: &str) -> Result<Vec<Binding>, String> {
    let doc: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not SPARQL JSON results: {e}"))?;
    let bindings = doc["results"]["bindings"]
        .as_array()
        .ok_or("not SPARQL JSON results: no results.bindings")?;
    Ok(bindings
        .iter()
        .map(|b| {
            b.as_object()
                .into_iter()
                .flatten()
                .filter_map(|(var, cell)| Some((var.clone(), cell["value"].as_str()?.to_string())))
                .collect()
        })
        .collect())
}

/// The SPARQL 1.1 CSV results format: a header of variables, then values.
fn csv_results(text: &str) -> Result<Vec<Binding>, String> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let vars: Vec<String> = reader
        .headers()
        .map_err(|e| e.to_string())?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_string())
        .collect();
    reader
        .records()
        .enumerate()
        .map(|(i, r)| {
            let r = r.map_err(|e| format!("row {}: {e}", i + 2))?;
            Ok(vars
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .filter(|(_, v)| !v.is_empty())
                .collect())
        })
        .collect()
}

/// `http://www.wikidata.org/entity/Q76` → `Q76`.
fn item(value: &str) -> Option<&str> {
    let id = value.rsplit('/').next()?;
    (id.starts_with('Q') && id.len() > 1 && id[1..].bytes().all(|b| b.is_ascii_digit())).then_some(id)
}

/// A Wikidata time as a row date, to the precision given or, without one, as far as it
/// cannot be padding. `None` for a time the row format cannot hold (before year 1).
fn date(value: &str, precision: Option<&str>) -> Result<Option<String>, String> {
    let bad = || format!("`{value}` is not a Wikidata time");
    let day = value.trim_start_matches('+').get(..10).ok_or_else(bad)?;
    if value.starts_with('-') {
        return Ok(None);
    }
    let (y, m, d) = (
        day.get(..4).ok_or_else(bad)?,
        day.get(5..7).ok_or_else(bad)?,
        day.get(8..10).ok_or_else(bad)?,
    );
    let precision = match precision {
        Some(p) => p
            .parse::<u8>()
            .map_err(|_| format!("`{p}` is not a Wikidata precision"))?,
        None if m == "01" && d == "01" => 9,
        None if d == "01" => 10,
        None => 11,
    };
    let written = match precision {
        0..=8 => return Ok(None), // decades and centuries say nothing of a term
        9 => y.to_string(),
        10 => format!("{y}-{m}"),
        _ => day.to_string(),
    };
    crate::rules::FactDate::parse(&written).map_err(|e| format!("`{value}`: {e}"))?;
    Ok(Some(written))
}

/// The precision column of a term row: the coarser of its two dates.
fn precision_of(from: &str, to: Option<&str>) -> &'static str {
    let level = |d: &str| d.matches('-').count();
    match to.map_or(level(from), |t| level(from).min(level(t))) {
        0 => "year",
        1 => "month",
        _ => "day",
    }
}

fn rows(bindings: &[Binding], offices: &Offices, source: &str) -> Result<String, String> {
    let ids = person_ids(bindings);
    let mut unmapped: BTreeMap<String, String> = BTreeMap::new();
    let mut rows: Vec<[String; 14]> = Vec::new();
    for b in bindings {
        let get = |var: &str| b.get(var).map(String::as_str).filter(|v| !v.is_empty());
        let Some(qid) = get("person").and_then(item) else {
            return Err(format!("a result without a `person` item: {b:?}"));
        };
        let name = get("personLabel").unwrap_or(qid);
        let aliases: Vec<&str> = get("aliases")
            .map(|a| {
                a.split([';', '|'])
                    .map(str::trim)
                    .filter(|a| !a.is_empty() && *a != name)
                    .collect()
            })
            .unwrap_or_default();
        let dated = |var: &str| date(get(var).unwrap_or_default(), get(&format!("{var}Precision")));
        let born = get("born").map(|_| dated("born")).transpose()?.flatten();
        let died = get("died").map(|_| dated("died")).transpose()?.flatten();
        let mut term = (String::new(), String::new(), String::new(), String::new());
        if let Some(position) = get("position").and_then(item) {
            let Some(office) = offices.get(position) else {
                unmapped.insert(
                    position.to_string(),
                    get("positionLabel").unwrap_or(position).to_string(),
                );
                continue;
            };
            let Some(from) = get("start").map(|_| dated("start")).transpose()?.flatten() else {
                continue; // a term with no start says nothing a check can use
            };
            let to = get("end").map(|_| dated("end")).transpose()?.flatten();
            let precision = precision_of(&from, to.as_deref());
            term = (office.clone(), from, to.unwrap_or_default(), precision.to_string());
        }
        rows.push([
            ids[qid].clone(),
            name.to_string(),
            aliases.join(";"),
            term.0,
            String::new(),
            String::new(),
            term.1,
            term.2,
            term.3,
            born.unwrap_or_default(),
            died.unwrap_or_default(),
            get("occupationLabel").unwrap_or_default().to_string(),
            qid.to_string(),
            format!("Wikidata {qid} ({source})"),
        ]);
    }
    if !unmapped.is_empty() {
        let list: Vec<String> = unmapped.iter().map(|(q, l)| format!("{q} ({l})")).collect();
        return Err(format!(
            "positions with no office: {}; name each with --office QID=OFFICE-ID",
            list.join(", ")
        ));
    }
    // Rows sorted and unique: the same query gives the same file.
    rows.sort();
    rows.dedup();
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let write = |e: csv::Error| e.to_string();
    out.write_record(COLUMNS.split(',')).map_err(write)?;
    for row in &rows {
        out.write_record(row).map_err(write)?;
    }
    let bytes = out.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// A row id per person: the name's slug, with the item's id where two people share it.
fn person_ids(bindings: &[Binding]) -> HashMap<String, String> {
    let mut by_slug: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut named: HashMap<String, String> = HashMap::new();
    for b in bindings {
        let Some(qid) = b.get("person").and_then(|p| item(p)) else {
            continue;
        };
        let name = b.get("personLabel").map_or(qid, String::as_str);
        if named.insert(qid.to_string(), name.to_string()).is_none() {
            by_slug
                .entry(super::adapters::slug(name))
                .or_default()
                .push(qid.to_string());
        }
    }
    let mut ids = HashMap::new();
    for (slug, qids) in by_slug {
        for qid in &qids {
            let id = if qids.len() == 1 {
                slug.clone()
            } else {
                format!("{slug}-{}", qid.to_lowercase())
            };
            ids.insert(qid.clone(), id);
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = r#"{"head": {"vars": ["person", "personLabel", "position", "start", "startPrecision", "end", "endPrecision", "born", "bornPrecision"]},
      "results": {"bindings": [
        {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q100"},
         "personLabel": {"type": "literal", "value": "Ann Example"},
         "position": {"type": "uri", "value": "http://www.wikidata.org/entity/Q200"},
         "start": {"type": "literal", "datatype": "http://www.w3.org/2001/XMLSchema#dateTime", "value": "2016-01-01T00:00:00Z"},
         "startPrecision": {"type": "literal", "value": "9"},
         "end": {"type": "literal", "value": "2020-05-01T00:00:00Z"},
         "endPrecision": {"type": "literal", "value": "11"},
         "born": {"type": "literal", "value": "1960-02-01T00:00:00Z"},
         "bornPrecision": {"type": "literal", "value": "10"}},
        {"person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q101"},
         "personLabel": {"type": "literal", "value": "Ann Example"},
         "born": {"type": "literal", "value": "1931-04-05T00:00:00Z"}}
      ]}}"#;

    fn offices() -> Offices {
        [("Q200".to_string(), "tv-mayor".to_string())].into()
    }

    #[test]
    fn results_become_rows_with_their_precision() {
        let out = import("mayors.json", JSON, &offices()).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], COLUMNS);
        assert_eq!(
            lines[1],
            "ann-example-q100,Ann Example,,tv-mayor,,,2016,2020-05-01,year,1960-02,,,Q100,Wikidata Q100 (mayors.json)"
        );
        // Someone with no position is a person row: born, and the id that tells the two apart.
        assert_eq!(
            lines[2],
            "ann-example-q101,Ann Example,,,,,,,,1931-04-05,,,Q101,Wikidata Q101 (mayors.json)"
        );
    }

    #[test]
    fn csv_results_and_dates_without_precision() {
        let text = "person,personLabel,aliases,born,died,occupationLabel\n\
                    http://www.wikidata.org/entity/Q7,Jo Singer,J. Singer|Jo S.,1950-01-01T00:00:00Z,2020-06-13T00:00:00Z,singer\n";
        let out = import("people.csv", text, &Offices::new()).unwrap();
        assert!(
            out.ends_with(
                "\njo-singer,Jo Singer,J. Singer;Jo S.,,,,,,,1950,2020-06-13,singer,Q7,Wikidata Q7 (people.csv)\n"
            ),
            "{out}"
        );
    }

    #[test]
    fn unmapped_positions_and_bad_input_are_errors() {
        let e = import("mayors.json", JSON, &Offices::new()).unwrap_err();
        assert!(e.contains("positions with no office: Q200 (Q200)"), "{e}");
        assert!(
            import("x.json", "[]", &Offices::new())
                .unwrap_err()
                .starts_with("x.json: not SPARQL JSON results")
        );
        let bad = "person,born\nhttp://www.wikidata.org/entity/Q7,yesterday\n";
        assert!(
            import("x.csv", bad, &Offices::new())
                .unwrap_err()
                .contains("not a Wikidata time")
        );
    }
}
