//! The verb after a subject ("the Biden administration also aims …") and its tense.

use super::english;
use nom::{IResult, Parser, bytes::complete::take_while1, character::complete::char, sequence::preceded};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Tense {
    /// "is", "aims": a claim about the present.
    Present,
    /// "has objected", "has been": a past act of a subject that still exists.
    PresentPerfect,
    /// "was", "had aimed", "sought".
    Past,
    /// "will": a claim about the future, as binding as the present.
    Future,
    /// "would", "could", "may": hypothetical or reported; claims nothing on its own.
    Modal,
    /// No verb directly after the subject (a possessive, a comma, a noun).
    None,
}

/// Does `before` end with a preposition? Then the phrase after it is no verb's subject:
/// "the assassination of President Kennedy are …", "caused by the Biden Administration have …".
pub fn after_preposition(before: &str) -> bool {
    let word = before.split_whitespace().next_back().unwrap_or("");
    english::PREPOSITIONS.contains(&word.to_lowercase().as_str())
}

fn word(i: &str) -> IResult<&str, &str> {
    preceded(
        char(' '),
        take_while1(|c: char| c.is_alphabetic() || c == '\'' || c == '’'),
    )
    .parse(i)
}

/// The tense of the verb group at the start of `i` (which starts with the space after the
/// subject), and the verb as written.
pub fn verb_group(mut i: &str) -> (Tense, &str) {
    i = skip_party_tag(i);
    loop {
        let Ok((rest, w)) = word(i) else {
            return (Tense::None, "");
        };
        // "has" is an auxiliary: "has objected", "has been" are present perfect.
        if w == "has" || w == "have" {
            return (Tense::PresentPerfect, w);
        }
        if english::ADVERBS.contains(&w) || (w.ends_with("ly") && w.len() > 4 && w != "supply" && w != "apply") {
            i = rest;
            continue;
        }
        if !w.starts_with(|c: char| c.is_lowercase()) {
            return (Tense::None, "");
        }
        let tense = if english::PRESENT_VERBS.contains(&w) {
            Tense::Present
        } else if is_past(w) {
            Tense::Past
        } else if english::FUTURE_AUXILIARIES.contains(&w) {
            Tense::Future
        } else if english::MODALS.contains(&w) {
            Tense::Modal
        } else if is_present_third_person(w) {
            Tense::Present
        } else {
            Tense::None
        };
        return (tense, w);
    }
}

/// A past form: an irregular past, or a lower-case word in "-ed".
pub fn is_past(w: &str) -> bool {
    english::PAST_VERBS.contains(&w) || (w.ends_with("ed") && w.len() > 3 && w.starts_with(|c: char| c.is_lowercase()))
}

/// Is there a past verb in the clause that ends at `before`'s end ("You spoke to …")? The
/// clause starts after the last comma, semicolon or colon.
pub fn past_in_clause(before: &str) -> bool {
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    // A participle before "by" describes ("a government led by …"): it is no clause's verb.
    words
        .iter()
        .enumerate()
        .any(|(i, w)| is_past(w) && words.get(i + 1) != Some(&"by"))
}

/// A party-and-state tag after a legislator's name belongs to the name, not the sentence:
/// " (D-Mass.) said", ", R-Texas, said".
fn skip_party_tag(i: &str) -> &str {
    let tag = |s: &str| {
        let mut c = s.chars();
        matches!(c.next(), Some('D' | 'R' | 'I')) && c.next() == Some('-') && s.len() <= 24
    };
    if let Some(rest) = i.strip_prefix(" (")
        && let Some(end) = rest.find(')')
        && tag(&rest[..end])
    {
        return &rest[end + 1..];
    }
    if let Some(rest) = i.strip_prefix(", ")
        && let Some(end) = rest.find(',')
        && tag(&rest[..end])
    {
        return &rest[end + 1..];
    }
    i
}

fn is_present_third_person(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !english::NOUNS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenses() {
        assert_eq!(verb_group(" also aims to improve"), (Tense::Present, "aims"));
        assert_eq!(verb_group(" is totally opposed"), (Tense::Present, "is"));
        assert_eq!(verb_group(" has objected to"), (Tense::PresentPerfect, "has"));
        assert_eq!(verb_group(" had aimed"), (Tense::Past, "had"));
        assert_eq!(verb_group(" sought to"), (Tense::Past, "sought"));
        assert_eq!(verb_group(" will ask"), (Tense::Future, "will"));
        assert_eq!(verb_group(" would ask"), (Tense::Modal, "would"));
        assert_eq!(verb_group(" officials said"), (Tense::None, "officials"));
        assert_eq!(verb_group("’s policy"), (Tense::None, ""));
        assert_eq!(verb_group(", which"), (Tense::None, ""));
        assert_eq!(verb_group(" quietly wants"), (Tense::Present, "wants"));
        assert!(after_preposition("the assassination of"));
        assert_eq!(verb_group(" (D-Mass.) said"), (Tense::Past, "said"));
        assert_eq!(verb_group(", R-Texas, says"), (Tense::Present, "says"));
        assert_eq!(verb_group(", who said"), (Tense::None, ""));
        assert!(!after_preposition("Officials said the"));
    }
}
