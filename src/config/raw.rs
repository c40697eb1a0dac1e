//! The file as YAML gives it, with the place of every value, and its checking into a
//! [`Config`]. Shapes and spellings (unknown keys, `fail-on: sometimes`) are the parser's
//! errors; meanings (unknown ids, bad globs, missing packs) are checked here.

use super::{Config, ConfigError, Diacritics, Located, Place, TitleAtEvent, did_you_mean};
use crate::article::DateKind;
use crate::checks::id::BUILTIN;
use crate::checks::{CheckId, Severity};
use crate::policy::{FailOn, QuotedSeverity};
use serde::Deserialize;
use serde_saphyr::{Error, MessageFormatter, Spanned};
use std::path::Path;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Raw {
    #[serde(default, deserialize_with = "or_empty")]
    rules: Vec<Spanned<String>>,
    #[serde(default, deserialize_with = "or_empty")]
    severity: Pairs,
    #[serde(default, deserialize_with = "or_empty")]
    disable: Vec<Spanned<String>>,
    #[serde(default, deserialize_with = "or_empty")]
    enable: Vec<Spanned<String>>,
    fail_on: Option<FailOn>,
    #[serde(default, deserialize_with = "or_empty")]
    exclude: Vec<Spanned<String>>,
    date_from: Option<DateKind>,
    quoted: Option<RawQuoted>,
    #[serde(default, deserialize_with = "or_empty")]
    archives: Vec<Spanned<String>>,
    baseline: Option<Spanned<String>>,
    country: Option<Spanned<String>>,
    title_at_event: Option<RawTitleAtEvent>,
    diacritics: Option<RawDiacritics>,
}

/// A list or map key given no value (`disable:` with every item commented out) is empty.
fn or_empty<'de, D: serde::Deserializer<'de>, T: Deserialize<'de> + Default>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum RawQuoted {
    Lower,
    Same,
    Error,
    Warning,
    Note,
    Off,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum RawTitleAtEvent {
    Allow,
    Note,
    Warn,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum RawDiacritics {
    Keep,
    Fold,
}

/// `severity:`'s entries in file order, each key with its place (a map type would lose the
/// order and the keys' places). Repeated keys are the parser's error.
#[derive(Default)]
struct Pairs(Vec<(Spanned<String>, Spanned<Severity>)>);

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Pairs, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Pairs;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map of finding id to error, warning or note")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Pairs, A::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        d.deserialize_map(Visitor)
    }
}

/// Bounds that no real configuration comes near, so that aliases nested in aliases (or merge
/// keys in merge keys) fail within milliseconds and a few KiB instead of expanding.
const MAX_NODES: usize = 10_000;
const MAX_REPLAYED_EVENTS: usize = 10_000;

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_events: 4 * MAX_NODES,
            max_nodes: MAX_NODES,
            max_aliases: 1_000,
            max_anchors: 1_000,
            max_merge_keys: 100,
            max_depth: 16,
            max_documents: 1,
            max_recorded_anchor_events: MAX_REPLAYED_EVENTS,
            max_recorded_anchor_bytes: 1 << 20,
            max_total_scalar_bytes: 1 << 20,
        },
        alias_limits: serde_saphyr::alias_limits! {
            max_total_replayed_events: MAX_REPLAYED_EVENTS,
            max_replay_stack_depth: 16,
            max_alias_expansions_per_anchor: 1_000,
        },
        with_snippet: false,
    }
}

/// Parses the YAML into its raw shape, or the first error with its place.
pub fn parse(text: &str) -> Result<Raw, (Option<Place>, String)> {
    // A byte-order mark is not YAML; editors on Windows write one.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    serde_saphyr::from_str_with_options(text, options()).map_err(|e| {
        let place = e.location().and_then(place_of_location);
        (place, message(&e))
    })
}

/// The parser's error as one line, budget breaches in words.
fn message(e: &Error) -> String {
    let mut inner = e;
    while let Error::AliasError { error, .. } | Error::WithSnippet { error, .. } = inner {
        inner = error;
    }
    match inner {
        Error::Budget { .. }
        | Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. } => format!(
            "aliases or merge keys expand past {MAX_NODES} values, far beyond any configuration (an alias bomb?)"
        ),
        // The parser's words for shapes, in the words of the file.
        Error::Unexpected { expected, .. } => match *expected {
            "mapping start" => "expected a map: `key: value` lines, or `{key: value}`".to_string(),
            "sequence start" => "expected a list: `[a, b]`, or `- a` lines".to_string(),
            "string scalar" => "expected a single value, not a list or a map".to_string(),
            other => format!("expected {other}"),
        },
        Error::NullIntoString { .. } => "expected a value, found none".to_string(),
        Error::ExternallyTaggedEnumExpectedScalarOrMapping { .. } | Error::UnexpectedValueForUnitEnumVariant { .. } => {
            "expected a single word, not a list or a map".to_string()
        }
        Error::DuplicateMappingKey { key: Some(key), .. } => format!("`{key}` is given twice"),
        other => {
            let text = serde_saphyr::UserMessageFormatter.format_message(other);
            // One line, whatever the input held.
            let text: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
            reword_serde(&text).unwrap_or(text)
        }
    }
}

/// serde's "unknown field"/"unknown variant" in the words of a configuration file, with a
/// suggestion for a near miss (`fail_on` for `fail-on`).
fn reword_serde(text: &str) -> Option<String> {
    let (kind, rest) = text.split_once(" `")?;
    let (word, rest) = rest.split_once("`, expected one of ")?;
    let choices: Vec<&str> = rest.split(", ").map(|c| c.trim_matches('`')).collect();
    let suggestion = did_you_mean(word, choices.iter().copied());
    let choices = choices.join(", ");
    match kind {
        "unknown field" => Some(format!("unknown key `{word}`{suggestion} (the keys are {choices})")),
        "unknown variant" => Some(format!("`{word}` is not one of {choices}")),
        _ => None,
    }
}

fn place_of_location(l: serde_saphyr::Location) -> Option<Place> {
    (l.line() > 0).then(|| Place {
        line: l.line() as usize,
        col: l.column().max(1) as usize,
    })
}

fn place_of<T>(s: &Spanned<T>) -> Option<Place> {
    place_of_location(s.referenced)
}

/// Collects errors while the raw values are checked.
struct Errors<'a> {
    path: &'a str,
    found: Vec<ConfigError>,
}

impl Errors<'_> {
    fn at(&mut self, place: Option<Place>, message: String) {
        self.found.push(ConfigError {
            path: self.path.to_string(),
            place,
            message,
        });
    }

    /// A finding id as the file writes it; lint ids are checked once the packs are loaded.
    fn id(&mut self, key: &str, written: &Spanned<String>) -> Option<Located<CheckId>> {
        let place = place_of(written);
        match CheckId::parse(&written.value) {
            Some(id) => Some(Located { value: id, place }),
            None => {
                let builtin = BUILTIN.iter().map(CheckId::as_str);
                self.at(
                    place,
                    format!(
                        "{key}: no finding id `{}`{}",
                        written.value,
                        did_you_mean(&written.value, builtin)
                    ),
                );
                None
            }
        }
    }

    fn ids(&mut self, key: &str, written: &[Spanned<String>]) -> Vec<Located<CheckId>> {
        written.iter().filter_map(|w| self.id(key, w)).collect()
    }

    /// Globs as the `ignore` walker reads them: checked now, so a typo is not a silent no-op.
    fn globs(&mut self, key: &str, written: Vec<Spanned<String>>) -> Vec<String> {
        let mut globs = Vec::new();
        for g in written {
            match globset::Glob::new(&g.value) {
                Ok(_) if !g.value.trim().is_empty() => globs.push(g.value),
                Ok(_) => self.at(place_of(&g), format!("{key}: an empty glob matches nothing")),
                Err(e) => self.at(
                    place_of(&g),
                    format!("{key}: `{}` is not a glob: {}", g.value, e.kind()),
                ),
            }
        }
        globs
    }
}

impl Raw {
    pub fn into_config(self, path: &str, dir: &Path) -> Result<Config, Vec<ConfigError>> {
        let mut errors = Errors {
            path,
            found: Vec::new(),
        };
        let mut rules = Vec::new();
        for r in &self.rules {
            let resolved = dir.join(&r.value);
            if r.value.trim().is_empty() {
                errors.at(place_of(r), "rules: an empty path names no pack".to_string());
            } else if !resolved.exists() {
                errors.at(
                    place_of(r),
                    format!(
                        "rules: `{}`: no such file or directory (relative to this file)",
                        r.value
                    ),
                );
            } else {
                rules.push(resolved);
            }
        }
        let severity = self
            .severity
            .0
            .iter()
            .filter_map(|(id, level)| Some((errors.id("severity", id)?, level.value)))
            .collect();
        let disable = errors.ids("disable", &self.disable);
        let enable = errors.ids("enable", &self.enable);
        for on in &enable {
            if disable.iter().any(|off| off.value == on.value) {
                errors.at(on.place, format!("enable: `{}` is also disabled", on.value));
            }
        }
        let exclude = errors.globs("exclude", self.exclude);
        let archives = errors.globs("archives", self.archives);
        let baseline = self.baseline.and_then(|b| {
            if b.value.trim().is_empty() {
                errors.at(place_of(&b), "baseline: an empty path names no file".to_string());
                return None;
            }
            // It need not exist yet: `claimcheck baseline` writes it there.
            Some(dir.join(&b.value))
        });
        let country = self.country.and_then(|c| {
            let code = c.value.trim();
            if code.len() == 2 && code.chars().all(|ch| ch.is_ascii_alphabetic()) {
                Some(code.to_ascii_uppercase())
            } else {
                errors.at(
                    place_of(&c),
                    format!(
                        "country: `{}` is not a two-letter ISO 3166-1 code (US, GB, UA…)",
                        c.value
                    ),
                );
                None
            }
        });
        if !errors.found.is_empty() {
            errors.found.sort_by_key(|e| e.place);
            return Err(errors.found);
        }
        Ok(Config {
            path: path.to_string(),
            dir: dir.to_path_buf(),
            rules,
            severity,
            disable,
            enable,
            fail_on: self.fail_on,
            exclude,
            date_from: self.date_from,
            quoted: self.quoted.map(|q| match q {
                RawQuoted::Lower => QuotedSeverity::Lower,
                RawQuoted::Same => QuotedSeverity::Same,
                RawQuoted::Error => QuotedSeverity::Fixed(Severity::Error),
                RawQuoted::Warning => QuotedSeverity::Fixed(Severity::Warning),
                RawQuoted::Note => QuotedSeverity::Fixed(Severity::Note),
                RawQuoted::Off => QuotedSeverity::Off,
            }),
            archives,
            baseline,
            country,
            title_at_event: self.title_at_event.map(|t| match t {
                RawTitleAtEvent::Allow => TitleAtEvent::Allow,
                RawTitleAtEvent::Note => TitleAtEvent::Note,
                RawTitleAtEvent::Warn => TitleAtEvent::Warn,
            }),
            diacritics: self.diacritics.map(|d| match d {
                RawDiacritics::Keep => Diacritics::Keep,
                RawDiacritics::Fold => Diacritics::Fold,
            }),
        })
    }
}
