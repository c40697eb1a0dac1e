//! `--changed-since REF`: the lines changed since a git ref, so a pull request is judged on
//! what it changed. The whole article is still read and checked — a claim made wrong by an
//! edit elsewhere in its sentence is caught — but only findings whose sentence touches a
//! changed line are reported.
//!
//! "Since REF" means since the branch left it (`git merge-base REF HEAD`), as a pull request's
//! diff does, up to the working tree: commits, staged and unstaged edits, and new files not
//! yet added (all their lines). git is run from PATH, as reviewdog and pre-commit do.

use crate::article::Article;
use crate::checks::Outcome;
use std::collections::HashMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Which lines of a file changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lines {
    /// A new file: every line.
    All,
    /// 1-based, inclusive ranges, in order.
    Ranges(Vec<(usize, usize)>),
}

impl Lines {
    fn touch(&self, first: usize, last: usize) -> bool {
        match self {
            Lines::All => true,
            Lines::Ranges(ranges) => ranges.iter().any(|&(a, b)| a <= last && first <= b),
        }
    }
}

/// The changed lines of every changed file, by absolute path.
#[derive(Debug, Default)]
pub struct Changes {
    files: HashMap<PathBuf, Lines>,
}

impl Changes {
    /// The changes in the repository holding `dir` since `rev`, or one line saying why not.
    pub fn since(rev: &str, dir: &Path) -> Result<Changes, String> {
        let root = git(dir, &["rev-parse", "--show-toplevel"])
            .map_err(|e| format!("--changed-since needs a git repository: {e}"))?;
        let root = PathBuf::from(String::from_utf8_lossy(&root).trim_end_matches(['\n', '\r']));
        let base = git(&root, &["merge-base", rev, "HEAD"])
            .map_err(|e| format!("--changed-since {rev}: not a commit this branch shares: {e}"))?;
        let base = String::from_utf8_lossy(&base).trim().to_string();
        let diff = git(
            &root,
            &[
                "-c",
                "core.quotePath=false",
                "diff",
                "--no-color",
                "--no-ext-diff",
                "-U0",
                "-M",
                &base,
                "--",
            ],
        )?;
        let new = git(&root, &["ls-files", "--others", "--exclude-standard", "-z"])?;
        let root = root.canonicalize().unwrap_or(root);
        let mut files: HashMap<PathBuf, Lines> = parse_diff(&diff)
            .into_iter()
            .map(|(path, lines)| (root.join(path), lines))
            .collect();
        for path in new.split(|b| *b == 0).filter(|p| !p.is_empty()) {
            files.insert(root.join(os_string(path.to_vec())), Lines::All);
        }
        Ok(Changes { files })
    }

    /// The lines of `path` that changed; `None` when it did not change.
    pub fn of(&self, path: &Path) -> Option<&Lines> {
        let absolute = path.canonicalize().ok()?;
        self.files.get(&absolute)
    }

    /// Drops the findings whose sentence touches no changed line, and returns how many. A
    /// record of an archive is kept whole when its first line changed.
    pub fn keep(&self, article: &Article, outcome: &mut Outcome) -> usize {
        let before = outcome.findings.len();
        let Some(lines) = self.of(Path::new(&article.origin)) else {
            outcome.findings.clear();
            return before;
        };
        match &article.record {
            Some(record) => {
                if !lines.touch(record.at.line, record.at.line) {
                    outcome.findings.clear();
                }
            }
            None => outcome.findings.retain(|f| {
                let first = article.line_col(f.sentence.start).0;
                let last = article
                    .line_col(f.sentence.end.saturating_sub(1).max(f.sentence.start))
                    .0;
                lines.touch(first, last)
            }),
        }
        before - outcome.findings.len()
    }
}

/// Runs git in `dir`: its standard output, or its first line of complaint.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        return Ok(output.stdout);
    }
    let stderr = String::from_utf8_lossy(&output.stderr);
    let reason = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("git failed");
    Err(reason.trim_start_matches("fatal: ").to_string())
}

/// The new side's changed lines of each file in a `git diff -U0`; deleted files are left out
/// (nothing of them is checked), and a deletion alone changes no line that is still there.
fn parse_diff(diff: &[u8]) -> Vec<(PathBuf, Lines)> {
    let mut files: Vec<(PathBuf, Lines)> = Vec::new();
    let mut current: Option<usize> = None;
    for line in diff.split(|b| *b == b'\n') {
        if let Some(name) = line.strip_prefix(b"+++ ") {
            current = new_side(name).map(|path| {
                files.push((path, Lines::Ranges(Vec::new())));
                files.len() - 1
            });
        } else if line.starts_with(b"@@ ") {
            let (Some(i), Some(range)) = (current, hunk_range(line)) else {
                continue;
            };
            if let Lines::Ranges(ranges) = &mut files[i].1 {
                ranges.push(range);
            }
        }
    }
    files
}

/// `b/news/a.txt` (or git's quoted form) as a path from the repository's root; `None` for
/// `/dev/null`.
fn new_side(name: &[u8]) -> Option<PathBuf> {
    let name = name.strip_suffix(b"\r").unwrap_or(name);
    let name = if name.starts_with(b"\"") {
        unquote(name)?
    } else {
        name.to_vec()
    };
    let path = name.strip_prefix(b"b/")?;
    Some(PathBuf::from(os_string(path.to_vec())))
}

/// The new side of `@@ -a,b +c,d @@`: lines c to c+d-1; `None` when d is 0 (lines only
/// deleted).
fn hunk_range(line: &[u8]) -> Option<(usize, usize)> {
    let text = std::str::from_utf8(line).ok()?;
    let new = text.split(' ').find_map(|part| part.strip_prefix('+'))?;
    let (start, count) = match new.split_once(',') {
        Some((start, count)) => (start.parse::<usize>().ok()?, count.parse::<usize>().ok()?),
        None => (new.parse::<usize>().ok()?, 1),
    };
    (count > 0).then(|| (start, start + count - 1))
}

/// A name git wrote in C quotes (`"b/tab\there"`, octal bytes `\303\251`).
fn unquote(quoted: &[u8]) -> Option<Vec<u8>> {
    let inner = quoted.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
    let mut out = Vec::with_capacity(inner.len());
    let mut bytes = inner.iter().copied();
    while let Some(b) = bytes.next() {
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let escaped = bytes.next()?;
        out.push(match escaped {
            b'a' => 7,
            b'b' => 8,
            b't' => b'\t',
            b'n' => b'\n',
            b'v' => 11,
            b'f' => 12,
            b'r' => b'\r',
            b'0'..=b'7' => {
                let (d2, d3) = (bytes.next()?, bytes.next()?);
                let digit = |d: u8| d.checked_sub(b'0').filter(|d| *d < 8);
                let value = (u32::from(digit(escaped)?) << 6) | (u32::from(digit(d2)?) << 3) | u32::from(digit(d3)?);
                u8::try_from(value).ok()?
            }
            other => other,
        });
    }
    Some(out)
}

#[cfg(unix)]
fn os_string(bytes: Vec<u8>) -> OsString {
    std::os::unix::ffi::OsStringExt::from_vec(bytes)
}

#[cfg(not(unix))]
fn os_string(bytes: Vec<u8>) -> OsString {
    OsString::from(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIFF: &str = "diff --git a/news/a.txt b/news/a.txt
index 1111111..2222222 100644
--- a/news/a.txt
+++ b/news/a.txt
@@ -3 +3 @@ date 2025-03-11
-old
+new
@@ -9,0 +10,2 @@
+added
+added
@@ -20,2 +21,0 @@
-gone
-gone
diff --git a/old.txt b/old.txt
deleted file mode 100644
--- a/old.txt
+++ /dev/null
@@ -1 +0,0 @@
-x
diff --git \"a/tab\\there \\303\\251.md\" \"b/tab\\there \\303\\251.md\"
--- \"a/tab\\there \\303\\251.md\"
+++ \"b/tab\\there \\303\\251.md\"
@@ -1 +1 @@
-x
+y
";

    #[test]
    fn reads_the_new_side_of_each_hunk() {
        let files = parse_diff(DIFF.as_bytes());
        assert_eq!(files.len(), 2);
        assert_eq!(
            files[0],
            (PathBuf::from("news/a.txt"), Lines::Ranges(vec![(3, 3), (10, 11)]))
        );
        assert_eq!(files[1].0, PathBuf::from("tab\there é.md"));
        assert_eq!(files[1].1, Lines::Ranges(vec![(1, 1)]));
    }

    #[test]
    fn a_range_touches_the_lines_it_overlaps() {
        let lines = Lines::Ranges(vec![(3, 3), (10, 11)]);
        assert!(lines.touch(2, 4));
        assert!(lines.touch(11, 15));
        assert!(!lines.touch(4, 9));
        assert!(Lines::All.touch(100, 100));
    }

    #[test]
    fn quoted_names_and_hunk_headers() {
        assert_eq!(unquote(b"\"a\\\\b\\\"c\"").unwrap(), b"a\\b\"c");
        assert_eq!(unquote(b"\"\\400\""), None);
        assert_eq!(hunk_range(b"@@ -1,2 +5,3 @@ heading"), Some((5, 7)));
        assert_eq!(hunk_range(b"@@ -4 +3,0 @@"), None);
    }
}
