//! End-to-end tests of archives: JSON Lines, CSV and TSV records, gzip-compressed or not,
//! from files, directories and standard input; the field options; bad records (one stderr
//! line naming the archive's line, skipped, exit 2 unless --skip-bad); the same bytes at any
//! thread count; and `--summary`'s tables.

mod common;

use common::process::*;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const BIN: &str = env!("CARGO_BIN_EXE_claimcheck");

/// A record with one finding (stale-title) when dated after 2025-01-20.
const STALE: &str = "President Joe Biden said on Tuesday that talks would continue.";

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "claimcheck-archive-{}-{}-{name}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) {
        let path = self.0.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    fn run(&self, args: &[&str], stdin: Option<&[u8]>) -> Output {
        let mut cmd = Command::new(BIN);
        cmd.arg("check").args(args).current_dir(&self.0);
        cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.unwrap_or_default()).unwrap();
        drop(input);
        child.wait_with_output().unwrap()
    }

    fn check(&self, args: &[&str]) -> Output {
        self.run(args, None)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn json_record(id: &str, date: &str, text: &str) -> String {
    format!(
        "{}\n",
        serde_json::json!({"id": id, "date": date, "text": text, "section": {"ignored": [1, 2]}})
    )
}

/// (record line, record id) of every finding line in JSONL output.
fn finding_records(out: &Output) -> Vec<(u64, String)> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|v| v["type"] == "finding")
        .map(|v| {
            let record = &v["record"];
            (
                record["line"].as_u64().unwrap(),
                record["id"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

#[test]
fn jsonl_records_point_back_at_their_line_and_id() {
    let dir = Scratch::new("jsonl");
    let archive = [
        json_record("a", "2024-05-01", STALE),
        "\n".to_string(),
        json_record("b", "2025-03-11T09:30:00+01:00", STALE),
        json_record("c", "Tue, 11 Mar 2025 10:00:00 +0000", STALE),
        json_record("d", "March 11, 2025", STALE),
    ]
    .concat();
    dir.write("news.jsonl", &archive);
    let out = dir.check(&["--format", "jsonl", "news.jsonl"]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let expected = [(3, "b"), (4, "c"), (5, "d")].map(|(l, id)| (l, id.to_string()));
    assert_eq!(finding_records(&out), expected);
    let first: serde_json::Value = serde_json::from_str(stdout(&out).lines().next().unwrap()).unwrap();
    assert_eq!(first["file"], "news.jsonl");
    assert_eq!(first["field"], "text");
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(1), Some(1)));
    let human = dir.check(&["news.jsonl"]);
    assert!(
        stdout(&human).contains("warning[stale-title] news.jsonl:3 [b] text:1:1"),
        "{}",
        stdout(&human)
    );
    let summary = stdout(&human).lines().last().unwrap_or_default().to_string();
    assert!(
        summary.starts_with("4 records · ") && summary.ends_with(" · 0 errors, 3 warnings"),
        "{summary}"
    );
}

#[test]
fn bad_records_are_one_line_each_and_the_rest_is_checked() {
    let dir = Scratch::new("bad");
    let archive = [
        json_record("a", "2025-03-11", STALE),
        "{not json\n".to_string(),
        "{\"id\": \"n\", \"date\": \"2025-03-11\"}\n".to_string(),
        "{\"id\": \"d\", \"text\": \"No date.\"}\n".to_string(),
        json_record("t", "2025-03-11", STALE).replace("\"text\":\"President", "\"text\":7,\"x\":\"President"),
        json_record("e", "2025-03-11", STALE),
    ]
    .concat();
    dir.write("news.jsonl", &archive);
    let out = dir.check(&["--format", "jsonl", "news.jsonl"]);
    assert_eq!(code(&out), 2, "bad records fail the run");
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert!(
        lines[0].starts_with("claimcheck: error: news.jsonl:2: not valid JSON"),
        "{}",
        lines[0]
    );
    assert!(
        lines[1].starts_with("claimcheck: error: news.jsonl:3 [n]: no `text` field"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("claimcheck: error: news.jsonl:4 [d]: no date"),
        "{}",
        lines[2]
    );
    assert!(
        lines[3].starts_with("claimcheck: error: news.jsonl:5 [t]: `text` is a number"),
        "{}",
        lines[3]
    );
    assert_eq!(finding_records(&out), [(1, "a".to_string()), (6, "e".to_string())]);
    let errors = stdout(&out)
        .lines()
        .filter(|l| l.starts_with("{\"type\":\"error\""))
        .count();
    assert_eq!(errors, 4, "machine output carries the bad records too");
    // --skip-bad: the findings decide the exit code; the summary still counts the bad records.
    let skipped = dir.check(&["--skip-bad", "news.jsonl"]);
    assert_eq!(code(&skipped), 1, "{}", stderr(&skipped));
    assert!(
        stdout(&skipped).contains("· 4 bad records skipped"),
        "{}",
        stdout(&skipped)
    );
}

#[test]
fn csv_and_tsv_with_every_field_option() {
    let dir = Scratch::new("csv");
    let csv = format!(
        "key,headline,body,published,revised\nk1,\"Talks, at last\",\"{STALE}\",2024-05-01,2025-03-11\nk2,,\"{STALE}\",2024-06-01,\n"
    );
    dir.write("news.csv", &csv);
    dir.write(
        "news.tsv",
        csv.replace(',', "\t").replace("Talks\t at last", "Talks, at last"),
    );
    let fields = [
        "--text-field",
        "body",
        "--date-field",
        "published",
        "--id-field",
        "key",
        "--title-field",
        "headline",
        "--updated-field",
        "revised",
        "--format",
        "jsonl",
    ];
    for name in ["news.csv", "news.tsv"] {
        let published = dir.check(&[&fields[..], &["--date-from", "published", name]].concat());
        assert_eq!(
            code(&published),
            0,
            "{name}: dated 2024 by `published`: {}",
            stderr(&published)
        );
        // By default the update's date, when a record has one.
        let updated = dir.check(&[&fields[..], &[name]].concat());
        assert_eq!(
            finding_records(&updated),
            [(2, "k1".to_string())],
            "{name}: {}",
            stderr(&updated)
        );
        // Places are within the field: the headline before the text does not shift them.
        let v: serde_json::Value = serde_json::from_str(stdout(&updated).lines().next().unwrap()).unwrap();
        assert_eq!(
            (v["field"].as_str(), v["line"].as_u64()),
            (Some("text"), Some(1)),
            "{name}"
        );
    }
    let missing = dir.check(&["--text-field", "nope", "news.csv"]);
    assert_eq!(code(&missing), 2);
    assert!(stderr(&missing).contains("news.csv"), "{}", stderr(&missing));
}

#[test]
fn gzip_archives_from_files_and_standard_input() {
    let dir = Scratch::new("gzip");
    let archive = [
        json_record("a", "2024-05-01", STALE),
        json_record("b", "2025-03-11", STALE),
    ]
    .concat();
    dir.write("news.jsonl.gz", gzip(archive.as_bytes()));
    let out = dir.check(&["--format", "jsonl", "news.jsonl.gz"]);
    assert_eq!(finding_records(&out), [(2, "b".to_string())], "{}", stderr(&out));
    let piped = dir.run(
        &["--input-format", "jsonl", "--format", "jsonl", "-"],
        Some(&gzip(archive.as_bytes())),
    );
    assert_eq!(finding_records(&piped), [(2, "b".to_string())], "{}", stderr(&piped));
    let plain = dir.run(
        &["--input-format", "jsonl", "--format", "jsonl", "-"],
        Some(archive.as_bytes()),
    );
    // The same records, named otherwise: the same findings but for the file's name (which
    // the fingerprint hashes too).
    let unnamed = |text: String| -> Vec<serde_json::Value> {
        text.lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                v.as_object_mut().unwrap().remove("fingerprint");
                v
            })
            .collect()
    };
    assert_eq!(
        unnamed(stdout(&plain).replace("<stdin>", "news.jsonl.gz")),
        unnamed(stdout(&out))
    );
}

#[test]
fn zstd_archives_from_files_and_standard_input() {
    let dir = Scratch::new("zstd");
    let (a, b) = (
        json_record("a", "2024-05-01", STALE),
        json_record("b", "2025-03-11", STALE),
    );
    // Two frames, as `cat a.zst b.zst` makes: one stream.
    let frames = [
        zstd::encode_all(a.as_bytes(), 3).unwrap(),
        zstd::encode_all(b.as_bytes(), 3).unwrap(),
    ]
    .concat();
    dir.write("news.jsonl.zst", &frames);
    let out = dir.check(&["--format", "jsonl", "news.jsonl.zst"]);
    assert_eq!(finding_records(&out), [(2, "b".to_string())], "{}", stderr(&out));
    let piped = dir.run(&["--input-format", "jsonl", "--format", "jsonl", "-"], Some(&frames));
    assert_eq!(finding_records(&piped), [(2, "b".to_string())], "{}", stderr(&piped));
    // Cut short: the records before the break are checked, the break is one line, exit 2.
    let whole = zstd::encode_all([a.as_str(), b.as_str()].concat().repeat(50).as_bytes(), 3).unwrap();
    dir.write("cut.jsonl.zst", &whole[..whole.len() - 20]);
    let cut = dir.check(&["--format", "jsonl", "cut.jsonl.zst"]);
    assert_eq!(code(&cut), 2);
    let err = stderr(&cut);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cut.jsonl.zst: cannot read further"), "{err}");
}

#[test]
fn directories_hold_jsonl_archives_and_tables_only_when_asked() {
    let dir = Scratch::new("walk");
    dir.write("a/news.jsonl", json_record("j", "2025-03-11", STALE));
    dir.write("a/data.csv", format!("id,date,text\nc,2025-03-11,\"{STALE}\"\n"));
    let out = dir.check(&["--format", "jsonl", "a"]);
    assert_eq!(finding_records(&out), [(1, "j".to_string())], "{}", stderr(&out));
    let tables = dir.check(&["--format", "jsonl", "--input-format", "csv", "a"]);
    assert_eq!(finding_records(&tables), [(2, "c".to_string()), (1, "j".to_string())]);
}

#[test]
fn an_archive_cannot_be_fixed() {
    let dir = Scratch::new("fix");
    dir.write("news.jsonl", json_record("a", "2025-03-11", STALE));
    let out = dir.check(&["--fix", "news.jsonl"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("cannot be fixed in place"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.0.join("news.jsonl")).unwrap(),
        json_record("a", "2025-03-11", STALE)
    );
}

/// Enough records for several batches, findings in some, bad ones among them.
fn big_archive() -> String {
    let mut archive = String::new();
    for i in 0..5000 {
        let line = match i % 7 {
            0 => json_record(&format!("r{i}"), "2025-03-11", STALE),
            3 if i % 2 == 0 => "{broken\n".to_string(),
            _ => json_record(
                &format!("r{i}"),
                &format!("{}-06-01", 2019 + i % 6),
                "The council met on Monday.",
            ),
        };
        archive.push_str(&line);
    }
    archive
}

#[test]
fn the_same_bytes_at_one_and_two_threads_and_on_every_run() {
    let dir = Scratch::new("threads");
    dir.write("big.jsonl", big_archive());
    for format in ["jsonl", "json", "sarif", "human"] {
        let run = |threads: &str| {
            dir.check(&[
                "--summary",
                "--skip-bad",
                "--format",
                format,
                "-j",
                threads,
                "big.jsonl",
            ])
        };
        let one = run("1");
        let two = run("2");
        let again = run("2");
        assert_eq!(code(&one), 1, "{format}: {}", stderr(&one));
        if format == "human" {
            // Human output ends with the rate, which differs from run to run.
            let strip = |o: &Output| {
                stdout(o)
                    .lines()
                    .filter(|l| !l.starts_with("Read: "))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            assert_eq!(strip(&one), strip(&two), "{format}");
        } else {
            assert_eq!(stdout(&one), stdout(&two), "{format}");
            assert_eq!(stdout(&two), stdout(&again), "{format}");
        }
    }
}

#[test]
fn the_summary_tables_count_by_id_severity_year_and_record() {
    let dir = Scratch::new("summary");
    dir.write("big.jsonl", big_archive());
    let out = dir.check(&["--summary", "--skip-bad", "--format", "json", "big.jsonl"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let summary = &v["summary"];
    // 5000 lines: 715 with the stale title, 357 broken, the rest clean.
    assert_eq!(summary["records"], 5000 - 357);
    assert_eq!(summary["bad_records"], 357);
    assert_eq!(summary["audit"]["by_id"]["stale-title"], 715);
    assert_eq!(summary["audit"]["by_severity"]["warning"], 715);
    assert_eq!(summary["audit"]["by_year"]["2025"]["stale-title"], 715);
    let top = summary["audit"]["top"].as_array().unwrap();
    assert_eq!(top.len(), 20);
    assert_eq!(
        top[0]["record"]["line"], 1,
        "of records with as many findings, the first read"
    );
    assert_eq!(top[1]["record"]["line"], 8);
    assert!(summary.get("throughput").is_none(), "machine output holds no timings");
    let human = dir.check(&["--summary", "--skip-bad", "big.jsonl"]);
    let text = stdout(&human);
    assert!(text.contains("Findings by id\n  stale-title  715\n"), "{text}");
    assert!(
        text.contains("  2025      ") && text.contains("Records: 5000 read, 357 skipped as bad"),
        "{text}"
    );
    assert!(
        text.contains("Records with the most findings\n  1  2025-03-11  big.jsonl:1 [r0]\n"),
        "{text}"
    );
}

#[test]
fn jsonl_holds_a_summary_line_only_when_asked() {
    let dir = Scratch::new("pure");
    dir.write("news.jsonl", json_record("a", "2025-03-11", STALE));
    let plain = dir.check(&["--format", "jsonl", "news.jsonl"]);
    assert!(stdout(&plain).lines().all(|l| !l.contains("\"summary\"")));
    let summed = dir.check(&["--format", "jsonl", "--summary", "news.jsonl"]);
    let last = stdout(&summed).lines().last().unwrap().to_string();
    assert!(
        last.starts_with("{\"type\":\"summary\",\"files\":0,\"records\":1,"),
        "{last}"
    );
}

#[test]
fn audit_prints_the_tables_and_writes_a_self_contained_page() {
    let dir = Scratch::new("audit");
    dir.write("big.jsonl", big_archive());
    let mut cmd = Command::new(BIN);
    cmd.args([
        "audit",
        "--skip-bad",
        "big.jsonl",
        "--html",
        "report.html",
        "--svg",
        "chart.svg",
    ])
    .current_dir(&dir.0);
    let out = cmd.output().unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let tables = stdout(&out);
    assert!(
        tables.starts_with("Findings by id\n  stale-title  715\n"),
        "the tables, not every finding: {tables}"
    );
    assert!(!tables.contains("warning[stale-title]"));
    let page = std::fs::read_to_string(dir.0.join("report.html")).unwrap();
    assert!(page.contains("<svg") && page.contains("stale-title (715)"));
    assert_eq!(page.matches("<section>").count(), 20, "the top 20 records");
    assert!(page.contains("<pre class=\"ins\">+ Former President Joe Biden said"));
    assert!(
        !page.contains("<script") && !page.contains("src=") && !page.contains("href="),
        "nothing fetched"
    );
    let svg = std::fs::read_to_string(dir.0.join("chart.svg")).unwrap();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(
        svg.matches(">2019</text>").count() + svg.matches(">2025</text>").count(),
        2
    );
}

#[test]
fn the_progress_bar_is_on_stderr_only_and_only_when_asked_in_a_pipe() {
    let dir = Scratch::new("progress");
    dir.write("big.jsonl", big_archive());
    let piped = dir.check(&["--skip-bad", "--format", "jsonl", "big.jsonl"]);
    let drawn = dir.check(&["--skip-bad", "--format", "jsonl", "--progress", "always", "big.jsonl"]);
    assert_eq!(stdout(&piped), stdout(&drawn), "the bar never touches stdout");
    let lines = |o: &Output| stderr(o).lines().filter(|l| l.contains("error")).count();
    assert_eq!(lines(&piped), 357);
    assert_eq!(stderr(&piped).lines().count(), 357, "no bar in a pipe");
    assert!(stderr(&drawn).contains("checked"), "{}", stderr(&drawn));
}
