//! Hostile input under a memory cap: a run must finish in bounded memory, not merely finish.
//! The cap is an address-space limit (`ulimit -v`), with glibc held to one malloc arena:
//! every further arena reserves 64 MiB of address space it may never use, so without that
//! the limit would measure the thread count, not the input. Time is not asserted here (the
//! kill timeout only ends a hung run): `scripts/time-budget` holds the release-mode budget.

#![cfg(unix)]

mod common;

use common::process::{code, run_with_limit, stderr, stdout};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// `claimcheck check FILE` in `dir` under an address-space cap of `mib` MiB.
fn check_capped(dir: &Path, file: &str, mib: usize) -> std::process::Output {
    run_capped(dir, &["check", file], mib)
}

/// `claimcheck ARGS…` in `dir` under an address-space cap of `mib` MiB.
fn run_capped(dir: &Path, args: &[&str], mib: usize) -> std::process::Output {
    let mut cmd = Command::new("sh");
    cmd.args(["-c", "ulimit -v \"$1\" && shift && exec \"$0\" \"$@\""])
        .arg(BIN)
        .arg((mib * 1024).to_string())
        .args(args)
        .current_dir(dir)
        .env("MALLOC_ARENA_MAX", "1")
        .env("NO_COLOR", "1");
    run_with_limit(cmd, Duration::from_secs(300)).expect("finishes within the kill timeout")
}

/// 8 MB of prose on one line, a finding every ~470 bytes (17,000 of them). Each finding's
/// excerpt once flattened the whole line before it to see whether the line went on: minutes
/// for 1 MB, hours for this. Measured: 60 MB resident, 96 MiB of address space.
#[test]
fn eight_megabytes_on_one_line_fit_in_256_mib() {
    let dir = tempfile::tempdir().unwrap();
    let sentence = "former President Donald Trump said the talks would go on. ";
    let filler =
        "The harbour board met on the quay and the ferry timetable was agreed after a long debate about fares. ";
    let unit = format!("{sentence}{}", filler.repeat(4));
    let count = 8 * 1_000_000 / unit.len();
    let text = format!("date 2025-03-11 {}\n", unit.repeat(count));
    assert_eq!(text.lines().count(), 1);
    std::fs::write(dir.path().join("one-line.txt"), text).unwrap();
    let out = check_capped(dir.path(), "one-line.txt", 256);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let summary = stdout(&out).lines().last().unwrap_or_default().to_string();
    assert!(summary.contains(&format!("{count} errors")), "{summary}");
}

/// A 100 KB string anchored once in front matter and repeated 125,000 times by alias (600 KB
/// of file, 12.5 GB expanded). Front matter is read from the parser's events and aliases are
/// never expanded, so it costs what its bytes cost, and the date after it is still found.
#[test]
fn front_matter_alias_bomb_fits_in_256_mib() {
    let dir = tempfile::tempdir().unwrap();
    let big = "x".repeat(100_000);
    let aliases = vec!["*s"; 125_000].join(", ");
    let text =
        format!("---\ns: &s {big}\nx: [{aliases}]\ndate: 2025-03-11\n---\nformer President Donald Trump said.\n");
    assert!(text.len() > 600_000 && text.len() < 700_000);
    std::fs::write(dir.path().join("bomb.md"), text).unwrap();
    let out = check_capped(dir.path(), "bomb.md", 256);
    // The finding in the body: the article was read, and dated from the front matter.
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert!(stdout(&out).contains("former-incumbent"), "{}", stdout(&out));
}

/// The same bomb in a rule pack: a 100 KB name repeated 125,000 times by alias in a person's
/// `aliases:`. The pack loader's budget bounds the bytes of scalars, aliases expanded (twice
/// the pack's size plus 1 MiB), so the load stops after about 2 MB with one line naming the
/// file, and exit 2; the article is not checked against a pack that did not load.
#[test]
fn pack_alias_bomb_is_refused_in_256_mib() {
    let dir = tempfile::tempdir().unwrap();
    let big = "x".repeat(100_000);
    let aliases = vec!["*s"; 125_000].join(", ");
    let pack = format!(
        "pack: bomb\ndescription: d\nsource: s\npeople:\n  someone:\n    name: &s {big}\n    aliases: [{aliases}]\n"
    );
    assert!(pack.len() > 600_000 && pack.len() < 700_000);
    std::fs::write(dir.path().join("bomb.yaml"), pack).unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "date 2025-03-11 former President Donald Trump said.\n",
    )
    .unwrap();
    for args in [
        &["check", "--rules", "bomb.yaml", "a.txt"][..],
        &["rules", "validate", "bomb.yaml"],
    ] {
        let out = run_capped(dir.path(), args, 256);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("claimcheck: error: bomb.yaml:7:"), "{args:?}: {err}");
        assert!(err.contains("too large"), "{args:?}: {err}");
        assert_eq!(stdout(&out), "", "{args:?}");
    }
}
