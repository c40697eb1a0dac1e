//! Fixing articles: every fixable finding's edit made at once (`plan`), shown as a unified diff
//! (`unified_diff`: `--format patch` and `--fix --dry-run`), or written back in place
//! (`write_in_place`, `fix_in_place`: `--fix`). All three start from the same `Plan`, so the
//! patch shows exactly what `--fix` writes.

use crate::article::{Article, ArticleError};
use crate::checks::{CheckId, Edit, Finding, Outcome};
use crate::edit::apply_all;
use crate::engine::Engine;
use similar::{Algorithm, DiffOp, capture_diff_slices, group_diff_ops};
use std::fmt::{self, Write as _};
use std::fs;
use std::io::{self, Write as _};
use std::path::Path;

/// Lines of unchanged text around each change in a diff, as `diff -u` and git show.
const CONTEXT_LINES: usize = 3;

/// An article's text with every fix made that does not overlap one made before it.
#[derive(Debug)]
pub struct Plan<'a> {
    pub fixed: String,
    /// The findings whose fix was made.
    pub applied: Vec<&'a Finding>,
    /// The findings whose fix was left out: it overlaps the fix of an earlier finding.
    pub not_applied: Vec<&'a Finding>,
}

impl Plan<'_> {
    pub fn changes_anything(&self) -> bool {
        !self.applied.is_empty()
    }
}

/// Makes every finding's fix at once. Findings come in source order, so of two overlapping
/// fixes the first in the text is made. Quoted speech carries no fix, so it is never edited.
pub fn plan<'a>(article: &Article, outcome: &'a Outcome) -> Plan<'a> {
    let fixable: Vec<&Finding> = outcome.findings().filter(|f| f.fix.is_some()).collect();
    let edits: Vec<Edit> = fixable.iter().filter_map(|f| f.fix.clone()).collect();
    let done = apply_all(&article.text, &edits);
    Plan {
        fixed: done.text,
        applied: done.applied.iter().map(|&i| fixable[i]).collect(),
        not_applied: done.conflicting.iter().map(|&i| fixable[i]).collect(),
    }
}

/// A fix left out, where the file as read has its finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotApplied {
    pub check: CheckId,
    pub line: usize,
    pub column: usize,
}

impl NotApplied {
    pub fn of(article: &Article, plan: &Plan) -> Vec<NotApplied> {
        plan.not_applied
            .iter()
            .map(|f| {
                let (line, column) = article.line_col(f.span.start);
                NotApplied {
                    check: f.check.clone(),
                    line,
                    column,
                }
            })
            .collect()
    }
}

impl fmt::Display for NotApplied {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: the fix for {} is not applied: it overlaps the fix of an earlier finding",
            self.line, self.column, self.check
        )
    }
}

/// The unified diff that turns `old` into `new` in the file `path`, with git's `a/` and `b/`
/// prefixes, for `git apply` or `patch -p1` run where the path is relative to; empty when
/// nothing changes. Lines are split at `\n` only and copied byte for byte, so CRLF, a
/// byte-order mark and a missing final newline survive the round trip.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old_lines, &new_lines);
    let name = patch_name(path);
    let mut out = String::new();
    let _ = writeln!(out, "--- {}", header_name("a/", name));
    let _ = writeln!(out, "+++ {}", header_name("b/", name));
    for hunk in group_diff_ops(ops, CONTEXT_LINES) {
        if hunk.iter().all(|op| matches!(op, DiffOp::Equal { .. })) {
            continue;
        }
        write_hunk(&mut out, &hunk, &old_lines, &new_lines);
    }
    out
}

fn write_hunk(out: &mut String, hunk: &[DiffOp], old: &[&str], new: &[&str]) {
    let (first, last) = (&hunk[0], &hunk[hunk.len() - 1]);
    let old_span = first.old_range().start..last.old_range().end;
    let new_span = first.new_range().start..last.new_range().end;
    let _ = writeln!(
        out,
        "@@ -{} +{} @@",
        hunk_range(old_span.start, old_span.len()),
        hunk_range(new_span.start, new_span.len())
    );
    for op in hunk {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            old[old_range].iter().for_each(|l| hunk_line(out, ' ', l));
            continue;
        }
        old[old_range].iter().for_each(|l| hunk_line(out, '-', l));
        new[new_range].iter().for_each(|l| hunk_line(out, '+', l));
    }
}

/// `start,count` in 1-based lines; an empty range names the line before it, as diff does.
fn hunk_range(start: usize, count: usize) -> String {
    let first = if count == 0 { start } else { start + 1 };
    format!("{first},{count}")
}

fn hunk_line(out: &mut String, tag: char, line: &str) {
    out.push(tag);
    out.push_str(line);
    if !line.ends_with('\n') {
        // The file's last line has no line break; the marker tells both tools not to add one.
        out.push_str("\n\\ No newline at end of file\n");
    }
}

/// The path as it goes after `a/` and `b/`: as given, without a leading `./`.
fn patch_name(path: &str) -> &str {
    let mut name = path;
    while let Some(rest) = name.strip_prefix("./") {
        name = rest.trim_start_matches('/');
    }
    name
}

/// `a/NAME` as git writes it: C-quoted when the name holds a quote, a backslash or a control
/// character (git apply and GNU patch both read that form), and followed by a tab when it holds
/// a space, so GNU patch does not take the rest for a date.
fn header_name(prefix: &str, name: &str) -> String {
    let needs_quotes = name.chars().any(|c| c == '"' || c == '\\' || c.is_ascii_control());
    if !needs_quotes {
        let tab = if name.contains(' ') { "\t" } else { "" };
        return format!("{prefix}{name}{tab}");
    }
    let mut quoted = String::from("\"");
    for c in prefix.chars().chain(name.chars()) {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\t' => quoted.push_str("\\t"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            c if c.is_ascii_control() => {
                let _ = write!(quoted, "\\{:03o}", c as u32);
            }
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Why a fix could not be written.
#[derive(Debug)]
pub enum WriteError {
    /// The file on disk is no longer the text that was checked: another program wrote it.
    Changed,
    /// The file may be read but not written.
    ReadOnly,
    Io(io::Error),
}

impl From<io::Error> for WriteError {
    fn from(e: io::Error) -> WriteError {
        WriteError::Io(e)
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteError::Changed => f.write_str("changed on disk since it was checked; not fixed (check it again)"),
            WriteError::ReadOnly => f.write_str("read-only; not fixed"),
            WriteError::Io(e) => write!(f, "cannot write the fix: {e}"),
        }
    }
}

/// Replaces the file at `path` with `fixed`, if it still holds `expected` (the bytes that were
/// checked). Atomic: the new text goes to a temporary file beside the original, with its
/// permissions, and is renamed over it, so a reader sees the old file or the new one, never
/// half of one. Through a symbolic link the linked file is fixed and the link kept.
pub fn write_in_place(path: &Path, expected: &[u8], fixed: &[u8]) -> Result<(), WriteError> {
    let target = fs::canonicalize(path)?;
    let permissions = fs::metadata(&target)?.permissions();
    if permissions.readonly() {
        return Err(WriteError::ReadOnly);
    }
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut temp = tempfile::Builder::new().prefix(".claimcheck-fix-").tempfile_in(dir)?;
    temp.write_all(fixed)?;
    temp.as_file().set_permissions(permissions)?;
    temp.as_file().sync_all()?;
    // As late as can be: an editor that saved the file while it was being checked must not
    // lose its text. (The temporary file is removed when `temp` is dropped.)
    if fs::read(&target)? != expected {
        return Err(WriteError::Changed);
    }
    temp.persist(&target).map_err(|e| WriteError::Io(e.error))?;
    Ok(())
}

/// What `--fix` did (or, previewed, would do) to one file.
#[derive(Debug, Default)]
pub struct FileFix {
    pub applied: usize,
    pub not_applied: Vec<NotApplied>,
}

impl FileFix {
    pub fn of(article: &Article, plan: &Plan) -> FileFix {
        FileFix {
            applied: plan.applied.len(),
            not_applied: NotApplied::of(article, plan),
        }
    }
}

/// Fixes a checked file in place and checks the fixed text again: the article and outcome
/// returned are what remains, with positions in the file as it now is. A file with nothing to
/// fix is left alone (not even rewritten).
pub fn fix_in_place(
    engine: &Engine,
    path: &Path,
    article: Article,
    outcome: Outcome,
) -> Result<(Article, Outcome, FileFix), ArticleError> {
    let plan = plan(&article, &outcome);
    if !plan.changes_anything() {
        return Ok((article, outcome, FileFix::default()));
    }
    let done = FileFix::of(&article, &plan);
    write_in_place(path, article.text.as_bytes(), plan.fixed.as_bytes())
        .map_err(|e| ArticleError::new(&article.origin, e.to_string()))?;
    let (article, outcome) = engine.check_text(&article.origin, plan.fixed)?;
    Ok((article, outcome, done))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(old: &str, new: &str) -> String {
        unified_diff("dir/a.txt", old, new)
    }

    #[test]
    fn one_hunk_with_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(
            diff(old, new),
            "--- a/dir/a.txt\n+++ b/dir/a.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
        assert_eq!(diff(old, old), "");
    }

    #[test]
    fn crlf_and_missing_final_newline_are_kept() {
        let d = diff("\u{feff}a\r\nb", "\u{feff}a\r\nc");
        assert_eq!(
            d,
            "--- a/dir/a.txt\n+++ b/dir/a.txt\n@@ -1,2 +1,2 @@\n \u{feff}a\r\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"
        );
        // A lone CR is part of its line, not a line break: patch tools split at \n only.
        assert!(diff("a\rb\n", "a\rc\n").contains("-a\rb\n+a\rc\n"));
    }

    #[test]
    fn far_apart_changes_make_two_hunks() {
        let old: String = (1..=20).map(|i| format!("{i}\n")).collect();
        let new = old.replace("2\n", "two\n").replace("19\n", "nineteen\n");
        let d = diff(&old, &new);
        assert_eq!(d.matches("@@ -").count(), 2, "{d}");
        assert!(d.contains("@@ -1,5 +1,5 @@"), "{d}");
    }

    #[test]
    fn names_are_quoted_as_git_quotes_them() {
        assert_eq!(header_name("a/", "plain.txt"), "a/plain.txt");
        assert_eq!(header_name("a/", "two words.txt"), "a/two words.txt\t");
        assert_eq!(header_name("a/", "say \"hi\".txt"), "\"a/say \\\"hi\\\".txt\"");
        assert_eq!(header_name("a/", "tab\there"), "\"a/tab\\there\"");
        assert_eq!(header_name("a/", "bell\u{7}"), "\"a/bell\\007\"");
        assert_eq!(patch_name("./news/a.md"), "news/a.md");
        assert_eq!(patch_name("news/a.md"), "news/a.md");
    }
}

#[cfg(all(test, unix))]
mod write_tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn temp_file(text: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("story.txt");
        fs::write(&path, text).unwrap();
        (dir, path)
    }

    fn dir_entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_atomically_and_keeps_permissions() {
        let (dir, path) = temp_file(b"old text\r\n");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_in_place(&path, b"old text\r\n", b"new text\r\n").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new text\r\n");
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        assert_eq!(dir_entries(dir.path()), ["story.txt"], "no temporary file left behind");
    }

    #[test]
    fn refuses_a_file_that_changed_after_it_was_read() {
        // What was checked, then what an editor saved over it before the fix was written.
        let (dir, path) = temp_file(b"President Trump spoke.\n");
        let checked = b"former President Trump spoke.\n";
        let err = write_in_place(&path, checked, b"President Trump spoke. FIXED\n").unwrap_err();
        assert!(matches!(err, WriteError::Changed), "{err}");
        assert_eq!(
            err.to_string(),
            "changed on disk since it was checked; not fixed (check it again)"
        );
        assert_eq!(
            fs::read(&path).unwrap(),
            b"President Trump spoke.\n",
            "left as the editor saved it"
        );
        assert_eq!(dir_entries(dir.path()), ["story.txt"], "no temporary file left behind");
    }

    #[test]
    fn refuses_a_read_only_file() {
        let (_dir, path) = temp_file(b"text\n");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
        let err = write_in_place(&path, b"text\n", b"fixed\n").unwrap_err();
        assert!(matches!(err, WriteError::ReadOnly), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"text\n");
    }

    #[test]
    fn through_a_link_the_linked_file_is_fixed() {
        let (dir, path) = temp_file(b"old\n");
        let link = dir.path().join("link.txt");
        std::os::unix::fs::symlink(&path, &link).unwrap();
        write_in_place(&link, b"old\n", b"new\n").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read(&path).unwrap(), b"new\n");
    }
}
