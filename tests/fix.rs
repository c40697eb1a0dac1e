//! `--fix`, `--fix --dry-run` and `--format patch` through the binary, on files written at run
//! time into a temporary directory (CRLF, a byte-order mark, a missing final newline and odd
//! file names would not survive git): the patch applies with `git apply` and `patch -p1` and
//! gives exactly what `--fix` writes; `--fix` touches no byte outside the fixes, keeps
//! permissions, never edits quoted speech and leaves nothing to fix for a second run.
#![cfg(unix)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// A file with CRLF line ends and a byte-order mark: one narrated claim to fix, one quoted
/// claim that must stay as the speaker said it.
const CRLF_BOM: &[u8] = b"\xEF\xBB\xBFdate 2025-03-11\r\nThe envoy answered former US President Donald Trump's remarks.\r\n\r\n\"Former President Trump is wrong,\" she said.\r\n";
const CRLF_BOM_FIXED: &[u8] = b"\xEF\xBB\xBFdate 2025-03-11\r\nThe envoy answered US President Donald Trump's remarks.\r\n\r\n\"Former President Trump is wrong,\" she said.\r\n";

/// No line break at the end, and a space in the name.
const NO_FINAL_NEWLINE: (&str, &[u8]) = (
    "no final newline.txt",
    b"date 2025-03-11\nThe Biden administration also aims to cut costs.",
);

/// Every file of the workspace: name, then content.
fn files() -> Vec<(&'static str, &'static [u8])> {
    vec![
        ("crlf-bom.txt", CRLF_BOM),
        NO_FINAL_NEWLINE,
        (
            "desk/naïve \"copy\".md",
            b"---\ndate: 2025-06-01\n---\n\nPresident Joe Biden said the deal was good. Kiev agreed.\n",
        ),
        ("clean.txt", b"date 2025-03-11\nThe talks went on.\n"),
    ]
}

fn names() -> Vec<&'static str> {
    files().into_iter().map(|(name, _)| name).collect()
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files() {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

fn run(dir: &Path, program: &str, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{program} runs: {e}"));
    if let Some(input) = stdin {
        use std::io::Write;
        // claimcheck may exit without reading it (`--fix -`): a closed pipe is no failure here.
        let _ = child.stdin.take().unwrap().write_all(input);
    }
    child.wait_with_output().unwrap()
}

fn claimcheck(dir: &Path, args: &[&str]) -> Output {
    let mut all = vec!["check", "--color", "never"];
    all.extend_from_slice(args);
    run(dir, BIN, &all, None)
}

/// `claimcheck check ARGS` on every workspace file.
fn on_every_file(dir: &Path, args: &[&str]) -> Output {
    let mut all = args.to_vec();
    all.extend(names());
    claimcheck(dir, &all)
}

fn contents(dir: &Path) -> Vec<(String, Vec<u8>)> {
    names()
        .into_iter()
        .map(|name| (name.to_string(), fs::read(dir.join(name)).unwrap()))
        .collect()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn succeeded(out: &Output, what: &str) {
    assert!(out.status.success(), "{what}: {}\n{}", stderr(out), stdout(out));
}

#[test]
fn the_patch_applies_with_git_and_patch_and_gives_what_fix_writes() {
    let fixed = workspace();
    let out = on_every_file(fixed.path(), &["--fix"]);
    assert_eq!(out.status.code(), Some(1), "the quoted claim remains: {}", stderr(&out));

    let with_git = workspace();
    let patch = on_every_file(with_git.path(), &["--format", "patch"]);
    assert_eq!(patch.status.code(), Some(1), "{}", stderr(&patch));
    assert!(stderr(&patch).is_empty(), "{}", stderr(&patch));
    let patch_file = with_git.path().join("claimcheck.patch");
    fs::write(&patch_file, &patch.stdout).unwrap();
    succeeded(&run(with_git.path(), "git", &["init", "-q"], None), "git init");
    succeeded(
        &run(with_git.path(), "git", &["apply", "--check", "claimcheck.patch"], None),
        "git apply --check",
    );
    succeeded(
        &run(with_git.path(), "git", &["apply", "claimcheck.patch"], None),
        "git apply",
    );

    let with_patch = workspace();
    succeeded(
        &run(
            with_patch.path(),
            "patch",
            &["-p1", "--batch", "--quiet"],
            Some(&patch.stdout),
        ),
        "patch -p1",
    );

    let expected = contents(fixed.path());
    assert_eq!(contents(with_git.path()), expected, "git apply");
    assert_eq!(contents(with_patch.path()), expected, "patch -p1");
    assert_ne!(contents(workspace().path()), expected, "the fixes changed something");
    // patch -p1 leaves no .orig or .rej behind: it applied cleanly.
    let mut left: Vec<String> = walk(with_patch.path());
    left.sort();
    let mut wanted: Vec<String> = names().into_iter().map(String::from).collect();
    wanted.sort();
    assert_eq!(left, wanted);
}

/// Every file under `dir`, as paths relative to it.
fn walk(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            let sub = path.file_name().unwrap().to_string_lossy().into_owned();
            found.extend(walk(&path).into_iter().map(|p| format!("{sub}/{p}")));
        } else {
            found.push(path.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
    found
}

#[test]
fn fix_is_byte_exact_on_crlf_and_bom_and_leaves_quoted_speech_alone() {
    let dir = workspace();
    let out = claimcheck(dir.path(), &["--fix", "crlf-bom.txt"]);
    assert_eq!(fs::read(dir.path().join("crlf-bom.txt")).unwrap(), CRLF_BOM_FIXED);
    // What remains is reported: the quoted claim, which has no fix.
    let report = stdout(&out);
    assert!(report.contains("crlf-bom.txt:4:2"), "{report}");
    assert!(report.contains("(in quoted speech)"), "{report}");
    assert!(report.ends_with("· 0 errors, 1 warning · 1 fixed\n"), "{report}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn fix_keeps_a_missing_final_newline() {
    let dir = workspace();
    let (name, _) = NO_FINAL_NEWLINE;
    let out = claimcheck(dir.path(), &["--fix", name]);
    succeeded(&out, "nothing remains");
    assert_eq!(
        fs::read(dir.path().join(name)).unwrap(),
        b"date 2025-03-11\nThe Trump administration also aims to cut costs."
    );
}

#[test]
fn a_second_run_finds_nothing_left_to_fix() {
    let dir = workspace();
    on_every_file(dir.path(), &["--fix"]);
    let after_first = contents(dir.path());
    let second = on_every_file(dir.path(), &["--fix"]);
    assert_eq!(contents(dir.path()), after_first, "the second run changed nothing");
    assert!(!stdout(&second).contains("fixed"), "{}", stdout(&second));
    let patch = on_every_file(dir.path(), &["--format", "patch"]);
    assert_eq!(stdout(&patch), "", "no fix is left to make");
}

#[test]
fn fix_keeps_permissions() {
    let dir = workspace();
    let path = dir.path().join("crlf-bom.txt");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o754)).unwrap();
    claimcheck(dir.path(), &["--fix", "crlf-bom.txt"]);
    assert_eq!(fs::read(&path).unwrap(), CRLF_BOM_FIXED);
    assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o7777, 0o754);
}

#[test]
fn dry_run_prints_the_patch_and_changes_nothing() {
    let dir = workspace();
    let before = contents(dir.path());
    let modified = fs::metadata(dir.path().join("crlf-bom.txt"))
        .unwrap()
        .modified()
        .unwrap();
    let dry = on_every_file(dir.path(), &["--fix", "--dry-run"]);
    let patch = on_every_file(dir.path(), &["--format", "patch"]);
    assert!(
        stdout(&dry).starts_with("--- a/crlf-bom.txt\n+++ b/crlf-bom.txt\n"),
        "{}",
        stdout(&dry)
    );
    assert_eq!(dry.stdout, patch.stdout);
    assert_eq!(dry.status.code(), patch.status.code());
    assert_eq!(contents(dir.path()), before);
    assert_eq!(
        fs::metadata(dir.path().join("crlf-bom.txt"))
            .unwrap()
            .modified()
            .unwrap(),
        modified
    );
}

#[test]
fn fix_then_reports_what_remains_in_the_chosen_format() {
    let dir = workspace();
    let out = on_every_file(dir.path(), &["--fix", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{doc}");
    assert_eq!(findings[0]["file"], "crlf-bom.txt");
    assert_eq!(findings[0]["quoted"], true);
    assert!(findings[0]["fix"].is_null());
    assert_eq!(doc["summary"]["fixed"], 4);
}

/// A pack whose lint rewrites "former", so its fix and former-incumbent's overlap.
const OVERLAPPING_LINT: &str = "pack: overlap-test\nlints:\n  - id: no-former\n    severity: warning\n    after: 2000-01-01\n    replace: { former: erstwhile }\n    message: \"House style: erstwhile, not former\"\n";

#[test]
fn overlapping_fixes_apply_the_first_and_tell_of_the_other() {
    let dir = workspace();
    fs::write(dir.path().join("house.yaml"), OVERLAPPING_LINT).unwrap();
    let args = ["--rules", "house.yaml", "crlf-bom.txt"];
    let dry = claimcheck(dir.path(), &[&["--fix", "--dry-run"][..], &args].concat());
    let told = "claimcheck: warning: crlf-bom.txt:2:20: the fix for former-incumbent is not applied: it overlaps the fix of an earlier finding\n";
    assert_eq!(stderr(&dry), told);
    let out = claimcheck(dir.path(), &[&["--fix"][..], &args].concat());
    assert_eq!(stderr(&out), told);
    let fixed = fs::read_to_string(dir.path().join("crlf-bom.txt")).unwrap();
    assert!(fixed.contains("answered erstwhile US President"), "{fixed}");
    assert!(
        stdout(&out).ends_with("· 1 fixed, 1 fix not applied (overlapping an earlier fix)\n"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_file_that_cannot_be_written_is_one_error_and_the_others_are_fixed() {
    let dir = workspace();
    let (name, _) = NO_FINAL_NEWLINE;
    fs::set_permissions(dir.path().join("crlf-bom.txt"), fs::Permissions::from_mode(0o444)).unwrap();
    let out = claimcheck(dir.path(), &["--fix", "crlf-bom.txt", name]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "claimcheck: error: crlf-bom.txt: read-only; not fixed\n");
    assert_eq!(fs::read(dir.path().join("crlf-bom.txt")).unwrap(), CRLF_BOM);
    assert!(
        fs::read_to_string(dir.path().join(name))
            .unwrap()
            .contains("Trump administration")
    );
}

#[test]
fn fix_refuses_standard_input() {
    let dir = workspace();
    let out = run(dir.path(), BIN, &["check", "--fix", "-"], Some(CRLF_BOM));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "claimcheck: error: --fix edits files in place and cannot fix standard input (--format patch shows the fixes)\n"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn dry_run_needs_fix_and_takes_no_other_format_and_claims_does_not_fix() {
    let dir = workspace();
    let out = claimcheck(dir.path(), &["--dry-run", "clean.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--fix"), "{}", stderr(&out));
    let out = claimcheck(dir.path(), &["--fix", "--dry-run", "--format", "json", "clean.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--format"), "{}", stderr(&out));
    let out = run(dir.path(), BIN, &["claims", "--fix", "clean.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    let out = run(dir.path(), BIN, &["claims", "--format", "sarif", "clean.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "claimcheck: error: `claims` prints human, json or jsonl\n"
    );
}
