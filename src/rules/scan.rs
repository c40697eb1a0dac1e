//! The vocabulary scan: every title, government, lint, weekday, quantity and spelling the
//! packs know, found in one pass over a passage.
//!
//! Two automata answer the same question. The NFA is built with the rule set, which keeps
//! start-up fast for one article, an editor or the language server. A DFA of the same
//! patterns scans dense news copy about three times as fast but costs several times as much
//! to build, more than checking a single article takes; so it is built the first time a run
//! has scanned enough text to repay it, by one thread while the others go on with the NFA,
//! then used for the rest of the run. Both find exactly the same matches (same patterns,
//! same leftmost-longest semantics), so which one answered never shows in the output.
//!
//! Neither automaton holds a long pattern whole. A pattern of more than two words ("Minister
//! for Trade Policy", "Secretary of State for Defence", "Recep Tayyip Erdoğan") is entered as
//! its first two words and a space, its *stem*; where a stem matches, the patterns it opens
//! are compared with the text there, longest first. Hundreds of ministers' titles share a
//! handful of stems, so the automata are built from well under half the states, and start-up
//! stays within its budget as the packs grow. The matches are exactly those of an automaton
//! of every pattern whole (see `Hits`).

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Bytes scanned with the NFA before the DFA is built: about the text the NFA scans in the
/// time the DFA takes to build, so a run that reaches it has paid the build back.
const DFA_AFTER_BYTES: usize = 4 << 20;

/// Words of a pattern the automata hold; a longer pattern is held by its stem.
const STEM_WORDS: usize = 2;

pub struct Scanner {
    patterns: Vec<String>,
    /// What the automata find: a pattern whole, or a stem.
    entries: Vec<Entry>,
    /// The automata's own patterns, one per entry.
    entry_texts: Vec<String>,
    stems: Vec<Stem>,
    nfa: AhoCorasick,
    dfa: OnceLock<AhoCorasick>,
    /// Bytes scanned by the NFA so far, by every thread.
    scanned: AtomicUsize,
    /// A thread has begun building the DFA.
    building: AtomicBool,
}

#[derive(Clone, Copy)]
enum Entry {
    /// A pattern of `patterns`, whole.
    Whole(u32),
    /// A stem of `stems`.
    Stem(u32),
}

/// The first words of some long patterns, with a space after them.
struct Stem {
    len: usize,
    /// The patterns this stem opens, by their first byte after it (ASCII lower case), then
    /// longest first, then in pattern order (an automaton's choice between two patterns
    /// equal but for case).
    opens: Vec<(u8, u32)>,
}

/// One vocabulary match: `patterns[pattern]` at `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub pattern: usize,
}

impl Scanner {
    pub fn new(patterns: Vec<String>) -> Scanner {
        let mut entries = Vec::new();
        let mut entry_texts = Vec::new();
        let mut stems: Vec<Stem> = Vec::new();
        let mut stem_of: HashMap<String, u32> = HashMap::new();
        for (i, p) in patterns.iter().enumerate() {
            let Some(len) = stem_len(p) else {
                entries.push(Entry::Whole(i as u32));
                entry_texts.push(p.clone());
                continue;
            };
            let key = p[..len].to_ascii_lowercase();
            let s = *stem_of.entry(key).or_insert_with_key(|key| {
                entries.push(Entry::Stem(stems.len() as u32));
                entry_texts.push(key.clone());
                stems.push(Stem { len, opens: Vec::new() });
                (stems.len() - 1) as u32
            });
            stems[s as usize]
                .opens
                .push((p.as_bytes()[len].to_ascii_lowercase(), i as u32));
        }
        for stem in &mut stems {
            let len_of = |i: u32| patterns[i as usize].len();
            stem.opens
                .sort_by(|a, b| a.0.cmp(&b.0).then(len_of(b.1).cmp(&len_of(a.1))).then(a.1.cmp(&b.1)));
        }
        // Anchored searches too: what a stem's own first bytes hold (see `Hits::stem_hit`).
        let nfa = builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .start_kind(StartKind::Both)
            .build(&entry_texts)
            .expect("vocabulary patterns are plain strings");
        Scanner {
            patterns,
            entries,
            entry_texts,
            stems,
            nfa,
            dfa: OnceLock::new(),
            scanned: AtomicUsize::new(0),
            building: AtomicBool::new(false),
        }
    }

    pub fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Every match in `text`, leftmost-longest, ASCII letters in any case.
    pub fn find_iter<'s, 'h>(&'s self, text: &'h str) -> Hits<'s, 'h> {
        Hits {
            scanner: self,
            automaton: self.automaton(text.len()),
            text: text.as_bytes(),
            at: 0,
        }
    }

    /// The DFA once built; until then the NFA, counting what it scans.
    fn automaton(&self, len: usize) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa;
        }
        if self.scanned.fetch_add(len, Ordering::Relaxed) + len < DFA_AFTER_BYTES {
            return &self.nfa;
        }
        // One thread builds the DFA; the others go on with the NFA meanwhile rather than
        // wait for it.
        if self.building.swap(true, Ordering::AcqRel) {
            return &self.nfa;
        }
        let dfa = builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(&self.entry_texts)
            .expect("vocabulary patterns are plain strings");
        self.dfa.get_or_init(|| dfa)
    }
}

/// Where the stem of `pattern` ends (after the space that ends its `STEM_WORDS`th word); none
/// for a pattern of no more words than that.
fn stem_len(pattern: &str) -> Option<usize> {
    let (space, _) = pattern.match_indices(' ').nth(STEM_WORDS - 1)?;
    // A space at the very end would leave nothing for the stem to open.
    (space + 1 < pattern.len()).then_some(space + 1)
}

/// The matches of `Scanner::find_iter`.
///
/// They are those of one automaton of every pattern whole. At a place, the patterns that
/// match all begin there, so each is the start of the next longer one. Where the automata
/// report a stem, it is the longest of their entries there; a longer pattern would have a
/// longer stem or be longer itself, so every pattern longer than the stem that matches there
/// is one it opens, and every shorter one is at most the stem's length less one: an anchored
/// search of those bytes finds the longest. Where neither matches, nothing begins there and
/// the search goes on from the next byte.
pub struct Hits<'s, 'h> {
    scanner: &'s Scanner,
    automaton: &'s AhoCorasick,
    text: &'h [u8],
    at: usize,
}

impl Iterator for Hits<'_, '_> {
    type Item = Hit;

    fn next(&mut self) -> Option<Hit> {
        while self.at < self.text.len() {
            let found = self
                .automaton
                .find(Input::new(self.text).span(self.at..self.text.len()))?;
            let hit = match self.scanner.entries[found.pattern().as_usize()] {
                Entry::Whole(pattern) => Some(Hit {
                    start: found.start(),
                    end: found.end(),
                    pattern: pattern as usize,
                }),
                Entry::Stem(stem) => self.stem_hit(&self.scanner.stems[stem as usize], found.start()),
            };
            match hit {
                Some(hit) => {
                    self.at = hit.end;
                    return Some(hit);
                }
                None => self.at = found.start() + 1,
            }
        }
        None
    }
}

impl Hits<'_, '_> {
    /// The longest pattern at `start`, where `stem` matched.
    fn stem_hit(&self, stem: &Stem, start: usize) -> Option<Hit> {
        let patterns = &self.scanner.patterns;
        let rest = &self.text[start..];
        let next = rest.get(stem.len).map(u8::to_ascii_lowercase);
        let from = stem.opens.partition_point(|&(b, _)| Some(b) < next);
        let longer = stem.opens[from..]
            .iter()
            .take_while(|&&(b, _)| Some(b) == next)
            .map(|&(_, i)| i as usize)
            .find(|&i| {
                let p = patterns[i].as_bytes();
                rest.get(..p.len()).is_some_and(|t| t.eq_ignore_ascii_case(p))
            });
        if let Some(pattern) = longer {
            let end = start + patterns[pattern].len();
            return Some(Hit { start, end, pattern });
        }
        let shorter = Input::new(self.text)
            .span(start..start + stem.len - 1)
            .anchored(Anchored::Yes);
        let found = self.scanner.nfa.find(shorter)?;
        match self.scanner.entries[found.pattern().as_usize()] {
            Entry::Whole(pattern) => Some(Hit {
                start,
                end: found.end(),
                pattern: pattern as usize,
            }),
            // No stem fits in a shorter stem's bytes: stems are whole words and a space.
            Entry::Stem(_) => None,
        }
    }
}

/// Case-insensitive so "former president Reagan" is seen; the claims stage decides which
/// casings count.
fn builder() -> AhoCorasickBuilder {
    let mut b = AhoCorasickBuilder::new();
    b.match_kind(MatchKind::LeftmostLongest).ascii_case_insensitive(true);
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(scanner: &Scanner, text: &str) -> Vec<(usize, usize, usize)> {
        scanner.find_iter(text).map(|h| (h.start, h.end, h.pattern)).collect()
    }

    /// What one automaton of every pattern whole finds.
    fn whole(patterns: &[String], text: &str) -> Vec<(usize, usize, usize)> {
        let ac = builder().build(patterns).unwrap();
        ac.find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn the_dfa_finds_what_the_nfa_finds() {
        let patterns = strings(&[
            "Minister",
            "Minister for Europe",
            "Minister for Europe and Asia",
            "Monday",
            "President",
            "Prime Minister",
            "Vice President",
        ]);
        let scanner = Scanner::new(patterns);
        let text =
            "On monday, Vice President Harris met Prime Minister Kishida, the MINISTER FOR EUROPE and the PRESIDENT.";
        let before = hits(&scanner, text);
        assert!(scanner.dfa.get().is_none(), "a short scan keeps the NFA");
        scanner.scanned.store(DFA_AFTER_BYTES, Ordering::Relaxed);
        let after = hits(&scanner, text);
        assert!(scanner.dfa.get().is_some(), "enough text scanned builds the DFA");
        assert_eq!(before, after);
        assert_eq!(before.len(), 5, "{before:?}");
        assert_eq!(&text[before[3].0..before[3].1], "MINISTER FOR EUROPE");
    }

    #[test]
    fn long_patterns_are_held_by_their_first_two_words() {
        let scanner = Scanner::new(strings(&[
            "Minister for Europe",
            "Minister for Trade Policy",
            "Prime Minister",
        ]));
        assert_eq!(scanner.stems.len(), 1, "{:?}", scanner.entry_texts);
        assert_eq!(scanner.entry_texts, ["minister for ", "Prime Minister"]);
        assert_eq!(stem_len("Minister for Europe"), Some(13));
        assert_eq!(stem_len("Prime Minister"), None);
    }

    /// Every hit, whatever the text, is the hit of an automaton of every pattern whole: the
    /// text is made of the patterns' words, cut and joined in many ways.
    #[test]
    fn stems_find_what_whole_patterns_find() {
        let patterns = strings(&[
            "Gov",
            "Gov. of",
            "Gov. of New York",
            "Gov. of New Jersey",
            "Minister",
            "Minister for",
            "Minister for Europe",
            "Minister for Europe and Asia",
            "minister for europe",
            "Minister for Trade",
            "Minister for Trade Policy",
            "Minister of State",
            "Minister of State for Europe",
            "Prime Minister",
            "Recep Tayyip Erdoğan",
            "Tayyip Erdoğan",
            "for Europe and",
            "State for",
            "Europe",
        ]);
        let scanner = Scanner::new(patterns.clone());
        let words = [
            "Minister", "for", "Europe", "and", "Asia", "Trade", "Policy", "of", "State", "Gov.", "Gov", "New", "York",
            "Jersey", "Prime", "Recep", "Tayyip", "Erdoğan", "MINISTER", "FOR", "europe,", "x", "",
        ];
        // A small linear congruential generator: the same texts on every run.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % n
        };
        for _ in 0..20_000 {
            let len = 1 + next(12);
            let text: Vec<&str> = (0..len).map(|_| words[next(words.len())]).collect();
            let text = text.join(" ");
            assert_eq!(hits(&scanner, &text), whole(&patterns, &text), "{text:?}");
        }
    }
}
