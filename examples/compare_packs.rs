//! Compares the facts of two versions of a rule pack, ignoring how they are written (order,
//! quoting, comments) and where they are said to come from (`source:`):
//!
//!     cargo run --example compare_packs -- OLD.yaml NEW.yaml
//!
//! Prints every fact that differs: an office (title, aliases, government, holders, country), a
//! person (name, aliases, born, died, wikidata, occupation, held), a term (office, from, to,
//! elected, acting) or an example, and exits 1 if any does. A field the old pack never uses
//! (`country` on offices, when packs gained it) is counted as new, not as a difference.
//! `scripts/compare-pack-facts` runs it against a pack as committed at a revision.

use claimcheck::rules::schema::{self, PackFile};
use std::collections::{BTreeMap, BTreeSet};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [old, new] = args.as_slice() else {
        eprintln!("usage: compare_packs OLD.yaml NEW.yaml");
        return ExitCode::from(2);
    };
    let (old, new) = match (load(old), load(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let (before, after) = (facts(&old), facts(&new));
    let differences = compare(&before, &after);
    for line in &differences {
        println!("{line}");
    }
    for (field, n) in new_fields(&before, &after) {
        println!("new field (not a difference): `{field}` on {n}");
    }
    let terms = |p: &PackFile| p.people.0.iter().map(|(_, person)| person.terms.len()).sum::<usize>();
    println!(
        "{} differences; compared {} offices, {} people, {} terms, {} examples (new pack: {}, {}, {}, {})",
        differences.len(),
        old.offices.0.len(),
        old.people.0.len(),
        terms(&old),
        old.examples.len(),
        new.offices.0.len(),
        new.people.0.len(),
        terms(&new),
        new.examples.len(),
    );
    if differences.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn load(path: &str) -> Result<PackFile, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    schema::parse(&text).map_err(|(place, e)| format!("{path}:{place:?}: {e}"))
}

/// Every fact of a pack as `subject → field → value`, values written canonically (lists
/// sorted where their order carries no meaning).
type Facts = BTreeMap<String, BTreeMap<&'static str, String>>;

fn facts(pack: &PackFile) -> Facts {
    let mut facts = Facts::new();
    let opt = |v: Option<String>| v.unwrap_or_default();
    let sorted = |v: &[String]| {
        let set: BTreeSet<&String> = v.iter().collect();
        format!("{set:?}")
    };
    facts.insert(
        "pack".to_string(),
        BTreeMap::from([("description", opt(pack.description.clone()))]),
    );
    for (id, o) in &pack.offices.0 {
        facts.insert(
            format!("office {}", id.value),
            BTreeMap::from([
                ("title", o.title.clone()),
                // Office aliases keep their order: it is how the pack lists them.
                ("aliases", format!("{:?}", o.aliases)),
                ("government", opt(o.government.clone())),
                ("holders", format!("{:?}", o.holders)),
                ("country", opt(o.country.clone())),
            ]),
        );
    }
    for (id, p) in &pack.people.0 {
        let id = &id.value;
        facts.insert(
            format!("person {id}"),
            BTreeMap::from([
                ("name", p.name.clone()),
                ("aliases", sorted(&p.aliases)),
                ("born", opt(p.born.map(|d| d.to_string()))),
                ("died", opt(p.died.map(|d| d.to_string()))),
                ("wikidata", opt(p.wikidata.clone())),
                ("occupation", opt(p.occupation.clone())),
                ("held", sorted(&p.held)),
            ]),
        );
        // A person's terms as a multiset: the same term twice is two facts.
        let mut count: BTreeMap<String, usize> = BTreeMap::new();
        for t in &p.terms {
            let t = &t.value;
            let term = format!(
                "{} {} – {} elected {} acting {}",
                t.office,
                t.from,
                opt(t.to.map(|d| d.to_string())),
                opt(t.elected.map(|d| d.to_string())),
                t.acting
            );
            *count.entry(term).or_default() += 1;
        }
        for (term, n) in count {
            facts.insert(
                format!("term of {id}: {term}"),
                BTreeMap::from([("times", n.to_string())]),
            );
        }
    }
    let mut count: BTreeMap<String, usize> = BTreeMap::new();
    for e in &pack.examples {
        let e = &e.value;
        *count
            .entry(format!("{} {:?} expect {:?}", e.date, e.text, e.expect))
            .or_default() += 1;
    }
    for (example, n) in count {
        facts.insert(format!("example {example}"), BTreeMap::from([("times", n.to_string())]));
    }
    facts
}

/// The differences, one a line: `- subject` (only in the old pack), `+ subject` (only in the
/// new), `~ subject field: old → new`.
fn compare(old: &Facts, new: &Facts) -> Vec<String> {
    // A field no subject of the old pack has a value for is new in the format.
    let used = |field: &str| old.values().any(|f| f.get(field).is_some_and(|v| !v.is_empty()));
    let mut out = Vec::new();
    for (subject, fields) in old {
        match new.get(subject) {
            None => out.push(format!("- {subject}")),
            Some(now) => {
                for (field, was) in fields {
                    let is = &now[field];
                    if was != is && used(field) {
                        out.push(format!("~ {subject} {field}: {was} → {is}"));
                    }
                }
            }
        }
    }
    out.extend(new.keys().filter(|s| !old.contains_key(*s)).map(|s| format!("+ {s}")));
    out
}

/// Fields the new pack fills and the old one never did, with how many subjects have them.
fn new_fields(old: &Facts, new: &Facts) -> BTreeMap<&'static str, usize> {
    let mut found = BTreeMap::new();
    for fields in new.values() {
        for (&field, value) in fields {
            let used_before = old.values().any(|f| f.get(field).is_some_and(|v| !v.is_empty()));
            if !value.is_empty() && !used_before {
                *found.entry(field).or_default() += 1;
            }
        }
    }
    found
}
