//! A pack as the loader uses it: plain data with every place resolved to a line and column.
//! build.rs turns each shipped pack's YAML into this form and embeds it encoded (`encode`:
//! parsing YAML at every start-up would cost many times more); a user's pack is read the same
//! way at run time. This module is compiled into build.rs too.

use super::date::FactDate;
use super::schema::{Holders, Level, PackFile, Quantity};
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;
use std::collections::BTreeMap;

/// The shipped packs' embedded form: postcard, a compact binary serde format with a stable,
/// specified encoding (a well-kept crate; bincode, the other candidate, is no longer
/// maintained). The shipped packs decode in about 2 ms, where the same data as JSON took about
/// 5: a field is its bytes in declaration order, not a name to look up and text to parse. It is
/// not self-describing, so every type here serialises every field (no `skip_serializing_if`,
/// which would drop a field the decoder expects; `default` still reads `.ccpack` JSON written
/// before a field existed), and `FactDate` writes its parts instead of its text.
pub fn encode(data: &PackData) -> Vec<u8> {
    postcard::to_allocvec(data).expect("a pack serialises")
}

/// A pack `encode` wrote.
pub fn decode(bytes: &[u8]) -> Result<PackData, String> {
    postcard::from_bytes(bytes).map_err(|e| e.to_string())
}

/// A 1-based line and column in a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

fn pos_of<T>(s: &Spanned<T>) -> Option<Pos> {
    let l = s.referenced;
    (l.line() > 0).then(|| Pos {
        line: l.line() as usize,
        col: l.column().max(1) as usize,
    })
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PackData {
    pub pack: String,
    pub description: Option<String>,
    pub source: Option<String>,
    /// Sorted by id (repeated ids kept, for the loader to report).
    pub offices: Vec<OfficeData>,
    pub people: Vec<PersonData>,
    pub lints: Vec<LintData>,
    pub quantities: Vec<Quantity>,
    pub examples: Vec<ExampleData>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OfficeData {
    pub id: String,
    pub pos: Option<Pos>,
    pub title: String,
    pub aliases: Vec<String>,
    pub government: Option<String>,
    pub holders: Holders,
    #[serde(default)]
    pub country: Option<String>,
    #[serde(default)]
    pub complete: Option<super::schema::Complete>,
    #[serde(default)]
    pub keeps_title: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PersonData {
    pub id: String,
    pub pos: Option<Pos>,
    pub name: String,
    pub aliases: Vec<String>,
    pub born: Option<FactDate>,
    pub died: Option<FactDate>,
    pub terms: Vec<TermData>,
    pub held: Vec<String>,
    #[serde(default)]
    pub occupation: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TermData {
    pub office: String,
    pub pos: Option<Pos>,
    pub from: FactDate,
    pub to: Option<FactDate>,
    pub elected: Option<FactDate>,
    pub acting: bool,
    #[serde(default)]
    pub source: Option<String>,
    /// The term's own or its pack's `known-until`.
    #[serde(default)]
    pub known_until: Option<FactDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LintData {
    pub id: String,
    pub pos: Option<Pos>,
    pub severity: Level,
    pub after: Option<FactDate>,
    pub before: Option<FactDate>,
    pub replace: BTreeMap<String, String>,
    pub except: Vec<String>,
    pub message: String,
}

/// A pack's own test: `claimcheck` must report exactly `expect` on `text` dated `date`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExampleData {
    pub line: Option<usize>,
    pub date: FactDate,
    pub text: String,
    pub expect: Vec<String>,
    pub verdicts: Option<Vec<String>>,
}

impl From<PackFile> for PackData {
    fn from(file: PackFile) -> PackData {
        // Sorted by id, as a map would give them: later stages number offices and people in
        // this order.
        let mut offices: Vec<OfficeData> = file
            .offices
            .0
            .into_iter()
            .map(|(id, o)| OfficeData {
                pos: pos_of(&id),
                id: id.value,
                title: o.title,
                aliases: o.aliases,
                government: o.government,
                holders: o.holders,
                country: o.country,
                complete: o.complete,
                keeps_title: o.keeps_title,
            })
            .collect();
        offices.sort_by(|a, b| a.id.cmp(&b.id));
        let mut people: Vec<PersonData> = file
            .people
            .0
            .into_iter()
            .map(|(id, p)| PersonData {
                pos: pos_of(&id),
                id: id.value,
                name: p.name,
                aliases: p.aliases,
                born: p.born,
                died: p.died,
                terms: p
                    .terms
                    .into_iter()
                    .map(|t| TermData {
                        pos: pos_of(&t),
                        office: t.value.office,
                        from: t.value.from,
                        to: t.value.to,
                        elected: t.value.elected,
                        acting: t.value.acting,
                        source: t.value.source,
                        known_until: t.value.known_until.or(file.known_until),
                    })
                    .collect(),
                held: p.held,
                occupation: p.occupation,
            })
            .collect();
        people.sort_by(|a, b| a.id.cmp(&b.id));
        PackData {
            pack: file.pack,
            description: file.description,
            source: file.source,
            offices,
            people,
            lints: file
                .lints
                .into_iter()
                .map(|l| LintData {
                    pos: pos_of(&l.id),
                    id: l.id.value,
                    severity: l.severity,
                    after: l.after,
                    before: l.before,
                    replace: l.replace,
                    except: l.except,
                    message: l.message,
                })
                .collect(),
            quantities: file.quantities,
            examples: file
                .examples
                .into_iter()
                .map(|e| ExampleData {
                    line: pos_of(&e).map(|p| p.line),
                    date: e.value.date,
                    text: e.value.text,
                    expect: e.value.expect,
                    verdicts: e.value.verdicts,
                })
                .collect(),
        }
    }
}
