//! Front matter: a YAML block between `---` lines, or a TOML block between `+++` lines (Hugo),
//! at the top of the file. Only the keys claimcheck needs are read — the publication and
//! update dates, the headline (`title`) and standfirst (`description`) — from the parser's
//! events: no value is ever built for the rest, and aliases are never expanded, so an alias
//! bomb costs what its bytes cost. The headline and standfirst keep their spans, so they are
//! checked like prose and fixed in place.

use super::ArticleError;
use super::dates::date_or_datetime;
use super::passage::{Passage, PassageKind, Piece};
use crate::grammar::Flat;
use chrono::NaiveDate;
use saphyr_parser::{Event, Parser, ScalarStyle, Span};
use std::collections::HashMap;
use std::ops::Range;

/// Keys that give the publication date, in order of preference.
const PUBLISHED_KEYS: &[&str] = &["date", "published", "publishDate", "pubDate", "datePublished"];
/// Keys that give the date of the last update.
const UPDATED_KEYS: &[&str] = &[
    "updated",
    "modified",
    "lastmod",
    "lastModified",
    "dateModified",
    "last_modified_at",
];
/// Keys whose text is checked, and as what.
const TEXT_KEYS: &[(&str, PassageKind)] = &[("title", PassageKind::Title), ("description", PassageKind::Description)];

#[derive(Debug, Default)]
pub struct FrontMatter {
    /// Where the text after the block starts.
    pub body_start: usize,
    pub published: Option<NaiveDate>,
    pub updated: Option<NaiveDate>,
    /// The headline and standfirst, as passages.
    pub passages: Vec<Passage>,
}

/// A top-level key's value, as the parser gave it.
struct Value {
    text: String,
    style: Style,
    /// Source bytes of the value (with quotes, anchors or tags in front).
    span: Range<usize>,
    /// Line and column (1-based) for errors.
    at: (usize, usize),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Block,
    /// A TOML date or time, or a YAML value given as an alias to one.
    Other,
    /// A list or a map: no date, no text.
    Collection(&'static str),
}

/// Reads the front matter at `from` (after a byte-order mark), if the text has one.
pub fn read(origin: &str, text: &str, from: usize) -> Result<Option<FrontMatter>, ArticleError> {
    let rest = &text[from..];
    let Some(first_nl) = rest.find('\n') else {
        return Ok(None);
    };
    let fence = rest[..first_nl].trim_end();
    let toml = match fence {
        "---" => false,
        "+++" => true,
        _ => return Ok(None),
    };
    let inner_start = from + first_nl + 1;
    let Some((inner_end, body_start)) = closing_fence(text, inner_start, toml) else {
        let kind = if toml { "`+++`" } else { "`---`" };
        return Err(ArticleError::new(
            origin,
            format!("front matter opened with {kind} is never closed"),
        ));
    };
    let inner = inner_start..inner_end;
    let values = if toml {
        toml_values(origin, text, inner.clone())?
    } else {
        yaml_values(origin, text, inner.clone())?
    };
    let mut fm = FrontMatter {
        body_start,
        ..FrontMatter::default()
    };
    fm.published = first_date(origin, &values, PUBLISHED_KEYS)?;
    fm.updated = first_date(origin, &values, UPDATED_KEYS)?;
    for (key, kind) in TEXT_KEYS {
        if let Some(v) = values.get(*key)
            && let Some(pieces) = pieces_of(text, v)
        {
            fm.passages.push(Passage::new(*kind, pieces));
        }
    }
    // In the order they are written (`description:` may come first): passages are looked up
    // by binary search on where they start.
    fm.passages
        .sort_by_key(|p| p.pieces.first().map(|piece| piece.span().start));
    Ok(Some(fm))
}

/// The end of the block's content and the start of the body: the first line that is the
/// closing fence (`---` or `...` for YAML, `+++` for TOML).
fn closing_fence(text: &str, from: usize, toml: bool) -> Option<(usize, usize)> {
    let mut pos = from;
    loop {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = text[pos..end].trim_end();
        let closes = if toml {
            line == "+++"
        } else {
            line == "---" || line == "..."
        };
        if closes {
            return Some((pos, (end + 1).min(text.len())));
        }
        if end >= text.len() {
            return None;
        }
        pos = end + 1;
    }
}

fn first_date(origin: &str, values: &HashMap<String, Value>, keys: &[&str]) -> Result<Option<NaiveDate>, ArticleError> {
    let Some((key, v)) = keys.iter().find_map(|k| values.get(*k).map(|v| (k, v))) else {
        return Ok(None);
    };
    if let Style::Collection(what) = v.style {
        return Err(
            ArticleError::new(origin, format!("front matter `{key}:` is {what}, not a date")).at(v.at.0, v.at.1),
        );
    }
    match date_or_datetime(v.text.trim()) {
        Some(day) => Ok(Some(day)),
        None => Err(ArticleError::new(
            origin,
            format!("front matter `{key}: {}` is not a YYYY-MM-DD date", v.text.trim()),
        )
        .at(v.at.0, v.at.1)),
    }
}

/// The top-level scalar values of a YAML mapping, keyed by name; anything else is skipped.
fn yaml_values(origin: &str, text: &str, inner: Range<usize>) -> Result<HashMap<String, Value>, ArticleError> {
    let yaml = &text[inner.clone()];
    // Markers count characters; spans must be bytes.
    let bytes_at = CharToByte::new(yaml);
    // The YAML starts on the file's second line (after the fence).
    let line_offset = text[..inner.start].matches('\n').count();
    let error = |e: saphyr_parser::ScanError| {
        let m = e.marker();
        ArticleError::new(origin, format!("front matter is not valid YAML: {}", e.info()))
            .at(m.line() + line_offset, m.col() + 1)
    };
    let mut parser = Parser::new_from_str(yaml);
    let mut values = HashMap::new();
    // Anchored scalars, so a top-level alias to one can be read without expanding anything.
    let mut anchors: HashMap<usize, (String, Span)> = HashMap::new();
    let mut depth = 0usize;
    // Only a mapping at the top has keys; a list or a lone scalar gives nothing.
    let mut top_is_mapping = false;
    let mut key: Option<String> = None;
    // At depth 1, whether the next node is a key (true) or a value.
    let mut expect_key = true;
    while let Some(next) = parser.next_event() {
        let (event, span) = next.map_err(error)?;
        let position = |s: &Span| (s.start.line() + line_offset, s.start.col() + 1);
        match event {
            Event::MappingStart(..) | Event::SequenceStart(..) if depth == 0 => {
                top_is_mapping = matches!(event, Event::MappingStart(..));
                depth = 1;
            }
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                if depth == 1 && !expect_key {
                    // A nested value: not one claimcheck reads, but a date key given one is
                    // an error to report.
                    if let Some(k) = key.take() {
                        let what = if matches!(event, Event::MappingStart(..)) {
                            "a map"
                        } else {
                            "a list"
                        };
                        values.insert(
                            k,
                            Value {
                                text: String::new(),
                                style: Style::Collection(what),
                                span: bytes_at.range(&span, inner.start),
                                at: position(&span),
                            },
                        );
                    }
                    expect_key = true;
                } else if depth == 1 {
                    expect_key = false; // a complex key; its value is skipped below
                    key = None;
                }
                depth += 1;
            }
            Event::MappingEnd | Event::SequenceEnd => depth = depth.saturating_sub(1),
            Event::Scalar(value, style, anchor, _) => {
                if anchor != 0 {
                    anchors.insert(anchor, (value.to_string(), span));
                }
                if depth != 1 || !top_is_mapping {
                    continue;
                }
                if expect_key {
                    key = Some(value.to_string());
                } else if let Some(k) = key.take() {
                    let range = bytes_at.range(&span, inner.start);
                    values.insert(
                        k,
                        Value {
                            text: value.to_string(),
                            style: style_of(style),
                            span: range,
                            at: position(&span),
                        },
                    );
                }
                expect_key = !expect_key;
            }
            Event::Alias(id) if depth == 1 && top_is_mapping => {
                if !expect_key && let (Some(k), Some((v, _))) = (key.take(), anchors.get(&id)) {
                    values.insert(
                        k,
                        Value {
                            text: v.clone(),
                            style: Style::Other,
                            span: bytes_at.range(&span, inner.start),
                            at: position(&span),
                        },
                    );
                }
                key = None;
                expect_key = !expect_key;
            }
            _ => {}
        }
    }
    Ok(values)
}

fn style_of(style: ScalarStyle) -> Style {
    match style {
        ScalarStyle::Plain => Style::Plain,
        ScalarStyle::SingleQuoted => Style::SingleQuoted,
        ScalarStyle::DoubleQuoted => Style::DoubleQuoted,
        ScalarStyle::Literal | ScalarStyle::Folded => Style::Block,
    }
}

/// Character index → byte offset, for the parser's markers.
struct CharToByte {
    offsets: Vec<usize>,
}

impl CharToByte {
    fn new(s: &str) -> CharToByte {
        let mut offsets: Vec<usize> = s.char_indices().map(|(i, _)| i).collect();
        offsets.push(s.len());
        CharToByte { offsets }
    }

    fn byte(&self, char_index: usize) -> usize {
        self.offsets[char_index.min(self.offsets.len() - 1)]
    }

    fn range(&self, span: &Span, base: usize) -> Range<usize> {
        base + self.byte(span.start.index())..base + self.byte(span.end.index())
    }
}

/// The top-level values of a TOML table, keyed by name.
fn toml_values(origin: &str, text: &str, inner: Range<usize>) -> Result<HashMap<String, Value>, ArticleError> {
    let src = &text[inner.clone()];
    let line_offset = text[..inner.start].matches('\n').count();
    let line_col = |at: usize| {
        let before = &src[..at.min(src.len())];
        let line = before.matches('\n').count() + 1 + line_offset;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        (line, col)
    };
    let table: HashMap<String, toml::Spanned<toml::Value>> = toml::from_str(src).map_err(|e| {
        let error = ArticleError::new(
            origin,
            format!("front matter is not valid TOML: {}", e.message().trim_end()),
        );
        match e.span() {
            Some(span) => {
                let (line, col) = line_col(span.start);
                error.at(line, col)
            }
            None => error,
        }
    })?;
    Ok(table
        .into_iter()
        .map(|(k, v)| {
            let span = v.span();
            let (text, style) = match v.into_inner() {
                toml::Value::String(s) => {
                    let style = match src[span.clone()].chars().next() {
                        Some('"') => Style::DoubleQuoted,
                        Some('\'') => Style::SingleQuoted,
                        _ => Style::Other,
                    };
                    (s, style)
                }
                toml::Value::Datetime(d) => (d.to_string(), Style::Other),
                toml::Value::Array(_) => (String::new(), Style::Collection("a list")),
                toml::Value::Table(_) => (String::new(), Style::Collection("a map")),
                toml::Value::Integer(n) => (n.to_string(), Style::Other),
                toml::Value::Float(n) => (n.to_string(), Style::Other),
                toml::Value::Boolean(b) => (b.to_string(), Style::Other),
            };
            let at = line_col(span.start);
            let value = Value {
                text,
                style,
                span: inner.start + span.start..inner.start + span.end,
                at,
            };
            (k, value)
        })
        .collect())
}

/// The value's text as source pieces, or `None` when its source cannot be mapped onto it
/// exactly (then it is left unchecked rather than checked with wrong spans).
fn pieces_of(text: &str, v: &Value) -> Option<Vec<Piece>> {
    let src = &text[v.span.clone()];
    let skipped = skip_properties(src);
    let at = v.span.start + skipped;
    let rest = &src[skipped..];
    let pieces = match v.style {
        Style::Plain | Style::Block => vec![Piece::Copy(at..v.span.end)],
        Style::SingleQuoted => quoted(rest, at, '\'', single_escape)?,
        Style::DoubleQuoted => quoted(rest, at, '"', double_escape)?,
        Style::Other | Style::Collection(_) => return None,
    };
    let flat = Flat::from_pieces(text, &pieces).text;
    let want = Flat::new(&v.text, 0..v.text.len()).text;
    (flat == want && !flat.is_empty()).then_some(pieces)
}

/// Bytes of YAML node properties before a value: `&anchor `, `!tag `.
fn skip_properties(src: &str) -> usize {
    let mut at = 0;
    while src[at..].starts_with(['&', '!']) {
        let word = src[at..].find(char::is_whitespace).unwrap_or(src.len() - at);
        at += word;
        at += src[at..].len() - src[at..].trim_start().len();
    }
    at
}

/// An escape sequence at the start of `s`: its length in bytes and what it stands for.
type Escape = fn(&str) -> Option<(usize, String)>;

/// A quoted scalar or string: the text between the quotes as pieces, escapes replaced.
fn quoted(src: &str, at: usize, quote: char, escape: Escape) -> Option<Vec<Piece>> {
    // Multi-line TOML strings open and close with three quotes.
    let triple = quote.to_string().repeat(3);
    let long = src.len() >= 6 && src.starts_with(&triple) && src.ends_with(&triple);
    let fence = if long { triple } else { quote.to_string() };
    let inner = src.strip_prefix(fence.as_str())?.strip_suffix(fence.as_str())?;
    let base = at + fence.len();
    let mut pieces = Vec::new();
    let mut copied = 0;
    let mut i = 0;
    while i < inner.len() {
        if let Some((len, decoded)) = escape(&inner[i..]) {
            if copied < i {
                pieces.push(Piece::Copy(base + copied..base + i));
            }
            pieces.push(Piece::Replace(base + i..base + i + len, decoded));
            i += len;
            copied = i;
            continue;
        }
        i += inner[i..].chars().next().map_or(1, char::len_utf8);
    }
    if copied < inner.len() {
        pieces.push(Piece::Copy(base + copied..base + inner.len()));
    }
    Some(pieces)
}

/// `''` in a single-quoted YAML scalar is one quote.
fn single_escape(s: &str) -> Option<(usize, String)> {
    s.starts_with("''").then(|| (2, "'".to_string()))
}

/// Backslash escapes of YAML double-quoted scalars and TOML basic strings.
fn double_escape(s: &str) -> Option<(usize, String)> {
    let mut chars = s.chars();
    if chars.next()? != '\\' {
        return None;
    }
    let c = chars.next()?;
    let hex = |digits: usize| {
        let code = u32::from_str_radix(s.get(2..2 + digits)?, 16).ok()?;
        Some((2 + digits, char::from_u32(code)?.to_string()))
    };
    let simple = |t: &str| Some((1 + c.len_utf8(), t.to_string()));
    match c {
        'x' => hex(2),
        'u' => hex(4),
        'U' => hex(8),
        'n' | 't' | 'r' | 'b' | 'f' | 'N' | '_' | 'L' | 'P' => simple(" "),
        '0' | 'a' | 'v' | 'e' => simple(""),
        // An escaped line break joins the lines.
        '\n' | '\r' => {
            let skipped = s[1..].len() - s[1..].trim_start().len();
            Some((1 + skipped, String::new()))
        }
        other => simple(&other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fm(text: &str) -> FrontMatter {
        read("x.md", text, 0).unwrap().unwrap()
    }

    fn passages(text: &str) -> Vec<String> {
        fm(text)
            .passages
            .iter()
            .map(|p| Flat::from_pieces(text, &p.pieces).text)
            .collect()
    }

    #[test]
    fn dates_and_text_keys_from_yaml() {
        let t = "---\ndate: 2025-03-10\nupdated: 2025-04-15T09:00:00-04:00\ntitle: Former President Trump speaks\ntags: [a, b]\n---\nBody.\n";
        let f = fm(t);
        assert_eq!(f.published.unwrap().to_string(), "2025-03-10");
        assert_eq!(f.updated.unwrap().to_string(), "2025-04-15");
        assert_eq!(&t[f.body_start..], "Body.\n");
        assert_eq!(passages(t), ["Former President Trump speaks"]);
    }

    #[test]
    fn quoted_and_escaped_titles_keep_exact_spans() {
        let t = "---\ntitle: \"Former \\\"US\\\" President\"\ndescription: 'It''s former President Trump'\n---\n";
        assert_eq!(passages(t), ["Former \"US\" President", "It's former President Trump"]);
        let f = fm(t);
        let Piece::Copy(r) = &f.passages[0].pieces[0] else {
            panic!()
        };
        assert_eq!(&t[r.clone()], "Former ");
    }

    #[test]
    fn toml_front_matter() {
        let t = "+++\ntitle = \"Former President Trump\"\ndate = 2025-03-11\n+++\nBody";
        let f = fm(t);
        assert_eq!(f.published.unwrap().to_string(), "2025-03-11");
        assert_eq!(passages(t), ["Former President Trump"]);
        let e = read("x.md", "+++\ntitle = \n+++\n", 0).unwrap_err();
        assert!(e.to_string().starts_with("x.md:2:"), "{e}");
    }

    #[test]
    fn aliases_are_never_expanded() {
        // 1,000 aliases of a 10 KB string would be 10 MB expanded: here they are events.
        let big = "x".repeat(10_000);
        let aliases = vec!["*s"; 1000].join(", ");
        let t = format!("---\nbig: &s {big}\nlist: [{aliases}]\ntitle: *s\ndate: 2025-03-11\n---\n");
        let f = fm(&t);
        assert_eq!(f.published.unwrap().to_string(), "2025-03-11");
        assert!(f.passages.is_empty(), "an aliased title has no span of its own");
    }

    #[test]
    fn bad_values_are_located() {
        let e = read("x.md", "---\ntitle: x\ndate: soon\n---\n", 0).unwrap_err();
        assert_eq!(
            e.to_string(),
            "x.md:3:7: front matter `date: soon` is not a YYYY-MM-DD date"
        );
        let e = read("x.md", "---\ndate: [\n---\n", 0).unwrap_err();
        assert!(e.to_string().starts_with("x.md:"), "{e}");
        assert!(read("x.md", "---\ndate: 2025-03-11\n", 0).is_err());
        let e = read("x.md", "---\ndate: [1, 2]\n---\n", 0).unwrap_err();
        assert_eq!(e.to_string(), "x.md:2:7: front matter `date:` is a list, not a date");
    }
}
