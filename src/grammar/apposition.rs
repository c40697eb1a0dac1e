//! Titles beside a name rather than before it, as British and wire copy writes them:
//! "Norway's prime minister, Ellen Park, said", "Tom Hale, the home secretary, said",
//! "Park, who is prime minister, …", "Ian Moss, a former president, …".
//!
//! Only shapes that cannot be a list are read: "the president, Ellen Park, and Jon Lie" may name
//! three people, so it names none here.

use super::phrase::{self, Name};
use super::verb;
use std::ops::Range;

/// A name after a title, in apposition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Apposed<'a> {
    pub name: Name<'a>,
    /// Where the name starts in the text.
    pub name_start: usize,
    /// The text after which the person's verb is read ("said" in "…, Ellen Park, said").
    pub verb_after: &'a str,
    /// The phrase from the title (or its modifier) to the name's end.
    pub phrase: Range<usize>,
}

/// Punctuation that closes an apposition.
const CLOSERS: &[char] = &[',', '.', ';', ':', ')', '—', '–'];

/// Relative clauses that give a title: the verb, and whether it tells of a past term.
const RELATIVE: &[(&str, &str, bool)] = &[
    ("who is ", "is", false),
    ("who has been ", "has been", false),
    ("who was ", "was", true),
    ("who had been ", "had been", true),
    ("who served as ", "served", true),
];

/// "the prime minister, Ellen Park,": `lead` is where the title (or its modifier) starts,
/// `after_title` the text right after the title. The title needs "the" before it (or a
/// country in the title itself, `qualified`): "club president, Ian Moss" is not the office.
pub fn name_after<'a>(
    text: &'a str,
    sentence_start: usize,
    lead: usize,
    after_title: usize,
    qualified: bool,
) -> Option<Apposed<'a>> {
    let before = &text[sentence_start..lead];
    let determined = before.ends_with("the ") || before.ends_with("The ");
    if !(determined || qualified && ends_a_clause(before)) {
        return None;
    }
    let rest = text[after_title..].strip_prefix(", ")?;
    let (closing, name) = phrase::name(rest).ok()?;
    if name.possessive {
        return None;
    }
    let name_start = text.len() - rest.len();
    let name_end = text.len() - closing.len();
    if !closes_apposition(closing) {
        return None;
    }
    Some(Apposed {
        verb_after: closing.strip_prefix(',').unwrap_or(closing),
        name,
        name_start,
        phrase: lead..name_end,
    })
}

/// "Ellen Park, Norway's prime minister, said", "Ian Moss, a former president,", "Park, who
/// is prime minister,": a title after a comma. `lead` is where the title (or its modifier)
/// starts, `after_title` where the text after it starts. Whether a person's name ends at the
/// comma (`name_end`) is for the caller, who knows the names, to say.
pub fn title_after_comma(text: &str, sentence_start: usize, lead: usize, after_title: usize) -> Option<TitleAfter<'_>> {
    let closing = &text[after_title..];
    if !closes_apposition(closing) {
        return None;
    }
    let mut before = &text[sentence_start..lead];
    for article in ["the ", "a ", "an "] {
        if let Some(b) = before.strip_suffix(article) {
            before = b;
            break;
        }
    }
    let mut relative = None;
    for &(clause, verb, past) in RELATIVE {
        if let Some(b) = before.strip_suffix(clause) {
            let verb_start = sentence_start + b.len() + "who ".len();
            before = b;
            relative = Some((verb, verb_start..verb_start + verb.len(), past));
            break;
        }
    }
    let before = before.strip_suffix(", ")?;
    if before.ends_with(['\'', '’']) || before.ends_with("'s") || before.ends_with("’s") {
        return None; // "Park's aide, the …": the title is the aide's
    }
    Some(TitleAfter {
        name_end: sentence_start + before.len(),
        verb_after: closing.strip_prefix(',').unwrap_or(closing),
        held_before: relative.as_ref().is_some_and(|r| r.2),
        relative_verb: relative.map(|(verb, span, _)| (verb, span)),
    })
}

/// A title after a comma, and where the name before the comma would end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleAfter<'a> {
    pub name_end: usize,
    /// The text after which the person's verb is read ("said" in "…, the home secretary, said").
    pub verb_after: &'a str,
    /// "who was prime minister": the relative clause's past tells of a term held before.
    pub held_before: bool,
    /// The verb of a relative clause ("is" in "who is prime minister"), which is the title's
    /// own tense, and where it is.
    pub relative_verb: Option<(&'static str, Range<usize>)>,
}

/// After the name or title: punctuation, the end of the text, or a verb ("Ellen Park said")
/// — and never a list going on ("Ellen Park, Jon Lie and …", "Ellen Park and Jon Lie").
fn closes_apposition(closing: &str) -> bool {
    if closing.is_empty() {
        return true;
    }
    if let Some(after_comma) = closing.strip_prefix(", ") {
        // "…, Jon Lie and …", "…, and Jon Lie": a list; "President, Teachers Union": an
        // organisation's title.
        let listed = after_comma.starts_with("and ") && after_comma[4..].starts_with(char::is_uppercase);
        return !listed && !after_comma.starts_with(char::is_uppercase);
    }
    closing.starts_with(CLOSERS) || verb::verb_group(closing).0 != verb::Tense::None
}

/// A clause boundary right before: "In Oslo, Norway's prime minister, Ellen Park, said".
fn ends_a_clause(before: &str) -> bool {
    let trimmed = before.trim_end();
    trimmed.is_empty() || trimmed.ends_with([',', ';', ':', '—', '“', '"', '('])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(text: &str, title: &str, qualified: bool) -> Option<(String, String)> {
        let start = text.find(title).unwrap();
        name_after(text, 0, start, start + title.len(), qualified)
            .map(|a| (a.name.text.to_string(), a.verb_after.to_string()))
    }

    fn before(text: &str, title: &str) -> Option<(String, bool, Option<String>)> {
        let start = text.find(title).unwrap();
        title_after_comma(text, 0, start, start + title.len()).map(|a| {
            (
                text[..a.name_end].to_string(),
                a.held_before,
                a.relative_verb.map(|v| text[v.1].to_string()),
            )
        })
    }

    #[test]
    fn the_title_then_the_name() {
        assert_eq!(
            after("The home secretary, Tom Hale, said so.", "home secretary", false),
            Some(("Tom Hale".into(), " said so.".into()))
        );
        assert_eq!(
            after(
                "Britain's Prime Minister, Tom Hale, said so.",
                "Britain's Prime Minister",
                true
            ),
            Some(("Tom Hale".into(), " said so.".into()))
        );
        assert_eq!(
            after("He met the president, Ian Moss.", "president", false).map(|a| a.0),
            Some("Ian Moss".into())
        );
        // No "the": the club's or a party's title, not the office.
        assert_eq!(
            after("The club president, Ian Moss, said so.", "president", false),
            None
        );
        // A list: the president may be a third person.
        assert_eq!(
            after("He thanked the president, Ian Moss, and Jon Lie.", "president", false),
            None
        );
        assert_eq!(
            after("He thanked the president, Ian Moss and Jon Lie.", "president", false),
            None
        );
        assert_eq!(
            after(
                "He thanked the president, Ian Moss, Jon Lie, and others.",
                "president",
                false
            ),
            None
        );
        // A possessive: what follows is the name's, not the title's.
        assert_eq!(after("the president, Ian Moss's wife", "president", false), None);
    }

    #[test]
    fn the_name_then_the_title() {
        assert_eq!(
            before("Tom Hale, the home secretary, said so.", "home secretary"),
            Some(("Tom Hale".into(), false, None))
        );
        assert_eq!(
            before("Park, who is prime minister, said so.", "prime minister"),
            Some(("Park".into(), false, Some("is".into())))
        );
        assert_eq!(
            before("Ian Moss, who was president, said so.", "president"),
            Some(("Ian Moss".into(), true, Some("was".into())))
        );
        // A title of something else; a title that goes on; someone else's title.
        assert_eq!(before("Ian Moss, the president of the club, said.", "president"), None);
        assert_eq!(before("Ian Moss, the president's aide, said.", "president"), None);
        assert_eq!(before("Ian Moss, the president who won, said.", "president"), None);
        // An organisation after the title: "Ann Berg, President, Teachers' Union".
        assert_eq!(before("Ann Berg, President, Teachers Union, said.", "President"), None);
    }
}
