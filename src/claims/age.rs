//! Ages: "Trump, 78,", "Trump, aged 78,", "Trump (78)", "Ann Berg, singer, 49" and
//! "78-year-old Trump". Found by their shape, then the name beside the number is looked up: the
//! longest run of capitalised words that names someone in the packs.

use super::{AgeClaim, ClaimKind, Site, names};
use crate::rules::RuleSet;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while_m_n},
    character::complete::one_of,
    combinator::{map_res, opt},
    sequence::{delimited, preceded, terminated},
};
use std::ops::Range;

fn number(i: &str) -> IResult<&str, u32> {
    map_res(take_while_m_n(1, 3, |c: char| c.is_ascii_digit()), str::parse).parse(i)
}

/// The bytes of the digits `text` starts with: "07" is two, though 7 prints as one.
fn digits_len(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
}

/// ", 78," (or ", 78." / ", 78)", ", aged 78,") after a name; not ", 4.6%".
fn apposed_age(i: &str) -> IResult<&str, u32> {
    let aged = opt(alt((tag("aged "), tag("age "))));
    let (rest, n) = delimited(tag(", "), preceded(aged, number), one_of(",.;)")).parse(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, n))
}

/// " (78)" after a name.
fn bracketed_age(i: &str) -> IResult<&str, u32> {
    let (rest, n) = delimited(tag(" ("), number, tag(")")).parse(i)?;
    Ok((rest, n))
}

/// "78-year-old " before a name.
fn year_old(i: &str) -> IResult<&str, u32> {
    terminated(number, tag("-year-old ")).parse(i)
}

/// The site of an age at a ", " or "-year-old " found at `s..e`: the ", NN," after a word,
/// or the "NN-year-old " before one.
pub(super) fn site(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if &text[s..e] == ", " {
        // Most commas are no age: only a digit or "age(d)" can follow one that is.
        if !text[e..].starts_with(|c: char| c.is_ascii_digit() || c == 'a') {
            return None;
        }
        let (rest, _) = apposed_age(&text[s..]).ok()?;
        return Some((s, text.len() - rest.len() - 1));
    }
    if &text[s..e] == " (" {
        let (rest, _) = bracketed_age(&text[s..]).ok()?;
        return Some((s, text.len() - rest.len()));
    }
    // The digits just before: trimmed off, not found by the last non-digit's index plus one,
    // which lands inside a multibyte character ("”78-year-old").
    let start = text[..s].trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (start < s && s - start <= 3).then_some((start, e))
}

pub(super) fn parse(site: &Site, rules: &RuleSet) -> Option<(ClaimKind, Range<usize>)> {
    let text = site.flat.text.as_str();
    let (start, end) = (site.start, site.end);
    let flat = site.flat;
    if let Ok((_, age)) = year_old(&text[start..end]) {
        // "78-year-old Donald Trump": the name after.
        let (name, people) = names::name_after(text, end, rules).filter(|(n, _)| names::is_full(n))?;
        let people = names::by_occupation(people, site.nearby(), rules);
        let digits = start..start + digits_len(&text[start..]);
        return Some(claim(
            name,
            people,
            age,
            flat.source_span(digits),
            start..end + name.len(),
        ));
    }
    let (age, digits_end) = match bracketed_age(&text[start..]) {
        Ok((_, age)) => (age, end - 1),
        Err(_) => (apposed_age(&text[start..]).ok()?.1, end),
    };
    // "Donald Trump, 78,", "Donald Trump (78)": the name before, ending right at the comma or
    // the bracket; "Ann Berg, singer, 49": before the words that describe her.
    let name_end = [start, described_from(text, site.sentence.start, start).unwrap_or(start)]
        .into_iter()
        .find(|&at| {
            names::name_before(text, site.sentence.start, at, rules).is_some_and(|(_, n, _)| names::is_full(n))
        })?;
    let (name_start, name, people) = names::name_before(text, site.sentence.start, name_end, rules)?;
    let people = names::by_occupation(people, site.nearby(), rules);
    let digits = digits_end - age_digits(text, digits_end)..digits_end;
    let mut c = claim(name, people, age, flat.source_span(digits), name_start..end);
    if let ClaimKind::Age(a) = &mut c.0 {
        a.birthday = about_birthdays(site.nearby()) || about_birthdays(opening(text));
    }
    Some(c)
}

/// How many digits end at `end` ("07" is two: the span is the number as written).
fn age_digits(text: &str, end: usize) -> usize {
    text[..end].bytes().rev().take_while(u8::is_ascii_digit).count()
}

/// Where the name ends before ", singer, 49" / ", a former footballer, 49": the comma before
/// one to three lower-case words right before the age's comma (or `at` itself when there are
/// none: an invalid place no name ends at).
fn described_from(text: &str, sentence_start: usize, at: usize) -> Option<usize> {
    let before = &text[sentence_start..at];
    let comma = before.rfind(", ")?;
    let words = &before[comma + 2..];
    let described = !words.is_empty()
        && words.split(' ').count() <= 3
        && words
            .split(' ')
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'));
    Some(if described { sentence_start + comma } else { at })
}

/// A birthday list or story: its age may be the one turned that day.
fn about_birthdays(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("birthday")
}

/// The first few hundred bytes of a passage: a "Birthdays:" heading.
fn opening(text: &str) -> &str {
    &text[..text.floor_char_boundary(200)]
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
        birthday: false,
    };
    (ClaimKind::Age(c), phrase)
}
