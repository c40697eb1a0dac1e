//! Reading an article: its text, where the prose starts, and its publication date.
//!
//! The date comes from, in order of precedence: `--date`; a leading `date YYYY-MM-DD` header
//! (which may run straight into the first paragraph on the same line); YAML front matter
//! `date:`; a file name that starts or ends with `YYYY-MM-DD`.

use chrono::NaiveDate;
use std::fmt;
use std::io::Read;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateSource {
    Flag,
    Header,
    FrontMatter,
    FileName,
    Record,
}

#[derive(Debug, Clone)]
pub struct Article {
    /// A path as given, or `<stdin>`.
    pub origin: String,
    /// The source text as read (a byte-order mark included); all spans index into it.
    pub text: String,
    /// The prose: after the date header or front matter.
    pub body: Range<usize>,
    pub date: NaiveDate,
    pub date_source: DateSource,
    /// Comments that may hold suppressions (`<!-- … -->`, or a plain-text line of its own
    /// starting `claimcheck:`), as source byte ranges.
    pub comments: Vec<Range<usize>>,
    line_starts: Vec<usize>,
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
    pub message: String,
}

impl fmt::Display for ArticleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.origin, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl ArticleError {
    pub fn new(origin: &str, message: impl Into<String>) -> ArticleError {
        ArticleError {
            origin: origin.to_string(),
            location: None,
            message: message.into(),
        }
    }

    pub fn at(mut self, line: usize, column: usize) -> ArticleError {
        self.location = Some((line, column));
        self
    }
}

/// Reads a file, or standard input for `-`, as UTF-8.
pub fn read_source(path: &str) -> Result<(String, String), ArticleError> {
    let (origin, bytes) = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| ArticleError::new("<stdin>", format!("cannot read: {e}")))?;
        ("<stdin>".to_string(), buf)
    } else if path.is_empty() {
        return Err(ArticleError::new("''", "an empty path names no file"));
    } else {
        let bytes =
            std::fs::read(path).map_err(|e| ArticleError::new(path, format!("cannot read: {}", io_reason(&e))))?;
        (path.to_string(), bytes)
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        ArticleError::new(
            &origin,
            format!(
                "not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
        )
    })?;
    Ok((origin, text))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Parses a `YYYY-MM-DD` date as given on the command line or in a record.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.len() != 10 {
        return None;
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

impl Article {
    /// Builds an article from its text; `date` (from `--date` or a record) wins over the text.
    pub fn parse(origin: &str, text: String, date: Option<(NaiveDate, DateSource)>) -> Result<Article, ArticleError> {
        // The byte-order mark stays in `text` so spans index the file's own bytes.
        let bom = if text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            0
        };
        let (body_start, found) = if let Some((start, day)) = date_header(&text[bom..]) {
            (bom + start, Some((day, DateSource::Header)))
        } else if let Some((start, day)) = front_matter(origin, &text[bom..])? {
            (bom + start, day.map(|d| (d, DateSource::FrontMatter)))
        } else {
            (bom, None)
        };
        let from_name = || file_name_date(origin).map(|d| (d, DateSource::FileName));
        let Some((date, date_source)) = date.or(found).or_else(from_name) else {
            return Err(ArticleError::new(
                origin,
                "no publication date: start the text with `date YYYY-MM-DD`, add front matter `date:`, or pass --date YYYY-MM-DD",
            ));
        };
        let line_starts = std::iter::once(bom)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Ok(Article {
            origin: origin.to_string(),
            comments: comments(&text, body_start),
            body: body_start..text.len(),
            text,
            date,
            date_source,
            line_starts,
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let p = self.position(offset);
        (p.line, p.column)
    }

    /// Where a byte offset is, in the units each consumer counts in.
    pub fn position(&self, offset: usize) -> Position {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let prefix = &self.text[start..offset];
        Position {
            line: line + 1,
            column: prefix.chars().count() + 1,
            utf16_column: prefix.encode_utf16().count() + 1,
        }
    }

    /// The byte range of the line holding `offset`, without its line break.
    pub fn line_span(&self, offset: usize) -> Range<usize> {
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let end = self.line_starts.get(line + 1).map_or(self.text.len(), |&n| n - 1);
        let end = if self.text[..end].ends_with('\r') { end - 1 } else { end };
        start..end
    }
}

/// HTML comments, and plain-text lines of their own that start `claimcheck:`, after `from`.
fn comments(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut at = from;
    while let Some(i) = text[at..].find("<!--") {
        let start = at + i;
        let Some(len) = text[start..].find("-->") else {
            break;
        };
        found.push(start..start + len + 3);
        at = start + len + 3;
    }
    let mut line_start = from;
    for line in text[from..].split_inclusive('\n') {
        let content = line.trim();
        if content.starts_with("claimcheck:") {
            let lead = line.len() - line.trim_start().len();
            found.push(line_start + lead..line_start + lead + content.len());
        }
        line_start += line.len();
    }
    found.sort_by_key(|r| r.start);
    found
}

/// A leading `date YYYY-MM-DD` header: returns where the prose starts and the date.
fn date_header(text: &str) -> Option<(usize, NaiveDate)> {
    let trimmed = text.trim_start();
    let rest = trimmed
        .get(..4)
        .filter(|kw| kw.eq_ignore_ascii_case("date"))
        .map(|_| &trimmed[4..])?;
    let after_kw = rest.trim_start_matches([' ', '\t', ':']);
    if after_kw.len() == rest.len() {
        return None;
    }
    let day = parse_day(after_kw.get(..10)?)?;
    let after_date = &after_kw[10..];
    if !(after_date.is_empty() || after_date.starts_with(char::is_whitespace)) {
        return None;
    }
    let prose = after_date.trim_start();
    Some((text.len() - prose.len(), day))
}

/// YAML front matter between `---` lines: where the prose starts and its `date:`, if any.
fn front_matter(origin: &str, text: &str) -> Result<Option<(usize, Option<NaiveDate>)>, ArticleError> {
    let Some(first_nl) = text.find('\n') else {
        return Ok(None);
    };
    if text[..first_nl].trim_end() != "---" {
        return Ok(None);
    }
    let mut pos = first_nl + 1;
    let yaml_start = pos;
    loop {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end();
        if line == "---" || line == "..." {
            let yaml = &text[yaml_start..pos];
            let value: serde_yaml::Value = serde_yaml::from_str(yaml).map_err(|e| {
                let mut msg = e.to_string();
                if let Some(i) = msg.find(" at line ") {
                    msg.truncate(i);
                }
                let error = ArticleError::new(origin, format!("front matter is not valid YAML: {msg}"));
                // The YAML starts on the file's second line.
                match e.location() {
                    Some(l) => error.at(l.line() + 1, l.column()),
                    None => error,
                }
            })?;
            let date = match value.get("date") {
                None => None,
                Some(v) => {
                    let s = match v {
                        serde_yaml::Value::String(s) => s.clone(),
                        other => serde_yaml::to_string(other).unwrap_or_default(),
                    };
                    let day = date_or_datetime(s.trim());
                    if day.is_none() {
                        return Err(ArticleError::new(
                            origin,
                            format!("front matter `date: {}` is not a YYYY-MM-DD date", s.trim()),
                        ));
                    }
                    day
                }
            };
            let body = (end + 1).min(text.len());
            return Ok(Some((body, date)));
        }
        if end >= text.len() {
            return Err(ArticleError::new(
                origin,
                "front matter opened with `---` is never closed",
            ));
        }
        pos = end + 1;
    }
}

/// `2025-03-11`, or a timestamp that starts with the day: `2025-03-11T16:17:00-05:00`,
/// `2025-03-11 16:17`.
fn date_or_datetime(s: &str) -> Option<NaiveDate> {
    let day = parse_day(s.get(..10)?)?;
    let rest = &s[10..];
    let time_follows =
        (rest.starts_with('T') || rest.starts_with(' ')) && rest[1..].starts_with(|c: char| c.is_ascii_digit());
    (rest.is_empty() || time_follows).then_some(day)
}

/// `1987-03-01-reuters-230.md` or `jeddah-talks-2025-03-11.txt`.
fn file_name_date(origin: &str) -> Option<NaiveDate> {
    let name = std::path::Path::new(origin).file_stem()?.to_str()?;
    let head = name.get(..10).and_then(parse_day);
    let tail = name
        .len()
        .checked_sub(10)
        .and_then(|i| name.get(i..))
        .and_then(parse_day);
    head.or(tail)
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
    fn header_must_be_a_real_date_followed_by_a_break() {
        assert!(date_header("date 2025-02-30 Text").is_none());
        assert!(date_header("dated 2025-03-11 Text").is_none());
        assert!(date_header("date 2025-03-111 Text").is_none());
        assert!(date_header("Update 2025-03-11 Text").is_none());
        assert!(date_header("Date: 2025-03-11 Text").is_some());
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

    #[test]
    fn dated_file_names() {
        assert_eq!(file_name_date("dir/1987-03-01-reuters-230.md"), Some(day("1987-03-01")));
        assert_eq!(file_name_date("jeddah-talks-2025-03-11.txt"), Some(day("2025-03-11")));
        assert_eq!(file_name_date("notes.txt"), None);
    }
}
