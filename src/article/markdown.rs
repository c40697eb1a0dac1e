//! Markdown, read with pulldown-cmark's offset iterator: the text of paragraphs, headings, list
//! items, block quotes (as quoted matter), table cells, emphasis and link text is checked;
//! code blocks, inline code, link targets, autolinks, HTML blocks and comments are not. Every
//! piece of text keeps its source range, so spans and fixes land on the file's own bytes, and
//! the markup around a word is known, so a fix that removes the word removes its asterisks.

use super::passage::{Markup, Notice, Passage, PassageKind, Piece};
use super::text::html_comments;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::ops::Range;

/// What the Markdown reader found in an article's body.
#[derive(Debug, Default)]
pub struct Markdown {
    pub passages: Vec<Passage>,
    pub comments: Vec<Range<usize>>,
    pub markup: Vec<Markup>,
    pub notices: Vec<Notice>,
}

/// Stands for an inline code span or an autolink in the flat text: a character that is no
/// word, so "the `foo` method" does not read as "the method", nor glue its neighbours.
pub(super) const OBJECT: &str = "\u{fffc}";

/// HTML blocks whose content runs to their closing tag, blank lines and all.
const RAW_TEXT_TAGS: &[&str] = &["script", "pre", "style", "textarea"];

/// Tags that stand for a break between words.
const BREAK_TAGS: &[&str] = &["br", "hr", "img", "wbr"];

pub fn read(text: &str, body: Range<usize>) -> Markdown {
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES | Options::ENABLE_TASKLISTS;
    let mut reader = Reader::new(text, body.clone());
    for (event, range) in Parser::new_ext(&text[body.clone()], options).into_offset_iter() {
        let range = body.start + range.start..body.start + range.end;
        reader.event(event, range);
    }
    reader.flush();
    reader.out
}

/// Block containers the reader is inside, innermost last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Item,
    Heading,
    TableCell,
    Other,
}

/// An inline element with markup on either side, and the text seen inside it so far.
struct Inline {
    element: Range<usize>,
    inner: Option<Range<usize>>,
}

struct Reader<'a> {
    text: &'a str,
    body: Range<usize>,
    out: Markdown,
    blocks: Vec<Block>,
    quote_depth: usize,
    code_depth: usize,
    /// Inside an autolink: its text is a URL.
    url_depth: usize,
    /// Inside an image: its text is the alternative text, a caption of its own.
    image_depth: usize,
    pieces: Vec<Piece>,
    alt: Vec<Piece>,
    /// Image captions wait for the end of the paragraph they stand in, to keep text order.
    captions: Vec<Passage>,
    inlines: Vec<Inline>,
    /// Open inline HTML tags: (name, source range).
    html_tags: Vec<(String, Range<usize>)>,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, body: Range<usize>) -> Reader<'a> {
        Reader {
            text,
            body,
            out: Markdown::default(),
            blocks: Vec::new(),
            quote_depth: 0,
            code_depth: 0,
            url_depth: 0,
            image_depth: 0,
            pieces: Vec::new(),
            alt: Vec::new(),
            captions: Vec::new(),
            inlines: Vec::new(),
            html_tags: Vec::new(),
        }
    }

    fn event(&mut self, event: Event, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Text(t) => self.text(&t, range),
            Event::Code(_) => self.push(Piece::Replace(range, OBJECT.to_string())),
            Event::SoftBreak => self.push(Piece::Copy(range)),
            Event::HardBreak => self.push(Piece::Replace(range, " ".to_string())),
            Event::Html(_) => self.html_block_line(range),
            Event::InlineHtml(t) => self.inline_html(&t, range),
            // Footnote references, task markers, rules: markup, not text.
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag, range: Range<usize>) {
        match tag {
            Tag::Paragraph => self.open_block(Block::Other),
            Tag::Heading { .. } => self.open_block(Block::Heading),
            Tag::Item => self.open_block(Block::Item),
            Tag::TableCell => self.open_block(Block::TableCell),
            Tag::BlockQuote(_) => {
                self.open_block(Block::Other);
                self.quote_depth += 1;
            }
            Tag::CodeBlock(_) => {
                self.open_block(Block::Other);
                self.code_depth += 1;
            }
            Tag::HtmlBlock => {
                self.open_block(Block::Other);
                self.unclosed_raw_text(range);
            }
            Tag::Image { .. } => {
                self.image_depth += 1;
                // Between words, an image is a break.
                self.push(Piece::Replace(range.start..range.start, " ".to_string()));
            }
            Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            } => {
                self.url_depth += 1;
                self.push(Piece::Replace(range, OBJECT.to_string()));
            }
            Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } => self.inlines.push(Inline {
                element: range,
                inner: None,
            }),
            Tag::List(_) | Tag::Table(_) | Tag::TableHead | Tag::TableRow | Tag::FootnoteDefinition(_) => {
                self.open_block(Block::Other);
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, _range: Range<usize>) {
        match tag {
            TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::TableCell
            | TagEnd::List(_)
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::FootnoteDefinition
            | TagEnd::HtmlBlock => self.close_block(),
            TagEnd::BlockQuote(_) => {
                self.close_block();
                self.quote_depth -= 1;
            }
            TagEnd::CodeBlock => {
                self.close_block();
                self.code_depth -= 1;
            }
            TagEnd::Image => {
                self.image_depth -= 1;
                if self.image_depth == 0 && !self.alt.is_empty() {
                    let mut caption = Passage::new(PassageKind::Caption, std::mem::take(&mut self.alt));
                    caption.quoted = self.quote_depth > 0;
                    self.captions.push(caption);
                }
            }
            TagEnd::Link if self.url_depth > 0 => self.url_depth -= 1,
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough | TagEnd::Link => {
                if let Some(Inline {
                    element,
                    inner: Some(inner),
                }) = self.inlines.pop()
                {
                    self.out.markup.push(Markup {
                        open: element.start..inner.start,
                        close: inner.end..element.end,
                    });
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, t: &str, range: Range<usize>) {
        if self.code_depth > 0 || self.url_depth > 0 {
            return;
        }
        // Entities and backslash escapes read as other text than their source.
        let piece = if &self.text[range.clone()] == t {
            Piece::Copy(range)
        } else {
            Piece::Replace(range, t.to_string())
        };
        if self.image_depth > 0 {
            self.alt.push(piece);
        } else {
            self.push(piece);
        }
    }

    fn push(&mut self, piece: Piece) {
        if self.code_depth > 0 || self.image_depth > 0 {
            return;
        }
        let (Piece::Copy(r) | Piece::Replace(r, _)) = &piece;
        for inline in &mut self.inlines {
            inline.inner = Some(match &inline.inner {
                None => r.clone(),
                Some(i) => i.start.min(r.start)..i.end.max(r.end),
            });
        }
        self.pieces.push(piece);
    }

    fn open_block(&mut self, block: Block) {
        self.flush();
        self.blocks.push(block);
    }

    fn close_block(&mut self) {
        self.flush();
        self.blocks.pop();
    }

    /// Ends the passage being read, if it has any text.
    fn flush(&mut self) {
        let pieces = std::mem::take(&mut self.pieces);
        let has_text = pieces.iter().any(|p| match p {
            Piece::Copy(r) => !self.text[r.clone()].trim().is_empty(),
            Piece::Replace(_, t) => !t.trim().is_empty(),
        });
        if has_text {
            let mut passage = Passage::new(self.kind(), pieces);
            passage.quoted = self.quote_depth > 0;
            self.out.passages.push(passage);
        }
        self.out.passages.append(&mut self.captions);
    }

    /// What the innermost container makes of the passage being read.
    fn kind(&self) -> PassageKind {
        for block in self.blocks.iter().rev() {
            match block {
                Block::Heading => return PassageKind::Heading,
                Block::TableCell => return PassageKind::TableCell,
                Block::Item => return PassageKind::ListItem,
                Block::Other => {}
            }
        }
        PassageKind::Paragraph
    }

    fn html_block_line(&mut self, range: Range<usize>) {
        self.out
            .comments
            .extend(html_comments(&self.text[..range.end], range.start));
    }

    fn inline_html(&mut self, t: &str, range: Range<usize>) {
        if t.starts_with("<!--") {
            self.out.comments.push(range);
            return;
        }
        let Some(name) = tag_name(t) else {
            return;
        };
        if BREAK_TAGS.contains(&name.as_str()) {
            self.push(Piece::Replace(range, " ".to_string()));
        } else if t.starts_with("</") {
            if let Some(i) = self.html_tags.iter().rposition(|(n, _)| *n == name) {
                let (_, open) = self.html_tags.remove(i);
                self.out.markup.push(Markup { open, close: range });
            }
        } else if !t.ends_with("/>") {
            self.html_tags.push((name, range));
        }
    }

    /// An HTML block opened by `<script>` (or `<pre>`, `<style>`, `<textarea>`) runs until its
    /// closing tag: unclosed, it hides the rest of the file. Say so rather than skip it quietly.
    fn unclosed_raw_text(&mut self, block: Range<usize>) {
        let source = &self.text[block.clone()];
        let Some(name) = tag_name(source.trim_start()).filter(|n| RAW_TEXT_TAGS.contains(&n.as_str())) else {
            return;
        };
        let closed = source.to_ascii_lowercase().contains(&format!("</{name}"));
        let to_the_end = self.text[block.end..self.body.end].trim().is_empty();
        let hidden = source.lines().skip(1).filter(|l| !l.trim().is_empty()).count();
        if !closed && to_the_end && hidden > 0 {
            self.out.notices.push(Notice {
                offset: block.start,
                message: format!(
                    "an HTML <{name}> block that is never closed runs to the end of the file: its {hidden} non-blank lines after it are not checked (close it with </{name}>)"
                ),
            });
        }
    }
}

/// `<em class="x">` → `em`; `</em>` → `em`.
fn tag_name(t: &str) -> Option<String> {
    let inner = t.strip_prefix('<')?.trim_start_matches('/');
    let name: String = inner
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
        .collect();
    (!name.is_empty()).then(|| name.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Flat;

    fn texts(md: &str) -> Vec<(PassageKind, bool, String)> {
        read(md, 0..md.len())
            .passages
            .iter()
            .map(|p| (p.kind, p.quoted, Flat::from_pieces(md, &p.pieces).text))
            .collect()
    }

    #[test]
    fn prose_is_read_and_code_urls_and_html_are_not() {
        let md = "# Former President Trump\n\nHe met *former* President Donald Trump at [the summit](https://example.com/President-Trump).\n\n```\nPresident Biden said\n```\n\n    indented code President Biden\n\nUse `President Biden` here <https://x.org/y>.\n\n<div>\nPresident Biden said\n</div>\n";
        assert_eq!(
            texts(md),
            [
                (PassageKind::Heading, false, "Former President Trump".to_string()),
                (
                    PassageKind::Paragraph,
                    false,
                    "He met former President Donald Trump at the summit.".to_string()
                ),
                (PassageKind::Paragraph, false, "Use \u{fffc} here \u{fffc}.".to_string()),
            ]
        );
    }

    #[test]
    fn lists_tables_quotes_and_captions() {
        let md = "- one item\n- two item\n\n| a | b |\n|---|---|\n| President Biden | x |\n\n> Quoted words\n> go on.\n\n![Photo of President Biden](p.jpg) caption\n";
        let got = texts(md);
        assert_eq!(got[0], (PassageKind::ListItem, false, "one item".to_string()));
        assert_eq!(got[1], (PassageKind::ListItem, false, "two item".to_string()));
        assert!(got.contains(&(PassageKind::TableCell, false, "President Biden".to_string())));
        assert!(got.contains(&(PassageKind::Paragraph, true, "Quoted words go on.".to_string())));
        assert!(got.contains(&(PassageKind::Caption, false, "Photo of President Biden".to_string())));
        assert!(got.contains(&(PassageKind::Paragraph, false, "caption".to_string())));
    }

    #[test]
    fn markup_pairs_and_entities() {
        let md = "*former* President and <em>Former</em> President &amp; co.\n";
        let r = read(md, 0..md.len());
        assert_eq!(
            Flat::from_pieces(md, &r.passages[0].pieces).text,
            "former President and Former President & co."
        );
        let pairs: Vec<(&str, &str)> = r
            .markup
            .iter()
            .map(|m| (&md[m.open.clone()], &md[m.close.clone()]))
            .collect();
        assert!(pairs.contains(&("*", "*")));
        assert!(pairs.contains(&("<em>", "</em>")));
    }

    #[test]
    fn comments_and_an_unclosed_script() {
        let md = "<!-- claimcheck-disable-next-line stale-title -->\nText.\n\n<script>\nvar x;\n\nPresident Biden said this prose is hidden.\n";
        let r = read(md, 0..md.len());
        assert_eq!(r.comments.len(), 1);
        assert_eq!(r.notices.len(), 1, "{:?}", r.notices);
        assert!(r.notices[0].message.contains("<script>"));
        let closed = "<script>\nvar x;\n</script>\n\nText.\n";
        assert!(read(closed, 0..closed.len()).notices.is_empty());
    }
}
