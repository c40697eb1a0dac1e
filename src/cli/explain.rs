//! `claimcheck explain ID` and `explain --list`: what a finding id means, an example of it,
//! and how to silence it. The text itself is `claimcheck::report::explain`'s.

use super::args::ExplainArgs;
use super::{Result, config, fail};
use claimcheck::checks::id::BUILTIN;
use claimcheck::checks::{CheckId, Severity};
use claimcheck::config::did_you_mean;
use claimcheck::exit::ExitStatus;
use claimcheck::report::explain::{explain, severity};
use claimcheck::rules::RuleSet;
use std::fmt::Write as _;
use std::io::Write;

pub fn run(args: ExplainArgs) -> Result<ExitStatus> {
    // The project's packs are explained too: the configuration of the current directory
    // names them, as it would for `claimcheck check .`.
    let Ok(config) = config::load(&args.config, std::path::Path::new(".")) else {
        return Ok(ExitStatus::Error);
    };
    let Ok(rules) = config::rules_with(config.as_ref(), &args.rules) else {
        return Ok(ExitStatus::Error);
    };
    let text = if args.list {
        list(&rules)
    } else {
        let id = args.id.as_deref().unwrap_or_default();
        match explain(id, &rules) {
            Some(text) => text,
            None => {
                let known = known_ids(&rules);
                fail(format_args!(
                    "no finding id `{id}`{} (`claimcheck explain --list` lists every id)",
                    did_you_mean(id, known.iter().map(String::as_str))
                ));
                return Ok(ExitStatus::Error);
            }
        }
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(ExitStatus::Clean)
}

/// Every id there is: the built-in ones, then the loaded packs' lints.
fn known_ids(rules: &RuleSet) -> Vec<String> {
    BUILTIN
        .iter()
        .map(ToString::to_string)
        .chain(rules.lints.iter().map(|l| CheckId::lint(&l.id).to_string()))
        .collect()
}

/// One line an id: id, default severity, summary.
fn list(rules: &RuleSet) -> String {
    let mut rows: Vec<(String, Severity, String)> = BUILTIN
        .iter()
        .map(|id| {
            let e = id.explanation();
            (e.id.to_string(), e.severity, e.summary.to_string())
        })
        .collect();
    for lint in &rules.lints {
        let pack = &rules.packs[lint.pack].name;
        rows.push((
            CheckId::lint(&lint.id).to_string(),
            severity(lint.level),
            format!("{} ({pack})", lint.message),
        ));
    }
    let width = rows.iter().map(|(id, ..)| id.len()).max().unwrap_or(0);
    let mut out = String::new();
    for (id, severity, summary) in rows {
        let _ = writeln!(out, "{id:<width$}  {:<7}  {summary}", severity.as_str());
    }
    out
}
