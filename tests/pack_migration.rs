//! A pack moved from a Python generator to `claimcheck rules build` must hold the facts the
//! generator wrote: every person (id, name, aliases, birth, death), every term (office, from,
//! to, elected, acting), every office (title, aliases, government, holders) and every example.
//! Layout, comments and the order of people may change, and terms gain their `source:`;
//! offices gain their `country` (new with the knowledge migration). The generator's last pack
//! is read from git history, at the commit before the generator was retired, so it is not kept
//! in the tree.
//!
//! This guards the migration, not the facts: once a fact is corrected on purpose (a curated
//! row, and the rebuilt pack's diff in the same commit), the test has done its work and goes.

use claimcheck::rules::schema::{self, PackFile};
use std::collections::BTreeSet;
use std::process::Command;

/// The commit at which `scripts/gen_us_executive.py --check` last passed.
const GENERATED_AT: &str = "1f67631d4cb9ad12dcdfd47b162c4db49ab0f6fe";

/// Each fact a pack states, one a line, in an order that does not depend on the file's.
fn facts(pack: &PackFile) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    out.insert(format!("pack {}: description {:?}", pack.pack, pack.description));
    for (id, o) in &pack.offices.0 {
        let id = &id.value;
        out.insert(format!("office {id}: title {:?}", o.title));
        out.insert(format!("office {id}: aliases {:?}", o.aliases));
        out.insert(format!("office {id}: government {:?}", o.government));
        out.insert(format!("office {id}: holders {:?}", o.holders));
        if let Some(country) = &o.country {
            out.insert(format!("office {id}: country {country}"));
        }
    }
    for (id, p) in &pack.people.0 {
        let id = &id.value;
        let aliases: BTreeSet<&String> = p.aliases.iter().collect();
        out.insert(format!("person {id}: name {:?}", p.name));
        out.insert(format!("person {id}: aliases {aliases:?}"));
        out.insert(format!("person {id}: born {:?}", p.born.map(|d| d.to_string())));
        out.insert(format!("person {id}: died {:?}", p.died.map(|d| d.to_string())));
        out.insert(format!("person {id}: held {:?}", p.held));
        out.insert(format!("person {id}: wikidata {:?}", p.wikidata));
        out.insert(format!("person {id}: occupation {:?}", p.occupation));
        for t in &p.terms {
            let t = &t.value;
            out.insert(format!(
                "person {id}: term {} from {} to {:?} elected {:?} acting {}",
                t.office,
                t.from,
                t.to.map(|d| d.to_string()),
                t.elected.map(|d| d.to_string()),
                t.acting
            ));
        }
    }
    for (i, e) in pack.examples.iter().enumerate() {
        let e = &e.value;
        out.insert(format!("example {i}: {} {:?} {:?}", e.date, e.text, e.expect));
    }
    out
}

fn parse(what: &str, text: &str) -> PackFile {
    schema::parse(text).unwrap_or_else(|e| panic!("{what}: {e:?}"))
}

/// The pack as the generator wrote it at `GENERATED_AT`.
fn generated(pack: &str) -> String {
    let out = Command::new("git")
        .args(["show", &format!("{GENERATED_AT}:rules/{pack}.yaml")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git show {GENERATED_AT}:rules/{pack}.yaml: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The facts only the generated pack states (`-`) and only the built one (`+`), besides the
/// offices' new `country`.
fn changed(pack: &str) -> Vec<String> {
    let before = facts(&parse("generated", &generated(pack)));
    let path = format!("{}/rules/{pack}.yaml", env!("CARGO_MANIFEST_DIR"));
    let after = facts(&parse(&path, &std::fs::read_to_string(&path).unwrap()));
    let gone = before.difference(&after).map(|f| format!("- {f}"));
    let new = after
        .difference(&before)
        .filter(|f| !(f.starts_with("office ") && f.contains(": country ")))
        .map(|f| format!("+ {f}"));
    gone.chain(new).collect()
}

#[test]
#[ignore = "reads the generated pack from git history; run with --include-ignored"]
fn us_executive_holds_every_fact_the_generator_wrote() {
    let changed = changed("us-executive");
    assert!(
        changed.is_empty(),
        "{} facts changed:\n{}",
        changed.len(),
        changed.join("\n")
    );
}

#[test]
fn every_office_of_us_executive_says_its_country() {
    let path = format!("{}/rules/us-executive.yaml", env!("CARGO_MANIFEST_DIR"));
    let pack = parse(&path, &std::fs::read_to_string(&path).unwrap());
    let missing: Vec<&str> = pack
        .offices
        .0
        .iter()
        .filter(|(_, o)| o.country.is_none())
        .map(|(id, _)| id.value.as_str())
        .collect();
    assert!(missing.is_empty(), "offices without a country: {missing:?}");
}
