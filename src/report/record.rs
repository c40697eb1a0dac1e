//! A finding or an input error as the machine formats write it (JSON, JSONL): one flat record
//! with every position a consumer may count in.

use super::fixed_claim;
use crate::article::{Article, ArticleError, DateKind, DateSource, RecordRef};
use crate::checks::{CheckId, Edit, Finding, Severity};
use serde::Serialize;
use std::ops::Range;

/// Where a span is: the file, 1-based lines and columns (`column` counts characters,
/// `utf16_column` UTF-16 code units), and the byte span in the file. In an archive's record,
/// `file` is the archive, `record` names the record, `field` is `text` or `title`, and the
/// rest is within that field.
#[derive(Serialize)]
pub struct Place<'a> {
    pub file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<&'a RecordRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    pub line: usize,
    pub column: usize,
    pub utf16_column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub start: usize,
    pub end: usize,
}

impl<'a> Place<'a> {
    pub fn new(article: &'a Article, span: &Range<usize>) -> Place<'a> {
        let start = article.position(span.start);
        let end = article.position(span.end);
        Place {
            file: &article.origin,
            record: article.record.as_ref().map(|r| &r.at),
            field: article.field_at(span.start),
            line: start.line,
            column: start.column,
            utf16_column: start.utf16_column,
            end_line: end.line,
            end_column: end.column,
            start: span.start,
            end: span.end,
        }
    }
}

/// The date a claim was judged on, where it came from, and which of the article's dates it is.
#[derive(Serialize)]
pub struct DateUsed {
    pub date: String,
    pub date_source: DateSource,
    pub date_kind: DateKind,
}

impl DateUsed {
    pub fn of(article: &Article) -> DateUsed {
        DateUsed {
            date: article.date.to_string(),
            date_source: article.date_source,
            date_kind: article.date_kind,
        }
    }
}

#[derive(Serialize)]
pub struct FindingRecord<'a> {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub id: &'a CheckId,
    pub severity: Severity,
    #[serde(flatten)]
    pub place: Place<'a>,
    pub message: &'a str,
    /// The claim as written, and as it should read (null when there is no sure fix).
    pub original: &'a str,
    pub replacement: Option<String>,
    /// The edit itself, in source bytes.
    pub fix: Option<&'a Edit>,
    pub fact: Option<&'a str>,
    pub quoted: bool,
    pub speaker: Option<&'a str>,
    #[serde(flatten)]
    pub date: DateUsed,
    /// Stable through unrelated edits (see `fingerprint`).
    pub fingerprint: String,
}

impl<'a> FindingRecord<'a> {
    pub fn new(article: &'a Article, f: &'a Finding) -> FindingRecord<'a> {
        FindingRecord {
            kind: "finding",
            id: &f.check,
            severity: f.severity,
            place: Place::new(article, &f.span),
            message: &f.message,
            original: &f.text,
            replacement: fixed_claim(article, f),
            fix: f.fix.as_ref(),
            fact: f.fact.as_deref(),
            quoted: f.quoted,
            speaker: f.speaker.as_deref(),
            date: DateUsed::of(article),
            fingerprint: super::fingerprint::of(article, f),
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
    pub record: Option<&'a RecordRef>,
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
            record: e.record.as_ref(),
            line: e.location.map(|l| l.0),
            column: e.location.map(|l| l.1),
            message: &e.message,
        }
    }
}
