//! HTML, read with html5gum's tokenizer, whose every token carries its source span: the text of
//! `<p>`, headings, list items, `<dt>`/`<dd>`, table cells, captions, `<title>`, the `alt` of
//! images and text loose in `<body>`, `<div>`, `<section>`… is checked, `<blockquote>` as quoted
//! matter; `<script>`, `<style>`, `<code>`, `<pre>`, `<template>`, `<svg>`, `<math>`, the rest
//! of `<head>`, comments and attributes other than `alt` are not. Inline tags (`<em>`, `<a>`…)
//! do not break words, and their tags are recorded as markup so a fix that removes a word
//! removes its tags too. Character references read as what they stand for (the entity table is
//! htmlize's, the WHATWG list) while spans index the reference's own bytes.
//!
//! Tag soup is read as browsers read it where it matters to the text: `<p>` and `<li>` close
//! themselves, stray end tags are ignored, tags are case-blind. Raw-text elements (`<script>`,
//! `<style>`, `<title>`…) run to their end tag, as html5gum switches states for them; one never
//! closed is reported, as the Markdown reader reports an unclosed `<script>` block.

mod dates;

pub use dates::PageDates;

use super::markdown::OBJECT;
use super::passage::{Markup, Notice, Passage, PassageKind, Piece};
use html5gum::emitters::callback::{Callback, CallbackEmitter, CallbackEvent};
use html5gum::{Span, Tokenizer};
use htmlize::Context;
use std::collections::HashMap;
use std::ops::Range;

/// What the HTML reader found in a page's body.
#[derive(Debug, Default)]
pub struct Page {
    pub passages: Vec<Passage>,
    pub comments: Vec<Range<usize>>,
    pub markup: Vec<Markup>,
    pub notices: Vec<Notice>,
    pub dates: PageDates,
}

/// Open elements deeper than this are read as if their tags were not there: every search of
/// the open elements is then bounded, so 100,000 nested unclosed tags still take linear time.
/// (Browsers cap the depth of the tree too; Blink at 512.)
const MAX_DEPTH: usize = 256;

/// Elements whose text is a passage, and what kind.
const PASSAGE_TAGS: &[(&str, PassageKind)] = &[
    ("p", PassageKind::Paragraph),
    ("h1", PassageKind::Heading),
    ("h2", PassageKind::Heading),
    ("h3", PassageKind::Heading),
    ("h4", PassageKind::Heading),
    ("h5", PassageKind::Heading),
    ("h6", PassageKind::Heading),
    ("li", PassageKind::ListItem),
    ("dt", PassageKind::ListItem),
    ("dd", PassageKind::ListItem),
    ("td", PassageKind::TableCell),
    ("th", PassageKind::TableCell),
    ("figcaption", PassageKind::Caption),
    ("caption", PassageKind::Caption),
    ("title", PassageKind::Title),
];

/// Blocks that hold passages and loose text; they end the passage before and after them.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figure",
    "footer",
    "form",
    "header",
    "hgroup",
    "html",
    "legend",
    "main",
    "menu",
    "nav",
    "ol",
    "search",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Elements that are never read, and what they read as between words: nothing (they are not
/// shown), an object (shown, but not prose: "the `<code>x</code>` call" must not read as "the
/// call"), or a block boundary.
const SKIPPED_TAGS: &[(&str, Skipped)] = &[
    ("script", Skipped::Hidden),
    ("style", Skipped::Hidden),
    ("template", Skipped::Hidden),
    ("noscript", Skipped::Hidden),
    ("noembed", Skipped::Hidden),
    ("noframes", Skipped::Hidden),
    ("code", Skipped::InlineCode),
    ("kbd", Skipped::InlineCode),
    ("samp", Skipped::InlineCode),
    ("svg", Skipped::Object),
    ("math", Skipped::Object),
    ("textarea", Skipped::Object),
    ("select", Skipped::Object),
    ("iframe", Skipped::Object),
    ("object", Skipped::Object),
    ("pre", Skipped::Block),
    ("listing", Skipped::Block),
    ("xmp", Skipped::Block),
    ("plaintext", Skipped::Block),
];

/// Elements with no end tag.
const VOID_TAGS: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
    "wbr",
];

/// What may stand in `<head>`; any other start tag there begins the body, as in browsers.
const HEAD_TAGS: &[&str] = &[
    "base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style", "template", "title",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dd",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "plaintext",
    "pre",
    "search",
    "section",
    "summary",
    "table",
    "ul",
    "xmp",
];

/// Elements an implied `</p>` does not reach past (the spec's "button scope").
const P_SCOPE: &[&str] = &["td", "th", "caption", "table", "html", "template", "button", "object"];
const LIST_SCOPE: &[&str] = &["ul", "ol", "menu", "td", "th", "caption", "table", "html", "template"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Skipped {
    Hidden,
    /// Like `Object`, but also ended by the end of the block it stands in: an unclosed
    /// `<code>` must not hide the rest of the page.
    InlineCode,
    Object,
    Block,
}

pub fn read(text: &str, body: Range<usize>) -> Page {
    let mut emitter = CallbackEmitter::new(Tokens {
        offset: body.start,
        tag: None,
    });
    // Switch to raw text after `<script>`, `<style>`, `<title>`…, as a tree builder would.
    emitter.naively_switch_states(true);
    let mut reader = Reader::new(text, body.clone());
    for token in Tokenizer::new_with_emitter(&text[body], emitter) {
        let Ok(token) = token;
        reader.token(token);
    }
    reader.finish();
    reader.page
}

/// A token with its source span (in the whole text, not the body).
#[derive(Debug)]
enum Token {
    Start(StartTag),
    End { name: String, span: Range<usize> },
    Text(Range<usize>),
    Comment(Range<usize>),
}

#[derive(Debug)]
pub struct StartTag {
    /// Lower case, as the tokenizer gives it.
    pub name: String,
    /// `<p class="x">`, all of it.
    pub span: Range<usize>,
    attributes: Vec<(String, Range<usize>)>,
}

impl StartTag {
    /// The source bytes of an attribute's value (empty when it has none); the first of that
    /// name wins, as in browsers.
    pub fn attribute(&self, name: &str) -> Option<Range<usize>> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone())
    }
}

/// Gathers html5gum's events into tokens. Only spans are kept: text is read from the source,
/// so a 5 MB attribute no one reads is never copied.
struct Tokens {
    offset: usize,
    tag: Option<StartTag>,
}

impl Callback<Token, usize> for Tokens {
    fn handle_event(&mut self, event: CallbackEvent<'_>, span: Span<usize>) -> Option<Token> {
        let span = span.start + self.offset..span.end + self.offset;
        let name = |n: &[u8]| String::from_utf8_lossy(n).into_owned();
        match event {
            CallbackEvent::OpenStartTag { name: n } => {
                self.tag = Some(StartTag {
                    name: name(n),
                    span,
                    attributes: Vec::new(),
                });
                None
            }
            CallbackEvent::AttributeName { name: n } => {
                if let Some(tag) = &mut self.tag {
                    tag.attributes.push((name(n), span.end..span.end));
                }
                None
            }
            CallbackEvent::AttributeValue { .. } => {
                if let Some((_, value)) = self.tag.as_mut().and_then(|t| t.attributes.last_mut()) {
                    *value = span;
                }
                None
            }
            CallbackEvent::CloseStartTag { .. } => self.tag.take().map(|mut tag| {
                tag.span.end = span.end;
                Token::Start(tag)
            }),
            CallbackEvent::EndTag { name: n } => {
                self.tag = None;
                Some(Token::End { name: name(n), span })
            }
            CallbackEvent::String { .. } => Some(Token::Text(span)),
            CallbackEvent::Comment { .. } => Some(Token::Comment(span)),
            CallbackEvent::Doctype { .. } | CallbackEvent::Error(_) => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Its text is a passage of this kind.
    Passage(PassageKind),
    /// Holds passages and loose text.
    Block,
    /// Words run on across its tags.
    Inline,
}

fn role(name: &str) -> Role {
    if let Some((_, kind)) = PASSAGE_TAGS.iter().find(|(n, _)| *n == name) {
        Role::Passage(*kind)
    } else if BLOCK_TAGS.contains(&name) {
        Role::Block
    } else {
        Role::Inline
    }
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// `</h3>` closes any open heading, as in browsers.
fn same_element(open: &str, end: &str) -> bool {
    open == end || is_heading(open) && is_heading(end)
}

/// An open element.
struct Open {
    name: String,
    role: Role,
    tag: Range<usize>,
    /// How many pieces of text had been read when it opened: the ones after are inside it.
    texts_before: usize,
}

/// An element being skipped, up to its end tag.
struct Skip {
    name: String,
    kind: Skipped,
    tag: Range<usize>,
    /// Same-name elements opened inside it.
    nesting: usize,
    /// A `<script type="application/ld+json">`, whose text holds the page's dates.
    json_ld: bool,
}

struct Reader<'a> {
    text: &'a str,
    body: Range<usize>,
    page: Page,
    open: Vec<Open>,
    /// How many elements of each name are open: most implied ends find none, and need not
    /// search.
    open_counts: HashMap<String, usize>,
    /// The kinds of the open passage elements, innermost last.
    passage_kinds: Vec<PassageKind>,
    skip: Option<Skip>,
    in_head: bool,
    /// Open `<blockquote>`s: quoted matter.
    quote_depth: usize,
    /// Open `<q>`s, whose quotation marks alternate double and single.
    q_depth: usize,
    pieces: Vec<Piece>,
    /// Image captions wait for the end of the passage they stand in, to keep text order.
    captions: Vec<Passage>,
    /// Where each piece of text read so far starts, and where the last one ends (both without
    /// surrounding spaces): the text inside an inline element, for its markup pair.
    text_starts: Vec<usize>,
    last_text_end: usize,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, body: Range<usize>) -> Reader<'a> {
        Reader {
            text,
            body,
            page: Page::default(),
            open: Vec::new(),
            open_counts: HashMap::new(),
            passage_kinds: Vec::new(),
            skip: None,
            in_head: false,
            quote_depth: 0,
            q_depth: 0,
            pieces: Vec::new(),
            captions: Vec::new(),
            text_starts: Vec::new(),
            last_text_end: 0,
        }
    }

    fn token(&mut self, token: Token) {
        match token {
            Token::Start(tag) => self.start(tag),
            Token::End { name, span } => self.end(&name, span),
            Token::Text(range) => self.text(range),
            // Comments are kept for suppressions; html5gum finds none inside raw text.
            Token::Comment(range) => {
                if self.text[range.clone()].starts_with("<!--") {
                    self.page.comments.push(range);
                }
            }
        }
    }

    fn start(&mut self, tag: StartTag) {
        if let Some(skip) = &mut self.skip {
            let block_starts = CLOSES_P.contains(&tag.name.as_str()) || role(&tag.name) != Role::Inline;
            if skip.kind != Skipped::InlineCode || !block_starts {
                if tag.name == skip.name && !VOID_TAGS.contains(&tag.name.as_str()) {
                    skip.nesting += 1;
                }
                return;
            }
            // An unclosed `<code>` ends where a block starts.
            self.end_skip(tag.span.start, tag.span.start);
        }
        self.page.dates.note_tag(self.text, &tag, &mut self.page.notices);
        let name = tag.name.as_str();
        if self.in_head && !HEAD_TAGS.contains(&name) {
            self.in_head = false;
        }
        match name {
            "head" => {
                self.flush();
                self.in_head = true;
            }
            "br" => self.line_break(tag.span),
            "img" => self.image(&tag),
            "hr" => {
                self.implied_ends("hr");
                self.flush();
            }
            // A word break opportunity, not a space: "super<wbr>market" is one word.
            "wbr" => {}
            _ if VOID_TAGS.contains(&name) => {}
            _ => {
                if let Some((_, kind)) = SKIPPED_TAGS.iter().find(|(n, _)| *n == name) {
                    self.start_skip(tag, *kind);
                    return;
                }
                match role(name) {
                    Role::Inline => self.open_inline(tag),
                    block => self.open_block(tag, block),
                }
            }
        }
    }

    fn end(&mut self, name: &str, span: Range<usize>) {
        if let Some(skip) = &mut self.skip {
            if name == skip.name {
                skip.nesting -= 1;
                if skip.nesting == 0 {
                    self.end_skip(span.start, span.end);
                }
                return;
            }
            if skip.kind != Skipped::InlineCode || role(name) == Role::Inline {
                return;
            }
            // An unclosed `<code>` ends with its block.
            self.end_skip(span.start, span.start);
        }
        match name {
            // `</br>` reads as `<br>`, as in browsers.
            "br" => self.line_break(span),
            "head" => self.in_head = false,
            _ => match role(name) {
                Role::Inline => self.close_inline(name, span),
                _ => self.close_nearest(&[name], scope_of(name)),
            },
        }
    }

    fn text(&mut self, range: Range<usize>) {
        if self.skip.is_some() {
            return;
        }
        if self.in_head && !self.is_open("title") {
            // Words in `<head>` end it, as in browsers; spaces between its tags are nothing.
            if self.text[range.clone()].trim().is_empty() {
                return;
            }
            self.in_head = false;
        }
        let mut pieces = Vec::new();
        text_pieces(self.text, range, Context::General, &mut pieces);
        for piece in pieces {
            let (Piece::Copy(r) | Piece::Replace(r, _)) = &piece;
            let blank = match &piece {
                Piece::Copy(r) => self.text[r.clone()].trim().is_empty(),
                Piece::Replace(_, t) => t.trim().is_empty(),
            };
            if !blank {
                let source = &self.text[r.clone()];
                let start = r.start + (source.len() - source.trim_start().len());
                self.text_starts.push(start);
                self.last_text_end = r.start + source.trim_end().len();
            }
            self.pieces.push(piece);
        }
    }

    fn start_skip(&mut self, tag: StartTag, kind: Skipped) {
        if kind == Skipped::Block {
            self.implied_ends(&tag.name);
            self.flush();
        }
        let json_ld = tag.name == "script"
            && tag.attribute("type").is_some_and(|t| {
                decode_attribute(self.text, t)
                    .trim()
                    .eq_ignore_ascii_case("application/ld+json")
            });
        self.skip = Some(Skip {
            name: tag.name,
            kind,
            tag: tag.span,
            nesting: 1,
            json_ld,
        });
    }

    /// Stops skipping: the element's content ends at `content_end`, the element itself at
    /// `element_end` (after its end tag, or where the block that ended an unclosed `<code>`
    /// starts). What the element reads as between words goes in its place, covering all of it,
    /// so a fix spanning it moves it whole.
    fn end_skip(&mut self, content_end: usize, element_end: usize) {
        let Some(skip) = self.skip.take() else {
            return;
        };
        match skip.kind {
            Skipped::Hidden if skip.json_ld => {
                let content = skip.tag.end..content_end;
                self.page.dates.note_json_ld(self.text, content, &mut self.page.notices);
            }
            Skipped::Hidden => {}
            Skipped::InlineCode | Skipped::Object => {
                let element = skip.tag.start..element_end;
                self.pieces.push(Piece::Replace(element, OBJECT.to_string()));
            }
            Skipped::Block => self.flush(),
        }
    }

    /// `<br>`: a space inside a passage, the end of a paragraph in loose text.
    fn line_break(&mut self, span: Range<usize>) {
        let in_passage = self
            .open
            .iter()
            .rev()
            .find(|o| o.role != Role::Inline)
            .is_some_and(|o| matches!(o.role, Role::Passage(_)));
        if in_passage {
            self.pieces.push(Piece::Replace(span, " ".to_string()));
        } else {
            self.flush();
        }
    }

    /// An image is a space between words; its `alt` text is a caption of its own.
    fn image(&mut self, tag: &StartTag) {
        self.pieces.push(Piece::Replace(tag.span.clone(), " ".to_string()));
        let Some(alt) = tag.attribute("alt") else {
            return;
        };
        let mut pieces = Vec::new();
        text_pieces(self.text, alt, Context::Attribute, &mut pieces);
        let mut caption = Passage::new(PassageKind::Caption, pieces);
        caption.quoted = self.quote_depth > 0;
        if has_text(self.text, &caption.pieces) {
            self.captions.push(caption);
        }
    }

    fn open_block(&mut self, tag: StartTag, role: Role) {
        self.implied_ends(&tag.name);
        self.flush();
        self.push_open(tag, role);
    }

    fn open_inline(&mut self, tag: StartTag) {
        if tag.name == "q" {
            // `<q>` is shown with quotation marks: what it holds is someone else's words.
            let mark = if self.q_depth.is_multiple_of(2) { "“" } else { "‘" };
            self.pieces.push(Piece::Replace(tag.span.clone(), mark.to_string()));
        }
        self.push_open(tag, Role::Inline);
    }

    fn push_open(&mut self, tag: StartTag, role: Role) {
        if self.open.len() >= MAX_DEPTH {
            return;
        }
        match tag.name.as_str() {
            "blockquote" => self.quote_depth += 1,
            "q" => self.q_depth += 1,
            _ => {}
        }
        *self.open_counts.entry(tag.name.clone()).or_default() += 1;
        if let Role::Passage(kind) = role {
            self.passage_kinds.push(kind);
        }
        self.open.push(Open {
            name: tag.name,
            role,
            tag: tag.span,
            texts_before: self.text_starts.len(),
        });
    }

    /// Pops the open elements from index `from` on, as an end tag or an implied end does.
    fn pop_to(&mut self, from: usize) {
        for open in self.open.drain(from..) {
            if let Some(count) = self.open_counts.get_mut(&open.name) {
                *count -= 1;
            }
            if let Role::Passage(_) = open.role {
                self.passage_kinds.pop();
            }
            match open.name.as_str() {
                "blockquote" => self.quote_depth -= 1,
                "q" => self.q_depth -= 1,
                _ => {}
            }
        }
    }

    /// The ends a start tag implies: `<p>` after an open `<p>`, `<li>` after an `<li>`…
    fn implied_ends(&mut self, name: &str) {
        if CLOSES_P.contains(&name) {
            self.close_nearest(&["p"], P_SCOPE);
        }
        match name {
            "li" => self.close_nearest(&["li"], LIST_SCOPE),
            "dt" | "dd" => self.close_nearest(&["dt", "dd"], &["dl", "table", "template"]),
            "td" | "th" => self.close_nearest(&["td", "th"], &["tr", "table", "template"]),
            "tr" => self.close_nearest(&["tr"], &["table", "template"]),
            "tbody" | "thead" | "tfoot" => self.close_nearest(&["tbody", "thead", "tfoot"], &["table", "template"]),
            _ if is_heading(name) && self.open.last().is_some_and(|o| is_heading(&o.name)) => {
                self.flush();
                self.pop_to(self.open.len() - 1);
            }
            _ => {}
        }
    }

    fn is_open(&self, name: &str) -> bool {
        self.open_counts.get(name).is_some_and(|&count| count > 0)
    }

    /// Ends the passage and closes the nearest open element named one of `names` (and all
    /// opened inside it), unless one of `scope` comes first.
    fn close_nearest(&mut self, names: &[&str], scope: &[&str]) {
        let headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
        let any_open = names.iter().any(|n| {
            if is_heading(n) {
                headings.iter().any(|h| self.is_open(h))
            } else {
                self.is_open(n)
            }
        });
        if !any_open {
            return;
        }
        let named = |o: &Open| names.iter().any(|n| same_element(&o.name, n));
        let found = self
            .open
            .iter()
            .rposition(|o| named(o) || scope.contains(&o.name.as_str()));
        if let Some(i) = found.filter(|&i| named(&self.open[i])) {
            self.flush();
            self.pop_to(i);
        }
    }

    /// `</em>`: closes the nearest open `<em>` within the current block, and records its tags
    /// as markup around the text it holds. A stray end tag is ignored.
    fn close_inline(&mut self, name: &str, close: Range<usize>) {
        let Some(i) = self
            .open
            .iter()
            .rposition(|o| o.name == name || o.role != Role::Inline)
            .filter(|&i| self.open[i].name == name)
        else {
            return;
        };
        let open = &self.open[i];
        if name == "q" {
            let mark = if !self.q_depth.is_multiple_of(2) { "”" } else { "’" };
            self.pieces.push(Piece::Replace(close.clone(), mark.to_string()));
        } else if let Some(&first) = self.text_starts.get(open.texts_before) {
            // Spaces just inside the tags go with them: deleting all the words of
            // `<em> Former </em>` deletes the element.
            let only_spaces = |r: Range<usize>| self.text[r].chars().all(char::is_whitespace);
            let open_end = if only_spaces(open.tag.end..first) {
                first
            } else {
                open.tag.end
            };
            let close_start = if only_spaces(self.last_text_end..close.start) {
                self.last_text_end
            } else {
                close.start
            };
            self.page.markup.push(Markup {
                open: open.tag.start..open_end,
                close: close_start..close.end,
            });
        }
        self.pop_to(i);
    }

    /// Ends the passage being read, if it has any text.
    fn flush(&mut self) {
        let pieces = std::mem::take(&mut self.pieces);
        if has_text(self.text, &pieces) {
            let mut passage = Passage::new(self.kind(), pieces);
            passage.quoted = self.quote_depth > 0;
            self.page.passages.push(passage);
        }
        self.page.passages.append(&mut self.captions);
    }

    /// What the innermost passage element makes of the text being read: loose text is a
    /// paragraph.
    fn kind(&self) -> PassageKind {
        self.passage_kinds.last().copied().unwrap_or(PassageKind::Paragraph)
    }

    fn finish(&mut self) {
        if let Some(skip) = self.skip.take() {
            self.unclosed(&skip.name, skip.tag);
        } else if let Some(title) = self.open.iter().find(|o| o.name == "title") {
            // The tokenizer read the rest of the page as the title's text: it is no headline.
            let tag = title.tag.clone();
            self.unclosed("title", tag);
            self.pieces.clear();
        }
        self.flush();
    }

    /// A raw-text or skipped element never closed runs to the end of the file: say so rather
    /// than skip what follows quietly.
    fn unclosed(&mut self, name: &str, tag: Range<usize>) {
        let hidden = self.text[tag.end..self.body.end]
            .lines()
            .filter(|l| !l.trim().is_empty())
            .count();
        if hidden > 0 {
            self.page.notices.push(Notice {
                offset: tag.start,
                message: format!(
                    "an HTML <{name}> element that is never closed runs to the end of the file: its {hidden} non-blank lines after it are not checked (close it with </{name}>)"
                ),
            });
        }
    }
}

/// Where an end tag stops looking for its element.
fn scope_of(name: &str) -> &'static [&'static str] {
    match name {
        "p" => P_SCOPE,
        "li" => LIST_SCOPE,
        "dt" | "dd" => &["dl", "table", "template"],
        "td" | "th" | "tr" | "tbody" | "thead" | "tfoot" | "caption" => &["table", "template"],
        _ => &[],
    }
}

/// Whether pieces hold words: spaces and objects (a lone `<svg>`) are no passage.
fn has_text(text: &str, pieces: &[Piece]) -> bool {
    pieces.iter().any(|p| match p {
        Piece::Copy(r) => !text[r.clone()].trim().is_empty(),
        Piece::Replace(_, t) => !t.trim().is_empty() && t != OBJECT,
    })
}

/// The longest character reference name looked at: the longest in the WHATWG table has 32
/// characters, and bounding it keeps `&aaaa…` (megabytes of letters) linear.
const MAX_REFERENCE: usize = 40;

/// The pieces of `text[range]`: runs of literal text copied, each character reference
/// (`&amp;`, `&nbsp;`, `&#8217;`, `&#x2019;`, the legacy `&copy` with no semicolon…) replaced
/// by what it stands for, decoded by htmlize with the WHATWG rules of `context`.
fn text_pieces(text: &str, range: Range<usize>, context: Context, out: &mut Vec<Piece>) {
    let mut literal = range.start;
    let mut at = range.start;
    while let Some(i) = text[at..range.end].find('&') {
        let amp = at + i;
        match reference_at(&text[amp..range.end], context) {
            Some((len, decoded)) => {
                if literal < amp {
                    out.push(Piece::Copy(literal..amp));
                }
                out.push(Piece::Replace(amp..amp + len, decoded));
                literal = amp + len;
                at = literal;
            }
            None => at = amp + 1,
        }
    }
    if literal < range.end {
        out.push(Piece::Copy(literal..range.end));
    }
}

/// The character reference at the start of `s` (which starts with `&`): its length in bytes
/// and the text it stands for. htmlize decodes a candidate — `&`, `#` and alphanumerics, a `;`,
/// and the character after (in attributes it decides whether a legacy reference counts) —
/// and whatever it left undecoded at the end is literal text after the reference. (A decoded
/// value never ends in the letter or `;` that ends its reference, so the common tail is
/// exactly the undecoded text.)
fn reference_at(s: &str, context: Context) -> Option<(usize, String)> {
    let name_len = s[1..]
        .bytes()
        .take(MAX_REFERENCE)
        .take_while(|&b| b.is_ascii_alphanumeric() || b == b'#')
        .count();
    if name_len == 0 {
        return None;
    }
    let mut end = 1 + name_len;
    if s[end..].starts_with(';') {
        end += 1;
    }
    if let Some(next) = s[end..].chars().next() {
        end += next.len_utf8();
    }
    let candidate = &s[..end];
    let decoded = htmlize::unescape_in(candidate, context);
    if decoded == candidate {
        return None;
    }
    let tail = candidate
        .bytes()
        .rev()
        .zip(decoded.bytes().rev())
        .take_while(|(a, b)| a == b)
        .count()
        .min(candidate.len() - 1);
    Some((candidate.len() - tail, decoded[..decoded.len() - tail].to_string()))
}

/// An attribute's value as it reads, character references decoded.
fn decode_attribute(text: &str, value: Range<usize>) -> String {
    htmlize::unescape_in(&text[value], Context::Attribute).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{DateKind, DateSource};
    use crate::grammar::Flat;
    use chrono::NaiveDate;

    fn page(html: &str) -> Page {
        read(html, 0..html.len())
    }

    fn texts(html: &str) -> Vec<(PassageKind, bool, String)> {
        page(html)
            .passages
            .iter()
            .map(|p| (p.kind, p.quoted, Flat::from_pieces(html, &p.pieces).text))
            .collect()
    }

    fn text_of(html: &str) -> Vec<String> {
        texts(html).into_iter().map(|(_, _, t)| t).collect()
    }

    fn day(s: &str) -> NaiveDate {
        crate::article::parse_day(s).unwrap()
    }

    fn chosen(html: &str, from: DateKind) -> Option<(NaiveDate, DateSource, DateKind)> {
        page(html).dates.choose(from)
    }

    #[test]
    fn prose_is_read_and_code_scripts_and_head_are_not() {
        let html = "<!DOCTYPE html>\n<html><head><title>Former President Trump &amp; co</title><meta charset=utf-8><style>p::before { content: 'President Biden' }</style><script>var s = '<p>President Biden</p>';</script><link rel=x href=y></head>\n<body><h1>Head line</h1><p>He met <em>former</em> President Donald&nbsp;Trump at <a href=\"/President-Biden\" title=\"President Biden\">the summit</a>.<p>Call <code>President.Biden()</code> then<br>go on</p><pre>President Biden said</pre><noscript>President Biden</noscript><template><p>President Biden</p></template><svg><text>President Biden</text></svg><math><mi>x</mi></math><textarea>President Biden</textarea></body></html>";
        assert_eq!(
            texts(html),
            [
                (PassageKind::Title, false, "Former President Trump & co".to_string()),
                (PassageKind::Heading, false, "Head line".to_string()),
                (
                    PassageKind::Paragraph,
                    false,
                    "He met former President Donald Trump at the summit.".to_string()
                ),
                (PassageKind::Paragraph, false, "Call \u{fffc} then go on".to_string()),
            ]
        );
    }

    #[test]
    fn lists_tables_captions_alt_text_and_quotes() {
        let html = "<ul><li>one<li>two</ul><dl><dt>term<dd>meaning</dl><table><caption>Votes</caption><tr><th>Name<td>cell a<td>cell b</table><figure><img src=a.jpg alt=\"Photo: President &amp; First Lady\"><figcaption>On Monday, March 10</figcaption></figure><blockquote><p>Quoted words</p>and loose quoted</blockquote><p>She said <q>it was <q>fine</q> then</q> and left.</p>";
        let list = |k, t: &str| (k, false, t.to_string());
        assert_eq!(
            texts(html),
            [
                list(PassageKind::ListItem, "one"),
                list(PassageKind::ListItem, "two"),
                list(PassageKind::ListItem, "term"),
                list(PassageKind::ListItem, "meaning"),
                list(PassageKind::Caption, "Votes"),
                list(PassageKind::TableCell, "Name"),
                list(PassageKind::TableCell, "cell a"),
                list(PassageKind::TableCell, "cell b"),
                list(PassageKind::Caption, "Photo: President & First Lady"),
                list(PassageKind::Caption, "On Monday, March 10"),
                (PassageKind::Paragraph, true, "Quoted words".to_string()),
                (PassageKind::Paragraph, true, "and loose quoted".to_string()),
                list(PassageKind::Paragraph, "She said “it was ‘fine’ then” and left."),
            ]
        );
    }

    #[test]
    fn an_alt_text_spans_its_attribute_value_and_follows_its_paragraph() {
        let html = "<p>Before <img alt='Former &quot;Prime&quot; Minister' src=x>after</p>";
        let p = page(html);
        assert_eq!(Flat::from_pieces(html, &p.passages[0].pieces).text, "Before after");
        let alt = &p.passages[1];
        assert_eq!(alt.kind, PassageKind::Caption);
        let flat = Flat::from_pieces(html, &alt.pieces);
        assert_eq!(flat.text, "Former \"Prime\" Minister");
        assert_eq!(
            &html[flat.source_span(0..flat.text.len())],
            "Former &quot;Prime&quot; Minister"
        );
    }

    #[test]
    fn loose_text_is_split_at_blocks_and_line_breaks() {
        assert_eq!(
            text_of("<head><meta charset=utf-8>\n  Words end the head<title>T</title>"),
            ["Words end the head", "T"]
        );
        let html = "<body>Intro text<div>loose text<br>after break<section>inner</section>tail</div>end<hr>last";
        assert_eq!(
            text_of(html),
            [
                "Intro text",
                "loose text",
                "after break",
                "inner",
                "tail",
                "end",
                "last"
            ]
        );
    }

    #[test]
    fn inline_tags_do_not_break_words_and_wbr_is_no_space() {
        let html = "<p>Don<b>ald</b> Tr<span class=x>ump</span> met the super<wbr>market owner<sup>1</sup>.</p>";
        assert_eq!(text_of(html), ["Donald Trump met the supermarket owner1."]);
    }

    #[test]
    fn character_references_read_as_text_and_span_their_bytes() {
        let html = "<p>A&nbsp;B &amp; C&#8217;s &#x2019;D&#150; &copy 2025 AT&T &notit; &bogus; &#xZZ;</p>";
        let p = page(html);
        let pieces = &p.passages[0].pieces;
        let flat = Flat::from_pieces(html, pieces);
        assert_eq!(flat.text, "A B & C’s ’D– © 2025 AT&T ¬it; &bogus; &#xZZ;");
        let replaced: Vec<(&str, &str)> = pieces
            .iter()
            .filter_map(|p| match p {
                Piece::Replace(r, t) => Some((&html[r.clone()], t.as_str())),
                Piece::Copy(_) => None,
            })
            .collect();
        assert_eq!(
            replaced,
            [
                ("&nbsp;", "\u{a0}"),
                ("&amp;", "&"),
                ("&#8217;", "’"),
                ("&#x2019;", "’"),
                ("&#150;", "–"),
                ("&copy", "©"),
                ("&not", "¬"),
            ]
        );
        let at = flat.text.find("C’s").unwrap();
        assert_eq!(&html[flat.source_span(at..at + "C’s".len())], "C&#8217;s");
        // In an attribute, a legacy reference before `=` or a letter is text (the WHATWG rule).
        let alt = "<img alt=\"x &copy=y &copyz &copy;\">";
        assert_eq!(text_of(alt), ["x &copy=y &copyz ©"]);
    }

    #[test]
    fn inline_markup_pairs_are_recorded() {
        let html = "<p><em>Former</em> President <a href=x><b> former </b>President</a> <i>unclosed</p><p>stray</em> <strong></strong></p>";
        let pairs: Vec<(&str, &str)> = page(html)
            .markup
            .iter()
            .map(|m| (&html[m.open.clone()], &html[m.close.clone()]))
            .collect();
        assert_eq!(pairs, [("<em>", "</em>"), ("<b> ", " </b>"), ("<a href=x>", "</a>")]);
    }

    #[test]
    fn tag_soup() {
        // Unclosed <p> and <li>, uppercase tags, `>` inside a quoted attribute, stray end tags,
        // an end tag with the wrong heading level, a table with implied ends, CRLF.
        let html = "<P CLASS=\"a>b\">One\r\n<p>Two</div></span><UL><LI>three<li>four</ul><h2>Five</h3><h1>Six<h2>Seven</h2><table><tr><td>a<p>para<td>b<tr><td>c</table><dl><dt>x<dd>y</dl>eight";
        assert_eq!(
            text_of(html),
            [
                "One", "Two", "three", "four", "Five", "Six", "Seven", "a", "para", "b", "c", "x", "y", "eight"
            ]
        );
        // `<p>` closes at a block, not at an inline tag.
        assert_eq!(
            texts("<p>one <span>two<div>three</div>four"),
            [
                (PassageKind::Paragraph, false, "one two".to_string()),
                (PassageKind::Paragraph, false, "three".to_string()),
                (PassageKind::Paragraph, false, "four".to_string()),
            ]
        );
    }

    #[test]
    fn an_unclosed_code_ends_with_its_block_but_an_unclosed_script_runs_to_the_end() {
        assert_eq!(
            text_of("<p>Run <code>x() now</p><p>President Biden"),
            ["Run \u{fffc}", "President Biden"]
        );
        let html = "<p>Intro.</p>\n<script>\nvar x = 1;\n\n<p>President Biden said this prose is hidden.\n";
        let p = page(html);
        assert_eq!(p.passages.len(), 1);
        assert_eq!(p.notices.len(), 1, "{:?}", p.notices);
        assert_eq!(p.notices[0].offset, html.find("<script>").unwrap());
        assert!(p.notices[0].message.contains("<script> element that is never closed"));
        assert!(p.notices[0].message.contains("its 2 non-blank lines"));
        assert!(page("<script>var x;</script><p>Text.").notices.is_empty());
        // Nothing after it: nothing hidden, nothing to say.
        assert!(page("<p>Text.</p><script>\n").notices.is_empty());
    }

    #[test]
    fn an_unclosed_title_is_no_headline() {
        let html = "<title>Former President\n<p>Body text</p>\n";
        let p = page(html);
        assert!(p.passages.is_empty(), "{:?}", p.passages);
        assert!(p.notices[0].message.contains("<title> element that is never closed"));
    }

    #[test]
    fn an_object_covers_its_whole_element() {
        let html = "<p>Call <code>f()</code> now</p>";
        let p = page(html);
        let object = p.passages[0].pieces.iter().find_map(|p| match p {
            Piece::Replace(r, t) if t == OBJECT => Some(&html[r.clone()]),
            _ => None,
        });
        assert_eq!(object, Some("<code>f()</code>"));
    }

    #[test]
    fn comments_outside_raw_text_are_kept_for_suppressions() {
        let html = "<!-- claimcheck-disable-next-line a --><p>x</p><script>// <!-- not a comment --></script><style>/* <!-- nor this --> */</style><pre><!-- b --></pre>";
        let got: Vec<&str> = page(html).comments.iter().map(|r| &html[r.clone()]).collect();
        assert_eq!(got, ["<!-- claimcheck-disable-next-line a -->", "<!-- b -->"]);
    }

    #[test]
    fn meta_dates_published_and_updated() {
        let html = "<head><meta property=\"article:published_time\" content=\"2025-03-10T08:00:00-05:00\"><meta name=\"article:modified_time\" content=\"2025-04-15T23:30:00+09:00\"></head><p>Text <time datetime=2020-01-01>then</time>";
        assert_eq!(
            chosen(html, DateKind::Updated),
            Some((day("2025-04-15"), DateSource::HtmlMeta, DateKind::Updated))
        );
        assert_eq!(
            chosen(html, DateKind::Published),
            Some((day("2025-03-10"), DateSource::HtmlMeta, DateKind::Published))
        );
        // Microdata on any element; the first of a kind wins.
        let html = "<p><time itemprop=\"datePublished\" datetime=\"2025-03-11\">March 11</time> <meta itemprop=datePublished content=2020-01-01>";
        assert_eq!(
            chosen(html, DateKind::Updated),
            Some((day("2025-03-11"), DateSource::HtmlMeta, DateKind::Published))
        );
    }

    #[test]
    fn json_ld_dates_from_the_article_object() {
        let html = r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["NewsArticle"],"datePublished":"2025-03-10T09:00:00Z","dateModified":"2025-04-15"}]}</script>"#;
        assert_eq!(
            chosen(html, DateKind::Updated),
            Some((day("2025-04-15"), DateSource::JsonLd, DateKind::Updated))
        );
        assert_eq!(
            chosen(html, DateKind::Published),
            Some((day("2025-03-10"), DateSource::JsonLd, DateKind::Published))
        );
        // A top-level array; an article in a later block outranks a page in an earlier one.
        let html = r#"<script type="application/ld+json">[{"@type":"WebPage","datePublished":"2020-01-01"}]</script><script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-03-11"}</script>"#;
        assert_eq!(chosen(html, DateKind::Updated).map(|c| c.0), Some(day("2025-03-11")));
    }

    #[test]
    fn meta_outranks_json_ld_which_outranks_time() {
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-01-01","dateModified":"2025-01-02"}</script>"#;
        let meta = r#"<meta property="article:published_time" content="2025-03-11">"#;
        let time = "<time datetime=\"2024-12-31T10:00\">x</time><time datetime=2024-01-01>y</time>";
        // The kind asked for first: an update date from JSON-LD beats a published one from <meta>.
        assert_eq!(
            chosen(&format!("{ld}{meta}{time}"), DateKind::Published),
            Some((day("2025-03-11"), DateSource::HtmlMeta, DateKind::Published))
        );
        assert_eq!(
            chosen(&format!("{ld}{meta}{time}"), DateKind::Updated),
            Some((day("2025-01-02"), DateSource::JsonLd, DateKind::Updated))
        );
        assert_eq!(
            chosen(&format!("<p>{time}"), DateKind::Updated),
            Some((day("2024-12-31"), DateSource::HtmlTime, DateKind::Published))
        );
        // A <time> with no day in it is no date.
        assert_eq!(chosen("<time datetime=\"10:00\">ten</time>", DateKind::Updated), None);
    }

    #[test]
    fn unreadable_dates_are_reported_not_used() {
        let html = "<meta property=\"article:published_time\" content=\"Tue, 11 Mar 2025\"><script type=\"application/ld+json\">{\"datePublished\": </script><time datetime=2025-03-09>x</time>";
        let p = page(html);
        assert_eq!(
            p.dates.choose(DateKind::Updated).map(|c| c.1),
            Some(DateSource::HtmlTime)
        );
        assert_eq!(p.notices.len(), 2, "{:?}", p.notices);
        assert!(p.notices[0].message.contains("`Tue, 11 Mar 2025`"));
        assert!(p.notices[1].message.contains("JSON-LD block is not valid JSON"));
    }

    /// Tag soup made of random fragments: no panic, and every range the reader gives is inside
    /// the text, on character boundaries, in order.
    #[test]
    fn random_tag_soup_gives_well_formed_ranges() {
        const FRAGMENTS: &[&str] = &[
            "<p>",
            "</p>",
            "<em>",
            "</em>",
            "<li>",
            "<td>",
            "<h2>",
            "</h3>",
            "<div>",
            "</div>",
            "<br>",
            "<wbr>",
            "<img alt='Ex-président &amp; é'>",
            "<img alt=\"&copy=",
            "<code>",
            "</code>",
            "<pre>",
            "<script>",
            "</script>",
            "<title>",
            "</title>",
            "<q>",
            "</q>",
            "<blockquote>",
            "<!--",
            "-->",
            "<!-- c -->",
            "</",
            "<",
            ">",
            "&",
            "&amp;",
            "&nbsp;",
            "&#x2019;",
            "&#8217",
            "&notit;",
            "&#99999999;",
            "&copy",
            "\r\n",
            "\n",
            " ",
            "é",
            "’",
            "\u{feff}",
            "\0",
            "word",
            "Former President",
            "<a href=\"x>y\">",
            "</a>",
            "<svg>",
            "</svg>",
            "<head>",
            "<meta property=article:published_time content=2025-03-11>",
            "<time datetime=",
            "'",
            "\"",
            "<script type=application/ld+json>{\"datePublished\":",
            "<!DOCTYPE html>",
            "<P CLASS=x>",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..300 {
            let len = (next() % 60) as usize;
            let html: String = (0..len)
                .map(|_| FRAGMENTS[(next() % FRAGMENTS.len() as u64) as usize])
                .collect();
            let p = page(&html);
            let well_formed = |r: &Range<usize>| {
                r.start <= r.end
                    && r.end <= html.len()
                    && html.is_char_boundary(r.start)
                    && html.is_char_boundary(r.end)
            };
            for passage in &p.passages {
                let mut last = 0;
                for piece in &passage.pieces {
                    let (Piece::Copy(r) | Piece::Replace(r, _)) = piece;
                    assert!(well_formed(r) && r.start >= last, "{html:?}: {piece:?}");
                    last = r.end;
                }
                let flat = Flat::from_pieces(&html, &passage.pieces);
                assert!(well_formed(&flat.source_span(0..flat.text.len())), "{html:?}");
            }
            for m in &p.markup {
                assert!(
                    well_formed(&m.open) && well_formed(&m.close) && m.open.end <= m.close.start,
                    "{html:?}: {m:?}"
                );
            }
            assert!(
                p.comments
                    .iter()
                    .all(|c| well_formed(c) && html[c.clone()].starts_with("<!--"))
            );
        }
    }

    #[test]
    fn hostile_input_takes_linear_time() {
        // 100,000 nested unclosed tags of each sort, then prose that must still be read.
        for tag in ["div", "span", "p", "li", "td", "em", "code", "blockquote"] {
            let html = format!("{}<h2>Still read</h2>", format!("<{tag}>x").repeat(100_000));
            let p = page(&html);
            assert!(
                p.passages
                    .iter()
                    .any(|p| Flat::from_pieces(&html, &p.pieces).text == "Still read"),
                "<{tag}>"
            );
        }
        // A 5 MB attribute nobody reads, a 5 MB alt text, megabytes of `&`.
        let big = "a".repeat(5_000_000);
        let html = format!(
            "<p data-x=\"{big}\">One</p><img alt=\"{big}\"><p>&{big}&amp;{}",
            "&".repeat(1_000_000)
        );
        let p = page(&html);
        assert_eq!(p.passages.len(), 3);
    }
}
