//! `claimcheck claims`: the ledger names people, says why an open claim is open, and has the
//! shape of `check`'s JSON.

mod common;

use claimcheck::report::Printer;
use claimcheck::report::ledger::{LedgerHuman, LedgerJson, LedgerJsonl};
use common::*;

fn ledger(mut printer: Box<dyn Printer + '_>, path: &str) -> String {
    let (article, outcome) = check_file(path);
    let mut summary = claimcheck::report::Summary::default();
    summary.add(&outcome);
    let mut out = Vec::new();
    printer.start(&mut out).unwrap();
    printer.article(&mut out, &article, &outcome).unwrap();
    printer.finish(&mut out, &summary).unwrap();
    String::from_utf8(out).unwrap()
}

const FIXTURE: &str = "tests/fixtures/claims-2025-03-11.txt";

#[test]
fn human_ledger_names_people_and_says_why() {
    let text = ledger(Box::new(LedgerHuman::new(shared_rules(), false)), FIXTURE);
    assert!(
        text.starts_with(&format!("{FIXTURE}: dated 2025-03-11 (from the date header)\n")),
        "{text}"
    );
    assert!(text.contains("why: no pack knows Jane Doe"), "{text}");
    assert!(
        text.contains("why: a courtesy title in narrative, not a claim about now"),
        "{text}"
    );
    assert!(
        text.contains("about: George H. W. Bush or George W. Bush as President"),
        "{text}"
    );
    assert!(text.contains("about: Marco Rubio as Secretary of State"), "{text}");
    assert!(!text.contains("marco-rubio as"), "names, not slugs: {text}");
    snapshot_settings().bind(|| insta::assert_snapshot!("claims.human", text));
}

#[test]
fn json_ledger_has_the_shape_of_check() {
    let text = ledger(Box::new(LedgerJson::new(shared_rules())), FIXTURE);
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let claims = doc["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    for c in claims {
        for key in [
            "file",
            "line",
            "column",
            "start",
            "end",
            "verdict",
            "date",
            "date_source",
        ] {
            assert!(!c[key].is_null(), "{key} missing in {c}");
        }
        let open = c["verdict"] == "unverifiable";
        assert_eq!(open, !c["reason"].is_null(), "a reason exactly for open claims: {c}");
    }
    assert_eq!(doc["summary"]["files"], 1);
    assert!(doc["errors"].as_array().unwrap().is_empty());
    snapshot_settings().bind(|| insta::assert_snapshot!("claims.json", text));
}

#[test]
fn jsonl_ledger_is_a_claim_a_line() {
    let text = ledger(Box::new(LedgerJsonl::new(shared_rules())), FIXTURE);
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["type"], "claim");
    }
}

/// When every input failed, the summary does not read like a clean run of nothing.
#[test]
fn a_run_where_every_input_failed_says_so() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["check", "tests/fixtures/cli/no-date.txt", "no-such-file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout, "no file checked: 2 inputs could not be checked\n");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["claims", "--format", "json", "no-such-file.txt"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["errors"][0]["file"], "no-such-file.txt");
    assert_eq!(doc["summary"]["failed"], 1);
}
