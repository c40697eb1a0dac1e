//! Ages: "Trump, 78," and "78-year-old Trump". Found by their shape, then the name beside the
//! number is looked up: the longest run of capitalised words that names someone in the packs.

use super::{AgeClaim, ClaimKind, Site};
use crate::grammar::phrase;
use crate::rules::RuleSet;
use nom::{
    IResult, Parser,
    bytes::complete::{tag, take_while_m_n},
    character::complete::one_of,
    combinator::map_res,
    sequence::{delimited, terminated},
};
use std::ops::Range;

fn number(i: &str) -> IResult<&str, u32> {
    map_res(take_while_m_n(1, 3, |c: char| c.is_ascii_digit()), str::parse).parse(i)
}

/// ", 78," (or ", 78." / ", 78)") after a name; not ", 4.6%".
fn apposed_age(i: &str) -> IResult<&str, u32> {
    let (rest, n) = delimited(tag(", "), number, one_of(",.;)")).parse(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, n))
}

/// "78-year-old " before a name.
fn year_old(i: &str) -> IResult<&str, u32> {
    terminated(number, tag("-year-old ")).parse(i)
}

/// Where an age may stand: the ", NN," after a word, or the "NN-year-old " before one.
pub(super) fn sites(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let apposed = text.match_indices(", ").filter_map(move |(i, _)| {
        let (_, age) = apposed_age(&text[i..]).ok()?;
        Some((i, i + 2 + age.to_string().len()))
    });
    let year_old = text.match_indices("-year-old ").filter_map(move |(i, _)| {
        let start = text[..i].rfind(|c: char| !c.is_ascii_digit()).map_or(0, |p| p + 1);
        (start < i && i - start <= 3).then_some((start, i + "-year-old ".len()))
    });
    apposed.chain(year_old)
}

pub(super) fn parse(site: &Site, rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    let flat = site.flat;
    if let Ok((_, age)) = year_old(&text[start..end]) {
        // "78-year-old Donald Trump": the name after.
        let (_, name) = phrase::name(&text[end..]).ok()?;
        let (name, people) = longest_known(name.text, rules, true)?;
        let digits = start..start + age.to_string().len();
        return Some(claim(
            name,
            people,
            age,
            flat.source_span(digits),
            start..end + name.len(),
        ));
    }
    let (_, age) = apposed_age(&text[start..]).ok()?;
    // "Donald Trump, 78,": the name before, which must end right at the comma and be the whole
    // capitalised run there, less a title ("President Donald Trump") — "Gabriella Soto, 19,"
    // is not the Soto of the packs.
    let before = &text[site.sentence.start..start];
    let run: Vec<&str> = before
        .rsplit(' ')
        .take(8)
        .take_while(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w))
        .collect();
    let run_len = run.iter().map(|w| w.len() + 1).sum::<usize>().saturating_sub(1);
    let run = &before[before.len() - run_len..];
    let (name, people) = longest_known(run, rules, false)?;
    let dropped = run[..run.len() - name.len()].trim_end();
    if !(dropped.is_empty() || rules.is_title(dropped) || OPENERS.contains(&dropped)) {
        return None;
    }
    let name_start = start - name.len();
    let digits = start + 2..end;
    Some(claim(name, people, age, flat.source_span(digits), name_start..end))
}

const PARTICLES: &[&str] = &["bin", "al", "de", "van", "von", "der", "da"];
const OPENERS: &[&str] = &["The", "A", "An", "But", "And", "When", "As", "After", "Before", "While"];

/// The longest run of leading (`from_start`) or trailing words of `words` that names someone.
fn longest_known<'a>(words: &'a str, rules: &RuleSet, from_start: bool) -> Option<(&'a str, Vec<usize>)> {
    let cuts: Vec<usize> = std::iter::once(0)
        .chain(words.match_indices(' ').map(|(i, _)| i + 1))
        .collect();
    let candidates: Vec<&str> = if from_start {
        let mut ends: Vec<usize> = words.match_indices(' ').map(|(i, _)| i).collect();
        ends.push(words.len());
        ends.into_iter().rev().map(|e| &words[..e]).collect()
    } else {
        cuts.into_iter().map(|c| &words[c..]).collect()
    };
    candidates.into_iter().find_map(|name| {
        let capitalised = name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) || w == "bin" || w == "al");
        let people = rules.people_named(name);
        (capitalised && !people.is_empty()).then(|| (name, people.to_vec()))
    })
}

fn claim(
    name: &str,
    people: Vec<usize>,
    age: u32,
    age_span: Range<usize>,
    phrase: Range<usize>,
) -> (ClaimKind, Range<usize>) {
    let c = AgeClaim {
        name: name.to_string(),
        people,
        age,
        age_span,
    };
    (ClaimKind::Age(c), phrase)
}
