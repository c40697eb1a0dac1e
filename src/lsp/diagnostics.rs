//! Findings as LSP diagnostics: the finding id as the code (linked to its `explain` page),
//! the fact it rests on as related information, severities mapped (a note is information).
//! A text that cannot be read as an article is one error diagnostic where the reader says,
//! and a text judged on today's date says so in a hint.

use super::documents::{Document, uri_of};
use super::explain::ExplainPages;
use super::positions::Encoding;
use super::project::Problem;
use crate::article::{Article, ArticleError, DateSource};
use crate::checks::{Finding, Outcome, Severity};
use crate::rules::RuleSet;
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Position,
    Range,
};
use std::path::{Path, PathBuf};

pub const SOURCE: &str = "claimcheck";

/// What the diagnostics of one document are built from.
pub struct Context<'a> {
    pub document: &'a Document,
    pub encoding: Encoding,
    pub rules: &'a RuleSet,
    /// Where relative pack paths in facts are found: the configuration's directory.
    pub base: Option<&'a Path>,
}

impl Context<'_> {
    fn range(&self, span: std::ops::Range<usize>) -> Range {
        let d = self.document;
        d.lines.range(&d.text, span, self.encoding)
    }
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Note => DiagnosticSeverity::INFORMATION,
    }
}

/// Every diagnostic of a checked document, findings in text order.
pub fn of_outcome(cx: &Context, article: &Article, outcome: &Outcome, pages: &mut ExplainPages) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = today_hint(cx, article).into_iter().collect();
    out.extend(outcome.findings.iter().map(|f| of_finding(cx, f, pages)));
    out
}

pub fn of_finding(cx: &Context, f: &Finding, pages: &mut ExplainPages) -> Diagnostic {
    let range = cx.range(f.span.clone());
    let mut message = f.message.clone();
    if let Some(who) = &f.speaker {
        message.push_str(&format!(" (quoting {who})"));
    }
    message.push_str(&format!("\n`claimcheck explain {}`", f.check));
    Diagnostic {
        range,
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.check.to_string())),
        code_description: pages.href(&f.check, cx.rules).map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message,
        related_information: f.fact.as_deref().map(|fact| vec![related_fact(cx, fact, range)]),
        ..Diagnostic::default()
    }
}

/// The fact as related information: at its line in the pack when the pack is a file here,
/// at its line in the article for "this article, line N", else at the claim itself.
fn related_fact(cx: &Context, fact: &str, claim: Range) -> DiagnosticRelatedInformation {
    let own = || Location::new(cx.document.uri.clone(), claim);
    let location = article_line(cx, fact)
        .or_else(|| pack_line(cx, fact))
        .unwrap_or_else(own);
    DiagnosticRelatedInformation {
        location,
        message: format!("fact: {fact}"),
    }
}

fn article_line(cx: &Context, fact: &str) -> Option<Location> {
    let line: usize = fact.strip_prefix("this article, line ")?.trim().parse().ok()?;
    let d = cx.document;
    let start = d.lines.line_start(line.checked_sub(1)?, d.text.len());
    let position = d.lines.position(&d.text, start, cx.encoding);
    Some(Location::new(d.uri.clone(), Range::new(position, position)))
}

/// `rules/us-executive.yaml:473 (…)`: the pack's file and line, when that file exists.
fn pack_line(cx: &Context, fact: &str) -> Option<Location> {
    let place = fact.split(" (").next()?;
    let (file, line) = place.rsplit_once(':')?;
    let line: u32 = line.parse().ok()?;
    let path = PathBuf::from(file);
    let path = if path.is_absolute() { path } else { cx.base?.join(path) };
    if !path.is_file() {
        return None;
    }
    let position = Position::new(line.saturating_sub(1), 0);
    Some(Location::new(uri_of(&path)?, Range::new(position, position)))
}

/// A hint at the top when the text gives no date and today's was used.
fn today_hint(cx: &Context, article: &Article) -> Option<Diagnostic> {
    if article.date_source != DateSource::Today {
        return None;
    }
    let start = Position::new(0, 0);
    let end = cx.range(0..article.line_span(0).end).end;
    Some(Diagnostic {
        range: Range::new(start, end),
        severity: Some(DiagnosticSeverity::HINT),
        source: Some(SOURCE.to_string()),
        message: format!(
            "no publication date in the text: checked as of today, {}; start it with `date YYYY-MM-DD` or give front matter `date:` to check it as of another day",
            article.date
        ),
        ..Diagnostic::default()
    })
}

/// A text that could not be read as an article: one error, where the reader says (the
/// first line when it does not).
pub fn of_error(cx: &Context, error: &ArticleError) -> Diagnostic {
    let d = cx.document;
    let (line, column) = error.location.unwrap_or((1, 1));
    let line_start = d.lines.line_start(line.saturating_sub(1), d.text.len());
    let line_end = d.text[line_start..]
        .find(['\r', '\n'])
        .map_or(d.text.len(), |i| line_start + i);
    let start = d.text[line_start..line_end]
        .char_indices()
        .nth(column.saturating_sub(1))
        .map_or(line_end, |(i, _)| line_start + i);
    Diagnostic {
        range: cx.range(start..line_end),
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some(SOURCE.to_string()),
        message: error.message.clone(),
        ..Diagnostic::default()
    }
}

/// A configuration or pack error as a diagnostic in that file (positions there are
/// characters; a file that is not open is not measured, and its lines are short).
pub fn of_problem(p: &Problem) -> Diagnostic {
    let line = p.line.map_or(0, |l| l.saturating_sub(1));
    let column = p.column.map_or(0, |c| c.saturating_sub(1));
    let at = Position::new(to_u32(line), to_u32(column));
    Diagnostic {
        range: Range::new(at, Position::new(at.line, at.character + 1)),
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some(SOURCE.to_string()),
        message: p.message.clone(),
        ..Diagnostic::default()
    }
}

/// Problems grouped by file, for one publishDiagnostics each.
pub fn by_file(problems: &[Problem]) -> Vec<(lsp_types::Uri, Vec<Diagnostic>)> {
    let mut files: Vec<(PathBuf, Vec<Diagnostic>)> = Vec::new();
    for p in problems {
        match files.iter_mut().find(|(f, _)| *f == p.file) {
            Some((_, list)) => list.push(of_problem(p)),
            None => files.push((p.file.clone(), vec![of_problem(p)])),
        }
    }
    files
        .into_iter()
        .filter_map(|(file, list)| Some((uri_of(&file)?, list)))
        .collect()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
