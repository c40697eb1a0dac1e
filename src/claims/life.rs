//! Life and death: "the late Henry Kissinger", "the late physicist Ann Berg", "Kissinger says"
//! and "Kissinger said on Tuesday".

use super::{ClaimKind, LifeClaim, Site, names};
use crate::grammar::{english, when};
use crate::rules::RuleSet;
use std::ops::Range;

// The sites are found by `claims::SHAPES`: "the late", and present-tense verbs of speech
// (" says", " tells") — news copy uses them for what someone says now. ("writes" is left out:
// the present of a book's words is the literary present, true of the dead too.)

pub(super) fn parse(site: &Site, rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    let flat = site.flat;
    if english::LATE.contains(&&text[start..end]) {
        // A title after "the late" is the title claim's ("the late President Reagan").
        let name_at = end + descriptors(&text[end..])?;
        let (name, people) = names::name_after(text, name_at, rules).filter(|(n, _)| names::is_full(n))?;
        let people = names::by_occupation(people, site.nearby(), rules);
        let late_at = start + "the ".len();
        let claim = LifeClaim {
            name: name.to_string(),
            people,
            late: true,
            late_span: Some(flat.source_span(late_at..end)),
            when: None,
        };
        return Some((ClaimKind::Life(claim), start..name_at + name.len()));
    }
    // "X said on Tuesday": a day the person spoke on; "X said" alone may be any day.
    let dated = if text[start..end].trim() == "said" {
        let (found, len) = when::after_verb(&text[end - 1..])?;
        Some((found, end - 1 + len))
    } else {
        None
    };
    let (name_start, name, people) =
        names::name_before(text, site.sentence.start, start, rules).filter(|(_, n, _)| names::is_full(n))?;
    let people = names::by_occupation(people, site.nearby(), rules);
    let claim = LifeClaim {
        name: name.to_string(),
        people,
        late: false,
        late_span: None,
        when: dated.map(|(w, _)| w),
    };
    let phrase_end = dated.map_or(end - 1, |(_, at)| at);
    Some((ClaimKind::Life(claim), name_start..phrase_end))
}

/// How far the words describing the person run after "the late " ("famed physicist ",
/// "former party leader "): lower-case words up to a capitalised one, at most four. Words that
/// make "late" a time ("the late afternoon", "the late 1990s") or a preposition end it: no
/// person follows.
fn descriptors(after: &str) -> Option<usize> {
    let mut at = 0;
    for (i, word) in after.split(' ').enumerate() {
        if word.starts_with(char::is_uppercase) {
            return Some(at);
        }
        let bare = word
            .trim_end_matches(['’', '\''])
            .trim_end_matches("’s")
            .trim_end_matches("'s");
        let descriptive = word.chars().all(|c| c.is_lowercase() || c == '-')
            && !english::LATE_NOT_A_PERSON.contains(&bare)
            && !english::PREPOSITIONS.contains(&bare)
            && !english::FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(bare));
        if i == 4 || !descriptive {
            return None;
        }
        at += word.len() + 1;
    }
    None
}
