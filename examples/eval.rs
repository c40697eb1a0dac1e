//! Runs claimcheck over a JSONL set of dated records and prints what it found.
//!
//!     cargo run --release --example eval -- FILE.jsonl [--sample N]
//!
//! Records are `{id, date, text}`; a labelled set adds `expect: [{check, contains}]` and
//! `mutation`. For labelled sets it prints recall per mutation and every finding on the
//! unmodified records (each one is a false positive unless the article really is wrong);
//! for unlabelled sets, every finding. `--sample N` takes N records spread evenly over the file.

use claimcheck::article::{Article, DateSource, parse_day};
use claimcheck::checks::check_article;
use claimcheck::report::excerpt;
use claimcheck::rules::RuleSet;
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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval FILE.jsonl [--sample N]");
        std::process::exit(2);
    };
    let sample: Option<usize> = args
        .iter()
        .position(|a| a == "--sample")
        .and_then(|i| args.get(i + 1)?.parse().ok());
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!("eval: {path}: {e}");
        std::process::exit(2);
    });
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let picked: Vec<&str> = match sample {
        Some(n) if n < lines.len() => (0..n).map(|i| lines[i * lines.len() / n]).collect(),
        _ => lines,
    };
    let rules = RuleSet::builtin().expect("shipped packs load");
    let mut summary = claimcheck::report::Summary::default();
    // mutation -> (planted, found)
    let mut recall: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut by_check: BTreeMap<&str, usize> = BTreeMap::new();
    let (mut records, mut clean_records, mut clean_findings) = (0, 0, 0);
    for (n, line) in picked.iter().enumerate() {
        let rec: Record = serde_json::from_str(line).unwrap_or_else(|e| {
            eprintln!("eval: {path}: record {}: {e}", n + 1);
            std::process::exit(2);
        });
        let Some(date) = parse_day(&rec.date) else {
            eprintln!("eval: {}: bad date {}", rec.id, rec.date);
            continue;
        };
        let article = match Article::parse(&rec.id, rec.text, Some((date, DateSource::Record))) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("eval: {e}");
                continue;
            }
        };
        records += 1;
        let outcome = check_article(&article, &rules);
        summary.add(&outcome);
        let findings: Vec<_> = outcome.findings().collect();
        for f in &findings {
            *by_check.entry(f.check).or_default() += 1;
        }
        let planted = rec.expect.as_deref().unwrap_or_default();
        if planted.is_empty() {
            if rec.expect.is_some() {
                clean_records += 1;
            }
            for f in &findings {
                clean_findings += 1;
                println!("FINDING {} {} [{}] {}", rec.id, article.date, f.check, f.message);
                println!("    {}", excerpt(&article, f).before);
            }
            continue;
        }
        for e in planted {
            let hit = findings
                .iter()
                .any(|f| f.check == e.check && excerpt(&article, f).before.contains(&e.contains));
            let entry = recall
                .entry(rec.mutation.clone().unwrap_or_else(|| e.check.clone()))
                .or_default();
            entry.0 += 1;
            entry.1 += usize::from(hit);
            if !hit {
                println!("MISSED {} [{}] {:?}", rec.id, e.check, e.contains);
            }
        }
    }
    println!();
    println!("records: {records}");
    println!("{}", summary.line());
    if !recall.is_empty() {
        println!("findings on {clean_records} unmodified records: {clean_findings}");
        for (m, (planted, found)) in &recall {
            println!(
                "recall {m:<16} {found}/{planted} = {:.1}%",
                100.0 * *found as f64 / *planted as f64
            );
        }
    } else {
        println!("findings: {clean_findings}");
    }
    for (check, n) in &by_check {
        println!("by check {check:<18} {n}");
    }
}
