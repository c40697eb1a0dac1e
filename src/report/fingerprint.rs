//! A finding's fingerprint: the same finding keeps it through unrelated edits, so a baseline,
//! a review tool or GitHub code scanning (SARIF `partialFingerprints`) can follow it across
//! runs. It hashes the finding's id, the article's name (its path, or the archive and the
//! record's id), the claim as read and its sentence as read, whitespace folded — never a line
//! number, so moving a paragraph or editing another one keeps it; nor the fact, so another
//! version of the packs keeps it too.

use crate::article::Article;
use crate::checks::Finding;

/// The fingerprint's format; it changes only when the hashed parts do.
pub const VERSION: &str = "claimcheck/v1";

pub fn of(article: &Article, f: &Finding) -> String {
    of_named(&name(article, &article.origin), article, f)
}

/// The fingerprint of a finding in `article` named `name` (see [`name`]): a baseline names
/// files from its own directory, whatever directory the run is in.
pub fn of_named(name: &str, article: &Article, f: &Finding) -> String {
    let sentence = article.text.get(f.sentence.clone()).unwrap_or_default();
    let mut hash = Fnv::default();
    for part in [f.check.as_str(), name, &folded(&f.text), &folded(sentence)] {
        hash.write(part.as_bytes());
        hash.write(&[0]);
    }
    format!("{:016x}", hash.0)
}

/// The article as fingerprints name it: `path` with `./` steps dropped and `/` between
/// names (`news/a.txt` however it was given), and for an archive's record the record's id —
/// its line only when it has none, since records are added above others.
pub fn name(article: &Article, path: &str) -> String {
    let path = normal_path(path);
    match article.record.as_ref().map(|r| &r.at) {
        Some(at) => match &at.id {
            Some(id) => format!("{path} [{id}]"),
            None => format!("{path}:{}", at.line),
        },
        None => path,
    }
}

/// `./news//a.txt` and `news\a.txt` (on Windows) as `news/a.txt`.
pub fn normal_path(path: &str) -> String {
    let separators: &[char] = if cfg!(windows) { &['/', '\\'] } else { &['/'] };
    let absolute = path.starts_with('/');
    let names: Vec<&str> = path
        .split(separators)
        .filter(|name| !name.is_empty() && *name != ".")
        .collect();
    let joined = names.join("/");
    if absolute { format!("/{joined}") } else { joined }
}

/// Whitespace runs as one space: a re-wrapped paragraph is the same sentence.
fn folded(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// FNV-1a, 64 bits: small, and the same on every platform and Rust version (std's hasher
/// promises neither).
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, DateSource, parse_day};
    use crate::checks::{check_article, test_support::rules};

    fn fingerprints(text: &str) -> Vec<String> {
        let day = parse_day("2025-03-11").unwrap();
        let article = Article::parse("news/a.txt", text.to_string(), Some((day, DateSource::Flag))).unwrap();
        check_article(&article, rules())
            .findings()
            .map(|f| super::of(&article, f))
            .collect()
    }

    #[test]
    fn paths_are_named_one_way() {
        assert_eq!(super::normal_path("./news//a.txt"), "news/a.txt");
        assert_eq!(super::normal_path("news/./a.txt"), "news/a.txt");
        assert_eq!(super::normal_path("/srv/news/a.txt"), "/srv/news/a.txt");
        assert_eq!(super::normal_path("../news/a.txt"), "../news/a.txt");
    }

    #[test]
    fn a_fingerprint_survives_unrelated_edits() {
        let finding = "He answered former US President Donald Trump's remarks.";
        let first = fingerprints(finding);
        assert_eq!(first.len(), 1);
        assert_eq!(first[0].len(), 16);
        // Another paragraph before it, and the sentence re-wrapped: the same finding.
        assert_eq!(
            fingerprints(&format!("The board met.\n\nIt ended late.\n\n{finding}")),
            first
        );
        assert_eq!(
            fingerprints("He answered former US President\nDonald Trump's   remarks."),
            first
        );
        // However the path was written.
        let day = parse_day("2025-03-11").unwrap();
        let article = Article::parse("./news//a.txt", finding.to_string(), Some((day, DateSource::Flag))).unwrap();
        let f = check_article(&article, rules()).findings().next().cloned().unwrap();
        assert_eq!(super::of(&article, &f), first[0]);
        // An edit to its own sentence makes it another finding.
        assert_ne!(
            fingerprints("She answered former US President Donald Trump's remarks."),
            first
        );
    }
}
