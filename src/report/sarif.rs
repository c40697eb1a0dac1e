//! `--format sarif`: one SARIF 2.1.0 log, as GitHub code scanning and other SARIF viewers read
//! it. The rule table (every built-in id and the loaded packs' lints) is written first, each
//! result as soon as its file is checked; only input errors wait for the end, where they become
//! the invocation's notifications. Regions count columns in UTF-16 code units
//! (`columnKind: utf16CodeUnits`) and carry the byte offset and length too; fixes replace bytes.

use super::json::indented;
use super::{Out, Printer, Summary, fixed_claim};
use crate::article::{Article, ArticleError, RecordRef};
use crate::checks::id::BUILTIN;
use crate::checks::{CheckId, Finding, Outcome, Severity};
use crate::rules::RuleSet;
use crate::rules::schema::Level;
use serde::Serialize;
use std::collections::HashMap;
use std::io;

const SCHEMA: &str = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub struct Sarif {
    tool: Tool,
    /// Where each rule id is in the table, for results' `ruleIndex`.
    rule_index: HashMap<String, usize>,
    written: usize,
    errors: Vec<ArticleError>,
    /// A baseline left out the accepted findings: every result is then `baselineState: new`.
    against_baseline: bool,
}

impl Sarif {
    pub fn new(rules: &RuleSet, against_baseline: bool) -> Sarif {
        let table = rule_table(rules);
        let rule_index = table.iter().enumerate().map(|(i, r)| (r.id.clone(), i)).collect();
        let repository = env!("CARGO_PKG_REPOSITORY");
        Sarif {
            tool: Tool {
                driver: Driver {
                    name: "claimcheck",
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    information_uri: (!repository.is_empty()).then_some(repository),
                    rules: table,
                },
            },
            rule_index,
            written: 0,
            errors: Vec::new(),
            against_baseline,
        }
    }
}

impl Printer for Sarif {
    fn start(&mut self, out: Out) -> io::Result<()> {
        write!(
            out,
            "{{\n  \"$schema\": \"{SCHEMA}\",\n  \"version\": \"2.1.0\",\n  \"runs\": [\n    {{\n      \"tool\": {},\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [",
            indented(&self.tool, "      ").trim_start()
        )
    }

    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        for f in outcome.findings() {
            let mut result = SarifResult::new(article, f, self.rule_index.get(f.check.as_str()).copied());
            result.baseline_state = self.against_baseline.then_some("new");
            let sep = if self.written == 0 { "\n" } else { ",\n" };
            out.write_all(sep.as_bytes())?;
            out.write_all(indented(&result, "        ").as_bytes())?;
            self.written += 1;
        }
        Ok(())
    }

    fn error(&mut self, _out: Out, error: &ArticleError) -> io::Result<()> {
        self.errors.push(error.clone());
        Ok(())
    }

    fn finish(&mut self, out: Out, _summary: &Summary) -> io::Result<()> {
        let close = if self.written == 0 { "]" } else { "\n      ]" };
        let invocation = Invocation {
            execution_successful: self.errors.is_empty(),
            tool_execution_notifications: self.errors.iter().map(Notification::new).collect(),
        };
        writeln!(
            out,
            "{close},\n      \"invocations\": {}\n    }}\n  ]\n}}",
            indented(&[invocation], "      ").trim_start()
        )
    }
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_uri: Option<&'static str>,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

fn text(s: impl Into<String>) -> Text {
    Text { text: s.into() }
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// Every built-in id, then each lint of the loaded packs (the first pack to define an id wins,
/// as a result can point at one rule only).
fn rule_table(rules: &RuleSet) -> Vec<Rule> {
    let mut table: Vec<Rule> = BUILTIN.iter().map(builtin_rule).collect();
    for lint in &rules.lints {
        let id = CheckId::lint(&lint.id);
        if table.iter().any(|r| r.id == id.as_str()) {
            continue;
        }
        let pack = &rules.packs[lint.pack];
        let severity = match lint.level {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
            Level::Note => Severity::Note,
        };
        let explanation = id.explanation();
        let full = format!(
            "{} This lint comes from the pack `{}` ({}).",
            explanation.description, pack.name, pack.path
        );
        let silence = id.how_to_silence();
        table.push(Rule {
            id: id.to_string(),
            short_description: text(lint.message.clone()),
            help: Help {
                text: format!("{}\n\nTo silence it: {silence}.", lint.message),
                markdown: format!("{}\n\n**To silence it:** {silence}.", lint.message),
            },
            full_description: text(full),
            default_configuration: Configuration { level: level(severity) },
        });
    }
    table
}

fn builtin_rule(id: &CheckId) -> Rule {
    let e = id.explanation();
    let (sentence, date, fixed) = e.example;
    let silence = id.how_to_silence();
    let (fixed_text, fixed_markdown) = match fixed {
        Some(fixed) => (
            format!("It should read: {fixed}"),
            format!("It should read:\n\n> {fixed}"),
        ),
        None => (
            "There is no sure fix: the finding says what is wrong.".to_string(),
            "There is no sure fix: the finding says what is wrong.".to_string(),
        ),
    };
    Rule {
        id: id.to_string(),
        short_description: text(e.summary),
        full_description: text(e.description),
        help: Help {
            text: format!(
                "{}\n\nExample, in copy dated {date}: {sentence}\n{fixed_text}\n\nTo silence it: {silence}.",
                e.description
            ),
            markdown: format!(
                "{}\n\n**Example**, in copy dated {date}:\n\n> {}\n\n{fixed_markdown}\n\n**To silence it:** {silence}.",
                e.description,
                sentence.replace('\n', "\n> ")
            ),
        },
        default_configuration: Configuration {
            level: level(e.severity),
        },
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    fixes: Vec<Fix>,
    /// GitHub code scanning follows a finding across runs by it.
    partial_fingerprints: std::collections::BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline_state: Option<&'static str>,
    properties: ResultProperties<'a>,
}

/// What the human report shows besides the message.
#[derive(Serialize)]
struct ResultProperties<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    fact: Option<&'a str>,
    quoted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
    /// In an archive's record: which record, and the place within it (`text:3:25`).
    #[serde(skip_serializing_if = "Option::is_none")]
    record: Option<&'a RecordRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
    /// A record of an archive, by its id (or line): the thing the finding is about.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    logical_locations: Vec<LogicalLocation>,
}

#[derive(Serialize)]
struct LogicalLocation {
    name: String,
    kind: &'static str,
}

/// The archive's line of a record as a region, and the record as a logical location.
fn record_location(origin: &str, record: &RecordRef) -> Location {
    Location {
        physical_location: PhysicalLocation {
            artifact_location: artifact(origin),
            region: Some(Region {
                start_line: record.line,
                ..Region::default()
            }),
        },
        logical_locations: vec![LogicalLocation {
            name: record.id.clone().unwrap_or_else(|| format!("line {}", record.line)),
            kind: "object",
        }],
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
struct ArtifactLocation {
    uri: String,
}

#[derive(Serialize, Default)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_column: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_offset: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byte_length: Option<usize>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Fix {
    description: Text,
    artifact_changes: [ArtifactChange; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactChange {
    artifact_location: ArtifactLocation,
    replacements: [Replacement; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Replacement {
    deleted_region: ByteRegion,
    /// Absent for a deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    inserted_content: Option<Text>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ByteRegion {
    byte_offset: usize,
    byte_length: usize,
}

impl<'a> SarifResult<'a> {
    fn new(article: &'a Article, f: &'a Finding, rule_index: Option<usize>) -> SarifResult<'a> {
        let start = article.position(f.span.start);
        let end = article.position(f.span.end);
        let region = Region {
            start_line: start.line,
            start_column: Some(start.utf16_column),
            end_line: Some(end.line),
            end_column: Some(end.utf16_column),
            byte_offset: Some(f.span.start),
            byte_length: Some(f.span.len()),
        };
        let fixes = f
            .fix
            .iter()
            .map(|edit| Fix {
                description: text(match fixed_claim(article, f) {
                    Some(fixed) => format!("Make it read: {fixed}"),
                    None => "Apply the fix".to_string(),
                }),
                artifact_changes: [ArtifactChange {
                    artifact_location: artifact(&article.origin),
                    replacements: [Replacement {
                        deleted_region: ByteRegion {
                            byte_offset: edit.start,
                            byte_length: edit.end - edit.start,
                        },
                        inserted_content: (!edit.text.is_empty()).then(|| text(edit.text.clone())),
                    }],
                }],
            })
            .collect();
        let record = article.record.as_ref().map(|r| &r.at);
        // A record's places are within its text, not the archive's bytes: the region is the
        // record's line, and no fix can be made in the archive.
        let (location, fixes) = match record {
            Some(record) => (record_location(&article.origin, record), Vec::new()),
            None => (
                Location {
                    physical_location: PhysicalLocation {
                        artifact_location: artifact(&article.origin),
                        region: Some(region),
                    },
                    logical_locations: Vec::new(),
                },
                fixes,
            ),
        };
        SarifResult {
            rule_id: f.check.as_str(),
            rule_index,
            level: level(f.severity),
            message: text(f.message.clone()),
            locations: [location],
            fixes,
            partial_fingerprints: [(super::fingerprint::VERSION, super::fingerprint::of(article, f))].into(),
            baseline_state: None,
            properties: ResultProperties {
                fact: f.fact.as_deref(),
                quoted: f.quoted,
                speaker: f.speaker.as_deref(),
                record,
                place: record.map(|_| {
                    let p = article.position(f.span.start);
                    format!(
                        "{}:{}:{}",
                        article.field_at(f.span.start).unwrap_or("text"),
                        p.line,
                        p.column
                    )
                }),
            },
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tool_execution_notifications: Vec<Notification>,
}

#[derive(Serialize)]
struct Notification {
    level: &'static str,
    message: Text,
    locations: [Location; 1],
}

impl Notification {
    fn new(e: &ArticleError) -> Notification {
        let location = match &e.record {
            Some(record) => record_location(&e.origin, record),
            None => Location {
                physical_location: PhysicalLocation {
                    artifact_location: artifact(&e.origin),
                    region: e.location.map(|(line, column)| Region {
                        start_line: line,
                        // SARIF columns start at 1; a parser's 0 means it did not say.
                        start_column: (column > 0).then_some(column),
                        ..Region::default()
                    }),
                },
                logical_locations: Vec::new(),
            },
        };
        Notification {
            level: "error",
            message: text(e.message.clone()),
            locations: [location],
        }
    }
}

fn artifact(path: &str) -> ArtifactLocation {
    ArtifactLocation { uri: file_uri(path) }
}

/// A path as SARIF's `artifactLocation.uri`: a relative reference, resolved by viewers against
/// the repository root (an absolute path becomes a `file://` URI). Every byte that may not stand
/// in a URI path is percent-encoded, and `:` too, which in a first segment would read as a
/// scheme ("C:", "news:").
fn file_uri(path: &str) -> String {
    let mut path = path;
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    let mut uri = String::with_capacity(path.len() + 8);
    if path.starts_with('/') {
        uri.push_str("file://");
    }
    for &b in path.as_bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=@/".contains(&b);
        if keep {
            uri.push(b as char);
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_percent_encoded() {
        assert_eq!(file_uri("news/a.md"), "news/a.md");
        assert_eq!(file_uri("./news/a.md"), "news/a.md");
        assert_eq!(file_uri("two words #1 100%.txt"), "two%20words%20%231%20100%25.txt");
        assert_eq!(file_uri("naïve.txt"), "na%C3%AFve.txt");
        assert_eq!(file_uri("c:notes.txt"), "c%3Anotes.txt");
        assert_eq!(file_uri("/tmp/a b.txt"), "file:///tmp/a%20b.txt");
        assert_eq!(file_uri("<stdin>"), "%3Cstdin%3E");
    }
}
