//! `claimcheck rules list` and `claimcheck rules test`: what the loaded packs hold, and whether
//! each pack's own examples come out as the pack says.

use super::RuleSet;
use crate::article::{Article, DateSource};
use crate::checks::check_article;
use std::fmt::Write;

/// One line per pack with its counts, then its offices with how many people held each.
pub fn list(rules: &RuleSet) -> String {
    let mut out = String::new();
    for (pi, pack) in rules.packs.iter().enumerate() {
        let offices: Vec<usize> = (0..rules.offices.len())
            .filter(|&o| rules.offices[o].pack == pi)
            .collect();
        let people = rules.people.in_memory().iter().filter(|p| p.pack == pi);
        let n_terms: usize = people.map(|p| p.terms.len()).sum();
        let n_people = rules.people.in_pack(pi);
        let _ = writeln!(
            out,
            "{} ({}): {} offices, {n_people} people, {n_terms} terms, {} examples",
            pack.name,
            pack.path,
            offices.len(),
            pack.examples.len()
        );
        for o in offices {
            let holders = rules
                .people
                .in_memory()
                .iter()
                .filter(|p| p.terms.iter().any(|t| t.office == o))
                .count();
            let office = &rules.offices[o];
            let _ = writeln!(out, "  {:<40} {:>5} holders  {}", office.id, holders, office.title);
        }
    }
    out
}

/// Every term edge the sources disagree on (a disputed date), one line each: the knowledge
/// build lists them, since claims on those days are left unverifiable.
pub fn disputed(rules: &RuleSet) -> Vec<String> {
    let mut lines = Vec::new();
    for p in rules.people.in_memory() {
        for t in &p.terms {
            for (edge, date) in [("from", Some(t.from)), ("to", t.to)] {
                if let Some(date) = date.filter(|d| d.disputed_to.is_some()) {
                    let pack = &rules.packs[p.pack].name;
                    lines.push(format!("{pack}: {} {} {edge} {date}", p.id, rules.offices[t.office].id));
                }
            }
        }
    }
    lines.sort();
    lines
}

/// The outcome of running packs' examples.
#[derive(Debug, Default)]
pub struct ExampleRun {
    pub passed: usize,
    /// Each failure as a small diff of expected against actual finding ids.
    pub failures: Vec<String>,
}

/// Runs the examples of the packs whose path is in `only` (all packs when empty).
pub fn run_examples(rules: &RuleSet, only: &[String]) -> ExampleRun {
    let mut run = ExampleRun::default();
    for pack in rules.packs.iter().filter(|p| only.is_empty() || only.contains(&p.path)) {
        for ex in &pack.examples {
            let place = match ex.line {
                Some(line) => format!("{}:{line}", pack.path),
                None => pack.path.clone(),
            };
            let mut want = ex.expect.clone();
            want.sort();
            let (got, verdicts) = match Article::parse(
                &pack.path,
                ex.text.clone(),
                Some((ex.date.earliest(), DateSource::Flag)),
            ) {
                Ok(article) => {
                    let outcome = check_article(&article, rules);
                    let mut ids: Vec<String> = outcome.findings().map(|f| f.check.to_string()).collect();
                    ids.sort();
                    let verdicts = outcome.claims.iter().map(|c| c.judgement.verdict.to_string()).collect();
                    (ids, verdicts)
                }
                Err(e) => (vec![format!("error: {e}")], Vec::new()),
            };
            if ex.date.day.is_none() {
                run.failures
                    .push(format!("{place}: {}: an example needs a full date YYYY-MM-DD", ex.date));
            } else if got != want {
                run.failures.push(format!(
                    "{place}: {} {:?}\n  - expected: [{}]\n  + actual:   [{}]",
                    ex.date,
                    ex.text,
                    want.join(", "),
                    got.join(", ")
                ));
            } else if let Some(want) = ex.verdicts.as_ref().filter(|want| **want != verdicts) {
                run.failures.push(format!(
                    "{place}: {} {:?}\n  - expected verdicts: [{}]\n  + actual verdicts:   [{}]",
                    ex.date,
                    ex.text,
                    want.join(", "),
                    verdicts.join(", ")
                ));
            } else {
                run.passed += 1;
            }
        }
    }
    run
}
