//! HTML read as HTML: inline tags and character references do not hide errors, fixes keep the
//! markup valid, only prose is checked, the page's own dates are read, suppression comments
//! work as in Markdown.

mod common;

use claimcheck::article::{Article, DateKind, DateSource, ReadOptions};
use claimcheck::checks::Outcome;
use claimcheck::edit::apply_all;
use claimcheck::engine::Engine;
use common::shared_rules;

fn check_with(read: ReadOptions, name: &str, text: &str) -> (Article, Outcome) {
    let mut engine = Engine::new(shared_rules());
    engine.read = read;
    engine.check_text(name, text.to_string()).expect("a dated page")
}

fn check(name: &str, text: &str) -> (Article, Outcome) {
    check_with(ReadOptions::default(), name, text)
}

/// (id, the claim as read, the claim's source bytes) of every finding.
fn findings(name: &str, text: &str) -> Vec<(String, String, String)> {
    let (article, outcome) = check(name, text);
    outcome
        .findings()
        .map(|f| {
            (
                f.check.to_string(),
                f.text.clone(),
                article.text[f.span.clone()].to_string(),
            )
        })
        .collect()
}

fn ids(name: &str, text: &str) -> Vec<String> {
    findings(name, text).into_iter().map(|f| f.0).collect()
}

/// The text with every fix applied.
fn fixed(name: &str, text: &str) -> String {
    let (article, outcome) = check(name, text);
    let edits: Vec<_> = outcome.findings().filter_map(|f| f.fix.clone()).collect();
    apply_all(&article.text, &edits).text
}

const META: &str = "<meta property=\"article:published_time\" content=\"2025-03-11T09:00:00-04:00\">\n";

#[test]
fn emphasis_and_links_do_not_hide_errors_and_fixes_keep_the_html_valid() {
    for (written, want) in [
        (
            "<em>Former</em> President Donald Trump spoke.",
            "President Donald Trump spoke.",
        ),
        (
            "<STRONG>former</STRONG> President Donald Trump spoke.",
            "President Donald Trump spoke.",
        ),
        (
            "<b><i>former</i></b> President Donald Trump spoke.",
            "President Donald Trump spoke.",
        ),
        (
            "<em> former </em>President Donald Trump spoke.",
            "President Donald Trump spoke.",
        ),
        (
            "former <em>President Donald Trump</em> spoke.",
            "<em>President Donald Trump</em> spoke.",
        ),
        (
            "He met <a href=\"/people/trump\">former President Donald Trump</a> today.",
            "He met <a href=\"/people/trump\">President Donald Trump</a> today.",
        ),
        (
            "He met <span class=\"x\">former</span> President Donald <span>Trump</span> today.",
            "He met President Donald <span>Trump</span> today.",
        ),
    ] {
        let text = format!("{META}<p>{written}</p>\n");
        assert_eq!(ids("a.html", &text), ["former-incumbent"], "{written}");
        assert_eq!(fixed("a.html", &text), format!("{META}<p>{want}</p>\n"), "{written}");
    }
}

#[test]
fn character_references_read_as_what_they_stand_for() {
    // `&nbsp;` between the title and the name, and between the words of the title.
    let text = format!(
        "{META}<p>He met former President&nbsp;Donald&nbsp;Trump.</p>\n<p>She met former&nbsp;President Donald Trump.</p>\n"
    );
    let found = findings("a.html", &text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "former President Donald Trump");
    assert_eq!(found[0].2, "former President&nbsp;Donald&nbsp;Trump");
    assert_eq!(
        fixed("a.html", &text),
        format!("{META}<p>He met President&nbsp;Donald&nbsp;Trump.</p>\n<p>She met President Donald Trump.</p>\n")
    );
    // A numeric reference inside a word, and `&amp;` in a sentence.
    let text = format!("{META}<p>Former President Donald Trump&#8217;s envoys &amp; aides met.</p>");
    assert_eq!(findings("a.html", &text)[0].1, "Former President Donald Trump");
}

#[test]
fn a_figcaption_with_a_wrong_weekday() {
    let text = format!(
        "{META}<figure><img src=a.jpg alt=\"\"><figcaption>Delegates arrive on Wednesday, March&nbsp;11, 2025.</figcaption></figure>\n"
    );
    let found = findings("a.html", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "wrong-weekday");
    assert_eq!(fixed("a.html", &text), text.replace("Wednesday", "Tuesday"));
}

#[test]
fn alt_text_is_checked_in_its_attribute() {
    let text = format!("{META}<p><img src=\"t.jpg\" alt=\"Former President Donald Trump waves\"> Trump waved.</p>\n");
    let (article, outcome) = check("a.html", &text);
    let f = outcome.findings().next().expect("a finding in the alt text");
    assert_eq!(f.check.as_str(), "former-incumbent");
    let alt_start = text.find("alt=\"").unwrap() + 5;
    assert_eq!(f.span.start, alt_start);
    assert_eq!(
        article.line_col(f.span.start),
        (2, 1 + "<p><img src=\"t.jpg\" alt=\"".chars().count())
    );
    assert_eq!(
        fixed("a.html", &text),
        text.replace("alt=\"Former President", "alt=\"President")
    );
}

#[test]
fn scripts_styles_code_and_attributes_are_not_checked() {
    let claim = "former President Donald Trump";
    let text = format!(
        "{META}<style>.x::after {{ content: \"{claim}\" }}</style>\n<script>var label = \"{claim}\";</script>\n<p title=\"{claim}\">The feed showed <code>{claim}</code> for an hour.</p>\n<pre>{claim}</pre>\n<template><p>{claim}</p></template>\n<svg><text>{claim}</text></svg>\n"
    );
    assert_eq!(findings("a.html", &text), []);
    // The same words in a paragraph are prose.
    assert_eq!(ids("a.html", &format!("{META}<p>{claim}</p>")), ["former-incumbent"]);
}

#[test]
fn a_blockquote_is_quoted_matter() {
    let text = format!("{META}<blockquote><p>The Biden administration also aims to cut costs.</p></blockquote>\n");
    let (_, outcome) = check("a.html", &text);
    let f = outcome.findings().next().expect("a finding");
    assert_eq!(f.check.as_str(), "stale-government");
    assert!(f.quoted && f.fix.is_none(), "nobody edits what a speaker said");
}

/// The Trudeau case of the workflow issue, with the dates in the page's metadata: he left
/// office on 2025-03-14, so "former Prime Minister" is right on the update, wrong on the first
/// date. The update date is the default, as for front matter.
#[test]
fn meta_dates_are_chosen_by_date_from() {
    let metas = "<meta property=\"article:published_time\" content=\"2025-03-10T09:00:00-04:00\">\n<meta property=\"article:modified_time\" content=\"2025-04-15T22:10:00-04:00\">\n";
    let json_ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2025-03-10T09:00:00-04:00\",\"dateModified\":\"2025-04-15T22:10:00-04:00\"}]}</script>\n";
    let body = "<p>Former Prime Minister Justin Trudeau spoke in Ottawa.</p>\n";
    for (head, source) in [(metas, DateSource::HtmlMeta), (json_ld, DateSource::JsonLd)] {
        let text = format!("{head}{body}");
        let (article, outcome) = check("a.html", &text);
        assert_eq!(
            (article.date.to_string(), article.date_source, article.date_kind),
            ("2025-04-15".to_string(), source, DateKind::Updated)
        );
        assert_eq!(outcome.findings().count(), 0);
        let published = ReadOptions {
            date_from: DateKind::Published,
            ..ReadOptions::default()
        };
        let (article, outcome) = check_with(published, "a.html", &text);
        assert_eq!(article.date.to_string(), "2025-03-10");
        let f = outcome.findings().next().expect("wrong on the first date");
        assert_eq!(f.check.as_str(), "former-incumbent");
        assert!(f.message.contains("dated 2025-03-10"), "{}", f.message);
    }
}

#[test]
fn date_precedence_flag_header_front_matter_meta_time_file_name() {
    let meta = "<meta property=\"article:published_time\" content=\"2025-03-11\">";
    let time = "<p>Posted <time datetime=\"2025-03-12T08:00:00+01:00\">yesterday</time>.</p>";
    let dated = |name: &str, text: &str| {
        let (article, _) = check(name, text);
        (article.date.to_string(), article.date_source)
    };
    assert_eq!(
        dated("page-2020-01-01.html", &format!("{meta}{time}")),
        ("2025-03-11".into(), DateSource::HtmlMeta)
    );
    assert_eq!(
        dated("page-2020-01-01.html", time),
        ("2025-03-12".into(), DateSource::HtmlTime)
    );
    assert_eq!(
        dated("page-2020-01-01.html", "<p>No date.</p>"),
        ("2020-01-01".into(), DateSource::FileName)
    );
    assert_eq!(
        dated("a.html", &format!("date 2024-05-05\n{meta}{time}")),
        ("2024-05-05".into(), DateSource::Header)
    );
    assert_eq!(
        dated("a.html", &format!("---\ndate: 2024-06-06\n---\n{meta}{time}")),
        ("2024-06-06".into(), DateSource::FrontMatter)
    );
    let flagged = ReadOptions {
        date: Some((claimcheck::article::parse_day("2023-07-07").unwrap(), DateSource::Flag)),
        ..ReadOptions::default()
    };
    let (article, _) = check_with(flagged, "a.html", &format!("{meta}{time}"));
    assert_eq!(article.date_source, DateSource::Flag);
    // No date at all: the error says how to give one in HTML.
    let e = Engine::new(shared_rules())
        .check_text("a.html", "<p>No date.</p>".to_string())
        .unwrap_err();
    assert!(e.to_string().contains("article:published_time"), "{e}");
}

#[test]
fn suppression_comments_used_unused_and_unknown() {
    let text = format!(
        "{META}<!-- claimcheck-disable-next-line stale-government -->\n<p>The Biden administration aims to help.</p>\n<!-- claimcheck-disable-next-line wrong-age -->\n<p>The talks went on.</p>\n<!-- claimcheck-disable-next-line no-such-check -->\n<p>The talks went on.</p>\n<script>// <!-- claimcheck-disable-next-line former-incumbent --></script>\n<p>former President Donald Trump spoke.</p>\n"
    );
    let (_, outcome) = check("a.html", &text);
    assert_eq!(outcome.suppressed, 1);
    let found: Vec<String> = outcome.findings().map(|f| f.check.to_string()).collect();
    // A comment inside a script is code, not a suppression.
    assert_eq!(found, ["unused-suppression", "unused-suppression", "former-incumbent"]);
}

#[test]
fn crlf_and_a_byte_order_mark_keep_positions_and_bytes() {
    let text = format!(
        "\u{feff}<!DOCTYPE html>\r\n{}\r\n<p>He met <em>former</em>\r\nPresident Donald Trump.</p>\r\n",
        META.trim_end()
    );
    let (article, outcome) = check("a.html", &text);
    let f = outcome.findings().next().expect("a finding");
    assert_eq!(article.line_col(f.span.start), (3, 1 + "<p>He met <em>".len()));
    assert_eq!(fixed("a.html", &text), text.replace("<em>former</em>\r\n", ""));
}

#[test]
fn the_cli_reports_an_unclosed_script_and_walks_html_files() {
    let bin = env!("CARGO_BIN_EXE_claimcheck");
    let dir = std::env::temp_dir().join(format!("claimcheck-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("a-2025-03-11.html"),
        "<p>Intro.</p>\n<script>\nvar x = 1;\n<p>The Biden administration aims to help.</p>\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b-2025-03-11.htm"),
        "<p>former President Donald Trump spoke.</p>\n",
    )
    .unwrap();
    let out = std::process::Command::new(bin)
        .args(["check", "--color", "never"])
        .arg(&dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stderr.contains("warning:") && stderr.contains("a-2025-03-11.html:2:1: an HTML <script> element"),
        "{stderr}"
    );
    assert!(stdout.contains("b-2025-03-11.htm:1:4"), "{stdout}");
    std::fs::remove_dir_all(&dir).ok();
}
