//! Ages: "Trump, 78," and "78-year-old Trump". Found by their shape, then the name beside the
//! number is looked up: the longest run of capitalised words that names someone in the packs.

use super::{AgeClaim, ClaimKind, Site, names};
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

/// The bytes of the digits `text` starts with: "07" is two, though 7 prints as one.
fn digits_len(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
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

/// The site of an age at a ", " or "-year-old " found at `s..e`: the ", NN," after a word,
/// or the "NN-year-old " before one.
pub(super) fn site(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    if &text[s..e] == ", " {
        apposed_age(&text[s..]).ok()?;
        return Some((s, s + 2 + digits_len(&text[s + 2..])));
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
        let digits = start..start + digits_len(&text[start..]);
        return Some(claim(
            name,
            people,
            age,
            flat.source_span(digits),
            start..end + name.len(),
        ));
    }
    let (_, age) = apposed_age(&text[start..]).ok()?;
    // "Donald Trump, 78,": the name before, ending right at the comma.
    let (name_start, name, people) =
        names::name_before(text, site.sentence.start, start, rules).filter(|(_, n, _)| names::is_full(n))?;
    let digits = start + 2..end;
    Some(claim(name, people, age, flat.source_span(digits), name_start..end))
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
