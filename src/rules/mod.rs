//! Rule packs: loading (with file:line:col errors), validation, and the compiled indexes the
//! claims stage looks titles and names up in.

pub mod date;
pub mod schema;
mod validate;

pub use date::{FactDate, Truth};
pub use schema::Holders;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use chrono::NaiveDate;
use std::collections::HashMap;
use std::fmt;

/// The packs shipped in `rules/`, embedded so a new user gets real checks with no flags.
pub const BUILTIN_PACKS: &[(&str, &str)] =
    &[("rules/us-executive.yaml", include_str!("../../rules/us-executive.yaml"))];

/// One error in a rule pack, printed as `path:line:col: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    pub path: String,
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
}

impl RuleError {
    /// An error at a place in a pack, when the place is known.
    pub fn at(path: &str, pos: Option<Pos>, message: String) -> RuleError {
        RuleError {
            path: path.to_string(),
            line: pos.map(|p| p.line),
            col: pos.map(|p| p.col),
            message,
        }
    }
}

/// A 1-based line and column in a pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.col) {
            (Some(l), Some(c)) => write!(f, "{}:{l}:{c}: {}", self.path, self.message),
            (Some(l), None) => write!(f, "{}:{l}: {}", self.path, self.message),
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

pub struct Pack {
    pub name: String,
    pub path: String,
    pub source: Option<String>,
    pub examples: Vec<schema::Example>,
}

pub struct Office {
    pub id: String,
    pub pack: usize,
    pub title: String,
    pub aliases: Vec<String>,
    pub government: Option<String>,
    pub holders: Holders,
}

pub struct Person {
    pub id: String,
    pub pack: usize,
    pub name: String,
    pub aliases: Vec<String>,
    pub born: Option<FactDate>,
    pub died: Option<FactDate>,
    pub terms: Vec<Term>,
}

pub struct Term {
    pub office: usize,
    pub from: FactDate,
    /// Inclusive: on a handover day both the outgoing and the incoming holder hold the title.
    pub to: Option<FactDate>,
    /// Where the term stands in its pack, for errors and the `fact:` line of a finding.
    pub pos: Option<Pos>,
}

impl Term {
    pub fn holds_on(&self, day: NaiveDate) -> Truth {
        let started = self.from.on_or_before(day);
        let not_ended = self.to.map_or(Truth::Yes, |to| to.on_or_after(day));
        started.and(not_ended)
    }

    /// Did the term end before `day`?
    pub fn ended_before(&self, day: NaiveDate) -> Truth {
        match self.to {
            None => Truth::No,
            Some(to) => match to.on_or_after(day) {
                Truth::Yes => Truth::No,
                Truth::No => Truth::Yes,
                Truth::Unknown => Truth::Unknown,
            },
        }
    }

    /// Does the term begin after `day`?
    pub fn starts_after(&self, day: NaiveDate) -> Truth {
        match self.from.on_or_before(day) {
            Truth::Yes => Truth::No,
            Truth::No => Truth::Yes,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

/// What a vocabulary hit of the one Aho-Corasick scan stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Vocab {
    /// An office alias ("US President"), with every office that uses it.
    Title(Vec<usize>),
    /// A government word ("administration"), with the offices whose holder it names.
    Government(Vec<usize>),
}

pub struct RuleSet {
    pub packs: Vec<Pack>,
    pub offices: Vec<Office>,
    pub people: Vec<Person>,
    names: HashMap<String, Vec<usize>>,
    vocab_patterns: Vec<String>,
    vocab_meaning: Vec<Vocab>,
    vocab: AhoCorasick,
}

/// Names compare with apostrophes folded, so "O’Brien" finds "O'Brien".
pub fn name_key(name: &str) -> String {
    name.replace('’', "'")
}

impl RuleSet {
    /// The embedded packs.
    pub fn builtin() -> Result<RuleSet, Vec<RuleError>> {
        RuleSet::load(Vec::new())
    }

    /// The embedded packs plus `extra` (path, text) packs; an extra pack with the name of an
    /// embedded one replaces it.
    pub fn load(extra: Vec<(String, String)>) -> Result<RuleSet, Vec<RuleError>> {
        let mut sources: Vec<(String, String)> = BUILTIN_PACKS
            .iter()
            .map(|(p, t)| (p.to_string(), t.to_string()))
            .collect();
        sources.extend(extra);
        let mut parsed: Vec<(String, String, schema::PackFile)> = Vec::new();
        let mut errors = Vec::new();
        for (path, text) in sources {
            match serde_yaml::from_str::<schema::PackFile>(&text) {
                Ok(file) => {
                    parsed.retain(|(_, _, f)| f.pack != file.pack);
                    parsed.push((path, text, file));
                }
                Err(e) => errors.push(yaml_error(&path, &e)),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let set = RuleSet::compile(parsed)?;
        Ok(set)
    }

    fn compile(parsed: Vec<(String, String, schema::PackFile)>) -> Result<RuleSet, Vec<RuleError>> {
        let mut errors = Vec::new();
        let mut packs = Vec::new();
        let mut offices: Vec<Office> = Vec::new();
        let mut office_ids: HashMap<String, usize> = HashMap::new();
        // Offices first: a person in one pack may hold an office defined in another.
        for (pack_index, (path, text, file)) in parsed.iter().enumerate() {
            for (id, o) in &file.offices {
                if office_ids.contains_key(id) {
                    let pos = key_pos(text, "offices", id);
                    errors.push(RuleError::at(path, pos, format!("duplicate office id `{id}`")));
                    continue;
                }
                office_ids.insert(id.clone(), offices.len());
                offices.push(Office {
                    id: id.clone(),
                    pack: pack_index,
                    title: o.title.clone(),
                    aliases: o.aliases.clone(),
                    government: o.government.clone(),
                    holders: o.holders,
                });
            }
        }
        let mut people: Vec<Person> = Vec::new();
        let mut person_ids: HashMap<String, usize> = HashMap::new();
        for (pack_index, (path, text, file)) in parsed.into_iter().enumerate() {
            for (id, p) in file.people {
                if person_ids.contains_key(&id) {
                    let pos = key_pos(&text, "people", &id);
                    errors.push(RuleError::at(&path, pos, format!("duplicate person id `{id}`")));
                    continue;
                }
                let person_pos = key_pos(&text, "people", &id);
                let mut terms = Vec::new();
                for (index, t) in p.terms.into_iter().enumerate() {
                    let pos = person_pos.and_then(|at| term_pos(&text, at, index)).or(person_pos);
                    let Some(&office) = office_ids.get(&t.office) else {
                        let message = format!("person `{id}` has a term in unknown office `{}`", t.office);
                        errors.push(RuleError::at(&path, pos, message));
                        continue;
                    };
                    terms.push(Term {
                        office,
                        from: t.from,
                        to: t.to,
                        pos,
                    });
                }
                person_ids.insert(id.clone(), people.len());
                people.push(Person {
                    id,
                    pack: pack_index,
                    name: p.name,
                    aliases: p.aliases,
                    born: p.born,
                    died: p.died,
                    terms,
                });
            }
            packs.push(Pack {
                name: file.pack,
                path,
                source: file.source,
                examples: file.examples,
            });
        }
        errors.extend(validate::validate(&packs, &offices, &people));
        if !errors.is_empty() {
            return Err(errors);
        }

        let mut names: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                let ids = names.entry(name_key(n)).or_default();
                if !ids.contains(&i) {
                    ids.push(i);
                }
            }
        }
        let mut meaning: HashMap<String, Vocab> = HashMap::new();
        for (i, o) in offices.iter().enumerate() {
            for a in &o.aliases {
                match meaning.entry(a.clone()).or_insert_with(|| Vocab::Title(Vec::new())) {
                    Vocab::Title(v) => v.push(i),
                    Vocab::Government(_) => {}
                }
            }
            if let Some(g) = &o.government {
                match meaning
                    .entry(g.clone())
                    .or_insert_with(|| Vocab::Government(Vec::new()))
                {
                    Vocab::Government(v) => v.push(i),
                    Vocab::Title(_) => {}
                }
            }
        }
        let mut entries: Vec<(String, Vocab)> = meaning.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let (vocab_patterns, vocab_meaning): (Vec<String>, Vec<Vocab>) = entries.into_iter().unzip();
        // Case-insensitive so "former president Reagan" is seen; the claims stage decides
        // which casings count.
        let vocab = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&vocab_patterns)
            .expect("vocabulary patterns are plain strings");
        Ok(RuleSet {
            packs,
            offices,
            people,
            names,
            vocab_patterns,
            vocab_meaning,
            vocab,
        })
    }

    /// People one of whose names is exactly `name`.
    pub fn people_named(&self, name: &str) -> &[usize] {
        self.names.get(&name_key(name)).map_or(&[], |v| v.as_slice())
    }

    /// Every vocabulary hit in `text`: (start, end, pattern as written in the pack, meaning).
    pub fn vocab_hits<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, usize, &'a str, &'a Vocab)> + 'a {
        self.vocab.find_iter(text).map(move |m| {
            let i = m.pattern().as_usize();
            (
                m.start(),
                m.end(),
                self.vocab_patterns[i].as_str(),
                &self.vocab_meaning[i],
            )
        })
    }

    /// The people holding `office` on `day` (Yes or Unknown).
    pub fn holders_on(&self, office: usize, day: NaiveDate) -> Vec<(usize, &Term, Truth)> {
        let mut out = Vec::new();
        for (i, p) in self.people.iter().enumerate() {
            for t in p.terms.iter().filter(|t| t.office == office) {
                let held = t.holds_on(day);
                if held != Truth::No {
                    out.push((i, t, held));
                }
            }
        }
        out
    }

    /// `rules/us-executive.yaml:14 (donald-trump, us-president 2025-01-20 – )`
    pub fn describe_term(&self, person: usize, term: &Term) -> String {
        let p = &self.people[person];
        let line = term.pos.map(|pos| format!(":{}", pos.line)).unwrap_or_default();
        format!(
            "{}{line} ({}, {} {} – {})",
            self.packs[p.pack].path,
            p.id,
            self.offices[term.office].id,
            term.from,
            term.to.map(|d| d.to_string()).unwrap_or_default()
        )
    }
}

fn yaml_error(path: &str, e: &serde_yaml::Error) -> RuleError {
    // serde_yaml appends " at line L column C" to its message; the location is ours to print.
    let mut message = e.to_string();
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    let loc = e.location();
    RuleError {
        path: path.to_string(),
        line: loc.as_ref().map(|l| l.line()),
        col: loc.as_ref().map(|l| l.column()),
        message,
    }
}

/// Where `key:` stands inside the top-level `section:` of a pack written in block style.
fn key_pos(text: &str, section: &str, key: &str) -> Option<Pos> {
    let mut in_section = false;
    for (i, line) in text.lines().enumerate() {
        if !line.starts_with(' ') && !line.starts_with('#') && !line.is_empty() {
            in_section = line.trim_end() == format!("{section}:");
            continue;
        }
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        if in_section
            && indent <= 4
            && let Some(rest) = trimmed.strip_prefix(key)
            && rest.starts_with(':')
        {
            return Some(Pos {
                line: i + 1,
                col: indent + 1,
            });
        }
    }
    // Flow style (`people: { ann: { … } }`): the first place the key stands.
    text.lines().enumerate().find_map(|(i, line)| {
        line.match_indices(&format!("{key}:"))
            .find(|(at, _)| {
                line[..*at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '-')
            })
            .map(|(at, _)| Pos {
                line: i + 1,
                col: line[..at].chars().count() + 1,
            })
    })
}

/// Where the `index`-th term of the person at `person` starts: the `index`-th `office:` in the
/// lines indented under the person's key.
fn term_pos(text: &str, person: Pos, index: usize) -> Option<Pos> {
    let block = text.lines().enumerate().skip(person.line).take_while(|(_, l)| {
        l.trim().is_empty() || l.trim_start().starts_with('#') || l.len() - l.trim_start().len() >= person.col
    });
    block
        .flat_map(|(i, l)| l.match_indices("office:").map(move |_| (i, l)))
        .nth(index)
        .map(|(i, l)| Pos {
            line: i + 1,
            col: l.len() - l.trim_start().len() + 1,
        })
}
