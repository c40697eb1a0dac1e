//! `claimcheck check` and `claimcheck claims`: inputs in, one printer out.

use super::args::{CheckArgs, Color, Format};
use super::{Result, config, fail, note};
use claimcheck::article::{Article, ArticleError, DateSource};
use claimcheck::checks::Outcome;
use claimcheck::engine::Engine;
use claimcheck::exit::ExitStatus;
use claimcheck::fix::{self, FileFix};
use claimcheck::input::{self, Input, escape_path};
use claimcheck::report::coverage::Coverage;
use claimcheck::report::ledger::{LedgerHuman, LedgerJson, LedgerJsonl};
use claimcheck::report::{self, PrintOptions, Printer, Summary};
use claimcheck::rules::RuleSet;
use claimcheck::walk::{Found, Walker, article_endings};
use rayon::prelude::*;
use std::ffi::OsString;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `check`: the findings.
    Findings,
    /// `claims`: every claim with its verdict.
    Ledger,
    /// `rules coverage`: the titled names no pack knows.
    Coverage,
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
    if mode != Mode::Findings && args.fix {
        fail("--fix belongs to `check`: `claims` and `rules coverage` change nothing");
        return Ok(ExitStatus::Error);
    }
    if fixes == Fixes::Apply && args.paths.iter().any(|p| p == "-") {
        fail("--fix edits files in place and cannot fix standard input (--format patch shows the fixes)");
        return Ok(ExitStatus::Error);
    }
    if args.quiet && format != Format::Human {
        fail("--quiet applies to human output; machine formats are read by programs, whole");
        return Ok(ExitStatus::Error);
    }
    let Ok(config) = config::load(&args.config, &config::start_dir(&args.paths)) else {
        return Ok(ExitStatus::Error);
    };
    let Ok(rules) = config::rules_with(config.as_ref(), &args.rules) else {
        return Ok(ExitStatus::Error);
    };
    let mut engine = Engine::new(&rules);
    engine.read.date = args.date.map(|d| (d, DateSource::Flag));
    // The configuration first, then the flags, which win over it.
    if let Some(config) = &config {
        config.apply(&mut engine.policy);
        engine.read.date_from = config.date_from.unwrap_or_default();
        engine.options.country = config.country.clone();
        engine.options.title_at_event = config.title_at_event.unwrap_or_default();
    }
    if let Some(date_from) = args.date_from {
        engine.read.date_from = date_from;
    }
    if let Some(fail_on) = args.fail_on {
        engine.policy.fail_on = fail_on;
    }
    let excludes = config.as_ref().map(config::excludes).unwrap_or_default();
    let Some(jobs) = inputs(&args, excludes) else {
        return Ok(ExitStatus::Error);
    };
    let mut input_error = false;
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        // NO_COLOR, CLICOLOR, CLICOLOR_FORCE, TERM=dumb and whether stdout is a terminal, as
        // the CLI ecosystem reads them.
        Color::Auto => anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never,
    };
    let options = PrintOptions {
        color,
        quiet: args.quiet,
        summary_line: false,
        rules: &rules,
    };
    let Some(mut printer) = printer(mode, format, &options, &rules) else {
        fail(match mode {
            Mode::Coverage => "`rules coverage` prints human or json",
            _ => "`claims` prints human, json or jsonl",
        });
        return Ok(ExitStatus::Error);
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    printer.start(&mut out)?;
    // Files are checked on every core, a batch at a time, and reported in input order: output
    // is deterministic and memory does not grow with the number of files.
    for batch in jobs.chunks(BATCH) {
        let done: Vec<std::result::Result<Checked, ArticleError>> =
            batch.par_iter().map(|job| check_one(&engine, job, fixes)).collect();
        for result in done {
            match result {
                Ok(Checked { article, outcome, fix }) => {
                    for notice in &article.notices {
                        let (line, col) = article.line_col(notice.offset);
                        eprintln!(
                            "claimcheck: warning: {}:{line}:{col}: {}",
                            article.origin, notice.message
                        );
                    }
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
        Mode::Ledger | Mode::Coverage if !input_error => ExitStatus::Clean,
        _ => engine.policy.exit_status(&summary, input_error),
    })
}

/// Checks one input and, as `fixes` says, fixes it or works out which fixes overlap.
fn check_one(engine: &Engine, job: &Job, fixes: Fixes) -> std::result::Result<Checked, ArticleError> {
    let input = match job {
        Job::Check(input) => input,
        Job::Failed(e) => return Err(e.clone()),
    };
    let (article, outcome) = engine.check_text(input.name(), input.read()?)?;
    let (article, outcome, fix) = match (fixes, input) {
        (Fixes::Report, _) => (article, outcome, FileFix::default()),
        (Fixes::Preview, _) | (Fixes::Apply, Input::Stdin) => {
            let fix = FileFix::of(&article, &fix::plan(&article, &outcome));
            (article, outcome, fix)
        }
        (Fixes::Apply, Input::File { path, .. }) => fix::fix_in_place(engine, path, article, outcome)?,
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
        (Mode::Findings, format) => Some(report::printer(format, options)),
        // `--quiet`: the summary line alone, which is the same for findings and the ledger.
        (Mode::Ledger, Format::Human) if options.quiet => Some(report::printer(Format::Human, options)),
        (Mode::Ledger, Format::Human) => Some(Box::new(LedgerHuman::new(rules, options.color))),
        (Mode::Ledger, Format::Json) => Some(Box::new(LedgerJson::new(rules))),
        (Mode::Ledger, Format::Jsonl) => Some(Box::new(LedgerJsonl::new(rules))),
        (Mode::Ledger, _) => None,
        (Mode::Coverage, Format::Human) => Some(Box::new(Coverage::new(false))),
        (Mode::Coverage, Format::Json) => Some(Box::new(Coverage::new(true))),
        (Mode::Coverage, _) => None,
    }
}

/// What the run does with each input, in input order: check it, or report why it cannot be.
enum Job {
    Check(Input),
    Failed(ArticleError),
}

/// The inputs to check, in order: each PATH as given, a directory's files sorted by path.
/// Directory problems become `Job::Failed` in their place, so they are reported in order and
/// in machine formats too. `None` when the arguments cannot be used at all (already reported).
fn inputs(args: &CheckArgs, config_excludes: Vec<String>) -> Option<Vec<Job>> {
    // With no PATH at all: the current directory on a terminal, else standard input.
    let implicit = args.paths.is_empty();
    let paths = if implicit {
        vec![OsString::from(input::implicit_input(std::io::stdin().is_terminal()))]
    } else {
        args.paths.clone()
    };
    if paths.iter().filter(|p| *p == "-").count() > 1 {
        fail("standard input (-) can be read only once");
        return None;
    }
    let walker = match Walker::new(args.walk.options(config_excludes)) {
        Ok(walker) => walker,
        Err(e) => {
            fail(e);
            return None;
        }
    };
    let mut jobs = Vec::new();
    for arg in &paths {
        let path = Path::new(arg);
        if arg != "-" && path.is_dir() {
            directory_jobs(&walker, path, implicit, &mut jobs);
        } else {
            // Named files are read whatever their name; a FIFO is read to its end like stdin.
            jobs.push(Job::Check(Input::from_arg(arg)));
        }
    }
    Some(jobs)
}

/// The articles under `dir`, its unreadable parts as failures, and a note on stderr for each
/// article-named thing that is not a regular file. A directory with nothing to check is an
/// error, so a mistyped path cannot pass silently.
fn directory_jobs(walker: &Walker, dir: &Path, implicit: bool, jobs: &mut Vec<Job>) {
    // The implicit `.` is not shown: `a.txt`, as ripgrep names it, not `./a.txt`.
    let shown = |path: PathBuf| {
        if implicit {
            path.strip_prefix(".").map(Path::to_path_buf).unwrap_or(path)
        } else {
            path
        }
    };
    let before = jobs.len();
    for found in walker.walk(dir) {
        match found {
            Found::File { path, kind } if kind.is_article() => jobs.push(Job::Check(Input::file(shown(path)))),
            // Archives are read once the archive reader lands; until then they are passed
            // over without a word, as they always were.
            Found::File { .. } => {}
            Found::Skipped { path, reason } => note(format!("{}: {reason}, skipped", escape_path(&shown(path)))),
            Found::Error(mut e) => {
                if let Some(relative) = e.origin.strip_prefix("./").filter(|_| implicit) {
                    e.origin = relative.to_string();
                }
                jobs.push(Job::Failed(e));
            }
        }
    }
    if jobs.len() == before {
        let mut message = format!("no {} files in this directory", article_endings());
        if implicit {
            // Someone who typed `claimcheck check` may have meant to pipe an article in.
            message.push_str(" (with no PATH on a terminal, the current directory is checked; - reads standard input)");
        }
        jobs.push(Job::Failed(ArticleError::new(&escape_path(dir), message)));
    }
}
