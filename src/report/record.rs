//! A finding or an input error as the machine formats write it (JSON, JSONL): one flat record
//! with every position a consumer may count in.

use super::fixed_claim;
use crate::article::{Article, ArticleError, DateKind, DateSource};
use crate::checks::{CheckId, Edit, Finding, Severity};
use serde::Serialize;

#[derive(Serialize)]
pub struct FindingRecord<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub id: &'a CheckId,
    pub severity: Severity,
    pub file: &'a str,
    /// 1-based; `column` counts characters, `utf16_column` UTF-16 code units.
    pub line: usize,
    pub column: usize,
    pub utf16_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// The claim's byte span in the file.
    pub start: usize,
    pub end: usize,
    pub message: &'a str,
    /// The claim as written, and as it should read (null when there is no sure fix).
    pub original: String,
    pub replacement: Option<String>,
    /// The edit itself, in source bytes.
    pub fix: Option<&'a Edit>,
    pub fact: Option<&'a str>,
    pub quoted: bool,
    pub speaker: Option<&'a str>,
    /// The date the claim was judged on, and where it came from.
    pub date: String,
    pub date_source: DateSource,
    /// `published` or `updated`: which of the article's dates it is.
    pub date_kind: DateKind,
}

impl<'a> FindingRecord<'a> {
    pub fn new(article: &'a Article, f: &'a Finding) -> FindingRecord<'a> {
        let start = article.position(f.span.start);
        let end = article.position(f.span.end);
        FindingRecord {
            kind: "finding",
            id: &f.check,
            severity: f.severity,
            file: &article.origin,
            line: start.line,
            column: start.column,
            utf16_column: start.utf16_column,
            end_line: end.line,
            end_column: end.column,
            start: f.span.start,
            end: f.span.end,
            message: &f.message,
            original: f.text.clone(),
            replacement: fixed_claim(article, f),
            fix: f.fix.as_ref(),
            fact: f.fact.as_deref(),
            quoted: f.quoted,
            speaker: f.speaker.as_deref(),
            date: article.date.to_string(),
            date_source: article.date_source,
            date_kind: article.date_kind,
        }
    }
}

/// An input that could not be checked: `{"type":"error","file":…,"message":…}`.
#[derive(Serialize)]
pub struct ErrorRecord<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
    pub message: &'a str,
}

impl<'a> ErrorRecord<'a> {
    pub fn new(e: &'a ArticleError) -> ErrorRecord<'a> {
        ErrorRecord {
            kind: "error",
            file: &e.origin,
            line: e.location.map(|l| l.0),
            column: e.location.map(|l| l.1),
            message: &e.message,
        }
    }
}
