//! `claimcheck explain ID` and `explain --list`: what a finding id means, an example of it,
//! and how to silence it — from `CheckId::explanation` for the built-in ids, and from the
//! loaded packs for their lints.

use super::args::ExplainArgs;
use super::{Result, config, fail};
use claimcheck::article::{Article, DateSource};
use claimcheck::checks::id::BUILTIN;
use claimcheck::checks::{CheckId, Severity, check_article};
use claimcheck::config::did_you_mean;
use claimcheck::exit::ExitStatus;
use claimcheck::rules::schema::Level;
use claimcheck::rules::{Lint, RuleSet};
use std::fmt::Write as _;
use std::io::Write;

/// Text is wrapped to this many characters.
const WIDTH: usize = 92;

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

/// The explanation of `id`, or `None` when no built-in check or loaded lint has it.
fn explain(id: &str, rules: &RuleSet) -> Option<String> {
    let check = CheckId::parse(id)?;
    if !check.is_lint() {
        return Some(explain_builtin(&check));
    }
    let lint = rules.lints.iter().find(|l| CheckId::lint(&l.id) == check)?;
    Some(explain_lint(&check, lint, rules))
}

fn explain_builtin(id: &CheckId) -> String {
    let e = id.explanation();
    let mut out = heading(id, e.severity, e.summary);
    paragraph(&mut out, e.description);
    let (text, date, fixed) = e.example;
    example(&mut out, text, date, fixed.map(str::to_string));
    silencing(&mut out, id);
    out
}

fn explain_lint(id: &CheckId, lint: &Lint, rules: &RuleSet) -> String {
    let pack = &rules.packs[lint.pack];
    let mut out = heading(id, severity(lint.level), &lint.message);
    let place = match lint.pos {
        Some(pos) => format!("{}:{}", pack.path, pos.line),
        None => pack.path.clone(),
    };
    let mut about = format!("A style rule of the pack `{}` ({place}).", pack.name);
    match (lint.after, lint.before) {
        (Some(a), Some(b)) => write!(about, " It applies from {a} until {b}."),
        (Some(a), None) => write!(about, " It applies from {a}."),
        (None, Some(b)) => write!(about, " It applies until {b}."),
        (None, None) => Ok(()),
    }
    .expect("writing to a String");
    if !lint.except.is_empty() {
        let _ = write!(about, " Not inside: {}.", lint.except.join(", "));
    }
    paragraph(&mut out, &about);
    // What every lint does, from the one explanation lints share.
    paragraph(&mut out, id.explanation().description);
    let own = pack
        .examples
        .iter()
        .find(|ex| ex.expect.iter().any(|e| *id == e.as_str()));
    match own {
        Some(ex) => {
            let date = ex.date.to_string();
            example(
                &mut out,
                &ex.text,
                &date,
                fixed_example(id, &ex.text, ex.date.earliest(), rules),
            );
        }
        None => out.push_str("The pack gives no example of it.\n\n"),
    }
    silencing(&mut out, id);
    out
}

/// The example as the lint's own fix leaves it, found by checking it.
fn fixed_example(id: &CheckId, text: &str, date: chrono::NaiveDate, rules: &RuleSet) -> Option<String> {
    let article = Article::parse("example", text.to_string(), Some((date, DateSource::Flag))).ok()?;
    let outcome = check_article(&article, rules);
    let finding = outcome.findings().find(|f| f.check == *id)?;
    Some(finding.fix.as_ref()?.apply(&article.text))
}

fn severity(level: Level) -> Severity {
    match level {
        Level::Error => Severity::Error,
        Level::Warning => Severity::Warning,
        Level::Note => Severity::Note,
    }
}

fn heading(id: &CheckId, severity: Severity, summary: &str) -> String {
    format!("{id} ({} by default)\n{summary}\n\n", severity.as_str())
}

fn example(out: &mut String, text: &str, date: &str, fixed: Option<String>) {
    let _ = writeln!(out, "Example, in an article dated {date}:\n  {text}");
    match fixed {
        Some(fixed) => {
            let _ = writeln!(out, "should read:\n  {fixed}\n");
        }
        None => out.push_str("has no sure fix: the writer decides how it should read.\n\n"),
    }
}

/// The suppression comment forms (see `policy::suppress`) and the configuration keys.
fn silencing(out: &mut String, id: &CheckId) {
    let _ = write!(
        out,
        "To silence it:\n\
         \x20 one finding, in Markdown or HTML, on the line before it:\n\
         \x20   <!-- claimcheck-disable-next-line {id} -->\n\
         \x20 a passage, in Markdown or HTML:\n\
         \x20   <!-- claimcheck-disable {id} --> … <!-- claimcheck-enable {id} -->\n\
         \x20 one finding, in plain text, on a line of its own before it:\n\
         \x20   claimcheck: ignore {id}\n\
         \x20 everywhere, in .claimcheck.yaml:\n\
         \x20   disable: [{id}]\n\
         \x20 or report it at another severity, in .claimcheck.yaml:\n\
         \x20   severity: {{{id}: note}}\n"
    );
}

/// `text` wrapped to `WIDTH`, then a blank line.
fn paragraph(out: &mut String, text: &str) {
    let mut line_len = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if line_len > 0 && line_len + 1 + len > WIDTH {
            out.push('\n');
            line_len = 0;
        } else if line_len > 0 {
            out.push(' ');
            line_len += 1;
        }
        out.push_str(word);
        line_len += len;
    }
    out.push_str("\n\n");
}
