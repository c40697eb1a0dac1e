//! Adapters: the logic of reading one public source, so that a curated row can cite a row of it
//! and take its dates from there instead of copying them:
//!
//! ```text
//! margaret-thatcher,,,uk-prime-minister,,,,,,,,,,sources/archigos-4.1/archigos_4.1_leader_spells.csv row 1022 (UKG Thatcher 1979-05-04..1990-11-28),
//! ```
//!
//! The row's empty `from` and `to` become the spell's dates. The words in brackets are what the
//! source says on that row, checked at every build, so a wrong row number fails loudly instead of
//! giving someone else's dates. An adapter knows a source's columns and conventions (how a missing
//! value is written, how a spell still running when the data ends is marked); it holds no fact:
//! which rows make whose terms is written in the curated rows, with their sources.

mod archigos;
mod parlparse_uk_posts;

use super::FactDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The adapters a manifest can name for a source file (`adapters: {PATH: NAME}`).
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Adapter {
    Archigos,
    ParlparseUkPosts,
}

impl Adapter {
    fn columns(self) -> &'static [&'static str] {
        match self {
            Adapter::Archigos => archigos::COLUMNS,
            Adapter::ParlparseUkPosts => parlparse_uk_posts::COLUMNS,
        }
    }

    /// The record the cited rows make, and the words that describe them (what a citation of
    /// them must say in brackets).
    fn record(self, rows: &[Row], known_until: &str) -> Result<(Record, String), String> {
        match self {
            Adapter::Archigos => archigos::record(rows, known_until),
            Adapter::ParlparseUkPosts => parlparse_uk_posts::record(rows, known_until),
        }
    }
}

/// What a source says on the rows a curated row cites.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Record {
    pub from: String,
    pub to: End,
    pub born: Option<String>,
    pub died: Option<String>,
    /// The post as the source names it ("Prime Minister"): a title of the row's office.
    pub title: Option<String>,
}

/// How a cited record ends.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum End {
    On(String),
    /// Still running on the last day the source describes: when it ended is not the source's to
    /// say, so the row must (a date, or `open`).
    Running {
        known_until: String,
    },
}

/// The source files a pack's rows may cite, each read by its adapter.
#[derive(Default)]
pub(super) struct Sources {
    files: Vec<SourceFile>,
}

struct SourceFile {
    /// As rows cite it: `sources/archigos-4.1/archigos_4.1_leader_spells.csv`.
    path: String,
    adapter: Adapter,
    table: Table,
    /// From the source's SOURCE.md: the last day it describes.
    known_until: String,
}

impl Sources {
    /// Reads the files a manifest's `adapters:` names (paths relative to `knowledge/`), each
    /// under `sources/NAME/` with a SOURCE.md that says `Known until: YYYY-MM-DD`.
    pub(super) fn read(knowledge: &Path, adapters: &BTreeMap<String, Adapter>) -> Result<Sources, Vec<String>> {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        for (path, &adapter) in adapters {
            match SourceFile::read(knowledge, path, adapter) {
                Ok(file) => files.push(file),
                Err(e) => errors.push(format!("`{path}`: {e}")),
            }
        }
        if errors.is_empty() {
            Ok(Sources { files })
        } else {
            Err(errors)
        }
    }

    /// The record a citation opens with (`PATH row N (…)` or `PATH rows N, M (…)`), or nothing
    /// when the citation names no row of a file read here (a publication, a web page).
    pub(super) fn record(&self, citation: &str) -> Option<Result<Record, String>> {
        let file = self.files.iter().find(|f| {
            citation
                .strip_prefix(f.path.as_str())
                .is_some_and(|rest| rest.starts_with(" row"))
        })?;
        Some(file.record(citation))
    }
}

impl SourceFile {
    fn read(knowledge: &Path, path: &str, adapter: Adapter) -> Result<SourceFile, String> {
        let folder = super::knowledge::source_folder(path)
            .filter(|_| path.contains('/'))
            .ok_or("a file an adapter reads is under sources/NAME/")?;
        let about = knowledge.join("sources").join(folder).join("SOURCE.md");
        let about = std::fs::read_to_string(&about)
            .map_err(|e| format!("sources/{folder}/SOURCE.md (origin, licence, cut, caveats): {e}"))?;
        let known_until = known_until(&about).ok_or_else(|| {
            format!("sources/{folder}/SOURCE.md must say `Known until: YYYY-MM-DD`, the last day the source describes")
        })?;
        let text = std::fs::read_to_string(knowledge.join(path)).map_err(|e| format!("cannot read: {e}"))?;
        let table = Table::read(&text)?;
        if let Some(missing) = adapter.columns().iter().find(|c| !table.header.iter().any(|h| h == *c)) {
            return Err(format!("has no column `{missing}`, which the adapter reads"));
        }
        Ok(SourceFile {
            path: path.to_string(),
            adapter,
            table,
            known_until,
        })
    }

    fn record(&self, citation: &str) -> Result<Record, String> {
        let rest = &citation[self.path.len()..];
        let numbers = rest
            .strip_prefix(" rows ")
            .or_else(|| rest.strip_prefix(" row "))
            .ok_or_else(|| format!("a citation of {} goes on `row N (…)` or `rows N, M (…)`", self.path))?;
        let list = numbers.split(" (").next().unwrap_or_default();
        let numbers: Vec<usize> = list
            .split(',')
            .map(|n| n.trim().parse())
            .collect::<Result<_, _>>()
            .map_err(|_| format!("`{list}` is not a row number or a list of them (`rows 10, 11`)"))?;
        let rows = numbers
            .iter()
            .map(|&n| self.table.row(n))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| format!("{}: {e}", self.path))?;
        let (record, description) = self
            .adapter
            .record(&rows, &self.known_until)
            .map_err(|e| format!("{}: {e}", self.path))?;
        let word = if numbers.len() == 1 { "row" } else { "rows" };
        let shown: Vec<String> = numbers.iter().map(usize::to_string).collect();
        let expected = format!("{} {word} {} ({description})", self.path, shown.join(", "));
        if !citation.starts_with(&expected) {
            return Err(format!(
                "the citation must read `{expected}`: what the source says on the row it names"
            ));
        }
        Ok(record)
    }
}

/// `Known until: 2015-12-31` (any case, anywhere on a line of SOURCE.md).
fn known_until(about: &str) -> Option<String> {
    const KEY: &str = "known until:";
    about.lines().find_map(|line| {
        // ASCII lowercasing keeps byte offsets, so the match indexes the line itself.
        let at = line.to_ascii_lowercase().find(KEY)?;
        let date: String = line[at + KEY.len()..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '-')
            .collect();
        FactDate::parse(&date).ok().map(|_| date)
    })
}

/// A source's CSV table: its header and its records by row number, numbered as a spreadsheet
/// shows them (the header is row 1), so a researcher finds row 1022 where the citation says.
struct Table {
    header: Vec<String>,
    rows: BTreeMap<usize, csv::StringRecord>,
}

impl Table {
    fn read(text: &str) -> Result<Table, String> {
        let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let header = reader
            .headers()
            .map_err(|e| e.to_string())?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').to_string())
            .collect();
        let mut rows = BTreeMap::new();
        for (i, record) in reader.records().enumerate() {
            rows.insert(i + 2, record.map_err(|e| e.to_string())?);
        }
        // A value holding a line break, or a blank line, would make row numbers and line
        // numbers disagree.
        if text.lines().count() != rows.len() + 1 {
            return Err("the table is not one row a line (a value holds a line break, or a line is blank)".to_string());
        }
        Ok(Table { header, rows })
    }

    fn row(&self, number: usize) -> Result<Row<'_>, String> {
        let record = self.rows.get(&number).ok_or_else(|| {
            let last = self.rows.keys().next_back().copied().unwrap_or(1);
            format!("there is no row {number} (the rows are 2 to {last}; row 1 is the header)")
        })?;
        Ok(Row {
            number,
            header: &self.header,
            record,
        })
    }
}

/// One row of a source table.
struct Row<'a> {
    number: usize,
    header: &'a [String],
    record: &'a csv::StringRecord,
}

impl Row<'_> {
    fn get(&self, column: &str) -> &str {
        self.header
            .iter()
            .position(|h| h == column)
            .and_then(|i| self.record.get(i))
            .unwrap_or("")
    }

    /// A date the row must hold in `column`.
    fn date(&self, column: &str) -> Result<String, String> {
        let value = self.get(column);
        FactDate::parse(value)
            .map(|_| value.to_string())
            .map_err(|e| format!("row {}, `{column}`: {e}", self.number))
    }
}

/// The date a row gives in a column (`from`, `to`), settled against the record it cites: an
/// empty cell takes the record's; a written one stands where it agrees with the record or makes
/// it more precise, and otherwise only with a reason in `note` (a correction of the source).
pub(super) fn settle(column: &str, written: &str, sourced: &str, noted: bool) -> Result<String, String> {
    if written.is_empty() || written == sourced || noted || refines(written, sourced) {
        return Ok(if written.is_empty() { sourced } else { written }.to_string());
    }
    Err(needs_reason(column, written, sourced))
}

/// `to` settled against how the cited record ends: `None` for a term still running (`open`).
pub(super) fn settle_end(written: &str, end: &End, noted: bool) -> Result<Option<String>, String> {
    match (written, end) {
        ("open", End::Running { .. }) => Ok(None),
        ("open", End::On(_)) if noted => Ok(None),
        ("open", End::On(sourced)) => Err(needs_reason("to", written, sourced)),
        ("", End::Running { known_until }) => Err(format!(
            "the record cited is still running when the source ends ({known_until}): write when the term ended in `to`, or `open`"
        )),
        (_, End::On(sourced)) => settle("to", written, sourced, noted).map(Some),
        (_, End::Running { known_until }) => {
            // The source says only that the term lasted at least until it ends.
            let ends_before = FactDate::parse(written)?.latest() < FactDate::parse(known_until)?.earliest();
            if ends_before && !noted {
                return Err(needs_reason("to", written, &format!("still running on {known_until}")));
            }
            Ok(Some(written.to_string()))
        }
    }
}

fn needs_reason(column: &str, written: &str, sourced: &str) -> String {
    format!(
        "`{column}` is {written} here but the record cited says {sourced}: if the source is wrong, say why in `note`"
    )
}

/// Is `narrow` a more precise form of `wide` (`1924-03-03` of `1924`)?
pub(super) fn refines(narrow: &str, wide: &str) -> bool {
    match (FactDate::parse(narrow), FactDate::parse(wide)) {
        (Ok(n), Ok(w)) => w.earliest() <= n.earliest() && n.latest() <= w.latest(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARCHIGOS: &str = "obsid,idacr,leader,startdate,enddate,yrborn,yrdied,borndate,deathdate\n\
        UKG-1979,UKG,Thatcher,1979-05-04,1990-11-28,1925,2013,1925-10-13,NA\n\
        UKG-2010,UKG,Cameron,2010-05-11,2015-12-31,1966,-777,NA,NA\n";

    fn sources() -> Sources {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sources/archigos");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join("SOURCE.md"),
            "# Archigos\n- Known until: 2015-12-31 (censored)\n",
        )
        .unwrap();
        std::fs::write(folder.join("spells.csv"), ARCHIGOS).unwrap();
        let adapters = BTreeMap::from([("sources/archigos/spells.csv".to_string(), Adapter::Archigos)]);
        Sources::read(dir.path(), &adapters).unwrap()
    }

    #[test]
    fn a_cited_row_gives_its_dates_and_must_be_described_as_it_is() {
        let sources = sources();
        let record = sources
            .record("sources/archigos/spells.csv row 2 (UKG Thatcher 1979-05-04..1990-11-28); Wikipedia")
            .unwrap()
            .unwrap();
        assert_eq!(
            record,
            Record {
                from: "1979-05-04".into(),
                to: End::On("1990-11-28".into()),
                born: Some("1925-10-13".into()),
                died: Some("2013".into()),
                title: None,
            }
        );
        let running = sources.record("sources/archigos/spells.csv row 3 (UKG Cameron 2010-05-11..2015-12-31)");
        assert_eq!(
            running.unwrap().unwrap().to,
            End::Running {
                known_until: "2015-12-31".into()
            }
        );
        // A wrong row number is caught by the words that describe the row.
        let wrong = sources.record("sources/archigos/spells.csv row 3 (UKG Thatcher 1979-05-04..1990-11-28)");
        let e = wrong.unwrap().unwrap_err();
        assert!(
            e.contains("must read `sources/archigos/spells.csv row 3 (UKG Cameron 2010-05-11..2015-12-31)`"),
            "{e}"
        );
        let e = sources
            .record("sources/archigos/spells.csv row 9 (x)")
            .unwrap()
            .unwrap_err();
        assert!(e.contains("there is no row 9 (the rows are 2 to 3"), "{e}");
        // A citation that names no row is a plain citation.
        assert!(sources.record("sources/archigos/spells.csv, read in 2026").is_none());
        assert!(sources.record("Wikipedia: Margaret Thatcher").is_none());
    }

    #[test]
    fn a_written_date_corrects_the_source_only_with_a_reason() {
        assert_eq!(settle("from", "", "1979-05-04", false).unwrap(), "1979-05-04");
        assert_eq!(settle("from", "1979-05-04", "1979", false).unwrap(), "1979-05-04");
        let e = settle("to", "1981-06-28", "1981-05-26", false).unwrap_err();
        assert!(
            e.starts_with("`to` is 1981-06-28 here but the record cited says 1981-05-26"),
            "{e}"
        );
        assert_eq!(settle("to", "1981-06-28", "1981-05-26", true).unwrap(), "1981-06-28");
        let running = End::Running {
            known_until: "2015-12-31".into(),
        };
        assert!(
            settle_end("", &running, false)
                .unwrap_err()
                .contains("write when the term ended")
        );
        assert_eq!(settle_end("open", &running, false).unwrap(), None);
        assert_eq!(
            settle_end("2016-07-13", &running, false).unwrap().as_deref(),
            Some("2016-07-13")
        );
        assert!(settle_end("2014-08-28", &running, false).is_err());
        assert!(settle_end("open", &End::On("1990-11-28".into()), false).is_err());
    }

    #[test]
    fn known_until_is_read_from_source_md() {
        assert_eq!(
            known_until("x\n- Known until: 2020-10-21 (the last commit)\n").as_deref(),
            Some("2020-10-21")
        );
        assert_eq!(known_until("- known until: 2015-12-31.").as_deref(), Some("2015-12-31"));
        assert_eq!(known_until("- Known until: soon"), None);
    }
}
