//! Properties that hold for any article, tried on generated ones: spans stay valid whatever
//! the text, the output does not depend on the run or the number of threads, `--fix` reaches
//! its fixed point in one run, and positions agree with counting by hand. The articles are
//! built from the shapes of claims the shipped packs judge, mixed with noise, markup and every
//! kind of line end, so most cases have findings and fixes to get wrong. Case counts are kept
//! small: each test takes a few seconds in a debug build.

mod common;
mod invariants;

use claimcheck::article::{Article, DateSource, ReadOptions};
use claimcheck::engine::Engine;
use claimcheck::fix;
use common::process::{code, run_with_limit, stderr, stdout};
use proptest::prelude::*;
use proptest::test_runner::Config;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// `cases` random cases a run. Failures are not saved to a file: what one finds becomes a test
/// of its own beside the code it broke.
fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Claims as reporters write them; each is judged by the shipped packs on some of `DATES`
/// (right on some, wrong on others).
const CLAIMS: &[&str] = &[
    "former President Donald Trump said",
    "President Donald Trump said",
    "President Joe Biden said",
    "former President Joe Biden says",
    "President-elect Joe Biden says",
    "the Biden administration aims",
    "the Biden administration also aims",
    "the Trump administration said",
    "Vice President Kamala Harris said",
    "Secretary of State Marco Rubio says",
    "Secretary of State Antony Blinken said",
    "US President Barack Obama said",
    "President Obama's transport secretary",
    "Donald Trump, 77, spoke",
    "Donald Trump, 78, spoke",
    "the 80-year-old Joe Biden",
    "the late Henry Kissinger",
    "the late President Joe Biden",
    "Henry Kissinger says",
    "on Tuesday, March 11, 2025",
    "on Wednesday, March 11, 2025",
    "on Monday, March 17",
    "on Sunday 9 March",
    "yesterday",
    "north of Kiev",
    "in Swaziland",
    "killed at least three people",
    "five people were killed",
    "\"President Biden is wrong,\" said Sak",
    "President Bush visited the port in 2002",
];

/// Publication dates around the packs' changes of office.
const DATES: &[&str] = &["2016-10-01", "2021-03-01", "2022-06-01", "2025-03-11", "2025-06-01"];

/// Words and characters that are no claim: multibyte text, punctuation, lone capitals.
const NOISE: &[&str] = &[
    "the",
    "talks",
    "went",
    "on",
    "port",
    "Jeddah",
    "officials",
    "café",
    "naïve",
    "—",
    "“quoted”",
    "it’s",
    "𝄞",
    "Ünïcödé",
    "President",
    "Biden",
    "2024",
    "78,",
    "said",
    "and",
    "A.",
    "e.g.",
    "(aside)",
    "…",
    "Mr.",
    "U.S.",
    "",
];

const LINE_ENDS: &[&str] = &["\n", "\r\n", "\r"];

#[derive(Debug, Clone, Copy)]
enum Kind {
    Text,
    Markdown,
    Html,
}

impl Kind {
    fn ext(self) -> &'static str {
        match self {
            Kind::Text => "txt",
            Kind::Markdown => "md",
            Kind::Html => "html",
        }
    }

    /// The mode byte of `invariants::split`.
    fn mode(self) -> u8 {
        self as u8
    }
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![Just(Kind::Text), Just(Kind::Markdown), Just(Kind::Html)]
}

fn noise() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NOISE), 1..8).prop_map(|w| w.join(" "))
}

/// A sentence: a claim in some company, or only noise.
fn sentence() -> impl Strategy<Value = String> {
    let claim = (noise(), prop::sample::select(CLAIMS), noise()).prop_map(|(a, c, b)| format!("{a} {c} {b}."));
    prop_oneof![3 => claim, 1 => noise().prop_map(|n| format!("{n}."))].prop_map(|s| capitalise(s.trim_start()))
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// How a paragraph is marked up in each format; 0 leaves it bare.
fn mark_up(kind: Kind, style: u8, paragraph: &str) -> String {
    match (kind, style) {
        (Kind::Text, 1) => format!("- {paragraph}"),
        (Kind::Text, 2) => format!("    {paragraph}"),
        (Kind::Markdown, 1) => format!("# {paragraph}"),
        (Kind::Markdown, 2) => format!("> {paragraph}"),
        (Kind::Markdown, 3) => format!("- {}", emphasise(paragraph, "*")),
        (Kind::Markdown, 4) => emphasise(paragraph, "**"),
        (Kind::Markdown, 5) => format!("{paragraph} See [the *former* President](https://e.org/President-Biden-says)."),
        (Kind::Markdown, 6) => format!("`President Joe Biden says` {paragraph}"),
        (Kind::Html, 0) => format!("<p>{paragraph}</p>"),
        (Kind::Html, 1) => format!("<p>{}</p>", emphasise(paragraph, "<em>")),
        (Kind::Html, 2) => format!("<blockquote><p>{paragraph}</p></blockquote>"),
        (Kind::Html, 3) => format!("<h2>{}</h2>", paragraph.replace(" and ", " &amp; ")),
        (Kind::Html, 4) => format!("<p>{}&nbsp;<a href=\"/x\">more</a></p>", paragraph),
        (Kind::Html, 5) => format!("<script>var s = \"President Biden says\";</script><p>{paragraph}</p>"),
        _ => paragraph.to_string(),
    }
}

/// The paragraph's first word wrapped in `mark` ("*former* President …").
fn emphasise(paragraph: &str, mark: &str) -> String {
    let close = mark.replace('<', "</");
    match paragraph.split_once(' ') {
        Some((first, rest)) => format!("{mark}{first}{close} {rest}"),
        None => paragraph.to_string(),
    }
}

/// An article: its extension and text.
fn article() -> impl Strategy<Value = (Kind, String)> {
    let paragraph = (prop::collection::vec((sentence(), any::<bool>()), 1..5), 0u8..7);
    (
        kind(),
        prop::sample::select(DATES),
        prop::sample::select(LINE_ENDS),
        prop::collection::vec(paragraph, 1..5),
        sentence(),
    )
        .prop_map(|(kind, date, eol, paragraphs, title)| {
            let body: Vec<String> = paragraphs
                .iter()
                .map(|(sentences, style)| {
                    // Sentences run on, or break the line (a line end inside a paragraph).
                    let text: String = sentences
                        .iter()
                        .map(|(s, breaks)| format!("{s}{}", if *breaks { eol } else { " " }))
                        .collect();
                    mark_up(kind, *style, text.trim_end())
                })
                .collect();
            let body = body.join(&format!("{eol}{eol}"));
            let text = match kind {
                Kind::Text => format!("date {date}{eol}{body}{eol}"),
                Kind::Markdown => {
                    // Front matter is read line by line at `\n` (static-site generators write
                    // no lone-CR files): a lone-CR article keeps it in LF lines.
                    let fm = if eol == "\r" { "\n" } else { eol };
                    let title = title.replace('"', "\\\"");
                    format!("---{fm}date: {date}{fm}title: \"{title}\"{fm}---{fm}{eol}{body}{eol}")
                }
                Kind::Html => format!(
                    "<!doctype html>{eol}<html><head><meta property=\"article:published_time\" content=\"{date}\">\
                     <title>{title}</title></head>{eol}<body>{eol}{body}{eol}</body></html>{eol}"
                ),
            };
            (kind, text)
        })
}

/// An article, or any text at all in any format.
fn any_input() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        article().prop_map(|(kind, text)| invariants::join(kind.mode(), None, &text)),
        (kind(), any::<u8>(), "\\PC{0,300}").prop_map(|(kind, day, text)| invariants::join(
            kind.mode(),
            Some(day),
            &text
        )),
    ]
}

proptest! {
    #![proptest_config(config(48))]

    /// Every span the readers, the claims, the findings and the fixes carry is in bounds and on
    /// character boundaries; fixes change nothing outside themselves and hold when checked
    /// again (what the fuzz targets assert, on inputs shaped like news copy).
    #[test]
    fn spans_are_valid_and_fixes_hold(input in any_input()) {
        invariants::read(&input);
        invariants::check_fix(&input);
    }

    /// Fixing the fixed text changes nothing: one run of `--fix` makes every fix there is.
    #[test]
    fn fix_reaches_its_fixed_point_in_one_run((kind, text) in article()) {
        let origin = format!("a.{}", kind.ext());
        let engine = Engine::new(invariants::shipped());
        let (article, outcome) = engine.check_text(&origin, text).expect("generated articles read");
        let plan = fix::plan(&article, &outcome);
        prop_assume!(plan.not_applied.is_empty(), "fixes that overlap are left for the next run on purpose");
        let (again, outcome) = engine.check_text(&origin, plan.fixed.clone()).expect("the fixed text reads");
        let second = fix::plan(&again, &outcome);
        let left: Vec<String> = second.applied.iter().map(|f| format!("{} {:?}", f.check, f.text)).collect();
        prop_assert!(left.is_empty(), "a second run still fixes {left:?} in {:?}", plan.fixed);
    }
}

proptest! {
    #![proptest_config(config(48))]

    /// `Article::has_text` (which reports ask of the rest of each finding's line) answers as
    /// building the text with `read_text` would, without building it.
    #[test]
    fn has_text_agrees_with_read_text((kind, text) in article(), cuts in prop::collection::vec((0.0..1.0f64, 0.0..1.0f64), 32)) {
        let origin = format!("a.{}", kind.ext());
        let article = Article::read(&origin, text, &ReadOptions::default()).expect("generated articles read");
        let text = &article.text;
        let at = |f: f64| text.floor_char_boundary((f * text.len() as f64) as usize);
        for (a, b) in cuts {
            let (start, end) = (at(a.min(b)), at(a.max(b)));
            prop_assert_eq!(article.has_text(start..end), article.read_text(start..end).is_some(), "{}..{}", start, end);
        }
    }
}

/// A text made of words, multibyte characters and line breaks of every kind.
fn lines_text() -> impl Strategy<Value = String> {
    let chunk = prop_oneof![
        Just("\n"),
        Just("\r\n"),
        Just("\r"),
        Just("\r\r\n"),
        Just("\n\r"),
        Just(" "),
        Just("word"),
        Just("é"),
        Just("€"),
        Just("𝄞"),
        Just("\u{feff}"),
    ];
    (any::<bool>(), prop::collection::vec(chunk, 0..60)).prop_map(|(bom, chunks)| {
        let bom = if bom { "\u{feff}" } else { "" };
        format!("{bom}{}", chunks.concat())
    })
}

/// Line, column and UTF-16 column of `offset`, by counting from the start of the text; the
/// first line starts after a byte-order mark.
fn naive_position(text: &str, offset: usize) -> (usize, usize, usize) {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let before = &text[bom..offset];
    let breaks = before.matches('\n').count() + before.matches('\r').count() - before.matches("\r\n").count();
    let line_start = before.rfind(['\n', '\r']).map_or(bom, |i| bom + i + 1);
    let prefix = &text[line_start..offset];
    (
        breaks + 1,
        prefix.chars().count() + 1,
        prefix.encode_utf16().count() + 1,
    )
}

proptest! {
    #![proptest_config(config(200))]

    /// `Article::position`, `line_col` and `line_span` agree with counting by hand, for LF,
    /// CRLF and lone-CR line ends, multibyte characters and a byte-order mark.
    #[test]
    fn positions_agree_with_counting(text in lines_text()) {
        let options = ReadOptions {
            date: Some((invariants::day_of(211), DateSource::Flag)),
            ..ReadOptions::default()
        };
        let article = Article::read("a.txt", text.clone(), &options).expect("dated by the flag");
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        // Between the two bytes of a CRLF is no place anything starts.
        let offsets = text.char_indices().map(|(i, _)| i).chain([text.len()]);
        for offset in offsets.filter(|&i| i >= bom && !(text[..i].ends_with('\r') && text[i..].starts_with('\n'))) {
            let p = article.position(offset);
            prop_assert_eq!((p.line, p.column, p.utf16_column), naive_position(&text, offset), "at {}", offset);
            prop_assert_eq!(article.line_col(offset), (p.line, p.column));
            let span = article.line_span(offset);
            prop_assert!(span.start <= offset && offset <= span.end, "{:?} holds {}", span, offset);
            prop_assert!(!text[span].contains(['\n', '\r']), "a line span holds no line break");
        }
    }
}

/// Writes `articles` into `dir` as a.txt, b.md, … and returns their names.
fn write_articles(dir: &Path, articles: &[(Kind, String)]) -> Vec<String> {
    articles
        .iter()
        .enumerate()
        .map(|(i, (kind, text))| {
            let name = format!("{i:02}.{}", kind.ext());
            std::fs::write(dir.join(&name), text).unwrap();
            name
        })
        .collect()
}

/// `claimcheck check ARGS` in `dir` on `threads` threads: (exit code, stdout).
fn run(dir: &Path, threads: &str, args: &[&str]) -> (i32, String) {
    let mut cmd = Command::new(BIN);
    cmd.arg("check")
        .args(args)
        .current_dir(dir)
        .env("RAYON_NUM_THREADS", threads)
        .env("NO_COLOR", "1");
    let out = run_with_limit(cmd, Duration::from_secs(60)).expect("finishes");
    // Generated articles are all readable and dated: no input error, no crash.
    assert!(code(&out) < 2, "exit {}: {}", code(&out), stderr(&out));
    (code(&out), stdout(&out))
}

proptest! {
    #![proptest_config(config(2))]

    /// The report is the same on every run and on any number of threads: files come in path
    /// order and findings in offset order, however the work was split.
    #[test]
    fn output_is_the_same_across_runs_and_thread_counts(articles in prop::collection::vec(article(), 8..16)) {
        let dir = tempfile::tempdir().unwrap();
        write_articles(dir.path(), &articles);
        for format in ["human", "json", "jsonl"] {
            let args = ["--format", format, "."];
            let one = run(dir.path(), "1", &args);
            prop_assert_eq!(&one, &run(dir.path(), "2", &args), "1 thread against 2, {}", format);
            prop_assert_eq!(&one, &run(dir.path(), "2", &args), "two runs on 2 threads, {}", format);
        }
    }

    /// `check --fix` twice is `check --fix` once: the second run finds the files as the first
    /// left them and has nothing to fix.
    #[test]
    fn fix_twice_is_fix_once(articles in prop::collection::vec(article(), 6..10)) {
        let dir = tempfile::tempdir().unwrap();
        let names = write_articles(dir.path(), &articles);
        let read_all = || names.iter().map(|n| std::fs::read(dir.path().join(n)).unwrap()).collect::<Vec<_>>();
        let (_, first) = run(dir.path(), "2", &["--fix", "--format", "json", "."]);
        let summary = |out: &str| serde_json::from_str::<serde_json::Value>(out).expect("JSON")["summary"].clone();
        prop_assume!(summary(&first).get("not_applied").is_none(), "fixes that overlap are left for the next run on purpose");
        let once = read_all();
        let (_, second) = run(dir.path(), "2", &["--fix", "--format", "json", "."]);
        prop_assert_eq!(&once, &read_all(), "the second --fix changed the files");
        prop_assert!(summary(&second).get("fixed").is_none(), "the second --fix fixed something: {}", second);
    }
}
