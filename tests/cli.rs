//! End-to-end tests of the `claimcheck` binary: exit codes, error lines, report formats,
//! colour, and odd or broken input. Articles and rule packs live in `tests/fixtures/cli/`;
//! inputs that git could mangle (CRLF, BOM, bad bytes) or that are large are written at run
//! time into a private directory under the system temp dir.

mod common;

use common::process::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");
const ESC: u8 = 0x1b;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

/// `claimcheck check <args>` run inside the fixtures directory, so paths print as given.
fn check(args: &[&str]) -> Output {
    check_in(&fixtures(), args)
}

fn check_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("check")
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("claimcheck runs")
}

fn check_stdin(args: &[&str], input: &[u8]) -> Output {
    check_stdin_in(&fixtures(), args, input)
}

fn check_stdin_in(dir: &Path, args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .arg("check")
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("claimcheck runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// The one `claimcheck: error: …` line on stderr, without its prefix.
fn one_error(out: &Output) -> String {
    let err = stderr(out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 1, "expected exactly one stderr line, got:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    lines[0]
        .strip_prefix("claimcheck: error: ")
        .unwrap_or_else(|| panic!("not a claimcheck error line: {err}"))
        .to_string()
}

/// Asserts `line` reads `<file>:<line>:<col>: …` and returns (line, col).
fn yaml_location(line: &str, file: &str) -> (usize, usize) {
    let rest = line
        .strip_prefix(file)
        .and_then(|r| r.strip_prefix(':'))
        .unwrap_or_else(|| panic!("`{line}` does not start with `{file}:`"));
    let mut parts = rest.splitn(3, ':');
    let l = parts.next().and_then(|s| s.parse().ok());
    let c = parts.next().and_then(|s| s.parse().ok());
    match (l, c, parts.next()) {
        (Some(l), Some(c), Some(msg)) if msg.starts_with(' ') && l > 0 && c > 0 => (l, c),
        _ => panic!("`{line}` is not `{file}:LINE:COL: message`"),
    }
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", stdout(out)))
}

/// A private scratch directory under the system temp dir, removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "claimcheck-cli-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn check(&self, args: &[&str]) -> Output {
        check_in(&self.0, args)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// ---------------------------------------------------------------------------------------------
// Exit codes and --fail-on

#[test]
fn former_incumbent_is_an_error_and_exits_1() {
    let out = check(&["former.txt"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let s = stdout(&out);
    assert!(s.contains("error[former-incumbent] former.txt:2:"), "{s}");
    assert!(
        s.contains("+ Officials in the harbour town said President Donald Trump"),
        "{s}"
    );
    assert!(s.contains("fact: rules/us-executive.yaml:"), "{s}");
    assert!(s.contains("1 error, 0 warnings"), "{s}");
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

#[test]
fn stale_government_is_an_error() {
    let out = check(&["government.txt"]);
    assert_eq!(code(&out), 1);
    let s = stdout(&out);
    assert!(s.contains("error[stale-government] government.txt:2:1"), "{s}");
    assert!(s.contains("+ The Trump administration is reviewing"), "{s}");
}

#[test]
fn stale_title_is_a_warning_and_fails_by_default() {
    let out = check(&["stale-title.txt"]);
    assert_eq!(code(&out), 1);
    let s = stdout(&out);
    assert!(s.contains("warning[stale-title] stale-title.txt:2:1"), "{s}");
    assert!(s.contains("0 errors, 1 warning"), "{s}");
}

#[test]
fn clean_article_exits_0() {
    let out = check(&["clean.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("1 file · 1 claim: 0 supported, 0 contradicted, 1 unverifiable"),
        "{}",
        stdout(&out)
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn fail_on_error_passes_warnings() {
    let out = check(&["--fail-on", "error", "stale-title.txt"]);
    assert_eq!(code(&out), 0);
    assert!(
        stdout(&out).contains("warning[stale-title]"),
        "warnings are still reported"
    );
}

#[test]
fn fail_on_error_fails_on_errors() {
    assert_eq!(code(&check(&["--fail-on", "error", "former.txt"])), 1);
    assert_eq!(
        code(&check(&["--fail-on", "error", "stale-title.txt", "former.txt"])),
        1
    );
}

#[test]
fn fail_on_never_always_passes_findings() {
    let out = check(&["--fail-on", "never", "former.txt", "stale-title.txt"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("2 files"), "{}", stdout(&out));
}

#[test]
fn fail_on_never_still_exits_2_on_bad_input() {
    let out = check(&["--fail-on", "never", "clean.txt", "no-date.txt"]);
    assert_eq!(code(&out), 2);
    assert!(one_error(&out).starts_with("no-date.txt: no publication date"));
}

#[test]
fn bad_option_values_are_usage_errors() {
    for args in [
        &["--format", "xml", "clean.txt"][..],
        &["--fail-on", "bogus", "clean.txt"],
        &["--color", "sometimes", "clean.txt"],
        &["--no-such-flag", "clean.txt"],
    ] {
        let out = check(args);
        assert_eq!(code(&out), 2, "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(
            stderr(&out).contains(args[1]) || args[0] == "--no-such-flag",
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

// ---------------------------------------------------------------------------------------------
// JSON and colour

#[test]
fn json_has_findings_and_summary() {
    let out = check(&["--format", "json", "former.txt", "stale-title.txt"]);
    assert_eq!(code(&out), 1);
    let doc = json(&out);
    let findings = doc["findings"].as_array().expect("findings array");
    assert_eq!(findings.len(), 2);
    let f = &findings[0];
    assert_eq!(f["id"], "former-incumbent");
    assert_eq!(f["severity"], "error");
    assert_eq!(f["file"], "former.txt");
    assert_eq!(f["line"], 2);
    assert_eq!(f["original"], "former President Donald Trump");
    assert_eq!(f["replacement"], "President Donald Trump");
    assert_eq!(findings[1]["id"], "stale-title");
    assert_eq!(findings[1]["severity"], "warning");
    let summary = &doc["summary"];
    assert_eq!(summary["files"], 2);
    assert_eq!(summary["errors"], 1);
    assert_eq!(summary["warnings"], 1);
}

#[test]
fn json_spans_and_fixes_index_the_file_bytes() {
    let out = check(&["--format", "json", "former.txt"]);
    let doc = json(&out);
    let f = &doc["findings"][0];
    let text = std::fs::read(fixtures().join("former.txt")).unwrap();
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], b"former President Donald Trump");
    let (s, e) = (
        f["fix"]["start"].as_u64().unwrap() as usize,
        f["fix"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], b"former ");
    assert_eq!(f["fix"]["text"], "");
}

#[test]
fn json_without_findings_is_still_a_document() {
    let out = check(&["--format", "json", "clean.txt"]);
    assert_eq!(code(&out), 0);
    let doc = json(&out);
    assert_eq!(doc["findings"].as_array().map(Vec::len), Some(0));
    assert_eq!(doc["summary"]["files"], 1);
}

#[test]
fn json_with_a_bad_input_keeps_stdout_valid_json() {
    let out = check(&["--format", "json", "missing.txt", "former.txt"]);
    assert_eq!(code(&out), 2);
    let doc = json(&out);
    assert_eq!(doc["findings"][0]["file"], "former.txt");
    assert_eq!(one_error(&out), "missing.txt: cannot read: no such file");
}

#[test]
fn color_never_has_no_escapes() {
    let out = check(&["--color", "never", "former.txt", "stale-title.txt"]);
    assert_eq!(code(&out), 1);
    assert!(!out.stdout.contains(&ESC));
}

#[test]
fn color_always_paints_findings() {
    let out = check(&["--color", "always", "former.txt"]);
    assert_eq!(code(&out), 1);
    assert!(out.stdout.contains(&ESC));
    assert!(stdout(&out).contains("\x1b[31m"), "red for an error");
}

#[test]
fn color_auto_is_off_when_piped() {
    let out = check(&["former.txt"]);
    assert!(!out.stdout.contains(&ESC));
}

#[test]
fn color_auto_respects_no_color() {
    let out = Command::new(BIN)
        .args(["check", "--color", "auto", "former.txt"])
        .current_dir(fixtures())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(!out.stdout.contains(&ESC));
}

#[test]
fn color_always_never_leaks_into_json() {
    let out = check(&["--color", "always", "--format", "json", "former.txt"]);
    assert!(!out.stdout.contains(&ESC));
    json(&out);
}

// ---------------------------------------------------------------------------------------------
// Publication dates

#[test]
fn date_flag_wins_over_the_header() {
    // In mid-2022 Trump was a former president: no finding.
    let out = check(&["--date", "2022-06-01", "former.txt"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
}

#[test]
fn front_matter_date_is_used_and_lines_count_from_the_file_start() {
    let out = check(&["front-matter.md"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("error[former-incumbent] front-matter.md:6:"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn dated_file_names_give_the_date() {
    for name in ["2025-03-11-dated-name.txt", "dated-name-2025-03-11.txt"] {
        let out = check(&[name]);
        assert_eq!(code(&out), 1, "{name}: {}", stderr(&out));
        assert!(stdout(&out).contains(&format!("error[former-incumbent] {name}:1:")));
    }
}

#[test]
fn no_date_anywhere_exits_2_naming_the_file() {
    let out = check(&["no-date.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert!(e.starts_with("no-date.txt: no publication date"), "{e}");
    assert!(e.contains("--date"), "the message says how to fix it: {e}");
}

#[test]
fn invalid_date_flags_are_usage_errors() {
    for bad in ["2025-02-30", "tomorrow", "2025-3-1", "2025-03-011"] {
        let out = check(&["--date", bad, "clean.txt"]);
        assert_eq!(code(&out), 2, "{bad}");
        assert!(out.stdout.is_empty(), "{bad}");
        assert!(
            stderr(&out).contains(&format!("`{bad}` is not a date")),
            "{bad}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn front_matter_never_closed() {
    let out = check(&["front-matter-unclosed.md"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        one_error(&out),
        "front-matter-unclosed.md: front matter opened with `---` is never closed"
    );
}

#[test]
fn front_matter_invalid_yaml_is_located() {
    let out = check(&["front-matter-invalid.md"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    let (line, _) = yaml_location(&e, "front-matter-invalid.md");
    assert!((3..=4).contains(&line), "{e}");
    assert!(e.contains("front matter is not valid YAML"), "{e}");
}

#[test]
fn front_matter_date_that_is_not_a_date() {
    let out = check(&["front-matter-soon.md"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        one_error(&out),
        "front-matter-soon.md:2:7: front matter `date: soon` is not a YYYY-MM-DD date"
    );
}

/// A billion laughs in front matter: aliases are never expanded, so it is read in bounded
/// time and memory, and its date is found.
#[test]
fn front_matter_alias_bomb_is_read_without_expanding_it() {
    let dir = Scratch::new("fm-bomb");
    let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        yaml.push_str(&format!("a{i}: &a{i} [{refs}]\n"));
    }
    dir.write("fm.md", format!("---\n{yaml}date: 2025-03-11\n---\nText.\n"));
    let mut cmd = Command::new(BIN);
    cmd.args(["check", "fm.md"]).current_dir(&dir.0);
    let out = run_with_limit(cmd, Duration::from_secs(20)).expect("finishes");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).starts_with("1 file"), "{}", stdout(&out));
}

// ---------------------------------------------------------------------------------------------
// Unreadable or empty input

#[test]
fn missing_file() {
    let out = check(&["no-such-article.txt"]);
    assert_eq!(code(&out), 2);
    assert_eq!(one_error(&out), "no-such-article.txt: cannot read: no such file");
}

#[test]
fn non_utf8_bytes() {
    let dir = Scratch::new("latin1");
    dir.write("latin1.txt", b"date 2025-03-11\nThe caf\xe9 reopened.\n");
    let out = dir.check(&["latin1.txt"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        one_error(&out),
        "latin1.txt: not UTF-8 text (invalid byte at offset 23)"
    );
}

#[test]
fn utf16_is_not_utf8() {
    let dir = Scratch::new("utf16");
    dir.write("u16.txt", b"\xff\xfed\x00a\x00t\x00e\x00");
    let out = dir.check(&["u16.txt"]);
    assert_eq!(code(&out), 2);
    assert!(one_error(&out).starts_with("u16.txt: not UTF-8 text"));
}

#[test]
fn empty_file_has_no_date() {
    let out = check(&["empty.txt"]);
    assert_eq!(code(&out), 2);
    assert!(one_error(&out).starts_with("empty.txt: no publication date"));
}

#[test]
fn bom_only_file_has_no_date() {
    let dir = Scratch::new("bom-only");
    dir.write("bom.txt", b"\xef\xbb\xbf");
    let out = dir.check(&["bom.txt"]);
    assert_eq!(code(&out), 2);
    assert!(one_error(&out).starts_with("bom.txt: no publication date"));
}

#[test]
fn whitespace_only_article_is_clean() {
    let out = check(&["whitespace.txt"]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).starts_with("1 file · 0 claims"));
}

#[test]
fn good_file_is_reported_when_another_is_bad() {
    for args in [
        &["former.txt", "no-such-article.txt"][..],
        &["no-such-article.txt", "former.txt"],
        &["no-date.txt", "former.txt", "front-matter-soon.md"],
    ] {
        let out = check(args);
        assert_eq!(code(&out), 2, "{args:?}");
        let s = stdout(&out);
        assert!(s.contains("error[former-incumbent] former.txt:2:"), "{args:?}: {s}");
        assert!(s.contains("1 file ·"), "{args:?}: {s}");
        let bad = args.len() - 1;
        assert_eq!(stderr(&out).lines().count(), bad, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).lines().all(|l| l.starts_with("claimcheck: error: ")));
    }
}

#[test]
fn unreadable_file_exits_2() {
    let dir = Scratch::new("unreadable");
    let path = dir.write("locked.txt", "date 2025-03-11\nText.\n");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    }
    if std::fs::read(&path).is_ok() {
        // Running as root (or not on unix): permissions do not stop reading.
        return;
    }
    let out = dir.check(&["locked.txt"]);
    assert_eq!(code(&out), 2);
    assert_eq!(one_error(&out), "locked.txt: cannot read: permission denied");
}

#[test]
fn empty_path_argument() {
    let out = check(&[""]);
    assert_eq!(code(&out), 2);
    assert_eq!(one_error(&out), "'': an empty path names no file");
}

// ---------------------------------------------------------------------------------------------
// Directories

#[test]
fn directory_checks_txt_and_md_recursively_in_order() {
    let out = check(&["dir"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "notes.doc is skipped: {}", stderr(&out));
    let s = stdout(&out);
    assert!(s.contains("3 files"), "{s}");
    let a = s.find("dir/a.txt:").expect("a.txt reported");
    let c = s.find("dir/sub/c.txt:").expect("sub/c.txt reported");
    assert!(a < c, "sorted output: {s}");
    assert!(!s.contains("notes.doc"));
}

#[test]
fn directory_without_articles_is_an_error() {
    let dir = Scratch::new("no-articles");
    std::fs::create_dir_all(dir.0.join("empty")).unwrap();
    dir.write("only-docs/notes.doc", "nothing to check");
    for d in ["empty", "only-docs"] {
        let out = dir.check(&[d]);
        assert_eq!(code(&out), 2, "{d}: {}", stdout(&out));
        assert!(one_error(&out).starts_with(d), "{d}");
    }
}

#[cfg(unix)]
#[test]
fn directory_symlink_loop_checks_each_article_once() {
    let dir = Scratch::new("symlink-loop");
    dir.write("news/a.txt", "date 2025-03-11\nformer President Donald Trump waved.\n");
    std::os::unix::fs::symlink(".", dir.0.join("news/self")).unwrap();
    let out = run_with_limit(
        {
            let mut c = Command::new(BIN);
            c.args(["check", "news"]).current_dir(&dir.0);
            c
        },
        Duration::from_secs(60),
    )
    .expect("finishes");
    assert!(stdout(&out).contains("1 file ·"), "{}", stdout(&out));
}

// ---------------------------------------------------------------------------------------------
// Standard input

#[test]
fn stdin_with_a_date_header() {
    let out = check_stdin(
        &["-"],
        b"date 2025-03-11\nformer President Donald Trump toured the docks.\n",
    );
    assert_eq!(code(&out), 1);
    assert!(
        stdout(&out).contains("error[former-incumbent] <stdin>:2:1"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn stdin_is_the_default_path() {
    let out = check_stdin(
        &[],
        b"date 2025-03-11\nformer President Donald Trump toured the docks.\n",
    );
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains("<stdin>:2:1"));
}

#[test]
fn stdin_without_a_date_exits_2_naming_stdin() {
    let out = check_stdin(&["-"], b"former President Donald Trump toured the docks.\n");
    assert_eq!(code(&out), 2);
    assert!(one_error(&out).starts_with("<stdin>: no publication date"));
}

#[test]
fn stdin_without_a_header_takes_the_date_flag() {
    let out = check_stdin(
        &["--date", "2025-03-11", "-"],
        b"former President Donald Trump toured the docks.\n",
    );
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).contains("<stdin>:1:1"));
}

#[test]
fn stdin_bad_bytes() {
    let out = check_stdin(&["-"], b"date 2025-03-11\n\xc3\x28\n");
    assert_eq!(code(&out), 2);
    assert_eq!(one_error(&out), "<stdin>: not UTF-8 text (invalid byte at offset 16)");
}

// ---------------------------------------------------------------------------------------------
// Line endings, BOM, multibyte text

#[test]
fn crlf_article_and_front_matter() {
    let dir = Scratch::new("crlf");
    let body = "former President Donald Trump spoke at the pier.\r\n";
    dir.write("header.txt", format!("date 2025-03-11\r\n{body}"));
    dir.write("front.md", format!("---\r\ndate: 2025-03-11\r\n---\r\n{body}"));
    for (name, line) in [("header.txt", 2), ("front.md", 4)] {
        let out = dir.check(&["--format", "json", name]);
        assert_eq!(code(&out), 1, "{name}: {}", stderr(&out));
        let f = &json(&out)["findings"][0];
        assert_eq!(f["line"], line, "{name}");
        assert_eq!(f["column"], 1, "{name}");
        let bytes = std::fs::read(dir.0.join(name)).unwrap();
        let (s, e) = (
            f["fix"]["start"].as_u64().unwrap() as usize,
            f["fix"]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&bytes[s..e], b"former ", "{name}");
        let human = dir.check(&[name]);
        assert!(!stdout(&human).contains('\r'), "{name}: no CR in the excerpt");
    }
}

#[test]
fn bom_before_the_header_is_ignored() {
    let dir = Scratch::new("bom");
    dir.write(
        "bom.txt",
        b"\xef\xbb\xbfdate 2025-03-11\nformer President Donald Trump spoke.\n",
    );
    let out = dir.check(&["bom.txt"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stdout(&out).contains("bom.txt:2:1"));
}

#[test]
fn bom_json_fix_offsets_index_the_file() {
    let dir = Scratch::new("bom-json");
    let path = dir.write(
        "bom.txt",
        b"\xef\xbb\xbfdate 2025-03-11\nformer President Donald Trump spoke.\n",
    );
    let out = dir.check(&["--format", "json", "bom.txt"]);
    let f = &json(&out)["findings"][0];
    let bytes = std::fs::read(path).unwrap();
    let (s, e) = (
        f["fix"]["start"].as_u64().unwrap() as usize,
        f["fix"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&bytes[s..e], b"former ");
}

#[test]
fn curly_quotes_nbsp_and_emoji_around_a_finding() {
    let out = check(&["--format", "json", "multibyte-quoted.txt"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let f = &json(&out)["findings"][0];
    assert_eq!(f["id"], "former-incumbent");
    assert_eq!(f["quoted"], true);
    assert_eq!(f["severity"], "warning", "quoted speech is one level lower");
    assert_eq!(f["line"], 2);
    assert_eq!(f["column"], 5, "columns count characters, not bytes");
    let bytes = std::fs::read(fixtures().join("multibyte-quoted.txt")).unwrap();
    let (s, e) = (
        f["start"].as_u64().unwrap() as usize,
        f["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        std::str::from_utf8(&bytes[s..e]).unwrap(),
        "former\u{a0}President\u{a0}Donald\u{a0}Trump"
    );
    assert_eq!(f["original"], "former President Donald Trump");
    // A speaker's words are not ours to edit: no fix, only the line as written.
    assert!(f["fix"].is_null() && f["replacement"].is_null(), "{f}");
    let human = check(&["multibyte-quoted.txt"]);
    assert!(
        stdout(&human).contains("| 🚢🚢 “former President Donald Trump” waved from the deck 🙂."),
        "{}",
        stdout(&human)
    );
    assert!(!stdout(&human).contains("\n  + "), "{}", stdout(&human));
}

#[test]
fn emoji_before_a_warning() {
    let out = check(&["multibyte-emoji.txt"]);
    assert_eq!(code(&out), 1);
    let s = stdout(&out);
    assert!(s.contains("warning[stale-title] multibyte-emoji.txt:2:4"), "{s}");
    assert!(
        s.contains("+ ⛴️ former President Joe Biden said the café on pier №2"),
        "{s}"
    );
}

#[test]
fn unbalanced_quotes_do_not_break_checking() {
    let out = check(&["unbalanced-quotes.txt"]);
    assert!(matches!(code(&out), 0 | 1), "{}", stderr(&out));
    assert!(stdout(&out).contains("former-incumbent"), "{}", stdout(&out));
    let dir = Scratch::new("quotes");
    dir.write("q.txt", format!("date 2025-03-11 {}\n", "\"“”'‘’«»".repeat(20_000)));
    let out = dir.check(&["q.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn title_at_the_very_end_of_the_file() {
    let out = check(&["end-title.txt"]);
    assert_eq!(code(&out), 0, "a bare title names nobody: {}", stdout(&out));
    let out = check(&["end-name.txt"]);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("+ The ribbon was cut by President Donald Trump"),
        "{}",
        stdout(&out)
    );
}

// ---------------------------------------------------------------------------------------------
// Large and junk input

/// Deterministic pseudo-random characters, including controls, NUL, ESC, bidi overrides,
/// combining marks and astral-plane code points.
fn junk(n: usize) -> String {
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut s = String::new();
    while s.chars().count() < n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let c = match x % 6 {
            0 => char::from_u32((x >> 8) as u32 % 0x80),
            1 => char::from_u32(0xa0 + (x >> 8) as u32 % 0xd700),
            2 => char::from_u32(0x10000 + (x >> 8) as u32 % 0x100000),
            3 => [
                '\0', '\x1b', '\u{202e}', '\u{200b}', '\u{301}', '\u{2028}', '\u{feff}', '"', '.',
            ]
            .get((x >> 8) as usize % 9)
            .copied(),
            _ => char::from_u32(0x20 + (x >> 8) as u32 % 0x5f),
        };
        if let Some(c) = c {
            s.push(c);
        }
    }
    s
}

#[test]
fn valid_utf8_junk_does_not_panic() {
    let dir = Scratch::new("junk");
    let j = junk(100_000);
    dir.write("junk.txt", format!("date 2025-03-11\n{j}"));
    dir.write(
        "junk-around.txt",
        format!("date 2025-03-11 {j} former President Donald Trump spoke. {j}"),
    );
    for name in ["junk.txt", "junk-around.txt"] {
        for format in ["human", "json"] {
            let out = dir.check(&["--format", format, name]);
            assert!(matches!(code(&out), 0 | 1), "{name} {format}: {}", stderr(&out));
            assert!(out.stderr.is_empty(), "{name} {format}: {}", stderr(&out));
        }
    }
}

#[test]
fn five_megabytes_on_one_line() {
    let dir = Scratch::new("huge");
    let prose = "the harbour board met on a quiet day and talked about roads, ".repeat(85_000);
    dir.write("huge.txt", format!("date 2025-03-11 {prose}"));
    dir.write("no-spaces.txt", format!("date 2025-03-11 {}", "A".repeat(5_000_000)));
    for name in ["huge.txt", "no-spaces.txt"] {
        let mut cmd = Command::new(BIN);
        cmd.args(["check", name]).current_dir(&dir.0);
        let out = run_with_limit(cmd, Duration::from_secs(120)).unwrap_or_else(|| panic!("{name} timed out"));
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        assert!(stdout(&out).starts_with("1 file · 0 claims"), "{name}");
    }
}

#[test]
fn long_capitalised_runs_and_names() {
    let dir = Scratch::new("caps");
    dir.write(
        "caps.txt",
        format!("date 2025-03-11 {} said.\n", "Harbour Board Member ".repeat(100_000)),
    );
    dir.write(
        "name.txt",
        format!(
            "date 2025-03-11\nformer President {} said.\n",
            "Abcdefgh ".repeat(20_000)
        ),
    );
    dir.write(
        "word.txt",
        format!("date 2025-03-11\nformer President {} said.\n", "D".repeat(500_000)),
    );
    for name in ["caps.txt", "name.txt", "word.txt"] {
        let mut cmd = Command::new(BIN);
        cmd.args(["check", name]).current_dir(&dir.0);
        let out = run_with_limit(cmd, Duration::from_secs(120)).unwrap_or_else(|| panic!("{name} timed out"));
        assert_eq!(code(&out), 0, "{name}: {}", stdout(&out));
    }
}

#[cfg(unix)]
#[test]
fn many_claims_in_one_run_on_sentence_fit_in_memory() {
    let dir = Scratch::new("run-on");
    // Lower-case "former" after each full stop keeps it all one "sentence".
    dir.write(
        "run-on.txt",
        format!(
            "date 2025-03-11\n{}",
            "former President Donald Trump spoke.\n".repeat(20_000)
        ),
    );
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "ulimit -v 2000000 && exec \"$0\" check run-on.txt", BIN])
        .current_dir(&dir.0);
    let out = run_with_limit(cmd, Duration::from_secs(120)).expect("finishes in 2 minutes");
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stdout(&out).contains("20000 errors"));
}

/// 120,000 claims in 5 MB are all judged. How fast is a benchmark's question
/// (`scripts/bench-corpus`, DECISIONS: never a timed test); the limit here only stops a hang.
#[test]
fn many_claims_in_five_megabytes_are_all_judged() {
    let dir = Scratch::new("many-claims");
    dir.write(
        "many.txt",
        format!(
            "date 2025-03-11 {}",
            "The board met. President Xyz Abc spoke. ".repeat(120_000)
        ),
    );
    let mut cmd = Command::new(BIN);
    cmd.args(["check", "many.txt"]).current_dir(&dir.0);
    let out = run_with_limit(cmd, Duration::from_secs(600)).expect("does not hang");
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("120000 claims"), "{}", stdout(&out));
}

#[test]
fn excerpt_stays_short_without_whitespace() {
    let dir = Scratch::new("no-ws");
    dir.write(
        "blob.txt",
        format!(
            "date 2025-03-11\n{} former President Donald Trump spoke {}.\n",
            "x,".repeat(5_000),
            "y,".repeat(5_000)
        ),
    );
    let out = dir.check(&["blob.txt"]);
    assert_eq!(code(&out), 1);
    let longest = stdout(&out).lines().map(|l| l.chars().count()).max().unwrap();
    assert!(longest < 1_000, "longest report line has {longest} characters");
}

// ---------------------------------------------------------------------------------------------
// Rule packs

#[test]
fn custom_rule_pack_is_used() {
    let out = check(&["--rules", "rules/mayor.yaml", "mayor.txt"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let s = stdout(&out);
    assert!(s.contains("error[former-incumbent] mayor.txt:2:"), "{s}");
    assert!(
        s.contains("fact: rules/mayor.yaml:15 (bob-sample, testville-mayor 2022-01-01 – )"),
        "{s}"
    );
}

#[test]
fn rules_directory_loads_its_packs() {
    let out = check(&["--rules", "rules-dir", "mayor.txt"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("fact: rules-dir/mayor.yaml:15"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn rules_directory_error_names_the_pack_inside() {
    let out = check(&["--rules", "rules-dir-bad", "mayor.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert_eq!(yaml_location(&e, "rules-dir-bad/z-bad.yml"), (6, 5), "{e}");
    assert!(out.stdout.is_empty(), "no report when the rules do not load");
}

#[test]
fn rules_file_that_does_not_exist() {
    let out = check(&["--rules", "rules/nope.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert_eq!(e, "rules/nope.yaml: cannot read: no such file");
    assert!(out.stdout.is_empty());
}

#[test]
fn rules_yaml_syntax_error_is_located() {
    let out = check(&["--rules", "rules/syntax-error.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    let (line, _) = yaml_location(&e, "rules/syntax-error.yaml");
    assert!((5..=6).contains(&line), "{e}");
    assert!(
        !e.contains(" at line "),
        "the parser's own location is not repeated: {e}"
    );
}

#[test]
fn rules_unknown_field_is_located() {
    let out = check(&["--rules", "rules/unknown-field.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert_eq!(yaml_location(&e, "rules/unknown-field.yaml"), (6, 5), "{e}");
    assert!(e.contains("unknown field `colour`"), "{e}");
}

#[test]
fn rules_bad_date_is_located() {
    let out = check(&["--rules", "rules/bad-date.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert_eq!(yaml_location(&e, "rules/bad-date.yaml"), (10, 42), "{e}");
    assert!(e.contains("`2025-13-01` is not a real calendar date"), "{e}");
}

#[test]
fn rules_term_ending_before_it_starts() {
    let out = check(&["--rules", "rules/backwards-term.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert!(e.starts_with("rules/backwards-term.yaml:10:9: "), "{e}");
    assert!(e.contains("ends (2019-05-01) before it starts (2020-05-01)"), "{e}");
}

#[test]
fn rules_term_in_unknown_office() {
    let out = check(&["--rules", "rules/unknown-office.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    assert_eq!(
        one_error(&out),
        "rules/unknown-office.yaml:10:9: person `ann-example` has a term in unknown office `testville-sheriff`"
    );
}

#[test]
fn rules_overlapping_holders() {
    let out = check(&["--rules", "rules/overlap.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert!(e.starts_with("rules/overlap.yaml:14:9: "), "{e}");
    assert!(e.contains("`bob-sample`") && e.contains("`ann-example`"), "{e}");
}

#[test]
fn rules_errors_from_several_packs_are_one_line_each() {
    let out = check(&[
        "--rules",
        "rules/syntax-error.yaml",
        "--rules",
        "rules/unknown-field.yaml",
        "clean.txt",
    ]);
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].starts_with("claimcheck: error: rules/syntax-error.yaml:"));
    assert!(lines[1].starts_with("claimcheck: error: rules/unknown-field.yaml:6:5: "));
}

#[test]
fn rules_empty_file_needs_a_pack_name() {
    let out = check(&["--rules", "empty.txt", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert!(e.starts_with("empty.txt:") && e.contains("missing field `pack`"), "{e}");
}

#[test]
fn rules_flow_style_errors_have_a_real_line() {
    let out = check(&["--rules", "rules/flow-style.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert!(!e.starts_with("rules/flow-style.yaml:0:"), "{e}");
    assert!(e.starts_with("rules/flow-style.yaml:3"), "{e}");
}

#[test]
fn rules_error_points_at_the_right_term() {
    let out = check(&["--rules", "rules/partial-dates.yaml", "clean.txt"]);
    assert_eq!(code(&out), 2);
    let e = one_error(&out);
    assert!(e.starts_with("rules/partial-dates.yaml:11:9: "), "{e}");
}

// ---------------------------------------------------------------------------------------------
// claimcheck rules validate / test / list / import

fn rules_cmd(args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("rules")
        .args(args)
        .current_dir(fixtures())
        .stdin(Stdio::null())
        .output()
        .expect("claimcheck runs")
}

#[test]
fn rules_validate_passes_on_the_shipped_packs() {
    let out = rules_cmd(&["validate"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).starts_with("ok: "), "{}", stdout(&out));
}

/// One broken pack per error kind: each fails with exit 2 and one located line.
#[test]
fn rules_validate_locates_every_error_kind() {
    for (pack, at, says) in [
        (
            "rules/syntax-error.yaml",
            "rules/syntax-error.yaml:",
            "illegal placement",
        ),
        (
            "rules/unknown-field.yaml",
            "rules/unknown-field.yaml:6:5:",
            "unknown field",
        ),
        (
            "rules/bad-date.yaml",
            "rules/bad-date.yaml:10:42:",
            "not a real calendar date",
        ),
        (
            "rules/backwards-term.yaml",
            "rules/backwards-term.yaml:10:9:",
            "before it starts",
        ),
        ("rules/overlap.yaml", "rules/overlap.yaml:14:9:", "still holds it"),
        (
            "rules/unknown-office.yaml",
            "rules/unknown-office.yaml:10:9:",
            "unknown office",
        ),
        (
            "rules/duplicate-id.yaml",
            "rules/duplicate-id.yaml:3:3:",
            "duplicate office id",
        ),
        ("rules/bad-held.yaml", "rules/bad-held.yaml:3:3:", "unknown office"),
        (
            "rules/gap.yaml",
            "rules/gap.yaml:3:3:",
            "office `testville-mayor` is complete: no term is sure to cover 2014-01-02",
        ),
    ] {
        let out = rules_cmd(&["validate", pack]);
        assert_eq!(code(&out), 2, "{pack}: {}", stdout(&out));
        let e = one_error(&out);
        assert!(e.starts_with(at) && e.contains(says), "{pack}: {e}");
    }
}

/// `rules coverage` ranks the titled names no pack knows and says what share of title claims
/// they leave unverifiable.
#[test]
fn rules_coverage_ranks_the_names_no_pack_knows() {
    let dir = Scratch::new("coverage");
    dir.write(
        "a.txt",
        "date 2025-03-11\nPresident Jane Roe met President Donald Trump. President Jane Roe left.\n",
    );
    dir.write(
        "b.txt",
        "date 2025-03-11\nGovernor Ann Poe spoke. Prime Minister Jane Roe spoke.\n",
    );
    let out = Command::new(BIN)
        .args(["rules", "coverage", "a.txt", "b.txt", "--format", "json"])
        .current_dir(&dir.0)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["title_claims"], 5, "{report}");
    assert_eq!(report["unknown_name"], 4, "{report}");
    assert_eq!(report["names"][0]["name"], "Jane Roe");
    assert_eq!(report["names"][0]["count"], 3);
    assert_eq!(report["names"][0]["titles"]["President"], 2);
    assert_eq!(report["names"][0]["first"], "a.txt:2:1");
    let human = Command::new(BIN)
        .args(["rules", "coverage", "a.txt"])
        .current_dir(&dir.0)
        .output()
        .unwrap();
    assert!(
        stdout(&human)
            .starts_with("3 title claims: 2 unverifiable (66.7%), 2 of them because no pack knows the name (66.7%)\n"),
        "{}",
        stdout(&human)
    );
}

/// Wikidata query results → rows (`rules import wikidata`) → a pack (`rules build`) → a check
/// that uses it: the whole path a researcher takes, people with no office included.
#[test]
fn wikidata_results_become_rows_and_a_pack() {
    let dir = Scratch::new("wikidata");
    dir.write(
        "results.csv",
        "person,personLabel,position,start,startPrecision,born,died,occupationLabel\n\
         http://www.wikidata.org/entity/Q100,Ann Example,http://www.wikidata.org/entity/Q200,2016-03-01T00:00:00Z,11,1960-02-01T00:00:00Z,,\n\
         http://www.wikidata.org/entity/Q101,Jo Singer,,,,1950-05-05T00:00:00Z,2020-06-13T00:00:00Z,singer\n",
    );
    let out = Command::new(BIN)
        .args([
            "rules",
            "import",
            "wikidata",
            "results.csv",
            "--office",
            "Q200=tv-mayor",
        ])
        .current_dir(&dir.0)
        .output()
        .unwrap();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    dir.write("knowledge/curated/t/people.csv", stdout(&out));
    dir.write(
        "knowledge/curated/t/offices.csv",
        "office,country,title,aliases,government,holders,source\ntv-mayor,XT,Mayor of Testville,Mayor,,,Made up for the test\n",
    );
    dir.write(
        "knowledge/packs/t.yaml",
        "pack: t\nbuild:\n  importer: rows\n  inputs: [curated/t/offices.csv, curated/t/people.csv]\n  source: Wikidata (CC0)\n",
    );
    let built = Command::new(BIN)
        .args(["rules", "build", "--knowledge", "knowledge", "--out", "out"])
        .current_dir(&dir.0)
        .output()
        .unwrap();
    assert_eq!(code(&built), 0, "{}", stderr(&built));
    dir.write(
        "a.txt",
        "date 2021-06-01\nFormer Mayor Ann Example spoke. The late Jo Singer was remembered.\n",
    );
    let checked = Command::new(BIN)
        .args(["claims", "--rules", "out/t.yaml", "a.txt"])
        .current_dir(&dir.0)
        .output()
        .unwrap();
    let ledger = stdout(&checked);
    assert!(
        ledger.contains("title CONTRADICTED: “Former Mayor Ann Example”"),
        "{ledger}"
    );
    assert!(ledger.contains("late supported: “The late Jo Singer”"), "{ledger}");
}

#[test]
fn rules_test_runs_the_examples() {
    let out = rules_cmd(&["test"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(
        stdout(&out).trim_end().ends_with(" passed, 0 failed"),
        "{}",
        stdout(&out)
    );
    // Only the named pack's examples run: this one has none.
    let out = rules_cmd(&["test", "rules/mayor.yaml"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out), "0 passed, 0 failed\n");
}

#[test]
fn rules_list_counts_packs() {
    let out = rules_cmd(&["list"]);
    assert_eq!(code(&out), 0);
    let s = stdout(&out);
    assert!(
        s.contains("us-executive (rules/us-executive.yaml):") && s.contains("us-congress"),
        "{s}"
    );
}

#[test]
fn rules_import_csv_writes_a_loadable_pack() {
    let dir = std::env::temp_dir().join(format!("claimcheck-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("mayors.csv");
    std::fs::write(
        &csv,
        "person,name,aliases,office,title,from,to,born,died\nann,Ann Example,Example,tv-mayor,Mayor of Testville,2016-01-01,2020-01-01,1960,\n",
    )
    .unwrap();
    let out = rules_cmd(&["import", "csv", csv.to_str().unwrap(), "--pack", "testville"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let pack = dir.join("testville.yaml");
    std::fs::write(&pack, &out.stdout).unwrap();
    let out = rules_cmd(&["validate", pack.to_str().unwrap()]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---------------------------------------------------------------------------------------------
// .claimcheck.yaml

/// `claimcheck <args>` (any command) run in `dir`.
fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("claimcheck runs")
}

const FORMER: &str = "date 2025-03-11\nOfficials said former President Donald Trump would visit.\n";

/// `repo/` is a repository (it holds `.git`) with `repo/articles/former.txt`: an error.
fn repo(name: &str) -> Scratch {
    let dir = Scratch::new(name);
    std::fs::create_dir_all(dir.0.join("repo/.git")).unwrap();
    dir.write("repo/articles/former.txt", FORMER);
    dir
}

#[test]
fn config_is_found_from_the_checked_file_up_to_the_repository_root() {
    let dir = repo("config-found");
    dir.write("repo/.claimcheck.yaml", "severity: {former-incumbent: note}\n");
    // Checked from outside the repository: the file's directory, not the current one, counts.
    let out = dir.check(&["repo/articles/former.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("note[former-incumbent] repo/articles/former.txt:2:"),
        "{}",
        stdout(&out)
    );
    // A directory argument is its own start.
    let out = dir.check(&["repo/articles"]);
    assert!(stdout(&out).contains("note[former-incumbent]"), "{}", stdout(&out));
}

/// `country:` makes a bare title that country's office: "Prime Minister Jeremy Hunt" is then
/// the British office, which he never held; without it, any country's prime minister.
#[test]
fn config_country_fixes_a_bare_title() {
    let dir = repo("config-country");
    dir.write(
        "repo/articles/hunt.txt",
        "date 2019-06-01\nPrime Minister Jeremy Hunt met the delegation.\n",
    );
    let out = dir.check(&["repo/articles/hunt.txt"]);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    dir.write("repo/.claimcheck.yaml", "country: GB\n");
    let out = dir.check(&["repo/articles/hunt.txt"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stdout(&out).starts_with("error[wrong-office]"), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("+ Foreign Secretary Jeremy Hunt met"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn config_above_the_repository_root_is_not_used() {
    let dir = repo("config-above");
    dir.write(".claimcheck.yaml", "severity: {former-incumbent: note}\n");
    let out = dir.check(&["repo/articles/former.txt"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).starts_with("error[former-incumbent]"), "{}", stdout(&out));
}

#[test]
fn no_config_ignores_it_and_config_names_another() {
    let dir = repo("config-flags");
    dir.write("repo/.claimcheck.yaml", "severity: {former-incumbent: note}\n");
    dir.write("other.yaml", "disable: [former-incumbent]\n");
    let out = dir.check(&["--no-config", "repo/articles/former.txt"]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).starts_with("error[former-incumbent]"), "{}", stdout(&out));
    let out = dir.check(&["--config", "other.yaml", "repo/articles/former.txt"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(stdout(&out).contains("0 errors, 0 warnings"), "{}", stdout(&out));
    let out = dir.check(&["--config", "other.yaml", "--no-config", "repo/articles/former.txt"]);
    assert_eq!(code(&out), 2, "the two flags conflict");
    let out = dir.check(&["--config", "missing.yaml", "repo/articles/former.txt"]);
    assert_eq!(code(&out), 2);
    assert_eq!(one_error(&out), "missing.yaml: cannot read: no such file");
}

#[test]
fn standard_input_uses_the_current_directorys_config() {
    let dir = repo("config-stdin");
    dir.write("repo/.claimcheck.yaml", "disable: [former-incumbent]\n");
    let out = check_stdin_in(&dir.0.join("repo/articles"), &["-"], FORMER.as_bytes());
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
}

#[test]
fn flags_win_over_the_config() {
    let dir = repo("config-precedence");
    dir.write("repo/.claimcheck.yaml", "fail-on: never\ndate-from: published\n");
    // Published before the inauguration ("former" was right), updated after it.
    dir.write(
        "repo/articles/updated.md",
        "---\ndate: 2024-12-01\nupdated: 2025-03-11\n---\nOfficials said former President Donald Trump would visit.\n",
    );
    let out = dir.check(&["repo/articles/former.txt"]);
    assert_eq!(code(&out), 0, "fail-on: never from the config");
    let out = dir.check(&["--fail-on", "warning", "repo/articles/former.txt"]);
    assert_eq!(code(&out), 1, "--fail-on wins");
    let out = dir.check(&["repo/articles/updated.md"]);
    assert!(
        stdout(&out).contains("0 errors"),
        "date-from: published, {}",
        stdout(&out)
    );
    let out = dir.check(&["--date-from", "updated", "repo/articles/updated.md"]);
    assert!(stdout(&out).contains("1 error"), "--date-from wins, {}", stdout(&out));
}

#[test]
fn config_rules_are_relative_to_the_file_and_lints_take_severities() {
    let dir = repo("config-rules");
    dir.write(
        "repo/packs/mayor.yaml",
        std::fs::read(fixtures().join("rules/mayor.yaml")).unwrap(),
    );
    dir.write(
        "repo/.claimcheck.yaml",
        "rules: [packs/mayor.yaml]\nseverity:\n  lint/kyiv-spelling: error\n",
    );
    dir.write(
        "repo/articles/mayor.txt",
        "date 2025-03-11\nThe crowd cheered when former Mayor Bob Sample opened the market in Kiev.\n",
    );
    let out = dir.check(&["repo/articles/mayor.txt"]);
    let s = stdout(&out);
    assert!(
        s.contains("error[former-incumbent]"),
        "the config's pack is loaded: {s}"
    );
    assert!(s.contains("error[lint/kyiv-spelling]"), "the lint is an error: {s}");
    let out = dir.check(&["--no-config", "repo/articles/mayor.txt"]);
    let s = stdout(&out);
    assert!(
        !s.contains("former-incumbent") && s.contains("warning[lint/kyiv-spelling]"),
        "{s}"
    );
}

/// `exclude:` globs are relative to the file, as in a .gitignore, from wherever the walk runs.
#[test]
fn config_excludes_are_relative_to_the_file() {
    let dir = repo("config-exclude");
    dir.write("repo/.claimcheck.yaml", "exclude: [articles/drafts/**, '*.tmp.txt']\n");
    dir.write("repo/articles/drafts/draft.txt", FORMER);
    dir.write("repo/articles/scratch.tmp.txt", FORMER);
    let files = |out: &Output| stdout(out).lines().last().unwrap_or_default().to_string();
    std::fs::create_dir_all(dir.0.join("repo/other")).unwrap();
    let walks = [
        ("", "repo"),
        ("repo", "."),
        ("repo/articles", "."),
        ("repo/other", "../articles"),
    ];
    for (cwd, path) in walks {
        let out = check_in(&dir.0.join(cwd), &["-q", path]);
        assert!(
            files(&out).starts_with("1 file ·"),
            "from {cwd:?}: {}{}",
            stdout(&out),
            stderr(&out)
        );
    }
    let out = dir.check(&["-q", "--no-config", "repo"]);
    assert!(files(&out).starts_with("3 files ·"), "{}", stdout(&out));
}

#[test]
fn malformed_configs_are_one_located_error_and_exit_2() {
    let cases = [
        (
            "fail_on: error\n",
            "1:1: unknown key `fail_on`; did you mean `fail-on`? (the keys are rules,",
        ),
        (
            "fail-on: sometimes\n",
            "1:10: `sometimes` is not one of error, warning, note, never",
        ),
        (
            "disable: [stale-titel]\n",
            "1:11: disable: no finding id `stale-titel`; did you mean `stale-title`?",
        ),
        (
            "disable: [lint/kyiv-speling]\n",
            "1:11: no loaded pack defines the lint `lint/kyiv-speling`; did you mean `lint/kyiv-spelling`?",
        ),
        (
            "rules: [nowhere.yaml]\n",
            "1:9: rules: `nowhere.yaml`: no such file or directory (relative to this file)",
        ),
        (
            "exclude: [\"[\"]\n",
            "1:11: exclude: `[` is not a glob: unclosed character class; missing ']'",
        ),
        (
            "title-at-event: sometimes\n",
            "1:17: `sometimes` is not one of allow, note, warn",
        ),
        (
            "severity: [a]\n",
            "1:11: expected a map: `key: value` lines, or `{key: value}`",
        ),
    ];
    for (yaml, want) in cases {
        let dir = repo("config-malformed");
        dir.write("repo/.claimcheck.yaml", yaml);
        let out = check_in(&dir.0.join("repo"), &["articles/former.txt"]);
        assert_eq!(code(&out), 2, "{yaml}");
        let line = one_error(&out);
        yaml_location(&line, ".claimcheck.yaml");
        assert!(line.starts_with(&format!(".claimcheck.yaml:{want}")), "{yaml}: {line}");
    }
}

/// A billion laughs through merge keys: fails in one line, long before it could expand.
#[test]
fn config_alias_bomb_fails_fast_in_one_line() {
    let dir = repo("config-bomb");
    let mut yaml = String::from("severity:\n  <<:\n    - &l0 {wrong-age: note}\n");
    for level in 1..=12 {
        let refs = vec![format!("*l{}", level - 1); 9].join(", ");
        yaml.push_str(&format!("    - &l{level} {{<<: [{refs}]}}\n"));
    }
    dir.write("repo/.claimcheck.yaml", yaml);
    let mut cmd = Command::new(BIN);
    cmd.args(["check", "articles/former.txt"])
        .current_dir(dir.0.join("repo"));
    let out = run_with_limit(cmd, Duration::from_secs(20)).expect("finishes");
    assert_eq!(code(&out), 2);
    let line = one_error(&out);
    yaml_location(&line, ".claimcheck.yaml");
    assert!(line.ends_with("(an alias bomb?)"), "{line}");
}

// ---------------------------------------------------------------------------------------------
// init, explain, completions, man, --quiet

#[test]
fn init_writes_a_config_that_changes_nothing_and_never_overwrites() {
    let dir = repo("init");
    let repo = dir.0.join("repo");
    let out = run_in(&repo, &["init"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let written = std::fs::read_to_string(repo.join(".claimcheck.yaml")).unwrap();
    assert_eq!(written, claimcheck::config::TEMPLATE);
    // Loaded (it is found: the article is in the repository), it changes nothing.
    let with = check_in(&repo, &["articles/former.txt"]);
    let without = check_in(&repo, &["--no-config", "articles/former.txt"]);
    assert_eq!((code(&with), stdout(&with)), (code(&without), stdout(&without)));
    assert!(stderr(&with).is_empty(), "{}", stderr(&with));
    // A second init leaves the project's own settings alone.
    dir.write("repo/.claimcheck.yaml", "fail-on: never\n");
    let out = run_in(&repo, &["init"]);
    assert_eq!(code(&out), 2);
    assert_eq!(one_error(&out), ".claimcheck.yaml already exists; not overwriting it");
    assert_eq!(
        std::fs::read_to_string(repo.join(".claimcheck.yaml")).unwrap(),
        "fail-on: never\n"
    );
}

fn assert_contains_all(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "missing {part:?} in:\n{text}");
    }
}

#[test]
fn explain_a_builtin_id() {
    let out = run_in(&fixtures(), &["explain", "former-incumbent"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_contains_all(
        &stdout(&out),
        &[
            "former-incumbent (error by default)\nA sitting office-holder called former\n",
            "says the person no longer holds the office",
            "Example, in an article dated 2025-03-11:\n  He answered former US President Donald Trump's remarks.\nshould read:\n  He answered US President Donald Trump's remarks.\n",
            "<!-- claimcheck-disable-next-line former-incumbent -->",
            "<!-- claimcheck-disable former-incumbent --> … <!-- claimcheck-enable former-incumbent -->",
            "claimcheck: ignore former-incumbent",
            "disable: [former-incumbent]",
        ],
    );
}

#[test]
fn explain_a_pack_lint_with_its_own_example_fixed() {
    let out = run_in(&fixtures(), &["explain", "lint/kyiv-spelling"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_contains_all(
        &stdout(&out),
        &[
            "lint/kyiv-spelling (warning by default)\nAP and most style guides spell Ukraine's capital Kyiv",
            "A style rule of the pack `style` (rules/style.yaml:",
            "It applies from 2019-08-14.",
            "Chicken Kiev, chicken Kiev, Dynamo Kiev.",
            "  Troops massed north of Kiev on Tuesday.\nshould read:\n  Troops massed north of Kyiv on Tuesday.\n",
            "claimcheck: ignore lint/kyiv-spelling",
        ],
    );
}

#[test]
fn explain_knows_the_lints_of_the_configs_packs() {
    let dir = Scratch::new("explain-config");
    dir.write(
        "packs/house.yaml",
        "pack: house\nlints:\n  - id: color-spelling\n    replace: { color: colour }\n    message: House style spells it colour\n",
    );
    dir.write(".claimcheck.yaml", "rules: [packs]\n");
    let out = run_in(&dir.0, &["explain", "lint/color-spelling"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("House style spells it colour"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("The pack gives no example of it."),
        "{}",
        stdout(&out)
    );
    let out = run_in(&dir.0, &["explain", "--list"]);
    assert!(stdout(&out).contains("lint/color-spelling"), "{}", stdout(&out));
    let out = run_in(&dir.0, &["explain", "--no-config", "lint/color-spelling"]);
    assert_eq!(code(&out), 2);
}

#[test]
fn explain_an_unknown_id_exits_2_with_a_suggestion() {
    let cases = [
        ("formr-incumbent", "; did you mean `former-incumbent`?"),
        ("lint/kyiv-speling", "; did you mean `lint/kyiv-spelling`?"),
        ("no-such-thing-at-all", ""),
    ];
    for (id, suggestion) in cases {
        let out = run_in(&fixtures(), &["explain", id]);
        assert_eq!(code(&out), 2, "{id}");
        assert!(out.stdout.is_empty());
        assert_eq!(
            one_error(&out),
            format!("no finding id `{id}`{suggestion} (`claimcheck explain --list` lists every id)")
        );
    }
    assert_eq!(code(&run_in(&fixtures(), &["explain"])), 2, "an id or --list is needed");
}

#[test]
fn explain_list_gives_every_id_a_line() {
    let out = run_in(&fixtures(), &["explain", "--list"]);
    assert_eq!(code(&out), 0);
    let s = stdout(&out);
    for id in claimcheck::checks::id::BUILTIN {
        let e = id.explanation();
        let line = s.lines().find(|l| l.starts_with(&format!("{} ", e.id)));
        let line = line.unwrap_or_else(|| panic!("no line for {id}:\n{s}"));
        assert!(
            line.contains(e.severity.as_str()) && line.ends_with(e.summary),
            "{line}"
        );
    }
    assert!(
        s.lines()
            .any(|l| l.starts_with("lint/kyiv-spelling ") && l.ends_with("(style)")),
        "{s}"
    );
}

#[test]
fn completions_for_bash_are_a_script() {
    let out = run_in(&fixtures(), &["completions", "bash"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let s = stdout(&out);
    assert!(
        s.contains("_claimcheck()") && s.contains("complete -F _claimcheck"),
        "{s}"
    );
    for word in ["explain", "--no-config", "--fail-on"] {
        assert!(s.contains(word), "{word} is not completed");
    }
    assert_eq!(code(&run_in(&fixtures(), &["completions", "tcsh"])), 2);
}

#[test]
fn man_is_roff() {
    let out = run_in(&fixtures(), &["man"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let s = stdout(&out);
    assert!(s.contains("\n.TH claimcheck 1") && s.contains("\n.SH NAME\n"), "{s}");
    assert!(s.contains("explain"), "subcommands listed: {s}");
}

#[test]
fn quiet_prints_only_the_summary_line() {
    let out = check(&["--quiet", "former.txt"]);
    assert_eq!(code(&out), 1, "the exit status is unchanged");
    assert_eq!(
        stdout(&out),
        "1 file · 1 claim: 0 supported, 1 contradicted, 0 unverifiable · 1 error, 0 warnings\n"
    );
    let out = run_in(&fixtures(), &["claims", "-q", "former.txt"]);
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    let out = check(&["-q", "--format", "json", "former.txt"]);
    assert_eq!(code(&out), 2);
    assert!(out.stdout.is_empty());
}

/// The pre-commit hook's entry is a command this binary runs, with the staged files after it.
#[test]
fn pre_commit_hook_entry_checks_the_files_it_is_given() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml");
    let hooks = std::fs::read_to_string(manifest).unwrap();
    let entry = hooks
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry: "))
        .expect("the hook has an entry");
    let words: Vec<&str> = entry.split_whitespace().collect();
    assert_eq!(words[0], "claimcheck", "{entry}");
    let out = run_in(&fixtures(), &[&words[1..], &["clean.txt", "former.txt"]].concat());
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(
        stdout(&out).contains("error[former-incumbent] former.txt:"),
        "{}",
        stdout(&out)
    );
}
