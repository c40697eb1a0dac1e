//! The human report: each finding as a diff of its sentence, with the fact it rests on.

use super::{Summary, excerpt};
use crate::article::Article;
use crate::checks::{Finding, Outcome, Severity};
use similar::{ChangeTag, TextDiff};
use std::fmt::Write;

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";
const BOLD: &str = "\x1b[1m";
const REVERSE: &str = "\x1b[7m";
const RESET: &str = "\x1b[0m";

pub fn render_outcome(article: &Article, outcome: &Outcome, color: bool) -> String {
    let mut out = String::new();
    for f in outcome.findings() {
        out.push_str(&render_finding(article, f, color));
        out.push('\n');
    }
    out
}

pub fn render_finding(article: &Article, f: &Finding, color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let sev_color = match f.severity {
        Severity::Error => RED,
        Severity::Warning => YELLOW,
        Severity::Note => CYAN,
    };
    let (line, col) = article.line_col(f.span.start);
    let mut out = String::new();
    let head = format!("{}[{}]", f.severity.as_str(), f.check);
    let _ = writeln!(
        out,
        "{} {}:{line}:{col}",
        paint(&format!("{BOLD}{sev_color}"), &head),
        article.origin
    );
    let quoted = match (&f.speaker, f.quoted) {
        (Some(who), _) => format!(" (in {who}'s quoted words)"),
        (None, true) => " (in quoted speech)".to_string(),
        (None, false) => String::new(),
    };
    let _ = writeln!(out, "  {}{quoted}", f.message);
    let ex = excerpt(article, f);
    match &ex.after {
        Some(after) if color => {
            let (minus, plus) = highlight(&ex.before, after);
            let _ = writeln!(out, "  {}", paint(RED, &format!("- {minus}")));
            let _ = writeln!(out, "  {}", paint(GREEN, &format!("+ {plus}")));
        }
        Some(after) => {
            let _ = writeln!(out, "  - {}", ex.before);
            let _ = writeln!(out, "  + {after}");
        }
        None => {
            let _ = writeln!(out, "  - {}", paint(RED, &ex.before));
        }
    }
    if let Some(fact) = &f.fact {
        let _ = writeln!(out, "  fact: {fact}");
    }
    out
}

/// Word-level highlights: removed words reversed in the old line, inserted in the new.
fn highlight(old: &str, new: &str) -> (String, String) {
    let diff = TextDiff::from_words(old, new);
    let (mut minus, mut plus) = (String::new(), String::new());
    for change in diff.iter_all_changes() {
        let v = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                minus.push_str(v);
                plus.push_str(v);
            }
            ChangeTag::Delete if !v.trim().is_empty() => minus.push_str(&format!("{REVERSE}{v}{RESET}{RED}")),
            ChangeTag::Delete => minus.push_str(v),
            ChangeTag::Insert if !v.trim().is_empty() => plus.push_str(&format!("{REVERSE}{v}{RESET}{GREEN}")),
            ChangeTag::Insert => plus.push_str(v),
        }
    }
    (minus, plus)
}

pub fn render_summary(summary: &Summary) -> String {
    format!("{}\n", summary.line())
}
