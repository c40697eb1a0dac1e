//! The vocabulary scan: every title, government, lint, weekday, quantity and spelling the
//! packs know, found in one pass over a passage.
//!
//! Two automata answer the same question. The NFA is built with the rule set (about 5 ms
//! for the shipped packs), which keeps start-up fast for one article, an editor or the
//! language server. A DFA of the same patterns scans dense news copy about three times as
//! fast but costs about 23 ms and 7 MB to build, more than checking a single article takes;
//! so it is built the first time a run has scanned enough text to repay it, by one thread
//! while the others go on with the NFA, then used for the rest of the run. Both find exactly
//! the same matches (same patterns, same leftmost-longest semantics), so which one answered
//! never shows in the output.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, FindIter, MatchKind};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Bytes scanned with the NFA before the DFA is built: about the text the NFA scans in the
/// time the DFA takes to build, so a run that reaches it has paid the build back.
const DFA_AFTER_BYTES: usize = 4 << 20;

pub struct Scanner {
    patterns: Vec<String>,
    nfa: AhoCorasick,
    dfa: OnceLock<AhoCorasick>,
    /// Bytes scanned by the NFA so far, by every thread.
    scanned: AtomicUsize,
    /// A thread has begun building the DFA.
    building: AtomicBool,
}

impl Scanner {
    pub fn new(patterns: Vec<String>) -> Scanner {
        let nfa = builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .expect("vocabulary patterns are plain strings");
        Scanner {
            patterns,
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
    pub fn find_iter<'a, 'h>(&'a self, text: &'h str) -> FindIter<'a, 'h> {
        self.automaton(text.len()).find_iter(text)
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
            .build(&self.patterns)
            .expect("vocabulary patterns are plain strings");
        self.dfa.get_or_init(|| dfa)
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

    fn matches(ac: &AhoCorasick, text: &str) -> Vec<(usize, usize, usize)> {
        ac.find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    #[test]
    fn the_dfa_finds_what_the_nfa_finds() {
        let patterns: Vec<String> = ["President", "Vice President", "Prime Minister", "Minister", "Monday"]
            .map(String::from)
            .to_vec();
        let scanner = Scanner::new(patterns);
        let text = "On monday, Vice President Harris met Prime Minister Kishida and the PRESIDENT.";
        let before = matches(scanner.automaton(0), text);
        assert!(scanner.dfa.get().is_none(), "a short scan keeps the NFA");
        scanner.scanned.store(DFA_AFTER_BYTES, Ordering::Relaxed);
        let after = matches(scanner.automaton(text.len()), text);
        assert!(scanner.dfa.get().is_some(), "enough text scanned builds the DFA");
        assert_eq!(before, after);
        assert_eq!(before.len(), 4, "{before:?}");
    }
}
