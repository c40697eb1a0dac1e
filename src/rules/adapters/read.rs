//! A source read whole into rows by an adapter (a manifest's `read:` entries: see `super`), and
//! what the adapters that do so share: the curated tables they are given, the positions table, ids from
//! names.
//!
//! An adapter holds the *logic* of reading its source: which of its rows count, how its dates
//! are written, how its people are named, what a term still running looks like there. Every
//! *fact* it needs besides the source — which office a position is, a person's usual name, a
//! date the source has wrong — is a row of a curated table named in the manifest, with that
//! row's `source`. A table's row that matches nothing in the source is an error, so a table
//! does not silently outlive a new version of its source.

use super::Adapter;
use crate::rules::FactDate;
use crate::rules::rows::{self, Row};
use chrono::{Days, NaiveDate};
use serde::Deserialize;
use std::cell::RefCell;
use std::path::Path;

/// A `read:` entry of a manifest: `{ adapter: NAME, source: sources/…, tables: [curated/…] }`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(in crate::rules) struct Spec {
    pub adapter: Adapter,
    /// The source file, under `sources/`.
    pub source: String,
    /// The curated tables the adapter reads besides its source, told apart by their columns.
    #[serde(default)]
    pub tables: Vec<String>,
    /// Other sources, under `sources/`, the adapter reads together with this one (a panel
    /// that names whom the source's rows only date).
    #[serde(default)]
    pub with: Vec<String>,
}

/// What an adapter reads: its source (path shown, text), its tables and the sources it reads
/// with it (`with`), read from knowledge/.
pub(super) struct Given<'a> {
    pub knowledge: &'a Path,
    pub path: &'a str,
    pub text: &'a str,
    pub tables: Tables,
    pub with: Vec<(String, String)>,
}

/// The rows `spec`'s adapter reads from its source.
pub(in crate::rules) fn read_rows(
    spec: &Spec,
    knowledge: &Path,
    source: &(String, String),
    tables: &[(String, String)],
    with: Vec<(String, String)>,
) -> Result<Vec<Row>, Vec<String>> {
    if !with.is_empty() && spec.adapter != Adapter::ReignHeads {
        return Err(vec![format!(
            "{}: the {} adapter reads no other source (`with:`)",
            source.0,
            spec.adapter.name()
        )]);
    }
    let given = Given {
        knowledge,
        path: &source.0,
        text: &source.1,
        tables: Tables::read(tables, knowledge)?,
        with,
    };
    match spec.adapter {
        Adapter::FjcJustices => super::fjc_justices::rows(given),
        Adapter::RegnalYears => super::regnal_years::rows(given),
        Adapter::ExecutiveYaml => super::executive_yaml::rows(given),
        Adapter::CabinetTurnover => super::cabinet_turnover::rows(given),
        Adapter::Archigos => super::archigos::rows(given),
        Adapter::IfgMinisters => super::ifg_ministers::rows(given),
        Adapter::KaplanGovernors => super::kaplan_governors::rows(given),
        Adapter::ReignHeads => super::reign_heads::rows(given),
        Adapter::OpenstatesExecutives => super::openstates_executives::rows(given),
        Adapter::ParlgovPresidents => super::parlgov_presidents::rows(given),
        // Read only for the rows curated rows cite (`cite`): no rows of its own, and no tables.
        Adapter::ParlparseUkPosts => {
            let errors = given.tables.untaken(spec.adapter.name(), &[]);
            if errors.is_empty() { Ok(Vec::new()) } else { Err(errors) }
        }
    }
}

/// An adapter's curated tables, each taken once by the kind its columns say it is.
pub(super) struct Tables {
    read: Vec<Table>,
}

struct Table {
    path: String,
    header: Vec<String>,
    rows: Vec<Row>,
    taken: bool,
}

impl Tables {
    /// Reads each table; every row must say where its fact comes from.
    fn read(tables: &[(String, String)], knowledge: &Path) -> Result<Tables, Vec<String>> {
        let mut read = Vec::new();
        let mut errors = Vec::new();
        for (path, text) in tables {
            match rows::read_table(path, text) {
                Ok((header, rows)) => {
                    for row in &rows {
                        if let Err(e) = rows::check_source(row, knowledge) {
                            errors.push(format!("{}: {e}", row.at));
                        }
                    }
                    read.push(Table {
                        path: path.clone(),
                        header,
                        rows,
                        taken: false,
                    });
                }
                Err(mut e) => errors.append(&mut e),
            }
        }
        if errors.is_empty() {
            Ok(Tables { read })
        } else {
            Err(errors)
        }
    }

    /// Tables given as (path, text), for an adapter's tests.
    #[cfg(test)]
    pub fn for_test(tables: &[(&str, &str)]) -> Tables {
        let tables: Vec<(String, String)> = tables.iter().map(|(p, t)| (p.to_string(), t.to_string())).collect();
        Tables::read(&tables, Path::new("/nowhere")).unwrap_or_else(|e| panic!("{e:?}"))
    }

    /// The rows of the table with exactly these columns (any order), or none if no table has
    /// them.
    pub fn take(&mut self, columns: &[&str]) -> Result<Vec<Row>, String> {
        let matches =
            |t: &Table| t.header.len() == columns.len() && columns.iter().all(|c| t.header.iter().any(|h| h == c));
        let mut found = self.read.iter_mut().filter(|t| matches(t));
        let Some(table) = found.next() else {
            return Ok(Vec::new());
        };
        if let Some(other) = found.next() {
            return Err(format!(
                "{} and {} are tables of one kind ({}): put their rows in one",
                table.path,
                other.path,
                columns.join(", ")
            ));
        }
        table.taken = true;
        Ok(table.rows.clone())
    }

    /// A table no kind took is a mistake in the manifest.
    pub fn untaken(&self, adapter: &str, kinds: &[&[&str]]) -> Vec<String> {
        let wanted: Vec<String> = kinds.iter().map(|k| format!("({})", k.join(", "))).collect();
        self.read
            .iter()
            .filter(|t| !t.taken)
            .map(|t| {
                if wanted.is_empty() {
                    format!("{}: the {adapter} adapter reads no tables", t.path)
                } else {
                    format!(
                        "{}: not a table the {adapter} adapter reads: its tables have the columns {}",
                        t.path,
                        wanted.join(" or ")
                    )
                }
            })
            .collect()
    }
}

/// A positions table (`position, office, from, to, source`): which office a source's position
/// is, and from when to when where a position changed office (a department renamed or split).
/// A position whose `office` is empty is left out, for the reason its `source` gives.
pub(super) const POSITION_COLUMNS: &[&str] = &["position", "office", "from", "to", "source"];

pub(super) struct Positions {
    rows: Vec<Row>,
    used: Vec<bool>,
}

/// A term, or the part of one that fell in one office.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Piece {
    pub office: String,
    pub from: String,
    pub to: Option<String>,
    /// The positions row that cut the term here, with its source, when it was cut.
    pub cut_by: Option<String>,
}

impl Piece {
    /// `into_row`, and for a piece still running, the day it is known until (`known-until`).
    pub fn into_row_known_until(self, at: &str, person: &str, source: &str, known_until: &str) -> Row {
        let open = self.to.is_none();
        let row = self.into_row(at, person, source);
        if open {
            row.with("known-until", known_until)
        } else {
            row
        }
    }

    /// The piece as a term row of `person`, read at `at` (a source's line) from `source`.
    pub fn into_row(self, at: &str, person: &str, source: &str) -> Row {
        Row::new(at)
            .with("person", person)
            .with("office", self.office)
            .with("from", self.from)
            .with("to", self.to.unwrap_or_default())
            .with("source", source)
    }
}

impl Positions {
    pub fn new(rows: Vec<Row>) -> Result<Positions, Vec<String>> {
        let errors: Vec<String> = rows
            .iter()
            .flat_map(|r| {
                let mut e = Vec::new();
                if r.get("position").is_empty() {
                    e.push(format!("{}: empty `position`", r.at));
                }
                for column in ["from", "to"] {
                    if !r.get(column).is_empty()
                        && let Err(msg) = FactDate::parse(r.get(column))
                    {
                        e.push(format!("{}: {msg}", r.at));
                    }
                }
                e
            })
            .collect();
        if !errors.is_empty() {
            return Err(errors);
        }
        let used = vec![false; rows.len()];
        Ok(Positions { rows, used })
    }

    /// Whether the table knows `position`, its rows then counted as used: for an adapter that
    /// must place every position its source has, whichever of its rows it keeps.
    pub fn seen(&mut self, position: &str) -> bool {
        let mut known = false;
        for (row, used) in self.rows.iter().zip(self.used.iter_mut()) {
            if row.get("position") == position {
                *used = true;
                known = true;
            }
        }
        known
    }

    /// Whether the table knows `position` at all.
    pub fn knows(&self, position: &str) -> bool {
        self.rows.iter().any(|r| r.get("position") == position)
    }

    /// Whether some row of `position` names an office (it is a title, not a rank or left out).
    pub fn names_an_office(&self, position: &str) -> bool {
        self.rows
            .iter()
            .any(|r| r.get("position") == position && !r.get("office").is_empty())
    }

    /// Whether the table leaves `position` out altogether (its rows name no office).
    pub fn left_out(&mut self, position: &str) -> bool {
        let mine: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.rows[i].get("position") == position)
            .collect();
        let out = !mine.is_empty() && mine.iter().all(|&i| self.rows[i].get("office").is_empty());
        if out {
            mine.into_iter().for_each(|i| self.used[i] = true);
        }
        out
    }

    /// The offices a term in `position` from `from` to `to` was held in: one piece, or one
    /// for each part between the days the position changed office; none if the position is
    /// left out.
    pub fn place(&mut self, position: &str, from: &str, to: Option<&str>) -> Result<Vec<Piece>, String> {
        let day = |s: &str| FactDate::parse(s).map_err(|e| format!("position `{position}`: {e}"));
        let (start, end) = (day(from)?, to.map(day).transpose()?);
        let mine: Vec<usize> = (0..self.rows.len())
            .filter(|&i| self.rows[i].get("position") == position)
            .collect();
        if mine.is_empty() {
            return Err(format!("position `{position}` is in no row of the positions table"));
        }
        // Days strictly inside the term where the position changed office.
        let mut cuts: Vec<&str> = mine
            .iter()
            .flat_map(|&i| [self.rows[i].get("from"), self.rows[i].get("to")])
            .filter(|c| !c.is_empty())
            .filter(|c| {
                let c = FactDate::parse(c).expect("checked in new");
                c.earliest() > start.latest() && end.is_none_or(|e| c.latest() < e.earliest())
            })
            .collect();
        cuts.sort();
        cuts.dedup();
        let bounds: Vec<Option<&str>> = std::iter::once(Some(from))
            .chain(cuts.iter().map(|&c| Some(c)))
            .chain(std::iter::once(to))
            .collect();
        let mut pieces = Vec::new();
        for pair in bounds.windows(2) {
            let (a, b) = (pair[0].expect("a piece starts somewhere"), pair[1]);
            let i = self.covering(&mine, a, b).ok_or_else(|| {
                format!(
                    "position `{position}`: no row of the positions table covers {a} – {}",
                    b.unwrap_or("")
                )
            })?;
            self.used[i] = true;
            let row = &self.rows[i];
            if row.get("office").is_empty() {
                continue;
            }
            let was_cut = bounds.len() > 2;
            pieces.push(Piece {
                office: row.get("office").to_string(),
                from: a.to_string(),
                to: b.map(str::to_string),
                cut_by: was_cut.then(|| format!("{}: {}", row.at, row.get("source"))),
            });
        }
        Ok(pieces)
    }

    /// The one row of `mine` whose dates hold the whole of `from` – `to`.
    fn covering(&self, mine: &[usize], from: &str, to: Option<&str>) -> Option<usize> {
        let date = |s: &str| FactDate::parse(s).expect("checked");
        let (a, b) = (date(from), to.map(date));
        let covers = |r: &Row| {
            let starts_before = r.get("from").is_empty() || date(r.get("from")).latest() <= a.earliest();
            let ends_after = match (r.get("to"), b) {
                ("", _) => true,
                (_, None) => false,
                (to, Some(b)) => b.latest() <= date(to).earliest(),
            };
            starts_before && ends_after
        };
        let found: Vec<usize> = mine.iter().copied().filter(|&i| covers(&self.rows[i])).collect();
        (found.len() == 1).then(|| found[0])
    }

    /// Rows no term used: the source no longer has their position (or those dates).
    pub fn unused(&self) -> Vec<String> {
        self.rows
            .iter()
            .zip(&self.used)
            .filter(|(_, used)| !**used)
            .map(|(r, _)| {
                format!(
                    "{}: no term of the source is in position `{}`{}: remove the row, or check the source",
                    r.at,
                    r.get("position"),
                    match (r.get("from"), r.get("to")) {
                        ("", "") => String::new(),
                        (f, t) => format!(" between {f} and {t}"),
                    }
                )
            })
            .collect()
    }
}

/// The rows of a curated table whose `column` names nothing the source has (`is_used` says
/// what it has), each an error saying so (`names_nothing`): a row that outlived its source.
pub(super) fn unmatched(
    table: &[Row],
    column: &str,
    is_used: impl Fn(&str) -> bool,
    names_nothing: impl Fn(&str) -> String,
) -> Vec<String> {
    table
        .iter()
        .filter(|row| !is_used(row.get(column)))
        .map(|row| format!("{}: {}", row.at, names_nothing(row.get(column))))
        .collect()
}

/// A names table keyed by a name as the source writes it and where it is (a state, a
/// country): each lookup marks the row it finds, and a row no lookup found names nobody the
/// adapter read there — an error, so a stale or mistyped row fails the build.
pub(super) struct NamesByPlace<'t> {
    rows: &'t [Row],
    /// The columns of the name and of its place.
    columns: (&'static str, &'static str),
    found: RefCell<Vec<bool>>,
}

impl<'t> NamesByPlace<'t> {
    pub fn new(rows: &'t [Row], columns: (&'static str, &'static str)) -> Self {
        let found = RefCell::new(vec![false; rows.len()]);
        NamesByPlace { rows, columns, found }
    }

    /// The row for `name` at `place`, if any, marked as found.
    pub fn find(&self, name: &str, place: &str) -> Option<&'t Row> {
        let (n, p) = self.columns;
        let i = self.rows.iter().position(|r| r.get(n) == name && r.get(p) == place)?;
        self.found.borrow_mut()[i] = true;
        Some(&self.rows[i])
    }

    /// Each row no lookup found, an error saying so (`names_nothing` of its name).
    pub fn unfound(&self, names_nothing: impl Fn(&str) -> String) -> Vec<String> {
        let found = self.found.borrow();
        self.rows
            .iter()
            .zip(found.iter())
            .filter(|(_, found)| !**found)
            .map(|(row, _)| format!("{}: {}", row.at, names_nothing(row.get(self.columns.0))))
            .collect()
    }
}

/// The longest wait between one holder's end and the next one's start that is a handover;
/// a longer one is an interim the source has no row for.
const HANDOVER_DAYS: u64 = 14;

/// Does `start` come after an interim since `end` (more than `HANDOVER_DAYS` later)?
pub(super) fn after_interim(end: NaiveDate, start: NaiveDate) -> bool {
    end.checked_add_days(Days::new(HANDOVER_DAYS))
        .is_some_and(|w| start > w)
}

/// A row's term as days: `from` (required) and `to` (empty while it runs), both YYYY-MM-DD,
/// the end not before the start.
pub(super) fn day_span(row: &Row, from: &str, to: &str) -> Result<(NaiveDate, Option<NaiveDate>), String> {
    let day = |column: &str| -> Result<Option<NaiveDate>, String> {
        match row.get(column) {
            "" => Ok(None),
            s => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(Some)
                .map_err(|_| format!("`{column}` is `{s}`, not a day YYYY-MM-DD")),
        }
    };
    let start = day(from)?.ok_or_else(|| format!("no `{from}`"))?;
    let end = day(to)?;
    if end.is_some_and(|e| e < start) {
        return Err(format!("ends ({}) before it starts ({start})", row.get(to)));
    }
    Ok((start, end))
}

/// A names table row that names someone: their id (its `person`, else the slug of its `name`),
/// `name` and `aliases`.
pub(super) fn named_by(row: &Row) -> (String, String, Vec<String>) {
    let name = row.get("name").to_string();
    let person = Some(row.get("person")).filter(|p| !p.is_empty());
    let person = person.map_or_else(|| slug(&name), str::to_string);
    (person, name, rows::list(row.get("aliases")))
}

/// A person's id from their name: lower case, accents dropped, `.` and `'` dropped, anything
/// else between letters a hyphen (`George H. W. Bush` → `george-h-w-bush`, `Federico Peña` →
/// `federico-pena`).
pub(in crate::rules) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in crate::rules::fold_accents(name).chars().flat_map(char::to_lowercase) {
        match c {
            c @ ('a'..='z' | '0'..='9') => out.push(c),
            '.' | '\'' | '’' => {}
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Names in order, each once, none of them `name` itself, spaces made single.
pub(super) fn aliases_besides(name: &str, aliases: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in aliases {
        let a = a.split_whitespace().collect::<Vec<_>>().join(" ");
        if !a.is_empty() && a != name && !out.contains(&a) {
            out.push(a);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_adapter_that_reads_another_source_is_given_one() {
        let spec = Spec {
            adapter: Adapter::FjcJustices,
            source: "sources/fjc/judges.csv".to_string(),
            tables: Vec::new(),
            with: vec!["sources/other/x.csv".to_string()],
        };
        let source = ("sources/fjc/judges.csv".to_string(), String::new());
        let other = vec![("sources/other/x.csv".to_string(), String::new())];
        let errors = read_rows(&spec, Path::new("/nowhere"), &source, &[], other).unwrap_err();
        assert_eq!(
            errors,
            ["sources/fjc/judges.csv: the fjc-justices adapter reads no other source (`with:`)"]
        );
    }

    fn positions(table: &str) -> Positions {
        let (_, rows) = rows::read_table(
            "curated/t/positions.csv",
            &format!("position,office,from,to,source\n{table}"),
        )
        .unwrap();
        Positions::new(rows).unwrap()
    }

    #[test]
    fn ids_are_names_in_lower_case_without_accents_or_dots() {
        assert_eq!(slug("George H. W. Bush"), "george-h-w-bush");
        assert_eq!(slug("Federico Peña"), "federico-pena");
        assert_eq!(slug("Hazel O'Leary"), "hazel-oleary");
        assert_eq!(slug("Robert F. Kennedy Jr."), "robert-f-kennedy-jr");
        assert_eq!(slug("Lori Chavez-DeRemer"), "lori-chavez-deremer");
    }

    #[test]
    fn a_position_that_changed_office_cuts_the_term_on_the_day() {
        let mut p = positions(
            "Sec HEW/HHS,us-hew,,1980-05-04,Act of 1979\n\
             Sec HEW/HHS,us-hhs,1980-05-04,,Act of 1979\n\
             Vice President,,,,left out\n\
             Sec State,us-state,,,the CSV's position\n",
        );
        let pieces = p.place("Sec HEW/HHS", "1979-08-03", Some("1981-01-20")).unwrap();
        let spans: Vec<(&str, &str, Option<&str>)> = pieces
            .iter()
            .map(|x| (x.office.as_str(), x.from.as_str(), x.to.as_deref()))
            .collect();
        assert_eq!(
            spans,
            [
                ("us-hew", "1979-08-03", Some("1980-05-04")),
                ("us-hhs", "1980-05-04", Some("1981-01-20"))
            ]
        );
        assert!(
            pieces[0]
                .cut_by
                .as_deref()
                .unwrap()
                .starts_with("curated/t/positions.csv:2: Act of 1979")
        );
        // A term wholly before the change is not cut.
        let before = p.place("Sec HEW/HHS", "1977-01-25", Some("1979-08-03")).unwrap();
        assert_eq!(before.len(), 1);
        assert_eq!(
            (before[0].office.as_str(), before[0].cut_by.as_deref()),
            ("us-hew", None)
        );
        assert!(p.place("Vice President", "2021-01-20", None).unwrap().is_empty());
        assert!(
            p.place("Sec War", "2021-01-20", None)
                .unwrap_err()
                .contains("in no row")
        );
        assert_eq!(p.unused().len(), 1, "{:?}", p.unused());
        assert!(p.unused()[0].contains("`Sec State`"));
    }
}
