//! The policy stage, between the checks and the printers: what the user has decided about
//! findings — severities per id, ids turned off or on, how quoted speech is ranked, and the
//! suppression comments in the article itself. The CLI, batch runs and the language server
//! all pass outcomes through the same `Policy`.

pub mod suppress;

use crate::article::Article;
use crate::checks::{CheckId, Finding, Outcome, Severity};
use crate::exit::ExitStatus;
use crate::report::Summary;
use std::collections::{BTreeMap, BTreeSet};

/// How findings inside quoted speech are ranked: they are the speaker's words, not the
/// writer's, so by default one level lower than the same claim in narration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum QuotedSeverity {
    #[default]
    Lower,
    /// As in narration.
    Same,
    /// Always this severity.
    Fixed(Severity),
    /// Not reported.
    Off,
}

/// Exit 1 when a finding at or above this severity is reported (`never`: only bad input fails).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    Error,
    #[default]
    Warning,
    /// Notes too (they never fail otherwise).
    Note,
    /// Only bad input fails (exit 2).
    Never,
}

#[derive(Debug, Clone, Default)]
pub struct Policy {
    /// Severity per id, replacing the check's own.
    pub severity: BTreeMap<CheckId, Severity>,
    pub disabled: BTreeSet<CheckId>,
    /// Ids that are off unless enabled (none of the shipped ones yet).
    pub enabled: BTreeSet<CheckId>,
    pub quoted: QuotedSeverity,
    pub fail_on: FailOn,
}

impl Policy {
    pub fn is_enabled(&self, id: &CheckId) -> bool {
        let on = id.on_by_default() || self.enabled.contains(id);
        on && !self.disabled.contains(id)
    }

    /// Applies the policy to one article's outcome: drops what is off or suppressed, ranks
    /// the rest, and reports suppression comments that silenced nothing.
    pub fn apply(&self, article: &Article, outcome: &mut Outcome) {
        let findings = std::mem::take(&mut outcome.findings);
        let mut directives = suppress::directives(article);
        let mut kept = Vec::with_capacity(findings.len());
        for mut f in findings {
            if !self.is_enabled(&f.check) {
                continue;
            }
            let line = article.line_col(f.span.start).0;
            if directives.iter_mut().any(|d| d.silences(&f.check, line)) {
                outcome.suppressed += 1;
                continue;
            }
            let Some(severity) = self.rank(&f) else {
                continue;
            };
            f.severity = severity;
            kept.push(f);
        }
        if self.is_enabled(&CheckId::UnusedSuppression) {
            kept.extend(suppress::unused(article, &directives).into_iter().filter_map(|mut f| {
                f.severity = self.rank(&f)?;
                Some(f)
            }));
        }
        kept.sort_by_key(|f| (f.span.start, f.span.end));
        outcome.findings = kept;
    }

    /// The severity a finding is reported at, or `None` when it is not reported.
    fn rank(&self, f: &Finding) -> Option<Severity> {
        let written = self.severity.get(&f.check).copied().unwrap_or(f.severity);
        if !f.quoted {
            return Some(written);
        }
        match self.quoted {
            QuotedSeverity::Lower => Some(match written {
                Severity::Error => Severity::Warning,
                _ => Severity::Note,
            }),
            QuotedSeverity::Same => Some(written),
            QuotedSeverity::Fixed(s) => Some(s),
            QuotedSeverity::Off => None,
        }
    }

    /// The exit status for a run: bad input wins, then findings at or above `fail_on`.
    pub fn exit_status(&self, summary: &Summary, input_errors: bool) -> ExitStatus {
        if input_errors {
            return ExitStatus::Error;
        }
        let failing = match self.fail_on {
            FailOn::Never => 0,
            FailOn::Error => summary.errors,
            FailOn::Warning => summary.errors + summary.warnings,
            // Notes are printed and counted, but fail only when asked for by name.
            FailOn::Note => summary.errors + summary.warnings + summary.notes,
        };
        if failing > 0 {
            ExitStatus::Findings
        } else {
            ExitStatus::Clean
        }
    }
}
