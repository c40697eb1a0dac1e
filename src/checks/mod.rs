//! Checks: each judges one kind of claim against the facts and the publication date, giving a
//! verdict and, when the claim is contradicted, a finding with an optional fix.

mod age;
mod consistency;
mod dated;
mod death;
mod government;
pub mod id;
mod life;
mod lint;
mod office;
mod setting;
mod title;
mod weekday;

use crate::article::Article;
use crate::claims::{self, Claim};
pub use crate::edit::Edit;
use crate::rules::RuleSet;
use chrono::NaiveDate;
pub use id::CheckId;
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Supported,
    Contradicted,
    Unverifiable,
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Verdict::Supported => "supported",
            Verdict::Contradicted => "contradicted",
            Verdict::Unverifiable => "unverifiable",
        })
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub check: CheckId,
    pub severity: Severity,
    /// The claim's phrase in source bytes.
    pub span: Range<usize>,
    /// The phrase as read: whitespace-normalised, without markup.
    pub text: String,
    /// The sentence it stands in.
    pub sentence: Range<usize>,
    pub message: String,
    pub fix: Option<Edit>,
    /// The fact it rests on: `pack path:line (person, office from – to)`.
    pub fact: Option<String>,
    pub quoted: bool,
    pub speaker: Option<String>,
}

/// What a check says of one claim.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub verdict: Verdict,
    pub fact: Option<String>,
    pub finding: Option<Finding>,
    /// Why an unverifiable claim is so: "no pack knows Jane Doe".
    pub reason: Option<String>,
}

impl Judgement {
    /// Neither supported nor contradicted, and why: the ledger says it.
    fn unverifiable(why: impl Into<String>) -> Judgement {
        Judgement {
            verdict: Verdict::Unverifiable,
            fact: None,
            finding: None,
            reason: Some(why.into()),
        }
    }

    fn supported(fact: String) -> Judgement {
        Judgement {
            verdict: Verdict::Supported,
            fact: Some(fact),
            finding: None,
            reason: None,
        }
    }
}

/// What every check is given besides the claim.
pub struct Context<'a> {
    pub date: NaiveDate,
    /// "the article is dated …" (or "was last updated on …"), for messages.
    pub dated: String,
    pub rules: &'a RuleSet,
    /// The country of a title the text leaves unqualified (the configuration's `country:`).
    pub country: Option<&'a str>,
    pub title_at_event: TitleAtEvent,
    pub diacritics: Diacritics,
}

/// How the checks read what the house style leaves open (`.claimcheck.yaml`).
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `country:`: the country of a bare title ("President X").
    pub country: Option<String>,
    /// `title-at-event:`: a title as it stood at a past event ("When the talks began, Prime
    /// Minister Hale said") is allowed (default), a note, or a warning.
    pub title_at_event: TitleAtEvent,
    /// `diacritics:`: whether a name written without its diacritics is a finding.
    pub diacritics: Diacritics,
}

pub use crate::config::{Diacritics, TitleAtEvent};

/// A finding a check wants to make; `judge` completes it with the claim's place.
struct Contradiction {
    check: CheckId,
    severity: Severity,
    message: String,
    fix: Option<Edit>,
    fact: String,
}

impl Contradiction {
    fn judge(self, claim: &Claim) -> Judgement {
        Judgement {
            verdict: Verdict::Contradicted,
            reason: None,
            fact: Some(self.fact.clone()),
            finding: Some(Finding {
                check: self.check,
                // The writer's severity; the policy stage ranks quoted speech lower.
                severity: self.severity,
                span: claim.span.clone(),
                text: claim.text.clone(),
                sentence: claim.sentence.clone(),
                message: self.message,
                // Nobody may edit what a speaker said: a quoted claim gets no fix.
                fix: if claim.quoted { None } else { self.fix },
                fact: Some(self.fact),
                quoted: claim.quoted,
                speaker: claim.speaker.clone(),
            }),
        }
    }
}

pub trait Check: Sync {
    /// Judges the claim, or `None` when the claim is not of this check's kind.
    fn judge(&self, claim: &Claim, cx: &Context) -> Option<Judgement>;
}

pub use death::days as death_days;
pub use weekday::resolve_relative;

/// Every check, in the order they are consulted.
pub fn all() -> Vec<Box<dyn Check>> {
    vec![
        Box::new(title::TitleCheck),
        Box::new(government::GovernmentCheck),
        Box::new(lint::LintCheck),
        Box::new(age::AgeCheck),
        Box::new(weekday::WeekdayCheck),
        Box::new(weekday::RelativeCheck),
        Box::new(life::LifeCheck),
        Box::new(death::DeathCheck),
        Box::new(dated::DatedCheck),
    ]
}

/// Why a claim no single check judges stays open until the article-wide pass: counts are
/// compared with each other.
fn unjudged_reason(claim: &Claim) -> &'static str {
    match claim.kind {
        claims::ClaimKind::Quantity(_) => "no other count of this quantity in the article disagrees",
        _ => "no check judges this claim",
    }
}

/// Every finding id claimcheck can report, as written: the built-in ones and `lint/<id>`.
pub fn ids() -> Vec<&'static str> {
    id::BUILTIN
        .iter()
        .map(|id| id.explanation().id)
        .chain([id::LINT_PATTERN])
        .collect()
}

/// A claim and what the checks made of it.
#[derive(Debug, Clone)]
pub struct Judged {
    pub claim: Claim,
    pub judgement: Judgement,
}

/// The outcome for one article: the ledger of judged claims, and the findings to report in
/// source order (the policy stage may drop, re-rank or add to them).
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub claims: Vec<Judged>,
    pub findings: Vec<Finding>,
    /// Findings silenced by a suppression comment or turned off by the configuration.
    pub suppressed: usize,
}

impl Outcome {
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter()
    }

    pub fn count(&self, verdict: Verdict) -> usize {
        self.claims.iter().filter(|j| j.judgement.verdict == verdict).count()
    }
}

/// Runs the whole pipeline from an article to its judged claims.
pub fn check_article(article: &Article, rules: &RuleSet) -> Outcome {
    check_article_in(article, rules, &Options::default())
}

/// The same, read with the house style's `options`.
pub fn check_article_in(article: &Article, rules: &RuleSet, options: &Options) -> Outcome {
    let checks = all();
    let cx = Context {
        date: article.date,
        dated: article.dated(),
        rules,
        country: options.country.as_deref(),
        title_at_event: options.title_at_event,
        diacritics: options.diacritics,
    };
    let mut claims: Vec<Judged> = claims::extract(article, rules)
        .into_iter()
        .map(|claim| {
            let judgement = match &claim.kind {
                claims::ClaimKind::Spelling(s) => consistency::spelling_judgement(&cx, &s.people),
                _ => checks
                    .iter()
                    .find_map(|c| c.judge(&claim, &cx))
                    .unwrap_or_else(|| Judgement::unverifiable(unjudged_reason(&claim))),
            };
            Judged { claim, judgement }
        })
        .collect();
    consistency::article_pass(&mut claims, &cx, |offset| article.line_col(offset).0);
    let mut findings: Vec<Finding> = claims.iter_mut().filter_map(|j| j.judgement.finding.take()).collect();
    for fix in findings.iter_mut().filter_map(|f| f.fix.as_mut()) {
        article.tidy_edit(fix);
    }
    findings.sort_by_key(|f| (f.span.start, f.span.end));
    Outcome {
        claims,
        findings,
        suppressed: 0,
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use crate::article::{Article, DateSource, parse_day};
    use crate::rules::RuleSet;
    use std::sync::OnceLock;

    pub fn rules() -> &'static RuleSet {
        static RULES: OnceLock<RuleSet> = OnceLock::new();
        RULES.get_or_init(|| RuleSet::builtin().expect("shipped packs load"))
    }

    /// The finding ids claimcheck reports on `text` dated `date`.
    pub fn ids(date: &str, text: &str) -> Vec<String> {
        findings_with(date, text, &super::Options::default())
            .into_iter()
            .map(|(id, _, _)| id)
            .collect()
    }

    /// The findings (id, severity, fixed text) under a house style's `options`.
    pub fn findings_with(
        date: &str,
        text: &str,
        options: &super::Options,
    ) -> Vec<(String, super::Severity, Option<String>)> {
        let article = Article::parse(
            "t.txt",
            text.to_string(),
            Some((parse_day(date).unwrap(), DateSource::Flag)),
        )
        .unwrap();
        super::check_article_in(&article, rules(), options)
            .findings()
            .map(|f| {
                (
                    f.check.to_string(),
                    f.severity,
                    crate::report::excerpt(&article, f).after,
                )
            })
            .collect()
    }

    /// The fixed text of the only finding.
    pub fn fixed(date: &str, text: &str) -> String {
        let article = Article::parse(
            "t.txt",
            text.to_string(),
            Some((parse_day(date).unwrap(), DateSource::Flag)),
        )
        .unwrap();
        let outcome = super::check_article(&article, rules());
        let f = outcome.findings().next().expect("a finding");
        crate::report::excerpt(&article, f).after.expect("a fix")
    }
}
