//! `claimcheck check` and `claimcheck claims`: inputs in, one printer out.

use super::args::{CheckArgs, Color, Format};
use super::rules::load_rules;
use super::{Result, fail, walk::walk};
use claimcheck::article::{Article, ArticleError, DateSource};
use claimcheck::checks::Outcome;
use claimcheck::engine::Engine;
use claimcheck::exit::ExitStatus;
use claimcheck::report::ledger::{LedgerHuman, LedgerJson, LedgerJsonl};
use claimcheck::report::{self, PrintOptions, Printer, Summary};
use claimcheck::rules::RuleSet;
use rayon::prelude::*;
use std::io::{BufWriter, Write};
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

pub fn run(args: CheckArgs, mode: Mode) -> Result<ExitStatus> {
    let Ok(rules) = load_rules(&args.rules) else {
        return Ok(ExitStatus::Error);
    };
    let mut engine = Engine::new(&rules);
    engine.read.date = args.date.map(|d| (d, DateSource::Flag));
    engine.read.date_from = args.date_from.into();
    engine.policy.fail_on = args.fail_on.into();
    let Some((inputs, mut input_error)) = inputs(&args.paths) else {
        return Ok(ExitStatus::Error);
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        // NO_COLOR, CLICOLOR, CLICOLOR_FORCE, TERM=dumb and whether stdout is a terminal, as
        // the CLI ecosystem reads them.
        Color::Auto => anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never,
    };
    let options = PrintOptions {
        color,
        quiet: false,
        summary_line: false,
        rules: &rules,
    };
    let mut printer = printer(mode, args.format, &options, &rules);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    printer.start(&mut out)?;
    // Files are checked on every core, a batch at a time, and reported in input order: output
    // is deterministic and memory does not grow with the number of files.
    for batch in inputs.chunks(BATCH) {
        let done: Vec<std::result::Result<(Article, Outcome), ArticleError>> =
            batch.par_iter().map(|input| engine.check_path(input)).collect();
        for result in done {
            match result {
                Ok((article, outcome)) => {
                    for notice in &article.notices {
                        let (line, col) = article.line_col(notice.offset);
                        eprintln!(
                            "claimcheck: warning: {}:{line}:{col}: {}",
                            article.origin, notice.message
                        );
                    }
                    summary.add(&outcome);
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

fn printer<'a>(mode: Mode, format: Format, options: &PrintOptions<'a>, rules: &'a RuleSet) -> Box<dyn Printer + 'a> {
    match (mode, format) {
        (Mode::Findings, format) => report::printer(format.into(), options),
        (Mode::Ledger, Format::Human) => Box::new(LedgerHuman::new(rules, options.color)),
        (Mode::Ledger, Format::Json) => Box::new(LedgerJson::new(rules)),
        (Mode::Ledger, Format::Jsonl) => Box::new(LedgerJsonl::new(rules)),
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
            match walk(p, &["txt", "md", "markdown", "html", "htm"]) {
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
