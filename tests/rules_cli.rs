//! `claimcheck rules`: every error at once, in order; offices without aliases; failing
//! examples named by line.

use std::path::PathBuf;
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("claimcheck-rules-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn rules(dir: &PathBuf, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .arg("rules")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn validate_reports_every_error_at_once_sorted() {
    let dir = scratch("all");
    std::fs::write(
        dir.join("b.yaml"),
        "pack: b\noffices:\n  o:\n    title: T\n    aliases: [T]\n    colour: red\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("a.yaml"),
        "pack: a\noffices:\n  m:\n    title: Mayor\npeople:\n  p:\n    name: P Q\n    terms:\n      - { office: nowhere, from: 2020-01-01 }\n      - { office: m, from: 2021-01-01, to: 2020-01-01 }\n",
    )
    .unwrap();
    let out = rules(&dir, &["validate", "b.yaml", "a.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 3, "{stderr}");
    assert!(
        lines[0].starts_with("claimcheck: error: a.yaml:9:") && lines[0].contains("unknown office"),
        "{stderr}"
    );
    assert!(
        lines[1].starts_with("claimcheck: error: a.yaml:10:") && lines[1].contains("before it starts"),
        "{stderr}"
    );
    assert!(
        lines[2].starts_with("claimcheck: error: b.yaml:6:") && lines[2].contains("unknown field"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_office_with_a_title_and_no_aliases_is_valid() {
    let dir = scratch("no-aliases");
    std::fs::write(
        dir.join("a.yaml"),
        "pack: a\noffices:\n  m:\n    title: Mayor of Nowhere\npeople:\n  p:\n    name: Pat Quill\n    terms:\n      - { office: m, from: 2020-01-01 }\n",
    )
    .unwrap();
    let out = rules(&dir, &["validate", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_failing_example_is_named_by_its_line() {
    let dir = scratch("example");
    std::fs::write(
        dir.join("a.yaml"),
        "pack: a\nexamples:\n  - { date: 2025-03-11, text: \"Nothing to see.\", expect: [] }\n  - { date: 2025-03-11, text: \"Still nothing here.\", expect: [wrong-age] }\n",
    )
    .unwrap();
    let out = rules(&dir, &["test", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("FAIL a.yaml:4: 2025-03-11 \"Still nothing here.\""),
        "{stdout}"
    );
    assert!(stdout.ends_with("1 passed, 1 failed\n"), "{stdout}");
    std::fs::remove_dir_all(&dir).ok();
}
