//! Sentence boundaries. A full stop ends a sentence only when it is not part of an
//! abbreviation ("Mr.", "Gen."), an initialism or initial ("U.S.", "H. W."), or a decimal, and
//! what follows starts a sentence.

use super::english;
use nom::{
    IResult, Parser,
    bytes::complete::{take_while, take_while1},
    character::complete::{char, one_of, satisfy},
    combinator::{recognize, verify},
    multi::{many0, many1},
    sequence::{pair, terminated},
};
use std::ops::Range;

/// "Mr." — an abbreviation with its full stop.
fn abbreviation(i: &str) -> IResult<&str, &str> {
    verify(
        recognize(terminated(take_while1(|c: char| c.is_ascii_alphabetic()), char('.'))),
        |w: &str| english::ABBREVIATIONS.contains(&&w[..w.len() - 1]),
    )
    .parse(i)
}

/// "U.S.", "H.", "a.m." — single letters each followed by a full stop.
fn initialism(i: &str) -> IResult<&str, &str> {
    recognize(many1(pair(satisfy(char::is_alphabetic), char('.')))).parse(i)
}

/// Terminal punctuation and the quotes or brackets that close with it: `.”`, `?"`, `!)`.
fn terminator(i: &str) -> IResult<&str, &str> {
    recognize(pair(many1(one_of(".!?…")), many0(one_of("\"'”’)]")))).parse(i)
}

/// A following word that can open a sentence: capitalised, a number, or an opening quote.
fn opens_sentence(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let after = after.trim_start_matches(['"', '“', '‘', '\'', '(', '[']);
    after
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn opener_word_follows(rest: &str) -> bool {
    let Some(after) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: IResult<&str, &str> = take_while(char::is_alphabetic)(after);
    word.is_ok_and(|(_, w)| english::SENTENCE_OPENERS.contains(&w))
}

/// The first byte from `from` on that is a terminator (`.`, `!`, `?`) or not ASCII (`…`, a
/// curly quote, a letter of another script), or the end: eight bytes at a time.
fn next_stop(bytes: &[u8], from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Non-zero when some byte of `x` is zero (exact for "some", not for which).
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let is_stop = |b: u8| !b.is_ascii() || matches!(b, b'.' | b'!' | b'?');
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let stops = (w & HIGH)
            | zero_byte(w ^ (ONES * u64::from(b'.')))
            | zero_byte(w ^ (ONES * u64::from(b'!')))
            | zero_byte(w ^ (ONES * u64::from(b'?')));
        if stops != 0 {
            break;
        }
        i += 8;
    }
    i + bytes[i..].iter().position(|&b| is_stop(b)).unwrap_or(bytes.len() - i)
}

/// The length of the word `rest` begins with (letters of any script), in bytes.
fn word_length(rest: &str) -> usize {
    // ASCII letters byte by byte; decode characters only from the first other byte on.
    let ascii = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    if rest.as_bytes().get(ascii).is_none_or(u8::is_ascii) {
        return ascii;
    }
    ascii
        + rest[ascii..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len() - ascii)
}

/// Sentence spans of a flat (whitespace-normalised) paragraph.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    let mut prev: Option<char> = None;
    let close = |end: usize, start: &mut usize, out: &mut Vec<Range<usize>>| {
        if end > *start {
            out.push(*start..end);
        }
        *start = end + text[end..].len() - text[end..].trim_start().len();
    };
    let bytes = text.as_bytes();
    while pos < text.len() {
        // ASCII text without a terminator ends no sentence and holds no abbreviation: jump
        // to the next terminator or non-ASCII byte, back to the start of the ASCII word
        // before it (an abbreviation is read from its start), as if stepped there.
        let stop = next_stop(bytes, pos);
        let word = stop
            - bytes[pos..stop]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
        if word > pos {
            prev = Some(char::from(bytes[word - 1]));
            pos = word;
        }
        if pos >= text.len() {
            break;
        }
        let rest = &text[pos..];
        let at_word_start = !prev.is_some_and(char::is_alphanumeric);
        // A word not followed by a full stop can be no abbreviation: step over it whole.
        let word_len = word_length(rest);
        if word_len > 0 && !rest[word_len..].starts_with('.') {
            prev = rest[..word_len].chars().next_back();
            pos += word_len;
            continue;
        }
        if at_word_start {
            if let Ok((after, w)) = abbreviation(rest) {
                pos += w.len();
                prev = Some('.');
                let _ = after;
                continue;
            }
            if let Ok((after, w)) = initialism(rest)
                && !after.starts_with(char::is_alphanumeric)
            {
                let closers = after.len() - after.trim_start_matches(['"', '”', '’', ')']).len();
                pos += w.len();
                prev = Some('.');
                if after.is_empty() || opener_word_follows(&after[closers..]) {
                    pos += closers;
                    close(pos, &mut start, &mut out);
                }
                continue;
            }
        }
        if word_len > 0 {
            // The word before a full stop: its stop is judged on the next step.
            prev = rest[..word_len].chars().next_back();
            pos += word_len;
            continue;
        }
        if rest.starts_with(['.', '!', '?', '…'])
            && let Ok((after, t)) = terminator(rest)
        {
            let decimal =
                t == "." && prev.is_some_and(|c| c.is_ascii_digit()) && after.starts_with(|c: char| c.is_ascii_digit());
            pos += t.len();
            prev = t.chars().next_back();
            if !decimal && (after.is_empty() || opens_sentence(after)) {
                close(pos, &mut start, &mut out);
            }
            continue;
        }
        let c = rest.chars().next().expect("pos < len");
        prev = Some(c);
        pos += c.len_utf8();
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        assert_eq!(
            split("Mr. Smith met U.S. officials and George H. W. Bush. Growth was 2.5 pct. It rose."),
            [
                "Mr. Smith met U.S. officials and George H. W. Bush.",
                "Growth was 2.5 pct.",
                "It rose."
            ]
        );
    }

    #[test]
    fn initialism_at_the_end_of_a_sentence() {
        assert_eq!(
            split("He flew to the U.S. The talks began."),
            ["He flew to the U.S.", "The talks began."]
        );
        assert_eq!(split("The U.S. Treasury said so."), ["The U.S. Treasury said so."]);
    }

    #[test]
    fn quotes_close_with_the_sentence() {
        assert_eq!(
            split("“It’ll be good,” he said. “We’re getting there.” Then he left!"),
            ["“It’ll be good,” he said.", "“We’re getting there.”", "Then he left!"]
        );
    }

    #[test]
    fn lowercase_after_a_stop_is_not_a_new_sentence() {
        assert_eq!(
            split("It cost 3 dlrs. a share vs. 2 dlrs."),
            ["It cost 3 dlrs. a share vs. 2 dlrs."]
        );
    }
}
