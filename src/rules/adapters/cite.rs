//! Sources whose rows curated rows cite (a source of a manifest's `read:` whose adapter reads a
//! cited row), so that a row takes its dates from the source instead of copying them:
//!
//! ```text
//! margaret-thatcher,,,uk-prime-minister,,,,,,,,,,sources/archigos-4.1/archigos_4.1_leader_spells.csv row 1022 (UKG Thatcher 1979-05-04..1990-11-28),
//! ```
//!
//! The row's empty `from` and `to` become the spell's dates. The words in brackets are what the
//! source says on that row, checked at every build, so a wrong row number fails loudly instead of
//! giving someone else's dates. Which rows make whose terms is written in the curated rows, with
//! their sources; the adapter only reads what the cited rows say.

use super::Adapter;
use crate::rules::FactDate;
use crate::rules::rows::{self, Row, refines};
use std::path::Path;

impl Adapter {
    /// The columns the adapter reads of a cited row; none for an adapter that only reads a
    /// whole source.
    fn cited_columns(self) -> Option<&'static [&'static str]> {
        match self {
            Adapter::FjcJustices
            | Adapter::RegnalYears
            | Adapter::KaplanGovernors
            | Adapter::ReignHeads
            | Adapter::OpenstatesExecutives
            | Adapter::ParlgovPresidents => None,
            Adapter::Archigos => Some(super::archigos::CITED_COLUMNS),
            Adapter::ParlparseUkPosts => Some(super::parlparse_uk_posts::CITED_COLUMNS),
            Adapter::ExecutiveYaml | Adapter::CabinetTurnover | Adapter::IfgMinisters => None,
        }
    }

    /// The record the cited rows make, and the words that describe them (what a citation of
    /// them must say in brackets).
    fn record(self, rows: &[SourceRow], known_until: &str) -> Result<(Record, String), String> {
        match self {
            Adapter::FjcJustices
            | Adapter::RegnalYears
            | Adapter::KaplanGovernors
            | Adapter::ReignHeads
            | Adapter::OpenstatesExecutives
            | Adapter::ParlgovPresidents => {
                unreachable!("not read by Cited::read")
            }
            Adapter::Archigos => super::archigos::record(rows, known_until),
            Adapter::ParlparseUkPosts => super::parlparse_uk_posts::record(rows, known_until),
            Adapter::ExecutiveYaml | Adapter::CabinetTurnover | Adapter::IfgMinisters => {
                unreachable!("not read by Cited::read")
            }
        }
    }
}

/// What a source says on the rows a curated row cites.
#[derive(Debug, PartialEq, Eq)]
pub(in crate::rules) struct Record {
    pub from: String,
    pub to: End,
    pub born: Option<String>,
    pub died: Option<String>,
    /// The post as the source names it ("Prime Minister"): a title of the row's office.
    pub title: Option<String>,
}

/// How a cited record ends.
#[derive(Debug, PartialEq, Eq)]
pub(in crate::rules) enum End {
    On(String),
    /// Still running on the last day the source describes: when it ended is not the source's to
    /// say, so the row must (a date, or `open`).
    Running {
        known_until: String,
    },
}

/// The source files a pack's rows may cite, each read by its adapter.
#[derive(Default)]
pub(in crate::rules) struct Cited {
    files: Vec<SourceFile>,
}

struct SourceFile {
    /// As rows cite it: `sources/archigos-4.1/archigos_4.1_leader_spells.csv`.
    path: String,
    adapter: Adapter,
    /// The source's rows, row N (as a spreadsheet numbers them: the header is row 1) at N - 2.
    rows: Vec<Row>,
    /// From the source's SOURCE.md: the last day it describes.
    known_until: String,
}

impl Cited {
    /// The sources of a manifest's `read:` (`(path, text)`, the path relative to `knowledge/`,
    /// each under `sources/NAME/` with a SOURCE.md that says `Known until: YYYY-MM-DD`) whose
    /// adapter reads a cited row; the others are read only whole.
    pub(in crate::rules) fn read(knowledge: &Path, sources: &[(Adapter, &str, &str)]) -> Result<Cited, Vec<String>> {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        for &(adapter, path, text) in sources {
            let Some(columns) = adapter.cited_columns() else {
                continue;
            };
            match SourceFile::read(knowledge, path, text, adapter, columns) {
                Ok(file) => files.push(file),
                Err(e) => errors.push(format!("`{path}`: {e}")),
            }
        }
        if errors.is_empty() {
            Ok(Cited { files })
        } else {
            Err(errors)
        }
    }

    /// The record a citation opens with (`PATH row N (…)` or `PATH rows N, M (…)`), or nothing
    /// when the citation names no row of a file read here (a publication, a web page).
    pub(in crate::rules) fn record(&self, citation: &str) -> Option<Result<Record, String>> {
        let file = self.files.iter().find(|f| {
            citation
                .strip_prefix(f.path.as_str())
                .is_some_and(|rest| rest.starts_with(" row"))
        })?;
        Some(file.record(citation))
    }
}

impl SourceFile {
    fn read(
        knowledge: &Path,
        path: &str,
        text: &str,
        adapter: Adapter,
        columns: &[&str],
    ) -> Result<SourceFile, String> {
        let known_until = super::known_until(knowledge, path)?.to_string();
        let (header, rows) = rows::read_table(path, text).map_err(|e| e.join("; "))?;
        // A value holding a line break, or a blank line, would make row numbers and line
        // numbers disagree.
        if rows
            .iter()
            .enumerate()
            .any(|(i, row)| row.at != format!("{path}:{}", i + 2))
        {
            return Err("the table is not one row a line (a value holds a line break, or a line is blank)".to_string());
        }
        if let Some(missing) = columns.iter().find(|c| !header.iter().any(|h| h == *c)) {
            return Err(format!("has no column `{missing}`, which the adapter reads"));
        }
        Ok(SourceFile {
            path: path.to_string(),
            adapter,
            rows,
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
            .map(|&n| self.row(n))
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

    /// Row `number` as a spreadsheet numbers them, so a researcher finds row 1022 where the
    /// citation says.
    fn row(&self, number: usize) -> Result<SourceRow<'_>, String> {
        let row = number.checked_sub(2).and_then(|i| self.rows.get(i)).ok_or_else(|| {
            format!(
                "there is no row {number} (the rows are 2 to {}; row 1 is the header)",
                self.rows.len() + 1
            )
        })?;
        Ok(SourceRow { number, row })
    }
}

/// One cited row of a source table, with its number.
pub(super) struct SourceRow<'a> {
    pub number: usize,
    row: &'a Row,
}

impl SourceRow<'_> {
    pub fn get(&self, column: &str) -> &str {
        self.row.get(column)
    }

    /// A date the row must hold in `column`.
    pub fn date(&self, column: &str) -> Result<String, String> {
        let value = self.get(column);
        FactDate::parse(value)
            .map(|_| value.to_string())
            .map_err(|e| format!("row {}, `{column}`: {e}", self.number))
    }
}

/// The date a row gives in a column (`from`, `to`), settled against the record it cites: an
/// empty cell takes the record's; a written one stands where it agrees with the record or makes
/// it more precise, and otherwise only with a reason in `note` — then, when the two are a
/// month or less apart, the sources disagree on an edge (de facto and de jure, time zones,
/// oath and commission) and the fact is every day between them (see `disputed`).
pub(in crate::rules) fn settle(column: &str, written: &str, sourced: &str, noted: bool) -> Result<String, String> {
    if written.is_empty() || written == sourced || refines(written, sourced) {
        return Ok(if written.is_empty() { sourced } else { written }.to_string());
    }
    if noted {
        return Ok(disputed(written, sourced));
    }
    Err(needs_reason(column, written, sourced))
}

/// Two sources this many days apart or fewer disagree on an edge; further apart, one is wrong
/// and the row's note says which.
const DISPUTE_DAYS: i64 = 31;

/// A written date against a cited source's: a disputed date spanning both when they are close,
/// else the written one (a correction the note explains).
fn disputed(written: &str, sourced: &str) -> String {
    match (FactDate::parse(written), FactDate::parse(sourced)) {
        (Ok(w), Ok(s)) if (w.earliest() - s.earliest()).num_days().abs() <= DISPUTE_DAYS => {
            w.disputed_with(s).to_string()
        }
        _ => written.to_string(),
    }
}

/// `to` settled against how the cited record ends: `None` for a term still running (`open`).
pub(in crate::rules) fn settle_end(written: &str, end: &End, noted: bool) -> Result<Option<String>, String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    const ARCHIGOS: &str = "obsid,idacr,leader,startdate,enddate,yrborn,yrdied,borndate,deathdate\n\
        UKG-1979,UKG,Thatcher,1979-05-04,1990-11-28,1925,2013,1925-10-13,NA\n\
        UKG-2010,UKG,Cameron,2010-05-11,2015-12-31,1966,-777,NA,NA\n";

    /// A knowledge folder with one Archigos file, read with `adapter`.
    fn cited(adapter: Adapter) -> Result<Cited, Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sources/archigos");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(
            folder.join("SOURCE.md"),
            "# Archigos\n- Known until: 2015-12-31 (censored)\n",
        )
        .unwrap();
        Cited::read(dir.path(), &[(adapter, "sources/archigos/spells.csv", ARCHIGOS)])
    }

    #[test]
    fn a_noted_date_close_to_the_sources_is_a_dispute_and_a_far_one_a_correction() {
        assert_eq!(
            settle("to", "2009-06-06", "2009-06-10", true).unwrap(),
            "2009-06-06/2009-06-10"
        );
        assert_eq!(
            settle("from", "2014-05-29", "2014-05-26", true).unwrap(),
            "2014-05-26/2014-05-29"
        );
        // A year apart: the source is wrong, as the note says.
        assert_eq!(settle("from", "1985-03-15", "1986-03-15", true).unwrap(), "1985-03-15");
        // More precise, or the same: no dispute; different without a note: an error.
        assert_eq!(settle("from", "1985-03-15", "1985-03", false).unwrap(), "1985-03-15");
        assert!(settle("from", "1985-03-15", "1985-03-21", false).is_err());
    }

    #[test]
    fn a_cited_row_gives_its_dates_and_must_be_described_as_it_is() {
        let sources = cited(Adapter::Archigos).unwrap();
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
        for n in [9, 1, 0] {
            let e = sources
                .record(&format!("sources/archigos/spells.csv row {n} (x)"))
                .unwrap()
                .unwrap_err();
            assert!(e.contains(&format!("there is no row {n} (the rows are 2 to 3")), "{e}");
        }
        // A citation that names no row is a plain citation.
        assert!(sources.record("sources/archigos/spells.csv, read in 2026").is_none());
        assert!(sources.record("Wikipedia: Margaret Thatcher").is_none());
    }

    #[test]
    fn the_rows_of_a_source_read_only_whole_are_not_cited() {
        // cabinet-turnover reads no cited row: `PATH row N` of its source is a plain citation.
        let sources = cited(Adapter::CabinetTurnover).unwrap();
        assert!(sources.record("sources/archigos/spells.csv row 2 (x)").is_none());
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
}
