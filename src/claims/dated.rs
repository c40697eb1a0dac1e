//! Dates the text names after the article's own date: "in early January 2025 rates rose" in a
//! piece dated 2019-11-21 says the piece (or its date) is not what it seems.

use super::{ClaimKind, DatedClaim, Site};
use crate::grammar::{dates, english, verb};
use chrono::{Datelike, NaiveDate};
use std::ops::Range;

/// Words a date opens its clause with: "In early January 2025 the bank raised …".
const OPENING_PREPOSITIONS: &[&str] = &["", "in", "on", "during", "at", "in early", "in mid", "in late"];

/// Words a finite past verb's subject may be.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it"];

/// "In early January 2025 the bank raised rates", "On 3 March 2025, he signed": the date opens
/// its clause, and a finite past verb follows within a few words.
fn opens_a_past_clause(before: &str, after: &str) -> bool {
    let opening = before.trim().trim_end_matches(['(', '"', '“']).to_lowercase();
    if !OPENING_PREPOSITIONS.contains(&opening.as_str()) {
        return false;
    }
    let words = words(after);
    (1..words.len().min(4)).any(|i| finite_past(&words, i))
}

/// "He signed the law on March 3, 2025": a short clause whose subject and finite past verb
/// open it, ending in "on" or "in" before the date.
fn follows_a_past_verb(before: &str) -> bool {
    let words = words(before);
    let ends_in_a_preposition = matches!(words.last(), Some(&("on" | "in")));
    ends_in_a_preposition && words.len() <= 8 && words.len() >= 3 && is_subject(words[0]) && finite_past(&words, 1)
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Is `words[i]` a finite past verb: an irregular past, or a past in "-ed" that is no
/// participle (not after a form of "be" or "have", nor before "by" or "to")?
fn finite_past(words: &[&str], i: usize) -> bool {
    let w = words[i];
    if !verb::is_past(w) {
        return false;
    }
    let previous = words[i - 1].to_lowercase();
    let participle =
        english::PARTICIPLE_LEADS.contains(&previous.as_str()) || matches!(words.get(i + 1), Some(&("by" | "to")));
    !participle
}

fn is_subject(word: &str) -> bool {
    SUBJECT_PRONOUNS.contains(&word.to_lowercase().as_str()) || word.starts_with(char::is_uppercase)
}

/// The dates after `date` in `text`, given the years `text` names (`dates::years_at`).
pub(super) fn sites(text: &str, years: &[(usize, i32)], date: NaiveDate) -> impl Iterator<Item = (usize, usize)> {
    // A date after the article's has a year from the article's on.
    let late_years: Vec<usize> = years
        .iter()
        .filter(|(_, y)| *y >= date.year())
        .map(|&(at, _)| at)
        .collect();
    dates::days_with_year_at(text, &late_years)
        .into_iter()
        .filter(move |d| d.first > date)
        .map(|d| (d.span.start, d.span.end))
}

pub(super) fn parse(site: &Site) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    // The site is the span `sites` found: parse only it, not the rest of the line after it.
    let days = dates::days_at(&text[site.start..site.end])
        .into_iter()
        .find(|d| d.span.start == 0)?;
    let end = site.start + days.span.end;
    // The clause around the date: "In early January 2025 the bank raised rates, and the
    // council will meet on 3 March 2026" holds one past event and one scheduled one.
    // At most a few hundred bytes either side: a "sentence" without a stop may be a file long.
    let before = &text[text.ceil_char_boundary(site.start.saturating_sub(CLAUSE).max(site.sentence.start))..site.start];
    let before = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let after = &text[end..text.floor_char_boundary((end + CLAUSE).min(site.sentence.end.max(end)))];
    let after = after.split([',', ';', ':']).next().unwrap_or(after);
    let lower = format!("{before} {after}").to_lowercase();
    let scheduled = english::SCHEDULE_MARKERS.iter().any(|m| lower.contains(m))
        || english::DEADLINE_WORDS.iter().any(|w| before.ends_with(w));
    let revision_stamp = english::REVISION_WORDS.iter().any(|w| lower.contains(w));
    let claim = DatedClaim {
        first: days.first,
        last: days.last,
        told_as_past: !revision_stamp && (opens_a_past_clause(before, after) || follows_a_past_verb(before)),
        scheduled,
    };
    Some((ClaimKind::Dated(claim), site.start..end))
}

/// How far either side of a date its clause is read.
const CLAUSE: usize = 300;
