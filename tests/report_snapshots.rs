//! Snapshots of the human and JSON reports: one fixture per check, one that must stay clean.

mod common;

use common::*;

fn snapshot_both(name: &str, path: &str) {
    let (article, outcome) = check_file(path);
    snapshot_settings().bind(|| {
        insta::assert_snapshot!(format!("{name}.human"), human_report(&article, &outcome));
        insta::assert_snapshot!(format!("{name}.json"), json_report(article, outcome));
    });
}

#[test]
fn former_incumbent() {
    snapshot_both("former-incumbent", "tests/fixtures/former-incumbent-2025-03-11.txt");
}

#[test]
fn stale_government() {
    snapshot_both("stale-government", "tests/fixtures/stale-government-2025-03-11.txt");
}

#[test]
fn stale_title() {
    snapshot_both("stale-title", "tests/fixtures/stale-title-2025-06-01.txt");
}

#[test]
fn before_term() {
    snapshot_both("before-term", "tests/fixtures/before-term-2016-10-01.txt");
}

#[test]
fn style_lint() {
    snapshot_both("lint", "tests/fixtures/lint-2022-03-01.txt");
}

#[test]
fn wrong_weekday() {
    snapshot_both("wrong-weekday", "tests/fixtures/wrong-weekday-2025-03-11.txt");
}

#[test]
fn wrong_age() {
    snapshot_both("wrong-age", "tests/fixtures/wrong-age-2025-03-11.txt");
}

#[test]
fn late_but_alive() {
    snapshot_both("late-but-alive", "tests/fixtures/life-2022-06-01.txt");
}

/// One name with and without its diacritics: `inconsistent-spelling` by default, and with
/// `diacritics: keep` the form without them is `missing-diacritics`.
#[test]
fn diacritics() {
    let path = "tests/fixtures/diacritics-2025-03-11.txt";
    snapshot_both("diacritics", path);
    let mut engine = claimcheck::engine::Engine::new(shared_rules());
    engine.options.diacritics = claimcheck::config::Diacritics::Keep;
    let (article, outcome) = engine.check_path(path).unwrap();
    snapshot_settings().bind(|| {
        insta::assert_snapshot!("missing-diacritics.human", human_report(&article, &outcome));
        insta::assert_snapshot!("missing-diacritics.json", json_report(article, outcome));
    });
}

#[test]
fn inconsistent_spelling_and_title() {
    snapshot_both("consistency", "tests/fixtures/consistency-2025-04-29.txt");
}

#[test]
fn inconsistent_number() {
    snapshot_both(
        "inconsistent-number",
        "tests/fixtures/inconsistent-number-2025-03-11.txt",
    );
}

#[test]
fn elect_in_office() {
    snapshot_both("elect-in-office", "tests/fixtures/elect-2021-03-01.txt");
}

#[test]
fn not_acting() {
    snapshot_both("not-acting", "tests/fixtures/not-acting-2025-06-01.txt");
}

#[test]
fn wrong_relative_date() {
    snapshot_both("wrong-relative-date", "tests/fixtures/relative-date-2025-03-11.txt");
}

#[test]
fn must_not_flag() {
    let (article, outcome) = check_file("tests/fixtures/must-not-flag-2025-03-11.txt");
    assert_eq!(outcome.findings().count(), 0, "{}", human_report(&article, &outcome));
    snapshot_settings().bind(|| insta::assert_snapshot!("must-not-flag.human", human_report(&article, &outcome)));
}

#[test]
fn readme_sample() {
    snapshot_both("sample-article", "examples/sample-article.txt");
}

/// Markdown read as Markdown: front matter headline, emphasis, links, a table, code, a block
/// quote, an HTML block, suppression comments used and unused.
#[test]
fn markdown_article() {
    snapshot_both("markdown", "tests/fixtures/markdown-2025-03-11.md");
}

/// HTML read as HTML: findings in `<title>`, in a `<p>` with emphasis and `&nbsp;`, in a
/// `<figcaption>`; script, style, code and pre not checked; suppression comments used and
/// unused; the date from `<meta property="article:published_time">`.
#[test]
fn html_page() {
    snapshot_both("html-page", "tests/fixtures/page-2025-03-11.html");
}

#[test]
fn date_after_publication() {
    snapshot_both(
        "date-after-publication",
        "tests/fixtures/date-after-publication-2019-11-21.txt",
    );
}

#[test]
fn titles_in_apposition() {
    snapshot_both("apposition", "tests/fixtures/apposition-2025-06-01.txt");
}

#[test]
fn deaths_on_the_wrong_day_and_of_the_living() {
    snapshot_both("death", "tests/fixtures/death-2025-01-02.txt");
}

#[test]
fn an_office_never_held_and_a_name_that_is_not_the_holder() {
    snapshot_both("wrong-office", "tests/fixtures/wrong-office-2020-06-01.txt");
}
