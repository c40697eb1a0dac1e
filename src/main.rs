//! The claimcheck command line: arguments in, library calls, exit code out
//! (0 clean, 1 findings at or above --fail-on, 2 usage / input / rule errors).

use claimcheck::article::{self, Article, DateSource};
use claimcheck::checks::{self, Outcome};
use claimcheck::report::{Summary, human, json, ledger};
use claimcheck::rules::{RuleSet, import, tools};
use clap::{Parser, Subcommand, ValueEnum};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Checks news copy for claims its date, the facts or the article itself contradict"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check articles (files, directories of .txt/.md, or - for stdin) and report findings.
    Check(CheckArgs),
    /// List every claim with its verdict (supported / contradicted / unverifiable) and the fact
    /// that decided it. Takes the options of `check`; exits 0 unless an input is bad.
    Claims(CheckArgs),
    /// Validate, list, test or import rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Load the shipped packs plus PATHs and report every schema or semantic error.
    Validate {
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
    },
    /// The loaded packs, their offices, people, terms and examples.
    List {
        #[arg(long = "rules", value_name = "PATH")]
        rules: Vec<String>,
    },
    /// Run the `examples:` of the packs at PATH (of every loaded pack when none is given).
    Test {
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
    },
    /// Write a pack from public data to standard output.
    #[command(subcommand)]
    Import(ImportCommand),
}

#[derive(Subcommand)]
enum ImportCommand {
    /// unitedstates/congress-legislators `legislators-current.yaml` and/or the historical file.
    CongressLegislators {
        #[arg(value_name = "FILE", required = true)]
        files: Vec<String>,
    },
    /// A CSV with columns person,name,aliases,office,title,from,to,born,died (one row a term).
    Csv {
        #[arg(value_name = "FILE")]
        file: String,
        /// The `pack:` name of the pack written.
        #[arg(long, default_value = "imported")]
        pack: String,
    },
}

#[derive(clap::Args)]
struct CheckArgs {
    /// Files, directories (searched for .txt, .md and .markdown) or - for standard input.
    #[arg(value_name = "PATH", default_value = "-")]
    paths: Vec<String>,
    /// Publication date YYYY-MM-DD; wins over the date in the text.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<chrono::NaiveDate>,
    /// A rule pack (YAML) or a directory of packs, added to the shipped ones; a pack with a
    /// shipped pack's name replaces it. Repeatable.
    #[arg(long = "rules", value_name = "PATH")]
    rules: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Colours: auto = only on a terminal and without NO_COLOR.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Exit 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Never,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    article::parse_day(s).ok_or_else(|| format!("`{s}` is not a date YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check(args, false),
        Command::Claims(args) => check(args, true),
        Command::Rules(cmd) => rules(cmd),
    }
}

fn fail(message: impl std::fmt::Display) {
    eprintln!("claimcheck: error: {message}");
}

/// Reads `--rules` paths: files, or directories of `.yaml` / `.yml` files.
fn read_packs(paths: &[String]) -> Result<Vec<(String, String)>, ()> {
    let mut extra = Vec::new();
    for p in paths {
        let files = if Path::new(p).is_dir() {
            walk(p, &["yaml", "yml"]).map_err(fail)?
        } else {
            vec![p.clone()]
        };
        for f in files {
            extra.push(article::read_source(&f).map_err(fail)?);
        }
    }
    Ok(extra)
}

fn load_rules(paths: &[String]) -> Result<RuleSet, ()> {
    RuleSet::load(read_packs(paths)?).map_err(|errors| errors.iter().for_each(fail))
}

fn rules(cmd: RulesCommand) -> ExitCode {
    let print = |s: String| {
        let _ = std::io::stdout().lock().write_all(s.as_bytes());
    };
    match cmd {
        RulesCommand::Validate { paths } => {
            let Ok(rules) = load_rules(&paths) else {
                return ExitCode::from(2);
            };
            let names: Vec<&str> = rules.packs.iter().map(|p| p.name.as_str()).collect();
            print(format!(
                "ok: {} packs ({}), {} offices, {} people\n",
                names.len(),
                names.join(", "),
                rules.offices.len(),
                rules.people.len()
            ));
            ExitCode::SUCCESS
        }
        RulesCommand::List { rules } => {
            let Ok(rules) = load_rules(&rules) else {
                return ExitCode::from(2);
            };
            print(tools::list(&rules));
            ExitCode::SUCCESS
        }
        RulesCommand::Test { paths } => {
            let Ok(packs) = read_packs(&paths) else {
                return ExitCode::from(2);
            };
            let only: Vec<String> = packs.iter().map(|(p, _)| p.clone()).collect();
            let Ok(rules) = RuleSet::load(packs).map_err(|errors| errors.iter().for_each(fail)) else {
                return ExitCode::from(2);
            };
            let run = tools::run_examples(&rules, &only);
            for f in &run.failures {
                print(format!("FAIL {f}\n"));
            }
            print(format!("{} passed, {} failed\n", run.passed, run.failures.len()));
            ExitCode::from(u8::from(!run.failures.is_empty()))
        }
        RulesCommand::Import(what) => {
            let written = match what {
                ImportCommand::CongressLegislators { files } => {
                    read_packs(&files).and_then(|inputs| import::congress_legislators(&inputs).map_err(fail))
                }
                ImportCommand::Csv { file, pack } => article::read_source(&file)
                    .map_err(fail)
                    .and_then(|(path, text)| import::csv(&path, &text, &pack).map_err(fail)),
            };
            match written {
                Ok(pack) => {
                    print(pack);
                    ExitCode::SUCCESS
                }
                Err(()) => ExitCode::from(2),
            }
        }
    }
}

/// Files under `dir` with one of `exts` (any case), sorted so output is deterministic.
/// Linked directories are not followed: a link back up the tree would repeat every file.
/// A directory with no such file is an error, so a mistyped path cannot pass silently.
fn walk(dir: &str, exts: &[&str]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: cannot read directory: {e}", d.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", d.display()))?;
            let path = entry.path();
            let linked = entry.file_type().is_ok_and(|t| t.is_symlink());
            if path.is_dir() {
                if !linked {
                    stack.push(path);
                }
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
            {
                out.push(path.to_string_lossy().into_owned());
            }
        }
    }
    if out.is_empty() {
        return Err(format!("{dir}: no .{} files in this directory", exts.join(", .")));
    }
    out.sort();
    Ok(out)
}

/// Files checked in parallel before their reports are printed.
const BATCH: usize = 256;

/// Checks the inputs and prints the findings, or with `ledger` every claim.
fn check(args: CheckArgs, ledger: bool) -> ExitCode {
    let Ok(rules) = load_rules(&args.rules) else {
        return ExitCode::from(2);
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let mut inputs = Vec::new();
    let mut input_error = false;
    if args.paths.iter().filter(|p| *p == "-").count() > 1 {
        fail("standard input (-) can be read only once");
        return ExitCode::from(2);
    }
    for p in &args.paths {
        if p != "-" && Path::new(p).is_dir() {
            match walk(p, &["txt", "md", "markdown"]) {
                Ok(files) => inputs.extend(files),
                Err(e) => {
                    fail(e);
                    input_error = true;
                }
            }
        } else {
            inputs.push(p.clone());
        }
    }
    let date = args.date.map(|d| (d, DateSource::Flag));
    let mut summary = Summary::default();
    let mut results: Vec<(Article, Outcome)> = Vec::new();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    // Files are checked on every core, a batch at a time, and reported in input order: output
    // is deterministic and memory does not grow with the archive (JSON, one document, keeps
    // what it reports).
    for batch in inputs.chunks(BATCH) {
        let done: Vec<Result<(Article, Outcome), article::ArticleError>> = batch
            .par_iter()
            .map(|input| {
                let (origin, text) = article::read_source(input)?;
                let article = Article::parse(&origin, text, date)?;
                let outcome = checks::check_article(&article, &rules);
                Ok((article, outcome))
            })
            .collect();
        for result in done {
            let (article, outcome) = match result {
                Ok(checked) => checked,
                Err(e) => {
                    fail(e);
                    input_error = true;
                    continue;
                }
            };
            summary.add(&outcome);
            match (args.format, ledger) {
                (Format::Human, false) => {
                    let _ = out.write_all(human::render_outcome(&article, &outcome, color).as_bytes());
                }
                (Format::Human, true) => {
                    let _ = out.write_all(ledger::render_human(&article, &outcome, &rules).as_bytes());
                }
                (Format::Json, _) => results.push((article, outcome)),
            }
        }
    }
    let _ = match (args.format, ledger) {
        (Format::Human, _) => out.write_all(human::render_summary(&summary).as_bytes()),
        (Format::Json, false) => out.write_all(json::render(&results, &summary).as_bytes()),
        (Format::Json, true) => out.write_all(ledger::render_json(&results, &rules).as_bytes()),
    };
    let _ = out.flush();
    if input_error {
        return ExitCode::from(2);
    }
    let failing = match args.fail_on {
        _ if ledger => false,
        FailOn::Never => false,
        FailOn::Warning => summary.errors + summary.warnings > 0,
        FailOn::Error => summary.errors > 0,
    };
    ExitCode::from(u8::from(failing))
}
