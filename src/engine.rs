//! The library's entry point for one input: read it as an article, extract and judge its
//! claims, and pass the outcome through the policy. The CLI, batch runs and the language
//! server all check text through an `Engine`, so they cannot disagree.

use crate::article::{self, Article, ArticleError, Fields, ReadOptions, Record};
use crate::checks::{Options, Outcome, check_article_in};
use crate::policy::Policy;
use crate::rules::RuleSet;

pub struct Engine<'a> {
    pub rules: &'a RuleSet,
    pub policy: Policy,
    /// How articles are read: a date that wins over the text's own (`--date`, a record's
    /// field), which front-matter date to use, the format of standard input.
    pub read: ReadOptions,
    /// How the checks read what house style decides (`country:`, `title-at-event:`).
    pub options: Options,
}

impl<'a> Engine<'a> {
    pub fn new(rules: &'a RuleSet) -> Engine<'a> {
        Engine {
            rules,
            policy: Policy::default(),
            read: ReadOptions::default(),
            options: Options::default(),
        }
    }

    /// Checks an article's text; `origin` names it in reports (a path, `<stdin>`).
    pub fn check_text(&self, origin: &str, text: String) -> Result<(Article, Outcome), ArticleError> {
        self.check_known(Article::read(origin, text, &self.read)?)
    }

    /// Checks one record of the archive named `archive`; `fields` say which field is what.
    pub fn check_record(
        &self,
        archive: &str,
        record: Record,
        fields: &Fields,
    ) -> Result<(Article, Outcome), ArticleError> {
        self.check_known(Article::from_record(archive, record, fields, &self.read)?)
    }

    /// Checks an article dated within the range the packs know; outside it nothing could be
    /// judged, which is an error rather than a clean report.
    fn check_known(&self, article: Article) -> Result<(Article, Outcome), ArticleError> {
        let (from, to) = self.rules.known;
        if article.date < from || article.date > to {
            let mut error = ArticleError::new(
                &article.origin,
                format!(
                    "the article's date {} is outside the range the packs know ({from} to {to}): nothing could be judged",
                    article.date
                ),
            );
            error.record = article.record.map(|r| r.at);
            return Err(error);
        }
        let outcome = self.check_article(&article);
        Ok((article, outcome))
    }

    /// Reads a file (or `-` for standard input) and checks it.
    pub fn check_path(&self, path: &str) -> Result<(Article, Outcome), ArticleError> {
        let (origin, text) = article::read_source(path)?;
        self.check_text(&origin, text)
    }

    pub fn check_article(&self, article: &Article) -> Outcome {
        let mut outcome = check_article_in(article, self.rules, &self.options);
        self.policy.apply(article, &mut outcome);
        outcome
    }
}
