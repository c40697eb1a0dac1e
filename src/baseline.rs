//! A baseline: findings accepted as they stand — years of copy nobody will fix today, a quoted
//! speech, a deliberate style — kept in a JSON file beside the copy, so that CI reports only
//! new findings (as phpstan's and detekt's baselines do).
//!
//! An entry is a finding's id, file, claim and fingerprint (see `report::fingerprint`): the
//! fingerprint survives unrelated edits and does not depend on the fact, so a baseline made
//! with another version of the packs still applies. Files are named from the baseline's own
//! directory, so the same baseline applies whichever directory claimcheck runs in.
//!
//! One finding matches one entry: two identical findings need two entries. An entry that
//! matches nothing in a file this run checked is *resolved* (the claim was fixed, or its
//! sentence changed) and can be pruned.

use crate::article::Article;
use crate::checks::{Finding, Outcome};
use crate::input::STDIN_NAME;
use crate::report::fingerprint;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

/// The file's format; it changes only when the entries' meaning does.
const FORMAT: u32 = 1;

/// The file a baseline is written to when none is named.
pub const DEFAULT_FILE: &str = ".claimcheck-baseline.json";

/// One accepted finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The file, from the baseline's directory (`/` between names).
    pub file: String,
    /// The record of an archive: its id, or `line N` when it has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    pub id: String,
    /// The claim as read, for the person reviewing the file.
    pub claim: String,
    pub fingerprint: String,
}

/// What the baseline held of one article's findings (see [`Baseline::hold`]).
#[derive(Debug)]
pub struct Held {
    file: String,
    entries: Vec<usize>,
    found: Option<Vec<Entry>>,
}

/// The file as written.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(rename = "claimcheck-baseline")]
    format: u32,
    /// The fingerprints' version: a baseline of another one matches nothing.
    fingerprints: String,
    findings: Vec<Entry>,
}

/// A baseline that cannot be read: `path:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaselineError {
    pub path: String,
    pub place: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for BaselineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// A baseline in use during a run: the entries, which of them findings matched, and which
/// files were checked.
#[derive(Debug)]
pub struct Baseline {
    path: PathBuf,
    /// The baseline's directory, absolute: files are named from it.
    dir: PathBuf,
    entries: Vec<Entry>,
    matched: Vec<bool>,
    /// (id, fingerprint) → its entries, in file order.
    by_key: HashMap<(String, String), Vec<usize>>,
    /// Files this run checked, as entries name them.
    checked: BTreeSet<String>,
    /// Every finding of this run, baselined or not, when a new baseline is to be written.
    found: Option<Vec<Entry>>,
    /// The last article's origin and its file as entries name it.
    last_file: Mutex<Option<(String, String)>>,
}

impl Baseline {
    /// A baseline to be written at `path`, holding nothing yet.
    pub fn new(path: &Path) -> Baseline {
        let dir = real(path).parent().map(Path::to_path_buf).unwrap_or_default();
        Baseline {
            path: path.to_path_buf(),
            dir,
            entries: Vec::new(),
            matched: Vec::new(),
            by_key: HashMap::new(),
            checked: BTreeSet::new(),
            found: None,
            last_file: Mutex::new(None),
        }
    }

    /// Keeps every finding the run makes, for [`Baseline::updated`].
    pub fn keep_findings(&mut self) {
        self.found.get_or_insert_default();
    }

    /// The baseline at `path`.
    pub fn load(path: &Path) -> Result<Baseline, BaselineError> {
        let error = |place, message: String| BaselineError {
            path: path.display().to_string(),
            place,
            message,
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            let hint = if e.kind() == std::io::ErrorKind::NotFound {
                " (`claimcheck baseline` writes one)"
            } else {
                ""
            };
            error(None, format!("cannot read the baseline: {e}{hint}"))
        })?;
        let file: File = serde_json::from_str(&text).map_err(|e| {
            let place = (e.line() > 0).then(|| (e.line(), e.column()));
            error(place, format!("not a claimcheck baseline: {e}"))
        })?;
        if file.format != FORMAT || file.fingerprints != fingerprint::VERSION {
            return Err(error(
                None,
                format!(
                    "a baseline of format {} with {} fingerprints; this claimcheck reads format {FORMAT} with {} (write it again with `claimcheck baseline`)",
                    file.format,
                    file.fingerprints,
                    fingerprint::VERSION
                ),
            ));
        }
        let mut baseline = Baseline::new(path);
        baseline.set_entries(file.findings);
        Ok(baseline)
    }

    /// The same baseline when one exists at `path`, else an empty one.
    pub fn load_or_new(path: &Path) -> Result<Baseline, BaselineError> {
        if path.exists() {
            Baseline::load(path)
        } else {
            Ok(Baseline::new(path))
        }
    }

    fn set_entries(&mut self, entries: Vec<Entry>) {
        self.by_key.clear();
        for (i, e) in entries.iter().enumerate() {
            self.by_key
                .entry((e.id.clone(), e.fingerprint.clone()))
                .or_default()
                .push(i);
        }
        self.matched = vec![false; entries.len()];
        self.entries = entries;
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Takes the findings the baseline holds out of `outcome`. It changes nothing in the
    /// baseline, so articles can be held on every thread; [`Baseline::record`] then counts
    /// them in input order.
    pub fn hold(&self, article: &Article, outcome: &mut Outcome) -> Held {
        let (file, record) = self.file_of(article);
        let name = fingerprint::name(article, &file);
        let mut held = Held {
            file,
            entries: Vec::new(),
            found: self.found.as_ref().map(|_| Vec::new()),
        };
        // Each entry holds one finding: the fingerprint names the file, so only this
        // article's findings can match its entries.
        let mut taken: HashMap<(String, String), usize> = HashMap::new();
        outcome.findings.retain(|f| {
            let entry = entry(&held.file, &record, &name, article, f);
            let key = (entry.id.clone(), entry.fingerprint.clone());
            if let Some(found) = &mut held.found {
                found.push(entry);
            }
            let candidates = self.by_key.get(&key).map(Vec::as_slice).unwrap_or_default();
            let taken = taken.entry(key).or_default();
            match candidates.get(*taken) {
                Some(&i) => {
                    *taken += 1;
                    held.entries.push(i);
                    false
                }
                None => true,
            }
        });
        held
    }

    /// Counts what [`Baseline::hold`] held of one article: the entries it matched, its file as
    /// checked, its findings when they are kept. Returns how many findings it held.
    pub fn record(&mut self, held: Held) -> usize {
        for &i in &held.entries {
            self.matched[i] = true;
        }
        self.checked.insert(held.file);
        if let (Some(found), Some(new)) = (&mut self.found, held.found) {
            found.extend(new);
        }
        held.entries.len()
    }

    /// [`Baseline::hold`] then [`Baseline::record`].
    pub fn apply(&mut self, article: &Article, outcome: &mut Outcome) -> usize {
        let held = self.hold(article, outcome);
        self.record(held)
    }

    /// Entries that matched no finding in a file this run checked: fixed, or changed.
    pub fn resolved(&self) -> Vec<Entry> {
        self.entries
            .iter()
            .zip(&self.matched)
            .filter(|(e, matched)| !**matched && self.checked.contains(&e.file))
            .map(|(e, _)| e.clone())
            .collect()
    }

    /// The baseline a run leaves: today's findings for the files it checked, the entries
    /// of the files it did not check as they were. With `prune`, no finding is added: only
    /// the resolved entries go.
    pub fn updated(&self, prune: bool) -> Vec<Entry> {
        let mut entries: Vec<Entry> = if prune {
            let resolved = self.resolved();
            let mut left = self.entries.clone();
            // One entry dropped per resolved one: duplicates stay as often as they match.
            for r in resolved {
                if let Some(i) = left.iter().position(|e| *e == r) {
                    left.remove(i);
                }
            }
            left
        } else {
            let kept = self.entries.iter().filter(|e| !self.checked.contains(&e.file));
            kept.chain(self.found.iter().flatten()).cloned().collect()
        };
        entries.sort();
        entries
    }

    /// Writes `entries` as the baseline's file, atomically (a reader never sees half of it).
    pub fn write(&self, entries: Vec<Entry>) -> std::io::Result<()> {
        let file = File {
            format: FORMAT,
            fingerprints: fingerprint::VERSION.to_string(),
            findings: entries,
        };
        let mut text = serde_json::to_string_pretty(&file).map_err(std::io::Error::other)?;
        text.push('\n');
        crate::atomic::write(&self.path, |w| w.write_all(text.as_bytes()))
    }

    /// The article's file as entries name it (from the baseline's directory), and its record.
    fn file_of(&self, article: &Article) -> (String, Option<String>) {
        let file = if article.origin == STDIN_NAME {
            article.origin.clone()
        } else {
            let mut last = self.last_file.lock().unwrap_or_else(|e| e.into_inner());
            match &*last {
                // An archive's records share their file: its name is worked out once.
                Some((origin, file)) if *origin == article.origin => file.clone(),
                _ => {
                    let file = relative(&real(Path::new(&article.origin)), &self.dir);
                    *last = Some((article.origin.clone(), file.clone()));
                    file
                }
            }
        };
        let record = article.record.as_ref().map(|r| match &r.at.id {
            Some(id) => id.clone(),
            None => format!("line {}", r.at.line),
        });
        (file, record)
    }
}

fn entry(file: &str, record: &Option<String>, name: &str, article: &Article, f: &Finding) -> Entry {
    Entry {
        file: file.to_string(),
        record: record.clone(),
        id: f.check.to_string(),
        claim: f.text.clone(),
        fingerprint: fingerprint::of_named(name, article, f),
    }
}

/// Where `path` really is: absolute, its directory's links resolved when it exists (an editor
/// and a shell may name one directory two ways), the file's own name kept (a linked article
/// is named as linked).
fn real(path: &Path) -> PathBuf {
    let absolute = normal(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()));
    let (Some(dir), Some(name)) = (absolute.parent(), absolute.file_name()) else {
        return absolute;
    };
    match std::fs::canonicalize(dir) {
        Ok(dir) => dir.join(name),
        Err(_) => absolute,
    }
}

/// `path` with `.` and `..` steps resolved by their names (the files need not exist).
fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}

/// `path` from `dir` (both absolute and normal), `/` between names: `news/a.txt`,
/// `../site/a.txt`.
fn relative(path: &Path, dir: &Path) -> String {
    let (path, dir): (Vec<Component>, Vec<Component>) = (path.components().collect(), dir.components().collect());
    let common = path.iter().zip(&dir).take_while(|(a, b)| a == b).count();
    if common == 0 {
        // Another drive: only the absolute path names it.
        return path_string(&path);
    }
    let ups = std::iter::repeat_n(Component::ParentDir, dir.len() - common);
    path_string(&ups.chain(path[common..].iter().copied()).collect::<Vec<_>>())
}

fn path_string(components: &[Component]) -> String {
    let names: Vec<String> = components
        .iter()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    names.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{DateSource, parse_day};
    use crate::checks::{check_article, test_support::rules};

    const FINDING: &str = "He answered former US President Donald Trump's remarks.";

    fn checked(path: &str, text: &str) -> (Article, Outcome) {
        let day = parse_day("2025-03-11").unwrap();
        let article = Article::parse(path, text.to_string(), Some((day, DateSource::Flag))).unwrap();
        let outcome = check_article(&article, rules());
        (article, outcome)
    }

    fn baseline_of(dir: &Path, runs: &[(&str, &str)]) -> Baseline {
        let mut baseline = Baseline::new(&dir.join(DEFAULT_FILE));
        baseline.keep_findings();
        for (path, text) in runs {
            let (article, mut outcome) = checked(&dir.join(path).display().to_string(), text);
            baseline.apply(&article, &mut outcome);
        }
        let entries = baseline.updated(false);
        let mut fresh = Baseline::new(&dir.join(DEFAULT_FILE));
        fresh.set_entries(entries);
        fresh
    }

    #[test]
    fn files_are_named_from_the_baseline() {
        let dir = Path::new("/repo/site");
        assert_eq!(relative(Path::new("/repo/site/news/a.txt"), dir), "news/a.txt");
        assert_eq!(relative(Path::new("/repo/other/a.txt"), dir), "../other/a.txt");
        assert_eq!(normal(Path::new("/repo/site/../x/./a.txt")), Path::new("/repo/x/a.txt"));
    }

    #[test]
    fn hides_exactly_the_accepted_findings() {
        let dir = Path::new("/repo");
        let mut baseline = baseline_of(dir, &[("a.txt", FINDING)]);
        assert_eq!(baseline.entries.len(), 1);
        assert_eq!(baseline.entries[0].file, "a.txt");
        assert_eq!(baseline.entries[0].claim, "former US President Donald Trump");
        // The same finding after lines were added above it is hidden; a new one is not.
        let text = format!("The board met.\n\n{FINDING}\n\nShe met former US President Donald Trump.");
        let (article, mut outcome) = checked("/repo/a.txt", &text);
        assert_eq!(outcome.findings.len(), 2);
        assert_eq!(baseline.apply(&article, &mut outcome), 1);
        assert_eq!(outcome.findings.len(), 1);
        assert!(article.text[outcome.findings[0].sentence.clone()].starts_with("She met"));
        assert!(baseline.resolved().is_empty());
    }

    #[test]
    fn one_entry_hides_one_finding() {
        let dir = Path::new("/repo");
        let mut baseline = baseline_of(dir, &[("a.txt", FINDING)]);
        // The same sentence twice is two findings with one fingerprint: one is new.
        let (article, mut outcome) = checked("/repo/a.txt", &format!("{FINDING}\n\n{FINDING}"));
        assert_eq!(baseline.apply(&article, &mut outcome), 1);
        assert_eq!(outcome.findings.len(), 1);
    }

    #[test]
    fn an_entry_of_a_checked_file_that_matches_nothing_is_resolved_and_pruned() {
        let dir = Path::new("/repo");
        let mut baseline = baseline_of(dir, &[("a.txt", FINDING), ("b.txt", FINDING)]);
        let (article, mut outcome) = checked("/repo/a.txt", "He answered US President Donald Trump's remarks.");
        assert_eq!(baseline.apply(&article, &mut outcome), 0);
        // b.txt was not checked: its entry is neither resolved nor dropped.
        let resolved = baseline.resolved();
        assert_eq!(resolved.len(), 1);
        assert_eq!(resolved[0].file, "a.txt");
        let pruned = baseline.updated(true);
        assert_eq!(pruned.len(), 1);
        assert_eq!(pruned[0].file, "b.txt");
    }

    #[test]
    fn a_run_elsewhere_names_files_the_same_way() {
        let baseline = baseline_of(Path::new("/repo"), &[("news/a.txt", FINDING)]);
        let mut same = Baseline::new(Path::new("/repo/site/../.claimcheck-baseline.json"));
        same.set_entries(baseline.entries.clone());
        let (article, mut outcome) = checked("/repo/news/./a.txt", FINDING);
        assert_eq!(same.apply(&article, &mut outcome), 1);
    }

    #[test]
    fn a_bad_file_is_one_line_with_its_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        std::fs::write(&path, "{\n  \"claimcheck-baseline\": 1,\n  \"findings\": [1]\n}").unwrap();
        let e = Baseline::load(&path).unwrap_err();
        assert_eq!(e.place.map(|p| p.0), Some(3));
        assert!(e.to_string().contains("not a claimcheck baseline"), "{e}");
        std::fs::write(
            &path,
            r#"{"claimcheck-baseline": 1, "fingerprints": "claimcheck/v0", "findings": []}"#,
        )
        .unwrap();
        assert!(
            Baseline::load(&path)
                .unwrap_err()
                .to_string()
                .contains("write it again")
        );
        assert!(
            Baseline::load(&dir.path().join("none.json"))
                .unwrap_err()
                .to_string()
                .contains("cannot read")
        );
    }

    #[test]
    fn written_sorted_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DEFAULT_FILE);
        let mut baseline = Baseline::new(&path);
        baseline.keep_findings();
        for name in ["b.txt", "a.txt"] {
            let (article, mut outcome) = checked(&dir.path().join(name).display().to_string(), FINDING);
            baseline.apply(&article, &mut outcome);
        }
        baseline.write(baseline.updated(false)).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.find("a.txt").unwrap() < text.find("b.txt").unwrap(), "{text}");
        assert!(text.ends_with("]\n}\n"));
        assert_eq!(Baseline::load(&path).unwrap().entries.len(), 2);
    }
}
