//! `claimcheck audit`: `check --summary` whose human output is the tables alone (not every
//! finding), and the one-page report (`--html`) or its chart (`--svg`) written to a file.

use super::args::{AuditArgs, Format};
use super::check::{self, Mode};
use super::{Result, fail};
use claimcheck::exit::ExitStatus;
use claimcheck::report::audit_html;

pub fn run(args: AuditArgs) -> Result<ExitStatus> {
    let AuditArgs { mut check, html, svg } = args;
    check.summary = true;
    // In a terminal the audit is its tables; every finding is in the HTML page or in
    // `--format jsonl`.
    check.quiet = check.format == Format::Human;
    let title = match check.paths.as_slice() {
        [one] => format!("claimcheck audit: {}", one.to_string_lossy()),
        _ => "claimcheck audit".to_string(),
    };
    let (status, summary) = check::run_with(check, Mode::Findings)?;
    let Some(audit) = &summary.audit else {
        // The run stopped before checking anything; it has said why.
        return Ok(status);
    };
    let page = || audit_html::page(&title, &summary, audit);
    let chart = || audit_html::chart(audit);
    let pages: [(_, &dyn Fn() -> String); 2] = [(html, &page), (svg, &chart)];
    for (path, text) in pages {
        let Some(path) = path else { continue };
        if let Err(e) = std::fs::write(&path, text()) {
            fail(format!("{}: cannot write: {e}", path.display()));
            return Ok(ExitStatus::Error);
        }
    }
    Ok(status)
}
