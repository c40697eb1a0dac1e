//! End-to-end tests of how `claimcheck check` turns paths into inputs: directory walks with
//! ignore files, hidden names and globs; FIFOs, unreadable subdirectories, file names that
//! are not UTF-8; and what it reads when given no path.
//!
//! Every article here carries the same wrong claim, so each file checked shows up as one
//! finding in `--format jsonl`, and `files()` lists exactly the files that were read.

mod common;

use common::process::*;
use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// One finding (former-incumbent) in any file that is read.
const ARTICLE: &str = "date 2025-03-11\nformer President Donald Trump waved.\n";

/// A private scratch directory under the system temp dir, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "claimcheck-walk-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// Writes `ARTICLE` at each relative path, creating directories on the way.
    fn articles(&self, names: &[&str]) {
        for name in names {
            self.write(name, ARTICLE);
        }
    }

    fn write(&self, name: impl AsRef<Path>, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn mkdir(&self, name: &str) {
        std::fs::create_dir_all(self.0.join(name)).unwrap();
    }

    /// `claimcheck check --format jsonl <args>` inside the scratch directory, with no stdin.
    fn check<S: AsRef<OsStr>>(&self, args: &[S]) -> Output {
        let mut cmd = self.command(args);
        cmd.arg("--format").arg("jsonl");
        run_with_limit(cmd, Duration::from_secs(60)).expect("claimcheck finishes")
    }

    fn command<S: AsRef<OsStr>>(&self, args: &[S]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.arg("check").args(args).current_dir(&self.0);
        cmd
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The `file` of each JSONL record, in output order.
fn files(out: &Output) -> Vec<String> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|line| {
            let record: serde_json::Value =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
            record["file"]
                .as_str()
                .expect("every record names its file")
                .to_string()
        })
        .collect()
}

/// The files read, and that nothing else happened: exit 1 (one finding each), stderr empty.
fn checked(out: &Output) -> Vec<String> {
    assert_eq!(code(out), 1, "stderr: {}", stderr(out));
    assert!(out.stderr.is_empty(), "{}", stderr(out));
    files(out)
}

// ---------------------------------------------------------------------------------------------
// Ignore files, hidden names, globs

#[test]
fn gitignore_applies_inside_a_git_repository_only() {
    let dir = Scratch::new("gitignore");
    dir.articles(&["news/a.txt", "news/draft.txt", "news/build/out.md"]);
    dir.write("news/.gitignore", "draft.txt\nbuild/\n");
    // Outside a repository a .gitignore means nothing (as in ripgrep and git).
    assert_eq!(
        checked(&dir.check(&["news"])),
        ["news/a.txt", "news/build/out.md", "news/draft.txt"]
    );
    dir.mkdir("news/.git");
    assert_eq!(checked(&dir.check(&["news"])), ["news/a.txt"]);
    assert_eq!(
        checked(&dir.check(&["news", "--no-ignore"])),
        ["news/a.txt", "news/build/out.md", "news/draft.txt"]
    );
}

#[test]
fn dot_ignore_applies_everywhere_and_in_parents() {
    let dir = Scratch::new("dot-ignore");
    dir.articles(&["news/a.txt", "news/wire/b.txt", "news/wire/embargoed.txt"]);
    dir.write("news/.ignore", "embargoed.txt\n");
    assert_eq!(checked(&dir.check(&["news"])), ["news/a.txt", "news/wire/b.txt"]);
    // The walk starts below the .ignore, which still applies.
    assert_eq!(checked(&dir.check(&["news/wire"])), ["news/wire/b.txt"]);
    assert_eq!(
        checked(&dir.check(&["news", "--no-ignore"])),
        ["news/a.txt", "news/wire/b.txt", "news/wire/embargoed.txt"]
    );
}

#[test]
fn hidden_files_and_directories_are_walked_only_with_hidden() {
    let dir = Scratch::new("hidden");
    dir.articles(&["news/a.txt", "news/.b.txt", "news/.drafts/c.md", "news/.git/d.txt"]);
    assert_eq!(checked(&dir.check(&["news"])), ["news/a.txt"]);
    // A repository's .git is never copy, even with --hidden.
    assert_eq!(
        checked(&dir.check(&["news", "--hidden"])),
        ["news/.b.txt", "news/.drafts/c.md", "news/a.txt"]
    );
    // A hidden directory named on the command line is walked.
    assert_eq!(checked(&dir.check(&["news/.drafts"])), ["news/.drafts/c.md"]);
}

#[test]
fn globs_include_and_exclude_like_ripgrep() {
    let dir = Scratch::new("globs");
    dir.articles(&["news/a.txt", "news/b.md", "news/drafts/c.txt", "news/drafts/d.md"]);
    let walk = |args: &[&str]| checked(&dir.check(&[&["news"], args].concat()));
    assert_eq!(walk(&["--glob", "*.md"]), ["news/b.md", "news/drafts/d.md"]);
    assert_eq!(walk(&["-g", "!*.md"]), ["news/a.txt", "news/drafts/c.txt"]);
    // Repeated: any include; later globs win.
    assert_eq!(
        walk(&["-g", "*.md", "-g", "a.*", "-g", "!drafts"]),
        ["news/a.txt", "news/b.md"]
    );
    // A glob with a slash matches the path as given.
    assert_eq!(
        walk(&["-g", "news/drafts/*"]),
        ["news/drafts/c.txt", "news/drafts/d.md"]
    );
    assert_eq!(walk(&["--exclude", "drafts"]), ["news/a.txt", "news/b.md"]);
    // --exclude wins over --glob.
    assert_eq!(
        walk(&["--exclude", "*.txt", "--exclude", "b.md", "-g", "*"]),
        ["news/drafts/d.md"]
    );
}

#[test]
fn a_bad_glob_is_one_error_line_and_exit_2() {
    let dir = Scratch::new("bad-glob");
    dir.articles(&["news/a.txt"]);
    for flag in ["--glob", "--exclude"] {
        let out = dir.check(&["news", flag, "news/[a"]);
        assert_eq!(code(&out), 2, "{flag}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("claimcheck: error: bad glob `news/[a`: "), "{err}");
        assert!(out.stdout.is_empty(), "nothing is checked");
    }
}

#[test]
fn files_named_on_the_command_line_ignore_every_filter() {
    let dir = Scratch::new("named");
    dir.articles(&["news/a.txt", "news/.hidden.txt", "news/ignored.txt", "news/notes.doc"]);
    dir.write("news/.ignore", "ignored.txt\n");
    let out = dir.check(&[
        "news/notes.doc",
        "news/ignored.txt",
        "news/.hidden.txt",
        "--glob",
        "*.md",
        "--exclude",
        "news",
    ]);
    assert_eq!(
        checked(&out),
        ["news/notes.doc", "news/ignored.txt", "news/.hidden.txt"]
    );
}

#[test]
fn inputs_in_the_order_given_and_each_directory_sorted_by_path() {
    let dir = Scratch::new("order");
    dir.articles(&["z/b.txt", "z/a/c.txt", "z/a.txt", "a/x.md", "one.txt"]);
    assert_eq!(
        checked(&dir.check(&["z", "one.txt", "a"])),
        ["z/a/c.txt", "z/a.txt", "z/b.txt", "one.txt", "a/x.md"]
    );
}

#[test]
fn a_directory_yields_articles_and_jsonl_archives_but_no_data_table() {
    let dir = Scratch::new("kinds");
    dir.articles(&["d/a.txt", "d/b.md", "d/c.markdown", "d/d.html", "d/e.HTM"]);
    // JSON Lines archives are read, record by record; CSV/TSV are data unless asked for,
    // and none of them may turn into a bad input.
    let record = "{\"date\": \"2025-03-11\", \"text\": \"former President Donald Trump waved.\"}\n";
    for name in ["d/feed.jsonl", "d/feed.jsonl.gz"] {
        dir.write(name, record);
    }
    for name in ["d/people.csv", "d/people.tsv"] {
        dir.write(name, "not an article\n");
    }
    assert_eq!(
        checked(&dir.check(&["d"])),
        [
            "d/a.txt",
            "d/b.md",
            "d/c.markdown",
            "d/d.html",
            "d/e.HTM",
            "d/feed.jsonl",
            "d/feed.jsonl.gz"
        ]
    );
}

#[cfg(unix)]
#[test]
fn linked_files_are_read_and_linked_directories_are_not_followed() {
    let dir = Scratch::new("links");
    dir.articles(&["elsewhere/linked.txt", "elsewhere/sub/deep.txt", "news/a.txt"]);
    std::os::unix::fs::symlink("../elsewhere/linked.txt", dir.0.join("news/b.txt")).unwrap();
    std::os::unix::fs::symlink("../elsewhere/sub", dir.0.join("news/sub")).unwrap();
    assert_eq!(checked(&dir.check(&["news"])), ["news/a.txt", "news/b.txt"]);
}

// ---------------------------------------------------------------------------------------------
// What is not a regular file

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success(), "mkfifo {}", path.display());
}

#[cfg(unix)]
#[test]
fn a_fifo_in_a_directory_is_skipped_with_a_note_and_never_blocks() {
    let dir = Scratch::new("fifo-in-dir");
    dir.articles(&["news/a.txt", "news/z.txt"]);
    mkfifo(&dir.0.join("news/pipe.txt"));
    // Nobody ever writes to the FIFO: opening it would wait forever.
    let out = run_with_limit(dir.command(&["news", "--format", "jsonl"]), Duration::from_secs(60))
        .expect("a FIFO in a directory must not block the run");
    assert_eq!(code(&out), 1, "a note does not fail the run: {}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "claimcheck: note: news/pipe.txt: not a regular file, skipped\n"
    );
    assert_eq!(files(&out), ["news/a.txt", "news/z.txt"]);
}

#[cfg(unix)]
#[test]
fn a_broken_link_in_a_directory_is_skipped_with_a_note() {
    let dir = Scratch::new("broken-link");
    dir.articles(&["news/a.txt"]);
    std::os::unix::fs::symlink("gone.txt", dir.0.join("news/b.txt")).unwrap();
    let out = dir.check(&["news"]);
    assert_eq!(code(&out), 1);
    assert_eq!(
        stderr(&out),
        "claimcheck: note: news/b.txt: broken symbolic link, skipped\n"
    );
    assert_eq!(files(&out), ["news/a.txt"]);
}

#[cfg(unix)]
#[test]
fn a_fifo_named_on_the_command_line_is_read_like_stdin() {
    let dir = Scratch::new("fifo-named");
    let fifo = dir.0.join("wire.txt");
    mkfifo(&fifo);
    // Opening a FIFO for writing waits for its reader: the write happens only once
    // claimcheck opens it, and closing it is the end of the article.
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut w = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
            w.write_all(ARTICLE.as_bytes()).unwrap();
        })
    };
    let out = dir.check(&["wire.txt"]);
    if !writer.is_finished() {
        // claimcheck never opened the FIFO: open it here so the writer is not left waiting.
        let _ = std::fs::File::open(&fifo);
    }
    writer.join().unwrap();
    assert_eq!(checked(&out), ["wire.txt"]);
}

/// Whether this process can read a directory with no permissions (root can).
#[cfg(unix)]
fn permissions_bite(locked: &Path) -> bool {
    std::fs::read_dir(locked).is_err()
}

/// `claimcheck` run as an unprivileged user, when the tests run as root and `setpriv` can
/// drop to `nobody` (the scratch dirs and the binary must be readable by it); else `None`.
#[cfg(unix)]
fn as_nobody(dir: &Scratch, args: &[&str]) -> Option<Output> {
    let run = |args: &[&str]| {
        let mut cmd = Command::new("setpriv");
        cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", BIN])
            .args(args)
            .current_dir(&dir.0);
        run_with_limit(cmd, Duration::from_secs(60))
    };
    let works = run(&["--version"]).is_some_and(|out| out.status.success());
    works.then(|| run(&[&["check", "--format", "jsonl"], args].concat()))?
}

#[cfg(unix)]
#[test]
fn an_unreadable_subdirectory_is_reported_and_its_siblings_still_checked() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Scratch::new("locked-subdir");
    dir.articles(&["news/a.txt", "news/locked/b.txt", "news/z/c.txt"]);
    let locked = dir.0.join("news/locked");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = if permissions_bite(&locked) {
        Some(dir.check(&["news"]))
    } else {
        // Root reads anything: drop to nobody to see what a user sees.
        as_nobody(&dir, &["news"])
    };
    // Restore the bits so the scratch directory can be removed.
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    let Some(out) = out else {
        eprintln!("skipped: running as root with no way to drop privileges");
        return;
    };
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "claimcheck: error: news/locked: cannot read directory: permission denied\n"
    );
    // The error takes the directory's place in the machine output, between its siblings.
    assert_eq!(files(&out), ["news/a.txt", "news/locked", "news/z/c.txt"]);
}

// ---------------------------------------------------------------------------------------------
// File names that are not UTF-8 or not printable

#[cfg(target_os = "linux")]
#[test]
fn a_file_name_that_is_not_utf8_is_read_and_printed_escaped() {
    use std::os::unix::ffi::OsStrExt;
    let dir = Scratch::new("latin1-name");
    let name = OsStr::from_bytes(b"caf\xe9-2025-03-11.txt");
    dir.write(Path::new("news").join(name), "former President Donald Trump waved.\n");
    // Walked, and named on the command line: the date in the name is read too.
    let walked = dir.check(&["news"]);
    assert_eq!(checked(&walked), ["news/caf\\xE9-2025-03-11.txt"]);
    let named = dir.check(&[Path::new("news").join(name)]);
    assert_eq!(checked(&named), ["news/caf\\xE9-2025-03-11.txt"]);
    // In human output and error lines too.
    let human = run_with_limit(dir.command(&["news", "--color", "never"]), Duration::from_secs(60)).unwrap();
    let s = String::from_utf8(human.stdout).expect("human output is UTF-8");
    assert!(
        s.contains("error[former-incumbent] news/caf\\xE9-2025-03-11.txt:1:1"),
        "{s}"
    );
    dir.write(Path::new("news").join(OsStr::from_bytes(b"\xff.txt")), "Undated.\n");
    let out = dir.check(&["news"]);
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).starts_with("claimcheck: error: news/\\xFF.txt: no publication date"),
        "{}",
        stderr(&out)
    );
}

#[cfg(unix)]
#[test]
fn a_file_name_with_a_line_break_stays_on_one_line() {
    let dir = Scratch::new("newline-name");
    dir.write("news/two\nlines.txt", "Undated.\n");
    let out = dir.check(&["news"]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("claimcheck: error: news/two\\nlines.txt: no publication date"),
        "{err}"
    );
}

// ---------------------------------------------------------------------------------------------
// No PATH at all

#[test]
fn no_path_with_stdin_not_a_terminal_reads_stdin_not_the_directory() {
    let dir = Scratch::new("no-path-pipe");
    dir.articles(&["a.txt", "b.md"]);
    let mut child = dir
        .command::<&str>(&["--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(ARTICLE.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(checked(&out), ["<stdin>"]);
}

/// `script` (util-linux) runs a command on a pseudo-terminal; `None` where it is missing.
#[cfg(target_os = "linux")]
fn on_a_terminal(dir: &Scratch, command: &str) -> Option<Output> {
    Command::new("script").arg("--version").output().ok()?;
    let mut cmd = Command::new("script");
    cmd.args(["-qec", command, "/dev/null"]).current_dir(&dir.0);
    let out = run_with_limit(cmd, Duration::from_secs(60)).expect("finishes");
    // 127 and friends: no `script`, or it could not start the command.
    (out.status.code().is_some_and(|c| c < 3) && !out.stdout.is_empty()).then_some(out)
}

#[cfg(target_os = "linux")]
#[test]
fn no_path_on_a_terminal_checks_the_current_directory() {
    let dir = Scratch::new("no-path-tty");
    dir.articles(&["a.txt", "sub/b.md"]);
    let Some(out) = on_a_terminal(&dir, &format!("'{BIN}' check --format jsonl")) else {
        eprintln!("skipped: no `script` to run claimcheck on a terminal");
        return;
    };
    // A terminal turns \n into \r\n.
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    let files: Vec<String> = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["file"].to_string())
        .collect();
    // Named as ripgrep names them with no path: `a.txt`, not `./a.txt`.
    assert_eq!(files, ["\"a.txt\"", "\"sub/b.md\""], "{text}");
}

#[cfg(target_os = "linux")]
#[test]
fn no_path_on_a_terminal_in_a_directory_without_articles_says_what_it_did() {
    let dir = Scratch::new("no-path-tty-empty");
    dir.write("notes.doc", "nothing to check");
    let Some(out) = on_a_terminal(&dir, &format!("'{BIN}' check")) else {
        eprintln!("skipped: no `script` to run claimcheck on a terminal");
        return;
    };
    assert_eq!(code(&out), 2);
    // On a terminal stderr and stdout are one stream.
    let text = String::from_utf8_lossy(&out.stdout).replace('\r', "");
    assert!(
        text.starts_with(
            "claimcheck: error: .: no .txt, .md, .markdown, .html or .htm files in this directory (with no PATH"
        ),
        "{text}"
    );
    assert!(text.contains("- reads standard input"), "{text}");
}
