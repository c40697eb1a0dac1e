//! Where the time of an archive audit goes, stage by stage, on one thread.
//!
//!     cargo bench --bench stages [-- ARCHIVE.jsonl]
//!
//! Reads every record of the archive (default: the White House set in ../shared/corpus) into
//! memory, then times each stage of checking over all of them — reading a record into an
//! article, the passages' flat text, sentences, quotations, the vocabulary scan, claim
//! extraction as a whole, and the whole check — and prints MB/s of record text for each.
//! Each stage is timed alone (the stages before it run untimed), median of `RUNS` (default 3).
//! Compare the rows of one run with each other; the machine is noisy.

mod common;
use common::median;

use claimcheck::archive::{Archive, ArchiveFormat, Batch, Progress};
use claimcheck::article::{Article, Fields, ReadOptions, Record};
use claimcheck::claims;
use claimcheck::engine::Engine;
use claimcheck::grammar::{flat::Flat, quote, sentence};
use claimcheck::input::Input;
use claimcheck::rules::RuleSet;
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

const DEFAULT_ARCHIVE: &str = "../shared/corpus/whitehouse-2021-2026/documents.jsonl";

fn records(path: &str, fields: &Fields) -> Vec<Record> {
    let input = Input::file(path);
    let format = ArchiveFormat::of(path.as_ref()).unwrap_or(ArchiveFormat::Jsonl);
    let mut archive =
        Archive::open(&input, format, fields, true, Arc::new(Progress::default())).unwrap_or_else(|e| panic!("{e}"));
    let mut out = Vec::new();
    loop {
        match archive.next_batch() {
            Batch::Units(units) => out.extend(units.into_iter().filter_map(|u| u.into_record(path, fields).ok())),
            Batch::Broken(e) => panic!("{e}"),
            Batch::End => return out,
        }
    }
}

fn main() {
    let path = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .unwrap_or_else(|| DEFAULT_ARCHIVE.to_string());
    let runs: usize = std::env::var("RUNS").ok().and_then(|r| r.parse().ok()).unwrap_or(3);
    let rules = RuleSet::builtin().expect("the shipped packs load");
    let engine = Engine::new(&rules);
    let fields = Fields::default();
    let read = ReadOptions::default();
    let records = records(&path, &fields);
    let bytes: usize = records.iter().map(|r| r.text.len()).sum();
    let articles: Vec<Article> = records
        .iter()
        .filter_map(|r| Article::from_record(&path, r.clone(), &fields, &read).ok())
        .collect();
    let flats: Vec<Flat> = articles
        .iter()
        .flat_map(|a| a.passages.iter().map(|p| Flat::from_pieces(&a.text, &p.pieces)))
        .collect();
    println!(
        "{path}: {} records, {:.1} MB of text",
        records.len(),
        bytes as f64 / 1e6
    );

    let report = |name: &str, d: Duration| {
        println!(
            "{name:<28} {:>9.1} ms {:>9.1} MB/s",
            d.as_secs_f64() * 1e3,
            bytes as f64 / 1e6 / d.as_secs_f64()
        );
    };
    report(
        "record → article",
        median(runs, || {
            for r in &records {
                black_box(Article::from_record(&path, r.clone(), &fields, &read).ok());
            }
        }),
    );
    report(
        "flat text",
        median(runs, || {
            for a in &articles {
                for p in &a.passages {
                    black_box(Flat::from_pieces(&a.text, &p.pieces));
                }
            }
        }),
    );
    report(
        "sentences",
        median(runs, || {
            flats.iter().for_each(|f| drop(black_box(sentence::sentences(&f.text))))
        }),
    );
    report(
        "quotations",
        median(runs, || {
            flats.iter().for_each(|f| drop(black_box(quote::quotations(&f.text))))
        }),
    );
    report(
        "vocabulary scan",
        median(runs, || {
            flats
                .iter()
                .for_each(|f| _ = black_box(rules.vocab_hits(&f.text).count()))
        }),
    );
    report(
        "claims::extract",
        median(runs, || {
            articles
                .iter()
                .for_each(|a| drop(black_box(claims::extract(a, &rules))))
        }),
    );
    report(
        "check (extract + judge)",
        median(runs, || {
            articles.iter().for_each(|a| drop(black_box(engine.check_article(a))))
        }),
    );
}
