//! `claimcheck claims`: every claim with its place, kind, whom or what it resolved to, its
//! verdict and the fact that decided it.

use super::{Out, Printer, Summary};
use crate::article::Article;
use crate::checks::{Judged, Outcome, Verdict};
use crate::claims::ClaimKind;
use crate::rules::RuleSet;
use serde::Serialize;
use std::fmt::Write as _;
use std::io;

#[derive(Serialize)]
pub struct Entry<'a> {
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub text: &'a str,
    /// Who or what the claim is about: person ids, a date, a lint.
    pub about: String,
    pub verdict: Verdict,
    pub fact: Option<&'a str>,
    pub quoted: bool,
    pub speaker: Option<&'a str>,
}

fn people(ids: &[usize], rules: &RuleSet) -> String {
    if ids.is_empty() {
        return "nobody in the packs".to_string();
    }
    let names: Vec<&str> = ids.iter().map(|&p| rules.people[p].id.as_str()).collect();
    names.join(" | ")
}

pub fn entry<'a>(article: &'a Article, judged: &'a Judged, rules: &RuleSet) -> Entry<'a> {
    let c = &judged.claim;
    let (kind, about) = match &c.kind {
        ClaimKind::Title(t) => ("title", people(&t.people, rules)),
        ClaimKind::Government(g) => (
            "government",
            format!("{} ({:?} tense)", people(&g.people, rules), g.tense),
        ),
        ClaimKind::Age(a) => ("age", format!("{} aged {}", people(&a.people, rules), a.age)),
        ClaimKind::Weekday(w) => (
            "weekday",
            match w.year {
                Some(y) => format!("{y:04}-{:02}-{:02}", w.month, w.day),
                None => format!("{:02}-{:02}, year from the article's date", w.month, w.day),
            },
        ),
        ClaimKind::Lint(l) => ("lint", format!("lint {}", rules.lints[l.lint].id)),
        ClaimKind::Relative(r, _) => (
            "relative-date",
            crate::checks::resolve_relative(r, article.date)
                .format("%Y-%m-%d (%A)")
                .to_string(),
        ),
        ClaimKind::Quantity(q) => (
            "quantity",
            format!("{}: {}", rules.quantities[q.quantity].id, q.amount_text),
        ),
        ClaimKind::Spelling(s) => ("spelling", format!("{} as {:?}", people(&s.people, rules), s.form)),
        ClaimKind::Life(l) => (if l.late { "late" } else { "living" }, people(&l.people, rules)),
    };
    let (line, column) = article.line_col(c.span.start);
    Entry {
        file: &article.origin,
        line,
        column,
        start: c.span.start,
        end: c.span.end,
        kind,
        text: &c.text,
        about,
        verdict: judged.judgement.verdict,
        fact: judged.judgement.fact.as_deref(),
        quoted: c.quoted,
        speaker: c.speaker.as_deref(),
    }
}

/// `claims` in human form: a line per claim, what it is about, the deciding fact.
pub struct LedgerHuman<'r> {
    rules: &'r RuleSet,
}

impl<'r> LedgerHuman<'r> {
    pub fn new(rules: &'r RuleSet) -> LedgerHuman<'r> {
        LedgerHuman { rules }
    }
}

impl Printer for LedgerHuman<'_> {
    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        out.write_all(render_human(article, outcome, self.rules).as_bytes())
    }

    fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()> {
        out.write_all(super::human::render_summary(summary).as_bytes())
    }
}

/// `claims --format json`: one array of every claim.
pub struct LedgerJson<'r> {
    rules: &'r RuleSet,
    written: usize,
}

impl<'r> LedgerJson<'r> {
    pub fn new(rules: &'r RuleSet) -> LedgerJson<'r> {
        LedgerJson { rules, written: 0 }
    }
}

impl Printer for LedgerJson<'_> {
    fn start(&mut self, out: Out) -> io::Result<()> {
        out.write_all(b"[")
    }

    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        for j in &outcome.claims {
            let pretty = serde_json::to_string_pretty(&entry(article, j, self.rules)).expect("claims serialise");
            out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
            for (i, line) in pretty.lines().enumerate() {
                if i > 0 {
                    out.write_all(b"\n")?;
                }
                write!(out, "  {line}")?;
            }
            self.written += 1;
        }
        Ok(())
    }

    fn finish(&mut self, out: Out, _summary: &Summary) -> io::Result<()> {
        out.write_all(if self.written == 0 { b"]\n" } else { b"\n]\n" })
    }
}

pub fn render_human(article: &Article, outcome: &Outcome, rules: &RuleSet) -> String {
    let mut out = String::new();
    for j in &outcome.claims {
        let e = entry(article, j, rules);
        let verdict = match e.verdict {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "CONTRADICTED",
            Verdict::Unverifiable => "unverifiable",
        };
        let quoted = match (e.speaker, e.quoted) {
            (Some(who), _) => format!(" (quoting {who})"),
            (None, true) => " (quoted)".to_string(),
            (None, false) => String::new(),
        };
        let _ = writeln!(
            out,
            "{}:{}:{} {} {verdict}{quoted}: {:?}",
            e.file, e.line, e.column, e.kind, e.text
        );
        let _ = writeln!(out, "    about: {}", e.about);
        if let Some(fact) = e.fact {
            let _ = writeln!(out, "    fact: {fact}");
        }
    }
    out
}
