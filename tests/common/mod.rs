//! Shared by the integration tests: load, check and render an article file.
#![allow(dead_code)]

use claimcheck::article::{self, Article};
use claimcheck::checks::{Outcome, check_article};
use claimcheck::report::{Summary, human, json};
use claimcheck::rules::RuleSet;

pub fn rules() -> RuleSet {
    RuleSet::builtin().expect("shipped packs load")
}

pub fn check_file(path: &str) -> (Article, Outcome) {
    let (origin, text) = article::read_source(path).expect("fixture readable");
    let article = Article::parse(&origin, text, None).expect("fixture dated");
    let outcome = check_article(&article, &rules());
    (article, outcome)
}

/// The human report without colours, as `claimcheck check PATH --color never` prints it.
pub fn human_report(article: &Article, outcome: &Outcome) -> String {
    let mut summary = Summary::default();
    summary.add(outcome);
    human::render_outcome(article, outcome, false) + &human::render_summary(&summary)
}

pub fn json_report(article: Article, outcome: Outcome) -> String {
    let mut summary = Summary::default();
    summary.add(&outcome);
    json::render(&[(article, outcome)], &summary)
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
