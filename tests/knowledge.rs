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

/// A cabinet-turnover file read by its adapter, with the positions, names and corrections it
/// needs as curated tables.
#[test]
fn an_adapter_reads_a_source_into_rows_and_a_correction_must_match_the_source() {
    let dir = scratch("adapter");
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap()
    };
    write(
        "knowledge/sources/turnover/SOURCE.md",
        "# Testville turnover (made up for tests)\n- Known until: 2023-02-10\n",
    );
    write(
        "knowledge/sources/turnover/cabinet.csv",
        "president,position,appointee,start_date,end_date,length,departure_day,gender\n\
         Carter,Mayor,Ann Example,1/20/77,Reagan admin,,,Female\n\
         Reagan,Mayor,Ann Example,Carter admin,3/1/82,,,Female\n\
         Biden,Mayor,Bob Sample,2/1/21,Still in office,,,Male\n\
         Biden,Deputy Mayor,Cy Other,2/1/21,Still in office,,,Male\n",
    );
    write(
        "knowledge/curated/town/positions.csv",
        "position,office,from,to,source\nMayor,tv-mayor,,,the file's position\nDeputy Mayor,,,,left out: not an office of this pack\n",
    );
    write(
        "knowledge/curated/town/names.csv",
        "appointee,name,aliases,source\nBob Sample,Robert Sample,Bob,Testville Gazette 2021-02-02\n",
    );
    write(
        "knowledge/curated/town/corrections.csv",
        "position,appointee,column,was,value,source\nMayor,Bob Sample,end_date,Still in office,2025-01-20,Testville Gazette 2025-01-21\n",
    );
    write(
        "knowledge/packs/town.yaml",
        "pack: town\nbuild:\n  importer: rows\n  read:\n    - adapter: cabinet-turnover\n      source: sources/turnover/cabinet.csv\n      tables: [curated/town/positions.csv, curated/town/names.csv, curated/town/corrections.csv]\n  inputs: [curated/town/offices.csv]\n",
    );
    let out = claimcheck(dir.path(), &["rules", "build"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let built = std::fs::read_to_string(dir.path().join("rules/town.yaml")).unwrap();
    for want in [
        // The two rows of one holder across administrations are one term.
        "- { office: tv-mayor, from: 1977-01-20, to: 1982-03-01, source: \"sources/turnover/cabinet.csv:2: FiveThirtyEight cabinet-turnover (CC BY 4.0); continued at line 3\" }",
        // The correction says what it replaced, where, and on whose word.
        "  robert-sample:\n    name: Robert Sample\n    aliases: [Bob Sample, Bob, Sample]\n",
        "to: 2025-01-20, source: \"sources/turnover/cabinet.csv:4: FiveThirtyEight cabinet-turnover (CC BY 4.0); end_date \\\"Still in office\\\" read as 2025-01-20 by curated/town/corrections.csv:2: Testville Gazette 2025-01-21\" }",
    ] {
        assert!(built.contains(want), "{want}\n---\n{built}");
    }
    assert!(!built.contains("Cy Other"), "{built}");
    // The source changes under the correction: the build says so instead of applying it.
    write(
        "knowledge/curated/town/corrections.csv",
        "position,appointee,column,was,value,source\nMayor,Bob Sample,end_date,1/19/25,2025-01-20,Testville Gazette 2025-01-21\n",
    );
    let out = claimcheck(dir.path(), &["rules", "build"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("curated/town/corrections.csv:2: no row of Bob Sample as Mayor has end_date `1/19/25` (has the source changed?)"),
        "{stderr}"
    );
}

/// An executive.yaml read by its adapter: names, their forms, terms made one, a term still running.
#[test]
fn the_executive_yaml_adapter_names_people_and_joins_their_terms() {
    let dir = scratch("executive");
    let write = |rel: &str, text: &str| {
        let path = dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap()
    };
    write(
        "knowledge/sources/town-hall/SOURCE.md",
        "# Testville's mayors (made up for tests)\n- Known until: 2026-06-15\n",
    );
    write(
        "knowledge/sources/town-hall/executive.yaml",
        "- name: {first: Ann, last: Zorblatt}\n  terms:\n  - {type: prez, start: '1997-01-20', end: '2001-01-20'}\n\
         - name: {first: Ann, middle: Quincy, last: Zorblatt}\n  bio: {birthday: '1950-07-11'}\n  terms:\n  \
         - {type: prez, start: '2001-01-20', end: '2005-01-20'}\n  - {type: prez, start: '2005-01-20', end: '2009-01-20'}\n  \
         - {type: prez, start: '2025-01-20', end: '2029-01-20'}\n",
    );
    write(
        "knowledge/curated/town/positions.csv",
        "position,office,from,to,source\nprez,tv-mayor,,,the file's term type\n",
    );
    write(
        "knowledge/curated/town/names.csv",
        "full_name,name,aliases,source\nAnn Quincy Zorblatt,Ann Quincy Zorblatt,AQZ,Testville Gazette 2001-01-21\n",
    );
    write(
        "knowledge/packs/town.yaml",
        "pack: town\nbuild:\n  importer: rows\n  read:\n    - adapter: executive-yaml\n      source: sources/town-hall/executive.yaml\n      tables: [curated/town/positions.csv, curated/town/names.csv]\n  inputs: [curated/town/offices.csv]\n",
    );
    let out = claimcheck(dir.path(), &["rules", "build"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let built = std::fs::read_to_string(dir.path().join("rules/town.yaml")).unwrap();
    for want in [
        // "Ann Zorblatt" is another person's name: not an alias of Ann Quincy Zorblatt.
        "  ann-quincy-zorblatt:\n    name: Ann Quincy Zorblatt\n    aliases: [Ann Q. Zorblatt, Zorblatt, AQZ]\n    born: 1950-07-11\n",
        // Consecutive terms are one; a term begun on an inauguration day has its election day.
        "- { office: tv-mayor, from: 2001-01-20, to: 2009-01-20, elected: 2000-11-07, source: \"sources/town-hall/executive.yaml:7: unitedstates/congress-legislators (CC0-1.0); with the term at line 8; election day by 3 U.S.C. § 1\" }",
        // An end after the source's known-until date is a scheduled one: the term is open.
        "- { office: tv-mayor, from: 2025-01-20, elected: 2024-11-05, source: \"sources/town-hall/executive.yaml:9: unitedstates/congress-legislators (CC0-1.0); open: scheduled to end 2029-01-20, after the source's known-until date 2026-06-15; election day by 3 U.S.C. § 1\" }",
    ] {
        assert!(built.contains(want), "{want}\n---\n{built}");
    }
    // A names row for nobody in the file is stale.
    write(
        "knowledge/curated/town/names.csv",
        "full_name,name,aliases,source\nAnn Quincy Zorblatt,Ann Quincy Zorblatt,AQZ,Testville Gazette 2001-01-21\nBea Zorblatt,,,Testville Gazette\n",
    );
    let out = claimcheck(dir.path(), &["rules", "build"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("curated/town/names.csv:3: nobody in sources/town-hall/executive.yaml is named `Bea Zorblatt`"),
        "{stderr}"
    );
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
            "knowledge/sources/congress-legislators/executive.yaml",
            "../shared/data/congress-legislators/executive.yaml",
        ),
        (
            "knowledge/sources/fivethirtyeight-cabinet-turnover/cabinet-turnover.csv",
            "../shared/data/fivethirtyeight-cabinet-turnover/cabinet-turnover.csv",
        ),
        (
            "knowledge/sources/fivethirtyeight-cabinet-turnover/readme.md",
            "../shared/data/fivethirtyeight-cabinet-turnover/readme.md",
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
        "pack: town\nbuild:\n  importer: rows\n  inputs: [curated/town/offices.csv, curated/town/people.csv]\n  read:\n    - adapter: archigos\n      source: sources/spells/spells.csv\n",
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

    // The one `read:` entry also reads the source whole, into the deaths of the leaders a
    // table names; its rows may still be cited.
    write(
        "sources/spells/spells.csv",
        "idacr,leader,startdate,enddate,borndate,yrborn,deathdate,yrdied\n\
         XTV,Example,2012-01-05,2015-12-31,1960-02-01,1960,NA,-777\n\
         XTV,Older,1990-01-01,2012-01-05,NA,1920,2013-04-08,2013\n",
    );
    write(
        "curated/town/leaders.csv",
        "country,leader,person,source\nXTV,Example,ann,Testville Gazette\nXTV,Older,otto,Testville Gazette\n",
    );
    write(
        "packs/town.yaml",
        "pack: town\nbuild:\n  importer: rows\n  inputs: [curated/town/offices.csv, curated/town/people.csv]\n  read:\n    - adapter: archigos\n      source: sources/spells/spells.csv\n      tables: [curated/town/leaders.csv]\n",
    );
    people(&format!(
        "{term}\notto,Otto Older,,,,,,,,,,,,Testville Gazette 2013-04-09,\n"
    ));
    let out = build();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let built = std::fs::read_to_string(dir.path().join("rules/town.yaml")).unwrap();
    assert!(built.contains("    born: 1960-02-01\n"), "{built}");
    assert!(built.contains("    died: 2013-04-08\n"), "{built}");
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
