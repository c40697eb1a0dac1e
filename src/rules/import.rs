//! Importers that write rule packs from public data, so users can refresh packs themselves:
//! `claimcheck rules import congress-legislators FILE...` and `claimcheck rules import csv FILE`.
//! Output is deterministic: the same input gives the same bytes.

use super::FactDate;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write;

/// A term of a legislator in unitedstates/congress-legislators (`legislators-*.yaml`).
#[derive(Deserialize)]
struct LegTerm {
    #[serde(rename = "type")]
    kind: String,
    start: String,
    end: String,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    party: Option<String>,
}

#[derive(Deserialize, Default)]
struct LegName {
    #[serde(default)]
    first: Option<String>,
    #[serde(default)]
    middle: Option<String>,
    #[serde(default)]
    last: Option<String>,
    #[serde(default)]
    suffix: Option<String>,
    #[serde(default)]
    nickname: Option<String>,
    #[serde(default)]
    official_full: Option<String>,
}

#[derive(Deserialize, Default)]
struct LegBio {
    #[serde(default)]
    birthday: Option<String>,
}

#[derive(Deserialize)]
struct LegId {
    bioguide: String,
    /// The title of the member's Wikipedia article: the name copy writes ("Dick Durbin" of
    /// Richard J. Durbin), with a disambiguation in brackets.
    #[serde(default)]
    wikipedia: Option<String>,
    /// The member's Ballotpedia page name, the same kind of name.
    #[serde(default)]
    ballotpedia: Option<String>,
}

#[derive(Deserialize)]
struct Legislator {
    id: LegId,
    #[serde(default)]
    name: LegName,
    #[serde(default)]
    bio: LegBio,
    #[serde(default)]
    terms: Vec<LegTerm>,
}

/// A person ready to be written into a pack.
struct OutPerson {
    id: String,
    name: String,
    aliases: Vec<String>,
    born: Option<String>,
    died: Option<String>,
    comment: Option<String>,
    terms: Vec<OutTerm>,
    held: Vec<&'static str>,
}

struct OutTerm {
    office: String,
    from: String,
    to: Option<String>,
}

const CONGRESS_OFFICES: &str = "offices:
  us-senator:
    title: United States Senator
    aliases: [Senator, Sen., U.S. Senator, US Senator, U.S. Sen., US Sen., Republican Senator, Democratic Senator, Republican Sen., Democratic Sen., Independent Senator, Independent Sen.]
    holders: many
  us-representative:
    title: Member of the United States House of Representatives
    aliases: [Representative, Rep., U.S. Representative, US Representative, U.S. Rep., US Rep., Congressman, Congresswoman, Congressmember, Republican Rep., Democratic Rep., Republican Representative, Democratic Representative]
    holders: many
";

/// Writes the `us-congress` pack from `legislators-current.yaml` and/or the historical YAML in
/// the same format. A current member's last term is written open (no `to`): the file lists who
/// serves now, and its `end` is only the scheduled end.
///
/// `legislators-historical.csv` (names, no term dates) adds the historical namesakes of the
/// members with dated terms: people with the same surname who served in Congress at dates the
/// pack does not know, so that "Rep. Mullin" in 2021 is not judged against the Mullin serving
/// now.
pub fn congress_legislators(files: &[(String, String)]) -> Result<String, String> {
    let mut people = Vec::new();
    let mut sources = Vec::new();
    let mut name_lists = Vec::new();
    for (path, text) in files {
        if path.ends_with(".csv") {
            name_lists.push((path, text));
            continue;
        }
        let members: Vec<Legislator> = super::schema::parse_yaml(text).map_err(|(place, e)| {
            let at = place.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default();
            format!("{path}{at}: not a congress-legislators file: {e}")
        })?;
        let current = path.contains("current");
        let base = std::path::Path::new(path)
            .file_name()
            .map_or(path.as_str(), |n| n.to_str().unwrap_or(path));
        sources.push(format!("{base} ({} people)", members.len()));
        for m in members {
            people.push(legislator(m, current).map_err(|e| format!("{path}: {e}"))?);
        }
    }
    let surnames: std::collections::HashSet<String> = people.iter().filter_map(|p| p.aliases.last().cloned()).collect();
    for (path, text) in name_lists {
        let namesakes = historical_names(path, text, |last| surnames.is_empty() || surnames.contains(last))?;
        let base = std::path::Path::new(path)
            .file_name()
            .map_or(path.as_str(), |n| n.to_str().unwrap_or(path));
        sources.push(format!(
            "{base} ({} namesakes of the above, dates unknown)",
            namesakes.len()
        ));
        people.extend(namesakes);
    }
    // An empty pack named us-congress would silently replace the shipped one.
    if people.is_empty() {
        let names: Vec<&str> = files.iter().map(|(p, _)| p.as_str()).collect();
        return Err(format!("{}: no legislators in it: no pack written", names.join(", ")));
    }
    dedupe_ids(&mut people);
    people.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Generated by `claimcheck rules import congress-legislators` — do not edit by hand."
    );
    let _ = writeln!(out, "pack: us-congress");
    let _ = writeln!(
        out,
        "description: Members of the United States Congress with every term they served in the Senate and the House."
    );
    let _ = writeln!(
        out,
        "source: \"github.com/unitedstates/congress-legislators (CC0-1.0, public domain): {}\"",
        sources.join(", ")
    );
    out.push_str(CONGRESS_OFFICES);
    write_people(&mut out, &people);
    out.push_str(CONGRESS_EXAMPLES);
    Ok(out)
}

const CONGRESS_EXAMPLES: &str = "examples:
  - { date: 2025-03-11, text: \"Sen. Elizabeth Warren said the bill would fail.\", expect: [] }
  - { date: 2025-03-11, text: \"Sen. Elizabeth Warren (D-Mass.) said the bill would fail.\", expect: [] }
  - { date: 2025-03-11, text: \"Former Sen. Elizabeth Warren said the bill would fail.\", expect: [former-incumbent] }
  - { date: 2010-03-11, text: \"Sen. Elizabeth Warren said the bill would fail.\", expect: [before-term] }
  # The name copy writes, from the member's Wikipedia and Ballotpedia pages (Richard J. Durbin).
  - { date: 2025-03-11, text: \"Sen. Dick Durbin said the bill would fail.\", expect: [] }
  - { date: 1990-03-11, text: \"Sen. Dick Durbin said the bill would fail.\", expect: [before-term] }
";

fn legislator(m: Legislator, current: bool) -> Result<OutPerson, String> {
    let n = &m.name;
    let last = n
        .last
        .clone()
        .ok_or_else(|| format!("{}: no last name", m.id.bioguide))?;
    let first = n.first.clone().unwrap_or_default();
    let with_suffix = |s: String| match &n.suffix {
        Some(suf) => format!("{s} {suf}"),
        None => s,
    };
    let first_last = with_suffix(format!("{first} {last}"));
    let name = n.official_full.clone().unwrap_or_else(|| first_last.clone());
    let mut aliases = vec![first_last.clone(), format!("{first} {last}")];
    if let Some(nick) = &n.nickname {
        aliases.push(format!("{nick} {last}"));
    }
    if let Some(mid) = &n.middle {
        let initial: String = mid.chars().take(1).collect();
        aliases.push(format!("{first} {initial}. {last}"));
        aliases.push(format!("{first} {mid} {last}"));
    }
    aliases.extend(
        [&m.id.wikipedia, &m.id.ballotpedia]
            .into_iter()
            .flatten()
            .filter_map(|page| common_name(page, &last)),
    );
    aliases.push(last.clone());
    let mut seen = vec![name.clone()];
    aliases.retain(|a| {
        !a.trim().is_empty() && !seen.contains(a) && {
            seen.push(a.clone());
            true
        }
    });
    let mut terms: Vec<OutTerm> = Vec::new();
    let mut parties = Vec::new();
    let count = m.terms.len();
    for (i, t) in m.terms.into_iter().enumerate() {
        let office = match t.kind.as_str() {
            "sen" => "us-senator",
            "rep" => "us-representative",
            other => return Err(format!("{}: unknown term type `{other}`", m.id.bioguide)),
        };
        FactDate::parse(&t.start).map_err(|e| format!("{}: {e}", m.id.bioguide))?;
        FactDate::parse(&t.end).map_err(|e| format!("{}: {e}", m.id.bioguide))?;
        if let (Some(p), Some(s)) = (&t.party, &t.state) {
            let tag = format!("{p}, {s}");
            if !parties.contains(&tag) {
                parties.push(tag);
            }
        }
        let open = current && i + 1 == count;
        // Consecutive terms of one office (re-election, a new Congress) make one term.
        if let Some(prev) = terms.last_mut()
            && prev.office == office
            && prev
                .to
                .as_deref()
                .is_some_and(|to| days_between(to, &t.start).is_some_and(|d| d <= 7))
        {
            prev.to = (!open).then(|| t.end.clone());
            continue;
        }
        terms.push(OutTerm {
            office: office.to_string(),
            from: t.start,
            to: (!open).then_some(t.end),
        });
    }
    Ok(OutPerson {
        id: slug(&name),
        name,
        aliases,
        born: m.bio.birthday,
        died: None,
        comment: Some(format!("bioguide {} · {}", m.id.bioguide, parties.join("; "))),
        terms,
        held: Vec::new(),
    })
}

/// Rows of `legislators-historical.csv` whose surname `keep` accepts, as undated holders.
fn historical_names(path: &str, text: &str, keep: impl Fn(&str) -> bool) -> Result<Vec<OutPerson>, String> {
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| format!("{path}: {e}"))?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| format!("{path}: no `{name}` column"))
    };
    let (c_last, c_first, c_nick, c_suffix, c_full) = (
        col("last_name")?,
        col("first_name")?,
        col("nickname")?,
        col("suffix")?,
        col("full_name")?,
    );
    let (c_born, c_type, c_state, c_bioguide) = (col("birthday")?, col("type")?, col("state")?, col("bioguide_id")?);
    let (c_wikipedia, c_ballotpedia) = (col("wikipedia_id")?, col("ballotpedia_id")?);
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| format!("{path}:{}: {e}", i + 2))?;
        let get = |c: usize| row.get(c).unwrap_or("").trim().to_string();
        let last = get(c_last);
        if last.is_empty() || !keep(&last) {
            continue;
        }
        let first = get(c_first);
        let first_last = match get(c_suffix) {
            s if s.is_empty() => format!("{first} {last}"),
            s => format!("{first} {last} {s}"),
        };
        let name = Some(get(c_full))
            .filter(|f| !f.is_empty())
            .unwrap_or_else(|| first_last.clone());
        let mut aliases = vec![first_last, format!("{first} {last}")];
        let nick = get(c_nick);
        if !nick.is_empty() {
            aliases.push(format!("{nick} {last}"));
        }
        aliases.extend(
            [get(c_wikipedia), get(c_ballotpedia)]
                .iter()
                .filter_map(|page| common_name(page, &last)),
        );
        aliases.push(last.clone());
        let mut seen = vec![name.clone()];
        aliases.retain(|a| {
            let new = !seen.contains(a);
            seen.push(a.clone());
            new
        });
        let born = Some(get(c_born)).filter(|b| FactDate::parse(b).is_ok());
        let bioguide = get(c_bioguide);
        out.push(OutPerson {
            id: format!("{}-{}", slug(&name), bioguide.to_lowercase()),
            name,
            aliases,
            born,
            died: None,
            comment: Some(format!(
                "historical namesake, bioguide {bioguide}, last term {} {}; term dates not in the source",
                get(c_type),
                get(c_state)
            )),
            terms: Vec::new(),
            // The source gives only the last term's chamber: assume either, which can only make
            // a claim less certain, never wrongly contradicted.
            held: vec!["us-representative", "us-senator"],
        });
    }
    Ok(out)
}

/// The name a Wikipedia or Ballotpedia page gives a member, as copy writes it ("Dick Durbin",
/// "Andy Ogles"): the page's title without its bracketed disambiguation ("Mike Rogers
/// (Alabama politician)"), where it is a person's name of two to five words ending in the
/// member's surname, with a generational suffix at most after it. Anything else (a page named
/// otherwise, a list page) gives no alias.
fn common_name(page: &str, last: &str) -> Option<String> {
    let name = page.split(" (").next().unwrap_or(page).trim();
    let words: Vec<&str> = name.split(' ').collect();
    let is_suffix = |w: &str| matches!(w, "Jr." | "Sr." | "II" | "III" | "IV");
    let core = match words.split_last() {
        Some((w, rest)) if is_suffix(w.trim_start_matches(',')) => rest,
        _ => &words[..],
    };
    let a_name_word = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’' | ','))
    };
    let ends_in_surname = core.join(" ").trim_end_matches(',').ends_with(last) && core.len() > last.split(' ').count();
    (ends_in_surname && (2..=5).contains(&words.len()) && words.iter().all(a_name_word)).then(|| name.to_string())
}

fn days_between(a: &str, b: &str) -> Option<i64> {
    let a = chrono::NaiveDate::parse_from_str(a, "%Y-%m-%d").ok()?;
    let b = chrono::NaiveDate::parse_from_str(b, "%Y-%m-%d").ok()?;
    Some((b - a).num_days())
}

/// `Maria Cantwell` → `maria-cantwell`; `Charles E. Schumer` → `charles-e-schumer`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() && (c == ' ' || c == '-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Namesakes get a numbered id, in input order, so ids stay unique and stable.
fn dedupe_ids(people: &mut [OutPerson]) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for p in people.iter_mut() {
        let n = seen.entry(p.id.clone()).or_default();
        *n += 1;
        if *n > 1 {
            p.id = format!("{}-{n}", p.id);
        }
    }
}

pub(super) fn yaml_str(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '\'' | '’'))
        && !s.starts_with(['-', ' ', '\''])
        && !matches!(
            s,
            "yes" | "no" | "true" | "false" | "null" | "Yes" | "No" | "True" | "False" | "Null" | "NULL" | "~"
        );
    if plain {
        s.to_string()
    } else {
        serde_json::to_string(s).expect("strings serialise")
    }
}

fn write_people(out: &mut String, people: &[OutPerson]) {
    out.push_str("people:\n");
    for p in people {
        if let Some(c) = &p.comment {
            let _ = writeln!(out, "  # {c}");
        }
        let _ = writeln!(out, "  {}:", p.id);
        let _ = writeln!(out, "    name: {}", yaml_str(&p.name));
        if !p.aliases.is_empty() {
            let list: Vec<String> = p.aliases.iter().map(|a| yaml_str(a)).collect();
            let _ = writeln!(out, "    aliases: [{}]", list.join(", "));
        }
        if let Some(b) = &p.born {
            let _ = writeln!(out, "    born: {b}");
        }
        if let Some(d) = &p.died {
            let _ = writeln!(out, "    died: {d}");
        }
        if !p.held.is_empty() {
            let _ = writeln!(out, "    held: [{}]", p.held.join(", "));
        }
        if p.terms.is_empty() {
            continue;
        }
        let _ = writeln!(out, "    terms:");
        for t in &p.terms {
            match &t.to {
                Some(to) => {
                    let _ = writeln!(out, "      - {{ office: {}, from: {}, to: {to} }}", t.office, t.from);
                }
                None => {
                    let _ = writeln!(out, "      - {{ office: {}, from: {} }}", t.office, t.from);
                }
            }
        }
    }
}

/// Writes a pack from a CSV with the header `person,name,aliases,office,title,from,to,born,died`
/// (aliases separated by `;`), one row per term. Offices get their title as their one alias.
pub fn csv(path: &str, text: &str, pack: &str) -> Result<String, String> {
    let mut reader = ::csv::ReaderBuilder::new()
        .trim(::csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| format!("{path}: {e}"))?.clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
            .ok_or_else(|| format!("{path}: no `{name}` column"))
    };
    let (c_person, c_name, c_aliases, c_office, c_title) = (
        col("person")?,
        col("name")?,
        col("aliases")?,
        col("office")?,
        col("title")?,
    );
    let (c_from, c_to, c_born, c_died) = (col("from")?, col("to")?, col("born")?, col("died")?);
    let mut offices: BTreeMap<String, String> = BTreeMap::new();
    let mut people: BTreeMap<String, OutPerson> = BTreeMap::new();
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        let row = row.map_err(|e| format!("{path}:{line}: {e}"))?;
        let get = |c: usize| row.get(c).unwrap_or("").to_string();
        let date = |c: usize| -> Result<Option<String>, String> {
            let v = get(c);
            if v.is_empty() {
                return Ok(None);
            }
            FactDate::parse(&v)
                .map(|_| Some(v))
                .map_err(|e| format!("{path}:{line}: {e}"))
        };
        let person = get(c_person);
        if person.is_empty() {
            return Err(format!("{path}:{line}: empty `person`"));
        }
        let office = get(c_office);
        if !office.is_empty() {
            let title = get(c_title);
            match offices.get(&office) {
                Some(t) if *t != title && !title.is_empty() => {
                    return Err(format!(
                        "{path}:{line}: office `{office}` has two titles: `{t}` and `{title}`"
                    ));
                }
                Some(_) => {}
                None => {
                    offices.insert(office.clone(), title);
                }
            }
        }
        let entry = people.entry(person.clone()).or_insert_with(|| OutPerson {
            id: person.clone(),
            name: get(c_name),
            aliases: Vec::new(),
            born: None,
            died: None,
            comment: None,
            terms: Vec::new(),
            held: Vec::new(),
        });
        for a in get(c_aliases).split(';').map(str::trim).filter(|a| !a.is_empty()) {
            if !entry.aliases.iter().any(|x| x == a) {
                entry.aliases.push(a.to_string());
            }
        }
        entry.born = entry.born.take().or(date(c_born)?);
        entry.died = entry.died.take().or(date(c_died)?);
        if !office.is_empty() {
            let from = date(c_from)?.ok_or_else(|| format!("{path}:{line}: a term needs `from`"))?;
            entry.terms.push(OutTerm {
                office,
                from,
                to: date(c_to)?,
            });
        }
    }
    if people.is_empty() {
        return Err(format!("{path}: no rows: no pack written"));
    }
    let mut out = String::new();
    let _ = writeln!(out, "# Generated by `claimcheck rules import csv` from {path}.");
    let _ = writeln!(out, "pack: {}", yaml_str(pack));
    let _ = writeln!(out, "source: {}", yaml_str(path));
    out.push_str("offices:\n");
    for (id, title) in &offices {
        let _ = writeln!(
            out,
            "  {id}:\n    title: {}\n    aliases: [{}]",
            yaml_str(title),
            yaml_str(title)
        );
    }
    let list: Vec<OutPerson> = people.into_values().collect();
    write_people(&mut out, &list);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "
- id: {bioguide: X000001}
  name: {first: Ann, middle: Beth, last: Example, nickname: Annie, official_full: Ann B. Example}
  bio: {birthday: '1950-01-02'}
  terms:
  - {type: rep, start: '2001-01-03', end: '2003-01-03', state: MA, party: Democrat}
  - {type: rep, start: '2003-01-07', end: '2005-01-03', state: MA, party: Democrat}
  - {type: sen, start: '2013-01-03', end: '2019-01-03', state: MA, party: Democrat}
  - {type: sen, start: '2019-01-03', end: '2031-01-03', state: MA, party: Democrat}
";

    #[test]
    fn congress_terms_merge_and_the_current_one_stays_open() {
        let out = congress_legislators(&[("legislators-current.yaml".into(), SAMPLE.into())]).unwrap();
        assert!(out.contains("  ann-b-example:\n    name: Ann B. Example\n"), "{out}");
        assert!(
            out.contains("aliases: [Ann Example, Annie Example, Ann Beth Example, Example]"),
            "{out}"
        );
        assert!(
            out.contains("- { office: us-representative, from: 2001-01-03, to: 2005-01-03 }"),
            "{out}"
        );
        assert!(out.contains("- { office: us-senator, from: 2013-01-03 }\n"), "{out}");
        let historical = congress_legislators(&[("legislators-historical.yaml".into(), SAMPLE.into())]).unwrap();
        assert!(
            historical.contains("- { office: us-senator, from: 2013-01-03, to: 2031-01-03 }"),
            "{historical}"
        );
        crate::rules::RuleSet::load(vec![("t.yaml".into(), out)]).unwrap();
    }

    #[test]
    fn the_name_copy_writes_comes_from_the_members_pages() {
        assert_eq!(common_name("Dick Durbin", "Durbin").as_deref(), Some("Dick Durbin"));
        assert_eq!(
            common_name("Mike Rogers (Alabama politician)", "Rogers").as_deref(),
            Some("Mike Rogers")
        );
        assert_eq!(
            common_name("Chris Van Hollen", "Van Hollen").as_deref(),
            Some("Chris Van Hollen")
        );
        assert_eq!(common_name("Bob Casey Jr.", "Casey").as_deref(), Some("Bob Casey Jr."));
        // Not a name ending in the surname, a bare surname, or not a name at all.
        assert_eq!(common_name("Van Hollen", "Van Hollen"), None);
        assert_eq!(common_name("Durbin", "Durbin"), None);
        assert_eq!(common_name("Earl L. \"Buddy\" Carter", "Carter"), None);
        assert_eq!(common_name("List of members of the House", "House"), None);
        assert_eq!(common_name("Durbin Dick", "Durbin"), None);

        let sample = SAMPLE.replace(
            "{bioguide: X000001}",
            "{bioguide: X000001, wikipedia: Annie B. Example (politician), ballotpedia: Annie Example}",
        );
        let out = congress_legislators(&[("legislators-current.yaml".into(), sample)]).unwrap();
        assert!(
            out.contains("aliases: [Ann Example, Annie Example, Ann Beth Example, Annie B. Example, Example]"),
            "{out}"
        );
        let csv = "last_name,first_name,middle_name,suffix,nickname,full_name,birthday,type,state,bioguide_id,wikipedia_id,ballotpedia_id\n\
                   Example,Richard,,,,,1900-01-01,sen,MA,X000002,Dick Example,\n";
        let out = congress_legislators(&[
            ("legislators-current.yaml".into(), SAMPLE.into()),
            ("legislators-historical.csv".into(), csv.into()),
        ])
        .unwrap();
        assert!(out.contains("aliases: [Dick Example, Example]"), "{out}");
    }

    #[test]
    fn csv_rows_become_people_and_terms() {
        let text = "person,name,aliases,office,title,from,to,born,died\n\
                    ann,Ann Example,Example;A. Example,tv-mayor,Mayor of Testville,2016,2020-05-01,1960-02,\n\
                    ann,Ann Example,,tv-mayor,Mayor of Testville,2022-01-01,,,\n";
        let out = csv("t.csv", text, "testville").unwrap();
        assert!(out.contains("aliases: [Example, A. Example]"), "{out}");
        assert!(
            out.contains("- { office: tv-mayor, from: 2016, to: 2020-05-01 }"),
            "{out}"
        );
        crate::rules::RuleSet::load(vec![("t.yaml".into(), out)]).unwrap();
        let bad = "person,name,aliases,office,title,from,to,born,died\nann,Ann,,tv,T,2020-13-01,,,\n";
        assert!(csv("t.csv", bad, "x").unwrap_err().starts_with("t.csv:2: "));
    }
}
