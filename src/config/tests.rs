use super::*;
use crate::checks::id::BUILTIN;

fn parse(text: &str) -> Result<Config, Vec<ConfigError>> {
    Config::parse(".claimcheck.yaml", Path::new("."), text)
}

/// The one error a text gives, as printed.
fn error(text: &str) -> String {
    match parse(text) {
        Ok(_) => panic!("`{text}` parsed"),
        Err(errors) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            errors[0].to_string()
        }
    }
}

fn policy(config: &Config) -> Policy {
    let mut p = Policy::default();
    config.apply(&mut p);
    p
}

#[test]
fn an_empty_file_changes_nothing() {
    for text in ["", "\n", "# only a comment\n", "\u{feff}"] {
        let c = parse(text).unwrap();
        assert!(c.rules.is_empty() && c.severity.is_empty() && c.fail_on.is_none());
        assert_eq!(format!("{:?}", policy(&c)), format!("{:?}", Policy::default()));
    }
}

#[test]
fn every_key_is_read() {
    let c = parse(
        "rules: [.]\n\
         severity: {stale-title: note, lint/kyiv-spelling: error}\n\
         disable: [inconsistent-number]\n\
         enable: [wrong-age]\n\
         fail-on: error\n\
         exclude: ['drafts/**']\n\
         date-from: published\n\
         quoted: off\n\
         archives: ['archive/*.csv']\n\
         country: us\n\
         title-at-event: warn\n\
         diacritics: keep\n",
    )
    .unwrap();
    assert_eq!(c.rules, [Path::new("./.")]);
    assert_eq!(c.severity[0].0.value, CheckId::StaleTitle);
    assert_eq!(c.severity[0].0.place, Some(Place { line: 2, col: 12 }));
    assert_eq!(c.severity[0].1, Severity::Note);
    assert_eq!(c.severity[1].0.value, CheckId::lint("kyiv-spelling"));
    assert_eq!(c.disable[0].value, CheckId::InconsistentNumber);
    assert_eq!(c.enable[0].value, CheckId::WrongAge);
    assert_eq!(c.fail_on, Some(FailOn::Error));
    assert_eq!(c.exclude, ["drafts/**"]);
    assert_eq!(c.date_from, Some(DateKind::Published));
    assert_eq!(c.quoted, Some(QuotedSeverity::Off));
    assert_eq!(c.archives, ["archive/*.csv"]);
    assert_eq!(c.country.as_deref(), Some("US"));
    assert_eq!(c.title_at_event, Some(TitleAtEvent::Warn));
    assert_eq!(c.diacritics, Some(Diacritics::Keep));

    let p = policy(&c);
    assert_eq!(p.severity.get(&CheckId::StaleTitle), Some(&Severity::Note));
    assert!(!p.is_enabled(&CheckId::InconsistentNumber));
    assert!(p.enabled.contains(&CheckId::WrongAge));
    assert_eq!(p.fail_on, FailOn::Error);
    assert_eq!(p.quoted, QuotedSeverity::Off);
}

#[test]
fn a_list_or_map_with_every_item_commented_out_is_empty() {
    let c = parse("rules:\n#  - packs\nseverity:\ndisable:\nenable:\nexclude:\narchives:\n").unwrap();
    assert!(c.rules.is_empty() && c.severity.is_empty() && c.disable.is_empty() && c.exclude.is_empty());
}

#[test]
fn quoted_takes_a_severity() {
    let c = parse("quoted: note\n").unwrap();
    assert_eq!(c.quoted, Some(QuotedSeverity::Fixed(Severity::Note)));
    assert_eq!(parse("quoted: same\n").unwrap().quoted, Some(QuotedSeverity::Same));
}

#[test]
fn unknown_keys_name_their_place_and_the_keys_there_are() {
    let e = error("fail-on: error\nfail_on: error\n");
    assert!(
        e.starts_with(".claimcheck.yaml:2:1: unknown key `fail_on`; did you mean `fail-on`? (the keys are "),
        "{e}"
    );
    // The parser lists the struct's fields: KEYS must be the same list, in the same order.
    assert!(e.ends_with(&format!("{})", KEYS.join(", "))), "{e}");
    assert!(error("bogus: 1\n").contains(": unknown key `bogus` (the keys are "));
}

#[test]
fn bad_values_name_their_place() {
    let cases = [
        (
            "fail-on: sometimes\n",
            "1:10: `sometimes` is not one of error, warning, note, never",
        ),
        (
            "fail-on: [error]\n",
            "1:10: expected a single word, not a list or a map",
        ),
        (
            "severity:\n  wrong-age: fatal\n",
            "2:14: `fatal` is not one of note, warning, error",
        ),
        (
            "disable: wrong-age\n",
            "1:10: expected a list: `[a, b]`, or `- a` lines",
        ),
        (
            "disable: [[wrong-age]]\n",
            "1:11: expected a single value, not a list or a map",
        ),
        ("rules: [~]\n", "1:9: expected a value, found none"),
        (
            "- rules\n",
            "1:1: expected a map: `key: value` lines, or `{key: value}`",
        ),
        ("rules: [a\n", "1:8: unclosed bracket '['"),
        ("quoted: lower\nquoted: same\n", "2:1: `quoted` is given twice"),
        ("disable: *nothing\n", "1:10: reference to unknown value"),
    ];
    for (text, want) in cases {
        assert_eq!(error(text), format!(".claimcheck.yaml:{want}"), "{text}");
    }
}

#[test]
fn unknown_ids_are_every_one_reported_with_a_suggestion() {
    let errors =
        parse("disable: [stale-titel, wrong-age]\nenable:\n  - nonsense\nseverity: {former-incumbant: note}\n")
            .unwrap_err();
    let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            ".claimcheck.yaml:1:11: disable: no finding id `stale-titel`; did you mean `stale-title`?",
            ".claimcheck.yaml:3:5: enable: no finding id `nonsense`",
            ".claimcheck.yaml:4:12: severity: no finding id `former-incumbant`; did you mean `former-incumbent`?",
        ]
    );
}

#[test]
fn an_id_both_enabled_and_disabled_is_an_error() {
    assert_eq!(
        error("disable: [wrong-age]\nenable: [wrong-age]\n"),
        ".claimcheck.yaml:2:10: enable: `wrong-age` is also disabled"
    );
}

#[test]
fn globs_country_and_packs_are_checked() {
    assert_eq!(
        error("exclude: ['drafts/[a']\n"),
        ".claimcheck.yaml:1:11: exclude: `drafts/[a` is not a glob: unclosed character class; missing ']'"
    );
    assert_eq!(
        error("country: United States\n"),
        ".claimcheck.yaml:1:10: country: `United States` is not a two-letter ISO 3166-1 code (US, GB, UA…)"
    );
    assert_eq!(
        error("rules: [no-such-pack.yaml]\n"),
        ".claimcheck.yaml:1:9: rules: `no-such-pack.yaml`: no such file or directory (relative to this file)"
    );
}

#[test]
fn lint_ids_are_checked_against_the_loaded_packs() {
    let rules = RuleSet::builtin().unwrap();
    let c =
        parse("severity: {lint/kyiv-spelling: error}\ndisable: [lint/kyiv-speling, lint/nothing-like-it]\n").unwrap();
    let lines: Vec<String> = c
        .check_lints(&rules)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        lines,
        [
            ".claimcheck.yaml:2:11: no loaded pack defines the lint `lint/kyiv-speling`; did you mean `lint/kyiv-spelling`?",
            ".claimcheck.yaml:2:30: no loaded pack defines the lint `lint/nothing-like-it`",
        ]
    );
    assert!(
        parse("disable: [lint/kyiv-spelling]\n")
            .unwrap()
            .check_lints(&rules)
            .is_ok()
    );
}

/// Merge keys nested five deep, nine to a level: 9^5 = 59,049 entries when expanded. The
/// parser's own budget (250,000 nodes) would expand it; a configuration's must stop it.
#[test]
fn an_alias_bomb_fails_within_the_budget() {
    let mut yaml = String::from("severity:\n  <<:\n    - &l0 {wrong-age: note}\n");
    for level in 1..=5 {
        let refs = vec![format!("*l{}", level - 1); 9].join(", ");
        yaml.push_str(&format!("    - &l{level} {{<<: [{refs}]}}\n"));
    }
    let e = error(&yaml);
    assert!(
        e.ends_with(": aliases or merge keys expand past 10000 values, far beyond any configuration (an alias bomb?)"),
        "{e}"
    );
    assert!(e.starts_with(".claimcheck.yaml:"), "{e}");
}

#[test]
fn the_template_documents_every_key_and_holds_the_defaults() {
    for key in KEYS {
        assert!(
            TEMPLATE.contains(&format!("\n{key}:")) || TEMPLATE.contains(&format!("\n#{key}:")),
            "{key}"
        );
    }
    let c = parse(TEMPLATE).unwrap();
    assert_eq!(format!("{:?}", policy(&c)), format!("{:?}", Policy::default()));
    assert_eq!(c.date_from, Some(DateKind::default()));
    assert!(c.rules.is_empty() && c.exclude.is_empty() && c.archives.is_empty() && c.country.is_none());
}

#[test]
fn suggestions_only_for_near_misses() {
    let ids = || BUILTIN.iter().map(CheckId::as_str);
    assert_eq!(closest("wrong-ages", ids()), Some("wrong-age"));
    assert_eq!(closest("formerincumbent", ids()), Some("former-incumbent"));
    assert_eq!(closest("xyz", ids()), None);
}

#[test]
fn discovery_stops_at_the_repository_root() {
    let root = std::env::temp_dir().join(format!("claimcheck-config-discover-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let repo = root.join("repo");
    let deep = repo.join("a/b");
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(root.join(FILE_NAME), "").unwrap();
    // Above the repository: not used.
    std::fs::create_dir(repo.join(".git")).unwrap();
    assert_eq!(find(&deep), None);
    // In the repository, above the start: used.
    std::fs::write(repo.join(FILE_NAME), "").unwrap();
    assert_eq!(find(&deep), Some(repo.canonicalize().unwrap().join(FILE_NAME)));
    // The nearest wins.
    std::fs::write(repo.join("a").join(FILE_NAME), "").unwrap();
    assert_eq!(
        find(&deep),
        Some(repo.join("a").canonicalize().unwrap().join(FILE_NAME))
    );
    // A worktree's `.git` is a file; it ends the search all the same.
    std::fs::remove_file(repo.join("a").join(FILE_NAME)).unwrap();
    std::fs::remove_file(repo.join(FILE_NAME)).unwrap();
    std::fs::remove_dir(repo.join(".git")).unwrap();
    std::fs::write(repo.join(".git"), "gitdir: elsewhere\n").unwrap();
    assert_eq!(find(&deep), None);
    let _ = std::fs::remove_dir_all(&root);
}
