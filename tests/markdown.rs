//! Markdown read as Markdown, front matter read for its dates and headline, and suppression
//! comments: what an editor's copy looks like.

mod common;

use claimcheck::article::{DateKind, ReadOptions};
use claimcheck::checks::Outcome;
use claimcheck::edit::apply_all;
use claimcheck::engine::Engine;
use common::shared_rules;

fn check(name: &str, text: &str) -> (claimcheck::article::Article, Outcome) {
    Engine::new(shared_rules())
        .check_text(name, text.to_string())
        .expect("a dated article")
}

/// (id, severity, the claim as read) of every finding.
fn findings(name: &str, text: &str) -> Vec<(String, String, String)> {
    check(name, text)
        .1
        .findings()
        .map(|f| (f.check.to_string(), f.severity.as_str().to_string(), f.text.clone()))
        .collect()
}

/// The text with every fix applied.
fn fixed(name: &str, text: &str) -> String {
    let (article, outcome) = check(name, text);
    let edits: Vec<_> = outcome.findings().filter_map(|f| f.fix.clone()).collect();
    apply_all(&article.text, &edits).text
}

#[test]
fn emphasis_does_not_hide_errors_and_fixes_take_the_markup_along() {
    for (written, want) in [
        (
            "*former* President Donald Trump spoke.",
            "President Donald Trump spoke.",
        ),
        (
            "**former** President Donald Trump spoke.",
            "President Donald Trump spoke.",
        ),
        (
            "_Former_ President Donald Trump spoke.",
            "President Donald Trump spoke.",
        ),
        (
            "former *President Donald Trump* spoke.",
            "*President Donald Trump* spoke.",
        ),
        (
            "<em>Former</em> President Donald Trump spoke.",
            "President Donald Trump spoke.",
        ),
        (
            "He met [former President Donald Trump](https://example.org) today.",
            "He met [President Donald Trump](https://example.org) today.",
        ),
    ] {
        let text = format!("date 2025-03-11\n\n{written}\n");
        assert_eq!(
            findings("a.md", &text).first().map(|f| f.0.as_str()),
            Some("former-incumbent"),
            "{written}"
        );
        assert_eq!(
            fixed("a.md", &text),
            format!("date 2025-03-11\n\n{want}\n"),
            "{written}"
        );
    }
}

#[test]
fn code_urls_and_html_blocks_are_not_prose() {
    let text = "date 2025-03-11\n\n```\nformer President Donald Trump said\n```\n\n    former President Donald Trump said\n\nRun `former President Donald Trump` now, see <https://x.org/former-President-Donald-Trump> or [this](https://x.org/former-President-Trump).\n\n<div>\nformer President Donald Trump said\n</div>\n";
    assert_eq!(findings("a.md", text), []);
    // The same words as plain text are prose.
    assert!(!findings("a.txt", text).is_empty());
}

#[test]
fn a_block_quote_is_quoted_matter() {
    let text = "date 2025-03-11\n\n> The Biden administration also aims to cut costs.\n";
    let (_, outcome) = check("a.md", text);
    let f = outcome.findings().next().expect("a finding");
    assert_eq!(f.check.as_str(), "stale-government");
    assert_eq!(f.severity.as_str(), "warning", "quoted: one level lower");
    assert!(f.quoted && f.fix.is_none(), "nobody edits what a speaker said");
}

#[test]
fn headings_list_items_and_table_cells_are_checked() {
    let text = "date 2025-03-11\n\n## The Biden administration aims to cut costs\n\n- The Biden administration aims to cut costs.\n\n| a |\n|---|\n| The Biden administration aims to cut costs. |\n";
    let ids: Vec<String> = findings("a.md", text).into_iter().map(|f| f.0).collect();
    assert_eq!(ids, ["stale-government"; 3]);
}

#[test]
fn front_matter_headline_and_standfirst_are_checked_in_place() {
    let text = "---\ntitle: \"Former President Donald Trump hosts talks\"\ndescription: 'The Biden administration''s envoy aims to help'\ndate: 2025-03-11\n---\nBody.\n";
    let found = findings("a.md", text);
    assert_eq!(found[0].0, "former-incumbent");
    assert_eq!(fixed("a.md", text), text.replace("\"Former President", "\"President"));
    let toml =
        "+++\ntitle = \"Former President Donald Trump hosts talks\"\ndate = 2025-03-11T09:00:00-05:00\n+++\nBody.\n";
    assert_eq!(findings("a.md", toml)[0].0, "former-incumbent");
}

/// A piece first published on 2025-03-10 and updated on 2025-04-15 calls Trudeau "former
/// Prime Minister"; he left office on 2025-03-14: right for the update, wrong for the first
/// date. The update date is the default.
#[test]
fn the_update_date_is_checked_unless_published_is_asked_for() {
    let text = "---\ndate: 2025-03-10\nupdated: 2025-04-15\n---\nThe Biden administration aims to help.\n";
    let (article, outcome) = check("a.md", text);
    assert_eq!(article.date_kind, DateKind::Updated);
    let f = outcome.findings().next().unwrap();
    assert!(f.message.contains("last updated on 2025-04-15"), "{}", f.message);
    let mut engine = Engine::new(shared_rules());
    engine.read = ReadOptions {
        date_from: DateKind::Published,
        ..ReadOptions::default()
    };
    let (article, _) = engine.check_text("a.md", text.to_string()).unwrap();
    assert_eq!(article.date.to_string(), "2025-03-10");
}

#[test]
fn suppression_comments_used_unused_and_unknown() {
    let text = "date 2025-03-11\n\n<!-- claimcheck-disable-next-line stale-government -->\nThe Biden administration aims to help.\n\n<!-- claimcheck-disable-next-line wrong-age -->\nThe talks went on.\n\n<!-- claimcheck-disable-next-line no-such-check -->\nThe talks went on.\n";
    let (_, outcome) = check("a.md", text);
    assert_eq!(outcome.suppressed, 1);
    let found: Vec<(String, String)> = outcome
        .findings()
        .map(|f| (f.check.to_string(), f.message.clone()))
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(id, _)| id == "unused-suppression"));
    assert!(found[0].1.contains("silenced nothing"));
    assert!(found[1].1.contains("`no-such-check`"));
    // The stale comment's fix removes its line; the mistyped one is left for a person.
    assert_eq!(
        fixed("a.md", text),
        text.replace("<!-- claimcheck-disable-next-line wrong-age -->\n", "")
    );
}

#[test]
fn suppression_regions_and_plain_text_ignore_lines() {
    let text = "date 2025-03-11\n\n<!-- claimcheck-disable stale-government -->\nThe Biden administration aims to help.\n\nThe Biden administration aims to help.\n<!-- claimcheck-enable stale-government -->\n\nThe Biden administration aims to help.\n";
    let (_, outcome) = check("a.md", text);
    assert_eq!(outcome.suppressed, 2);
    assert_eq!(outcome.findings().count(), 1);
    let plain = "date 2025-03-11\nclaimcheck: ignore stale-government\nThe Biden administration aims to help.\n";
    let (_, outcome) = check("a.txt", plain);
    assert_eq!((outcome.suppressed, outcome.findings().count()), (1, 0));
    // A comment without ids silences every id on its line.
    let all = "date 2025-03-11\n\n<!-- claimcheck-disable-next-line -->\nThe Biden administration aims to help.\n";
    assert_eq!(check("a.md", all).1.suppressed, 1);
}

#[test]
fn an_unclosed_script_block_is_reported_not_silently_skipped() {
    let bin = env!("CARGO_BIN_EXE_claimcheck");
    let dir = std::env::temp_dir().join(format!("claimcheck-md-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.md");
    std::fs::write(
        &path,
        "date 2025-03-11\n\nIntro.\n\n<script>\nvar x = 1;\n\nThe Biden administration aims to help.\n",
    )
    .unwrap();
    let out = std::process::Command::new(bin)
        .arg("check")
        .arg(&path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning:") && stderr.contains(":5:1: an HTML <script> block"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
