//! Every output format over the same inputs — the fixture of each finding id, a clean one and a
//! file that cannot be checked — as insta snapshots, and what each format promises its readers:
//! the SARIF log validates against the official 2.1.0 schema and its regions and fixes point at
//! the right bytes; the checkstyle XML parses; GitHub commands carry every finding.

mod common;

use claimcheck::article::{Article, ArticleError};
use claimcheck::checks::Outcome;
use claimcheck::engine::Engine;
use claimcheck::fix;
use claimcheck::report::Format;
use common::*;
use serde_json::Value;

type Input = Result<(Article, Outcome), ArticleError>;

/// The per-finding-id fixtures (every `.txt` directly in `tests/fixtures/`), the Markdown
/// article (code, links, HTML, a table, suppressions) and the HTML page, sorted; a line with
/// characters outside the BMP, then a file with no date and one with broken front matter (an
/// error with a line and column).
fn inputs() -> Vec<Input> {
    let mut paths: Vec<String> = std::fs::read_dir("tests/fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md" || e == "html"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    paths.sort();
    let engine = Engine::new(shared_rules());
    let mut inputs: Vec<Input> = paths.iter().map(|p| engine.check_path(p)).collect();
    inputs.push(engine.check_text("astral-plane.txt", ASTRAL.to_string()));
    for bad in [
        "tests/fixtures/cli/no-date.txt",
        "tests/fixtures/cli/front-matter-invalid.md",
    ] {
        inputs.push(engine.check_path(bad));
    }
    inputs
}

/// "🚢" is one character but two UTF-16 code units: SARIF's columns are one more than the others.
const ASTRAL: &str = "date 2025-06-01\n🚢 President Joe Biden said the deal was good.\n";

fn report_of(format: Format) -> String {
    report_inputs(format, &inputs())
}

/// The snapshot settings, with the tool's own version masked: a release is not a report change.
fn settings() -> insta::Settings {
    let mut s = snapshot_settings();
    let version = env!("CARGO_PKG_VERSION").replace('.', r"\.");
    s.add_filter(
        &format!(r#""(version|semanticVersion)": "{version}""#),
        r#""$1": "[version]""#,
    );
    s
}

#[test]
fn every_format_over_the_same_inputs() {
    let formats = [
        ("human", Format::Human),
        ("json", Format::Json),
        ("jsonl", Format::Jsonl),
        ("sarif", Format::Sarif),
        ("github", Format::Github),
        ("patch", Format::Patch),
        ("checkstyle", Format::Checkstyle),
    ];
    settings().bind(|| {
        for (name, format) in formats {
            insta::assert_snapshot!(format!("formats.{name}"), report_of(format));
        }
    });
}

fn findings(inputs: &[Input]) -> usize {
    inputs.iter().flatten().map(|(_, o)| o.findings.len()).sum()
}

fn sarif_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(include_str!("schemas/sarif-schema-2.1.0.json")).unwrap();
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles")
}

fn schema_errors(validator: &jsonschema::Validator, log: &Value) -> Vec<String> {
    validator
        .iter_errors(log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn sarif_validates_against_the_2_1_0_schema() {
    let validator = sarif_validator();
    let log: Value = serde_json::from_str(&report_of(Format::Sarif)).expect("SARIF is JSON");
    assert_eq!(schema_errors(&validator, &log), Vec::<String>::new());
    let clean = Engine::new(shared_rules()).check_path("tests/fixtures/must-not-flag-2025-03-11.txt");
    let clean: Value = serde_json::from_str(&report_inputs(Format::Sarif, &[clean])).unwrap();
    assert_eq!(schema_errors(&validator, &clean), Vec::<String>::new());
    // The validator does reject what breaks the schema.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    broken["runs"][0]["columnKind"] = Value::from("bytes");
    assert_eq!(schema_errors(&validator, &broken).len(), 2);
}

#[test]
fn sarif_is_what_code_scanning_needs() {
    let inputs = inputs();
    let log: Value = serde_json::from_str(&report_inputs(Format::Sarif, &inputs)).unwrap();
    let runs = log["runs"].as_array().unwrap();
    assert_eq!(runs.len(), 1);
    let run = &runs[0];
    assert_eq!(run["tool"]["driver"]["name"], "claimcheck");
    assert_eq!(run["columnKind"], "utf16CodeUnits");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for id in claimcheck::checks::id::BUILTIN {
        assert!(rules.iter().any(|r| r["id"] == id.as_str()), "no rule for {id}");
    }
    assert!(
        rules.iter().any(|r| r["id"] == "lint/kyiv-spelling"),
        "the packs' lints are rules"
    );
    for rule in rules {
        let help = rule["help"]["text"].as_str().unwrap();
        assert!(help.contains("To silence it"), "{help}");
        assert!(["error", "warning", "note"].contains(&rule["defaultConfiguration"]["level"].as_str().unwrap()));
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), findings(&inputs));
    for r in results {
        let index = r["ruleIndex"].as_u64().expect("every result names its rule's index") as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
    }
    let invocation = &run["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notes = invocation["toolExecutionNotifications"].as_array().unwrap();
    assert_eq!(notes.len(), 2);
    assert!(notes.iter().all(|n| n["level"] == "error"));
    let location = |n: &Value| n["locations"][0]["physicalLocation"].clone();
    assert_eq!(
        location(&notes[0])["artifactLocation"]["uri"],
        "tests/fixtures/cli/no-date.txt"
    );
    assert_eq!(
        location(&notes[1])["region"]["startLine"],
        4,
        "the broken front matter's line"
    );
}

/// Line and UTF-16 column of a byte offset, counted afresh from the text (the BOM is no column).
fn utf16_line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    let column_text = before[line_start..].trim_start_matches('\u{feff}');
    (line, column_text.encode_utf16().count() + 1)
}

#[test]
fn sarif_regions_and_fixes_point_at_the_right_bytes() {
    let inputs = inputs();
    let log: Value = serde_json::from_str(&report_inputs(Format::Sarif, &inputs)).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap().clone();
    let mut results = results.iter();
    for (article, outcome) in inputs.iter().flatten() {
        let text = &article.text;
        let mut replaced = text.clone();
        let mut fixes = Vec::new();
        for f in &outcome.findings {
            let r = results.next().unwrap();
            let region = &r["locations"][0]["physicalLocation"]["region"];
            let offset = region["byteOffset"].as_u64().unwrap() as usize;
            let length = region["byteLength"].as_u64().unwrap() as usize;
            assert_eq!(&text[offset..offset + length], &text[f.span.clone()]);
            let start = (
                region["startLine"].as_u64().unwrap() as usize,
                region["startColumn"].as_u64().unwrap() as usize,
            );
            let end = (
                region["endLine"].as_u64().unwrap() as usize,
                region["endColumn"].as_u64().unwrap() as usize,
            );
            assert_eq!(start, utf16_line_col(text, offset), "{}", article.origin);
            assert_eq!(end, utf16_line_col(text, offset + length), "{}", article.origin);
            for change in r["fixes"].as_array().into_iter().flatten() {
                let replacement = &change["artifactChanges"][0]["replacements"][0];
                let deleted = &replacement["deletedRegion"];
                let at = deleted["byteOffset"].as_u64().unwrap() as usize;
                let len = deleted["byteLength"].as_u64().unwrap() as usize;
                let inserted = replacement["insertedContent"]["text"].as_str().unwrap_or("");
                fixes.push((at, len, inserted.to_string()));
            }
        }
        // Made from the end back, the SARIF fixes give the text `--fix` writes.
        fixes.sort();
        for (at, len, inserted) in fixes.iter().rev() {
            replaced.replace_range(at..&(at + len), inserted);
        }
        assert_eq!(replaced, fix::plan(article, outcome).fixed, "{}", article.origin);
    }
    assert!(results.next().is_none());
    let astral = &log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "astral-plane.txt");
    assert_eq!(
        astral.unwrap()["locations"][0]["physicalLocation"]["region"]["startColumn"],
        4
    );
}

#[test]
fn checkstyle_parses_and_names_every_file() {
    let inputs = inputs();
    let xml = report_inputs(Format::Checkstyle, &inputs);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "checkstyle");
    let files: Vec<_> = root.children().filter(|n| n.has_tag_name("file")).collect();
    assert_eq!(files.len(), inputs.len());
    let errors: Vec<_> = root.descendants().filter(|n| n.has_tag_name("error")).collect();
    assert_eq!(errors.len(), findings(&inputs) + 2);
    for e in &errors {
        assert!(e.attribute("source").unwrap().starts_with("claimcheck."));
        assert!(["error", "warning", "info"].contains(&e.attribute("severity").unwrap()));
    }
    let astral = files
        .iter()
        .find(|f| f.attribute("name") == Some("astral-plane.txt"))
        .unwrap();
    let error = astral.children().find(|n| n.has_tag_name("error")).unwrap();
    assert_eq!(error.attribute("column"), Some("3"), "characters, not UTF-16 units");
}

#[test]
fn github_commands_carry_every_finding_and_error() {
    let inputs = inputs();
    let out = report_inputs(Format::Github, &inputs);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), findings(&inputs) + 2);
    for line in &lines {
        assert!(
            ["::error ", "::warning ", "::notice "]
                .iter()
                .any(|p| line.starts_with(p)),
            "{line}"
        );
    }
    let astral = lines.iter().find(|l| l.contains("file=astral-plane.txt")).unwrap();
    assert!(astral.contains(",line=2,col=3,endLine=2,endColumn=22,"), "{astral}");
    assert_eq!(
        lines[lines.len() - 2],
        "::error file=tests/fixtures/cli/no-date.txt::no publication date: start the text with `date YYYY-MM-DD`, add front matter `date:`, or pass --date YYYY-MM-DD"
    );
    assert!(
        lines[lines.len() - 1].starts_with("::error file=tests/fixtures/cli/front-matter-invalid.md,line=4,col=1::"),
        "{}",
        lines[lines.len() - 1]
    );
}

#[test]
fn the_readme_shows_every_format_and_the_fix_flags() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(readme.contains("--format human|json|jsonl|sarif|github|patch|checkstyle"));
    for name in ["json", "jsonl"] {
        assert!(
            readme.contains(&format!("`--format {name}`")),
            "{name} is not described"
        );
    }
    for example in [
        "claimcheck check --format sarif",
        "claimcheck check --format github",
        "claimcheck check --format patch",
        "claimcheck check --format checkstyle",
        "claimcheck check --fix news/",
        "claimcheck check --fix --dry-run news/",
    ] {
        assert!(readme.contains(example), "no example of `{example}`");
    }
}
