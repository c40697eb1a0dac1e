//! unitedstates/congress-legislators `executive.yaml`: every president and vice president, with
//! their names in parts, birthday and terms (`prez` / `viceprez`, start, end).
//!
//! How the file is read:
//! - a person's name is the names table's usual name for their full name (first, middle and
//!   last as the file has them), else the nickname (or first name) and the last name;
//! - the aliases are the forms copy writes a name in, made from its parts (first and last;
//!   with the middle initials, "H. W." and "H.W."; in full; the nickname; the official full
//!   name; the surname), then the names table's extra aliases. A made form that is another
//!   person's name is left out: John Quincy Adams is not "John Adams";
//! - each term's type is an office by the positions table; an end after the source's known-until
//!   date is a scheduled end, so the term is still running; consecutive terms of one office
//!   (a re-election, a succession then an election) are one term;
//! - a term that began on an inauguration day was won at the general election before it (see
//!   [`election_day`]).

use super::known_until;
use super::read::{Given, POSITION_COLUMNS, Positions, aliases_besides, slug, unmatched};
use crate::rules::FactDate;
use crate::rules::rows::{Row, list};
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;
use serde_saphyr::Spanned;
use std::collections::{BTreeMap, HashSet};

/// A names table: `full_name` as the file has it → the usual `name` and extra `aliases`.
const NAME_COLUMNS: &[&str] = &["full_name", "name", "aliases", "source"];

const SOURCE: &str = "unitedstates/congress-legislators (CC0-1.0)";

#[derive(Deserialize)]
struct Record {
    name: Name,
    #[serde(default)]
    bio: Bio,
    #[serde(default)]
    terms: Vec<Spanned<FileTerm>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Name {
    first: String,
    #[serde(default)]
    middle: Option<String>,
    last: String,
    #[serde(default)]
    suffix: Option<String>,
    #[serde(default)]
    nickname: Option<String>,
    #[serde(default)]
    official_full: Option<String>,
}

#[derive(Deserialize, Default)]
struct Bio {
    #[serde(default)]
    birthday: Option<String>,
}

#[derive(Deserialize)]
struct FileTerm {
    #[serde(rename = "type")]
    kind: String,
    start: String,
    end: String,
}

/// A term as the pack will hold it, with the lines of the file it comes from.
struct Term {
    office: String,
    from: String,
    to: Option<String>,
    lines: Vec<usize>,
    /// The end the file gives, when it is after the source's known-until date.
    scheduled_end: Option<String>,
}

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(|e| vec![e])?)?;
    let names = given.tables.take(NAME_COLUMNS).map_err(|e| vec![e])?;
    let mut errors = given
        .tables
        .untaken("executive-yaml", &[POSITION_COLUMNS, NAME_COLUMNS]);
    let until = known_until(given.knowledge, given.path).map_err(|e| vec![e])?;
    let records: Vec<Record> = crate::rules::schema::parse_yaml(given.text).map_err(|(place, e)| {
        let at = place.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default();
        vec![format!(
            "{}{at}: not a congress-legislators executive.yaml: {e}",
            given.path
        )]
    })?;

    let usual: BTreeMap<&str, &Row> = names.iter().map(|r| (r.get("full_name"), r)).collect();
    let mut used_names = HashSet::new();
    let people: Vec<(String, &Record)> = records
        .iter()
        .map(|r| {
            let full = full_name(&r.name);
            let name = match usual.get(full.as_str()).map(|row| row.get("name")) {
                Some(n) if !n.is_empty() => n.to_string(),
                _ => format!("{} {}", r.name.nickname.as_ref().unwrap_or(&r.name.first), r.name.last),
            };
            (name, r)
        })
        .collect();
    let everyone: HashSet<&str> = people.iter().map(|(n, _)| n.as_str()).collect();
    if everyone.len() < people.len() {
        // Two people of the file would become one: a names row gave one the other's name.
        let mut seen = HashSet::new();
        let twice: Vec<&str> = people
            .iter()
            .map(|(n, _)| n.as_str())
            .filter(|n| !seen.insert(*n))
            .collect();
        return Err(vec![format!(
            "{}: two people would both be named {}: give one of them another name in the names table",
            given.path,
            twice.join(", ")
        )]);
    }

    let mut out = Vec::new();
    for (name, record) in &people {
        let full = full_name(&record.name);
        let curated = usual.get(full.as_str());
        if curated.is_some() {
            used_names.insert(full.clone());
        }
        let made = made_aliases(&record.name)
            .into_iter()
            .filter(|a| a == name || !everyone.contains(a.as_str()));
        let extra = curated.map(|row| list(row.get("aliases"))).unwrap_or_default();
        let aliases = aliases_besides(name, made.chain(extra));
        let terms = match terms(record, &mut positions, until) {
            Ok(t) => t,
            Err(e) => {
                errors.push(format!("{}: {full}: {e}", given.path));
                continue;
            }
        };
        if terms.is_empty() {
            errors.push(format!("{}: {full}: no terms", given.path));
        }
        for (i, t) in terms.iter().enumerate() {
            let mut row = Row::new(format!("{}:{}", given.path, t.lines[0]))
                .with("person", slug(name))
                .with("name", name.clone())
                .with("office", t.office.clone())
                .with("from", t.from.clone())
                .with("to", t.to.clone().unwrap_or_default())
                .with("source", provenance(t, until));
            if i == 0 {
                row = row
                    .with("aliases", aliases.join(";"))
                    .with("born", record.bio.birthday.clone().unwrap_or_default());
            }
            if let Some(day) = election_day(&t.from) {
                row = row.with("elected", day.to_string());
            }
            out.push(row);
        }
    }
    errors.extend(unmatched(
        &names,
        "full_name",
        |n| used_names.contains(n),
        |n| format!("nobody in {} is named `{n}` (first, middle and last name)", given.path),
    ));
    errors.extend(positions.unused());
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// First, middle and last name, as the names table keys them.
fn full_name(n: &Name) -> String {
    [Some(&n.first), n.middle.as_ref(), Some(&n.last)]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The forms of a name made from its parts, in the order they are written to the pack.
fn made_aliases(n: &Name) -> Vec<String> {
    let (first, last) = (&n.first, &n.last);
    let with_suffix = |s: String| match &n.suffix {
        Some(suffix) => format!("{s} {suffix}"),
        None => s,
    };
    let mut out = vec![format!("{first} {last}")];
    if n.middle.is_none() && n.suffix.is_some() {
        out.push(with_suffix(format!("{first} {last}")));
    }
    if let Some(middle) = &n.middle {
        let mut words: Vec<&str> = middle.split_whitespace().collect();
        // "Rufus de Vane": a particle makes the rest part of the surname; one initial only.
        if words.iter().any(|w| w.starts_with(char::is_lowercase)) {
            words.truncate(1);
        }
        let initials: Vec<String> = words.iter().map(|w| initial(w)).collect();
        let mut forms = vec![initials.join(" ")];
        if initials.len() > 1 {
            forms.push(initials.concat()); // "H.W." as well as "H. W."
        }
        for mi in forms {
            out.push(format!("{first} {mi} {last}"));
            if n.suffix.is_some() {
                out.push(with_suffix(format!("{first} {mi} {last}")));
            }
        }
        out.push(with_suffix(format!("{first} {middle} {last}")));
    }
    if let Some(nick) = &n.nickname {
        out.push(format!("{nick} {last}"));
    }
    if let Some(official) = &n.official_full {
        out.push(official.clone());
    }
    out.push(last.clone()); // "Van Buren" stays whole
    out
}

/// "Herbert" → "H."; an initial already ("S.") stays as it is.
fn initial(word: &str) -> String {
    let mut chars = word.chars();
    match (chars.next(), chars.as_str()) {
        (Some(c), ".") if c.is_ascii_uppercase() => word.to_string(),
        (Some(c), _) => format!("{c}."),
        (None, _) => String::new(),
    }
}

/// The person's terms by office and start, consecutive ones of one office made one.
fn terms(record: &Record, positions: &mut Positions, until: FactDate) -> Result<Vec<Term>, String> {
    let mut terms: Vec<Term> = Vec::new();
    for spanned in &record.terms {
        let t = &spanned.value;
        let (start, end) = (FactDate::parse(&t.start)?, FactDate::parse(&t.end)?);
        if end.latest() < start.earliest() {
            return Err(format!("a term ends ({}) before it starts ({})", t.end, t.start));
        }
        let running = end.earliest() > until.latest();
        let to = (!running).then(|| t.end.clone());
        for piece in positions.place(&t.kind, &t.start, to.as_deref())? {
            terms.push(Term {
                office: piece.office,
                from: piece.from,
                to: piece.to,
                lines: vec![spanned.referenced.line() as usize],
                scheduled_end: running.then(|| t.end.clone()),
            });
        }
    }
    terms.sort_by(|a, b| {
        (&a.office, FactDate::parse(&a.from).ok().map(|d| d.earliest()))
            .cmp(&(&b.office, FactDate::parse(&b.from).ok().map(|d| d.earliest())))
    });
    let mut merged: Vec<Term> = Vec::new();
    for t in terms {
        match merged.last_mut() {
            Some(prev) if prev.office == t.office && prev.to.as_deref() == Some(t.from.as_str()) => {
                prev.to = t.to;
                prev.lines.extend(t.lines);
                prev.scheduled_end = t.scheduled_end;
            }
            Some(prev) if prev.office == t.office && overlaps(prev, &t) => {
                return Err(format!(
                    "two terms in `{}` overlap: from {} and from {}",
                    t.office, prev.from, t.from
                ));
            }
            _ => merged.push(t),
        }
    }
    merged.sort_by_key(|t| FactDate::parse(&t.from).map(|d| d.earliest()).ok());
    Ok(merged)
}

/// Whether `later` starts before `earlier` (sorted by start) has ended.
fn overlaps(earlier: &Term, later: &Term) -> bool {
    let day = |s: &str| FactDate::parse(s).expect("checked");
    earlier
        .to
        .as_deref()
        .is_none_or(|to| day(to).earliest() > day(&later.from).latest())
}

/// Where a term comes from: the file's lines, and what the build made of them.
fn provenance(t: &Term, until: FactDate) -> String {
    let mut out = SOURCE.to_string();
    if t.lines.len() > 1 {
        let more: Vec<String> = t.lines[1..].iter().map(usize::to_string).collect();
        out.push_str(&format!("; with the term at line {}", more.join(", ")));
    }
    if let Some(end) = &t.scheduled_end {
        out.push_str(&format!(
            "; open: scheduled to end {end}, after the source's known-until date {until}"
        ));
    }
    if election_day(&t.from).is_some() {
        out.push_str("; election day by 3 U.S.C. § 1");
    }
    out
}

/// The general election that won a term beginning on an inauguration day: by 3 U.S.C. § 1 (in
/// force since the election of 1848) the Tuesday after the first Monday in November of the
/// year before. Inauguration day is March 4 until 1933 and January 20 since 1937 (the
/// Twentieth Amendment). A term that began on any other day began by succession and had no
/// election of its own.
pub(super) fn election_day(start: &str) -> Option<NaiveDate> {
    let day = NaiveDate::parse_from_str(start, "%Y-%m-%d").ok()?;
    let inauguration = if day.year() >= 1937 { (1, 20) } else { (3, 4) };
    let election_year = day.year() - 1;
    if (day.month(), day.day()) != inauguration || election_year < 1848 || election_year % 4 != 0 {
        return None;
    }
    let first_monday = NaiveDate::from_weekday_of_month_opt(election_year, 11, Weekday::Mon, 1)?;
    first_monday.succ_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(first: &str, middle: Option<&str>, last: &str, suffix: Option<&str>, nickname: Option<&str>) -> Name {
        Name {
            first: first.into(),
            middle: middle.map(Into::into),
            last: last.into(),
            suffix: suffix.map(Into::into),
            nickname: nickname.map(Into::into),
            official_full: None,
        }
    }

    #[test]
    fn aliases_are_made_from_the_parts_of_a_name() {
        assert_eq!(
            made_aliases(&name("George", Some("Herbert Walker"), "Bush", None, None)),
            [
                "George Bush",
                "George H. W. Bush",
                "George H.W. Bush",
                "George Herbert Walker Bush",
                "Bush"
            ]
        );
        assert_eq!(
            made_aliases(&name("William", Some("Rufus de Vane"), "King", None, None)),
            ["William King", "William R. King", "William Rufus de Vane King", "King"]
        );
        assert_eq!(
            made_aliases(&name("Harry", Some("S."), "Truman", None, None)),
            ["Harry Truman", "Harry S. Truman", "Harry S. Truman", "Truman"]
        );
        assert_eq!(
            made_aliases(&name("Joseph", Some("Robinette"), "Biden", Some("Jr."), Some("Joe"))),
            [
                "Joseph Biden",
                "Joseph R. Biden",
                "Joseph R. Biden Jr.",
                "Joseph Robinette Biden Jr.",
                "Joe Biden",
                "Biden"
            ]
        );
    }

    #[test]
    fn election_days_follow_the_statute_and_the_inauguration_day() {
        let day = |s: &str| election_day(s).map(|d| d.to_string());
        assert_eq!(day("2021-01-20").as_deref(), Some("2020-11-03"));
        assert_eq!(day("1933-03-04").as_deref(), Some("1932-11-08"));
        assert_eq!(day("2021-01-21"), None); // not an inauguration day
        assert_eq!(day("1845-03-04"), None); // before the statute's first election (1848)
        assert_eq!(day("1963-11-22"), None); // succession
        assert_eq!(day("1937-01-20").as_deref(), Some("1936-11-03"));
    }
}
