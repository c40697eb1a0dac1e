//! CI on copy that already exists, through the binary in temporary directories: a baseline
//! accepts today's findings and `check --baseline` reports only new ones; entries that match
//! nothing any more are listed and pruned; `--changed-since` in a real git repository reports
//! only the findings on changed lines; SARIF marks the new results and still validates.
#![cfg(unix)]

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

const OLD: &str = "He answered former US President Donald Trump's remarks.";
const NEW: &str = "She met former US President Donald Trump in Riyadh.";

fn article(paragraphs: &[&str]) -> String {
    format!("date 2025-03-11\n\n{}\n", paragraphs.join("\n\n"))
}

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn baseline_entries(dir: &Path) -> Vec<Value> {
    let text = fs::read_to_string(dir.join(".claimcheck-baseline.json")).unwrap();
    let file: Value = serde_json::from_str(&text).unwrap();
    file["findings"].as_array().unwrap().clone()
}

#[test]
fn a_baseline_hides_exactly_the_accepted_findings() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    write(dir, "news/a.txt", &article(&[OLD]));
    write(dir, "news/b.txt", &article(&["The talks went on.", OLD]));
    let made = run(dir, &["baseline", "news"]);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    assert!(stderr(&made).contains("wrote 2 accepted findings to .claimcheck-baseline.json"));
    let entries = baseline_entries(dir);
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["file"], "news/a.txt");
    assert_eq!(entries[0]["id"], "former-incumbent");
    assert_eq!(entries[0]["claim"], "former US President Donald Trump");

    // Nothing new: a clean run that says how many were accepted.
    let clean = run(dir, &["check", "--baseline", ".claimcheck-baseline.json", "news"]);
    assert_eq!(clean.status.code(), Some(0), "{}", stdout(&clean));
    assert!(
        stdout(&clean).contains("0 errors, 0 warnings · 2 in the baseline"),
        "{}",
        stdout(&clean)
    );

    // Lines added above the accepted finding and another paragraph edited: still accepted;
    // the new sentence is reported, alone.
    write(
        dir,
        "news/b.txt",
        &article(&["A new lead.", "The talks went on late.", OLD, NEW]),
    );
    let one_new = run(
        dir,
        &[
            "check",
            "--baseline",
            ".claimcheck-baseline.json",
            "--format",
            "json",
            "news",
        ],
    );
    assert_eq!(one_new.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&one_new.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report}");
    assert_eq!(findings[0]["line"], 9);
    assert_eq!(report["summary"]["baselined"], 2);
    assert!(report["summary"].get("resolved").is_none());
}

#[test]
fn the_configuration_names_the_baseline_from_its_own_directory() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    write(dir, ".git/HEAD", "");
    write(dir, ".claimcheck.yaml", "baseline: ci/accepted.json\n");
    write(dir, "site/news/a.txt", &article(&[OLD]));
    let made = run(dir, &["baseline", "site"]);
    assert_eq!(made.status.code(), Some(0), "{}", stderr(&made));
    assert!(dir.join("ci/accepted.json").exists());
    // From another directory, through the configuration found upward: the same entries.
    let inside = run(&dir.join("site"), &["check", "news"]);
    assert_eq!(inside.status.code(), Some(0), "{}", stdout(&inside));
    assert!(stdout(&inside).contains("1 in the baseline"));
    // --no-baseline reports everything.
    let all = run(&dir.join("site"), &["check", "--no-baseline", "news"]);
    assert_eq!(all.status.code(), Some(1));
}

#[test]
fn a_resolved_entry_is_listed_and_pruned() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    write(dir, "a.txt", &article(&[OLD]));
    write(dir, "b.txt", &article(&[OLD]));
    assert_eq!(run(dir, &["baseline", "a.txt", "b.txt"]).status.code(), Some(0));
    // a.txt fixed; a new finding in b.txt.
    write(
        dir,
        "a.txt",
        &article(&["He answered US President Donald Trump's remarks."]),
    );
    write(dir, "b.txt", &article(&[OLD, NEW]));
    let check = run(
        dir,
        &["check", "--baseline", ".claimcheck-baseline.json", "a.txt", "b.txt"],
    );
    let out = stdout(&check);
    assert!(
        out.contains("resolved: a.txt: former-incumbent “former US President Donald Trump” is in the baseline but no longer found"),
        "{out}"
    );
    assert!(out.contains("1 in the baseline (1 entry resolved)"), "{out}");
    // Checking b.txt alone says nothing of a.txt's entry.
    let only_b = run(dir, &["check", "--baseline", ".claimcheck-baseline.json", "b.txt"]);
    assert!(!stdout(&only_b).contains("resolved"), "{}", stdout(&only_b));

    // --prune drops the resolved entry and adds nothing.
    let pruned = run(dir, &["baseline", "--prune", "a.txt", "b.txt"]);
    assert_eq!(pruned.status.code(), Some(0), "{}", stderr(&pruned));
    let entries = baseline_entries(dir);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["file"], "b.txt");
    // Written again without --prune, it accepts the new finding too.
    assert_eq!(run(dir, &["baseline", "a.txt", "b.txt"]).status.code(), Some(0));
    assert_eq!(baseline_entries(dir).len(), 2);
}

#[test]
fn a_partial_run_keeps_the_other_files_entries() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    write(dir, "a.txt", &article(&[OLD]));
    write(dir, "b.txt", &article(&[OLD]));
    assert_eq!(run(dir, &["baseline", "a.txt", "b.txt"]).status.code(), Some(0));
    write(dir, "b.txt", &article(&["Nothing to see."]));
    assert_eq!(run(dir, &["baseline", "b.txt"]).status.code(), Some(0));
    let entries = baseline_entries(dir);
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["file"], "a.txt");
}

#[test]
fn bad_baselines_are_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    write(dir, "a.txt", &article(&[OLD]));
    write(dir, "bad.json", "{\"claimcheck-baseline\": 1,\n  \"findings\": nope}");
    let bad = run(dir, &["check", "--baseline", "bad.json", "a.txt"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = stderr(&bad);
    assert!(err.starts_with("claimcheck: error: bad.json:2:"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let missing = run(dir, &["check", "--baseline", "none.json", "a.txt"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("(`claimcheck baseline` writes one)"));
    let prune_nothing = run(dir, &["baseline", "--prune", "--output", "none.json", "a.txt"]);
    assert_eq!(prune_nothing.status.code(), Some(2));
}

#[test]
fn sarif_marks_new_results_and_validates() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    write(dir, "a.txt", &article(&[OLD]));
    assert_eq!(run(dir, &["baseline", "a.txt"]).status.code(), Some(0));
    write(dir, "a.txt", &article(&[OLD, NEW]));
    let out = run(
        dir,
        &[
            "check",
            "--baseline",
            ".claimcheck-baseline.json",
            "--format",
            "sarif",
            "a.txt",
        ],
    );
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0]["baselineState"], "new");
    assert!(results[0]["partialFingerprints"]["claimcheck/v1"].is_string());
    let schema: Value = serde_json::from_str(include_str!("schemas/sarif-schema-2.1.0.json")).unwrap();
    let validator = jsonschema::draft4::options().build(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert_eq!(errors, Vec::<String>::new());
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .args([
            "-c",
            "user.name=claimcheck",
            "-c",
            "user.email=ci@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

#[test]
fn changed_since_reports_only_the_changed_lines() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    git(dir, &["init", "-q", "-b", "main"]);
    write(dir, "news/a.txt", &article(&[OLD]));
    write(dir, "news/b.txt", &article(&[OLD]));
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "copy"]);
    git(dir, &["checkout", "-q", "-b", "edit"]);
    // A new sentence at the end of a.txt, committed on the branch; b.txt untouched; a new
    // file not yet added.
    write(dir, "news/a.txt", &article(&[OLD, NEW]));
    git(dir, &["commit", "-q", "-am", "edit"]);
    write(dir, "news/c.txt", &article(&[OLD]));
    let out = run(dir, &["check", "--changed-since", "main", "--format", "json", "news"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let places: Vec<(String, u64)> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["file"].as_str().unwrap().to_string(), f["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(places, [("news/a.txt".to_string(), 5), ("news/c.txt".to_string(), 3)]);
    assert_eq!(report["summary"]["unchanged"], 1);
    assert_eq!(report["summary"]["files"], 2);
    assert!(
        stderr(&out).contains("1 file not changed since main, not checked"),
        "{}",
        stderr(&out)
    );

    // An edit in the middle of the accepted sentence's line makes it changed.
    write(dir, "news/b.txt", &article(&[&OLD.replace("answered", "rebuffed")]));
    let edited = run(
        dir,
        &["check", "--changed-since", "main", "--format", "json", "news/b.txt"],
    );
    let report: Value = serde_json::from_slice(&edited.stdout).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 1);
}

#[test]
fn changed_since_needs_a_repository_and_a_known_ref() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    write(dir, "a.txt", &article(&[OLD]));
    let outside = run(dir, &["check", "--changed-since", "main", "a.txt"]);
    assert_eq!(outside.status.code(), Some(2));
    let err = stderr(&outside);
    assert!(
        err.starts_with("claimcheck: error: --changed-since needs a git repository"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "copy"]);
    let unknown = run(dir, &["check", "--changed-since", "no-such-branch", "a.txt"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("--changed-since no-such-branch"),
        "{}",
        stderr(&unknown)
    );
}

#[test]
fn fix_leaves_accepted_findings_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    write(dir, "a.txt", &article(&[OLD]));
    assert_eq!(run(dir, &["baseline", "a.txt"]).status.code(), Some(0));
    write(dir, "a.txt", &article(&[OLD, NEW]));
    let fixed = run(
        dir,
        &["check", "--baseline", ".claimcheck-baseline.json", "--fix", "a.txt"],
    );
    assert_eq!(fixed.status.code(), Some(0), "{}", stdout(&fixed));
    assert!(
        stdout(&fixed).contains("1 in the baseline · 1 fixed"),
        "{}",
        stdout(&fixed)
    );
    let text = fs::read_to_string(dir.join("a.txt")).unwrap();
    assert_eq!(text, article(&[OLD, "She met US President Donald Trump in Riyadh."]));
}
