//! Suppression comments: the writer's own judgement, kept beside the copy it is about.
//!
//! - `<!-- claimcheck-disable-next-line ID … -->`: findings on the next non-blank line;
//! - `<!-- claimcheck-disable ID … -->` … `<!-- claimcheck-enable ID … -->`: a region (to the
//!   end of the file when never enabled again);
//! - in plain text, a line of its own `claimcheck: ignore ID …`: the next non-blank line.
//!
//! Without ids a comment silences every id. A comment that silenced nothing, or names an id
//! that does not exist, is itself reported (`unused-suppression`), as ast-grep does.

use crate::article::{Article, SourceFormat};
use crate::checks::{CheckId, Edit, Finding, Severity};
use std::ops::{Range, RangeInclusive};

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    NextLine,
    Disable,
    Enable,
}

/// One suppression comment, with the lines it covers.
#[derive(Debug, Clone)]
pub struct Directive {
    kind: Kind,
    /// The comment's bytes in the source.
    span: Range<usize>,
    /// Empty: every id.
    ids: Vec<CheckId>,
    unknown: Vec<String>,
    lines: RangeInclusive<usize>,
    used: bool,
    /// An `enable` that closed a region.
    closes: bool,
}

impl Directive {
    /// Does this directive silence a finding of `id` that starts on `line`? Marks it used.
    pub fn silences(&mut self, id: &CheckId, line: usize) -> bool {
        let hit =
            self.kind != Kind::Enable && self.lines.contains(&line) && (self.ids.is_empty() || self.ids.contains(id));
        self.used |= hit;
        hit
    }
}

const HTML_OPEN: &str = "<!--";
const HTML_CLOSE: &str = "-->";
const PREFIX: &str = "claimcheck-";
const PLAIN: &str = "claimcheck: ignore";

/// The comment that silences `id` on the line after it, as a document of `format` writes
/// it: in plain text a line of its own, elsewhere an HTML comment.
pub fn next_line_comment(format: SourceFormat, id: &CheckId) -> String {
    match format {
        SourceFormat::Text => format!("{PLAIN} {id}"),
        SourceFormat::Markdown | SourceFormat::Html => {
            format!("{HTML_OPEN} {PREFIX}disable-next-line {id} {HTML_CLOSE}")
        }
    }
}

/// The comment that silences `id` from its own line to the end of the text, in every format
/// (plain text reads HTML comments too).
pub fn region_comment(id: &CheckId) -> String {
    format!("{HTML_OPEN} {PREFIX}disable {id} {HTML_CLOSE}")
}

/// Every suppression comment in the article, regions resolved.
pub fn directives(article: &Article) -> Vec<Directive> {
    let text = &article.text;
    let mut found: Vec<Directive> = Vec::new();
    for comment in &article.comments {
        let Some((kind, rest)) = parse(&text[comment.clone()]) else {
            continue;
        };
        let (ids, unknown) = ids(rest);
        let line = article.line_col(comment.start).0;
        let lines = match kind {
            Kind::NextLine => {
                let next = next_content_line(article, comment.end);
                next..=next
            }
            Kind::Disable => line..=usize::MAX,
            Kind::Enable => line..=line,
        };
        found.push(Directive {
            kind,
            span: comment.clone(),
            ids,
            unknown,
            lines,
            used: false,
            closes: false,
        });
    }
    close_regions(&mut found);
    found
}

/// `claimcheck-disable-next-line a b` (the inside of an HTML comment) or `claimcheck: ignore a`.
fn parse(comment: &str) -> Option<(Kind, &str)> {
    let inner = comment.trim();
    let inner = inner
        .strip_prefix(HTML_OPEN)
        .and_then(|s| s.strip_suffix(HTML_CLOSE))
        .unwrap_or(inner)
        .trim();
    if let Some(rest) = inner.strip_prefix(PLAIN) {
        return word_end(rest).then_some((Kind::NextLine, rest));
    }
    let rest = inner.strip_prefix(PREFIX)?;
    for (word, kind) in [
        ("disable-next-line", Kind::NextLine),
        ("disable", Kind::Disable),
        ("enable", Kind::Enable),
    ] {
        if let Some(after) = rest.strip_prefix(word)
            && word_end(after)
        {
            return Some((kind, after));
        }
    }
    None
}

fn word_end(s: &str) -> bool {
    s.chars().next().is_none_or(|c| c.is_whitespace() || c == ',')
}

/// The ids a comment names, and the words that are no id.
fn ids(rest: &str) -> (Vec<CheckId>, Vec<String>) {
    let mut known = Vec::new();
    let mut unknown = Vec::new();
    for word in rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
    {
        match CheckId::parse(word) {
            Some(id) => known.push(id),
            None => unknown.push(word.to_string()),
        }
    }
    (known, unknown)
}

/// The first line after the byte `from` that has something on it.
fn next_content_line(article: &Article, from: usize) -> usize {
    let text = &article.text;
    let mut at = text[from..].find('\n').map_or(text.len(), |i| from + i + 1);
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        if !text[at..end].trim().is_empty() {
            return article.line_col(at).0;
        }
        at = end + 1;
    }
    usize::MAX
}

/// A `disable` runs to the next `enable` naming the same ids (or any `enable` without ids).
fn close_regions(found: &mut [Directive]) {
    for i in 0..found.len() {
        if found[i].kind != Kind::Disable {
            continue;
        }
        let ids = found[i].ids.clone();
        let start = *found[i].lines.start();
        let closing = (i + 1..found.len())
            .find(|&j| found[j].kind == Kind::Enable && (found[j].ids.is_empty() || found[j].ids == ids));
        if let Some(j) = closing {
            let end = *found[j].lines.start();
            found[i].lines = start..=end;
            found[j].closes = true;
        }
    }
}

/// `unused-suppression` findings: directives that silenced nothing or name unknown ids.
pub fn unused(article: &Article, directives: &[Directive]) -> Vec<Finding> {
    let mut out = Vec::new();
    for d in directives {
        let what = &article.text[d.span.clone()];
        let comment = what.trim();
        let message = if !d.unknown.is_empty() {
            let names: Vec<String> = d.unknown.iter().map(|u| format!("`{u}`")).collect();
            format!(
                "`{comment}` names no finding id {} (`claimcheck explain --list` lists them)",
                names.join(", ")
            )
        } else if d.kind == Kind::Enable && !d.closes {
            format!("`{comment}` enables what no earlier comment disabled")
        } else if d.kind != Kind::Enable && !d.used {
            format!("`{comment}` silenced nothing: the copy may have been fixed")
        } else {
            continue;
        };
        // A stale comment alone on its line can go, line and all; a mistyped id needs a person.
        let fix = (d.unknown.is_empty())
            .then(|| own_line(&article.text, d.span.clone()))
            .flatten()
            .map(Edit::delete);
        out.push(Finding {
            check: CheckId::UnusedSuppression,
            severity: Severity::Warning,
            span: d.span.clone(),
            text: comment.to_string(),
            // The line it stands on, so the report shows the fix as the line going.
            sentence: fix.as_ref().map_or(d.span.clone(), Edit::span),
            message,
            fix,
            fact: None,
            quoted: false,
            speaker: None,
        });
    }
    out
}

/// The whole line (with its line break) when `span` is all that is on it.
fn own_line(text: &str, span: Range<usize>) -> Option<Range<usize>> {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..].find('\n').map_or(text.len(), |i| span.end + i + 1);
    let alone = text[start..span.start].trim().is_empty() && text[span.end..end].trim().is_empty();
    alone.then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_forms() {
        assert_eq!(
            parse("<!-- claimcheck-disable-next-line wrong-age -->").map(|p| p.0),
            Some(Kind::NextLine)
        );
        assert_eq!(parse("<!--claimcheck-disable-->").map(|p| p.0), Some(Kind::Disable));
        assert_eq!(
            parse("<!-- claimcheck-enable a, b -->").map(|p| p.0),
            Some(Kind::Enable)
        );
        assert_eq!(
            parse("claimcheck: ignore stale-title").map(|p| p.0),
            Some(Kind::NextLine)
        );
        assert_eq!(parse("<!-- claimcheck-disabled -->"), None);
        assert_eq!(parse("<!-- a comment -->"), None);
        let (known, unknown) = ids(" former-incumbent, lint/kyiv-spelling nonsense");
        assert_eq!(known, [CheckId::FormerIncumbent, CheckId::lint("kyiv-spelling")]);
        assert_eq!(unknown, ["nonsense"]);
    }

    #[test]
    fn the_comments_written_for_the_language_server_parse_back() {
        let id = CheckId::StaleTitle;
        for format in [SourceFormat::Text, SourceFormat::Markdown, SourceFormat::Html] {
            let comment = next_line_comment(format, &id);
            let (kind, rest) = parse(&comment).unwrap();
            assert_eq!((kind, ids(rest).0), (Kind::NextLine, vec![id.clone()]), "{comment}");
        }
        let comment = region_comment(&id);
        assert_eq!(parse(&comment).map(|p| p.0), Some(Kind::Disable));
    }

    #[test]
    fn own_line_takes_the_line_break() {
        let t = "a\n  <!-- x -->\nb";
        let s = t.find('<').unwrap();
        let e = t.find('>').unwrap() + 1;
        assert_eq!(&t[own_line(t, s..e).unwrap()], "  <!-- x -->\n");
        assert_eq!(own_line("a <!-- x -->", 2..12), None);
    }
}
