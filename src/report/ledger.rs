//! `claimcheck claims`: every claim with its place, kind, whom or what it resolved to, its
//! verdict, and the fact that decided it — or why nothing could.

use super::json::Document;
use super::record::{DateUsed, ErrorRecord, Place};
use super::{Out, Printer, Summary};
use crate::article::{Article, ArticleError, DateKind, DateSource};
use crate::checks::{Judged, Outcome, Verdict};
use crate::claims::{ClaimKind, Tense};
use crate::rules::RuleSet;
use anstyle::{AnsiColor, Style};
use serde::Serialize;
use std::fmt::Write as _;
use std::io;

#[derive(Serialize)]
pub struct Entry<'a> {
    #[serde(rename = "type")]
    pub kind_of_record: &'static str,
    #[serde(flatten)]
    pub place: Place<'a>,
    pub kind: &'static str,
    pub text: &'a str,
    /// Who or what the claim is about, by name: "Donald Trump", "2025-03-11 (Tuesday)".
    pub about: String,
    pub verdict: Verdict,
    /// The fact that decided it.
    pub fact: Option<&'a str>,
    /// Why nothing decided it.
    pub reason: Option<&'a str>,
    pub quoted: bool,
    pub speaker: Option<&'a str>,
    #[serde(flatten)]
    pub date: DateUsed,
}

/// Names of the people a claim can mean: "George H. W. Bush or George W. Bush".
fn people(ids: &[usize], rules: &RuleSet) -> String {
    if ids.is_empty() {
        return "nobody the packs know".to_string();
    }
    let names: Vec<&str> = ids.iter().map(|&p| rules.people[p].name.as_str()).collect();
    names.join(" or ")
}

fn tense(t: Tense) -> &'static str {
    match t {
        Tense::Present => "present tense",
        Tense::PresentPerfect => "present perfect",
        Tense::Past => "past tense",
        Tense::Future => "future",
        Tense::Modal => "a modal verb",
        Tense::None => "no verb",
    }
}

/// The claim's kind, and whom or what it is about.
fn about(article: &Article, judged: &Judged, rules: &RuleSet) -> (&'static str, String) {
    match &judged.claim.kind {
        ClaimKind::Title(t) => ("title", format!("{} as {}", people(&t.people, rules), t.title)),
        ClaimKind::Government(g) => (
            "government",
            format!("{} ({})", people(&g.people, rules), tense(g.tense)),
        ),
        ClaimKind::Age(a) => ("age", format!("{} aged {}", people(&a.people, rules), a.age)),
        ClaimKind::Weekday(w) => (
            "weekday",
            match w.year {
                Some(y) => format!("{y:04}-{:02}-{:02}", w.month, w.day),
                None => format!("{:02}-{:02}, the year nearest the article's date", w.month, w.day),
            },
        ),
        ClaimKind::Lint(l) => ("lint", format!("lint/{}", rules.lints[l.lint].id)),
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
        ClaimKind::Spelling(s) => ("spelling", format!("{} spelled “{}”", people(&s.people, rules), s.form)),
        ClaimKind::Life(l) => (if l.late { "late" } else { "living" }, people(&l.people, rules)),
        ClaimKind::Death(d) => (
            "death",
            match d.when.map(|w| crate::checks::death_days(w, article.date)) {
                Some((first, last)) if first == last => format!("{} died {first}", people(&d.people, rules)),
                Some((first, last)) => format!("{} died {first} to {last}", people(&d.people, rules)),
                None => format!("{} died", people(&d.people, rules)),
            },
        ),
        ClaimKind::Dated(d) if d.first == d.last => ("date", d.first.to_string()),
        ClaimKind::Dated(d) => ("date", format!("{} to {}", d.first, d.last)),
    }
}

pub fn entry<'a>(article: &'a Article, judged: &'a Judged, rules: &RuleSet) -> Entry<'a> {
    let c = &judged.claim;
    let (kind, about) = about(article, judged, rules);
    Entry {
        kind_of_record: "claim",
        place: Place::new(article, &c.span),
        kind,
        text: &c.text,
        about,
        verdict: judged.judgement.verdict,
        fact: judged.judgement.fact.as_deref(),
        reason: judged.judgement.reason.as_deref(),
        quoted: c.quoted,
        speaker: c.speaker.as_deref(),
        date: DateUsed::of(article),
    }
}

/// `claims` in human form: a line per claim, whom it is about, the deciding fact or the
/// reason nothing decided it; a line per article with its date and where it came from.
pub struct LedgerHuman<'r> {
    rules: &'r RuleSet,
    color: bool,
}

impl<'r> LedgerHuman<'r> {
    pub fn new(rules: &'r RuleSet, color: bool) -> LedgerHuman<'r> {
        LedgerHuman { rules, color }
    }
}

impl Printer for LedgerHuman<'_> {
    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        out.write_all(render_human(article, outcome, self.rules, self.color).as_bytes())
    }

    fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()> {
        out.write_all(super::human::render_summary(summary).as_bytes())
    }
}

pub fn date_source(article: &Article) -> &'static str {
    match (article.date_source, article.date_kind) {
        (DateSource::Flag, _) => "--date",
        (DateSource::Header, _) => "the date header",
        (DateSource::FrontMatter, DateKind::Updated) => "front matter, the update date",
        (DateSource::FrontMatter, DateKind::Published) => "front matter",
        (DateSource::HtmlMeta, DateKind::Updated) => "the page's meta tags, the update date",
        (DateSource::HtmlMeta, DateKind::Published) => "the page's meta tags",
        (DateSource::JsonLd, DateKind::Updated) => "the page's JSON-LD, the update date",
        (DateSource::JsonLd, DateKind::Published) => "the page's JSON-LD",
        (DateSource::HtmlTime, _) => "the page's first <time>",
        (DateSource::FileName, _) => "the file name",
        (DateSource::Record, _) => "the record",
        (DateSource::Today, _) => "today's date: the text gives none",
    }
}

pub fn render_human(article: &Article, outcome: &Outcome, rules: &RuleSet, color: bool) -> String {
    let paint = |style: Style, s: &str| {
        if color {
            format!("{}{s}{}", style.render(), style.render_reset())
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}: dated {} (from {})",
        article.name(),
        article.date,
        date_source(article)
    );
    for j in &outcome.claims {
        let e = entry(article, j, rules);
        let verdict = match e.verdict {
            Verdict::Supported => paint(AnsiColor::Green.on_default(), "supported"),
            Verdict::Contradicted => paint(AnsiColor::Red.on_default().bold(), "CONTRADICTED"),
            Verdict::Unverifiable => paint(AnsiColor::Yellow.on_default(), "unverifiable"),
        };
        let quoted = match (e.speaker, e.quoted) {
            (Some(who), _) => format!(" (quoting {who})"),
            (None, true) => " (quoted)".to_string(),
            (None, false) => String::new(),
        };
        let _ = writeln!(
            out,
            "{} {} {verdict}{quoted}: “{}”",
            article.place(j.claim.span.start),
            e.kind,
            e.text
        );
        let _ = writeln!(out, "    about: {}", e.about);
        if let Some(fact) = e.fact {
            let _ = writeln!(out, "    fact: {fact}");
        }
        if let Some(why) = e.reason {
            let _ = writeln!(out, "    why: {why}");
        }
    }
    out
}

/// `claims --format json`: one document, `{"claims": […], "errors": […], "summary": {…}}`,
/// the shape of `check`'s.
pub struct LedgerJson<'r> {
    rules: &'r RuleSet,
    document: Document,
}

impl<'r> LedgerJson<'r> {
    pub fn new(rules: &'r RuleSet) -> LedgerJson<'r> {
        LedgerJson {
            rules,
            document: Document::new("claims"),
        }
    }
}

impl Printer for LedgerJson<'_> {
    fn start(&mut self, out: Out) -> io::Result<()> {
        self.document.start(out)
    }

    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        outcome
            .claims
            .iter()
            .try_for_each(|j| self.document.item(out, &entry(article, j, self.rules)))
    }

    fn error(&mut self, _out: Out, error: &ArticleError) -> io::Result<()> {
        self.document.error(error);
        Ok(())
    }

    fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()> {
        self.document.finish(out, summary)
    }
}

/// `claims --format jsonl`: a claim (or an input error) a line.
pub struct LedgerJsonl<'r> {
    rules: &'r RuleSet,
}

impl<'r> LedgerJsonl<'r> {
    pub fn new(rules: &'r RuleSet) -> LedgerJsonl<'r> {
        LedgerJsonl { rules }
    }
}

impl Printer for LedgerJsonl<'_> {
    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        outcome
            .claims
            .iter()
            .try_for_each(|j| super::jsonl::line(out, &entry(article, j, self.rules)))
    }

    fn error(&mut self, out: Out, error: &ArticleError) -> io::Result<()> {
        super::jsonl::line(out, &ErrorRecord::new(error))
    }

    fn finish(&mut self, _out: Out, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}
