//! `claimcheck rules`: every error at once, in order; offices without aliases; failing
//! examples named by line.

use std::process::{Command, Output};

/// Runs `claimcheck rules ARGS` in a fresh directory holding `packs` (name, text).
fn rules(test: &str, packs: &[(&str, &str)], args: &[&str]) -> Output {
    let dir = std::env::temp_dir().join(format!("claimcheck-rules-{test}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, text) in packs {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let out = Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .arg("rules")
        .args(args)
        .current_dir(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    out
}

#[test]
fn validate_reports_every_error_at_once_sorted() {
    let b = "pack: b\noffices:\n  o:\n    title: T\n    aliases: [T]\n    colour: red\n";
    let a = "pack: a\noffices:\n  m:\n    title: Mayor\npeople:\n  p:\n    name: P Q\n    terms:\n      - { office: nowhere, from: 2020-01-01 }\n      - { office: m, from: 2021-01-01, to: 2020-01-01 }\n";
    let out = rules(
        "all",
        &[("b.yaml", b), ("a.yaml", a)],
        &["validate", "b.yaml", "a.yaml"],
    );
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
}

#[test]
fn an_office_with_a_title_and_no_aliases_is_valid() {
    let a = "pack: a\noffices:\n  m:\n    title: Mayor of Nowhere\npeople:\n  p:\n    name: Pat Quill\n    terms:\n      - { office: m, from: 2020-01-01 }\n";
    let out = rules("no-aliases", &[("a.yaml", a)], &["validate", "a.yaml"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_failing_example_is_named_by_its_line() {
    let a = "pack: a\nexamples:\n  - { date: 2025-03-11, text: \"Nothing to see.\", expect: [] }\n  - { date: 2025-03-11, text: \"Still nothing here.\", expect: [wrong-age] }\n";
    let out = rules("example", &[("a.yaml", a)], &["test", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("FAIL a.yaml:4: 2025-03-11 \"Still nothing here.\""),
        "{stdout}"
    );
    assert!(stdout.ends_with("1 passed, 1 failed\n"), "{stdout}");
}

/// `verdicts:` tells a claim the facts support from no claim read at all, which `expect: []`
/// alone passes either way.
#[test]
fn an_example_can_name_its_claims_verdicts() {
    let a = "pack: a\noffices:\n  m:\n    title: Mayor of Nowhere\n    aliases: [Mayor]\npeople:\n  p:\n    name: Pat Quill\n    terms:\n      - { office: m, from: 2020-01-01 }\nexamples:\n  - { date: 2025-03-11, text: \"Mayor Pat Quill said so.\", expect: [], verdicts: [supported] }\n  - { date: 2025-03-11, text: \"Mayor Pat Quill said so.\", expect: [], verdicts: [unverifiable] }\n  - { date: 2025-03-11, text: \"Nothing to see.\", expect: [], verdicts: [] }\n";
    let out = rules("verdicts", &[("a.yaml", a)], &["test", "a.yaml"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("FAIL a.yaml:13: 2025-03-11 \"Mayor Pat Quill said so.\"\n  - expected verdicts: [unverifiable]\n  + actual verdicts:   [supported]"),
        "{stdout}"
    );
    assert!(stdout.ends_with("2 passed, 1 failed\n"), "{stdout}");
}

/// A pack whose aliases would expand a 100 KB string 100,000 times (10 GB): refused in one
/// line, in bounded memory, instead of exhausting the machine.
#[test]
fn an_alias_bomb_in_a_pack_is_one_error_line() {
    let big = "x".repeat(100_000);
    let aliases = vec!["*s"; 100_000].join(", ");
    let pack = format!(
        "pack: bomb\nlints:\n  - id: b\n    replace: {{ a: &s {big} }}\n    except: [{aliases}]\n    message: m\n"
    );
    let out = rules("bomb", &[("bomb.yaml", &pack)], &["validate", "bomb.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("claimcheck: error: bomb.yaml:"), "{stderr}");
}

/// Lints that would misfire are refused: an empty word (it would match at the end of every
/// sentence), a word replaced with itself, dates the wrong way round.
#[test]
fn lints_that_would_misfire_are_refused() {
    let pack = "pack: l\nlints:\n  - id: empty\n    replace: { '': x }\n    message: m\n  - id: same\n    replace: { Kiev: Kiev }\n    message: m\n  - id: dates\n    after: 2020-01-01\n    before: 2019-01-01\n    replace: { a: b }\n    message: m\n";
    let out = rules("lints", &[("l.yaml", pack)], &["validate", "l.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("l.yaml:3:9: lint `empty` replaces an empty word"),
        "{stderr}"
    );
    assert!(stderr.contains("lint `same` replaces `Kiev` with itself"), "{stderr}");
    assert!(stderr.contains("lint `dates` applies from 2020-01-01"), "{stderr}");
}

/// Replacing a shipped pack drops its offices; another shipped pack that uses them is then
/// broken, and the message says why instead of blaming the shipped file alone.
#[test]
fn replacing_a_shipped_pack_says_what_it_broke() {
    let pack = "pack: us-executive\noffices:\n  us-president:\n    title: President of the United States\n    aliases: [President]\n";
    let out = rules("replace", &[("mine.yaml", pack)], &["validate", "mine.yaml"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the shipped pack `us-executive` defined it, and mine.yaml replaces that pack without it"),
        "{stderr}"
    );
}

/// Two of one's own packs with one name: one would silently vanish.
#[test]
fn two_user_packs_with_one_name_are_an_error() {
    let a = "pack: mine\n";
    let out = rules(
        "twins",
        &[("a.yaml", a), ("b.yaml", a)],
        &["validate", "a.yaml", "b.yaml"],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b.yaml: pack `mine` is also the name of a.yaml"),
        "{stderr}"
    );
}

/// An importer given an empty file writes no pack (an empty us-congress would replace the
/// shipped one).
#[test]
fn importers_refuse_to_write_an_empty_pack() {
    let out = rules(
        "empty-import",
        &[("e.csv", "person,name,aliases,office,title,from,to,born,died\n")],
        &["import", "csv", "e.csv"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let out = rules(
        "empty-congress",
        &[("legislators-current.yaml", "[]\n")],
        &["import", "congress-legislators", "legislators-current.yaml"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

/// A pack indexed once: `check` then finds its people through the index (or the compiled
/// pack, for a pack with offices), named or found beside the YAML; facts cite the YAML's
/// lines; a changed YAML is noted or read again; a damaged index is one line and exit 2.
#[test]
fn a_people_pack_indexed_once_is_used_by_check() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let pack = "pack: newsroom-people\nsource: written for this test (not facts)\npeople:\n  ann-berg:\n    name: Ann Berg\n    died: 2020-05-01\n";
    std::fs::write(dir.join("people.yaml"), pack).unwrap();
    std::fs::write(dir.join("a.txt"), "date 2025-03-11\nAnn Berg says the plan works.\n").unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_claimcheck"))
            .args(args)
            .current_dir(dir)
            .output()
            .unwrap()
    };
    let index = run(&["rules", "index", "people.yaml"]);
    assert_eq!(
        index.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&index.stderr)
    );
    assert!(
        String::from_utf8_lossy(&index.stdout).starts_with("indexed `newsroom-people` (1 people) into people.ccidx")
    );
    let check = run(&["check", "--rules", "people.ccidx", "a.txt"]);
    let out = String::from_utf8_lossy(&check.stdout);
    assert_eq!(check.status.code(), Some(1), "{out}");
    assert!(
        out.contains("warning[dead-as-living]") && out.contains("fact: people.yaml:4 (ann-berg, died 2020-05-01)"),
        "{out}"
    );
    assert!(check.stderr.is_empty());

    // Naming the YAML uses the index beside it while the YAML is unchanged.
    let through = run(&["check", "--rules", "people.yaml", "a.txt"]);
    assert_eq!(through.stdout, check.stdout);
    // The YAML changed since: named directly, the index is still used, with a note; the
    // YAML named is read again.
    std::fs::write(dir.join("people.yaml"), format!("{pack}    born: 1950-01-01\n")).unwrap();
    let stale = run(&["check", "--rules", "people.ccidx", "a.txt"]);
    let err = String::from_utf8_lossy(&stale.stderr);
    assert!(err.contains("people.yaml: changed since it was indexed"), "{err}");
    let fresh = run(&["check", "--rules", "people.yaml", "a.txt"]);
    assert!(fresh.stderr.is_empty(), "{}", String::from_utf8_lossy(&fresh.stderr));

    // A pack with offices is compiled instead, and used the same ways.
    let offices = "pack: town\nsource: written for this test (not facts)\noffices:\n  town-mayor:\n    title: Mayor of Nowhere\n    aliases: [Nowhere Mayor]\npeople:\n  tom-hale:\n    name: Tom Hale\n    terms:\n      - { office: town-mayor, from: 2010-01-01, to: 2014-01-01 }\n";
    std::fs::write(dir.join("town.yaml"), offices).unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "date 2025-03-11\nNowhere Mayor Tom Hale says the plan works.\n",
    )
    .unwrap();
    let compiled = run(&["rules", "index", "town.yaml"]);
    assert_eq!(
        compiled.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&compiled.stderr)
    );
    assert!(String::from_utf8_lossy(&compiled.stdout).starts_with("indexed `town` (1 people) into town.ccpack"));
    let yaml = run(&["check", "--rules", "town.yaml", "b.txt"]);
    let direct = run(&["check", "--rules", "town.ccpack", "b.txt"]);
    assert_eq!(yaml.status.code(), Some(1), "{}", String::from_utf8_lossy(&yaml.stdout));
    assert_eq!(yaml.stdout, direct.stdout);
    assert!(
        String::from_utf8_lossy(&yaml.stdout).contains("fact: town.yaml:"),
        "{}",
        String::from_utf8_lossy(&yaml.stdout)
    );
    let wrong_ending = run(&["rules", "index", "town.yaml", "-o", "town.ccidx"]);
    assert_eq!(wrong_ending.status.code(), Some(2));

    std::fs::write(dir.join("bad.ccidx"), "not an index").unwrap();
    let bad = run(&["check", "--rules", "bad.ccidx", "a.txt"]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("bad.ccidx: not a claimcheck people index"), "{err}");
}
