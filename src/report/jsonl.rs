//! `--format jsonl`: one finding (or input error) a line as each article completes — a pure
//! filter for pipelines; the summary is a last line only when asked for (`--summary`).

use super::record::{ErrorRecord, FindingRecord};
use super::{Out, Printer, Summary};
use crate::article::{Article, ArticleError};
use crate::checks::Outcome;
use serde::Serialize;
use std::io;

pub struct Jsonl {
    summary_line: bool,
}

impl Jsonl {
    pub fn new(summary_line: bool) -> Jsonl {
        Jsonl { summary_line }
    }
}

pub(super) fn line(out: Out, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

#[derive(Serialize)]
struct SummaryRecord<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(flatten)]
    summary: &'a Summary,
}

impl Printer for Jsonl {
    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        outcome
            .findings()
            .try_for_each(|f| line(out, &FindingRecord::new(article, f)))
    }

    fn error(&mut self, out: Out, error: &ArticleError) -> io::Result<()> {
        line(out, &ErrorRecord::new(error))
    }

    fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()> {
        if self.summary_line {
            line(
                out,
                &SummaryRecord {
                    kind: "summary",
                    summary,
                },
            )?;
        }
        Ok(())
    }
}
