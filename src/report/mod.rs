//! Reports: one `Printer` per output format, each in its own file, all fed the same way —
//! `start`, then each article's outcome (or input error) in input order, then `finish` with
//! the summary. Printers stream: only the formats that are one document (JSON, SARIF,
//! checkstyle) keep anything between articles, and then only findings, never texts.

pub mod audit;
pub mod audit_html;
pub mod checkstyle;
pub mod coverage;
pub mod explain;
pub mod fingerprint;
pub mod github;
pub mod human;
pub mod json;
pub mod jsonl;
pub mod ledger;
pub mod patch;
pub mod record;
pub mod sarif;
pub mod tables;

use crate::article::{Article, ArticleError};
use crate::checks::{Finding, Outcome, Severity, Verdict};
use crate::grammar::Flat;
use crate::rules::RuleSet;
use serde::Serialize;
use std::io::{self, Write};
use std::ops::Range;

/// Where a printer writes. Errors are real: a full disk must not exit 0.
pub type Out<'a> = &'a mut dyn Write;

pub trait Printer {
    /// Before the first article.
    fn start(&mut self, _out: Out) -> io::Result<()> {
        Ok(())
    }
    /// One checked article, in input order.
    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()>;
    /// An input that could not be checked. It is also printed on stderr as one line; machine
    /// formats carry it too, so a pipeline sees it.
    fn error(&mut self, _out: Out, _error: &ArticleError) -> io::Result<()> {
        Ok(())
    }
    /// After the last article.
    fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()>;
}

/// The output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    /// One JSON record a line: findings and input errors, as each file completes.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request's lines.
    Github,
    /// A unified diff of every fix, for `git apply` or `patch -p1`.
    Patch,
    /// Checkstyle XML, for the CI tools that read it.
    Checkstyle,
}

/// What a printer needs besides the findings.
pub struct PrintOptions<'a> {
    pub color: bool,
    /// Only the summary line (human output).
    pub quiet: bool,
    /// JSONL: end with a summary line.
    pub summary_line: bool,
    pub rules: &'a RuleSet,
    /// A baseline is in use: the findings reported are the new ones.
    pub baseline: bool,
}

/// The printer for `check --format`.
pub fn printer<'a>(format: Format, options: &PrintOptions<'a>) -> Box<dyn Printer + 'a> {
    match format {
        Format::Human => Box::new(human::Human::new(options.color, options.quiet)),
        Format::Json => Box::new(json::Json::default()),
        Format::Jsonl => Box::new(jsonl::Jsonl::new(options.summary_line)),
        Format::Sarif => Box::new(sarif::Sarif::new(options.rules, options.baseline)),
        Format::Github => Box::new(github::Github),
        Format::Patch => Box::new(patch::Patch),
        Format::Checkstyle => Box::new(checkstyle::Checkstyle),
    }
}

#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct Summary {
    /// Files checked (each an article); records of archives are counted apart.
    pub files: usize,
    /// Archive records checked.
    #[serde(skip_serializing_if = "is_zero")]
    pub records: usize,
    /// Archive records that could not be read as articles (bad JSON, no text, no date).
    #[serde(skip_serializing_if = "is_zero")]
    pub bad_records: usize,
    pub claims: usize,
    pub supported: usize,
    pub contradicted: usize,
    pub unverifiable: usize,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
    /// Findings silenced by suppression comments or the configuration.
    #[serde(skip_serializing_if = "is_zero")]
    pub suppressed: usize,
    /// Findings the baseline holds (`--baseline`), not reported.
    #[serde(skip_serializing_if = "is_zero")]
    pub baselined: usize,
    /// Baseline entries that matched nothing in the files checked: fixed, or their sentence
    /// changed (`claimcheck baseline --prune` drops them).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resolved: Vec<crate::baseline::Entry>,
    /// `--changed-since`: findings whose sentence touches no changed line, not reported.
    #[serde(skip_serializing_if = "is_zero")]
    pub unchanged: usize,
    /// Inputs that could not be checked.
    #[serde(skip_serializing_if = "is_zero")]
    pub failed: usize,
    /// `--fix`: fixes made, and fixes left out because they overlap an earlier one.
    #[serde(skip_serializing_if = "is_zero")]
    pub fixed: usize,
    #[serde(skip_serializing_if = "is_zero")]
    pub not_applied: usize,
    /// `--summary`: the audit's tables.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub audit: Option<audit::Audit>,
    /// How much text was read, how fast: human output and stderr only, so machine output
    /// is the same on every run.
    #[serde(skip)]
    pub throughput: Option<Throughput>,
}

/// Bytes of text read (decompressed) and the time the run took.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throughput {
    pub bytes: u64,
    pub elapsed: std::time::Duration,
}

impl Throughput {
    /// `1.02 GB in 31.4 s, 32.5 MB/s` (decimal megabytes, as rates are given).
    pub fn line(&self) -> String {
        let seconds = self.elapsed.as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        let size = if mb >= 1000.0 {
            format!("{:.2} GB", mb / 1000.0)
        } else {
            format!("{mb:.1} MB")
        };
        format!("{size} read in {seconds:.1} s, {:.1} MB/s", mb / seconds)
    }
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Summary {
    /// Counts a checked article: a file or an archive's record, and in the audit's tables
    /// when they are kept.
    pub fn add_article(&mut self, article: &Article, outcome: &Outcome) {
        self.add(outcome);
        if article.record.is_some() {
            self.files -= 1;
            self.records += 1;
        }
        if let Some(audit) = &mut self.audit {
            audit.add(article, outcome);
        }
    }

    pub fn add(&mut self, outcome: &Outcome) {
        self.files += 1;
        self.claims += outcome.claims.len();
        self.supported += outcome.count(Verdict::Supported);
        self.contradicted += outcome.count(Verdict::Contradicted);
        self.unverifiable += outcome.count(Verdict::Unverifiable);
        self.suppressed += outcome.suppressed;
        for f in outcome.findings() {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Note => self.notes += 1,
            }
        }
    }

    /// `1 file · 14 claims: 7 supported, 2 contradicted, 5 unverifiable · 2 errors, 0 warnings`
    pub fn line(&self) -> String {
        let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        // Nothing was checked: no "0 files" line that reads like a clean run.
        if self.files == 0 && self.records == 0 && self.failed > 0 {
            return format!(
                "no file checked: {} could not be checked",
                plural(self.failed, "input", "inputs")
            );
        }
        let checked = match (self.files, self.records) {
            (files, 0) => plural(files, "file", "files"),
            (0, records) => plural(records, "record", "records"),
            (files, records) => format!(
                "{}, {}",
                plural(files, "file", "files"),
                plural(records, "record", "records")
            ),
        };
        let mut line = format!(
            "{checked} · {}: {} supported, {} contradicted, {} unverifiable · {}, {}",
            plural(self.claims, "claim", "claims"),
            self.supported,
            self.contradicted,
            self.unverifiable,
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
        );
        if self.notes > 0 {
            line.push_str(&format!(", {}", plural(self.notes, "note", "notes")));
        }
        if self.suppressed > 0 {
            line.push_str(&format!(" · {} suppressed", self.suppressed));
        }
        if self.baselined > 0 {
            line.push_str(&format!(" · {} in the baseline", self.baselined));
        }
        if !self.resolved.is_empty() {
            line.push_str(&format!(
                " ({} resolved)",
                plural(self.resolved.len(), "entry", "entries")
            ));
        }
        if self.unchanged > 0 {
            line.push_str(&format!(" · {} on unchanged lines", self.unchanged));
        }
        if self.fixed > 0 {
            line.push_str(&format!(" · {} fixed", self.fixed));
        }
        if self.not_applied > 0 {
            line.push_str(&format!(
                ", {} not applied (overlapping an earlier fix)",
                plural(self.not_applied, "fix", "fixes")
            ));
        }
        if self.bad_records > 0 {
            line.push_str(&format!(
                " · {} skipped",
                plural(self.bad_records, "bad record", "bad records")
            ));
        }
        if self.failed > 0 {
            line.push_str(&format!(" · {} not checked", plural(self.failed, "input", "inputs")));
        }
        line
    }
}

/// The text around a finding as written and as fixed, whitespace-normalised: its sentence,
/// with "…" where the line goes on, cut further when the sentence itself is long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub before: String,
    pub after: Option<String>,
    /// Where the claim is in `before` (bytes).
    pub claim: Range<usize>,
}

/// Sentences longer than this (in characters) are cut around the finding.
const MAX_EXCERPT_CHARS: usize = 200;

pub fn excerpt(article: &Article, f: &Finding) -> Excerpt {
    let text = &article.text;
    let (mut a, mut b) = (f.sentence.start, f.sentence.end);
    // Counting stops at the limit: a run-on "sentence" may be the whole file.
    if text[a..b].chars().nth(MAX_EXCERPT_CHARS).is_some() {
        let reach = MAX_EXCERPT_CHARS / 2;
        a = word_boundary_back(text, f.span.start, reach).max(a);
        b = word_boundary_forward(text, f.span.end, reach).min(b);
    }
    // "…" where the line has more prose before or after: markup alone does not count.
    let line_start = article.line_span(a).start;
    let line_end = article.line_span(b.saturating_sub(1)).end.max(b);
    let more = |range: Range<usize>| {
        article.has_text(range.clone()) || article.passages.is_empty() && !text[range].trim().is_empty()
    };
    let open = if more(line_start..a) { "…" } else { "" };
    let close = if more(b..line_end) { "…" } else { "" };
    // The sentence as read: no markup, entities decoded.
    let sentence = article.read_text(a..b).unwrap_or_else(|| Flat::new(text, a..b));
    let claim = open.len() + sentence.flat_offset(f.span.start)..open.len() + sentence.flat_offset(f.span.end);
    let before = format!("{open}{}{close}", sentence.text);
    let after = f
        .fix
        .as_ref()
        .filter(|fix| fix.within(&(a..b)))
        .map(|fix| format!("{open}{}{close}", with_fix(&sentence, fix)));
    Excerpt { before, after, claim }
}

/// The claim's own text after its fix, as read: "US President Donald Trump".
pub fn fixed_claim(article: &Article, f: &Finding) -> Option<String> {
    let fix = f.fix.as_ref()?;
    let around = f.span.start.min(fix.start)..f.span.end.max(fix.end);
    let read = article
        .read_text(around.clone())
        .unwrap_or_else(|| Flat::new(&article.text, around));
    Some(with_fix(&read, fix))
}

/// Read text with an edit to its source made: the edited bytes' text replaced, whitespace
/// normalised again.
fn with_fix(read: &Flat, fix: &crate::edit::Edit) -> String {
    let from = read.flat_offset(fix.start);
    let to = read.flat_offset(fix.end).max(from);
    let joined = format!("{}{}{}", &read.text[..from], fix.text, &read.text[to..]);
    Flat::new(&joined, 0..joined.len()).text
}

/// Where to start an excerpt about `reach` characters before `from`: at a space if there is
/// one within twice that, otherwise mid-word, so a run without spaces cannot make it long.
fn word_boundary_back(text: &str, from: usize, reach: usize) -> usize {
    let mut start = from;
    for (count, (i, c)) in text[..from].char_indices().rev().enumerate() {
        if (count >= reach && c.is_whitespace()) || count >= 2 * reach {
            return i + c.len_utf8();
        }
        start = i;
    }
    start
}

fn word_boundary_forward(text: &str, from: usize, reach: usize) -> usize {
    for (count, (i, c)) in text[from..].char_indices().enumerate() {
        if (count >= reach && c.is_whitespace()) || count >= 2 * reach {
            return from + i;
        }
    }
    text.len()
}
