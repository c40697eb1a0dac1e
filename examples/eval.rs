//! Runs claimcheck over a JSONL set of dated records and prints what it found.
//!
//!     cargo run --release --example eval -- FILE.jsonl [--sample N] [--rules PACK.yaml]...
//!
//! For a labelled set (records with `expect` and `mutation`) it prints recall per mutation and
//! every finding on the unmodified records (each a false positive unless the article really is
//! wrong); for an unlabelled set, every finding. `--sample N` takes N records spread evenly.

use claimcheck::eval::evaluate;
use claimcheck::rules::RuleSet;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: eval FILE.jsonl [--sample N] [--rules PACK.yaml]...");
        std::process::exit(2);
    };
    let sample = args
        .iter()
        .position(|a| a == "--sample")
        .and_then(|i| args.get(i + 1)?.parse().ok());
    let extra: Vec<(String, String)> = args
        .iter()
        .enumerate()
        .filter(|(_, a)| *a == "--rules")
        .filter_map(|(i, _)| args.get(i + 1))
        .map(|p| {
            (
                p.clone(),
                std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}")),
            )
        })
        .collect();
    let rules = RuleSet::load(extra).unwrap_or_else(|errors| {
        errors.iter().for_each(|e| eprintln!("eval: {e}"));
        std::process::exit(2);
    });
    let ev = std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|text| evaluate(&text, &rules, sample))
        .unwrap_or_else(|e| {
            eprintln!("eval: {path}: {e}");
            std::process::exit(2);
        });
    for f in &ev.unplanted {
        println!(
            "FINDING {} {} [{}] {}\n    {}",
            f.id, f.date, f.check, f.message, f.excerpt
        );
    }
    for (id, check, contains) in &ev.missed {
        println!("MISSED {id} [{check}] {contains:?}");
    }
    println!("\nrecords: {}\n{}", ev.records, ev.summary.line());
    if ev.recall.is_empty() {
        println!("findings: {}", ev.unplanted.len());
    } else {
        println!(
            "findings on {} unmodified records: {}",
            ev.clean_records,
            ev.unplanted.len()
        );
        for (m, (planted, found)) in &ev.recall {
            println!(
                "recall {m:<16} {found}/{planted} = {:.1}%",
                100.0 * *found as f64 / *planted as f64
            );
        }
    }
    for (check, n) in &ev.by_check {
        println!("by check {check:<18} {n}");
    }
}
