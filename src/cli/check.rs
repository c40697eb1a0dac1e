//! `claimcheck check` and `claimcheck claims`: inputs in, one printer out.

use super::args::{CheckArgs, Color, Format};
use super::rules::load_rules;
use super::{Result, fail, walk::walk};
use claimcheck::article::{Article, ArticleError, DateSource};
use claimcheck::checks::Outcome;
use claimcheck::engine::Engine;
use claimcheck::exit::ExitStatus;
use claimcheck::fix::{self, FileFix};
use claimcheck::report::ledger::{LedgerHuman, LedgerJson};
use claimcheck::report::{self, PrintOptions, Printer, Summary};
use claimcheck::rules::RuleSet;
use rayon::prelude::*;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `check`: the findings.
    Findings,
    /// `claims`: every claim with its verdict.
    Ledger,
}

/// Files checked in parallel before their reports are printed.
const BATCH: usize = 256;

/// What is done with the findings' fixes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fixes {
    /// Reported only.
    Report,
    /// Shown as a patch (`--format patch`, `--fix --dry-run`): overlapping ones are told.
    Preview,
    /// Made in the files (`--fix`).
    Apply,
}

/// One input checked (with `--fix`: fixed and checked again).
struct Checked {
    article: Article,
    outcome: Outcome,
    fix: FileFix,
}

pub fn run(args: CheckArgs, mode: Mode) -> Result<ExitStatus> {
    // `--fix --dry-run` prints exactly what `--format patch` prints.
    let format = if args.dry_run { Format::Patch } else { args.format };
    let fixes = match (args.fix, args.dry_run, format) {
        (true, false, _) => Fixes::Apply,
        (_, true, _) | (_, _, Format::Patch) => Fixes::Preview,
        _ => Fixes::Report,
    };
    if mode == Mode::Ledger && args.fix {
        fail("--fix belongs to `check`: `claims` lists claims and changes nothing");
        return Ok(ExitStatus::Error);
    }
    if fixes == Fixes::Apply && args.paths.iter().any(|p| p == "-") {
        fail("--fix edits files in place and cannot fix standard input (--format patch shows the fixes)");
        return Ok(ExitStatus::Error);
    }
    let Ok(rules) = load_rules(&args.rules) else {
        return Ok(ExitStatus::Error);
    };
    let mut engine = Engine::new(&rules);
    engine.date = args.date.map(|d| (d, DateSource::Flag));
    engine.policy.fail_on = args.fail_on.into();
    let Some((inputs, mut input_error)) = inputs(&args.paths) else {
        return Ok(ExitStatus::Error);
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let options = PrintOptions {
        color,
        quiet: false,
        summary_line: false,
        rules: &rules,
    };
    let Some(mut printer) = printer(mode, format, &options, &rules) else {
        fail("`claims` prints human, json or jsonl");
        return Ok(ExitStatus::Error);
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    printer.start(&mut out)?;
    // Files are checked on every core, a batch at a time, and reported in input order: output
    // is deterministic and memory does not grow with the number of files.
    for batch in inputs.chunks(BATCH) {
        let done: Vec<std::result::Result<Checked, ArticleError>> =
            batch.par_iter().map(|input| check_one(&engine, input, fixes)).collect();
        for result in done {
            match result {
                Ok(Checked { article, outcome, fix }) => {
                    for left_out in &fix.not_applied {
                        eprintln!("claimcheck: warning: {}:{left_out}", article.origin);
                    }
                    summary.add(&outcome);
                    if fixes == Fixes::Apply {
                        summary.fixed += fix.applied;
                        summary.not_applied += fix.not_applied.len();
                    }
                    printer.article(&mut out, &article, &outcome)?;
                }
                Err(e) => {
                    fail(&e);
                    summary.failed += 1;
                    input_error = true;
                    printer.error(&mut out, &e)?;
                }
            }
        }
        // A long run shows its progress; a reader that has gone stops it early.
        out.flush()?;
    }
    printer.finish(&mut out, &summary)?;
    out.flush()?;
    Ok(match mode {
        // The ledger reports; only bad input fails it.
        Mode::Ledger if !input_error => ExitStatus::Clean,
        _ => engine.policy.exit_status(&summary, input_error),
    })
}

/// Checks one input and, as `fixes` says, fixes it or works out which fixes overlap.
fn check_one(engine: &Engine, input: &str, fixes: Fixes) -> std::result::Result<Checked, ArticleError> {
    let (article, outcome) = engine.check_path(input)?;
    let (article, outcome, fix) = match fixes {
        Fixes::Report => (article, outcome, FileFix::default()),
        Fixes::Preview => {
            let fix = FileFix::of(&article, &fix::plan(&article, &outcome));
            (article, outcome, fix)
        }
        Fixes::Apply => fix::fix_in_place(engine, article, outcome)?,
    };
    Ok(Checked { article, outcome, fix })
}

/// The printer for the mode and format; `None` for a format the ledger has none for.
fn printer<'a>(
    mode: Mode,
    format: Format,
    options: &PrintOptions<'a>,
    rules: &'a RuleSet,
) -> Option<Box<dyn Printer + 'a>> {
    match (mode, format) {
        (Mode::Findings, format) => Some(report::printer(format.into(), options)),
        (Mode::Ledger, Format::Human) => Some(Box::new(LedgerHuman::new(rules))),
        (Mode::Ledger, Format::Json | Format::Jsonl) => Some(Box::new(LedgerJson::new(rules))),
        (Mode::Ledger, _) => None,
    }
}

/// The files to read, in order, and whether a path was bad (already reported). `None` when
/// the paths cannot be used at all.
fn inputs(paths: &[String]) -> Option<(Vec<String>, bool)> {
    if paths.iter().filter(|p| *p == "-").count() > 1 {
        fail("standard input (-) can be read only once");
        return None;
    }
    let mut files = Vec::new();
    let mut bad = false;
    for p in paths {
        if p != "-" && Path::new(p).is_dir() {
            match walk(p, &["txt", "md", "markdown"]) {
                Ok(found) => files.extend(found),
                Err(e) => {
                    fail(e);
                    bad = true;
                }
            }
        } else {
            files.push(p.clone());
        }
    }
    Some((files, bad))
}
