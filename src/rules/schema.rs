//! The YAML rule-pack format (see README "Rule packs"). Unknown fields are errors, so a typo
//! in a pack fails loudly instead of silently disabling a fact.

use super::date::FactDate;
use serde::Deserialize;
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
    #[serde(default)]
    pub offices: BTreeMap<String, Office>,
    #[serde(default)]
    pub people: BTreeMap<String, Person>,
    #[serde(default)]
    pub lints: Vec<Lint>,
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    #[serde(default)]
    pub examples: Vec<Example>,
}

/// A quantity news copy states in numbers ("killed at least three people"): the words that
/// name it, and the nouns that may stand between the number and the word.
#[derive(Debug, Deserialize)]
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
    pub id: String,
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

#[derive(Debug, Default, Deserialize, Clone, Copy, PartialEq, Eq)]
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
}

#[derive(Debug, Default, Deserialize, Clone, Copy, PartialEq, Eq)]
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
    pub terms: Vec<Term>,
    /// Offices held at dates the sources do not give (historical namesakes): such a person
    /// keeps a claim from being contradicted, since it may be about them.
    #[serde(default)]
    pub held: Vec<String>,
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
}

/// A pack's own test: `claimcheck` must report exactly `expect` on `text` dated `date`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub date: FactDate,
    pub text: String,
    pub expect: Vec<String>,
}
