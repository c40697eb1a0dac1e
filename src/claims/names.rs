//! Finding whom a name means: the longest known run of a capitalised name, before or after a
//! number, a verb or a modifier. Shared by the claims that hang on a bare name.

use crate::grammar::english;
use crate::grammar::phrase;
use crate::rules::RuleSet;

const MAX_NAME_WORDS: usize = 6;

/// The longest leading words of `name` that name someone in the packs: capitalised words run
/// on after names in wire copy ("Secretary of State George Shultz China’s troubles"). A name of
/// two or more words never shrinks to one: "Jack Kemp" is not a "Jack".
pub(super) fn resolve<'a>(name: &'a str, rules: &RuleSet) -> (&'a str, Vec<usize>) {
    // No name in a pack runs to more than a few words; a long capitalised run is not one.
    let mut end = name
        .match_indices(' ')
        .nth(MAX_NAME_WORDS - 1)
        .map_or(name.len(), |(i, _)| i);
    loop {
        let candidate = &name[..end];
        let people = rules.people_named(candidate);
        let next_word = name[end..].split_whitespace().next().unwrap_or("");
        if !people.is_empty() && !english::NAME_SUFFIXES.contains(&next_word) {
            return (candidate, people.to_vec());
        }
        // Shorten to at least two words: "Jack Kemp" must not fall back to a "Jack".
        match candidate.rfind(' ').filter(|&i| candidate[..i].contains(' ')) {
            Some(i) => end = i,
            None => return (name, Vec::new()),
        }
    }
}

/// A bare surname names too many people the packs do not hold ("Gandhi says" in 2021 is
/// Rahul, not Indira): claims that hang on a name alone need a full one.
pub(super) fn is_full(name: &str) -> bool {
    name.contains(' ')
}

/// The name that ends at `at` (", 78," / " says"): the whole capitalised run there, less a
/// title or a sentence opener before it ("President Donald Trump", "The Donald Trump"), must
/// name someone — "Gabriella Soto" is not the Soto of the packs. Returns its start too.
pub(super) fn name_before<'a>(
    text: &'a str,
    sentence_start: usize,
    at: usize,
    rules: &RuleSet,
) -> Option<(usize, &'a str, Vec<usize>)> {
    let before = &text[sentence_start..at];
    let run: Vec<&str> = before
        .rsplit(' ')
        .take(8)
        // A colon or semicolon ends what comes before it: "Birthdays: Ann Berg".
        .take_while(|w| {
            (w.starts_with(char::is_uppercase) || english::SURNAME_PARTICLES.contains(w)) && !w.ends_with([':', ';'])
        })
        .collect();
    let run_len = run.iter().map(|w| w.len() + 1).sum::<usize>().saturating_sub(1);
    let run = &before[before.len() - run_len..];
    // Drop leading words one at a time; what is dropped must be a title or an opener.
    let mut cut = 0;
    loop {
        let name = &run[cut..];
        let dropped = run[..cut].trim_end();
        let people = rules.people_named(name);
        if !people.is_empty()
            && (dropped.is_empty() || is_title(dropped, rules) || english::FUNCTION_WORDS.contains(&dropped))
        {
            return Some((at - name.len(), name, people.to_vec()));
        }
        cut += name.find(' ')? + 1;
    }
}

/// A title, bare or after its modifier: "President", "Former President", "ex-President".
fn is_title(words: &str, rules: &RuleSet) -> bool {
    rules.is_title(words)
        || words.match_indices([' ', '-']).map(|(i, _)| i + 1).any(|at| {
            phrase::modifier_before(words, at).is_some_and(|(_, start)| start == 0) && rules.is_title(&words[at..])
        })
}

/// The name that starts at `at` ("78-year-old Donald Trump", "the late Henry Kissinger").
pub(super) fn name_after<'a>(text: &'a str, at: usize, rules: &RuleSet) -> Option<(&'a str, Vec<usize>)> {
    let (_, name) = phrase::name(&text[at..]).ok()?;
    let (name, people) = resolve(name.text, rules);
    (!people.is_empty()).then_some((name, people))
}

/// Of the people a name fits, those whose occupation the sentence names ("the singer Ann
/// Berg", "Ann Berg, a physicist,"): where some do and others do not, the words choose; where
/// none or all do, every reading stays.
pub(super) fn by_occupation(people: Vec<usize>, sentence: &str, rules: &RuleSet) -> Vec<usize> {
    if people.len() < 2 {
        return people;
    }
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(str::to_lowercase)
        .collect();
    let named = |p: &usize| {
        rules.people[*p].occupation.as_deref().is_some_and(|o| {
            let o = o.to_lowercase();
            let first = o.split(' ').next().unwrap_or_default();
            // "singer-songwriter" is named by "singer"; a plural ("singers") too.
            words
                .iter()
                .any(|w| *w == o || w == first || w.strip_suffix('s') == Some(first))
        })
    };
    let chosen: Vec<usize> = people.iter().copied().filter(named).collect();
    if chosen.is_empty() || chosen.len() == people.len() {
        people
    } else {
        chosen
    }
}
