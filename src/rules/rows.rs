//! The `rows` importer: facts one a line in CSV tables, each row with its source, turned into a
//! pack. A researcher fixes a date by editing a row, not code.
//!
//! Two kinds of table, told apart by their header:
//! - offices: `office, country, title, aliases, government, holders, source`;
//! - people and terms: `person, name, aliases, office, country, title, from, to, precision,
//!   born, died, occupation, wikidata, source`, optionally with `elected`, `acting` and `note`.
//!   A row with an `office` is a term; a row without one says something of the person only
//!   (a death date, an alias). Lists (`aliases`) are separated by `;`.
//!
//! Every row needs a `source`; a source under `sources/` must be a folder there. Two rows that
//! say different things of one fact (a birth date, a term's end) are an error naming both; a
//! date said to the year and the same date said to the day agree (the day is kept).
//!
//! Rows come from CSV tables in `knowledge/` and from the sources adapters read (a manifest's
//! `read:`, see `super::adapters`), and both meet the same checks. A row whose source opens with
//! a row of a source read by an adapter that reads cited rows
//! (`sources/archigos-4.1/….csv row 1022 (…)`) takes its empty dates from that record: a term's
//! `from` and `to`, the person's birth and death. What a row writes itself stands over the source
//! only where it agrees, makes it more precise, or says why in `note`.

use super::FactDate;
use super::adapters::{self, Cited};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

const OFFICE_COLUMNS: &[&str] = &[
    "office",
    "country",
    "title",
    "aliases",
    "government",
    "holders",
    "source",
];
const PEOPLE_COLUMNS: &[&str] = &[
    "person",
    "name",
    "aliases",
    "office",
    "country",
    "title",
    "from",
    "to",
    "precision",
    "born",
    "died",
    "occupation",
    "wikidata",
    "source",
];
/// `known-until`: the day a term still running was last checked, where its row was checked later
/// than the pack's `known-until` (rows of two sources in one pack).
/// `held`: an office the person held at days no source gives (a namesake known only by name:
/// `held:` in the pack), in a row with no `office`.
const OPTIONAL_PEOPLE_COLUMNS: &[&str] = &["elected", "acting", "note", "known-until", "held"];
/// Why an office is defined as it is (a change of name, an abolition): for the researcher.
/// `complete`: `FROM..TO`, the days over which the tables hold every holder of the office.
/// `keeps-title`: `yes` where holders who leave alive keep the title for life (retired justices).
const OPTIONAL_OFFICE_COLUMNS: &[&str] = &["note", "complete", "keeps-title"];

/// A value and where it was said: `curated/x.csv:12`.
#[derive(Debug, Clone)]
struct Said<T> {
    value: T,
    at: String,
    by: By,
}

/// `1964-10-16..2026-12-02`: two days, in order (empty: not complete).
fn complete(written: &str) -> Result<Option<(String, String)>, String> {
    if written.is_empty() {
        return Ok(None);
    }
    let bad = || format!("`complete` is two days `FROM..TO`, not `{written}`");
    let (from, to) = written.split_once("..").ok_or_else(bad)?;
    let (a, b) = (
        FactDate::parse(from).map_err(|_| bad())?,
        FactDate::parse(to).map_err(|_| bad())?,
    );
    if a.day.is_none() || b.day.is_none() || b.earliest() < a.earliest() {
        return Err(bad());
    }
    Ok(Some((from.to_string(), to.to_string())))
}

/// Who says a value: the row itself (with a reason in its `note`, or not), or the source record
/// the row cites. A row's own word stands over a source's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum By {
    Row { noted: bool },
    Source,
}

#[derive(Debug)]
pub(super) struct Office {
    pub id: String,
    pub country: String,
    pub title: String,
    pub aliases: Vec<String>,
    pub government: String,
    pub holders: String,
    /// `(from, to)`: every holder between the two days is in the tables.
    pub complete: Option<(String, String)>,
    pub keeps_title: bool,
    /// The pack that defines the office, when it is not this one (`depends:`): terms may name
    /// it, the built pack does not repeat it.
    pub defined_in: Option<String>,
}

#[derive(Debug, Default)]
struct Person {
    name: Option<Said<String>>,
    aliases: Vec<Said<String>>,
    born: Option<Said<String>>,
    died: Option<Said<String>>,
    occupation: Option<Said<String>>,
    wikidata: Option<Said<String>>,
    terms: Vec<Term>,
    /// Offices held at days no source gives.
    held: Vec<String>,
}

#[derive(Debug)]
struct Term {
    office: String,
    from: String,
    to: Option<String>,
    elected: Option<String>,
    acting: bool,
    /// The day the running term was last checked, when not the pack's.
    known_until: Option<String>,
    /// The title and country the row gives, if any: checked against the office's.
    title: String,
    country: String,
    /// The post as the cited source names it: one of the office's titles.
    sourced_title: Option<String>,
    /// `curated/x.csv:12: Wikipedia: List of …`
    source: String,
    at: String,
}

/// What a pack says of itself, from its manifest.
pub(super) struct Head<'a> {
    pub name: &'a str,
    pub description: Option<&'a str>,
    pub source: Option<&'a str>,
    pub known_until: Option<FactDate>,
    pub examples: &'a [super::schema::Example],
}

/// What a pack's rows may refer to besides themselves.
#[derive(Default)]
pub(super) struct Context {
    /// Sources whose rows a row may cite (of `read:`), each read by its adapter.
    pub cited: Cited,
    /// Offices other packs define (`depends:`), which terms may name.
    pub offices: Vec<Office>,
}

/// Builds a pack from the rows adapters read from sources (`read:`), then the row tables
/// `inputs`.
pub(super) fn pack(
    head: &Head,
    adapted: &[Row],
    inputs: &[(String, String)],
    knowledge: &Path,
    context: Context,
) -> Result<String, Vec<String>> {
    let mut tables = Tables {
        offices: context.offices,
        cited: context.cited,
        ..Tables::default()
    };
    for row in adapted {
        tables.take(Kind::People, row, knowledge);
    }
    for (path, text) in inputs {
        tables.read(path, text, knowledge);
    }
    tables.check_offices();
    tables.check_people();
    if !tables.errors.is_empty() {
        return Err(tables.errors);
    }
    Ok(render(head, &tables))
}

#[derive(Default)]
struct Tables {
    offices: Vec<Office>,
    people: BTreeMap<String, Person>,
    cited: Cited,
    errors: Vec<String>,
}

impl Tables {
    fn read(&mut self, path: &str, text: &str, knowledge: &Path) {
        let (header, rows) = match read_table(path, text) {
            Ok(table) => table,
            Err(mut e) => return self.errors.append(&mut e),
        };
        let has = |cols: &[&str]| cols.iter().all(|c| header.iter().any(|h| h == c));
        let kind = if has(OFFICE_COLUMNS) && !header.iter().any(|h| h == "person") {
            Kind::Offices
        } else if has(PEOPLE_COLUMNS) {
            Kind::People
        } else {
            let wanted = |cols: &[&str]| cols.join(", ");
            return self.errors.push(format!(
                "{path}: not a table of rows: an offices table has the columns {}; a people table {}",
                wanted(OFFICE_COLUMNS),
                wanted(PEOPLE_COLUMNS)
            ));
        };
        let known: Vec<&str> = match kind {
            Kind::Offices => OFFICE_COLUMNS.iter().chain(OPTIONAL_OFFICE_COLUMNS).copied().collect(),
            Kind::People => PEOPLE_COLUMNS.iter().chain(OPTIONAL_PEOPLE_COLUMNS).copied().collect(),
        };
        if let Some(extra) = header.iter().find(|h| !known.contains(&h.as_str())) {
            return self.errors.push(format!("{path}: unknown column `{extra}`"));
        }
        for row in &rows {
            self.take(kind, row, knowledge);
        }
    }

    /// One row of an offices or people table, from a file or an adapter.
    fn take(&mut self, kind: Kind, row: &Row, knowledge: &Path) {
        let result = check_source(row, knowledge).and_then(|()| match kind {
            Kind::Offices => self.office(row),
            Kind::People => self.person(row),
        });
        if let Err(e) = result {
            self.errors.push(format!("{}: {e}", row.at));
        }
    }

    fn office(&mut self, row: &Row) -> Result<(), String> {
        let id = row.required("office")?;
        if let Some(other) = self.offices.iter().find(|o| o.id == id) {
            return Err(match &other.defined_in {
                Some(pack) => format!("office `{id}` is defined by the pack `{pack}`"),
                None => format!("office `{id}` is defined twice"),
            });
        }
        let holders = row.get("holders");
        if !matches!(holders, "" | "one" | "many") {
            return Err(format!("`holders` is one or many, not `{holders}`"));
        }
        let aliases = list(row.get("aliases"));
        if let Some((_, twice)) = aliases.iter().enumerate().find(|(i, a)| aliases[..*i].contains(a)) {
            return Err(format!("the alias `{twice}` is listed twice"));
        }
        self.offices.push(Office {
            id: id.to_string(),
            country: row.get("country").to_string(),
            title: row.required("title")?.to_string(),
            aliases,
            government: row.get("government").to_string(),
            holders: holders.to_string(),
            complete: complete(row.get("complete"))?,
            keeps_title: match row.get("keeps-title") {
                "" => false,
                "yes" => true,
                other => return Err(format!("`keeps-title` is yes or empty, not `{other}`")),
            },
            defined_in: None,
        });
        Ok(())
    }

    fn person(&mut self, row: &Row) -> Result<(), String> {
        let id = row.required("person")?.to_string();
        let record = self.cited.record(row.get("source")).transpose()?;
        let person = self.people.entry(id.clone()).or_default();
        let at = row.at.to_string();
        let noted = !row.get("note").is_empty();
        let written = By::Row { noted };
        agree(&mut person.name, row.get("name"), &at, "name")?;
        for a in list(row.get("aliases")) {
            if !person.aliases.iter().any(|known| known.value == a) {
                person.aliases.push(said(&a, &at, written));
            }
        }
        for (known, column, what, sourced) in [
            (
                &mut person.born,
                "born",
                "birth date",
                record.as_ref().and_then(|r| r.born.as_deref()),
            ),
            (
                &mut person.died,
                "died",
                "death date",
                record.as_ref().and_then(|r| r.died.as_deref()),
            ),
        ] {
            if let Some(value) = sourced {
                agree_said(known, said(value, &at, By::Source), what)?;
            }
            agree_said(known, said(&date(row, column)?.unwrap_or_default(), &at, written), what)?;
        }
        agree(&mut person.occupation, row.get("occupation"), &at, "occupation")?;
        agree(&mut person.wikidata, row.get("wikidata"), &at, "Wikidata item")?;
        let office = row.get("office");
        let held = row.get("held");
        if !held.is_empty() {
            if !office.is_empty() {
                return Err("`held` is an office without days: a row with `office` gives a term instead".to_string());
            }
            if !person.held.iter().any(|h| h == held) {
                person.held.push(held.to_string());
            }
        }
        if office.is_empty() {
            return Ok(());
        }
        let (from, to) = match &record {
            None => (date(row, "from")?.ok_or("a term needs `from`")?, end(row)?),
            Some(record) => {
                let from = adapters::settle("from", &date(row, "from")?.unwrap_or_default(), &record.from, noted)?;
                let to = adapters::settle_end(&end_as_written(row)?, &record.to, noted)?;
                (from, to)
            }
        };
        precision(row, &from, to.as_deref())?;
        if let Some(same) = person.terms.iter().find(|t| t.office == office && t.from == from) {
            if same.to != to {
                return Err(format!(
                    "`{id}`'s term in `{office}` from {from} ends {} here and {} at {}",
                    to.as_deref().unwrap_or("never"),
                    same.to.as_deref().unwrap_or("never"),
                    same.at
                ));
            }
            return Ok(()); // the same term again, from another source
        }
        let acting = match row.get("acting") {
            "" | "no" | "false" => false,
            "yes" | "true" => true,
            other => return Err(format!("`acting` is yes or no, not `{other}`")),
        };
        let known_until = date(row, "known-until")?;
        if known_until.is_some() && to.is_some() {
            return Err("`known-until` is for a term still running (no `to`)".to_string());
        }
        person.terms.push(Term {
            office: office.to_string(),
            from,
            to,
            elected: date(row, "elected")?,
            acting,
            known_until,
            title: row.get("title").to_string(),
            country: row.get("country").to_string(),
            sourced_title: record.and_then(|r| r.title),
            source: format!("{at}: {}", row.get("source")),
            at,
        });
        Ok(())
    }

    /// Terms name offices of the tables; a person row's title and country, where given, agree
    /// with its office's.
    fn check_offices(&mut self) {
        for (id, person) in &self.people {
            for t in &person.terms {
                let Some(office) = self.offices.iter().find(|o| o.id == t.office) else {
                    self.errors.push(format!(
                        "{}: `{id}` has a term in `{}`, which no offices table defines",
                        t.at, t.office
                    ));
                    continue;
                };
                for (what, given, defined) in [
                    ("title", &t.title, &office.title),
                    ("country", &t.country, &office.country),
                ] {
                    // Another pack's office may not say (us-executive's have no country yet).
                    let unsaid_elsewhere = office.defined_in.is_some() && defined.is_empty();
                    if !given.is_empty() && !unsaid_elsewhere && given != defined {
                        self.errors.push(format!(
                            "{}: the {what} `{given}` is not `{}`'s (`{defined}`)",
                            t.at, office.id
                        ));
                    }
                }
                if let Some(post) = &t.sourced_title
                    && post != &office.title
                    && !office.aliases.contains(post)
                {
                    self.errors.push(format!(
                        "{}: the source cited calls the post `{post}`, which is not a title of `{}`",
                        t.at, office.id
                    ));
                }
            }
        }
    }

    /// What rows say of one person must fit together: someone has a name; nobody dies before
    /// being born or while holding an office (a term may end on the day); an alias is not
    /// somebody else's name (it would make every mention of the other person theirs).
    fn check_people(&mut self) {
        let names: BTreeMap<&str, (&str, &str)> = self
            .people
            .iter()
            .filter_map(|(id, p)| {
                p.name
                    .as_ref()
                    .map(|n| (n.value.as_str(), (id.as_str(), n.at.as_str())))
            })
            .collect();
        for (id, person) in &self.people {
            if person.name.is_none() {
                let at = [&person.died, &person.born]
                    .into_iter()
                    .flatten()
                    .map(|d| d.at.as_str())
                    .chain(person.aliases.iter().map(|a| a.at.as_str()))
                    .chain(person.terms.iter().map(|t| t.at.as_str()))
                    .next();
                self.errors.push(format!(
                    "{}: no row gives `{id}` a name (is the id spelt as elsewhere?)",
                    at.unwrap_or("?")
                ));
                continue;
            }
            for alias in &person.aliases {
                if let Some((other, other_at)) = names.get(alias.value.as_str())
                    && *other != id
                {
                    self.errors.push(format!(
                        "{}: `{}` is an alias of `{id}` here and the name of `{other}` at {other_at}",
                        alias.at, alias.value
                    ));
                }
            }
            let Some(died) = &person.died else { continue };
            let death = FactDate::parse(&died.value).expect("checked when read");
            if let Some(born) = &person.born
                && death.latest() < FactDate::parse(&born.value).expect("checked when read").earliest()
            {
                self.errors.push(format!(
                    "{}: `{id}` dies ({}) before being born ({}, at {})",
                    died.at, died.value, born.value, born.at
                ));
            }
            for t in &person.terms {
                let ends_after_death = match &t.to {
                    None => true,
                    Some(to) => death.latest() < FactDate::parse(to).expect("checked when read").earliest(),
                };
                if ends_after_death {
                    self.errors.push(format!(
                        "{}: `{id}` dies ({}, at {}) before the term in `{}` from {} ends ({})",
                        t.at,
                        died.value,
                        died.at,
                        t.office,
                        t.from,
                        t.to.as_deref().unwrap_or("still open")
                    ));
                }
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Offices,
    People,
}

/// One row of a table: its values by column, and where it was read (`curated/x.csv:12`, or a
/// source's file and line for a row an adapter made from it).
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub at: String,
    columns: Vec<(String, String)>,
}

impl Row {
    pub fn new(at: impl Into<String>) -> Row {
        Row {
            at: at.into(),
            columns: Vec::new(),
        }
    }

    /// The row with `column` set to `value`.
    pub fn with(mut self, column: &str, value: impl Into<String>) -> Row {
        self.columns.push((column.to_string(), value.into()));
        self
    }

    /// The row with `column`'s value replaced (or set, if it had none).
    pub fn set(mut self, column: &str, value: impl Into<String>) -> Row {
        match self.columns.iter_mut().find(|(c, _)| c == column) {
            Some((_, v)) => *v = value.into(),
            None => self.columns.push((column.to_string(), value.into())),
        }
        self
    }

    /// The value in `column`, empty when the row has none.
    pub fn get(&self, column: &str) -> &str {
        self.columns
            .iter()
            .find(|(c, _)| c == column)
            .map_or("", |(_, v)| v.as_str())
    }

    pub fn required(&self, column: &str) -> Result<&str, String> {
        match self.get(column) {
            "" => Err(format!("empty `{column}`")),
            v => Ok(v),
        }
    }
}

/// A CSV table: its header and its rows, values trimmed, each row placed at its line.
pub(super) fn read_table(path: &str, text: &str) -> Result<(Vec<String>, Vec<Row>), Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim_start_matches('\u{feff}').to_string()).collect(),
        Err(e) => return Err(vec![format!("{path}: {e}")]),
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| line_at(text, p.byte() as usize));
                let mut row = Row::new(format!("{path}:{line}"));
                for (column, value) in header.iter().zip(record.iter()) {
                    row = row.with(column, value);
                }
                rows.push(row);
            }
            Err(e) => errors.push(format!("{path}: {e}")),
        }
    }
    if errors.is_empty() {
        Ok((header, rows))
    } else {
        Err(errors)
    }
}

/// The 1-based line of the record at byte `at`. (The reader's own line count lags a line in
/// files with CRLF line ends: the record may be placed on the line end before it.)
fn line_at(text: &str, at: usize) -> usize {
    let rest = text.as_bytes().get(at..).unwrap_or_default();
    let start = at + rest.iter().take_while(|&&b| b == b'\r' || b == b'\n').count();
    text.as_bytes()[..start.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Every row says where its fact comes from; a source under `sources/` is a folder there.
pub(super) fn check_source(row: &Row, knowledge: &Path) -> Result<(), String> {
    let source = row.get("source");
    if source.is_empty() {
        return Err("a row needs a `source`: where the fact comes from".to_string());
    }
    match super::knowledge::source_folder(source) {
        Some(folder) if !knowledge.join("sources").join(folder).is_dir() => Err(format!(
            "the source `{source}` names no folder knowledge/sources/{folder}"
        )),
        _ => Ok(()),
    }
}

/// A `;`-separated list.
pub(super) fn list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect()
}

fn date(row: &Row, column: &str) -> Result<Option<String>, String> {
    match row.get(column) {
        "" => Ok(None),
        v => FactDate::parse(v).map(|_| Some(v.to_string())),
    }
}

/// A term's end: a date, or none when `to` is empty or `open` (still running).
fn end(row: &Row) -> Result<Option<String>, String> {
    match row.get("to") {
        "open" => Ok(None),
        _ => date(row, "to"),
    }
}

/// `to` as the row writes it, checked: a date, `open`, or empty.
fn end_as_written(row: &Row) -> Result<String, String> {
    match row.get("to") {
        "open" => Ok("open".to_string()),
        _ => Ok(date(row, "to")?.unwrap_or_default()),
    }
}

/// `precision` (year, month or day), where given, is what the dates are written to.
fn precision(row: &Row, from: &str, to: Option<&str>) -> Result<(), String> {
    let want = match row.get("precision") {
        "" => return Ok(()),
        "year" => 4,
        "month" => 7,
        "day" => 10,
        other => return Err(format!("`precision` is year, month or day, not `{other}`")),
    };
    match [Some(from), to].into_iter().flatten().find(|d| d.len() != want) {
        Some(d) => Err(format!(
            "`{d}` is not written to the row's precision ({})",
            row.get("precision")
        )),
        None => Ok(()),
    }
}

/// Is `narrow` a more precise form of `wide` (`1924-03-03` of `1924`)? Only dates are.
pub(super) fn refines(narrow: &str, wide: &str) -> bool {
    match (FactDate::parse(narrow), FactDate::parse(wide)) {
        (Ok(n), Ok(w)) => w.earliest() <= n.earliest() && n.latest() <= w.latest(),
        _ => false,
    }
}

/// One fact said by several rows must be said alike.
fn agree(known: &mut Option<Said<String>>, value: &str, at: &str, what: &str) -> Result<(), String> {
    agree_said(known, said(value, at, By::Row { noted: false }), what)
}

fn said(value: &str, at: &str, by: By) -> Said<String> {
    Said {
        value: value.to_string(),
        at: at.to_string(),
        by,
    }
}

/// One fact said by several rows, or by rows and the sources they cite: rows must agree with
/// rows and sources with sources, where a date said to the year (or month) and a day within it
/// agree and the day is kept; a row's word stands over a source's where it agrees, makes it more
/// precise, or says why in `note` (the source is wrong).
fn agree_said(known: &mut Option<Said<String>>, new: Said<String>, what: &str) -> Result<(), String> {
    if new.value.is_empty() {
        return Ok(());
    }
    let Some(k) = known else {
        *known = Some(new);
        return Ok(());
    };
    let corrects = |row: &Said<String>, source: &Said<String>| {
        row.by == By::Row { noted: true } || refines(&row.value, &source.value)
    };
    let stands = match (k.by, new.by) {
        _ if k.value == new.value => k.by == By::Source && new.by != By::Source,
        (By::Source, By::Row { .. }) if corrects(&new, k) => true,
        (By::Row { .. }, By::Source) if corrects(k, &new) => false,
        (By::Source, By::Row { .. }) | (By::Row { .. }, By::Source) => {
            let (row, source) = if new.by == By::Source { (&*k, &new) } else { (&new, &*k) };
            return Err(format!(
                "the {what} is `{}` at {} and `{}` in the source cited at {}: if the source is wrong, say why in `note`",
                row.value, row.at, source.value, source.at
            ));
        }
        _ if refines(&new.value, &k.value) => true,
        _ if refines(&k.value, &new.value) => false,
        _ => {
            return Err(format!(
                "the {what} is `{}` here and `{}` at {}",
                new.value, k.value, k.at
            ));
        }
    };
    if stands {
        *known = Some(new);
    }
    Ok(())
}

fn render(head: &Head, tables: &Tables) -> String {
    let q = super::import::yaml_str;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Built by `claimcheck rules build` from knowledge/ — edit the rows there, not this file."
    );
    let _ = writeln!(out, "pack: {}", q(head.name));
    if let Some(d) = head.description {
        let _ = writeln!(out, "description: {}", q(d.trim()));
    }
    if let Some(s) = head.source {
        let _ = writeln!(out, "source: {}", q(s.trim()));
    }
    if let Some(day) = head.known_until {
        let _ = writeln!(out, "known-until: {day}");
    }
    let own: Vec<&Office> = tables.offices.iter().filter(|o| o.defined_in.is_none()).collect();
    if !own.is_empty() {
        out.push_str("offices:\n");
    }
    for o in own {
        let _ = writeln!(out, "  {}:", o.id);
        let _ = writeln!(out, "    title: {}", q(&o.title));
        if !o.aliases.is_empty() {
            let list: Vec<String> = o.aliases.iter().map(|a| q(a)).collect();
            let _ = writeln!(out, "    aliases: [{}]", list.join(", "));
        }
        if !o.government.is_empty() {
            let _ = writeln!(out, "    government: {}", q(&o.government));
        }
        if !o.holders.is_empty() {
            let _ = writeln!(out, "    holders: {}", o.holders);
        }
        if !o.country.is_empty() {
            let _ = writeln!(out, "    country: {}", q(&o.country));
        }
        if let Some((from, to)) = &o.complete {
            let _ = writeln!(out, "    complete: {{ from: {from}, to: {to} }}");
        }
        if o.keeps_title {
            let _ = writeln!(out, "    keeps-title: true");
        }
    }
    out.push_str("people:\n");
    for (id, p) in &tables.people {
        let _ = writeln!(out, "  {id}:");
        let name = p.name.as_ref().map_or(id.as_str(), |n| n.value.as_str());
        let _ = writeln!(out, "    name: {}", q(name));
        if !p.aliases.is_empty() {
            let list: Vec<String> = p.aliases.iter().map(|a| q(&a.value)).collect();
            let _ = writeln!(out, "    aliases: [{}]", list.join(", "));
        }
        for (key, value) in [
            ("born", &p.born),
            ("died", &p.died),
            ("wikidata", &p.wikidata),
            ("occupation", &p.occupation),
        ] {
            if let Some(v) = value {
                let _ = writeln!(out, "    {key}: {}", q(&v.value));
            }
        }
        if !p.held.is_empty() {
            let _ = writeln!(out, "    held: [{}]", p.held.join(", "));
        }
        if p.terms.is_empty() {
            continue;
        }
        let mut terms: Vec<&Term> = p.terms.iter().collect();
        terms.sort_by(|a, b| {
            (FactDate::parse(&a.from).ok().map(|d| d.earliest()), &a.office)
                .cmp(&(FactDate::parse(&b.from).ok().map(|d| d.earliest()), &b.office))
        });
        let _ = writeln!(out, "    terms:");
        for t in terms {
            let mut fields = vec![format!("office: {}", t.office), format!("from: {}", t.from)];
            fields.extend(t.to.as_ref().map(|to| format!("to: {to}")));
            fields.extend(t.elected.as_ref().map(|e| format!("elected: {e}")));
            if t.acting {
                fields.push("acting: true".to_string());
            }
            fields.extend(t.known_until.as_ref().map(|d| format!("known-until: {d}")));
            fields.push(format!("source: {}", q(&t.source)));
            let _ = writeln!(out, "      - {{ {} }}", fields.join(", "));
        }
    }
    if !head.examples.is_empty() {
        out.push_str("examples:\n");
        for ex in head.examples {
            let expect: Vec<&str> = ex.expect.iter().map(String::as_str).collect();
            let text = serde_json::to_string(&ex.text).expect("strings serialise");
            let _ = writeln!(
                out,
                "  - {{ date: {}, text: {text}, expect: [{}] }}",
                ex.date,
                expect.join(", ")
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const OFFICES: &str = "office,country,title,aliases,government,holders,source\n\
        tv-mayor,XT,Mayor of Testville,Mayor;Testville Mayor,,,curated/t/offices.csv (made up for tests)\n";
    const HEADER: &str =
        "person,name,aliases,office,country,title,from,to,precision,born,died,occupation,wikidata,source\n";

    fn build(people: &str) -> Result<String, Vec<String>> {
        build_in(people, Context::default())
    }

    fn build_in(people: &str, context: Context) -> Result<String, Vec<String>> {
        build_with(HEADER, people, context)
    }

    /// People rows under `header` (the columns and optional ones), with the test offices.
    fn build_with(header: &str, people: &str, context: Context) -> Result<String, Vec<String>> {
        let inputs = vec![
            ("curated/t/offices.csv".to_string(), OFFICES.to_string()),
            ("curated/t/people.csv".to_string(), format!("{header}{people}")),
        ];
        let head = Head {
            name: "t",
            description: Some("Test."),
            source: Some("Made up."),
            known_until: None,
            examples: &[],
        };
        pack(&head, &[], &inputs, Path::new("/nowhere"), context)
    }

    #[test]
    fn terms_may_name_the_offices_of_a_pack_depended_on_which_are_not_repeated() {
        let elsewhere = || Context {
            offices: vec![Office {
                id: "xt-president".to_string(),
                country: "XT".to_string(),
                title: "President of Testland".to_string(),
                aliases: vec!["President".to_string()],
                government: String::new(),
                holders: String::new(),
                complete: None,
                keeps_title: false,
                defined_in: Some("other".to_string()),
            }],
            ..Context::default()
        };
        let out = build_in(
            "bob,Bob Example,,xt-president,XT,,2019,open,,,,,,Gazette\n",
            elsewhere(),
        )
        .unwrap();
        assert!(out.contains("- { office: xt-president, from: 2019, source:"), "{out}");
        assert!(!out.contains("  xt-president:"), "{out}");
        let e = build_in("bob,Bob Example,,xt-president,YY,,2019,,,,,,,Gazette\n", elsewhere()).unwrap_err();
        assert!(
            e[0].contains("the country `YY` is not `xt-president`'s (`XT`)"),
            "{e:?}"
        );
        let e = build("bob,Bob Example,,xt-president,,,2019,,,,,,,Gazette\n").unwrap_err();
        assert!(e[0].contains("which no offices table defines"), "{e:?}");
    }

    #[test]
    fn rows_become_a_pack_with_provenance_that_loads() {
        let out = build(
            "ann,Ann Example,Example,tv-mayor,,,2016,2020-05-01,,1960-02,,,,Testville Gazette 2016-01-02\n\
             ann,,A. Example,,,,,,,,,lawyer,Q1,Testville Gazette 2020-05-02\n",
        )
        .unwrap();
        assert!(out.contains("    aliases: [Example, A. Example]\n"), "{out}");
        assert!(out.contains("    occupation: lawyer\n"), "{out}");
        assert!(
            out.contains("- { office: tv-mayor, from: 2016, to: 2020-05-01, source: \"curated/t/people.csv:2: Testville Gazette 2016-01-02\" }"),
            "{out}"
        );
        crate::rules::RuleSet::load(vec![("t.yaml".into(), out)]).unwrap();
    }

    #[test]
    fn a_namesake_known_only_by_name_holds_offices_without_days() {
        let header = HEADER.replace("source\n", "source,held\n");
        let held = |rows: &str| build_with(&header, rows, Context::default());
        let out = held(
            "bo,Bo Example,,,,,,,,1950,,,,Testville Gazette,\n\
             bo,,,,,,,,,,,,,Testville Gazette,tv-mayor\n\
             bo,,,,,,,,,,,,,Testville Almanac,tv-mayor\n",
        )
        .unwrap();
        assert!(out.contains("    born: 1950\n    held: [tv-mayor]\n"), "{out}");
        crate::rules::RuleSet::load(vec![("t.yaml".into(), out)]).unwrap();
        let errors = held("bo,Bo Example,,tv-mayor,,,2016,,,,,,,Testville Gazette,tv-mayor\n").unwrap_err();
        assert!(errors[0].contains("`held` is an office without days"), "{errors:?}");
    }

    #[test]
    fn rows_are_placed_on_their_lines_whatever_the_line_ends() {
        for text in ["a,source\nx,s\ny,s\n", "\u{feff}a,source\r\nx,s\r\n\r\ny,s\r\n"] {
            let (header, rows) = read_table("t.csv", text).unwrap();
            assert_eq!(header, ["a", "source"]);
            let at: Vec<&str> = rows.iter().map(|r| r.at.as_str()).collect();
            let want = if text.contains('\r') {
                ["t.csv:2", "t.csv:4"]
            } else {
                ["t.csv:2", "t.csv:3"]
            };
            assert_eq!(at, want, "{text:?}");
        }
    }

    #[test]
    fn a_row_without_a_source_or_citing_a_missing_folder_fails() {
        let e = build("ann,Ann,,tv-mayor,,,2016,,,,,,,\n").unwrap_err();
        assert_eq!(
            e,
            ["curated/t/people.csv:2: a row needs a `source`: where the fact comes from"]
        );
        let e = build("ann,Ann,,tv-mayor,,,2016,,,,,,,sources/nothing-here/x.csv row 3\n").unwrap_err();
        assert!(e[0].contains("names no folder knowledge/sources/nothing-here"), "{e:?}");
    }

    #[test]
    fn rows_that_contradict_each_other_fail_naming_both() {
        let e = build(
            "ann,Ann,,,,,,,,1960-02-01,,,,Gazette\n\
             ann,Ann,,,,,,,,1961-02-01,,,,Herald\n",
        )
        .unwrap_err();
        assert!(
            e[0].starts_with(
                "curated/t/people.csv:3: the birth date is `1961-02-01` here and `1960-02-01` at curated/t/people.csv:2"
            ),
            "{e:?}"
        );
        let e = build(
            "ann,Ann,,tv-mayor,,,2016,2018,,,,,,Gazette\n\
             ann,Ann,,tv-mayor,,,2016,2019,,,,,,Herald\n",
        )
        .unwrap_err();
        assert!(
            e[0].contains("ends 2019 here and 2018 at curated/t/people.csv:2"),
            "{e:?}"
        );
        let e = build("ann,Ann,,tv-mayor,,,2016-05,,day,,,,,Gazette\n").unwrap_err();
        assert!(e[0].contains("not written to the row's precision (day)"), "{e:?}");
        let e = build("ann,Ann,,tv-sheriff,,,2016,,,,,,,Gazette\n").unwrap_err();
        assert!(e[0].contains("which no offices table defines"), "{e:?}");
        let e = build("ann,Ann,,tv-mayor,YY,,2016,,,,,,,Gazette\n").unwrap_err();
        assert!(e[0].contains("the country `YY` is not `tv-mayor`'s (`XT`)"), "{e:?}");
        let offices = "office,country,title,aliases,government,holders,source\nx,XT,X,Mayor;Mayor,,,Gazette\n";
        let head = Head {
            name: "t",
            description: None,
            source: None,
            known_until: None,
            examples: &[],
        };
        let e = pack(
            &head,
            &[],
            &[("o.csv".into(), offices.into())],
            Path::new("/nowhere"),
            Context::default(),
        )
        .unwrap_err();
        assert_eq!(e, ["o.csv:2: the alias `Mayor` is listed twice"]);
    }

    #[test]
    fn a_year_and_a_day_in_it_agree_and_the_day_is_kept() {
        let out = build(
            "ann,Ann,,,,,,,,,1919,,,Almanac\n\
             ann,Ann,,,,,,,,,1919-01-06,,,Gazette\n",
        )
        .unwrap();
        assert!(out.contains("    died: 1919-01-06\n"), "{out}");
        let e = build(
            "ann,Ann,,,,,,,,,1919-01-06,,,Gazette\n\
             ann,Ann,,,,,,,,,1920,,,Almanac\n",
        )
        .unwrap_err();
        assert!(
            e[0].contains("the death date is `1920` here and `1919-01-06` at curated/t/people.csv:2"),
            "{e:?}"
        );
    }

    #[test]
    fn people_must_fit_together() {
        // A death row whose id matches nobody's: the person has no name.
        let e = build(
            "ann-example,Ann Example,,tv-mayor,,,2016,2020,,,,,,Gazette\n\
             ann-exmaple,,,,,,,,,,2021-03-01,,,Gazette\n",
        )
        .unwrap_err();
        assert_eq!(
            e,
            ["curated/t/people.csv:3: no row gives `ann-exmaple` a name (is the id spelt as elsewhere?)"]
        );
        // An alias that is another person's name.
        let e = build(
            "john-quincy,John Quincy,John Adams,tv-mayor,,,2016,2020,,,,,,Gazette\n\
             john-adams,John Adams,,tv-mayor,,,2020,2022,,,,,,Gazette\n",
        )
        .unwrap_err();
        assert!(
            e[0].starts_with(
                "curated/t/people.csv:2: `John Adams` is an alias of `john-quincy` here and the name of `john-adams` at curated/t/people.csv:3"
            ),
            "{e:?}"
        );
        // Dead before the term ends, or before being born.
        let e = build(
            "ann,Ann,,tv-mayor,,,2016,2020-05-01,,1960,2019-12-31,,,Gazette\n\
             bob,Bob,,tv-mayor,,,2020-05-01,,,1950,1949,,,Gazette\n",
        )
        .unwrap_err();
        assert_eq!(e.len(), 3, "{e:?}");
        assert!(e[0].contains("`ann` dies (2019-12-31, at curated/t/people.csv:2) before the term in `tv-mayor` from 2016 ends (2020-05-01)"), "{e:?}");
        assert!(e[1].contains("`bob` dies (1949) before being born (1950"), "{e:?}");
        assert!(
            e[2].contains("before the term in `tv-mayor` from 2020-05-01 ends (still open)"),
            "{e:?}"
        );
        // A term may end on the day of death.
        build("ann,Ann,,tv-mayor,,,2016,2020-05-01,,,2020-05-01,,,Gazette\n").unwrap();
    }
}
