//! The documents the editor has open: their text as the editor holds it (not as saved), kept
//! in step with incremental changes, and the outcome of their last check.

use super::positions::{Encoding, LineIndex};
use crate::article::{Article, SourceFormat};
use crate::checks::Outcome;
use lsp_types::{TextDocumentContentChangeEvent, Uri};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// What the last check of a document found, for code actions and hover to read.
pub struct Checked {
    pub article: Article,
    pub outcome: Outcome,
}

pub struct Document {
    pub uri: Uri,
    /// The file, for a `file:` URI: where the configuration search starts, and the name a
    /// dated file name is read from.
    pub path: Option<PathBuf>,
    pub format: SourceFormat,
    /// The `.claimcheck.yaml` that applies, found from the document's directory up.
    pub config: Option<PathBuf>,
    pub version: i32,
    pub text: String,
    pub lines: LineIndex,
    /// The last check, of the text as it is now; `None` while one is due or when the text
    /// could not be read as an article.
    pub checked: Option<Checked>,
    /// When a check is due (changes wait a moment, so a burst of typing is checked once).
    pub due: Option<Instant>,
}

impl Document {
    pub fn new(uri: Uri, language_id: &str, version: i32, text: String) -> Document {
        let path = path_of(&uri);
        let name = path
            .as_ref()
            .map_or_else(|| uri.as_str().to_string(), |p| p.display().to_string());
        Document {
            format: format_of(language_id, &name),
            uri,
            path,
            config: None,
            version,
            lines: LineIndex::new(&text),
            text,
            checked: None,
            due: None,
        }
    }

    /// The name reports and the article reader use: the path, else the URI.
    pub fn origin(&self) -> String {
        self.path
            .as_ref()
            .map_or_else(|| self.uri.as_str().to_string(), |p| p.display().to_string())
    }

    /// Applies the editor's changes in order: a change with a range replaces that range of
    /// the text as the previous change left it; one without replaces the whole text.
    pub fn apply(&mut self, version: i32, changes: Vec<TextDocumentContentChangeEvent>, encoding: Encoding) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let span = self.lines.span(&self.text, range, encoding);
                    self.text.replace_range(span, &change.text);
                }
                None => self.text = change.text,
            }
            self.lines = LineIndex::new(&self.text);
        }
        self.version = version;
        self.checked = None;
    }
}

/// The document's kind: by the editor's language id, else by the file name's extension.
fn format_of(language_id: &str, name: &str) -> SourceFormat {
    match language_id {
        "markdown" | "mdx" => SourceFormat::Markdown,
        "html" => SourceFormat::Html,
        "plaintext" | "text" => SourceFormat::Text,
        _ => SourceFormat::of(name),
    }
}

/// The open documents by URI.
#[derive(Default)]
pub struct Documents {
    open: HashMap<Uri, Document>,
}

impl Documents {
    pub fn open(&mut self, document: Document) {
        self.open.insert(document.uri.clone(), document);
    }

    pub fn close(&mut self, uri: &Uri) {
        self.open.remove(uri);
    }

    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.open.get(uri)
    }

    pub fn get_mut(&mut self, uri: &Uri) -> Option<&mut Document> {
        self.open.get_mut(uri)
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut Document> {
        self.open.values_mut()
    }

    /// The URIs of documents whose check is due by `now`.
    pub fn due(&self, now: Instant) -> Vec<Uri> {
        let mut due: Vec<&Document> = self.open.values().filter(|d| d.due.is_some_and(|t| t <= now)).collect();
        due.sort_by_key(|d| d.due);
        due.into_iter().map(|d| d.uri.clone()).collect()
    }

    /// The earliest moment a check is due.
    pub fn next_due(&self) -> Option<Instant> {
        self.open.values().filter_map(|d| d.due).min()
    }
}

/// The file a `file:` URI names (percent-escapes decoded), or `None` for any other scheme
/// (an unsaved buffer, a remote file).
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file:///a` or `file://localhost/a`; another host is not a local file.
    let path = match rest.find('/') {
        Some(0) => rest,
        Some(i) if &rest[..i] == "localhost" => &rest[i..],
        _ => return None,
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    Some(path_from_bytes(percent_decode(path)))
}

/// The `file:` URI of a path (absolute paths only; bytes outside the unreserved set escaped).
pub fn uri_of(path: &Path) -> Option<Uri> {
    let absolute = std::path::absolute(path).ok()?;
    let mut uri = String::from("file://");
    for &b in path_bytes(&absolute).iter() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.parse().ok()
}

fn percent_decode(s: &str) -> Vec<u8> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

#[cfg(unix)]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    use std::os::unix::ffi::OsStringExt;
    PathBuf::from(std::ffi::OsString::from_vec(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: Vec<u8>) -> PathBuf {
    // `file:///C:/x` on Windows: drop the slash before the drive letter.
    let s = String::from_utf8_lossy(&bytes).into_owned();
    let s = match s.as_bytes() {
        [b'/', _, b':', ..] => s[1..].to_string(),
        _ => s,
    };
    PathBuf::from(s)
}

#[cfg(unix)]
fn path_bytes(path: &Path) -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes().to_vec()
}

#[cfg(not(unix))]
fn path_bytes(path: &Path) -> Vec<u8> {
    let s = path.to_string_lossy().replace('\\', "/");
    if s.starts_with('/') {
        s.into_bytes()
    } else {
        format!("/{s}").into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn uri(s: &str) -> Uri {
        s.parse().unwrap()
    }

    #[test]
    fn file_uris_and_paths_round_trip_with_escapes() {
        let u = uri("file:///tmp/news%20desk/caf%C3%A9.md");
        assert_eq!(path_of(&u), Some(PathBuf::from("/tmp/news desk/café.md")));
        assert_eq!(uri_of(Path::new("/tmp/news desk/café.md")), Some(u));
        assert_eq!(path_of(&uri("file://localhost/a.txt")), Some(PathBuf::from("/a.txt")));
        assert_eq!(path_of(&uri("untitled:Untitled-1")), None);
        assert_eq!(path_of(&uri("file://server/share/a.txt")), None);
    }

    #[test]
    fn incremental_changes_apply_in_order_in_utf16() {
        let mut d = Document::new(uri("file:///a.md"), "markdown", 1, "𝄞 former\r\nPresident\r\n".into());
        let change = |l1, c1, l2, c2, text: &str| TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l1, c1), Position::new(l2, c2))),
            range_length: None,
            text: text.into(),
        };
        // "former " starts after the astral character (2 units) and a space.
        d.apply(
            2,
            vec![change(0, 3, 0, 10, ""), change(0, 0, 0, 2, "é")],
            Encoding::Utf16,
        );
        assert_eq!(d.text, "é \r\nPresident\r\n");
        d.apply(3, vec![change(0, 2, 1, 0, " ")], Encoding::Utf16);
        assert_eq!(d.text, "é  President\r\n");
        assert_eq!(d.version, 3);
        assert_eq!(d.format, SourceFormat::Markdown);
    }
}
