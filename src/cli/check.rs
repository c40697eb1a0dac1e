//! `claimcheck check` and `claimcheck claims`: inputs in, one printer out.

use super::args::{CheckArgs, Color, Format};
use super::progress::Bar;
use super::{Result, config, fail, note};
use claimcheck::archive::{Archive, ArchiveFormat, Batch, Progress};
use claimcheck::article::{Article, ArticleError, DateSource, Fields};
use claimcheck::baseline::{self, Baseline, BaselineError, Held};
use claimcheck::changes::Changes;
use claimcheck::checks::Outcome;
use claimcheck::config::Config;
use claimcheck::engine::Engine;
use claimcheck::exit::ExitStatus;
use claimcheck::fix::{self, FileFix};
use claimcheck::input::{self, Input, escape_path};
use claimcheck::report::audit::Audit;
use claimcheck::report::coverage::Coverage;
use claimcheck::report::ledger::{LedgerHuman, LedgerJson, LedgerJsonl};
use claimcheck::report::{self, PrintOptions, Printer, Summary, Throughput};
use claimcheck::rules::RuleSet;
use claimcheck::walk::{FileKind, Found, Walker, article_endings};
use rayon::prelude::*;
use std::ffi::OsString;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Instant;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `check`: the findings.
    Findings,
    /// `claims`: every claim with its verdict.
    Ledger,
    /// `rules coverage`: the titled names no pack knows.
    Coverage,
    /// `baseline`: the findings, written as the baseline (`prune`: only its resolved entries
    /// dropped).
    Baseline { prune: bool },
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
    /// What the baseline holds of its findings (taken out of `outcome`).
    held: Option<Held>,
    /// Findings left out because their sentence touches no changed line.
    unchanged: usize,
}

/// What keeps a finding out of the report besides the policy: a baseline that holds it, a
/// `--changed-since` that did not touch its sentence. Read-only, so articles are filtered on
/// every thread.
#[derive(Clone, Copy)]
struct Filters<'a> {
    baseline: Option<&'a Baseline>,
    changes: Option<&'a Changes>,
}

impl Filters<'_> {
    fn apply(&self, article: &Article, outcome: &mut Outcome) -> (Option<Held>, usize) {
        // The baseline first: its entries match whatever lines were changed.
        let held = self.baseline.map(|b| b.hold(article, outcome));
        let unchanged = self.changes.map_or(0, |c| c.keep(article, outcome));
        (held, unchanged)
    }
}

pub fn run(args: CheckArgs, mode: Mode) -> Result<ExitStatus> {
    Ok(run_with(args, mode)?.0)
}

/// Runs `check` (or `claims`): the exit status, and the summary for `audit`'s report.
pub fn run_with(args: CheckArgs, mode: Mode) -> Result<(ExitStatus, Summary)> {
    let error = |message: &str| {
        fail(message);
        Ok((ExitStatus::Error, Summary::default()))
    };
    // `--fix --dry-run` prints exactly what `--format patch` prints.
    let format = if args.dry_run { Format::Patch } else { args.format };
    let fixes = match (args.fix, args.dry_run, format) {
        (true, false, _) => Fixes::Apply,
        (_, true, _) | (_, _, Format::Patch) => Fixes::Preview,
        _ => Fixes::Report,
    };
    if mode != Mode::Findings && args.fix {
        return error("--fix belongs to `check`: `claims`, `baseline` and `rules coverage` change no article");
    }
    if fixes == Fixes::Apply && args.paths.iter().any(|p| p == "-") {
        return error("--fix edits files in place and cannot fix standard input (--format patch shows the fixes)");
    }
    if args.quiet && format != Format::Human {
        return error("--quiet applies to human output; machine formats are read by programs, whole");
    }
    if let Some(threads) = args.threads {
        // Once per process; `RAYON_NUM_THREADS` is honoured by rayon itself when -j is absent.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(threads.into())
            .build_global();
    }
    let Ok(config) = config::load(&args.config, &config::start_dir(&args.paths)) else {
        return Ok((ExitStatus::Error, Summary::default()));
    };
    let Ok(rules) = config::rules_with(config.as_ref(), &args.rules) else {
        return Ok((ExitStatus::Error, Summary::default()));
    };
    // Never freed: the process ends soon after the run (`audit` only writes its report), and
    // freeing the rule set's thousands of people, names and automaton states one by one took
    // about 1 ms of a one-article run; the system takes the memory back at exit anyway.
    let rules = std::mem::ManuallyDrop::new(rules);
    let mut engine = Engine::new(&rules);
    engine.read.date = args.date.map(|d| (d, DateSource::Flag));
    // The configuration first, then the flags, which win over it.
    if let Some(config) = &config {
        config.configure(&mut engine);
    }
    if let Some(date_from) = args.date_from {
        engine.read.date_from = date_from;
    }
    if let Some(fail_on) = args.fail_on {
        engine.policy.fail_on = fail_on;
    }
    let baseline = match baseline_for(&args, config.as_ref(), mode) {
        Ok(baseline) => baseline,
        Err(e) => return error(&e.to_string()),
    };
    let changes = match &args.changed_since {
        Some(rev) => match Changes::since(rev, Path::new(".")) {
            Ok(changes) => Some(changes),
            Err(e) => return error(&e),
        },
        None => None,
    };
    let excludes = config.as_ref().map(config::excludes).unwrap_or_default();
    let archives = config.as_ref().map(config::archives).unwrap_or_default();
    let Some(mut jobs) = inputs(&args, excludes, archives) else {
        return Ok((ExitStatus::Error, Summary::default()));
    };
    if let (Some(changes), Some(rev)) = (&changes, &args.changed_since) {
        jobs = match changed_jobs(jobs, changes, rev) {
            Ok(jobs) => jobs,
            Err(e) => return error(e),
        };
    }
    if fixes != Fixes::Report && jobs.iter().any(|job| matches!(job, Job::Archive(..))) {
        return error("--fix and --format patch change files; an archive's records cannot be fixed in place");
    }
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
        summary_line: args.summary,
        rules: &rules,
        baseline: baseline.is_some(),
    };
    let Some(printer) = printer(mode, format, &options, &rules) else {
        return error(match mode {
            Mode::Coverage => "`rules coverage` prints human or json",
            Mode::Baseline { .. } => "`baseline` writes its file and prints one line: --format does not apply",
            _ => "`claims` prints human, json or jsonl",
        });
    };
    let stdout = std::io::stdout();
    let mut run = Run {
        engine: &engine,
        fixes,
        baseline,
        changes,
        fields: args.archive.fields(),
        printer,
        out: BufWriter::new(stdout.lock()),
        summary: Summary {
            audit: args.summary.then(Audit::default),
            ..Summary::default()
        },
        input_error: false,
        bad_record: false,
        progress: Arc::new(Progress::default()),
        bar: Bar::new(args.progress, total_bytes(&jobs), streams(format, args.quiet)),
        checked: 0,
    };
    let started = Instant::now();
    run.printer.start(&mut run.out)?;
    // Files are checked on every core a batch at a time, and an archive a batch of records at
    // a time, each reported in input order: output is deterministic and memory does not grow
    // with the number of files or records.
    let mut files = Vec::new();
    for job in jobs {
        match job {
            Job::Archive(input, format) => {
                run.files(std::mem::take(&mut files))?;
                run.archive(&input, format)?;
            }
            job => {
                files.push(job);
                if files.len() == BATCH {
                    run.files(std::mem::take(&mut files))?;
                }
            }
        }
    }
    run.files(files)?;
    run.bar.finish();
    let throughput = Throughput {
        bytes: run.progress.record_bytes.load(Ordering::Relaxed),
        elapsed: started.elapsed(),
    };
    // The rate differs on every run: only human output shows it; machine output leaves it to
    // stderr, so its bytes are the same on every run.
    if args.summary && format == Format::Human {
        run.summary.throughput = Some(throughput);
    } else if args.summary {
        note(throughput.line());
    }
    let Run {
        mut printer,
        mut out,
        mut summary,
        input_error,
        bad_record,
        baseline,
        ..
    } = run;
    if let Some(baseline) = &baseline {
        summary.resolved = baseline.resolved();
    }
    printer.finish(&mut out, &summary)?;
    out.flush()?;
    if let (Mode::Baseline { prune }, Some(baseline)) = (mode, &baseline)
        && let Err(e) = write_baseline(baseline, prune)
    {
        return error(&e);
    }
    // Bad records fail the run unless `--skip-bad` says they are expected.
    let input_error = input_error || (bad_record && !args.archive.skip_bad);
    let status = match mode {
        // The ledger reports, and a baseline accepts: only bad input fails them.
        Mode::Ledger | Mode::Coverage | Mode::Baseline { .. } if !input_error => ExitStatus::Clean,
        _ => engine.policy.exit_status(&summary, input_error),
    };
    Ok((status, summary))
}

/// A run in progress: where reports go and what has been counted.
struct Run<'a> {
    engine: &'a Engine<'a>,
    fixes: Fixes,
    baseline: Option<Baseline>,
    changes: Option<Changes>,
    fields: Fields,
    printer: Box<dyn Printer + 'a>,
    out: BufWriter<std::io::StdoutLock<'static>>,
    summary: Summary,
    /// An input could not be checked.
    input_error: bool,
    /// A record of an archive was bad.
    bad_record: bool,
    /// Bytes consumed, for the bar and the rate.
    progress: Arc<Progress>,
    bar: Bar,
    /// Articles (files and records) checked so far, for the bar.
    checked: usize,
}

impl Run<'_> {
    /// Checks a batch of files on every core, then reports them in order.
    fn files(&mut self, batch: Vec<Job>) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let (engine, fixes, filters) = (self.engine, self.fixes, self.filters());
        let done: Vec<std::result::Result<Checked, ArticleError>> = batch
            .par_iter()
            .map(|job| check_one(engine, job, fixes, filters))
            .collect();
        for result in done {
            match result {
                Ok(checked) => {
                    let bytes = checked.article.text.len() as u64;
                    self.progress.consumed.fetch_add(bytes, Ordering::Relaxed);
                    self.progress.record_bytes.fetch_add(bytes, Ordering::Relaxed);
                    self.report(checked)?;
                }
                Err(e) => self.failed(e)?,
            }
        }
        self.flush()
    }

    /// Checks an archive a batch of records at a time (each batch on every core), reporting
    /// each record in the archive's order.
    fn archive(&mut self, input: &Input, format: ArchiveFormat) -> Result<()> {
        let need_date = self.engine.read.date.is_none();
        let mut archive = match Archive::open(input, format, &self.fields, need_date, Arc::clone(&self.progress)) {
            Ok(archive) => archive,
            Err(e) => return self.failed(e),
        };
        loop {
            let units = match archive.next_batch() {
                Batch::Units(units) => units,
                Batch::Broken(e) => return self.failed(e),
                Batch::End => return Ok(()),
            };
            let (engine, fields, name, filters) = (self.engine, &self.fields, archive.name(), self.filters());
            let done: Vec<std::result::Result<Checked, ArticleError>> = units
                .into_par_iter()
                .map(|unit| {
                    let (article, mut outcome) = engine.check_record(name, unit.into_record(name, fields)?, fields)?;
                    let (held, unchanged) = filters.apply(&article, &mut outcome);
                    Ok(Checked {
                        article,
                        outcome,
                        fix: FileFix::default(),
                        held,
                        unchanged,
                    })
                })
                .collect();
            for result in done {
                match result {
                    Ok(checked) => self.report(checked)?,
                    Err(e) => self.bad(e)?,
                }
            }
            self.flush()?;
        }
    }

    fn filters(&self) -> Filters<'_> {
        Filters {
            baseline: self.baseline.as_ref(),
            changes: self.changes.as_ref(),
        }
    }

    /// Reports one checked article (a file or a record).
    fn report(&mut self, checked: Checked) -> Result<()> {
        let Checked {
            article,
            outcome,
            fix,
            held,
            unchanged,
        } = checked;
        if let (Some(baseline), Some(held)) = (&mut self.baseline, held) {
            self.summary.baselined += baseline.record(held);
        }
        self.summary.unchanged += unchanged;
        self.bar.suspend(|| {
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
        });
        self.summary.add_article(&article, &outcome);
        if self.fixes == Fixes::Apply {
            self.summary.fixed += fix.applied;
            self.summary.not_applied += fix.not_applied.len();
        }
        self.checked += 1;
        self.printer.article(&mut self.out, &article, &outcome)
    }

    /// An input that could not be checked at all (or an archive that broke off).
    fn failed(&mut self, e: ArticleError) -> Result<()> {
        self.bar.suspend(|| fail(&e));
        self.summary.failed += 1;
        self.input_error = true;
        self.printer.error(&mut self.out, &e)
    }

    /// A record that is not an article: one line naming the archive's line, and skipped.
    fn bad(&mut self, e: ArticleError) -> Result<()> {
        self.bar.suspend(|| fail(&e));
        self.summary.bad_records += 1;
        self.bad_record = true;
        self.printer.error(&mut self.out, &e)
    }

    /// Shows what is done: on stdout (a reader that has gone stops the run early) and on
    /// the bar.
    fn flush(&mut self) -> Result<()> {
        self.bar
            .update(self.progress.consumed.load(Ordering::Relaxed), self.checked);
        self.out.flush()
    }
}

/// Whether the format prints as the run goes (rather than one document, or a line, at the end).
fn streams(format: Format, quiet: bool) -> bool {
    match format {
        Format::Human => !quiet,
        Format::Jsonl | Format::Github | Format::Patch => true,
        Format::Json | Format::Sarif | Format::Checkstyle => false,
    }
}

/// The bytes the inputs hold, for the bar's ETA: `None` when one is standard input.
fn total_bytes(jobs: &[Job]) -> Option<u64> {
    jobs.iter()
        .map(|job| match job {
            Job::Check(Input::Stdin) | Job::Archive(Input::Stdin, _) => None,
            Job::Check(Input::File { path, .. }) | Job::Archive(Input::File { path, .. }, _) => {
                Some(std::fs::metadata(path).map(|m| m.len()).unwrap_or(0))
            }
            Job::Failed(_) => Some(0),
        })
        .sum()
}

/// Checks one input and, as `fixes` says, fixes it or works out which fixes overlap. Only
/// what the filters leave is fixed: a finding the baseline accepts is left as written.
fn check_one(engine: &Engine, job: &Job, fixes: Fixes, filters: Filters) -> std::result::Result<Checked, ArticleError> {
    let input = match job {
        Job::Check(input) => input,
        Job::Failed(e) => return Err(e.clone()),
        Job::Archive(..) => unreachable!("archives are checked a batch of records at a time"),
    };
    let (article, mut outcome) = engine.check_text(input.name(), input.read()?)?;
    let (mut held, mut unchanged) = filters.apply(&article, &mut outcome);
    let (article, mut outcome, fix) = match (fixes, input) {
        (Fixes::Report, _) => (article, outcome, FileFix::default()),
        (Fixes::Preview, _) | (Fixes::Apply, Input::Stdin) => {
            let fix = FileFix::of(&article, &fix::plan(&article, &outcome));
            (article, outcome, fix)
        }
        (Fixes::Apply, Input::File { path, .. }) => fix::fix_in_place(engine, path, article, outcome)?,
    };
    if fix.applied > 0 && fixes == Fixes::Apply {
        // Fixed and checked again: the new outcome holds the accepted findings again.
        (held, unchanged) = filters.apply(&article, &mut outcome);
    }
    Ok(Checked {
        article,
        outcome,
        fix,
        held,
        unchanged,
    })
}

/// With `--changed-since`: only the files that changed since `rev` (standard input has no
/// history), with a note counting the others.
fn changed_jobs(mut jobs: Vec<Job>, changes: &Changes, rev: &str) -> std::result::Result<Vec<Job>, &'static str> {
    let stdin = |job: &Job| matches!(job, Job::Check(Input::Stdin) | Job::Archive(Input::Stdin, _));
    if jobs.iter().any(stdin) {
        return Err("--changed-since checks files in a git repository; standard input has no history");
    }
    let before = jobs.len();
    jobs.retain(|job| job.path().is_none_or(|path| changes.of(path).is_some()));
    if before > jobs.len() {
        let left_out = plural(before - jobs.len(), "file", "files");
        note(format!("{left_out} not changed since {rev}, not checked"));
    }
    Ok(jobs)
}

/// `baseline`: the baseline the run leaves, written, and a note saying where.
fn write_baseline(baseline: &Baseline, prune: bool) -> std::result::Result<(), String> {
    let entries = baseline.updated(prune);
    let count = entries.len();
    let path = baseline.path().display();
    baseline
        .write(entries)
        .map_err(|e| format!("{path}: cannot write the baseline: {e}"))?;
    note(format!(
        "wrote {} to {path}",
        plural(count, "accepted finding", "accepted findings")
    ));
    Ok(())
}

/// The baseline a run reads (`check`) or writes (`baseline`): `--baseline`, else the
/// configuration's, unless `--no-baseline`.
fn baseline_for(
    args: &CheckArgs,
    config: Option<&Config>,
    mode: Mode,
) -> std::result::Result<Option<Baseline>, BaselineError> {
    let configured = config.and_then(|c| c.baseline.clone());
    let path = if args.no_baseline {
        None
    } else {
        args.baseline.clone().or(configured)
    };
    match mode {
        Mode::Baseline { prune } => {
            let path = path.unwrap_or_else(|| PathBuf::from(baseline::DEFAULT_FILE));
            if prune {
                return Baseline::load(&path).map(Some);
            }
            let mut baseline = Baseline::load_or_new(&path)?;
            baseline.keep_findings();
            Ok(Some(baseline))
        }
        Mode::Findings => path.map(|path| Baseline::load(&path)).transpose(),
        Mode::Ledger | Mode::Coverage => Ok(None),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
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
        // What was accepted and what is new, as one line.
        (Mode::Baseline { .. }, Format::Human) => Some(report::printer(Format::Human, options)),
        (Mode::Baseline { .. }, _) => None,
    }
}

/// What the run does with each input, in input order: check it, read it as an archive of
/// records, or report why it cannot be.
enum Job {
    Check(Input),
    Archive(Input, ArchiveFormat),
    Failed(ArticleError),
}

impl Job {
    /// The file to read, when there is one.
    fn path(&self) -> Option<&Path> {
        match self {
            Job::Check(Input::File { path, .. }) | Job::Archive(Input::File { path, .. }, _) => Some(path),
            _ => None,
        }
    }
}

/// The inputs to check, in order: each PATH as given, a directory's files sorted by path.
/// Directory problems become `Job::Failed` in their place, so they are reported in order and
/// in machine formats too. `None` when the arguments cannot be used at all (already reported).
fn inputs(args: &CheckArgs, config_excludes: Vec<String>, archives: Vec<String>) -> Option<Vec<Job>> {
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
    let walker = match Walker::new(args.walk.options(config_excludes, args.archive.input_format, archives)) {
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
            // `--input-format` makes every named file (and `-`) an archive; else the name does.
            let input = Input::from_arg(arg);
            let format = args
                .archive
                .input_format
                .or_else(|| ArchiveFormat::of(path).filter(|_| arg != "-"));
            jobs.push(match format {
                Some(format) => Job::Archive(input, format),
                None => Job::Check(input),
            });
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
            Found::File {
                path,
                kind: FileKind::Archive(format),
            } => jobs.push(Job::Archive(Input::file(shown(path)), format)),
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
