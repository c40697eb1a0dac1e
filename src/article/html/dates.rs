//! A page's own dates: `<meta property="article:published_time" content=…>` and its kin
//! (`name=`, microdata `itemprop="datePublished"` on any element), JSON-LD `datePublished` /
//! `dateModified`, and the first `<time datetime=…>` as a last resort. A timestamp with a time
//! and an offset gives the local date as written.

use super::super::dates::date_or_datetime;
use super::super::{DateKind, DateSource, prefer};
use super::StartTag;
use crate::article::passage::Notice;
use chrono::NaiveDate;
use serde_json::{Map, Value};
use std::ops::Range;

/// `property` / `name` / `itemprop` values (compared without case) that give the publication
/// date, and those that give the date of the last update.
const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "dcterms.issued",
    "dc.date.issued",
];
const UPDATED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "dc.date.modified",
];

/// The dates found in a page, each the first of its kind in document order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PageDates {
    pub meta_published: Option<NaiveDate>,
    pub meta_updated: Option<NaiveDate>,
    pub json_ld: Option<JsonLdDates>,
    pub time: Option<NaiveDate>,
}

/// The dates of one JSON-LD object, and how sure it is that the object is the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonLdDates {
    /// An `Article` / `NewsArticle` / `BlogPosting`… outranks a `WebPage` with dates.
    pub is_article: bool,
    pub published: Option<NaiveDate>,
    pub updated: Option<NaiveDate>,
}

impl PageDates {
    /// The date the checks use: metadata (`<meta>` before JSON-LD) of the kind `from` asks
    /// for, else of the other kind, else the first `<time datetime>`.
    pub fn choose(&self, from: DateKind) -> Option<(NaiveDate, DateSource, DateKind)> {
        let ld = self.json_ld.as_ref();
        let published = (self.meta_published.map(|d| (d, DateSource::HtmlMeta)))
            .or_else(|| ld.and_then(|l| l.published).map(|d| (d, DateSource::JsonLd)));
        let updated = (self.meta_updated.map(|d| (d, DateSource::HtmlMeta)))
            .or_else(|| ld.and_then(|l| l.updated).map(|d| (d, DateSource::JsonLd)));
        prefer(published, updated, from)
            .map(|((day, source), kind)| (day, source, kind))
            .or_else(|| self.time.map(|d| (d, DateSource::HtmlTime, DateKind::Published)))
    }

    /// Reads the dates a start tag may carry.
    pub fn note_tag(&mut self, source: &str, tag: &StartTag, notices: &mut Vec<Notice>) {
        let attribute = |name: &str| tag.attribute(name).map(|r| super::decode_attribute(source, r));
        let key = if tag.name == "meta" {
            attribute("property")
                .or_else(|| attribute("name"))
                .or_else(|| attribute("itemprop"))
        } else {
            attribute("itemprop")
        };
        if let Some(key) = key {
            let key = key.trim().to_ascii_lowercase();
            let slot = if PUBLISHED_KEYS.contains(&key.as_str()) {
                Some(&mut self.meta_published)
            } else if UPDATED_KEYS.contains(&key.as_str()) {
                Some(&mut self.meta_updated)
            } else {
                None
            };
            if let Some(slot) = slot.filter(|s| s.is_none()) {
                let value = attribute("content")
                    .or_else(|| attribute("datetime"))
                    .unwrap_or_default();
                match date_or_datetime(value.trim()) {
                    Some(day) => *slot = Some(day),
                    None => notices.push(Notice {
                        offset: tag.span.start,
                        message: format!(
                            "the page's `{key}` is `{}`, not a YYYY-MM-DD date: not used",
                            value.trim()
                        ),
                    }),
                }
            }
        }
        if tag.name == "time" && self.time.is_none() {
            // A `<time>` may hold a time of day or a duration: only a day is the page's date.
            self.time = attribute("datetime").and_then(|v| date_or_datetime(v.trim()));
        }
    }

    /// Reads a `<script type="application/ld+json">` block's dates. An object typed as an
    /// article outranks an earlier one that is not; otherwise the first object with a date wins.
    pub fn note_json_ld(&mut self, source: &str, content: Range<usize>, notices: &mut Vec<Notice>) {
        let value: Value = match serde_json::from_str(&source[content.clone()]) {
            Ok(v) => v,
            Err(e) => {
                notices.push(Notice {
                    offset: content.start,
                    message: format!("a JSON-LD block is not valid JSON ({e}): its dates are not read"),
                });
                return;
            }
        };
        let mut objects = Vec::new();
        collect_objects(&value, &mut objects);
        let dated: Vec<&Map<String, Value>> = objects
            .into_iter()
            .filter(|o| o.contains_key("datePublished") || o.contains_key("dateModified"))
            .collect();
        let Some(chosen) = dated.iter().find(|o| is_article(o)).or(dated.first()) else {
            return;
        };
        let mut date = |key: &str| {
            let written = chosen.get(key)?.as_str()?.trim();
            let day = date_or_datetime(written);
            if day.is_none() {
                notices.push(Notice {
                    offset: content.start,
                    message: format!("JSON-LD `{key}` is `{written}`, not a YYYY-MM-DD date: not used"),
                });
            }
            day
        };
        let found = JsonLdDates {
            is_article: is_article(chosen),
            published: date("datePublished"),
            updated: date("dateModified"),
        };
        let better = match &self.json_ld {
            None => true,
            Some(earlier) => found.is_article && !earlier.is_article,
        };
        if better {
            self.json_ld = Some(found);
        }
    }
}

/// The objects a JSON-LD document describes: itself, the items of a top-level array, the
/// items of an `@graph`. Nested values (an author, a review, a comment) are not the page.
fn collect_objects<'a>(value: &'a Value, out: &mut Vec<&'a Map<String, Value>>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_objects(v, out)),
        Value::Object(map) => {
            out.push(map);
            if let Some(graph) = map.get("@graph") {
                collect_objects(graph, out);
            }
        }
        _ => {}
    }
}

/// `NewsArticle`, `ReportageNewsArticle`, `BlogPosting`, `LiveBlogPosting`, `Report`…: a
/// schema.org type of written copy.
fn is_article(object: &Map<String, Value>) -> bool {
    let is_copy = |t: &str| t.ends_with("Article") || t.ends_with("Posting") || t == "Report";
    match object.get("@type") {
        Some(Value::String(t)) => is_copy(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(is_copy),
        _ => false,
    }
}
