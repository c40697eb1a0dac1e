//! The human report: each finding as a diff of its sentence, with the fact it rests on, and a
//! summary line at the end.

use super::{Excerpt, Out, Printer, Summary, excerpt};
use crate::article::Article;
use crate::checks::{CheckId, Finding, Outcome, Severity};
use anstyle::{AnsiColor, Effects, Style};
use similar::{ChangeTag, TextDiff};
use std::fmt::Write as _;
use std::io;

const RED: Style = AnsiColor::Red.on_default();
const GREEN: Style = AnsiColor::Green.on_default();
const YELLOW: Style = AnsiColor::Yellow.on_default();
const CYAN: Style = AnsiColor::Cyan.on_default();

pub struct Human {
    color: bool,
    quiet: bool,
}

impl Human {
    pub fn new(color: bool, quiet: bool) -> Human {
        Human { color, quiet }
    }
}

impl Printer for Human {
    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        out.write_all(render_outcome(article, outcome, self.color).as_bytes())
    }

    fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()> {
        out.write_all(render_summary(summary).as_bytes())
    }
}

pub fn render_outcome(article: &Article, outcome: &Outcome, color: bool) -> String {
    let mut out = String::new();
    // A text that tells of days after its own date casts doubt on the date every other
    // finding is judged on: those findings come first, under a line that says so.
    let (doubts, rest): (Vec<&Finding>, Vec<&Finding>) = outcome
        .findings()
        .partition(|f| f.check == CheckId::DateAfterPublication);
    if !doubts.is_empty() {
        let line = format!(
            "{}: {} — yet it tells of later days as past; every finding is judged on that date",
            article.name(),
            article.dated()
        );
        let _ = writeln!(out, "{}", paint(color, YELLOW.effects(Effects::BOLD), &line));
    }
    for f in doubts.into_iter().chain(rest) {
        out.push_str(&render_finding(article, f, color));
        out.push('\n');
    }
    out
}

/// `s` in `style`, when colours are on.
fn paint(color: bool, style: Style, s: &str) -> String {
    if color {
        format!("{}{s}{}", style.render(), style.render_reset())
    } else {
        s.to_string()
    }
}

pub fn render_finding(article: &Article, f: &Finding, color: bool) -> String {
    let severity_style = match f.severity {
        Severity::Error => RED,
        Severity::Warning => YELLOW,
        Severity::Note => CYAN,
    };
    let mut out = String::new();
    let head = format!("{}[{}]", f.severity.as_str(), f.check);
    let _ = writeln!(
        out,
        "{} {}",
        paint(color, severity_style.effects(Effects::BOLD), &head),
        article.place(f.span.start)
    );
    let quoted = match (&f.speaker, f.quoted) {
        (Some(who), _) => format!(" (in {who}'s quoted words)"),
        (None, true) => " (in quoted speech)".to_string(),
        (None, false) => String::new(),
    };
    let _ = writeln!(out, "  {}{quoted}", f.message);
    let Excerpt { before, after, claim } = excerpt(article, f);
    match &after {
        Some(after) if color => {
            let (minus, plus) = highlight(&before, after);
            let _ = writeln!(out, "  {}", paint(color, RED, &format!("- {minus}")));
            let _ = writeln!(out, "  {}", paint(color, GREEN, &format!("+ {plus}")));
        }
        Some(after) => {
            let _ = writeln!(out, "  - {before}");
            let _ = writeln!(out, "{}", format!("  + {after}").trim_end());
        }
        // No sure fix: the sentence once, the claim marked under it (a lone "-" line would
        // read as a deletion).
        None => {
            let _ = writeln!(out, "  | {before}");
            let pad = before[..claim.start].chars().count();
            let width = before[claim.clone()].chars().count().max(1);
            let marks = format!("{}{}", " ".repeat(pad), "^".repeat(width));
            let _ = writeln!(out, "  | {}", paint(color, severity_style, &marks));
        }
    }
    if let Some(fact) = &f.fact {
        let _ = writeln!(out, "  fact: {fact}");
    }
    out
}

/// Word-level highlights: removed words reversed in the old line, inserted in the new.
fn highlight(old: &str, new: &str) -> (String, String) {
    let reverse = |base: Style, v: &str| {
        let on = base.effects(Effects::INVERT);
        format!("{}{v}{}{}", on.render(), on.render_reset(), base.render())
    };
    let diff = TextDiff::from_words(old, new);
    let (mut minus, mut plus) = (String::new(), String::new());
    for change in diff.iter_all_changes() {
        let v = change.value();
        match change.tag() {
            ChangeTag::Equal => {
                minus.push_str(v);
                plus.push_str(v);
            }
            ChangeTag::Delete if !v.trim().is_empty() => minus.push_str(&reverse(RED, v)),
            ChangeTag::Delete => minus.push_str(v),
            ChangeTag::Insert if !v.trim().is_empty() => plus.push_str(&reverse(GREEN, v)),
            ChangeTag::Insert => plus.push_str(v),
        }
    }
    (minus, plus)
}

/// The audit's tables (with `--summary`), then the summary line.
pub fn render_summary(summary: &Summary) -> String {
    let tables = summary
        .audit
        .as_ref()
        .map(|audit| super::tables::render(summary, audit))
        .unwrap_or_default();
    format!("{tables}{}{}\n", resolved(summary), summary.line())
}

/// The baseline's entries that match nothing any more, one line each, so the file can be
/// pruned knowingly.
fn resolved(summary: &Summary) -> String {
    let mut out = String::new();
    for e in &summary.resolved {
        let record = e.record.as_ref().map(|r| format!(" [{r}]")).unwrap_or_default();
        let _ = writeln!(
            out,
            "resolved: {}{record}: {} “{}” is in the baseline but no longer found",
            e.file, e.id, e.claim
        );
    }
    if !out.is_empty() {
        out.push_str("(claimcheck baseline --prune drops resolved entries)\n");
    }
    out
}
