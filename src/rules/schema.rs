//! The YAML rule-pack format (see README "Rule packs"), read with a position-aware parser
//! (serde-saphyr): ids, terms, lints and examples keep the line and column they stand at, for
//! errors and for the `fact:` line of a finding. Unknown fields are errors, so a typo in a
//! pack fails loudly instead of silently disabling a fact. This module is also compiled into
//! build.rs, which reads the shipped packs once at build time.

use super::date::FactDate;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    pub pack: String,
    #[serde(default)]
    pub description: Option<String>,
    /// Where the facts come from, with licences: required reading for anyone trusting a finding.
    #[serde(default)]
    pub source: Option<String>,
    /// The last day the pack's sources describe: a term without an end is known to run until
    /// then, and after it no one knows (a term may say otherwise, for its own source).
    #[serde(default, rename = "known-until")]
    pub known_until: Option<FactDate>,
    #[serde(default)]
    pub offices: Keyed<Office>,
    #[serde(default)]
    pub people: Keyed<Person>,
    #[serde(default)]
    pub lints: Vec<Lint>,
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    #[serde(default)]
    pub examples: Vec<Spanned<Example>>,
}

/// A map of ids to entries in the order written, each id with its place (a map type would
/// lose both). Repeated ids are kept: the loader reports them.
#[derive(Debug)]
pub struct Keyed<T>(pub Vec<(Spanned<String>, T)>);

impl<T> Default for Keyed<T> {
    fn default() -> Keyed<T> {
        Keyed(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Keyed<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keyed<T>, D::Error> {
        struct Visitor<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<T> {
            type Value = Keyed<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of ids to entries")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Keyed<T>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Keyed(entries))
            }
            // `people:` with nothing after it.
            fn visit_unit<E: serde::de::Error>(self) -> Result<Keyed<T>, E> {
                Ok(Keyed(Vec::new()))
            }
        }
        d.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// Bounds that keep a hostile pack (aliases of aliases) from exhausting memory, scaled to the
/// pack's own size so that a pack of a million people still loads: expanded aliases may at
/// most double what is written.
fn options(len: usize) -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = budget.max_events.max(len);
    budget.max_nodes = budget.max_nodes.max(len / 2);
    budget.max_total_scalar_bytes = 2 * len + (1 << 20);
    budget.max_recorded_anchor_bytes = len + (1 << 20);
    budget.max_documents = 1;
    serde_saphyr::options! {
        budget: Some(budget),
        with_snippet: false,
    }
}

/// Parses YAML data of any shape into `T`, within the budget, or the first error with its
/// 1-based line and column.
pub fn parse_yaml<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, (Option<(usize, usize)>, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_saphyr::from_str_with_options(text, options(text.len())).map_err(|e| {
        let place = e
            .location()
            .filter(|l| l.line() > 0)
            .map(|l| (l.line() as usize, l.column().max(1) as usize));
        (place, error_message(&e))
    })
}

/// Parses a pack's YAML, or the first error with its 1-based line and column.
pub fn parse(text: &str) -> Result<PackFile, (Option<(usize, usize)>, String)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let blank = text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'));
    if blank {
        return Err((None, "missing field `pack`: the file holds no pack".to_string()));
    }
    parse_yaml(text)
}

/// The parser's error as one line, without the location it is reported with.
fn error_message(e: &serde_saphyr::Error) -> String {
    use serde_saphyr::MessageFormatter;
    let text = serde_saphyr::UserMessageFormatter.format_message(e);
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// A quantity news copy states in numbers ("killed at least three people"): the words that
/// name it, and the nouns that may stand between the number and the word.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    pub id: String,
    /// "killed", "dead", "deaths", "death toll", …
    pub words: Vec<String>,
    /// "people", "civilians", … ("three people were killed")
    #[serde(default)]
    pub nouns: Vec<String>,
}

/// A date-bounded style rule: replace a word with another in copy dated within the bounds.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lint {
    pub id: Spanned<String>,
    #[serde(default)]
    pub severity: Level,
    /// First day the rule applies (inclusive).
    #[serde(default)]
    pub after: Option<FactDate>,
    /// Day the rule stops applying (exclusive).
    #[serde(default)]
    pub before: Option<FactDate>,
    /// Written form → preferred form, matched as whole words, case-sensitive.
    pub replace: BTreeMap<String, String>,
    /// Phrases inside which the written form is right ("Chicken Kiev").
    #[serde(default)]
    pub except: Vec<String>,
    pub message: String,
}

#[derive(Debug, Default, Deserialize, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    #[default]
    Warning,
    Note,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub title: String,
    /// Titles as they stand before a name: "President", "US President", … (none: the office
    /// is known to the facts, but no title in copy names it).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The word for the holder's government: "the <Surname> administration".
    #[serde(default)]
    pub government: Option<String>,
    /// `one` (default): at most one holder at a time, checked by validation.
    #[serde(default)]
    pub holders: Holders,
    /// The country whose office it is (ISO 3166-1 alpha-2), where the office is a country's.
    #[serde(default)]
    pub country: Option<String>,
    /// Every holder from `from` to `to` is in the packs: a name that is not the holder on a
    /// day in it is someone else (`not-the-holder`, `wrong-office`). Validation checks that
    /// the terms cover the period without a gap.
    #[serde(default)]
    pub complete: Option<Complete>,
    /// Holders who leave the office alive keep its title for life, as retired justices keep
    /// "Justice": the bare title after their term is a courtesy, not a stale title.
    #[serde(default, rename = "keeps-title")]
    pub keeps_title: bool,
}

/// The period over which an office's holders are all known (both days included).
#[derive(Debug, Clone, Copy, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Complete {
    pub from: FactDate,
    pub to: FactDate,
}

#[derive(Debug, Default, Deserialize, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Holders {
    #[default]
    One,
    Many,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub born: Option<FactDate>,
    #[serde(default)]
    pub died: Option<FactDate>,
    #[serde(default)]
    pub terms: Vec<Spanned<Term>>,
    /// Offices held at dates the sources do not give (historical namesakes): such a person
    /// keeps a claim from being contradicted, since it may be about them.
    #[serde(default)]
    pub held: Vec<String>,
    /// The person's Wikidata item (`Q…`), where known: the key to sources that name people
    /// differently.
    #[serde(default)]
    pub wikidata: Option<String>,
    /// What the person is known as besides their offices ("journalist", "businessman").
    #[serde(default)]
    pub occupation: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub office: String,
    pub from: FactDate,
    /// Absent: still in office.
    #[serde(default)]
    pub to: Option<FactDate>,
    /// The election that won the term: from then until `from` the holder is "-elect".
    #[serde(default)]
    pub elected: Option<FactDate>,
    /// Held as an acting official. A pack that marks any acting term says its other terms are
    /// not acting ones.
    #[serde(default)]
    pub acting: bool,
    /// Where the fact comes from: a source and its row, or a curated file and line with the
    /// citation it gives. Findings resting on the term show it.
    #[serde(default)]
    pub source: Option<String>,
    /// The last day the term's source describes (else the pack's `known-until`): a term
    /// without `to` is known to run until then, not after.
    #[serde(default, rename = "known-until")]
    pub known_until: Option<FactDate>,
}

/// A pack's own test: `claimcheck` must report exactly `expect` on `text` dated `date`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub date: FactDate,
    pub text: String,
    pub expect: Vec<String>,
    /// The verdicts of the text's claims, in text order (`supported`, `contradicted`,
    /// `unverifiable`): what `expect: []` alone cannot tell apart, a claim the facts support
    /// from no claim read at all.
    #[serde(default)]
    pub verdicts: Option<Vec<String>>,
}
