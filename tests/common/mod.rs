//! Shared by the integration tests: load, check and render an article file.
#![allow(dead_code)]

pub mod lsp;
pub mod process;

use claimcheck::article::{Article, ArticleError};
use claimcheck::checks::Outcome;
use claimcheck::engine::Engine;
use claimcheck::report::{self, Format, PrintOptions, Summary};
use claimcheck::rules::RuleSet;
use std::sync::OnceLock;

pub fn rules() -> RuleSet {
    RuleSet::builtin().expect("shipped packs load")
}

/// The shipped packs, loaded once for every helper here.
pub fn shared_rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(rules)
}

/// An article checked as `claimcheck check PATH` checks it (the default policy).
pub fn check_file(path: &str) -> (Article, Outcome) {
    Engine::new(shared_rules())
        .check_path(path)
        .expect("fixture readable and dated")
}

/// What `claimcheck check --format FORMAT --color never` prints for checked articles.
pub fn report(format: Format, checked: &[(Article, Outcome)]) -> String {
    let inputs: Vec<Result<(Article, Outcome), ArticleError>> = checked.iter().cloned().map(Ok).collect();
    report_inputs(format, &inputs)
}

/// The same for inputs of which some could not be checked.
pub fn report_inputs(format: Format, inputs: &[Result<(Article, Outcome), ArticleError>]) -> String {
    let options = PrintOptions {
        color: false,
        quiet: false,
        summary_line: false,
        rules: shared_rules(),
        baseline: false,
    };
    let mut printer = report::printer(format, &options);
    let mut out: Vec<u8> = Vec::new();
    let mut summary = Summary::default();
    printer.start(&mut out).unwrap();
    for input in inputs {
        match input {
            Ok((article, outcome)) => {
                summary.add(outcome);
                printer.article(&mut out, article, outcome).unwrap();
            }
            Err(e) => {
                summary.failed += 1;
                printer.error(&mut out, e).unwrap();
            }
        }
    }
    printer.finish(&mut out, &summary).unwrap();
    String::from_utf8(out).expect("reports are UTF-8")
}

/// The human report without colours, as `claimcheck check PATH --color never` prints it.
pub fn human_report(article: &Article, outcome: &Outcome) -> String {
    report(Format::Human, &[(article.clone(), outcome.clone())])
}

pub fn json_report(article: Article, outcome: Outcome) -> String {
    report(Format::Json, &[(article, outcome)])
}

/// insta writes to the top-level `snapshots/` folder. Line numbers inside the shipped packs
/// are masked: regenerating a pack moves its lines, and a report snapshot is about the report.
pub fn snapshot_settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s.add_filter(r"(rules/[a-z-]+\.yaml):\d+", "$1:[line]");
    s
}
