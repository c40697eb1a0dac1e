//! `claimcheck lsp` driven as an editor drives it: a child process, real JSON-RPC messages
//! (initialize, didOpen, didChange, codeAction, hover, shutdown), checking the diagnostics
//! and the text the editor ends up with after an action's edit.

mod common;

use common::lsp::{Client, apply_edits, covered, file_uri, position};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

const SEED: &str = "tests/fixtures/seed/jeddah-talks-2025-03-11.txt";

/// A client that counts in UTF-16 (every client can) and can watch files.
fn utf16_client(dir: &Path) -> Client {
    let mut client = Client::start(dir);
    let capabilities = client.initialize(
        json!({ "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } } }),
        json!({}),
    );
    assert_eq!(capabilities["positionEncoding"], "utf-16");
    assert_eq!(capabilities["textDocumentSync"]["change"], 2, "incremental sync");
    client
}

fn open(client: &mut Client, path: &Path, language: &str, text: &str) -> (String, Vec<Value>) {
    let uri = file_uri(path);
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": uri, "languageId": language, "version": 1, "text": text } }),
    );
    let diagnostics = client.diagnostics(&uri, Some(1));
    (uri, diagnostics)
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics.iter().filter_map(|d| d["code"].as_str()).collect()
}

/// A temporary directory with the seed article in it (outside the repository, so no
/// configuration applies).
fn seed_dir() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("jeddah-talks-2025-03-11.txt");
    let text = std::fs::read_to_string(SEED).unwrap();
    std::fs::write(&path, &text).unwrap();
    (dir, path, text)
}

fn code_actions(client: &mut Client, uri: &str, diagnostic: &Value) -> Vec<Value> {
    let result = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": diagnostic["range"],
            "context": { "diagnostics": [diagnostic] },
        }),
    );
    result.as_array().cloned().unwrap_or_default()
}

fn action<'a>(actions: &'a [Value], title_start: &str) -> &'a Value {
    actions
        .iter()
        .find(|a| a["title"].as_str().unwrap().starts_with(title_start))
        .unwrap_or_else(|| panic!("no action “{title_start}…” in {actions:#?}"))
}

fn edits_of<'a>(action: &'a Value, uri: &str) -> &'a [Value] {
    action["edit"]["changes"][uri]
        .as_array()
        .expect("edits for the document")
}

/// Replaces the whole text (a client with full sync does so on every change).
fn replace_all(client: &mut Client, uri: &str, version: i64, text: &str) -> Vec<Value> {
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
    );
    client.diagnostics(uri, Some(version))
}

#[test]
fn the_seed_article_its_two_errors_a_fix_a_hover_and_a_suppression() {
    let (dir, path, mut text) = seed_dir();
    let mut client = utf16_client(dir.path());
    let (uri, diagnostics) = open(&mut client, &path, "plaintext", &text);

    assert_eq!(codes(&diagnostics), ["former-incumbent", "stale-government"]);
    let former = &diagnostics[0];
    assert_eq!(former["severity"], 1, "error");
    assert_eq!(former["source"], "claimcheck");
    assert_eq!(
        covered(&text, &former["range"], false),
        "former US President Donald Trump"
    );
    assert_eq!(former["range"]["start"], json!({ "line": 20, "character": 105 }));
    assert!(
        former["message"]
            .as_str()
            .unwrap()
            .contains("`claimcheck explain former-incumbent`")
    );
    let related = &former["relatedInformation"][0];
    assert!(
        related["message"]
            .as_str()
            .unwrap()
            .starts_with("fact: rules/us-executive.yaml:"),
        "{related}"
    );
    // The code links to the text of `claimcheck explain former-incumbent`.
    let href = former["codeDescription"]["href"]
        .as_str()
        .expect("a link to the explanation");
    let page = std::fs::read_to_string(href.strip_prefix("file://").unwrap()).unwrap();
    assert!(page.starts_with("former-incumbent (error by default)"), "{page}");

    // Hover over "Biden administration": the ledger entry, its fact with pack and line.
    let at = text.find("The Biden administration also").unwrap() + "The Bi".len();
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": position(&text, at) }),
    );
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("government claim, **contradicted**"), "{shown}");
    assert!(shown.contains("about: Joe Biden"), "{shown}");
    assert!(shown.contains("fact: `rules/us-executive.yaml:"), "{shown}");
    assert!(shown.contains("stale-government"), "{shown}");

    // The fix, as a workspace edit of exactly the fixed span.
    let actions = code_actions(&mut client, &uri, former);
    let fix = action(&actions, "Delete “former”");
    assert_eq!(fix["kind"], "quickfix");
    assert_eq!(fix["isPreferred"], true);
    assert_eq!(fix["diagnostics"][0]["code"], "former-incumbent");
    let edits = edits_of(fix, &uri);
    assert_eq!(edits.len(), 1);
    assert_eq!(covered(&text, &edits[0]["range"], false), "former ");
    text = apply_edits(&text, edits, false);
    assert!(text.contains("in response to US President Donald Trump’s earlier comments"));

    // Sent back as an incremental change: the same range, in UTF-16.
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": uri, "version": 2 },
            "contentChanges": [{ "range": edits[0]["range"], "text": "" }],
        }),
    );
    let diagnostics = client.diagnostics(&uri, Some(2));
    assert_eq!(codes(&diagnostics), ["stale-government"]);

    // "Ignore here" in plain text: a `claimcheck: ignore` line before the finding's line.
    let actions = code_actions(&mut client, &uri, &diagnostics[0]);
    let ignore = action(&actions, "Ignore stale-government here");
    text = apply_edits(&text, edits_of(ignore, &uri), false);
    assert!(text.contains("\nclaimcheck: ignore stale-government\n"), "{text}");
    assert!(replace_all(&mut client, &uri, 3, &text).is_empty());

    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn ignore_in_this_file_keeps_the_date_header_first() {
    let (dir, path, text) = seed_dir();
    let mut client = utf16_client(dir.path());
    let (uri, diagnostics) = open(&mut client, &path, "plaintext", &text);
    let actions = code_actions(&mut client, &uri, &diagnostics[1]);
    let ignore = action(&actions, "Ignore stale-government in this file");
    let text = apply_edits(&text, edits_of(ignore, &uri), false);
    assert!(
        text.starts_with(" date 2025-03-11\n<!-- claimcheck-disable stale-government -->\n\nHigh-level"),
        "{}",
        &text[..80]
    );
    assert_eq!(codes(&replace_all(&mut client, &uri, 2, &text)), ["former-incumbent"]);
    assert_eq!(client.shutdown().code(), Some(0));
}

/// Astral-plane characters and CRLF line ends, in UTF-16 and in UTF-8, with incremental
/// changes whose ranges count the units the client negotiated.
#[test]
fn positions_count_utf16_units_or_utf8_bytes_through_crlf_and_astral_characters() {
    let text = "---\r\ndate: 2025-03-11\r\n---\r\n\r\n🎉🎉 Aides of former US President Donald Trump met.\r\n";
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("party.md");
    for utf8 in [false, true] {
        let mut client = Client::start(dir.path());
        let offered = if utf8 {
            json!(["utf-8", "utf-16"])
        } else {
            json!(["utf-16"])
        };
        let capabilities = client.initialize(json!({ "general": { "positionEncodings": offered } }), json!({}));
        assert_eq!(capabilities["positionEncoding"], if utf8 { "utf-8" } else { "utf-16" });
        let (uri, diagnostics) = open(&mut client, &path, "markdown", text);
        assert_eq!(codes(&diagnostics), ["former-incumbent"]);
        let range = &diagnostics[0]["range"];
        // Two party poppers are four UTF-16 units, eight UTF-8 bytes; then " Aides of ".
        let start = if utf8 { 8 + 10 } else { 4 + 10 };
        assert_eq!(range["start"], json!({ "line": 4, "character": start }));
        assert_eq!(covered(text, range, utf8), "former US President Donald Trump");

        // Type an astral character between the two party poppers, then delete the CRLF
        // before the line: both ranges count what the client negotiated.
        let popper = if utf8 { 4 } else { 2 };
        let changes = json!([
            { "range": { "start": { "line": 4, "character": popper }, "end": { "line": 4, "character": popper } }, "text": "🥳" },
            { "range": { "start": { "line": 3, "character": 0 }, "end": { "line": 4, "character": 0 } }, "text": "" },
        ]);
        client.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": changes }),
        );
        let diagnostics = client.diagnostics(&uri, Some(2));
        let expected = "---\r\ndate: 2025-03-11\r\n---\r\n🎉🥳🎉 Aides of former US President Donald Trump met.\r\n";
        let range = &diagnostics[0]["range"];
        assert_eq!(range["start"]["line"], 3);
        assert_eq!(covered(expected, range, utf8), "former US President Donald Trump");
        assert_eq!(client.shutdown().code(), Some(0));
    }
}

#[test]
fn html_suppression_comments_and_markdown_inline_ones() {
    let dir = tempfile::tempdir().unwrap();
    let html = "<!DOCTYPE html>\n<html><head><meta property=\"article:published_time\" content=\"2025-03-11\"></head>\n<body>\n  <p>Aides of former US President Donald Trump met.</p>\n</body></html>\n";
    let md = "date 2025-03-11\n\nThe talks went on. Aides of\nformer US President Donald Trump met.\n";
    let mut client = utf16_client(dir.path());
    for (name, language, text, expected) in [
        (
            "page.html",
            "html",
            html,
            "<body>\n  <!-- claimcheck-disable-next-line former-incumbent -->\n  <p>Aides",
        ),
        (
            "story.md",
            "markdown",
            md,
            "Aides of <!-- claimcheck-disable-next-line former-incumbent -->\nformer US",
        ),
    ] {
        let (uri, diagnostics) = open(&mut client, &dir.path().join(name), language, text);
        assert_eq!(codes(&diagnostics), ["former-incumbent"], "{name}");
        let actions = code_actions(&mut client, &uri, &diagnostics[0]);
        let ignored = apply_edits(
            text,
            edits_of(action(&actions, "Ignore former-incumbent here"), &uri),
            false,
        );
        assert!(ignored.contains(expected), "{ignored}");
        assert!(replace_all(&mut client, &uri, 2, &ignored).is_empty(), "{name}");
    }
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn a_text_with_no_date_is_checked_as_of_today_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = utf16_client(dir.path());
    let text = "They met on Wednesday, March 11, 2025.\n";
    let (_, diagnostics) = open(&mut client, &dir.path().join("draft.txt"), "plaintext", text);
    let today = chrono::Local::now().date_naive().to_string();
    let hint = &diagnostics[0];
    assert_eq!(hint["severity"], 4, "a hint");
    assert!(
        hint["message"]
            .as_str()
            .unwrap()
            .contains(&format!("checked as of today, {today}")),
        "{hint}"
    );
    // The weekday is wrong whatever the day; a day past what the packs know is said instead.
    let rest = &diagnostics[1];
    assert!(
        rest["code"] == "wrong-weekday" || rest["message"].as_str().unwrap().contains("outside the range"),
        "{rest}"
    );
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn the_configuration_applies_and_reloads_and_a_bad_one_is_told_not_fatal() {
    let (dir, path, text) = seed_dir();
    let config = dir.path().join(".claimcheck.yaml");
    std::fs::write(&config, "disable: [former-incumbent]\n").unwrap();
    let mut client = utf16_client(dir.path());
    let (uri, diagnostics) = open(&mut client, &path, "plaintext", &text);
    assert_eq!(codes(&diagnostics), ["stale-government"]);

    // Changed on disk: the editor says so, and the document is checked again with it.
    std::fs::write(&config, "severity: {stale-government: note}\n").unwrap();
    let changed = json!({ "changes": [{ "uri": file_uri(&config), "type": 2 }] });
    client.notify("workspace/didChangeWatchedFiles", changed.clone());
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert_eq!(codes(&diagnostics), ["former-incumbent", "stale-government"]);
    assert_eq!(diagnostics[1]["severity"], 3, "a note is information");

    // A broken one: a message, a diagnostic at its place in the file, and the defaults.
    std::fs::write(&config, "fail_on: never\n").unwrap();
    client.notify("workspace/didChangeWatchedFiles", changed);
    let message = client.notification("window/showMessage", |_| true);
    assert!(
        message["message"].as_str().unwrap().contains("unknown key `fail_on`"),
        "{message}"
    );
    let in_config = client.diagnostics(&file_uri(&config), None);
    assert_eq!(in_config[0]["range"]["start"], json!({ "line": 0, "character": 0 }));
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert_eq!(codes(&diagnostics), ["former-incumbent", "stale-government"]);
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn bad_input_is_a_diagnostic_and_exit_without_shutdown_is_1() {
    let dir = tempfile::tempdir().unwrap();
    let mut client = utf16_client(dir.path());
    let (_, diagnostics) = open(
        &mut client,
        &dir.path().join("a.md"),
        "markdown",
        "---\ndate: [\n---\nText\n",
    );
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(diagnostics[0]["severity"], 1);
    // Parameters that make no sense are an error answer, not the end of the server.
    client.notify("textDocument/didChange", json!({ "nonsense": true }));
    let answer = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": "file:///nowhere.md" }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(answer, Value::Null);
    assert_eq!(client.exit().code(), Some(1));
}

/// With `debounceMs`, changes typed in a burst are checked once, on the text they left: the
/// first diagnostics after them are of the last version.
#[test]
fn a_burst_of_changes_is_checked_once_on_the_last_text() {
    let (dir, path, text) = seed_dir();
    let mut client = Client::start(dir.path());
    client.initialize(json!({}), json!({ "debounceMs": 1000 }));
    let (uri, diagnostics) = open(&mut client, &path, "plaintext", &text);
    assert_eq!(diagnostics.len(), 2, "opening checks at once");
    let fixed = text.replace("former US President", "US President");
    for (version, text) in [(2, fixed.as_str()), (3, text.as_str()), (4, fixed.as_str())] {
        client.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
        );
    }
    let published = client.notification("textDocument/publishDiagnostics", |p| p["uri"] == uri);
    assert_eq!(published["version"], 4);
    let codes: Vec<&str> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert_eq!(codes, ["stale-government"]);
    assert_eq!(client.shutdown().code(), Some(0));
}

#[test]
fn the_configurations_baseline_hides_accepted_findings() {
    let (dir, path, text) = seed_dir();
    std::fs::write(dir.path().join(".claimcheck.yaml"), "baseline: ci/accepted.json\n").unwrap();
    // Accepted on the command line, run from the directory, as CI would write it.
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_claimcheck"))
        .args(["baseline", "jeddah-talks-2025-03-11.txt"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(made.status.code(), Some(0), "{}", String::from_utf8_lossy(&made.stderr));
    let mut client = utf16_client(dir.path());
    let (_, diagnostics) = open(&mut client, &path, "plaintext", &text);
    assert_eq!(codes(&diagnostics), Vec::<&str>::new());
    // A new slip is shown.
    let (_, diagnostics) = open(
        &mut client,
        &dir.path().join("new.txt"),
        "plaintext",
        "date 2025-03-11\nShe met former US President Donald Trump.\n",
    );
    assert_eq!(codes(&diagnostics), ["former-incumbent"]);
    assert_eq!(client.shutdown().code(), Some(0));
}
