//! Walking a directory for the files to check, through the `ignore` crate as ripgrep does:
//! `.ignore` files always, `.gitignore` inside git repositories, hidden names skipped, and
//! `--glob` / `--exclude` overrides. Entries come sorted by path, so reports are in the same
//! order on every run.
//!
//! Only regular files are yielded: a FIFO would block the run forever and a device or socket
//! holds no article, so anything else with an article's name is reported as skipped. An
//! unreadable subdirectory is an error for that directory alone; the walk goes on.

use crate::archive::ArchiveFormat;
use crate::article::ArticleError;
use crate::input::{escape_path, io_reason};
use globset::{Glob, GlobSet, GlobSetBuilder};
use ignore::overrides::{Override, OverrideBuilder};
use ignore::{DirEntry, WalkBuilder};
use std::path::{Path, PathBuf};

/// What a file holds, judged by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Text,
    Markdown,
    Html,
    /// An archive of records (gzip-compressed or not).
    Archive(ArchiveFormat),
}

/// The name endings a directory walk yields (any ASCII case) and what each holds: the one
/// list of them. `.csv` and `.tsv` are absent on purpose: a tree of data tables (`knowledge/`
/// among them) must not turn into bad records, so they are read only when asked for
/// (`WalkOptions::tables`, `WalkOptions::archives`).
const KINDS: &[(&str, FileKind)] = &[
    (".txt", FileKind::Text),
    (".md", FileKind::Markdown),
    (".markdown", FileKind::Markdown),
    (".html", FileKind::Html),
    (".htm", FileKind::Html),
    (".jsonl", FileKind::Archive(ArchiveFormat::Jsonl)),
    (".jsonl.gz", FileKind::Archive(ArchiveFormat::Jsonl)),
    (".ndjson", FileKind::Archive(ArchiveFormat::Jsonl)),
    (".ndjson.gz", FileKind::Archive(ArchiveFormat::Jsonl)),
];

impl FileKind {
    /// The kind a file's name marks, if a walk should yield it.
    pub fn of(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.as_encoded_bytes();
        KINDS.iter().find_map(|&(ending, kind)| {
            // `.txt` alone is a hidden file with no extension, not a text file.
            let ends =
                name.len() > ending.len() && name[name.len() - ending.len()..].eq_ignore_ascii_case(ending.as_bytes());
            ends.then_some(kind)
        })
    }

    /// One article a file (as opposed to an archive of many).
    pub fn is_article(self) -> bool {
        matches!(self, FileKind::Text | FileKind::Markdown | FileKind::Html)
    }
}

/// `.txt, .md, .markdown, .html or .htm`: the article endings, for messages.
pub fn article_endings() -> String {
    let endings: Vec<&str> = KINDS
        .iter()
        .filter(|(_, kind)| kind.is_article())
        .map(|&(ending, _)| ending)
        .collect();
    match endings.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// What a walk skips or keeps beyond the built-in rules.
#[derive(Debug, Clone, Default)]
pub struct WalkOptions {
    /// Walk names starting with `.` too (`--hidden`).
    pub hidden: bool,
    /// Read no `.gitignore`, `.ignore` or git exclude file (`--no-ignore`).
    pub no_ignore: bool,
    /// ripgrep-style globs, in order (`--glob`): with any `GLOB`, only matching files are
    /// walked; `!GLOB` skips matches. Like ripgrep's, they win over ignore files.
    pub globs: Vec<String>,
    /// Globs whose matches are skipped (`--exclude`, a config's `exclude:`); they win over
    /// `globs`.
    pub excludes: Vec<String>,
    /// `--input-format csv|tsv`: walk files of that format as archives too.
    pub tables: Option<ArchiveFormat>,
    /// Globs of `.csv` / `.tsv` files to walk as archives (a config's `archives:`), matched
    /// like `excludes`.
    pub archives: Vec<String>,
}

/// One thing a walk found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A regular file to read (or the walk's root, when that is not a directory).
    File { path: PathBuf, kind: FileKind },
    /// A name that marks an article or archive but that is not a regular file: a FIFO, a
    /// socket, a device, a broken link. Reading it could block forever, or mean nothing.
    Skipped { path: PathBuf, reason: &'static str },
    /// A directory or ignore file that could not be read. Its siblings are still walked.
    Error(ArticleError),
}

pub struct Walker {
    options: WalkOptions,
    overrides: Override,
    archives: GlobSet,
}

impl Walker {
    /// Globs match paths as given, relative to the current directory (as in ripgrep); a glob
    /// that does not parse is an error naming it.
    pub fn new(options: WalkOptions) -> Result<Walker, String> {
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let mut builder = OverrideBuilder::new(cwd);
        // Later globs win, so the excludes go last.
        let includes = options.globs.iter().map(|g| (g, g.clone()));
        let excludes = options.excludes.iter().map(|g| (g, format!("!{g}")));
        for (given, glob) in includes.chain(excludes) {
            builder.add(&glob).map_err(|e| match e {
                ignore::Error::Glob { err, .. } => format!("bad glob `{given}`: {err}"),
                other => format!("bad glob `{given}`: {other}"),
            })?;
        }
        let overrides = builder.build().map_err(|e| glob_reason(&e))?;
        let mut archives = GlobSetBuilder::new();
        for glob in &options.archives {
            archives.add(Glob::new(glob).map_err(|e| format!("bad glob `{glob}`: {}", e.kind()))?);
        }
        let archives = archives.build().map_err(|e| e.to_string())?;
        Ok(Walker {
            options,
            overrides,
            archives,
        })
    }

    /// A walked file's kind: by its name, or a table asked for as an archive.
    fn kind(&self, path: &Path) -> Option<FileKind> {
        FileKind::of(path).or_else(|| {
            let format = ArchiveFormat::of(path).filter(|f| *f != ArchiveFormat::Jsonl)?;
            let asked = self.options.tables == Some(format) || self.archives.is_match(path);
            asked.then_some(FileKind::Archive(format))
        })
    }

    /// Everything under `root`, sorted by path. Linked directories are not followed: a link
    /// back up the tree would repeat every file.
    pub fn walk<'w>(&'w self, root: &Path) -> impl Iterator<Item = Found> + 'w {
        let mut builder = WalkBuilder::new(root);
        builder
            .standard_filters(!self.options.no_ignore)
            .hidden(!self.options.hidden)
            .follow_links(false)
            .overrides(self.overrides.clone())
            .sort_by_file_name(|a, b| a.cmp(b))
            // A repository's own store is never copy, even with --hidden.
            .filter_entry(|e| e.depth() == 0 || e.file_name() != ".git");
        builder.build().flat_map(|entry| match entry {
            Ok(entry) => self.classify(entry).into_iter().collect::<Vec<_>>(),
            Err(e) => walk_errors(e),
        })
    }

    /// Whether a walked entry is read, skipped with a note, or passed over (directories, names
    /// that mark no article).
    fn classify(&self, entry: DirEntry) -> Option<Found> {
        let file_type = entry.file_type()?;
        let depth = entry.depth();
        let path = entry.into_path();
        if file_type.is_dir() {
            return None;
        }
        if depth == 0 {
            // A root that is not a directory was named: it is read whatever its name.
            let kind = self.kind(&path).unwrap_or(FileKind::Text);
            return Some(Found::File { path, kind });
        }
        let kind = self.kind(&path)?;
        classify_file(path, kind, file_type)
    }
}

/// A file with a name worth reading: read it if it is a regular file (or a link to one),
/// else say why it is skipped.
fn classify_file(path: PathBuf, kind: FileKind, file_type: std::fs::FileType) -> Option<Found> {
    let regular = if file_type.is_symlink() {
        match std::fs::metadata(&path) {
            Ok(target) if target.is_dir() => return None,
            Ok(target) => target.is_file(),
            Err(_) => {
                return Some(Found::Skipped {
                    path,
                    reason: "broken symbolic link",
                });
            }
        }
    } else {
        file_type.is_file()
    };
    Some(if regular {
        Found::File { path, kind }
    } else {
        Found::Skipped {
            path,
            reason: "not a regular file",
        }
    })
}

/// An error from the walk as one line per failure, naming the directory or ignore file.
fn walk_errors(error: ignore::Error) -> Vec<Found> {
    let mut found = Vec::new();
    flatten(&error, None, None, &mut found);
    found
}

fn flatten(error: &ignore::Error, path: Option<&Path>, line: Option<u64>, found: &mut Vec<Found>) {
    match error {
        ignore::Error::Partial(errors) => {
            for e in errors {
                flatten(e, path, line, found);
            }
        }
        ignore::Error::WithPath { path, err } => flatten(err, Some(path), line, found),
        ignore::Error::WithDepth { err, .. } => flatten(err, path, line, found),
        ignore::Error::WithLineNumber { line, err } => flatten(err, path, Some(*line), found),
        other => {
            let name = path.map_or_else(|| "<walk>".to_string(), escape_path);
            let reason = match other {
                ignore::Error::Io(e) if path.is_some_and(Path::is_dir) => {
                    format!("cannot read directory: {}", io_reason(e))
                }
                ignore::Error::Io(e) => format!("cannot read: {}", io_reason(e)),
                other => glob_reason(other),
            };
            let message = match line {
                Some(n) => format!("line {n}: {reason}"),
                None => reason,
            };
            found.push(Found::Error(ArticleError::new(&name, message)));
        }
    }
}

fn glob_reason(error: &ignore::Error) -> String {
    match error {
        ignore::Error::Glob { glob: Some(glob), err } => format!("bad glob `{glob}`: {err}"),
        ignore::Error::Glob { glob: None, err } => err.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name_ending_in_any_case() {
        assert_eq!(FileKind::of(Path::new("a/b.TXT")), Some(FileKind::Text));
        assert_eq!(FileKind::of(Path::new("notes.Markdown")), Some(FileKind::Markdown));
        assert_eq!(FileKind::of(Path::new("page.htm")), Some(FileKind::Html));
        let jsonl = Some(FileKind::Archive(ArchiveFormat::Jsonl));
        assert_eq!(FileKind::of(Path::new("feed.jsonl")), jsonl);
        assert_eq!(FileKind::of(Path::new("feed.JSONL.gz")), jsonl);
        for never in ["people.csv", "people.tsv", "notes.doc", "feed.gz", ".txt", "txt"] {
            assert_eq!(FileKind::of(Path::new(never)), None, "{never}");
        }
    }

    #[test]
    fn archives_are_not_articles() {
        assert!(FileKind::Html.is_article());
        assert!(!FileKind::Archive(ArchiveFormat::Jsonl).is_article());
    }

    #[test]
    fn article_endings_for_messages() {
        assert_eq!(article_endings(), ".txt, .md, .markdown, .html or .htm");
    }

    #[test]
    fn a_bad_glob_is_an_error_naming_it() {
        let options = WalkOptions {
            globs: vec!["news/[".into()],
            ..WalkOptions::default()
        };
        let error = Walker::new(options).err().expect("an unclosed class does not parse");
        assert!(error.contains("news/["), "{error}");
    }
}
