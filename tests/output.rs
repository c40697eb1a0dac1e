//! Writing the report: a write error is an error (a full disk must not exit 0), a reader that
//! has gone (`| head`) ends the run quietly.

mod common;

use common::process::*;
use std::io::Read;
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_exit_2_with_one_line() {
    let full = std::fs::File::create("/dev/full").expect("Linux has /dev/full");
    let out = Command::new(BIN)
        .args(["check", "tests/fixtures/former-incumbent-2025-03-11.txt"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("claimcheck: error: cannot write the output:"), "{err}");
}

#[test]
fn a_reader_that_goes_away_ends_the_run_quietly() {
    let dir = std::env::temp_dir().join(format!("claimcheck-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("long-2025-03-11.txt");
    std::fs::write(
        &article,
        "The talks went on and former President Donald Trump spoke.\n\n".repeat(20_000),
    )
    .unwrap();
    let mut child = Command::new(BIN)
        .args(["claims", "--color", "never"])
        .arg(&article)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, then hang up, as `| head -1` does.
    let mut first = [0u8; 64];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}

/// `--color auto` follows the ecosystem's variables: CLICOLOR_FORCE paints even through a
/// pipe, NO_COLOR wins over it, CLICOLOR=0 turns colour off.
#[test]
fn colour_variables_are_honoured() {
    let painted = |vars: &[(&str, &str)]| {
        let mut cmd = Command::new(BIN);
        cmd.args(["check", "tests/fixtures/former-incumbent-2025-03-11.txt"])
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        stdout(&cmd.output().unwrap()).contains('\u{1b}')
    };
    assert!(!painted(&[]), "a pipe is not a terminal");
    assert!(painted(&[("CLICOLOR_FORCE", "1")]));
    assert!(!painted(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]));
}

/// Dates where the packs know nothing (year 0, year 3000) are refused in one line, instead of
/// judging "Jimmy Carter is alive on 0000-01-01" or open terms as running in 3000.
#[test]
fn dates_outside_what_the_packs_know_are_refused() {
    for date in ["0000-01-01", "1500-06-01", "3000-01-01"] {
        let out = Command::new(BIN)
            .args([
                "check",
                "--date",
                date,
                "tests/fixtures/former-incumbent-2025-03-11.txt",
            ])
            .output()
            .unwrap();
        assert_eq!(code(&out), 2, "{date}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "the article's date {date} is outside the range the packs know"
            )),
            "{err}"
        );
        assert_eq!(stdout(&out), "no file checked: 1 input could not be checked\n");
    }
}

/// Old Mac files end lines with a lone CR: positions count them as line breaks.
#[test]
fn lone_cr_line_ends_count_as_lines() {
    let dir = std::env::temp_dir().join(format!("claimcheck-cr-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("cr.txt");
    std::fs::write(
        &path,
        "date 2025-03-11\rThe talks went on.\rHe met former President Donald Trump.\r",
    )
    .unwrap();
    let out = Command::new(BIN)
        .args(["check", "--format", "jsonl"])
        .arg(&path)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    let record: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!((record["line"].as_u64(), record["column"].as_u64()), (Some(3), Some(8)));
}
