//! An audit's tallies (`--summary`, `claimcheck audit`): findings by id, by severity and by
//! publication year, and the records with the most findings, kept with their diffs. Fed one
//! checked article at a time in input order, so the tallies are the same at any thread
//! count, and bounded: only the top records keep anything of their text.

use super::{Excerpt, excerpt};
use crate::article::{Article, RecordRef};
use crate::checks::{Outcome, Severity};
use chrono::Datelike;
use serde::Serialize;
use std::collections::BTreeMap;

/// How many records the summary lists by their number of findings.
pub const TOP_RECORDS: usize = 20;

#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct Audit {
    /// Findings by id.
    pub by_id: BTreeMap<String, usize>,
    /// Findings by severity: `error`, `warning`, `note`.
    pub by_severity: BTreeMap<String, usize>,
    /// Findings by the year of the date they were judged on, then by id.
    pub by_year: BTreeMap<i32, BTreeMap<String, usize>>,
    /// Articles (records and files) checked, by year.
    pub checked_by_year: BTreeMap<i32, usize>,
    /// The records (or files) with the most findings, most first; of two with as many, the
    /// one read first.
    pub top: Vec<TopRecord>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TopRecord {
    pub file: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record: Option<RecordRef>,
    pub date: String,
    pub findings: usize,
    /// Each finding as shown in the report (not in JSON: the findings themselves are there).
    #[serde(skip)]
    pub shown: Vec<Shown>,
}

/// A finding as the audit report shows it: the sentence as written and as fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown {
    pub id: String,
    pub severity: Severity,
    /// `text:3:25` in a record, `3:25` in a file.
    pub place: String,
    pub message: String,
    pub before: String,
    pub after: Option<String>,
    pub fact: Option<String>,
}

impl TopRecord {
    /// How reports name it: `archive.jsonl:17 [reut-5]`, or the file.
    pub fn name(&self) -> String {
        match &self.record {
            Some(record) => record.name(&self.file),
            None => self.file.clone(),
        }
    }
}

impl Audit {
    pub fn add(&mut self, article: &Article, outcome: &Outcome) {
        let year = article.date.year();
        *self.checked_by_year.entry(year).or_default() += 1;
        let mut findings = 0;
        for f in outcome.findings() {
            findings += 1;
            *self.by_id.entry(f.check.to_string()).or_default() += 1;
            *self.by_severity.entry(f.severity.as_str().to_string()).or_default() += 1;
            *self
                .by_year
                .entry(year)
                .or_default()
                .entry(f.check.to_string())
                .or_default() += 1;
        }
        if findings > 0 && self.would_rank(findings) {
            self.rank(top_record(article, outcome, findings));
        }
    }

    /// Whether a record with this many findings enters the list: ties keep the earlier.
    fn would_rank(&self, findings: usize) -> bool {
        self.top.len() < TOP_RECORDS || self.top.last().is_some_and(|last| findings > last.findings)
    }

    fn rank(&mut self, record: TopRecord) {
        // After every record with at least as many findings: earlier records win ties.
        let at = self.top.partition_point(|r| r.findings >= record.findings);
        self.top.insert(at, record);
        self.top.truncate(TOP_RECORDS);
    }

    /// Every id with a finding, most findings first (then by name), for tables and charts.
    pub fn ids_by_count(&self) -> Vec<(&str, usize)> {
        let mut ids: Vec<(&str, usize)> = self.by_id.iter().map(|(id, n)| (id.as_str(), *n)).collect();
        ids.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        ids
    }

    /// Findings of one id in one year.
    pub fn count(&self, year: i32, id: &str) -> usize {
        self.by_year
            .get(&year)
            .and_then(|ids| ids.get(id))
            .copied()
            .unwrap_or(0)
    }

    /// Every year from the first to the last an article was dated in: a chart shows the
    /// years without findings too.
    pub fn years(&self) -> Vec<i32> {
        match (
            self.checked_by_year.keys().next(),
            self.checked_by_year.keys().next_back(),
        ) {
            (Some(&first), Some(&last)) => (first..=last).collect(),
            _ => Vec::new(),
        }
    }
}

fn top_record(article: &Article, outcome: &Outcome, findings: usize) -> TopRecord {
    let shown = outcome
        .findings()
        .map(|f| {
            let Excerpt { before, after, .. } = excerpt(article, f);
            let position = article.position(f.span.start);
            let place = match article.field_at(f.span.start) {
                Some(field) => format!("{field}:{}:{}", position.line, position.column),
                None => format!("{}:{}", position.line, position.column),
            };
            Shown {
                id: f.check.to_string(),
                severity: f.severity,
                place,
                message: f.message.clone(),
                before,
                after,
                fact: f.fact.clone(),
            }
        })
        .collect();
    TopRecord {
        file: article.origin.clone(),
        record: article.record.as_ref().map(|r| r.at.clone()),
        date: article.date.to_string(),
        findings,
        shown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(findings: usize, line: usize) -> TopRecord {
        TopRecord {
            file: "a.jsonl".into(),
            record: Some(RecordRef { line, id: None }),
            date: "2025-03-11".into(),
            findings,
            shown: Vec::new(),
        }
    }

    #[test]
    fn the_top_keeps_the_most_and_the_earliest_of_ties() {
        let mut audit = Audit::default();
        for line in 0..30 {
            if audit.would_rank(1 + line % 3) {
                audit.rank(top(1 + line % 3, line));
            }
        }
        let got: Vec<(usize, usize)> = audit
            .top
            .iter()
            .map(|r| (r.findings, r.record.as_ref().unwrap().line))
            .collect();
        assert_eq!(got.len(), TOP_RECORDS);
        assert_eq!(&got[..3], [(3, 2), (3, 5), (3, 8)]);
        assert!(
            got.windows(2)
                .all(|w| w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 < w[1].1))
        );
    }
}
