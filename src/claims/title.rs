//! "former US President Donald Trump’s": [modifier] title name [possessive].

use super::{ClaimKind, Site, TitleClaim, TitleShape, names, same_words};
use crate::grammar::english;
use crate::grammar::phrase::{self, Modifier, Name};
use crate::grammar::verb::{self, Tense};
use crate::grammar::{apposition, countries};
use crate::rules::RuleSet;
use std::ops::Range;

pub(super) fn parse(site: &Site, offices: &[usize], rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    let mut modifier = phrase::modifier_before(text, start).filter(|&(_, m)| m >= site.sentence.start);
    let written = &text[start..end];
    let exact = rules.title_offices(written);
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
    // "the president of Ghana, Ian Moss", "Norway's prime minister", "Russian former
    // President": a country beside the title fixes the office.
    let lead = modifier.map_or(start, |(_, at)| at.min(start));
    let country_after = countries::after_title(rest);
    let leading = &text[site.sentence.start..lead];
    let country_before = countries::before(leading);
    let country_beside = country_after
        .map(|(code, _)| code)
        .or(country_before.map(|(code, _)| code));
    // "Zambian President Kenneth Kaunda" is Zambia's president, but "Bank of China President"
    // an organisation's: a country written after "of" or "for" ends an organisation's name.
    let country_qualifies = country_before.is_some_and(|(_, at)| {
        let mut words = leading[..at].split_whitespace().rev().skip_while(|w| *w == "the");
        !words.next().is_some_and(|w| matches!(w, "of" | "for"))
    });
    // "Former Zambian President …": the modifier before the country is the title's; deleting
    // it leaves the country.
    let mut modifier_end = start;
    if modifier.is_none()
        && country_qualifies
        && let Some((_, at)) = country_before
    {
        let country_at = site.sentence.start + at;
        if let Some(found) = phrase::modifier_before(text, country_at).filter(|&(_, m)| m >= site.sentence.start) {
            modifier = Some(found);
            modifier_end = country_at;
        }
    }
    if let Some((_, len)) = country_after {
        rest = &rest[len..];
    }
    let after_title = text.len() - rest.len();
    let found = attach(site, rules, modifier, after_title, qualified(site.pattern, rules))?;
    if found.shape != TitleShape::Prefixed && names::resolve(found.name.text, rules).1.is_empty() {
        return None; // in apposition, only a name the packs know is sure to be a person's
    }
    // A country's name or demonym right before the title is no organisation's: "Zambian
    // President Kenneth Kaunda" is Zambia's president.
    if found.shape == TitleShape::Prefixed
        && modifier.is_none()
        && !country_qualifies
        && names_an_organisation(text, site.sentence.start, start)
    {
        return None;
    }
    if found.held_before {
        modifier = modifier.or(Some((Modifier::Then, start)));
    }
    // The scan is case-blind and reports one spelling; packs may list several ("White House
    // Chief of Staff", "White House chief of staff"): the written one decides. A title in
    // apposition is written in lower case ("the home secretary, Tom Hale").
    let lenient = modifier.is_some() || found.shape != TitleShape::Prefixed;
    let offices = match exact {
        Some(exact) => exact,
        None if same_words(written, site.pattern, lenient) => offices,
        None => return None,
    };
    // An office whose country no pack gives may be that country's: it stays.
    let offices: Vec<usize> = match country_beside {
        Some(code) => offices
            .iter()
            .copied()
            .filter(|&o| rules.offices[o].country.as_deref().is_none_or(|c| c == code))
            .collect(),
        None => offices.to_vec(),
    };
    if offices.is_empty() {
        return None; // "the president of Ghana" where no pack knows Ghana's presidency
    }
    // The pack's spelling of what was written (the scan is case-blind): "Ghana's President"
    // for "Ghana's president".
    let canonical = if exact.is_some() { written } else { site.pattern };
    let before = countries::before_title(canonical, |bare| rules.title_offices(bare).is_some())
        .filter(|_| canonical.len() == written.len());
    let (country, office_words) = match (country_beside, before) {
        (Some(code), _) => (Some(code), 0..written.len()),
        (None, Some((code, at))) => (Some(code), at..written.len()),
        (None, None) => (None, 0..written.len()),
    };
    let (name_text, people) = names::resolve(found.name.text, rules);
    let name_end = found.name_start + name_text.len();
    let flat = site.flat;
    // A suffix ("-elect", " nominee") is not a word before the title to delete.
    // "Ian Moss, a former president": without "former", "a" would be wrong too.
    let indefinite = |at: usize| text[..at].ends_with("a ") || text[..at].ends_with("an ");
    let modifier_at = modifier
        .filter(|&(m, at)| m != Modifier::Elect && !(suffixed && at >= end) && at < start && !indefinite(at))
        .map(|(_, at)| at);
    let modifier_span = modifier_at.map(|at| flat.source_span(at..modifier_end));
    let phrase = match found.shape {
        TitleShape::AfterApposition => found.phrase.clone(),
        _ => found.phrase.start..name_end,
    };
    let insert_at = start + possessive_prefix(written);
    let claim = TitleClaim {
        modifier: modifier.map(|(m, _)| m),
        modifier_span,
        title: written.to_string(),
        offices,
        country: country.map(str::to_string),
        office_words,
        title_start: flat.source(insert_at),
        title_span: flat.source_span(start..end),
        // A fix may replace the modifier ("Incoming President" → "Former President").
        opens_sentence: opens_sentence(text, site.sentence.start, modifier_at.unwrap_or(insert_at)),
        name: name_text.to_string(),
        shape: found.shape,
        indefinite: modifier.is_some_and(|(_, at)| indefinite(at)),
        relative_verb: found.relative_verb.clone().map(|v| flat.source_span(v)),
        people,
        tense: found.tense,
        verb: found.verb.to_string(),
    };
    Some((ClaimKind::Title(claim), phrase))
}

/// The name a title is attached to, how, and the person's verb.
struct Attached<'a> {
    shape: TitleShape,
    name: Name<'a>,
    name_start: usize,
    /// From the phrase's first word (a modifier, the title, or the name) to its last.
    phrase: Range<usize>,
    held_before: bool,
    /// "is" in "Park, who is prime minister,", and where it is.
    relative_verb: Option<Range<usize>>,
    tense: Tense,
    verb: &'a str,
}

/// "Prime Minister Ellen Park", "the prime minister, Ellen Park,", "Ellen Park, the prime
/// minister,": the title's name, in the first of these shapes that fits.
fn attach<'a>(
    site: &Site<'a>,
    rules: &RuleSet,
    modifier: Option<(Modifier, usize)>,
    after_title: usize,
    qualified: bool,
) -> Option<Attached<'a>> {
    let text = site.flat.text.as_str();
    let sentence_start = site.sentence.start;
    let lead = modifier.map_or(site.start, |(_, m)| m.min(site.start));
    if let Some(rest) = text[after_title..].strip_prefix(' ')
        && let Ok((after_name, name)) = phrase::name(rest)
    {
        // After a possessive the verb belongs to what the person owns; after a preposition, to
        // some other subject ("the records of President Kennedy are …").
        let (tense, verb) = if name.possessive || verb::after_preposition(&text[sentence_start..lead]) {
            (Tense::None, "")
        } else {
            verb::verb_group(after_name)
        };
        return Some(Attached {
            shape: TitleShape::Prefixed,
            name,
            name_start: after_title + 1,
            phrase: lead..lead,
            held_before: false,
            relative_verb: None,
            tense,
            verb,
        });
    }
    if let Some(a) = apposition::name_after(text, sentence_start, lead, after_title, qualified) {
        let (tense, verb) = if verb::after_preposition(&text[sentence_start..lead]) {
            (Tense::None, "")
        } else {
            verb::verb_group(a.verb_after)
        };
        return Some(Attached {
            shape: TitleShape::BeforeApposition,
            name: a.name,
            name_start: a.name_start,
            phrase: a.phrase,
            held_before: false,
            relative_verb: None,
            tense,
            verb,
        });
    }
    let after = apposition::title_after_comma(text, sentence_start, lead, after_title)?;
    // Before the comma, the name must be someone's: "the Secretary of the Treasury, the
    // Secretary of Commerce" lists two titles, "Specifically, the President" opens a clause.
    let (name_start, name_text, _) = names::name_before(text, sentence_start, after.name_end, rules)?;
    let (tense, verb) = match &after.relative_verb {
        Some((verb, _)) => (verb::verb_group(&format!(" {verb}")).0, *verb),
        None if verb::after_preposition(&text[sentence_start..name_start]) => (Tense::None, ""),
        None => verb::verb_group(after.verb_after),
    };
    Some(Attached {
        shape: TitleShape::AfterApposition,
        name: Name {
            text: name_text,
            possessive: false,
        },
        name_start,
        phrase: name_start..after_title,
        held_before: after.held_before,
        relative_verb: after.relative_verb.map(|(_, span)| span),
        tense,
        verb,
    })
}

/// A title that names its country ("Britain's Prime Minister", "French President"): the packs
/// know it without its first word too.
fn qualified(written: &str, rules: &RuleSet) -> bool {
    written
        .split_once(' ')
        .is_some_and(|(_, bare)| rules.title_offices(bare).is_some())
}

/// "Britain's " in "Britain's Prime Minister": "former" goes after it.
fn possessive_prefix(written: &str) -> usize {
    ["'s ", "’s "]
        .iter()
        .filter_map(|p| written.find(p).map(|i| i + p.len()))
        .min()
        .unwrap_or(0)
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
    if word.ends_with([';', ':', '—', '–']) || is_style_of_address(before, word) {
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

/// "His Majesty" or "Her Excellency" ends `before`, whose last word is `word`.
fn is_style_of_address(before: &str, word: &str) -> bool {
    let opener = before[..before.len() - word.len()].split_whitespace().next_back();
    english::STYLE_NOUNS.contains(&word)
        && opener.is_some_and(|w| english::STYLE_OPENERS.contains(&w.trim_start_matches(['"', '“', '‘', '('])))
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
        let t = "He met with His Majesty King Omar II of Utopia";
        assert!(!names_an_organisation(t, 0, t.find("King").unwrap()));
        let t = "Her Excellency President Ellen Park arrived";
        assert!(!names_an_organisation(t, 0, t.find("President").unwrap()));
        let t = "He met His Royal Highness Crown Prince Ali";
        assert!(!names_an_organisation(t, 0, t.find("Crown").unwrap()));
        // Not a style: "Majesty" alone, or in a name.
        let t = "He met Majesty President Ellen Park";
        assert!(names_an_organisation(t, 0, t.find("President").unwrap()));
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
