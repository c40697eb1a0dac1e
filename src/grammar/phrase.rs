//! Person phrases: capitalised name sequences ("Faisal bin Farhan", "George H. W. Bush"),
//! possessives ("Trump’s"), and the modifiers that stand before a title ("former", "ex-").

use super::english;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while},
    character::complete::satisfy,
    combinator::{recognize, verify},
    multi::many0,
    sequence::{pair, preceded},
};

/// Not a weekday, and not a month that starts a date: "Theresa May said" names her, "Reagan
/// May 5" does not.
fn is_name_word(w: &str, rest: &str) -> bool {
    let bare = w.trim_end_matches('.');
    let no_possessive = w.trim_end_matches(['.', '’', '\'', 's']);
    let dated = rest
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    ![bare, no_possessive].iter().any(|w| {
        english::NOT_NAMES.contains(w) || english::WEEKDAYS.contains(w) || (dated && english::MONTHS.contains(w))
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Modifier {
    Former,
    Ex,
    Then,
    Late,
    Outgoing,
    Incoming,
    Acting,
    Interim,
    Future,
    Elect,
    /// "-designate", "designated", "nominee": chosen, not yet in office — read as "-elect".
    Designate,
}

/// A name as written, and whether a possessive ending followed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name<'a> {
    pub text: &'a str,
    pub possessive: bool,
}

fn is_name_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.')
}

/// One capitalised word ("Trump’s", "H.", "al-Aiban", "O'Brien").
fn capitalised_word(i: &str) -> IResult<&str, &str> {
    let lower_prefixed = recognize(pair(
        alt((tag("al-"), tag("el-"), tag("ad-"), tag("as-"))),
        pair(satisfy(char::is_uppercase), take_while(is_name_char)),
    ));
    let plain = recognize(pair(satisfy(char::is_uppercase), take_while(is_name_char)));
    let (rest, w) = alt((lower_prefixed, plain)).parse(i)?;
    if !is_name_word(w, rest) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((rest, w))
}

fn particle(i: &str) -> IResult<&str, &str> {
    verify(take_while(|c: char| c.is_ascii_lowercase()), |w: &str| {
        english::NAME_PARTICLES.contains(&w)
    })
    .parse(i)
}

/// A name: capitalised words, single spaces between, particles inside ("bin", "von der").
pub fn name(i: &str) -> IResult<&str, Name<'_>> {
    let (_, raw) = recognize(pair(
        capitalised_word,
        many0(preceded(
            tag(" "),
            recognize(pair(many0(pair(particle, tag(" "))), capitalised_word)),
        )),
    ))
    .parse(i)?;
    // A full stop after a word that is no initial ends the sentence, and the name with it:
    // "the late Ronald Reagan. Mourners came" names Ronald Reagan.
    let keeps_stop = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count() <= 2 || w == "Jr." || w == "Sr.";
    let mut offset = 0;
    let mut raw = raw;
    for word in raw.split(' ') {
        offset += word.len();
        // A possessive ends the name as a stop does: "President Biden’s Call With" (a
        // headline in title case) names Biden.
        let ends = (word.ends_with('.') && !keeps_stop(word)) || word.ends_with("’s") || word.ends_with("'s");
        if ends && offset < raw.len() {
            raw = &raw[..offset];
            break;
        }
        offset += 1;
    }
    // Give back what belongs to the sentence, not the name: a possessive, a final full stop.
    let mut text = raw;
    let mut possessive = false;
    for ending in ["’s", "'s"] {
        if let Some(stripped) = text.strip_suffix(ending) {
            text = stripped;
            possessive = true;
        }
    }
    // A bare apostrophe after an s is a possessive too: "James Moss' talks".
    for ending in ["s’", "s'"] {
        if !possessive && text.ends_with(ending) {
            text = &text[..text.len() - ending.len() + 1];
            possessive = true;
        }
    }
    if !possessive {
        let last = text.rsplit(' ').next().unwrap_or(text);
        if last.ends_with('.') && !keeps_stop(last) {
            text = &text[..text.len() - 1];
        }
    }
    text = text.trim_end_matches(['-', '’', '\'']);
    let consumed = if possessive { raw.len() } else { text.len() };
    Ok((&i[consumed..], Name { text, possessive }))
}

/// The modifier written just before a title that starts at `pos`, and where it starts.
pub fn modifier_before(text: &str, pos: usize) -> Option<(Modifier, usize)> {
    let before = &text[..pos];
    const FORMS: &[(&str, Modifier)] = &[
        ("former ", Modifier::Former),
        ("ex-", Modifier::Ex),
        ("ex ", Modifier::Ex),
        ("then-", Modifier::Then),
        ("then ", Modifier::Then),
        ("late ", Modifier::Late),
        ("outgoing ", Modifier::Outgoing),
        ("incoming ", Modifier::Incoming),
        ("acting ", Modifier::Acting),
        ("interim ", Modifier::Interim),
        ("future ", Modifier::Future),
        // Not yet in office, and right to say so: no fact decides these.
        ("presumptive ", Modifier::Future),
        ("likely ", Modifier::Future),
        ("new ", Modifier::Future),
        ("newly elected ", Modifier::Elect),
        ("newly-elected ", Modifier::Elect),
        ("designated ", Modifier::Designate),
        ("designate ", Modifier::Designate),
    ];
    for (form, modifier) in FORMS {
        let Some(start) = before.len().checked_sub(form.len()) else {
            continue;
        };
        let Some(written) = before.get(start..) else {
            continue;
        };
        let first_ok = written.eq_ignore_ascii_case(form) && written[1..] == form[1..];
        let word_start = before[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        if first_ok && word_start {
            return Some((*modifier, start));
        }
    }
    None
}

/// "-elect" right after a title, or what means the same: "-designate", " designate",
/// " nominee" ("Defence Secretary-designate Tom Hale", "Secretary of State nominee Tom Hale").
pub fn elect_suffix(i: &str) -> IResult<&str, Modifier> {
    let elect = alt((tag("-elect"), tag("-Elect")));
    let designate = alt((
        tag("-designate"),
        tag("-Designate"),
        tag(" designate"),
        tag(" nominee"),
        tag(" Nominee"),
    ));
    alt((
        nom::combinator::value(Modifier::Elect, elect),
        nom::combinator::value(Modifier::Designate, designate),
    ))
    .parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(i: &str) -> (&str, &str, bool) {
        let (rest, name) = name(i).unwrap();
        (name.text, rest, name.possessive)
    }

    #[test]
    fn names_with_initials_particles_and_possessives() {
        assert_eq!(
            n("Donald Trump’s earlier comments"),
            ("Donald Trump", " earlier comments", true)
        );
        assert_eq!(n("George H. W. Bush said"), ("George H. W. Bush", " said", false));
        assert_eq!(n("Faisal bin Farhan and"), ("Faisal bin Farhan", " and", false));
        assert_eq!(n("Daniel arap Moi said"), ("Daniel arap Moi", " said", false));
        assert_eq!(
            n("Jose Eduardo dos Santos said"),
            ("Jose Eduardo dos Santos", " said", false)
        );
        assert_eq!(
            n("Mosaad bin Mohammad al-Aiban are"),
            ("Mosaad bin Mohammad al-Aiban", " are", false)
        );
        assert_eq!(n("Reagan."), ("Reagan", ".", false));
        assert_eq!(
            n("Ronald Reagan. Mourners came"),
            ("Ronald Reagan", ". Mourners came", false)
        );
        assert_eq!(n("Reagan Tuesday said"), ("Reagan", " Tuesday said", false));
        assert_eq!(n("Theresa May said"), ("Theresa May", " said", false));
        assert_eq!(n("Reagan March 5 said"), ("Reagan", " March 5 said", false));
        assert_eq!(n("Biden Administration is"), ("Biden", " Administration is", false));
        assert_eq!(n("Donald Trump Jr. said"), ("Donald Trump Jr.", " said", false));
        assert_eq!(n("James Moss' talks"), ("James Moss", " talks", true));
        assert_eq!(n("James Moss’ talks"), ("James Moss", " talks", true));
        // A headline in title case: the possessive ends the name.
        assert_eq!(n("Biden’s Call With Leaders"), ("Biden", " Call With Leaders", true));
        assert!(name("the president").is_err());
    }

    #[test]
    fn a_headline_verb_or_a_body_ends_a_name() {
        assert_eq!(
            n("Biden Announces Key Nominees"),
            ("Biden", " Announces Key Nominees", false)
        );
        assert_eq!(
            n("Ellen Park Signs Executive Order"),
            ("Ellen Park", " Signs Executive Order", false)
        );
        // "Justice Department": no name at all.
        assert!(name("Department officials said").is_err());
    }

    #[test]
    fn modifiers_before_a_title() {
        let t = "in response to former US President";
        let pos = t.find("US").unwrap();
        assert_eq!(
            modifier_before(t, pos),
            Some((Modifier::Former, t.find("former").unwrap()))
        );
        let t = "Former President";
        assert_eq!(modifier_before(t, 7), Some((Modifier::Former, 0)));
        let t = "then-President";
        assert_eq!(modifier_before(t, 5), Some((Modifier::Then, 0)));
        let t = "the late President";
        assert_eq!(modifier_before(t, 9), Some((Modifier::Late, 4)));
        let t = "translate President";
        assert_eq!(modifier_before(t, 10), None);
        let t = "FORMER President";
        assert_eq!(modifier_before(t, 7), None);
        assert_eq!(elect_suffix("-elect Biden"), Ok((" Biden", Modifier::Elect)));
    }
}
