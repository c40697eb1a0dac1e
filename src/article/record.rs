//! An archive record read as an article: its text (and headline) as plain text, its date from
//! a field. The archive readers (`crate::archive`) find the records; this turns one into an
//! `Article` whose places are within the record, so a finding points back at it.

use super::passage::{Passage, PassageKind};
use super::{Article, ArticleError, DateKind, DateSource, ReadOptions, SourceFormat, dates, lines, prefer, text};
use chrono::NaiveDate;
use serde::Serialize;
use std::ops::Range;

/// Which fields of a record hold what (`--text-field`, `--date-field`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    pub text: String,
    pub date: String,
    pub id: String,
    /// The headline, checked as prose too; absent from a record, nothing is missed.
    pub title: Option<String>,
    /// The date of the last update, used as front matter's `updated:` is (`--date-from`).
    pub updated: Option<String>,
}

impl Default for Fields {
    fn default() -> Fields {
        Fields {
            text: "text".into(),
            date: "date".into(),
            id: "id".into(),
            title: Some("title".into()),
            updated: Some("updated".into()),
        }
    }
}

/// Which record of an archive: the line it starts on and its id, if it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecordRef {
    pub line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl RecordRef {
    /// `archive.jsonl:17 [reut-5]`: how reports name the record.
    pub fn name(&self, archive: &str) -> String {
        match &self.id {
            Some(id) => format!("{archive}:{} [{}]", self.line, one_line(id)),
            None => format!("{archive}:{}", self.line),
        }
    }
}

/// `s` with its control characters escaped (`\n`, `\u{0}`), so a value from a record — an id
/// quoted over two lines — keeps a message on one line.
pub fn one_line(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .flat_map(|c| {
            let escaped: Vec<char> = if c.is_control() {
                c.escape_default().collect()
            } else {
                vec![c]
            };
            escaped
        })
        .collect()
}

/// One record as an archive reader found it: the fields' values as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub at: RecordRef,
    pub text: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub updated: Option<String>,
}

/// What a record's article knows besides an ordinary one: which record it is, and where the
/// headline is (before the text, so it is read first, as a reader reads it).
#[derive(Debug, Clone)]
pub struct RecordPlace {
    pub at: RecordRef,
    title: Option<Range<usize>>,
}

impl Article {
    /// A record as an article named `archive`. `--date` wins over the record's own dates;
    /// of the record's two dates, `--date-from` chooses as it does in front matter.
    pub fn from_record(
        archive: &str,
        record: Record,
        fields: &Fields,
        options: &ReadOptions,
    ) -> Result<Article, ArticleError> {
        let at = record.at.clone();
        let fail = |message: String| ArticleError::new(archive, message).in_record(at.clone());
        let (date, date_source, date_kind) = match options.date {
            Some((day, source)) => (day, source, DateKind::Published),
            None => {
                let published = record_day(record.date.as_deref(), &fields.date).map_err(&fail)?;
                let updated = match &fields.updated {
                    Some(name) => record_day(record.updated.as_deref(), name).map_err(&fail)?,
                    None => None,
                };
                let (day, kind) = prefer(published, updated, options.date_from).ok_or_else(|| {
                    fail(format!(
                        "no date: the record has no `{}` field (--date-field names it, or pass --date YYYY-MM-DD)",
                        fields.date
                    ))
                })?;
                (day, DateSource::Record, kind)
            }
        };
        let title = record.title.filter(|t| !t.trim().is_empty());
        let (text, body_start) = match title {
            // A blank line keeps the headline a paragraph of its own.
            Some(title) => (format!("{title}\n\n{}", record.text), title.len() + 2),
            None => (record.text, 0),
        };
        let body = body_start..text.len();
        let mut passages = Vec::new();
        if body_start > 0 {
            passages.push(Passage::contiguous(PassageKind::Title, 0..body_start - 2));
        }
        passages.extend(text::passages(&text, body.clone()));
        let lines = lines::Lines::new(&text, body_start);
        Ok(Article {
            origin: archive.to_string(),
            format: SourceFormat::Text,
            comments: text::comments(&text, body.start),
            body,
            passages,
            date,
            date_source,
            date_kind,
            markup: Vec::new(),
            notices: Vec::new(),
            record: Some(RecordPlace {
                at: record.at,
                title: (body_start > 0).then(|| 0..body_start - 2),
            }),
            lines,
            text,
        })
    }

    /// How reports name the article: its path, or `archive.jsonl:17 [reut-5]` for a record.
    pub fn name(&self) -> String {
        match &self.record {
            Some(record) => record.at.name(&self.origin),
            None => self.origin.clone(),
        }
    }

    /// A place as people read it: `news/a.txt:3:25`, or `archive.jsonl:17 [reut-5] text:3:25`
    /// in a record (the line in the archive, then the place in the record's field).
    pub fn place(&self, offset: usize) -> String {
        let (line, column) = self.line_col(offset);
        match self.field_at(offset) {
            Some(field) => format!("{} {field}:{line}:{column}", self.name()),
            None => format!("{}:{line}:{column}", self.origin),
        }
    }

    /// Which field of a record an offset is in: `title` or `text`; `None` for a file.
    pub fn field_at(&self, offset: usize) -> Option<&'static str> {
        let record = self.record.as_ref()?;
        Some(match &record.title {
            Some(title) if offset <= title.end => "title",
            _ => "text",
        })
    }

    /// The record's headline, when `offset` is in it: positions count from its start.
    pub(super) fn title_holding(&self, offset: usize) -> Option<Range<usize>> {
        let title = self.record.as_ref()?.title.clone()?;
        (offset <= title.end).then_some(title)
    }
}

/// A record's date field: absent (`None`), a date, or an error naming the field and value.
fn record_day(value: Option<&str>, field: &str) -> Result<Option<NaiveDate>, String> {
    let Some(value) = value.filter(|v| !v.trim().is_empty()) else {
        return Ok(None);
    };
    dates::record_date(value).map(Some).ok_or_else(|| {
        let shown: String = value.chars().take(40).collect();
        format!("`{field}` is not a date: `{shown}` (ISO 8601, RFC 2822 or \"March 11, 2025\")")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(text: &str, title: Option<&str>, date: Option<&str>) -> Record {
        Record {
            at: RecordRef {
                line: 7,
                id: Some("r-1".into()),
            },
            text: text.into(),
            title: title.map(Into::into),
            date: date.map(Into::into),
            updated: None,
        }
    }

    fn read(r: Record) -> Result<Article, ArticleError> {
        Article::from_record("a.jsonl", r, &Fields::default(), &ReadOptions::default())
    }

    #[test]
    fn places_are_within_the_record_and_its_headline() {
        let a = read(record("One.\nTwo words.", Some("Head line"), Some("2025-03-11"))).unwrap();
        assert_eq!(a.date, NaiveDate::from_ymd_opt(2025, 3, 11).unwrap());
        assert_eq!(a.date_source, DateSource::Record);
        let two = a.text.find("Two").unwrap();
        assert_eq!(a.line_col(two), (2, 1));
        assert_eq!(a.field_at(two), Some("text"));
        let line = a.text.find("line").unwrap();
        assert_eq!(a.line_col(line), (1, 6));
        assert_eq!(a.field_at(line), Some("title"));
        assert_eq!(a.passages[0].kind, PassageKind::Title);
    }

    #[test]
    fn a_record_without_a_usable_date_is_an_error_naming_it() {
        let e = read(record("Text.", None, None)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.jsonl:7 [r-1]: no date: the record has no `date` field (--date-field names it, or pass --date YYYY-MM-DD)"
        );
        let e = read(record("Text.", None, Some("soon"))).unwrap_err();
        assert!(e.to_string().contains("`date` is not a date: `soon`"), "{e}");
        let e = read(record("Text.", None, Some("March\n11"))).unwrap_err();
        assert!(e.to_string().contains("`date` is not a date: `March\\n11`"), "{e}");
    }

    #[test]
    fn the_update_date_wins_unless_published_is_asked_for() {
        let mut r = record("Text.", None, Some("2025-03-11"));
        r.updated = Some("Wed, 12 Mar 2025 10:00:00 +0000".into());
        let a = read(r.clone()).unwrap();
        assert_eq!(
            (a.date.to_string(), a.date_kind),
            ("2025-03-12".into(), DateKind::Updated)
        );
        let options = ReadOptions {
            date_from: DateKind::Published,
            ..ReadOptions::default()
        };
        let a = Article::from_record("a.jsonl", r, &Fields::default(), &options).unwrap();
        assert_eq!(a.date.to_string(), "2025-03-11");
    }
}
