//! `claimcheck rules coverage`: over a set of articles, the titled names no pack knows, most
//! frequent first, so a newsroom sees which facts to add first; and the share of title claims
//! left unverifiable for want of the person.

use super::{Out, Printer, Summary};
use crate::article::Article;
use crate::checks::Outcome;
use crate::claims::ClaimKind;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::io;

/// How many names the human report lists (JSON lists every one).
const HUMAN_TOP: usize = 50;

/// One name no pack knows, as the articles title it.
#[derive(Default, Serialize)]
struct Unknown {
    name: String,
    count: usize,
    /// Each title written before or beside the name, and how often.
    titles: BTreeMap<String, usize>,
    /// Where it is first seen: `file:line:column`, or the record and its place in an archive.
    first: String,
}

/// Collects over every article; prints at the end.
#[derive(Default)]
pub struct Coverage {
    json: bool,
    title_claims: usize,
    unverifiable: usize,
    names: HashMap<String, Unknown>,
}

#[derive(Serialize)]
struct Report<'a> {
    title_claims: usize,
    /// Title claims with no verdict, for any reason.
    unverifiable: usize,
    /// Title claims whose name no pack knows.
    unknown_name: usize,
    names: Vec<&'a Unknown>,
}

impl Coverage {
    pub fn new(json: bool) -> Coverage {
        Coverage {
            json,
            ..Coverage::default()
        }
    }

    /// Most frequent first; ties by name, so the report is the same on every run.
    fn ranked(&self) -> Vec<&Unknown> {
        let mut names: Vec<&Unknown> = self.names.values().collect();
        names.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        names
    }
}

impl Printer for Coverage {
    fn article(&mut self, _out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        for judged in &outcome.claims {
            let ClaimKind::Title(t) = &judged.claim.kind else {
                continue;
            };
            self.title_claims += 1;
            if judged.judgement.verdict == crate::checks::Verdict::Unverifiable {
                self.unverifiable += 1;
            }
            if !t.people.is_empty() {
                continue;
            }
            let entry = self.names.entry(t.name.clone()).or_insert_with(|| Unknown {
                name: t.name.clone(),
                first: article.place(judged.claim.span.start),
                ..Unknown::default()
            });
            entry.count += 1;
            *entry.titles.entry(t.title.clone()).or_default() += 1;
        }
        Ok(())
    }

    fn finish(&mut self, out: Out, _summary: &Summary) -> io::Result<()> {
        let names = self.ranked();
        let unknown_name: usize = names.iter().map(|n| n.count).sum();
        if self.json {
            let report = Report {
                title_claims: self.title_claims,
                unverifiable: self.unverifiable,
                unknown_name,
                names,
            };
            serde_json::to_writer_pretty(&mut *out, &report)?;
            return writeln!(out);
        }
        let share = |n: usize| match self.title_claims {
            0 => 0.0,
            total => 100.0 * n as f64 / total as f64,
        };
        writeln!(
            out,
            "{} title claims: {} unverifiable ({:.1}%), {} of them because no pack knows the name ({:.1}%)",
            self.title_claims,
            self.unverifiable,
            share(self.unverifiable),
            unknown_name,
            share(unknown_name)
        )?;
        for n in names.iter().take(HUMAN_TOP) {
            let titles: Vec<String> = n.titles.iter().map(|(t, c)| format!("{t} ×{c}")).collect();
            writeln!(
                out,
                "{:>6}  {}  ({}; first at {})",
                n.count,
                n.name,
                titles.join(", "),
                n.first
            )?;
        }
        if names.len() > HUMAN_TOP {
            writeln!(
                out,
                "… and {} more names (--format json lists every one)",
                names.len() - HUMAN_TOP
            )?;
        }
        Ok(())
    }
}
