//! `claimcheck baseline`: today's findings written as the baseline of accepted ones, which
//! `check --baseline` (or the configuration's `baseline:`) then leaves out; `--prune` drops
//! only the entries that match nothing any more.

use super::args::{BaselineArgs, Format};
use super::check::{self, Mode};
use super::{Result, fail};
use claimcheck::exit::ExitStatus;

pub fn run(args: BaselineArgs) -> Result<ExitStatus> {
    let BaselineArgs {
        mut check,
        output,
        prune,
    } = args;
    if check.baseline.is_some() || check.no_baseline {
        fail("`baseline` writes the baseline: name it with --output");
        return Ok(ExitStatus::Error);
    }
    if check.format != Format::Human || check.summary {
        fail("`baseline` writes its file and prints one line: --format and --summary do not apply");
        return Ok(ExitStatus::Error);
    }
    check.baseline = output;
    // The findings are in the file; the terminal gets what was accepted, new and resolved.
    check.quiet = true;
    check::run(check, Mode::Baseline { prune })
}
