//! The text of `claimcheck explain ID`: what a finding id means, an example of it and its
//! fix, and how to silence it — from `CheckId::explanation` for the built-in ids, and from
//! the loaded packs for their lints. The CLI prints it; the language server shows it on hover.

use crate::article::{Article, DateSource};
use crate::checks::{CheckId, Severity, check_article};
use crate::rules::schema::Level;
use crate::rules::{Lint, RuleSet};
use std::fmt::Write as _;

/// Text is wrapped to this many characters.
const WIDTH: usize = 92;

/// The explanation of `id`, or `None` when no built-in check or loaded lint has it.
pub fn explain(id: &str, rules: &RuleSet) -> Option<String> {
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

pub fn severity(level: Level) -> Severity {
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
