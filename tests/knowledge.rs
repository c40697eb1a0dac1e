//! knowledge/ is the one home of facts: `rules build` makes every shipped pack from it, with
//! nothing outside the repository.

use std::path::Path;
use std::process::{Command, Output};

fn claimcheck(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn the_shipped_packs_are_what_knowledge_builds() {
    let out = claimcheck(Path::new("."), &["rules", "build", "--check"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A fresh knowledge folder: an offices table and rows, a manifest, a source folder.
fn scratch(name: &str) -> tempfile::TempDir {
    let dir = tempfile::Builder::new()
        .prefix(&format!("claimcheck-{name}-"))
        .tempdir()
        .unwrap();
    for sub in [
        "knowledge/packs",
        "knowledge/curated/town",
        "knowledge/sources/gazette",
        "rules",
    ] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    let write = |rel: &str, text: &str| std::fs::write(dir.path().join(rel), text).unwrap();
    write(
        "knowledge/sources/gazette/SOURCE.md",
        "# The Testville Gazette (made up for tests)\n",
    );
    write(
        "knowledge/packs/town.yaml",
        "pack: town\nbuild:\n  importer: rows\n  description: Testville's mayors.\n  source: The Testville Gazette.\n  inputs: [curated/town/offices.csv, curated/town/people.csv]\n  examples:\n    - { date: 2019-01-01, text: \"Former Mayor Ann Example spoke.\", expect: [former-incumbent] }\n",
    );
    write(
        "knowledge/curated/town/offices.csv",
        "office,country,title,aliases,government,holders,source\ntv-mayor,XT,Mayor of Testville,Mayor,,,sources/gazette (charter)\n",
    );
    write(
        "knowledge/curated/town/people.csv",
        "person,name,aliases,office,country,title,from,to,precision,born,died,occupation,wikidata,source\nann,Ann Example,Example,tv-mayor,,,2016,2020-05-01,,,,,,sources/gazette 2016-01-02 p1\n",
    );
    dir
}

#[test]
fn rows_build_a_pack_that_check_then_accepts() {
    let dir = scratch("rows");
    let out = claimcheck(dir.path(), &["rules", "build"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let built = std::fs::read_to_string(dir.path().join("rules/town.yaml")).unwrap();
    assert!(
        built.contains("source: \"curated/town/people.csv:2: sources/gazette 2016-01-02 p1\""),
        "{built}"
    );
    let out = claimcheck(dir.path(), &["rules", "build", "--check"]);
    assert_eq!(out.status.code(), Some(0));
    // The pack's own example runs.
    let out = claimcheck(dir.path(), &["rules", "test", "rules/town.yaml"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1 passed, 0 failed\n");
    // A researcher corrects the end of the term: the shipped pack is now stale, and says how.
    let people = dir.path().join("knowledge/curated/town/people.csv");
    let fixed = std::fs::read_to_string(&people)
        .unwrap()
        .replace("2020-05-01", "2020-05-04");
    std::fs::write(&people, fixed).unwrap();
    let out = claimcheck(dir.path(), &["rules", "build", "--check"]);
    assert_eq!(out.status.code(), Some(1));
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        diff.contains("-      - { office: tv-mayor, from: 2016, to: 2020-05-01"),
        "{diff}"
    );
    assert!(
        diff.contains("+      - { office: tv-mayor, from: 2016, to: 2020-05-04"),
        "{diff}"
    );
}

#[test]
fn a_source_folder_without_its_source_md_fails() {
    let dir = scratch("no-source-md");
    std::fs::remove_file(dir.path().join("knowledge/sources/gazette/SOURCE.md")).unwrap();
    std::fs::write(
        dir.path().join("knowledge/packs/town.yaml"),
        "pack: town\nbuild:\n  importer: rows\n  inputs: [sources/gazette/mayors.csv]\n",
    )
    .unwrap();
    let out = claimcheck(dir.path(), &["rules", "build"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("sources/gazette/SOURCE.md is missing"));
}

/// The sources in knowledge/ are verbatim copies of the shared data they cite.
#[test]
#[ignore = "needs ../shared/data beside the repository; CI runs it"]
fn knowledge_sources_are_the_shared_data() {
    for (copy, original) in [
        (
            "knowledge/sources/congress-legislators/legislators-current.yaml",
            "../shared/data/congress-legislators/legislators-current.yaml",
        ),
        (
            "knowledge/sources/congress-legislators/legislators-historical.csv",
            "../shared/data/congress-legislators/legislators-historical.csv",
        ),
        (
            "knowledge/sources/archigos-4.1/archigos_4.1_leader_spells.csv",
            "../shared/data/archigos-4.1/archigos_4.1_leader_spells.csv",
        ),
        (
            "knowledge/sources/archigos-4.1/ARCHIGOS.bib",
            "../shared/data/archigos-4.1/ARCHIGOS.bib",
        ),
        (
            "knowledge/sources/uk-ministers-parlparse/derived_uk_key_posts.csv",
            "../shared/data/uk-ministers-parlparse/derived_uk_key_posts.csv",
        ),
    ] {
        let original = std::fs::read(original).unwrap_or_else(|e| panic!("{original}: {e}"));
        assert!(
            std::fs::read(copy).unwrap() == original,
            "{copy} differs from its original"
        );
    }
}

/// A row citing a row of a source takes its dates from it; a row that says otherwise must say why.
#[test]
fn rows_citing_a_source_row_take_its_dates_and_correct_it_only_with_a_reason() {
    let dir = scratch("cited");
    let write = |rel: &str, text: &str| std::fs::write(dir.path().join("knowledge").join(rel), text).unwrap();
    std::fs::create_dir_all(dir.path().join("knowledge/sources/spells")).unwrap();
    write(
        "sources/spells/SOURCE.md",
        "# Spells (made up for tests, in Archigos's columns)\n- Known until: 2015-12-31\n",
    );
    write(
        "sources/spells/spells.csv",
        "idacr,leader,startdate,enddate,borndate,yrborn,deathdate,yrdied\n\
         XTV,Example,2012-01-05,2015-12-31,1960-02-01,1960,NA,-777\n",
    );
    write(
        "packs/town.yaml",
        "pack: town\nbuild:\n  importer: rows\n  inputs: [curated/town/offices.csv, curated/town/people.csv]\n  adapters:\n    sources/spells/spells.csv: archigos\n",
    );
    let people = |rows: &str| {
        write(
            "curated/town/people.csv",
            &format!(
                "person,name,aliases,office,country,title,from,to,precision,born,died,occupation,wikidata,source,note\n{rows}"
            ),
        )
    };
    let cited = "sources/spells/spells.csv row 2 (XTV Example 2012-01-05..2015-12-31)";
    let build = || claimcheck(dir.path(), &["rules", "build"]);

    // A spell still running when the source ends: the row must say when the term ended.
    people(&format!("ann,Ann Example,,tv-mayor,,,,,,,,,,{cited},\n"));
    let out = build();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("still running when the source ends (2015-12-31)"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    people(&format!(
        "ann,Ann Example,,tv-mayor,,,,2017-03-01,,,,,,{cited}; Testville Gazette 2017-03-02,\n"
    ));
    let out = build();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let built = std::fs::read_to_string(dir.path().join("rules/town.yaml")).unwrap();
    assert!(built.contains("    born: 1960-02-01\n"), "{built}");
    assert!(
        built.contains("- { office: tv-mayor, from: 2012-01-05, to: 2017-03-01, source: \"curated/town/people.csv:2: sources/spells/spells.csv row 2 (XTV Example 2012-01-05..2015-12-31); Testville Gazette 2017-03-02\" }"),
        "{built}"
    );

    // A birth date that contradicts the spell's is a correction: refused without a reason.
    let term = format!("ann,Ann Example,,tv-mayor,,,,2017-03-01,,,,,,{cited}; Testville Gazette 2017-03-02,");
    people(&format!(
        "{term}\nann,,,,,,,,,1961-02-01,,,,Testville Gazette 2020-01-01,\n"
    ));
    let out = build();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the birth date is `1961-02-01` at curated/town/people.csv:3 and `1960-02-01` in the source cited at curated/town/people.csv:2: if the source is wrong, say why in `note`"),
        "{stderr}"
    );
    people(&format!(
        "{term}\nann,,,,,,,,,1961-02-01,,,,Testville Gazette 2020-01-01,The spells list gives 1960-02-01.\n"
    ));
    let out = build();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let built = std::fs::read_to_string(dir.path().join("rules/town.yaml")).unwrap();
    assert!(built.contains("    born: 1961-02-01\n"), "{built}");

    // A mistyped row number is caught by the words that describe the row.
    people(
        "ann,Ann Example,,tv-mayor,,,,open,,,,,,sources/spells/spells.csv row 2 (XTV Other 2012-01-05..2015-12-31),\n",
    );
    let out = build();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(&format!("the citation must read `{cited}`")));
}

/// A pack whose terms name another pack's offices is built after it, and does not repeat them.
#[test]
fn a_pack_that_depends_on_another_is_built_after_it() {
    let dir = scratch("depends");
    let write = |rel: &str, text: &str| std::fs::write(dir.path().join("knowledge").join(rel), text).unwrap();
    std::fs::create_dir_all(dir.path().join("knowledge/curated/county")).unwrap();
    // `a-clerks` comes first in file order, but needs `town`'s office.
    write(
        "packs/a-clerks.yaml",
        "pack: a-clerks\nbuild:\n  importer: rows\n  inputs: [curated/county/people.csv]\n  depends: [town]\n",
    );
    write(
        "curated/county/people.csv",
        "person,name,aliases,office,country,title,from,to,precision,born,died,occupation,wikidata,source\n\
         cid,Cid Example,,tv-mayor,XT,,2021,,,,,,,Testville Gazette 2021-01-01\n",
    );
    let out = claimcheck(dir.path(), &["rules", "build"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let built = std::fs::read_to_string(dir.path().join("rules/a-clerks.yaml")).unwrap();
    assert!(
        !built.contains("offices:") && built.contains("people:\n  cid:"),
        "{built}"
    );

    write(
        "packs/a-clerks.yaml",
        "pack: a-clerks\nbuild:\n  importer: rows\n  inputs: [curated/county/people.csv]\n  depends: [nowhere]\n",
    );
    let out = claimcheck(dir.path(), &["rules", "build"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("it depends on `nowhere`, which neither knowledge/packs/ nor claimcheck's shipped packs hold"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
