//! Reading an article: its text, its passages of prose (by format: plain text, Markdown,
//! HTML), its suppression comments, and its publication date.
//!
//! The date comes from, in order of precedence: `--date` (or an archive record's field); a
//! leading `date YYYY-MM-DD` header (which may run straight into the first paragraph on the
//! same line); front matter (`date:` / `published:`, or `updated:` / `modified:` /
//! `lastmod:`, as `--date-from` chooses); in HTML, the page's metadata (`<meta
//! property="article:published_time">` and kin, then JSON-LD `datePublished` /
//! `dateModified`, as `--date-from` chooses), then its first `<time datetime>`; a file name
//! that starts or ends with `YYYY-MM-DD`.

pub mod dates;
pub mod front_matter;
pub mod html;
mod lines;
pub mod markdown;
pub mod passage;
pub mod record;
pub mod text;

use crate::edit::Edit;
use chrono::NaiveDate;
pub use dates::parse_day;
use passage::{Markup, Notice, Passage, Piece};
pub use record::{Fields, Record, RecordPlace, RecordRef, one_line};
use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    Flag,
    Header,
    FrontMatter,
    /// An HTML page's `<meta>` tags (or microdata `itemprop`).
    HtmlMeta,
    /// An HTML page's JSON-LD `<script type="application/ld+json">`.
    JsonLd,
    /// An HTML page's first `<time datetime>`.
    HtmlTime,
    FileName,
    Record,
    /// No date anywhere, and the caller chose to judge on today's (the language server: the
    /// copy is being written now).
    Today,
}

/// Which of an article's dates the checks use: the text as it stands reflects its last
/// update, so the update date by default.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum DateKind {
    /// `date:`, `published:`, `publishDate:`, `pubDate:`, `article:published_time`.
    Published,
    /// `updated:`, `modified:`, `lastmod:`, `article:modified_time` (the published date when
    /// there is none).
    #[default]
    Updated,
}

/// How the text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceFormat {
    Text,
    Markdown,
    Html,
}

impl SourceFormat {
    /// By the file's extension: `.md` / `.markdown` are Markdown, `.html` / `.htm` HTML,
    /// anything else plain text.
    pub fn of(origin: &str) -> SourceFormat {
        let ext = std::path::Path::new(origin)
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown") => SourceFormat::Markdown,
            Some("html" | "htm") => SourceFormat::Html,
            _ => SourceFormat::Text,
        }
    }
}

/// How to read an article.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// A date that wins over the text's own (`--date`, a record's field).
    pub date: Option<(NaiveDate, DateSource)>,
    /// Which front-matter date to use when there are two.
    pub date_from: DateKind,
    /// The format, when the origin's extension does not tell it (standard input).
    pub format: Option<SourceFormat>,
    /// The date to judge on when the text has none (an editor's today); without it such a
    /// text is an error.
    pub fallback_date: Option<NaiveDate>,
}

#[derive(Debug, Clone)]
pub struct Article {
    /// A path as given, or `<stdin>`.
    pub origin: String,
    /// The source text as read (a byte-order mark included); all spans index into it.
    pub text: String,
    pub format: SourceFormat,
    /// The prose: after the date header or front matter.
    pub body: Range<usize>,
    /// The passages of prose to check, in text order.
    pub passages: Vec<Passage>,
    /// The date the checks use, where it came from, and which date it is.
    pub date: NaiveDate,
    pub date_source: DateSource,
    pub date_kind: DateKind,
    /// Comments that may hold suppressions (`<!-- … -->`, or a plain-text line of its own
    /// starting `claimcheck:`), as source byte ranges.
    pub comments: Vec<Range<usize>>,
    /// Inline markup around text (Markdown emphasis, links, inline HTML tags).
    pub markup: Vec<Markup>,
    /// What the reader could not check, for the user to know.
    pub notices: Vec<Notice>,
    /// An archive's record: which one, and where its headline is. Places are then within
    /// the record's text (or headline), not the archive.
    pub record: Option<RecordPlace>,
    lines: lines::Lines,
}

/// A place in an article: 1-based line, and 1-based column in characters (as people and
/// checkstyle count) and in UTF-16 code units (as SARIF and editors count).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub utf16_column: usize,
}

/// An input that cannot be checked, printed as one line naming it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleError {
    pub origin: String,
    /// Line and column in the file, when the error is at one place (bad front matter).
    pub location: Option<(usize, usize)>,
    /// The archive's record the error is in (`origin` is then the archive).
    pub record: Option<RecordRef>,
    pub message: String,
}

/// One line, whatever the input put in it: a value quoted from a record (a date field, a
/// JSON parser's message) may hold a line break, and is escaped.
impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let origin = match &self.record {
            Some(record) => record.name(&self.origin),
            None => self.origin.clone(),
        };
        let message = one_line(&self.message);
        match self.location {
            Some((line, col)) => write!(f, "{origin}:{line}:{col}: {message}"),
            None => write!(f, "{origin}: {message}"),
        }
    }
}

impl ArticleError {
    pub fn new(origin: &str, message: impl Into<String>) -> ArticleError {
        ArticleError {
            origin: origin.to_string(),
            location: None,
            record: None,
            message: message.into(),
        }
    }

    /// The error is in this record of the archive `origin`.
    pub fn in_record(mut self, record: RecordRef) -> ArticleError {
        self.record = Some(record);
        self
    }

    pub fn at(mut self, line: usize, column: usize) -> ArticleError {
        self.location = Some((line, column));
        self
    }
}

/// Reads a file, or standard input for `-`, as UTF-8: (its name in reports, its text).
pub fn read_source(path: &str) -> Result<(String, String), ArticleError> {
    let input = crate::input::Input::from_arg(path.as_ref());
    let text = input.read()?;
    Ok((input.name().to_string(), text))
}

/// Of a published and an updated date, the one `from` asks for, else the other.
fn prefer<T>(published: Option<T>, updated: Option<T>, from: DateKind) -> Option<(T, DateKind)> {
    let published = published.map(|d| (d, DateKind::Published));
    let updated = updated.map(|d| (d, DateKind::Updated));
    match from {
        DateKind::Updated => updated.or(published),
        DateKind::Published => published.or(updated),
    }
}

impl Article {
    /// Builds an article from its text, the format told by `origin`'s extension; `date` (from
    /// `--date` or a record) wins over the text's own.
    pub fn parse(origin: &str, text: String, date: Option<(NaiveDate, DateSource)>) -> Result<Article, ArticleError> {
        Article::read(
            origin,
            text,
            &ReadOptions {
                date,
                ..ReadOptions::default()
            },
        )
    }

    pub fn read(origin: &str, text: String, options: &ReadOptions) -> Result<Article, ArticleError> {
        let format = options.format.unwrap_or_else(|| SourceFormat::of(origin));
        // The byte-order mark stays in `text` so spans index the file's own bytes.
        let bom = if text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let mut passages = Vec::new();
        let (body_start, found) = match dates::date_header(&text[bom..]) {
            Some(Ok((start, day))) => (bom + start, Some((day, DateSource::Header, DateKind::Published))),
            Some(Err(message)) => return Err(ArticleError::new(origin, message).at(1, 1)),
            None => match front_matter::read(origin, &text, bom)? {
                Some(fm) => {
                    passages = fm.passages;
                    let chosen = prefer(fm.published, fm.updated, options.date_from);
                    (
                        fm.body_start,
                        chosen.map(|(d, kind)| (d, DateSource::FrontMatter, kind)),
                    )
                }
                None => (bom, None),
            },
        };
        let body = body_start..text.len();
        let mut page_date = None;
        let (comments, markup, notices) = match format {
            SourceFormat::Text => {
                passages.extend(text::passages(&text, body.clone()));
                (text::comments(&text, body.start), Vec::new(), Vec::new())
            }
            SourceFormat::Markdown => {
                let md = markdown::read(&text, body.clone());
                passages.extend(md.passages);
                (md.comments, md.markup, md.notices)
            }
            SourceFormat::Html => {
                let page = html::read(&text, body.clone());
                page_date = page.dates.choose(options.date_from);
                passages.extend(page.passages);
                (page.comments, page.markup, page.notices)
            }
        };
        let flagged = options.date.map(|(d, source)| (d, source, DateKind::Published));
        let from_name = || dates::file_name_date(origin).map(|d| (d, DateSource::FileName, DateKind::Published));
        let today = options
            .fallback_date
            .map(|d| (d, DateSource::Today, DateKind::Published));
        let Some((date, date_source, date_kind)) = flagged.or(found).or(page_date).or_else(from_name).or(today) else {
            let html_hint = if format == SourceFormat::Html {
                ", give the page <meta property=\"article:published_time\" content=\"YYYY-MM-DD\">"
            } else {
                ""
            };
            return Err(ArticleError::new(
                origin,
                format!(
                    "no publication date: start the text with `date YYYY-MM-DD`, add front matter `date:`{html_hint}, or pass --date YYYY-MM-DD"
                ),
            ));
        };
        let lines = lines::Lines::new(&text, bom);
        Ok(Article {
            origin: origin.to_string(),
            format,
            body,
            passages,
            text,
            date,
            date_source,
            date_kind,
            comments,
            markup,
            notices,
            record: None,
            lines,
        })
    }

    /// "the article is dated 2025-03-11", or "… was last updated on …": for messages.
    pub fn dated(&self) -> String {
        match (self.date_kind, self.date_source) {
            (DateKind::Updated, _) => format!("the article was last updated on {}", self.date),
            _ => format!("the article is dated {}", self.date),
        }
    }

    /// An edit that removes or replaces all the text inside inline markup takes the markup
    /// with it: deleting "former" from "*former* President" must not leave "*President".
    pub fn tidy_edit(&self, edit: &mut Edit) {
        for m in &self.markup {
            let inner = m.open.end..m.close.start;
            let whole_text = edit.start <= inner.start && inner.end <= edit.end && !inner.is_empty();
            let touches_markup = edit.start < m.open.end && m.open.start < edit.end
                || edit.start < m.close.end && m.close.start < edit.end;
            if whole_text && (touches_markup || edit.text.is_empty()) {
                edit.start = edit.start.min(m.open.start);
                edit.end = edit.end.max(m.close.end);
            }
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let p = self.position(offset);
        (p.line, p.column)
    }

    /// The text of a source range as the checks read it: markup left out, entities and
    /// escapes decoded, whitespace normalised; `None` where no passage's text is in it (a
    /// comment, markup only).
    pub fn read_text(&self, range: Range<usize>) -> Option<crate::grammar::Flat> {
        let pieces: Vec<Piece> = self.pieces_in(range)?.collect();
        let read = crate::grammar::Flat::from_pieces(&self.text, &pieces);
        (!read.text.is_empty()).then_some(read)
    }

    /// Whether `read_text` would find any text in the range, without building it: a report
    /// asks this of the rest of a line for every finding, and a line may be the whole file.
    pub fn has_text(&self, range: Range<usize>) -> bool {
        let Some(mut pieces) = self.pieces_in(range) else {
            return false;
        };
        pieces.any(|p| match p {
            Piece::Copy(r) => self.text[r].chars().any(|c| !c.is_whitespace()),
            Piece::Replace(_, text) => text.chars().any(|c| !c.is_whitespace()),
        })
    }

    /// The pieces of the passage holding `range.start` that fall in the range, clipped to it;
    /// a replaced piece only when the range holds all of it.
    fn pieces_in(&self, range: Range<usize>) -> Option<impl Iterator<Item = Piece> + '_> {
        let first_start = |p: &Passage| p.pieces.first().map_or(usize::MAX, |piece| piece.span().start);
        let i = self.passages.partition_point(|p| first_start(p) <= range.start);
        let passage = &self.passages[i.checked_sub(1)?];
        // Pieces are in source order: find the first that ends past the range's start.
        let from = passage.pieces.partition_point(|p| p.span().end <= range.start);
        let end = range.end;
        Some(
            passage.pieces[from..]
                .iter()
                .take_while(move |p| p.span().start < end)
                .filter_map(move |p| match p {
                    Piece::Copy(r) => {
                        let clipped = r.start.max(range.start)..r.end.min(range.end);
                        (!clipped.is_empty()).then_some(Piece::Copy(clipped))
                    }
                    Piece::Replace(r, _) if range.start <= r.start && r.end <= range.end => Some(p.clone()),
                    Piece::Replace(..) => None,
                }),
        )
    }

    /// Where a byte offset is, in the units each consumer counts in.
    /// In an archive's record, within the record's text (or its headline).
    pub fn position(&self, offset: usize) -> Position {
        match self.title_holding(offset) {
            Some(title) => lines::Lines::new(&self.text[..title.end], 0).position(&self.text[..title.end], offset),
            None => self.lines.position(&self.text, offset),
        }
    }

    /// The byte range of the line holding `offset`, without its line break.
    pub fn line_span(&self, offset: usize) -> Range<usize> {
        match self.title_holding(offset) {
            Some(title) => lines::Lines::new(&self.text[..title.end], 0).line_span(&self.text[..title.end], offset),
            None => self.lines.line_span(&self.text, offset),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        parse_day(s).unwrap()
    }

    #[test]
    fn header_runs_into_the_first_paragraph() {
        let a = Article::parse("a.txt", " date 2025-03-11 High-level talks.\n".into(), None).unwrap();
        assert_eq!(a.date, day("2025-03-11"));
        assert_eq!(a.date_source, DateSource::Header);
        assert_eq!(&a.text[a.body.clone()], "High-level talks.\n");
    }

    #[test]
    fn a_header_with_no_such_day_is_an_error_not_a_file_name_date() {
        let e = Article::parse("x-2025-03-11.txt", "date 2025-02-30 Text".into(), None).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x-2025-03-11.txt:1:1: the header `date 2025-02-30` names no such day"
        );
    }

    #[test]
    fn updated_date_wins_unless_published_is_asked_for() {
        let text = "---\ndate: 2025-03-10\nupdated: 2025-04-15\n---\nText.\n";
        let a = Article::parse("x.md", text.into(), None).unwrap();
        assert_eq!((a.date, a.date_kind), (day("2025-04-15"), DateKind::Updated));
        assert_eq!(a.dated(), "the article was last updated on 2025-04-15");
        let options = ReadOptions {
            date_from: DateKind::Published,
            ..ReadOptions::default()
        };
        let a = Article::read("x.md", text.into(), &options).unwrap();
        assert_eq!((a.date, a.date_kind), (day("2025-03-10"), DateKind::Published));
    }

    #[test]
    fn markdown_fixes_take_the_markup_along() {
        let a = Article::parse(
            "x.md",
            "date 2025-03-11 *former* President Trump, **former** too".into(),
            None,
        )
        .unwrap();
        let at = a.text.find("former").unwrap();
        let mut e = Edit::delete(at..at + "former* ".len());
        a.tidy_edit(&mut e);
        assert_eq!(e.apply(&a.text), "date 2025-03-11 President Trump, **former** too");
        let at = a.text.find("**").unwrap() + 2;
        let mut e = Edit::delete(at..at + "former".len());
        a.tidy_edit(&mut e);
        assert_eq!(e.apply(&a.text), "date 2025-03-11 *former* President Trump,  too");
        // Inserting inside the markup leaves it alone.
        let mut e = Edit::insert(at, "x");
        a.tidy_edit(&mut e);
        assert_eq!((e.start, e.end), (at, at));
    }

    #[test]
    fn front_matter_date_and_body() {
        let a = Article::parse(
            "x.md",
            "---\ndate: 1987-03-01\ntitle: \"T\"\n---\n\nBody.\n".into(),
            None,
        )
        .unwrap();
        assert_eq!(a.date, day("1987-03-01"));
        assert_eq!(&a.text[a.body.clone()], "\nBody.\n");
    }

    #[test]
    fn bom_crlf_and_flag_precedence() {
        let text = "\u{feff}date 2025-03-11\r\nText.\r\n".to_string();
        let a = Article::parse("a.txt", text, Some((day("2020-01-01"), DateSource::Flag))).unwrap();
        assert_eq!(a.date, day("2020-01-01"));
        assert_eq!(&a.text[a.body.clone()], "Text.\r\n");
        assert_eq!(a.line_col(3), (1, 1));
        assert_eq!(a.line_col(a.body.start), (2, 1));
        assert_eq!(&a.text[a.line_span(a.body.start)], "Text.");
    }

    #[test]
    fn a_fallback_date_is_used_only_when_the_text_has_none() {
        let options = ReadOptions {
            fallback_date: Some(day("2026-01-02")),
            ..ReadOptions::default()
        };
        let a = Article::read("notes.txt", "Just text.".into(), &options).unwrap();
        assert_eq!((a.date, a.date_source), (day("2026-01-02"), DateSource::Today));
        let a = Article::read("notes.txt", "date 2025-03-11 Text.".into(), &options).unwrap();
        assert_eq!((a.date, a.date_source), (day("2025-03-11"), DateSource::Header));
    }

    #[test]
    fn no_date_is_an_error_naming_the_file() {
        let e = Article::parse("notes.txt", "Just text.".into(), None).unwrap_err();
        assert!(e.to_string().starts_with("notes.txt: no publication date"));
    }

    #[test]
    fn bad_front_matter_is_located() {
        let e = Article::parse("x.md", "---\ndate: [\n---\nText".into(), None).unwrap_err();
        assert!(e.to_string().starts_with("x.md:"), "{e}");
        let e = Article::parse("x.md", "---\ndate: soon\n---\nText".into(), None).unwrap_err();
        assert!(e.to_string().contains("not a YYYY-MM-DD date"), "{e}");
        let e = Article::parse("x.md", "---\ndate: 2025-03-11 extra\n---\nText".into(), None).unwrap_err();
        assert!(e.to_string().contains("not a YYYY-MM-DD date"), "{e}");
        let a = Article::parse("x.md", "---\ndate: 2025-03-11T16:17:00-05:00\n---\nText".into(), None).unwrap();
        assert_eq!(a.date, day("2025-03-11"));
    }
}
