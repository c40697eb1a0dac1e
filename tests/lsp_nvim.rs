//! `claimcheck lsp` under a real editor: Neovim's built-in LSP client, headless, with the
//! small configuration in `tests/nvim/claimcheck.lua`. It opens the seed article, reads the
//! diagnostics back as the client holds them (its own UTF-16 → byte conversion), applies the
//! preferred fix through the client's workspace-edit code and reads the diagnostics of the
//! changed text.
//!
//! Needs `nvim` (Debian's `neovim`, 0.7 or later). Without it the test says so on stderr and
//! passes, except under CI (`CI` set), where `.ci/run` installs it and its absence fails.

mod common;

use common::process::run_with_limit;
use serde_json::Value;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const SEED: &str = "tests/fixtures/seed/jeddah-talks-2025-03-11.txt";
const NAME: &str = "jeddah-talks-2025-03-11.txt";

fn nvim_present() -> bool {
    Command::new("nvim")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the configuration on a copy of the seed article; what it saw, as JSON.
fn run_nvim(dir: &Path) -> Value {
    std::fs::copy(SEED, dir.join(NAME)).unwrap();
    let script = std::fs::canonicalize("tests/nvim/claimcheck.lua").unwrap();
    let out = dir.join("seen.json");
    let state = dir.join("state");
    let mut nvim = Command::new("nvim");
    nvim.args(["--headless", "-n", "-i", "NONE", "-u"])
        .arg(&script)
        .arg(NAME)
        .current_dir(dir)
        .env("CLAIMCHECK_BIN", env!("CARGO_BIN_EXE_claimcheck"))
        .env("CLAIMCHECK_NVIM_OUT", &out);
    // Nothing of the user's own Neovim setup, and the explain pages in the test's folder.
    for var in ["XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"] {
        nvim.env(var, &state);
    }
    let run = run_with_limit(nvim, Duration::from_secs(180)).expect("nvim finished in time");
    let seen = std::fs::read_to_string(&out)
        .unwrap_or_else(|_| panic!("nvim wrote nothing; it said: {}", String::from_utf8_lossy(&run.stderr)));
    serde_json::from_str(&seen).expect("the configuration writes JSON")
}

fn codes(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect()
}

/// The text a diagnostic covers, by the client's byte columns.
fn covered<'t>(lines: &[&'t str], d: &Value) -> &'t str {
    let line = d["lnum"].as_u64().unwrap() as usize;
    assert_eq!(d["end_lnum"].as_u64(), Some(line as u64));
    let (start, end) = (
        d["col"].as_u64().unwrap() as usize,
        d["end_col"].as_u64().unwrap() as usize,
    );
    &lines[line][start..end]
}

#[test]
fn neovims_client_shows_the_seed_articles_findings_and_applies_a_fix() {
    if !nvim_present() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI is set but nvim is missing: .ci/run installs Debian's neovim"
        );
        eprintln!(
            "SKIPPED neovims_client_shows_the_seed_articles_findings_and_applies_a_fix: no `nvim` on PATH (apt-get install neovim)"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let seen = run_nvim(dir.path());
    assert!(seen.get("error").is_none(), "{}", seen["error"]);

    let original = std::fs::read_to_string(SEED).unwrap();
    let lines: Vec<&str> = original.lines().collect();
    let first = &seen["first"];
    assert_eq!(codes(first), ["former-incumbent", "stale-government"]);
    assert_eq!(covered(&lines, &first[0]), "former US President Donald Trump");
    assert_eq!(covered(&lines, &first[1]), "The Biden administration");
    assert_eq!(first[0]["severity"], 1, "vim.diagnostic.severity.ERROR");
    assert!(
        first[0]["lsp"]["relatedInformation"][0]["message"]
            .as_str()
            .unwrap()
            .starts_with("fact: rules/us-executive.yaml:")
    );

    // The fix, made by the client: "former " gone, nothing else changed.
    assert_eq!(seen["steps"][0], "Delete “former”");
    let text: Vec<&str> = seen["text"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let expected = original.replacen("former US President", "US President", 1);
    assert_eq!(text, expected.lines().collect::<Vec<_>>());
    assert_eq!(codes(&seen["after"]), ["stale-government"]);
}
