//! "former US President Donald Trump’s": [modifier] title name [possessive].

use super::{ClaimKind, Site, TitleClaim, names, same_words};
use crate::grammar::english;
use crate::grammar::phrase::{self, Modifier};
use crate::grammar::verb;
use crate::rules::RuleSet;
use std::ops::Range;

pub(super) fn parse(site: &Site, offices: &[usize], rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    let mut modifier = phrase::modifier_before(text, start).filter(|&(_, m)| m >= site.sentence.start);
    // The scan is case-blind and reports one spelling; packs may list several ("White House
    // Chief of Staff", "White House chief of staff"): the written one decides.
    let written = &text[start..end];
    let offices = match rules.title_offices(written) {
        Some(exact) => exact,
        None if same_words(written, site.pattern, modifier.is_some()) => offices,
        None => return None,
    };
    let mut rest = &text[end..];
    let mut suffixed = false;
    if let Ok((after, elect)) = phrase::elect_suffix(rest) {
        modifier = modifier.or(Some((elect, end)));
        suffixed = true;
        rest = after;
    }
    // "he has appointed as his Treasury Secretary Tom Hale": chosen, not yet in office.
    if modifier.is_none() && appointed_as(&text[site.sentence.start..start]) {
        modifier = Some((Modifier::Designate, start));
    }
    // "the alternative prime minister" is the opposition leader's title, not the office.
    if text[..start].ends_with("alternative ") || text[..start].ends_with("Alternative ") {
        return None;
    }
    if rest.starts_with('-') {
        return None; // "President-designate" and the like: not a title before a name
    }
    let name_start = text.len() - rest.len() + 1;
    let (after_name, name) = phrase::name(rest.strip_prefix(' ')?).ok()?;
    let phrase_start = modifier.map_or(start, |(_, m)| m.min(start));
    if modifier.is_none() && names_an_organisation(text, site.sentence.start, start) {
        return None;
    }
    let (name_text, people) = names::resolve(name.text, rules);
    let name_end = name_start + name_text.len();
    let flat = site.flat;
    // A suffix ("-elect", " nominee") is not a word before the title to delete.
    let modifier_span = modifier
        .filter(|&(m, at)| m != Modifier::Elect && !(suffixed && at >= end))
        .map(|(_, m)| flat.source_span(m..start));
    // After a possessive the verb belongs to what the person owns, not to the person.
    // After a possessive the verb belongs to what the person owns; after a preposition, to
    // some other subject ("the records of President Kennedy are …").
    let (tense, verb) = if name.possessive || verb::after_preposition(&text[site.sentence.start..phrase_start]) {
        (verb::Tense::None, "")
    } else {
        verb::verb_group(after_name)
    };
    let claim = TitleClaim {
        modifier: modifier.map(|(m, _)| m),
        modifier_span,
        title: text[start..end].to_string(),
        offices: offices.to_vec(),
        title_start: flat.source(start),
        title_span: flat.source_span(start..end),
        opens_sentence: opens_sentence(text, site.sentence.start, phrase_start),
        name: name_text.to_string(),
        people,
        tense,
        verb: verb.to_string(),
    };
    Some((ClaimKind::Title(claim), phrase_start..name_end))
}

fn opens_sentence(text: &str, sentence_start: usize, at: usize) -> bool {
    text[sentence_start..at]
        .chars()
        .all(|c| matches!(c, '"' | '“' | '‘' | '\'' | '(' | ' '))
}

/// "appointed as his", "named as her", "chose as their" right before a title.
fn appointed_as(before: &str) -> bool {
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    let [owner, as_, verb] = words.as_slice() else {
        return false;
    };
    matches!(*owner, "his" | "her" | "their" | "its")
        && *as_ == "as"
        && english::APPOINTING_VERBS.contains(&verb.to_lowercase().as_str())
}

fn names_an_organisation(text: &str, sentence_start: usize, title_start: usize) -> bool {
    let before_title = &text[sentence_start..title_start];
    // A title inside a longer one: "Vice-Foreign Minister", "Deputy-Chairman".
    if let Some(joined) = before_title.strip_suffix('-') {
        let word = joined.rsplit([' ', '(', '"', '“']).next().unwrap_or(joined);
        return word.chars().next().is_some_and(char::is_alphabetic);
    }
    let Some(before) = before_title.strip_suffix(' ') else {
        return false; // a quote mark or bracket: nothing qualifies the title
    };
    let word = before.rsplit(' ').next().unwrap_or(before);
    let word = word.trim_start_matches(['"', '“', '‘', '(']);
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    // "In Washington, President Ellen Park said", "Today, President …": an opening phrase
    // ends before the title. A comma after a name is a list or an apposition instead
    // ("Jennifer Granholm, Secretary of Energy Gina Raimondo, …"): the title may be the name's
    // before it, so it is left alone.
    if word.ends_with([';', ':', '—', '–']) {
        return false;
    }
    if word.ends_with(',') {
        let opener = before.split_whitespace().next().unwrap_or("");
        let opener = opener.trim_start_matches(['"', '“', '‘', '(']).trim_end_matches(',');
        let one_phrase = before.matches(',').count() == 1;
        return !(one_phrase && english::FUNCTION_WORDS.contains(&opener));
    }
    let first_in_sentence = before.len() == word.len() || before.trim_start_matches(['"', '“', '‘', '(']) == word;
    // A sentence may open on a function word ("The President …"); any other capitalised word
    // there names an organisation or country ("Chrysler President", "Russian Foreign
    // Minister") whose title this pack does not cover.
    !(first_in_sentence && english::FUNCTION_WORDS.contains(&word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisation_qualifiers() {
        let t = "Chrysler President Lee Iacocca said";
        assert!(names_an_organisation(t, 0, t.find("President").unwrap()));
        let t = "The President said";
        assert!(!names_an_organisation(t, 0, 4));
        let t = "He met Russian Foreign Minister";
        assert!(names_an_organisation(t, 0, t.find("Foreign").unwrap()));
        let t = "He met President";
        assert!(!names_an_organisation(t, 0, 7));
        let t = "He met Vice-Foreign Minister Li Wen";
        assert!(names_an_organisation(t, 0, t.find("Foreign").unwrap()));
        let t = "In Washington, President Ellen Park said";
        assert!(!names_an_organisation(t, 0, t.find("President").unwrap()));
        let t = "Today, President Ellen Park said";
        assert!(!names_an_organisation(t, 0, t.find("President").unwrap()));
        let t = "Guests: Jo Mae, Secretary of Energy Ann Lee, Secretary of Commerce";
        assert!(names_an_organisation(t, 0, t.find("Secretary of Energy").unwrap()));
    }

    #[test]
    fn appointed_as_a_title() {
        assert!(appointed_as("He has appointed as his "));
        assert!(appointed_as("Park named as her "));
        assert!(!appointed_as("He spoke as his "));
    }
}
