//! Evaluation over dated JSONL records (`{id, date, text}`, optionally labelled with
//! `expect: [{check, contains}]` and `mutation`): recall per planted mutation, and every finding
//! on records that should be clean. Used by `examples/eval.rs` and the corpus tests.

use crate::article::{Article, DateSource, parse_day};
use crate::engine::Engine;
use crate::report::{Summary, excerpt};
use crate::rules::RuleSet;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Record {
    id: String,
    date: String,
    text: String,
    #[serde(default)]
    expect: Option<Vec<Expect>>,
    #[serde(default)]
    mutation: Option<String>,
}

#[derive(Deserialize)]
struct Expect {
    check: String,
    contains: String,
}

/// A finding as the evaluation lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: String,
    pub date: String,
    pub check: String,
    pub message: String,
    pub excerpt: String,
}

#[derive(Debug, Default)]
pub struct Evaluation {
    pub records: usize,
    pub summary: Summary,
    /// Records labelled `expect: []`.
    pub clean_records: usize,
    /// Findings on records with nothing planted (all of them, for unlabelled sets).
    pub unplanted: Vec<Listed>,
    /// mutation → (planted, found)
    pub recall: BTreeMap<String, (usize, usize)>,
    /// Planted errors not found: (record id, check, expected text).
    pub missed: Vec<(String, String, String)>,
    pub by_check: BTreeMap<String, usize>,
}

/// Evaluates the records of a JSONL text; `sample` takes that many spread evenly over it.
pub fn evaluate(jsonl: &str, rules: &RuleSet, sample: Option<usize>) -> Result<Evaluation, String> {
    let lines: Vec<&str> = jsonl.lines().filter(|l| !l.trim().is_empty()).collect();
    let picked: Vec<&str> = match sample {
        Some(n) if n < lines.len() => (0..n).map(|i| lines[i * lines.len() / n]).collect(),
        _ => lines,
    };
    let mut ev = Evaluation::default();
    let engine = Engine::new(rules);
    for (n, line) in picked.iter().enumerate() {
        let rec: Record = serde_json::from_str(line).map_err(|e| format!("record {}: {e}", n + 1))?;
        let date = parse_day(&rec.date).ok_or_else(|| format!("{}: bad date {}", rec.id, rec.date))?;
        let article = Article::parse(&rec.id, rec.text, Some((date, DateSource::Record))).map_err(|e| e.to_string())?;
        ev.records += 1;
        let outcome = engine.check_article(&article);
        ev.summary.add(&outcome);
        let findings: Vec<_> = outcome.findings().collect();
        for f in &findings {
            *ev.by_check.entry(f.check.to_string()).or_default() += 1;
        }
        let planted = rec.expect.as_deref().unwrap_or_default();
        if planted.is_empty() {
            ev.clean_records += usize::from(rec.expect.is_some());
            ev.unplanted.extend(findings.iter().map(|f| Listed {
                id: rec.id.clone(),
                date: rec.date.clone(),
                check: f.check.to_string(),
                message: f.message.clone(),
                excerpt: excerpt(&article, f).before,
            }));
            continue;
        }
        for e in planted {
            let hit = findings
                .iter()
                .any(|f| f.check == *e.check && excerpt(&article, f).before.contains(&e.contains));
            let entry = ev
                .recall
                .entry(rec.mutation.clone().unwrap_or_else(|| e.check.clone()))
                .or_default();
            entry.0 += 1;
            entry.1 += usize::from(hit);
            if !hit {
                ev.missed.push((rec.id.clone(), e.check.clone(), e.contains.clone()));
            }
        }
    }
    Ok(ev)
}
