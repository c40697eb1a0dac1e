//! Hover over a claim: its entry in the claims ledger (what `claimcheck claims` prints) —
//! the verdict, whom it is about, the fact that decided it with its pack and line, or why
//! nothing could — and, for a finding there, what its id means.

use super::documents::Checked;
use crate::checks::{Finding, Judged, Verdict};
use crate::report::ledger;
use crate::rules::RuleSet;
use std::fmt::Write as _;
use std::ops::Range;

/// The Markdown shown at byte `offset`: the ledger entry of each claim there and what each
/// finding there means, with the span they cover; `None` where there is neither.
pub fn at(checked: &Checked, offset: usize, rules: &RuleSet) -> Option<(String, Range<usize>)> {
    let covers = |span: &Range<usize>| span.start <= offset && offset <= span.end;
    let claims = checked.outcome.claims.iter().filter(|j| covers(&j.claim.span));
    let findings = checked.outcome.findings.iter().filter(|f| covers(&f.span));
    let mut spans = Vec::new();
    let mut parts = Vec::new();
    for judged in claims {
        spans.push(judged.claim.span.clone());
        parts.push(entry(checked, judged, rules));
    }
    for f in findings {
        spans.push(f.span.clone());
        parts.push(meaning(f));
    }
    let span = spans
        .into_iter()
        .reduce(|a, b| a.start.min(b.start)..a.end.max(b.end))?;
    Some((parts.join("\n---\n\n"), span))
}

fn entry(checked: &Checked, judged: &Judged, rules: &RuleSet) -> String {
    let e = ledger::entry(&checked.article, judged, rules);
    let verdict = match e.verdict {
        Verdict::Supported => "supported",
        Verdict::Contradicted => "**contradicted**",
        Verdict::Unverifiable => "unverifiable",
    };
    let mut out = format!("claimcheck · {} claim, {verdict}: “{}”\n\n", e.kind, e.text);
    let _ = writeln!(out, "- about: {}", e.about);
    if let Some(fact) = e.fact {
        let _ = writeln!(out, "- fact: `{fact}`");
    }
    if let Some(why) = e.reason {
        let _ = writeln!(out, "- why: {why}");
    }
    match (e.speaker, e.quoted) {
        (Some(who), _) => {
            let _ = writeln!(out, "- quoting {who}");
        }
        (None, true) => out.push_str("- quoted\n"),
        (None, false) => {}
    }
    let _ = writeln!(
        out,
        "- judged as of {} ({})",
        checked.article.date,
        ledger::date_source(&checked.article)
    );
    out
}

/// A finding as reported (after the policy), and what its id means.
fn meaning(f: &Finding) -> String {
    let mut out = format!("{}[{}]: {}\n\n", f.severity.as_str(), f.check, f.message);
    if !f.check.is_lint() {
        let e = f.check.explanation();
        let _ = write!(out, "{}: {}\n\n", e.summary, e.description);
    }
    let _ = writeln!(out, "More: `claimcheck explain {}`", f.check);
    out
}
