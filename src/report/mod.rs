//! Reports: findings as a human diff or as JSON, and the summary line.

pub mod human;
pub mod json;
pub mod ledger;

use crate::article::Article;
use crate::checks::{Finding, Outcome, Severity, Verdict};
use crate::grammar::Flat;
use serde::Serialize;

#[derive(Debug, Default, Clone, Serialize, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub claims: usize,
    pub supported: usize,
    pub contradicted: usize,
    pub unverifiable: usize,
    pub errors: usize,
    pub warnings: usize,
    pub notes: usize,
}

impl Summary {
    pub fn add(&mut self, outcome: &Outcome) {
        self.files += 1;
        self.claims += outcome.claims.len();
        self.supported += outcome.count(Verdict::Supported);
        self.contradicted += outcome.count(Verdict::Contradicted);
        self.unverifiable += outcome.count(Verdict::Unverifiable);
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
        let mut line = format!(
            "{} · {}: {} supported, {} contradicted, {} unverifiable · {}, {}",
            plural(self.files, "file", "files"),
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
        line
    }
}

/// The text around a finding as written and as fixed, whitespace-normalised: its sentence,
/// with "…" where the line goes on, cut further when the sentence itself is long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub before: String,
    pub after: Option<String>,
}

/// Sentences longer than this (in characters) are cut around the finding.
const MAX_EXCERPT_CHARS: usize = 200;

pub fn excerpt(article: &Article, f: &Finding) -> Excerpt {
    let text = &article.text;
    let (mut a, mut b) = (f.sentence.start, f.sentence.end);
    if text[a..b].chars().count() > MAX_EXCERPT_CHARS {
        let reach = MAX_EXCERPT_CHARS / 2;
        a = word_boundary_back(text, f.span.start, reach).max(a);
        b = word_boundary_forward(text, f.span.end, reach).min(b);
    }
    let line_start = article.line_span(a).start;
    let line_end = article.line_span(b.saturating_sub(1)).end;
    let open = if text[line_start..a].trim().is_empty() {
        ""
    } else {
        "…"
    };
    let close = if text[b..line_end.max(b)].trim().is_empty() {
        ""
    } else {
        "…"
    };
    let flat = |s: &str| Flat::new(s, 0..s.len()).text;
    let before = format!("{open}{}{close}", flat(&text[a..b]));
    let after = f
        .fix
        .as_ref()
        .filter(|fix| a <= fix.span.start && fix.span.end <= b)
        .map(|fix| {
            let fixed = format!(
                "{}{}{}",
                &text[a..fix.span.start],
                fix.replacement,
                &text[fix.span.end..b]
            );
            format!("{open}{}{close}", flat(&fixed))
        });
    Excerpt { before, after }
}

/// The claim's own text after its fix: "US President Donald Trump".
pub fn fixed_claim(article: &Article, f: &Finding) -> Option<String> {
    let fix = f.fix.as_ref()?;
    let (a, b) = (f.span.start.min(fix.span.start), f.span.end.max(fix.span.end));
    let fixed = format!(
        "{}{}{}",
        &article.text[a..fix.span.start],
        fix.replacement,
        &article.text[fix.span.end..b]
    );
    Some(Flat::new(&fixed, 0..fixed.len()).text)
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
