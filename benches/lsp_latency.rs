//! Latency of the language server: from a `didChange` on the seed article to its diagnostics,
//! through `claimcheck lsp` as a child process speaking JSON-RPC (the client of the tests).
//!
//!     cargo bench --bench lsp_latency
//!
//! Each round types or deletes "former " in "former US President Donald Trump" as an
//! incremental change and waits for the diagnostics of that version. Prints the median, 95th
//! percentile and worst round, and exits 1 when the median passes the budget (20 ms): the
//! squiggle must follow the typing.

#[path = "../tests/common/lsp.rs"]
#[allow(dead_code)]
mod lsp;

use lsp::{Client, file_uri, position};
use serde_json::json;
use std::time::{Duration, Instant};

const SEED: &str = "tests/fixtures/seed/jeddah-talks-2025-03-11.txt";
const BUDGET: Duration = Duration::from_millis(20);
const ROUNDS: usize = 200;

fn main() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let path = dir.path().join("jeddah-talks-2025-03-11.txt");
    let text = std::fs::read_to_string(SEED).expect("the seed article");
    std::fs::write(&path, &text).expect("a copy of the seed article");
    let uri = file_uri(&path);

    let mut client = Client::start(dir.path());
    client.initialize(json!({}), json!({}));
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": "plaintext", "version": 1, "text": text } }),
    );
    assert_eq!(client.diagnostics(&uri, Some(1)).len(), 2, "the seed's two findings");

    let at = position(&text, text.find("former US President").expect("the seed's claim"));
    let word_end = json!({ "line": at["line"], "character": at["character"].as_u64().unwrap() + 7 });
    let mut times = Vec::with_capacity(ROUNDS);
    for round in 0..ROUNDS {
        let version = round as i64 + 2;
        // Even rounds delete "former ", odd rounds type it back.
        let (range, new_text, findings) = if round % 2 == 0 {
            (json!({ "start": at, "end": word_end }), "", 1)
        } else {
            (json!({ "start": at, "end": at }), "former ", 2)
        };
        let change = json!({
            "textDocument": { "uri": uri, "version": version },
            "contentChanges": [{ "range": range, "text": new_text }],
        });
        let started = Instant::now();
        client.notify("textDocument/didChange", change);
        let diagnostics = client.diagnostics(&uri, Some(version));
        times.push(started.elapsed());
        assert_eq!(diagnostics.len(), findings, "round {round}");
    }
    assert_eq!(client.shutdown().code(), Some(0));

    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let median = times[ROUNDS / 2];
    println!("lsp didChange → diagnostics, seed article, {ROUNDS} rounds");
    println!("  median {:>7.2} ms", ms(median));
    println!("  p95    {:>7.2} ms", ms(times[ROUNDS * 95 / 100]));
    println!("  worst  {:>7.2} ms", ms(times[ROUNDS - 1]));
    if median > BUDGET {
        eprintln!("the median is over the budget of {} ms", ms(BUDGET));
        std::process::exit(1);
    }
}
