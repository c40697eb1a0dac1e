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
//! say different things of one fact (a birth date, a term's end) are an error naming both.
//!
//! A row whose source opens with a row of a source file the manifest gives an adapter
//! (`sources/archigos-4.1/….csv row 1022 (…)`, see `adapters`) takes its empty dates from that
//! record: a term's `from` and `to`, the person's birth and death. What a row writes itself
//! stands over the source only where it agrees, makes it more precise, or says why in `note`.

use super::FactDate;
use super::adapters::{self, Sources};
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
const OPTIONAL_PEOPLE_COLUMNS: &[&str] = &["elected", "acting", "note"];
/// Why an office is defined as it is (a change of name, an abolition): for the researcher.
/// `complete`: `FROM..TO`, the days over which the tables hold every holder of the office.
const OPTIONAL_OFFICE_COLUMNS: &[&str] = &["note", "complete"];

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
    /// The pack that defines the office, when it is not this one (`depends:`): terms may name
    /// it, the built pack does not repeat it.
    pub defined_in: Option<String>,
}

#[derive(Debug, Default)]
struct Person {
    name: Option<Said<String>>,
    aliases: Vec<String>,
    born: Option<Said<String>>,
    died: Option<Said<String>>,
    occupation: Option<Said<String>>,
    wikidata: Option<Said<String>>,
    terms: Vec<Term>,
}

#[derive(Debug)]
struct Term {
    office: String,
    from: String,
    to: Option<String>,
    elected: Option<String>,
    acting: bool,
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
    /// Source files whose rows a row may cite, each read by its adapter.
    pub sources: Sources,
    /// Offices other packs define (`depends:`), which terms may name.
    pub offices: Vec<Office>,
}

/// Builds a pack from row tables.
pub(super) fn pack(
    head: &Head,
    inputs: &[(String, String)],
    knowledge: &Path,
    context: Context,
) -> Result<String, Vec<String>> {
    let mut tables = Tables {
        offices: context.offices,
        sources: context.sources,
        ..Tables::default()
    };
    for (path, text) in inputs {
        tables.read(path, text, knowledge);
    }
    tables.check_offices();
    if !tables.errors.is_empty() {
        return Err(tables.errors);
    }
    Ok(render(head, &tables))
}

#[derive(Default)]
struct Tables {
    offices: Vec<Office>,
    people: BTreeMap<String, Person>,
    sources: Sources,
    errors: Vec<String>,
}

impl Tables {
    fn read(&mut self, path: &str, text: &str, knowledge: &Path) {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(text.as_bytes());
        let header: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|c| c.trim_start_matches('\u{feff}').to_string()).collect(),
            Err(e) => return self.errors.push(format!("{path}: {e}")),
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
        for (i, record) in reader.records().enumerate() {
            let at = format!("{path}:{}", i + 2);
            let record = match record {
                Ok(r) => r,
                Err(e) => {
                    self.errors.push(format!("{at}: {e}"));
                    continue;
                }
            };
            let row = Row {
                at: &at,
                header: &header,
                record: &record,
            };
            let source = row.get("source");
            if source.is_empty() {
                self.errors
                    .push(format!("{at}: a row needs a `source`: where the fact comes from"));
                continue;
            }
            if let Some(folder) = super::knowledge::source_folder(source)
                && !knowledge.join("sources").join(folder).is_dir()
            {
                self.errors.push(format!(
                    "{at}: the source `{source}` names no folder knowledge/sources/{folder}"
                ));
                continue;
            }
            let result = match kind {
                Kind::Offices => self.office(&row),
                Kind::People => self.person(&row),
            };
            if let Err(e) = result {
                self.errors.push(format!("{at}: {e}"));
            }
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
        self.offices.push(Office {
            id: id.to_string(),
            country: row.get("country").to_string(),
            title: row.required("title")?.to_string(),
            aliases: list(row.get("aliases")),
            government: row.get("government").to_string(),
            holders: holders.to_string(),
            complete: complete(row.get("complete"))?,
            defined_in: None,
        });
        Ok(())
    }

    fn person(&mut self, row: &Row) -> Result<(), String> {
        let id = row.required("person")?.to_string();
        let record = self.sources.record(row.get("source")).transpose()?;
        let person = self.people.entry(id.clone()).or_default();
        let at = row.at.to_string();
        let noted = !row.get("note").is_empty();
        let written = By::Row { noted };
        agree(&mut person.name, row.get("name"), &at, "name")?;
        for a in list(row.get("aliases")) {
            if !person.aliases.contains(&a) {
                person.aliases.push(a);
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
        person.terms.push(Term {
            office: office.to_string(),
            from,
            to,
            elected: date(row, "elected")?,
            acting,
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
}

enum Kind {
    Offices,
    People,
}

struct Row<'a> {
    at: &'a str,
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

    fn required(&self, column: &str) -> Result<&str, String> {
        match self.get(column) {
            "" => Err(format!("empty `{column}`")),
            v => Ok(v),
        }
    }
}

fn list(s: &str) -> Vec<String> {
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
/// rows and sources with sources; a row's word stands over a source's where it agrees, makes it
/// more precise, or says why in `note` (the source is wrong).
fn agree_said(known: &mut Option<Said<String>>, new: Said<String>, what: &str) -> Result<(), String> {
    if new.value.is_empty() {
        return Ok(());
    }
    let Some(k) = known else {
        *known = Some(new);
        return Ok(());
    };
    let corrects = |row: &Said<String>, source: &Said<String>| {
        row.by == By::Row { noted: true } || adapters::refines(&row.value, &source.value)
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
    }
    out.push_str("people:\n");
    for (id, p) in &tables.people {
        let _ = writeln!(out, "  {id}:");
        let name = p.name.as_ref().map_or(id.as_str(), |n| n.value.as_str());
        let _ = writeln!(out, "    name: {}", q(name));
        if !p.aliases.is_empty() {
            let list: Vec<String> = p.aliases.iter().map(|a| q(a)).collect();
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
        let inputs = vec![
            ("curated/t/offices.csv".to_string(), OFFICES.to_string()),
            ("curated/t/people.csv".to_string(), format!("{HEADER}{people}")),
        ];
        let head = Head {
            name: "t",
            description: Some("Test."),
            source: Some("Made up."),
            known_until: None,
            examples: &[],
        };
        pack(&head, &inputs, Path::new("/nowhere"), context)
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
    }
}
