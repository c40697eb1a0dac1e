//! Passages: the blocks of prose an article is checked in — a plain-text paragraph, a Markdown
//! heading or list item, an HTML `<p>` or `<figcaption>`, a front-matter headline — each as the
//! source pieces its text is made of, so every span maps back to the file's own bytes.

pub use crate::grammar::Piece;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PassageKind {
    Paragraph,
    Heading,
    ListItem,
    TableCell,
    /// A caption or an image's alternative text.
    Caption,
    /// The headline (front matter `title:`, HTML `<title>`).
    Title,
    /// The standfirst (front matter `description:`).
    Description,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub pieces: Vec<Piece>,
    pub kind: PassageKind,
    /// Quoted matter (a Markdown block quote, an HTML `<blockquote>`): someone else's words.
    pub quoted: bool,
}

impl Passage {
    pub fn new(kind: PassageKind, pieces: Vec<Piece>) -> Passage {
        Passage {
            pieces,
            kind,
            quoted: false,
        }
    }

    /// One range of the source, as plain text's paragraphs are.
    pub fn contiguous(kind: PassageKind, range: Range<usize>) -> Passage {
        Passage::new(kind, vec![Piece::Copy(range)])
    }

    /// Where its first piece starts in the source (`None` for an empty passage).
    pub fn start(&self) -> Option<usize> {
        self.pieces.first().map(|p| match p {
            Piece::Copy(r) | Piece::Replace(r, _) => r.start,
        })
    }

    /// Items of a list and cells of a table enumerate different things.
    pub fn enumerates(&self) -> bool {
        matches!(self.kind, PassageKind::ListItem | PassageKind::TableCell)
    }
}

/// Inline markup around text: `*` … `*`, `**` … `**`, `[` … `](url)`, `<em>` … `</em>`. A
/// fix that deletes or replaces all the text inside must take the markup with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Markup {
    pub open: Range<usize>,
    pub close: Range<usize>,
}

/// Something the reader noticed that the user should know: prose it could not check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub offset: usize,
    pub message: String,
}
