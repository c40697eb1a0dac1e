//! Code actions on findings: make the fix (an edit of exactly the fixed bytes), "ignore
//! here" and "ignore in this file" (a suppression comment in the syntax the policy reads for
//! the document's kind, placed where it silences the finding without breaking the markup or
//! the date header), and every fix at once.

use super::documents::{Checked, Document};
use super::positions::Encoding;
use crate::article::{Article, SourceFormat};
use crate::checks::{CheckId, Finding};
use crate::edit::{Edit, EditKind, apply_all};
use crate::policy::suppress::{next_line_comment, region_comment};
use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, NumberOrString, TextEdit, WorkspaceEdit};
use std::collections::HashMap;
use std::ops::Range;

/// A code action request on one document.
pub struct Request<'a> {
    pub document: &'a Document,
    pub checked: &'a Checked,
    pub encoding: Encoding,
    /// The bytes the editor asks about (the cursor or a selection).
    pub span: Range<usize>,
    /// The client's diagnostics there, to tie each action to the one it resolves.
    pub diagnostics: &'a [Diagnostic],
    /// The kinds the client wants, when it says.
    pub only: Option<&'a [CodeActionKind]>,
}

pub fn actions(request: &Request) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    if request.wants(&CodeActionKind::QUICKFIX) {
        for f in request.findings_here() {
            out.extend(for_finding(request, f));
        }
    }
    if request.wants(&CodeActionKind::SOURCE_FIX_ALL) {
        out.extend(fix_all(request));
    }
    out.into_iter().map(CodeActionOrCommand::CodeAction).collect()
}

impl Request<'_> {
    /// A kind is wanted when the client named no kinds, or named it or a kind above it
    /// (`source` covers `source.fixAll`).
    fn wants(&self, kind: &CodeActionKind) -> bool {
        self.only.is_none_or(|only| {
            only.iter().any(|k| {
                let (k, kind) = (k.as_str(), kind.as_str());
                kind == k || kind.starts_with(&format!("{k}."))
            })
        })
    }

    fn findings_here(&self) -> impl Iterator<Item = &Finding> {
        let span = self.span.clone();
        self.checked
            .outcome
            .findings
            .iter()
            .filter(move |f| f.span.start <= span.end && span.start <= f.span.end)
    }

    fn action(&self, title: String, kind: CodeActionKind, edits: Vec<Edit>, finding: Option<&Finding>) -> CodeAction {
        let d = self.document;
        let text_edits = edits
            .into_iter()
            .map(|e| TextEdit::new(d.lines.range(&d.text, e.span(), self.encoding), e.text))
            .collect();
        CodeAction {
            title,
            kind: Some(kind),
            diagnostics: finding.map(|f| self.diagnostics_of(f)).filter(|d| !d.is_empty()),
            edit: Some(WorkspaceEdit {
                changes: Some(HashMap::from([(d.uri.clone(), text_edits)])),
                ..WorkspaceEdit::default()
            }),
            is_preferred: Some(finding.is_some_and(|f| f.fix.is_some())),
            ..CodeAction::default()
        }
    }

    fn diagnostics_of(&self, f: &Finding) -> Vec<Diagnostic> {
        let d = self.document;
        let range = d.lines.range(&d.text, f.span.clone(), self.encoding);
        let code = NumberOrString::String(f.check.to_string());
        self.diagnostics
            .iter()
            .filter(|diag| diag.range == range && diag.code.as_ref() == Some(&code))
            .cloned()
            .collect()
    }
}

fn for_finding(request: &Request, f: &Finding) -> Vec<CodeAction> {
    let article = &request.checked.article;
    let mut out = Vec::new();
    if let Some(fix) = &f.fix {
        let title = fix_title(&article.text, fix);
        out.push(request.action(title, CodeActionKind::QUICKFIX, vec![fix.clone()], Some(f)));
    }
    // A stale suppression is fixed by deleting it, not by another suppression; a claim in
    // front matter cannot be silenced by a comment (the policy reads comments in the body).
    if f.check == CheckId::UnusedSuppression || f.span.start < article.body.start {
        return out;
    }
    let here = ignore_here(article, f);
    out.push(request.action(
        format!("Ignore {} here", f.check),
        CodeActionKind::QUICKFIX,
        vec![here],
        Some(f),
    ));
    let everywhere = ignore_in_file(article, &f.check);
    out.push(request.action(
        format!("Ignore {} in this file", f.check),
        CodeActionKind::QUICKFIX,
        vec![everywhere],
        Some(f),
    ));
    out
}

/// "Replace “former US President” with “US President”", short enough for a menu.
fn fix_title(text: &str, fix: &Edit) -> String {
    let old = shorten(&text[fix.span()]);
    let new = shorten(&fix.text);
    match fix.kind() {
        EditKind::Replace => format!("Replace “{old}” with “{new}”"),
        EditKind::Delete => format!("Delete “{}”", old.trim()),
        EditKind::Insert => format!("Insert “{}”", new.trim()),
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 60;
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}

/// Every fix in the document, leaving out those that overlap an earlier one (as `--fix`).
fn fix_all(request: &Request) -> Option<CodeAction> {
    let fixes: Vec<Edit> = request
        .checked
        .outcome
        .findings
        .iter()
        .filter_map(|f| f.fix.clone())
        .collect();
    if fixes.is_empty() {
        return None;
    }
    let made = apply_all(&request.checked.article.text, &fixes).applied;
    let edits: Vec<Edit> = made.into_iter().map(|i| fixes[i].clone()).collect();
    let title = format!("Make every claimcheck fix in this file ({})", edits.len());
    Some(request.action(title, CodeActionKind::SOURCE_FIX_ALL, edits, None))
}

/// The document's line break: CRLF when its first line ends with one.
fn line_break(text: &str) -> &'static str {
    match text.find('\n') {
        Some(i) if text[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    }
}

fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind(['\n', '\r']).map_or(0, |i| i + 1)
}

/// The spaces between a `date YYYY-MM-DD` header and the prose on its line: a comment for
/// that line goes there, on lines of its own, since nothing may stand before the header.
fn header_gap(article: &Article) -> Option<Range<usize>> {
    let body = article.body.start;
    if body == 0 || line_start(&article.text, body) == body {
        return None;
    }
    Some(article.text[..body].trim_end().len()..body)
}

/// The comment for `text` on lines of its own in the header gap.
fn after_header(article: &Article, gap: Range<usize>, comment: &str) -> Edit {
    let eol = line_break(&article.text);
    Edit::replace(gap, format!("{eol}{comment}{eol}"))
}

/// `<!-- claimcheck-disable-next-line ID -->` (or `claimcheck: ignore ID`) for the finding's
/// line.
fn ignore_here(article: &Article, f: &Finding) -> Edit {
    let text = &article.text;
    let comment = next_line_comment(article.format, &f.check);
    let line = line_start(text, f.span.start);
    if let Some(gap) = header_gap(article).filter(|gap| line <= gap.start) {
        return after_header(article, gap, &comment);
    }
    let eol = line_break(text);
    match article.format {
        // A line of its own inside a paragraph, a list or a quote would end it: in Markdown
        // the comment goes at the end of the line before, where it is inline HTML.
        SourceFormat::Markdown => match previous_line_end(article, line) {
            Some(end) => Edit::insert(end, format!(" {comment}")),
            None => Edit::insert(line, format!("{comment}{eol}")),
        },
        SourceFormat::Html if line == 0 => after_doctype(text, &comment),
        SourceFormat::Html | SourceFormat::Text => {
            let indent = &text[line..line + text[line..].len() - text[line..].trim_start_matches([' ', '\t']).len()];
            Edit::insert(line, format!("{indent}{comment}{eol}"))
        }
    }
}

/// Where a Markdown comment can end the line before `line`: that line must be prose of the
/// body (not blank, not a code fence, not a setext underline, not front matter).
fn previous_line_end(article: &Article, line: usize) -> Option<usize> {
    let text = &article.text;
    let end = text[..line].trim_end_matches(['\n', '\r']).len();
    let start = line_start(text, end);
    if line == 0 || start < article.body.start {
        return None;
    }
    let content = text[start..end].trim();
    let underline = !content.is_empty() && content.chars().all(|c| c == '=' || c == '-');
    let fence = content.starts_with("```") || content.starts_with("~~~");
    (!content.is_empty() && !underline && !fence).then_some(end)
}

/// On an HTML page's first line: after a `<!DOCTYPE …>` there, which must stay first, with the
/// comment and the rest of the line on a line below.
fn after_doctype(text: &str, comment: &str) -> Edit {
    let eol = line_break(text);
    let doctype_end = text
        .get(..9)
        .filter(|s| s.eq_ignore_ascii_case("<!doctype"))
        .and_then(|_| text.find('>'))
        .map(|i| i + 1);
    match doctype_end {
        Some(end) => Edit::insert(end, format!("{eol}{comment}{eol}")),
        None => Edit::insert(0, format!("{comment}{eol}")),
    }
}

/// `<!-- claimcheck-disable ID -->` before the first line of prose: it silences the id from
/// there to the end.
fn ignore_in_file(article: &Article, id: &CheckId) -> Edit {
    let text = &article.text;
    let comment = region_comment(id);
    let first_prose = article
        .passages
        .iter()
        .filter_map(|p| p.start())
        .filter(|&s| s >= article.body.start)
        .min()
        .unwrap_or(article.body.start);
    let line = line_start(text, first_prose).max(line_start(text, article.body.start));
    let eol = line_break(text);
    if let Some(gap) = header_gap(article).filter(|gap| line <= gap.start) {
        // In plain text a blank line keeps the comment out of the first paragraph.
        let comment = match article.format {
            SourceFormat::Text => format!("{comment}{eol}"),
            _ => comment,
        };
        return after_header(article, gap, &comment);
    }
    match article.format {
        SourceFormat::Html if line == 0 => after_doctype(text, &comment),
        SourceFormat::Text => Edit::insert(line, format!("{comment}{eol}{eol}")),
        SourceFormat::Markdown | SourceFormat::Html => Edit::insert(line, format!("{comment}{eol}")),
    }
}
