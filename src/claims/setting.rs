//! The temporal setting of a claim: when its passage, sentence and clause say it happened.
//! Computed once here, from the text around the claim, so the checks judge a claim's time
//! from these facts instead of re-reading the sentence.

use crate::grammar::{dates, english};
use aho_corasick::AhoCorasick;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Setting {
    /// Years that place the claim: written before it in its sentence, within a few words
    /// after it, or as "in 1980" anywhere in the sentence.
    pub years: Vec<i32>,
    /// Full dates that place the claim: before it, or within a few words after it.
    pub dates: Vec<NaiveDate>,
    /// Every year the sentence names, in full dates too.
    pub sentence_years: Vec<i32>,
    /// "at the time", "then-", "back then", "… ago", "era".
    pub past_marker: bool,
    /// "under" / "during" right before the claim: "under President Biden".
    pub during: bool,
    /// The claim is the subject of an "As …" clause opening its sentence: "As President
    /// Washington said".
    pub as_clause: bool,
    /// "today", "yesterday", "this week", a weekday: the sentence tells of the days around
    /// publication.
    pub recent: bool,
    /// A future or modal marker before the claim in its sentence ("will", "look forward to",
    /// "until", "could"): the clause speaks of what is to come, or may be.
    pub future: bool,
    /// A past verb before the claim in its clause ("You spoke to President Park"): the tense of
    /// a claim that is no verb's subject.
    pub past_in_clause: bool,
    /// "for years", "has long": a present perfect that spans a stretch of time.
    pub duration: bool,
    /// The sentence opens with a past clause of time ending before the claim ("When the talks
    /// were launched, …"): the claim tells of that moment.
    pub anchored_past: bool,
    /// The years the claim's passage (paragraph) names.
    pub passage_years: Vec<i32>,
}

/// How far after the claim (bytes) a year or date still dates it.
const NEAR_AFTER: usize = 40;

/// Most distinct years kept for a passage: a table of years says nothing of one claim.
const MAX_PASSAGE_YEARS: usize = 16;

/// The years a passage names (`dates::years_at` of it), sorted, without repeats.
pub(super) fn passage_years(named: &[(usize, i32)]) -> Vec<i32> {
    let mut years: Vec<i32> = named.iter().map(|(_, y)| *y).collect();
    years.sort_unstable();
    years.dedup();
    years.truncate(MAX_PASSAGE_YEARS);
    years
}

/// What a sentence says about time, with where it says it: scanned once per sentence, however
/// many claims it holds (a run-on "sentence" of a whole file may hold thousands).
pub(super) struct SentenceTimes {
    /// Offset of the sentence in the passage's flat text; the spans below are relative to it.
    start: usize,
    years: Vec<(usize, i32)>,
    in_years: Vec<(usize, i32)>,
    dates: Vec<(Range<usize>, NaiveDate)>,
    past_markers: Vec<usize>,
    recent: Vec<usize>,
}

impl SentenceTimes {
    pub(super) fn scan(text: &str, sentence: Range<usize>) -> SentenceTimes {
        let s = &text[sentence.clone()];
        SentenceTimes {
            start: sentence.start,
            years: dates::years_at(s),
            in_years: dates::in_years_at(s),
            dates: dates::dates_at(s),
            past_markers: past_markers().find_iter(s).map(|m| m.start()).collect(),
            recent: recent_words(s),
        }
    }

    /// The setting of the claim at `phrase`, reading only `context` (the sentence, or the part
    /// of a run-on sentence the claim stands in). Ranges are in the passage's flat text.
    pub(super) fn setting(
        &self,
        text: &str,
        context: Range<usize>,
        phrase: Range<usize>,
        passage_years: &[i32],
    ) -> Setting {
        let local = |r: &Range<usize>| r.start - self.start..r.end - self.start;
        let (context, phrase) = (local(&context), local(&phrase));
        let inside = |at: usize, len: usize| context.start <= at && at + len <= context.end;
        // A year or date sets the claim in time when it stands before it ("In 1980, President
        // Carter …") or close after it ("… President Carter imposed in 1980"), not when it
        // dates something else further on ("President Reagan said growth in the final quarter
        // of 1986 …").
        let near_end = text.floor_char_boundary(self.start + (phrase.end + NEAR_AFTER).min(context.end)) - self.start;
        let placing = |at: usize, len: usize| {
            inside(at, len) && (at + len <= phrase.start || (at >= phrase.end && at + len <= near_end))
        };
        let years_where = |keep: &dyn Fn(usize) -> bool| -> Vec<i32> {
            self.years.iter().filter(|(at, _)| keep(*at)).map(|(_, y)| *y).collect()
        };
        let mut years = years_where(&|at| placing(at, 4));
        years.extend(self.in_years.iter().filter(|(at, _)| inside(*at, 7)).map(|(_, y)| *y));
        let mut sentence_years = years_where(&|at| inside(at, 4));
        let sentence_dates = self.dates.iter().filter(|(r, _)| inside(r.start, r.len()));
        sentence_years.extend(sentence_dates.map(|(_, d)| d.year()));
        let before = &text[self.start + context.start..self.start + phrase.start];
        Setting {
            years,
            dates: self
                .dates
                .iter()
                .filter(|(r, _)| placing(r.start, r.len()))
                .map(|(_, d)| *d)
                .collect(),
            sentence_years,
            past_marker: self.past_markers.iter().any(|at| inside(*at, 1)),
            during: during(before.trim_end()),
            as_clause: as_clause(before),
            future: future(before),
            past_in_clause: crate::grammar::verb::past_in_clause(before),
            duration: has_duration(&text[self.start + context.start..self.start + context.end]),
            anchored_past: anchored_past(before),
            recent: self.recent.iter().any(|at| inside(*at, 1)),
            passage_years: passage_years.to_vec(),
        }
    }
}

/// An automaton finding a fixed word list in any ASCII letter case, built on first use.
fn any_case(scan: &'static OnceLock<AhoCorasick>, words: &[&str]) -> &'static AhoCorasick {
    scan.get_or_init(|| {
        AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(words)
            .expect("fixed patterns")
    })
}

/// The past markers, found in any letter case.
fn past_markers() -> &'static AhoCorasick {
    static SCAN: OnceLock<AhoCorasick> = OnceLock::new();
    any_case(&SCAN, english::PAST_MARKERS)
}

/// "for years", "has long" anywhere in the sentence, in any letter case.
fn has_duration(sentence: &str) -> bool {
    static SCAN: OnceLock<AhoCorasick> = OnceLock::new();
    any_case(&SCAN, english::DURATION_MARKERS).is_match(sentence)
}

/// A sentence that opens with a subordinate clause of time, in the past, which ends (at a
/// comma) before the claim: "When the talks were launched, President Park said …".
fn anchored_past(before: &str) -> bool {
    let opening = before.trim_start_matches(['"', '“', '‘', '(', ' ']);
    let Some(clause_end) = opening.find(',') else {
        return false;
    };
    let clause = &opening[..clause_end];
    let opens = |s: &&str| clause.starts_with(*s) && clause[s.len()..].starts_with(' ');
    if english::PAST_EVENT_OPENERS.iter().any(opens) {
        return true;
    }
    // A clause with its own subject and a past verb; "When asked," is no moment of its own.
    english::TIME_SUBORDINATORS.iter().any(opens)
        && clause.split_whitespace().count() >= 3
        && crate::grammar::verb::past_in_clause(clause)
}

/// A future or modal marker in the words before the claim.
fn future(before: &str) -> bool {
    static SCAN: OnceLock<AhoCorasick> = OnceLock::new();
    any_case(&SCAN, english::FUTURE_MARKERS).find_iter(before).any(|m| {
        before[..m.start()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// "under President Biden", "(during President Biden's term": the words right before.
fn during(before: &str) -> bool {
    english::DURING
        .iter()
        .any(|w| before == *w || (before.ends_with(w) && before[..before.len() - w.len()].ends_with([' ', '('])))
}

/// "As President Washington said" / "As the great President Bush said": the claim within three
/// words of an "As" that opens the sentence.
fn as_clause(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().take(4).collect();
    words.len() <= 3 && words.first().is_some_and(|w| *w == "As" || *w == "as")
}

/// "… arrived on Monday", "… said yesterday": where a word for the last few days stands
/// alone.
fn recent_words(sentence: &str) -> Vec<usize> {
    static SCAN: OnceLock<AhoCorasick> = OnceLock::new();
    let scan = SCAN.get_or_init(|| {
        let words: Vec<&str> = english::RECENT.iter().chain(english::WEEKDAYS).copied().collect();
        AhoCorasick::new(words).expect("fixed patterns")
    });
    let alone = |i: usize, j: usize| {
        sentence[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
            && sentence[j..].chars().next().is_none_or(|c| !c.is_alphanumeric())
    };
    scan.find_overlapping_iter(sentence)
        .filter(|m| alone(m.start(), m.end()))
        .map(|m| m.start())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setting(sentence: &str, phrase: &str) -> Setting {
        let at = sentence.find(phrase).unwrap();
        let times = SentenceTimes::scan(sentence, 0..sentence.len());
        times.setting(
            sentence,
            0..sentence.len(),
            at..at + phrase.len(),
            &passage_years(&dates::years_at(sentence)),
        )
    }

    #[test]
    fn years_before_and_just_after_place_the_claim() {
        let s = setting("In 1980, President Carter spoke.", "President Carter");
        assert_eq!(s.years, [1980]);
        let s = setting("President Carter imposed it in 1980.", "President Carter");
        assert_eq!(s.years, [1980, 1980]); // near after, and "in 1980"
        let s = setting(
            "President Reagan said growth in the final quarter of the year 1986 was slow.",
            "President Reagan",
        );
        assert!(s.years.is_empty());
        assert_eq!(s.sentence_years, [1986]);
    }

    #[test]
    fn markers() {
        assert!(setting("Under President Biden, prices rose.", "President Biden").during);
        assert!(setting("As President Washington said, be wary.", "President Washington").as_clause);
        assert!(!setting("She said, as always, that President Biden is right.", "President Biden").as_clause);
        assert!(setting("Then-President Obama spoke.", "President Obama").past_marker);
        assert!(setting("President Biden arrived on Monday.", "President Biden").recent);
        assert!(!setting("President Biden arrived in Mondayville.", "President Biden").recent);
        assert!(setting("I look forward to working with President Park.", "President Park").future);
        assert!(setting("She will meet President Park.", "President Park").future);
        assert!(setting("Until President Park is sworn in, nothing moves.", "President Park").future);
        assert!(!setting("She met President Park.", "President Park").future);
        assert!(!setting("Officials in Mayville met President Park.", "President Park").future);
        assert!(setting("For years the Park government has claimed it.", "Park government").duration);
        assert!(
            setting(
                "When the talks were launched, President Park said so.",
                "President Park"
            )
            .anchored_past
        );
        assert!(
            setting(
                "In the aftermath of the floods, President Park vowed help.",
                "President Park"
            )
            .anchored_past
        );
        assert!(!setting("When asked, President Park says no.", "President Park").anchored_past);
        assert!(!setting("When the talks open, President Park will speak.", "President Park").anchored_past);
    }
}
