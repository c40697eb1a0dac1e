//! `--format json`: one document with every finding and the summary.

use super::{Summary, fixed_claim};
use crate::article::Article;
use crate::checks::{Finding, Outcome, Severity};
use serde::Serialize;

#[derive(Serialize)]
pub struct Document<'a> {
    pub findings: Vec<JsonFinding<'a>>,
    pub summary: &'a Summary,
}

#[derive(Serialize)]
pub struct JsonFinding<'a> {
    pub id: &'a str,
    pub severity: Severity,
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub span: Span,
    pub message: &'a str,
    /// The claim as written, and as it should read (null when there is no sure fix).
    pub original: String,
    pub replacement: Option<String>,
    /// The edit itself, in source bytes.
    pub fix: Option<Edit<'a>>,
    pub fact: Option<&'a str>,
    pub quoted: bool,
    pub speaker: Option<&'a str>,
}

#[derive(Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct Edit<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

pub fn finding<'a>(article: &'a Article, f: &'a Finding) -> JsonFinding<'a> {
    let (line, column) = article.line_col(f.span.start);
    let original = &article.text[f.span.clone()];
    JsonFinding {
        id: &f.check,
        severity: f.severity,
        file: &article.origin,
        line,
        column,
        span: Span {
            start: f.span.start,
            end: f.span.end,
        },
        message: &f.message,
        original: crate::grammar::Flat::new(original, 0..original.len()).text,
        replacement: fixed_claim(article, f),
        fix: f.fix.as_ref().map(|x| Edit {
            start: x.span.start,
            end: x.span.end,
            text: &x.replacement,
        }),
        fact: f.fact.as_deref(),
        quoted: f.quoted,
        speaker: f.speaker.as_deref(),
    }
}

/// The whole document for checked articles, pretty-printed, with a final newline.
pub fn render(results: &[(Article, Outcome)], summary: &Summary) -> String {
    let findings = results
        .iter()
        .flat_map(|(a, o)| o.findings().map(move |f| finding(a, f)))
        .collect();
    let doc = Document { findings, summary };
    let mut s = serde_json::to_string_pretty(&doc).expect("findings serialise");
    s.push('\n');
    s
}
