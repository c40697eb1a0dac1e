//! `--format checkstyle`: the XML that Jenkins, GitLab, reviewdog and many other CI tools read.
//! Like checkstyle itself it names every checked file, with one `<error>` per finding (columns
//! in characters); an input that could not be checked is an `<error>` of its file. Each file's
//! element is written as soon as it is checked, so nothing is kept between files.

use super::{Out, Printer, Summary};
use crate::article::{Article, ArticleError};
use crate::checks::{Finding, Outcome, Severity};
use std::io;

#[derive(Default)]
pub struct Checkstyle;

impl Printer for Checkstyle {
    fn start(&mut self, out: Out) -> io::Result<()> {
        out.write_all(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
    }

    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        // An archive is one file of many records: only records with findings are written.
        if article.record.is_some() && outcome.findings.is_empty() {
            return Ok(());
        }
        writeln!(out, "<file name=\"{}\">", attribute(&article.origin))?;
        for f in outcome.findings() {
            writeln!(out, "  {}", finding(article, f))?;
        }
        out.write_all(b"</file>\n")
    }

    fn error(&mut self, out: Out, error: &ArticleError) -> io::Result<()> {
        // Line 0 is checkstyle's own for a message about the whole file.
        let (line, column) = match &error.record {
            Some(record) => (record.line, 0),
            None => error.location.unwrap_or((0, 0)),
        };
        let column = if column > 0 {
            format!(" column=\"{column}\"")
        } else {
            String::new()
        };
        writeln!(
            out,
            "<file name=\"{}\">\n  <error line=\"{line}\"{column} severity=\"error\" message=\"{}\" source=\"claimcheck.input\"/>\n</file>",
            attribute(&error.origin),
            attribute(&error.message)
        )
    }

    fn finish(&mut self, out: Out, _summary: &Summary) -> io::Result<()> {
        out.write_all(b"</checkstyle>\n")
    }
}

fn finding(article: &Article, f: &Finding) -> String {
    let (line, column) = article.line_col(f.span.start);
    // A record's finding is on the record's line of the archive; where in the record, the
    // message says.
    let (line, column, message) = match &article.record {
        Some(record) => (
            record.at.line,
            0,
            format!("{}: {}", article.place(f.span.start), f.message),
        ),
        None => (line, column, f.message.clone()),
    };
    let column = if column > 0 {
        format!(" column=\"{column}\"")
    } else {
        String::new()
    };
    let severity = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "info",
    };
    format!(
        "<error line=\"{line}\"{column} severity=\"{severity}\" message=\"{}\" source=\"claimcheck.{}\"/>",
        attribute(&message),
        attribute(f.check.as_str())
    )
}

/// An attribute value in double quotes (so an apostrophe stays as it is, readable). Beyond the
/// markup characters, line breaks and tabs
/// become character references (a parser would otherwise read them as spaces), and characters
/// XML 1.0 cannot hold at all (other control characters, U+FFFE, U+FFFF) become U+FFFD:
/// a file name may contain anything. Escaping helpers in XML crates stop at the markup
/// characters, so the careful part would be ours either way.
fn attribute(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if c < ' ' || c == '\u{fffe}' || c == '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_survive_an_xml_parser() {
        let nasty = "a&b <c> \"d\" 'e'\tf\r\ng\u{1}h\u{ffff}";
        let xml = format!("<x v=\"{}\"/>", attribute(nasty));
        let doc = roxmltree::Document::parse(&xml).expect("well-formed");
        assert_eq!(
            doc.root_element().attribute("v"),
            Some("a&b <c> \"d\" 'e'\tf\r\ng\u{fffd}h\u{fffd}")
        );
    }
}
