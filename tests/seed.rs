//! The article the project was designed around: exactly its two wrong claims, nothing else.

mod common;

use claimcheck::article::{self, Article, DateSource};
use claimcheck::checks::check_article;
use common::*;

/// The seed article came with the mission as the product's specification; a copy lives with
/// the tests so that a clone tests it with nothing beside it.
const SEED: &str = "tests/fixtures/seed/jeddah-talks-2025-03-11.txt";
/// Where the copy came from.
const ORIGINAL: &str = "../shared/corpus/seed/jeddah-talks-2025-03-11.txt";

/// The copy is the original, byte for byte. The original is outside the repository: CI,
/// which has it beside the checkout, runs this (`cargo test -- --include-ignored`).
#[test]
#[ignore = "needs ../shared/corpus beside the repository; CI runs it"]
fn the_seed_copy_is_the_original() {
    let original = std::fs::read(ORIGINAL).unwrap_or_else(|e| panic!("{ORIGINAL}: {e}"));
    assert_eq!(std::fs::read(SEED).unwrap(), original);
}

#[test]
fn seed_reports_exactly_its_two_wrong_claims() {
    let (article, outcome) = check_file(SEED);
    let found: Vec<(&str, (usize, usize))> = outcome
        .findings()
        .map(|f| (f.check.as_str(), article.line_col(f.span.start)))
        .collect();
    assert_eq!(
        found,
        [("former-incumbent", (21, 106)), ("stale-government", (29, 134))]
    );
    snapshot_settings().bind(|| {
        insta::assert_snapshot!("seed.human", human_report(&article, &outcome));
        insta::assert_snapshot!("seed.json", json_report(article, outcome));
    });
}

/// Other dates, checked by hand: in 2021 Rubio and Waltz were not yet in office; in 2022
/// "former President Trump" is right; the Biden administration was in office.
#[test]
fn seed_on_other_dates() {
    let (origin, text) = article::read_source(SEED).unwrap();
    let at = |date: &str| {
        let day = article::parse_day(date).unwrap();
        let a = Article::parse(&origin, text.clone(), Some((day, DateSource::Flag))).unwrap();
        check_article(&a, &rules())
            .findings()
            .map(|f| f.check.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(at("2022-06-01"), ["before-term", "before-term", "before-term"]);
    assert_eq!(
        at("2019-03-01").iter().filter(|id| **id == "former-incumbent").count(),
        1
    );
    assert!(
        !at("2019-03-01").iter().any(|id| id == "stale-government"),
        "Biden's was a future administration in 2019"
    );
    assert_eq!(at("2026-11-01"), ["former-incumbent", "stale-government"]);
}

/// The finding ids on the seed with `from` replaced by `to` everywhere, sorted.
fn planted(from: &str, to: &str) -> Vec<String> {
    let (origin, text) = article::read_source(SEED).unwrap();
    assert!(text.contains(from), "the seed has no {from:?}");
    let a = Article::parse(&origin, text.replace(from, to), None).unwrap();
    let mut ids: Vec<String> = check_article(&a, &rules())
        .findings()
        .map(|f| f.check.to_string())
        .collect();
    ids.sort();
    ids
}

/// A planted style error in real copy: the seed spelled the old way finds each "Kiev" and
/// nothing else.
#[test]
fn seed_with_the_old_spelling() {
    let kiev = std::fs::read_to_string(SEED).unwrap().matches("Kyiv").count();
    assert!(kiev >= 2);
    let mut expected = vec!["lint/kyiv-spelling"; kiev];
    expected.extend(["former-incumbent", "stale-government"]);
    expected.sort();
    assert_eq!(planted("Kyiv", "Kiev"), expected);
}

/// Planted in real copy: "the late" before a sitting president is found, and only that
/// changes.
#[test]
fn seed_with_a_late_president() {
    let found = planted("former US President Donald Trump", "the late US President Donald Trump");
    assert_eq!(found, ["late-but-alive", "stale-government"]);
}

/// Planted in real copy: a weekday that does not fit its date.
#[test]
fn seed_with_a_wrong_weekday() {
    let found = planted(
        "continued for over three hours",
        "continued on Sunday, March 11, 2025 for over three hours",
    );
    assert_eq!(found, ["former-incumbent", "stale-government", "wrong-weekday"]);
}

/// Planted in real copy: the governor's count of the dead made to disagree with the lede's
/// "at least three".
#[test]
fn seed_with_a_count_that_disagrees() {
    let found = planted(
        "confirmed the deaths of three individuals",
        "confirmed the deaths of two individuals",
    );
    assert_eq!(found, ["former-incumbent", "inconsistent-number", "stale-government"]);
}

/// Planted in real copy: "-elect" weeks after the inauguration.
#[test]
fn seed_with_a_president_elect() {
    let found = planted(
        "Marco Rubio expressed optimism about the discussions",
        "President-elect Donald Trump says he is optimistic about the discussions",
    );
    assert_eq!(found, ["elect-in-office", "former-incumbent", "stale-government"]);
}

/// Planted in real copy: "acting" before a confirmed secretary of state.
#[test]
fn seed_with_an_acting_secretary() {
    let found = planted(
        "US Secretary of State Marco Rubio",
        "acting US Secretary of State Marco Rubio",
    );
    assert_eq!(found, ["former-incumbent", "not-acting", "stale-government"]);
}

/// Planted in real copy: a relative day with a date beside it that is not that day.
#[test]
fn seed_with_a_wrong_yesterday() {
    let found = planted("on the plane last night", "on the plane yesterday, March 9,");
    assert_eq!(found, ["former-incumbent", "stale-government", "wrong-relative-date"]);
}

/// Planted in real copy: an age that does not fit the birth date (Rubio was 53).
#[test]
fn seed_with_a_wrong_age() {
    let found = planted("Marco Rubio expressed optimism", "Marco Rubio, 52, expressed optimism");
    assert_eq!(found, ["former-incumbent", "stale-government", "wrong-age"]);
}

/// Planted in real copy: a present claim about a man who died in December 2024.
#[test]
fn seed_with_the_dead_speaking() {
    let found = planted(
        "Marco Rubio expressed optimism",
        "Jimmy Carter says he expressed optimism",
    );
    assert_eq!(found, ["dead-as-living", "former-incumbent", "stale-government"]);
}

/// Planted in real copy: one person, the right title early and one he never held later.
#[test]
fn seed_with_two_titles_for_one_man() {
    let found = planted(
        "Marco Rubio’s positive outlook",
        "Defense Secretary Marco Rubio’s positive outlook",
    );
    assert_eq!(found, ["former-incumbent", "inconsistent-title", "stale-government"]);
}
