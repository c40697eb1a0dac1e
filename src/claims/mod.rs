//! Claims: grammar output plus the rules' vocabulary, turned into typed statements with spans.
//! One Aho-Corasick scan per paragraph finds every title alias and government word; the nom
//! parsers then run only around those hits.

mod government;
mod lint;
mod title;

use crate::article::Article;
use crate::grammar::{Flat, paragraph, quote, sentence};
use crate::rules::{RuleSet, Vocab};
use std::ops::Range;

pub use crate::grammar::phrase::Modifier;
pub use crate::grammar::verb::Tense;

#[derive(Debug, Clone)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The phrase in source bytes: "former US President Donald Trump".
    pub span: Range<usize>,
    /// The phrase, whitespace-normalised.
    pub text: String,
    /// Its sentence in source bytes.
    pub sentence: Range<usize>,
    /// The sentence around the phrase, whitespace-normalised: all of it, or on a run-on
    /// "sentence" the `CONTEXT_BYTES` either side, so each claim stays small.
    pub context: String,
    /// Offset of the phrase inside `context`.
    pub offset_in_context: usize,
    /// Inside quoted speech: the speaker's claim, not the writer's.
    pub quoted: bool,
}

#[derive(Debug, Clone)]
pub enum ClaimKind {
    Title(TitleClaim),
    Government(GovernmentClaim),
    Lint(LintClaim),
}

/// "Kiev": a word a style lint of the packs replaces.
#[derive(Debug, Clone)]
pub struct LintClaim {
    pub lint: usize,
    pub replacement: String,
    /// Inside one of the lint's exception phrases ("Chicken Kiev").
    pub excepted: bool,
}

/// "former US President Donald Trump": a title attached to a person.
#[derive(Debug, Clone)]
pub struct TitleClaim {
    pub modifier: Option<Modifier>,
    /// Source bytes to delete to drop the modifier ("former " or "ex-").
    pub modifier_span: Option<Range<usize>>,
    /// The title as written ("US President") and the offices that use it.
    pub title: String,
    pub offices: Vec<usize>,
    /// Source offset where "former " would be inserted.
    pub title_start: usize,
    /// The phrase opens its sentence (so an inserted "former" is capitalised).
    pub opens_sentence: bool,
    pub name: String,
    /// Everyone the name can refer to; the checks narrow them by office and date.
    pub people: Vec<usize>,
    /// The verb right after the name, when the person is its subject: "said", "is", "had".
    pub tense: Tense,
    pub verb: String,
}

/// "the Biden administration also aims": a government named after its head, with a tense.
#[derive(Debug, Clone)]
pub struct GovernmentClaim {
    pub name: String,
    pub name_span: Range<usize>,
    /// "administration", "government", as the pack names it.
    pub word: String,
    pub offices: Vec<usize>,
    pub people: Vec<usize>,
    pub tense: Tense,
    pub verb: String,
}

/// What a claim parser sees around one vocabulary hit.
struct Site<'a> {
    flat: &'a Flat,
    sentence: Range<usize>,
    start: usize,
    end: usize,
    pattern: &'a str,
}

/// Every claim in the article, in text order.
pub fn extract(article: &Article, rules: &RuleSet) -> Vec<Claim> {
    let mut claims = Vec::new();
    for para in paragraph::paragraphs(&article.text, article.body.clone()) {
        let flat = Flat::new(&article.text, para);
        let sentences = sentence::sentences(&flat.text);
        let quotes = quote::quotations(&flat.text);
        for (start, end, pattern, meaning) in rules.vocab_hits(&flat.text) {
            if !bounded(&flat.text, start, end) {
                continue;
            }
            // Both lists are sorted and disjoint: binary search keeps many hits linear.
            let i = sentences.partition_point(|s| s.end < end);
            let Some(sentence) = sentences.get(i).filter(|s| s.start <= start).cloned() else {
                continue;
            };
            let site = Site {
                flat: &flat,
                sentence: sentence.clone(),
                start,
                end,
                pattern,
            };
            let parsed: Vec<(ClaimKind, Range<usize>)> = match meaning {
                Vocab::Title(offices) => title::parse(&site, offices, rules).into_iter().collect(),
                Vocab::Government(offices) => government::parse(&site, offices, rules).into_iter().collect(),
                Vocab::Lint(lints) => lint::parse(&site, lints, rules),
            };
            for (kind, phrase) in parsed {
                let context = context_window(&flat.text, sentence.clone(), phrase.clone());
                let q = quotes.partition_point(|q| q.start <= phrase.start);
                claims.push(Claim {
                    kind,
                    span: flat.source_span(phrase.clone()),
                    text: flat.text[phrase.clone()].to_string(),
                    sentence: flat.source_span(sentence.clone()),
                    context: flat.text[context.clone()].to_string(),
                    offset_in_context: phrase.start - context.start,
                    quoted: q > 0 && phrase.start < quotes[q - 1].end,
                });
            }
        }
    }
    claims
}

/// How much of a sentence either side of a claim the checks may read.
pub const CONTEXT_BYTES: usize = 600;

fn context_window(text: &str, sentence: Range<usize>, phrase: Range<usize>) -> Range<usize> {
    let mut start = phrase.start.saturating_sub(CONTEXT_BYTES).max(sentence.start);
    let mut end = (phrase.end + CONTEXT_BYTES).min(sentence.end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    start..end
}

/// A vocabulary hit must be whole words ("President" not in "Presidential").
fn bounded(text: &str, start: usize, end: usize) -> bool {
    let before_ok = text[..start].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
    let after_ok = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

/// Does `written` match a pack's `pattern`, allowing lowercased capitalised words
/// ("former president" for "President") only when `lenient`?
fn same_words(written: &str, pattern: &str, lenient: bool) -> bool {
    if written == pattern {
        return true;
    }
    lenient
        && written.split(' ').count() == pattern.split(' ').count()
        && written
            .split(' ')
            .zip(pattern.split(' '))
            .all(|(w, p)| w == p || (p.chars().skip(1).all(|c| !c.is_uppercase()) && w == p.to_lowercase()))
}
