//! `.claimcheck.yaml`: a project's settings, kept beside its copy — packs to add, severities,
//! ids turned off or on, when to fail, which files to leave alone, which front-matter date to
//! use, how quoted speech ranks — plus keys reserved for checks still to come.
//!
//! The file is read with a position-aware YAML parser so every error names its line and
//! column, and with a small budget: a configuration is a few dozen lines, so an alias bomb
//! fails at once instead of expanding. Loading is two steps, because lint ids (`lint/<id>`)
//! can only be checked once the packs — some named by the file itself — are loaded:
//! [`Config::load`], then [`Config::check_lints`].

mod discover;
mod globs;
mod raw;

pub use discover::{FILE_NAME, find};

use crate::article::DateKind;
use crate::checks::{CheckId, Severity};
use crate::engine::Engine;
use crate::policy::{FailOn, Policy, QuotedSeverity};
use crate::rules::RuleSet;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What `claimcheck init` writes: every key, commented, with its default.
pub const TEMPLATE: &str = include_str!("template.yaml");

/// Every top-level key, in the order the template and README give them.
pub const KEYS: &[&str] = &[
    "rules",
    "severity",
    "disable",
    "enable",
    "fail-on",
    "exclude",
    "date-from",
    "quoted",
    "archives",
    "baseline",
    "country",
    "title-at-event",
    "diacritics",
];

/// A configuration is a few dozen lines; anything this large is not one.
const MAX_BYTES: u64 = 1 << 20;

/// A 1-based line and column (in characters) in the configuration file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    pub line: usize,
    pub col: usize,
}

/// A value and where the file says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located<T> {
    pub value: T,
    pub place: Option<Place>,
}

/// One error in a configuration file, printed `path:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    pub place: Option<Place>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.place {
            Some(Place { line, col }) => write!(f, "{}:{line}:{col}: {}", self.path, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// `title-at-event:`: how a title used as it stood at a past event is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TitleAtEvent {
    #[default]
    Allow,
    Note,
    Warn,
}

/// `diacritics:`: whether a name spelled without its diacritics is a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Diacritics {
    /// Ask for the packs' diacritics (`missing-diacritics`).
    Keep,
    /// "Davutoglu" and "Davutoğlu" are one spelling (wire style drops diacritics); only
    /// writing both in one article is `inconsistent-spelling`.
    #[default]
    Fold,
}

/// A loaded configuration. `None` and empty lists mean the key was not given.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The file, as messages name it.
    pub path: String,
    /// The directory holding the file: `rules` are resolved against it, and `exclude` and
    /// `archives` globs are matched against paths relative to it.
    pub dir: PathBuf,
    /// Packs, or directories of packs, added to the shipped ones (resolved against `dir`).
    pub rules: Vec<PathBuf>,
    pub severity: Vec<(Located<CheckId>, Severity)>,
    pub disable: Vec<Located<CheckId>>,
    pub enable: Vec<Located<CheckId>>,
    pub fail_on: Option<FailOn>,
    /// Globs (gitignore style, relative to `dir`) of paths the walker skips; see
    /// [`Config::excludes_from`].
    pub exclude: Vec<String>,
    /// Which front-matter date the checks use.
    pub date_from: Option<DateKind>,
    pub quoted: Option<QuotedSeverity>,
    /// Globs of `.csv` / `.tsv` files to read as archives of records when a directory is walked.
    pub archives: Vec<String>,
    /// The baseline of accepted findings `check` leaves out (resolved against `dir`).
    pub baseline: Option<PathBuf>,
    /// The default country (ISO 3166-1 alpha-2, upper case) of an unqualified title: "President
    /// X" is then that country's office for `wrong-office` and `not-the-holder`.
    pub country: Option<String>,
    pub title_at_event: Option<TitleAtEvent>,
    /// How accents count in spellings (`fold`: wire style drops them).
    pub diacritics: Option<Diacritics>,
}

impl Config {
    /// Reads and parses the file at `path`; `shown` names it in messages.
    pub fn load(path: &Path, shown: &str) -> Result<Config, Vec<ConfigError>> {
        let text = read(path).map_err(|message| {
            vec![ConfigError {
                path: shown.to_string(),
                place: None,
                message,
            }]
        })?;
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Config::parse(shown, &dir, &text)
    }

    /// Parses a configuration's text. Every error the values hold is reported, sorted by
    /// place; a YAML error stops at the first.
    pub fn parse(shown: &str, dir: &Path, text: &str) -> Result<Config, Vec<ConfigError>> {
        let raw = raw::parse(text).map_err(|(place, message)| {
            vec![ConfigError {
                path: shown.to_string(),
                place,
                message,
            }]
        })?;
        raw.into_config(shown, dir)
    }

    /// Checks that every `lint/<id>` the file names is a lint of a loaded pack.
    pub fn check_lints(&self, rules: &RuleSet) -> Result<(), Vec<ConfigError>> {
        let known: Vec<String> = rules.lints.iter().map(|l| CheckId::lint(&l.id).to_string()).collect();
        let named = self
            .severity
            .iter()
            .map(|(id, _)| id)
            .chain(&self.disable)
            .chain(&self.enable);
        let mut errors: Vec<ConfigError> = named
            .filter(|id| id.value.is_lint() && !known.iter().any(|k| id.value == k.as_str()))
            .map(|id| ConfigError {
                path: self.path.clone(),
                place: id.place,
                message: format!(
                    "no loaded pack defines the lint `{}`{}",
                    id.value,
                    did_you_mean(id.value.as_str(), known.iter().map(String::as_str))
                ),
            })
            .collect();
        errors.sort_by_key(|e| e.place);
        if errors.is_empty() { Ok(()) } else { Err(errors) }
    }

    /// `exclude:` as the walker reads globs: against paths as walked from `cwd`, like
    /// `--exclude`. The file means them relative to its own directory, as `.gitignore` does.
    pub fn excludes_from(&self, cwd: &Path) -> Vec<String> {
        self.rebased(&self.exclude, cwd)
    }

    /// `archives:` as the walker reads globs, as `excludes_from` gives `exclude:`.
    pub fn archives_from(&self, cwd: &Path) -> Vec<String> {
        self.rebased(&self.archives, cwd)
    }

    fn rebased(&self, globs: &[String], cwd: &Path) -> Vec<String> {
        let absolute = |p: &Path| std::fs::canonicalize(p).or_else(|_| std::path::absolute(p));
        let (Ok(dir), Ok(cwd)) = (absolute(&cwd.join(&self.dir)), absolute(cwd)) else {
            return globs.to_vec();
        };
        globs.iter().flat_map(|g| globs::rebase(g, &dir, &cwd)).collect()
    }

    /// Writes the file's settings into an engine: its policy, which front-matter date to use,
    /// and what house style decides for the checks. `claimcheck check` and the language
    /// server both set their engine up here, so they read a configuration alike; flags are
    /// applied after, so they win.
    pub fn configure(&self, engine: &mut Engine) {
        self.apply(&mut engine.policy);
        engine.read.date_from = self.date_from.unwrap_or_default();
        engine.options.country = self.country.clone();
        engine.options.title_at_event = self.title_at_event.unwrap_or_default();
        engine.options.diacritics = self.diacritics.unwrap_or_default();
    }

    /// Writes the file's settings into `policy`. Command-line flags are applied after, so
    /// they win.
    pub fn apply(&self, policy: &mut Policy) {
        for (id, severity) in &self.severity {
            policy.severity.insert(id.value.clone(), *severity);
        }
        policy.disabled.extend(self.disable.iter().map(|id| id.value.clone()));
        policy.enabled.extend(self.enable.iter().map(|id| id.value.clone()));
        if let Some(quoted) = self.quoted {
            policy.quoted = quoted;
        }
        if let Some(fail_on) = self.fail_on {
            policy.fail_on = fail_on;
        }
    }
}

/// The file's text: UTF-8, at most `MAX_BYTES`.
fn read(path: &Path) -> Result<String, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read: {}", reason(&e)))?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read: {}", reason(&e)))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(format!(
            "larger than {} KiB: not a configuration file",
            MAX_BYTES / 1024
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })
}

fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        std::io::ErrorKind::IsADirectory => "a directory, not a file".to_string(),
        _ => e.to_string(),
    }
}

/// `"; did you mean `x`?"` when one candidate is close to `word`, else nothing.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    closest(word, candidates).map_or_else(String::new, |c| format!("; did you mean `{c}`?"))
}

/// The candidate closest to `word`, when it is close enough to be a typo of it.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests;
