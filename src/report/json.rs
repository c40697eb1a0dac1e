//! `--format json`: one document, `{"findings": […], "errors": […], "summary": {…}}`.
//! Findings are written as each article completes; only input errors wait for the end.

use super::record::{ErrorRecord, FindingRecord};
use super::{Out, Printer, Summary};
use crate::article::{Article, ArticleError};
use crate::checks::Outcome;
use serde::Serialize;
use std::io;

pub struct Json {
    document: Document,
}

impl Default for Json {
    fn default() -> Json {
        Json {
            document: Document::new("findings"),
        }
    }
}

impl Printer for Json {
    fn start(&mut self, out: Out) -> io::Result<()> {
        self.document.start(out)
    }

    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        outcome
            .findings()
            .try_for_each(|f| self.document.item(out, &FindingRecord::new(article, f)))
    }

    fn error(&mut self, _out: Out, error: &ArticleError) -> io::Result<()> {
        self.document.error(error);
        Ok(())
    }

    fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()> {
        self.document.finish(out, summary)
    }
}

/// A pretty-printed JSON document `{KEY: […], "errors": […], "summary": {…}}` written as it
/// goes: the items streamed into the array, the few input errors kept for the end.
pub(super) struct Document {
    key: &'static str,
    written: usize,
    errors: Vec<ArticleError>,
}

impl Document {
    pub(super) fn new(key: &'static str) -> Document {
        Document {
            key,
            written: 0,
            errors: Vec::new(),
        }
    }

    pub(super) fn start(&mut self, out: Out) -> io::Result<()> {
        write!(out, "{{\n  \"{}\": [", self.key)
    }

    pub(super) fn item(&mut self, out: Out, value: &impl Serialize) -> io::Result<()> {
        out.write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
        out.write_all(indented(value, "    ").as_bytes())?;
        self.written += 1;
        Ok(())
    }

    pub(super) fn error(&mut self, error: &ArticleError) {
        self.errors.push(error.clone());
    }

    pub(super) fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()> {
        let close = if self.written == 0 { "]" } else { "\n  ]" };
        let errors: Vec<ErrorRecord> = self.errors.iter().map(ErrorRecord::new).collect();
        writeln!(
            out,
            "{close},\n  \"errors\": {},\n  \"summary\": {}\n}}",
            indented(&errors, "  ").trim_start(),
            indented(summary, "  ").trim_start()
        )
    }
}

/// A value pretty-printed and indented to sit inside the document.
pub(super) fn indented(value: &impl Serialize, indent: &str) -> String {
    let pretty = serde_json::to_string_pretty(value).expect("records serialise");
    let mut out = String::with_capacity(pretty.len() + 64);
    for (i, line) in pretty.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(indent);
        out.push_str(line);
    }
    out
}
