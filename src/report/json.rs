//! `--format json`: one document, `{"findings": […], "errors": […], "summary": {…}}`.
//! Findings are written as each article completes; only input errors wait for the end.

use super::record::{ErrorRecord, FindingRecord};
use super::{Out, Printer, Summary};
use crate::article::{Article, ArticleError};
use crate::checks::Outcome;
use std::io;

#[derive(Default)]
pub struct Json {
    written: usize,
    errors: Vec<ArticleError>,
}

/// A value pretty-printed and indented to sit inside a document's array (JSON, SARIF).
pub(super) fn indented(value: &impl serde::Serialize, indent: &str) -> String {
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

impl Printer for Json {
    fn start(&mut self, out: Out) -> io::Result<()> {
        out.write_all(b"{\n  \"findings\": [")
    }

    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        for f in outcome.findings() {
            let sep = if self.written == 0 { "\n" } else { ",\n" };
            let record = indented(&FindingRecord::new(article, f), "    ");
            out.write_all(sep.as_bytes())?;
            out.write_all(record.as_bytes())?;
            self.written += 1;
        }
        Ok(())
    }

    fn error(&mut self, _out: Out, error: &ArticleError) -> io::Result<()> {
        self.errors.push(error.clone());
        Ok(())
    }

    fn finish(&mut self, out: Out, summary: &Summary) -> io::Result<()> {
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
