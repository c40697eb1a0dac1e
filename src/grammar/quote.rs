//! Quotations: curly “…” pairs and straight "…" pairs. An unclosed quotation runs to the end of
//! the paragraph, as multi-paragraph quotes do in wire copy.

use super::english;
use std::ops::Range;

/// Spans of quoted text (quote marks included) in a flat paragraph.
pub fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in text.char_indices() {
        match (open, c) {
            (None, '“') | (None, '"') => open = Some((i, c)),
            (Some((s, '“')), '”') | (Some((s, '"')), '"') => {
                out.push(s..i + c.len_utf8());
                open = None;
            }
            _ => {}
        }
    }
    if let Some((s, _)) = open {
        out.push(s..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_straight_and_unclosed() {
        let t = "He said “yes,” and \"no\" then \"more";
        let q: Vec<&str> = quotations(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(q, ["“yes,”", "\"no\"", "\"more"]);
    }
}

/// Who is quoted: `“…,” said Sak.` / `“…,” Bateman reported.` / `Goncharenko said, “…”`.
/// Returns the speaker's name as written, titles left out.
pub fn speaker(text: &str, quote: std::ops::Range<usize>) -> Option<&str> {
    let after = text[quote.end..].trim_start_matches([',', ' ']);
    let before = text[..quote.start].trim_end_matches([',', ':', ' ']);
    // `… ,” said US National Security Adviser Mike Waltz` — the last capitalised run.
    if let Some((verb, rest)) = after.split_once(' ')
        && english::SPEECH_VERBS.contains(&verb)
    {
        return last_name_run(rest);
    }
    // `… ,” Bateman reported.`
    if let Ok((rest, name)) = super::phrase::name(after)
        && let Some(verb) = rest.strip_prefix(' ').and_then(|r| r.split([' ', '.', ',']).next())
        && english::SPEECH_VERBS.contains(&verb)
    {
        return Some(name.text);
    }
    // `Goncharenko said, “…”`
    let (head, verb) = before.rsplit_once(' ')?;
    if english::SPEECH_VERBS.contains(&verb) {
        let start = head
            .char_indices()
            .rev()
            .find(|&(_, c)| !(c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '’' | '\'')))
            .map_or(0, |(i, c)| i + c.len_utf8());
        return last_name_run(&head[start..]);
    }
    None
}

/// The name in a run like "US National Security Adviser Mike Waltz when asked": the last two
/// capitalised words of the leading capitalised run (or the one, if it is alone).
fn last_name_run(s: &str) -> Option<&str> {
    let (_, run) = super::phrase::name(s.trim_start()).ok()?;
    let words: Vec<&str> = run.text.split(' ').collect();
    let keep = words.len().min(2);
    let start = run.text.len() - words[words.len() - keep..].join(" ").len();
    Some(&run.text[start..])
}

#[cfg(test)]
mod speaker_tests {
    use super::*;

    fn who(t: &str) -> Option<&str> {
        let q = quotations(t);
        speaker(t, q[0].clone())
    }

    #[test]
    fn speakers_before_and_after() {
        assert_eq!(who("“We are serious,” said Sak."), Some("Sak"));
        assert_eq!(who("“It may,” Bateman reported."), Some("Bateman"));
        assert_eq!(
            who("Speaking to the BBC, Goncharenko said, “This is a message.”"),
            Some("Goncharenko")
        );
        assert_eq!(
            who("“We’re getting there,” said US National Security Adviser Mike Waltz when asked."),
            Some("Mike Waltz")
        );
        assert_eq!(who("The “sign of hope” was clear."), None);
    }
}
