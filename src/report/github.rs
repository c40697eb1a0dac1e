//! `--format github`: GitHub Actions workflow commands, one a line, which the runner turns into
//! annotations on the pull request's lines:
//! `::error file=news/a.md,line=3,col=14,endLine=3,endColumn=45,title=claimcheck (former-incumbent)::…`.
//! Columns count characters; values are escaped exactly as GitHub's own toolkit escapes them.

use super::{Out, Printer, Summary, fixed_claim};
use crate::article::{Article, ArticleError};
use crate::checks::{Finding, Outcome, Severity};
use std::io;

#[derive(Default)]
pub struct Github;

impl Printer for Github {
    fn article(&mut self, out: Out, article: &Article, outcome: &Outcome) -> io::Result<()> {
        outcome
            .findings()
            .try_for_each(|f| writeln!(out, "{}", annotation(article, f)))
    }

    fn error(&mut self, out: Out, error: &ArticleError) -> io::Result<()> {
        let mut properties = vec![("file", error.origin.clone())];
        if let Some((line, column)) = error.location {
            properties.push(("line", line.to_string()));
            properties.push(("col", column.to_string()));
        }
        writeln!(out, "{}", command("error", &properties, &error.message))
    }

    fn finish(&mut self, _out: Out, _summary: &Summary) -> io::Result<()> {
        Ok(())
    }
}

/// The workflow command for one finding: `error`, `warning` or `notice`.
fn annotation(article: &Article, f: &Finding) -> String {
    let name = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let start = article.position(f.span.start);
    let end = article.position(f.span.end);
    if let Some(record) = &article.record {
        // The annotation goes on the record's line of the archive; the place within the
        // record is in the message.
        let properties = [
            ("file", article.origin.clone()),
            ("line", record.at.line.to_string()),
            ("title", format!("claimcheck ({})", f.check)),
        ];
        return command(
            name,
            &properties,
            &format!("{}: {}", article.place(f.span.start), message(article, f)),
        );
    }
    let one_line = start.line == end.line;
    let mut properties = vec![("file", article.origin.clone()), ("line", start.line.to_string())];
    // GitHub takes columns only for a span on one line. The end column is the one after the
    // claim's last character, as in SARIF.
    if one_line {
        properties.push(("col", start.column.to_string()));
    }
    properties.push(("endLine", end.line.to_string()));
    if one_line {
        properties.push(("endColumn", end.column.to_string()));
    }
    properties.push(("title", format!("claimcheck ({})", f.check)));
    command(name, &properties, &message(article, f))
}

/// The finding's message, its fix and the fact it rests on.
fn message(article: &Article, f: &Finding) -> String {
    let mut message = f.message.clone();
    if let Some(fixed) = fixed_claim(article, f) {
        message.push_str(&format!("\nfix: {fixed}"));
    }
    if let Some(fact) = &f.fact {
        message.push_str(&format!("\nfact: {fact}"));
    }
    message
}

/// `::name key=value,key=value::message`, as `@actions/core` writes it.
fn command(name: &str, properties: &[(&str, String)], message: &str) -> String {
    let properties: Vec<String> = properties
        .iter()
        .map(|(key, value)| format!("{key}={}", escape_property(value)))
        .collect();
    let separator = if properties.is_empty() { "" } else { " " };
    format!("::{name}{separator}{}::{}", properties.join(","), escape_data(message))
}

/// The message: `%`, CR and LF, which would end or garble the command.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property value: as the message, and `:` and `,`, which separate properties.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_toolkit_does() {
        assert_eq!(escape_data("100% sure\r\nnext: a, b"), "100%25 sure%0D%0Anext: a, b");
        assert_eq!(escape_property("a,b:c%\n"), "a%2Cb%3Ac%25%0A");
        // `%` first, so an escape already in the text is not read back as one.
        assert_eq!(escape_data("%0A"), "%250A");
    }

    #[test]
    fn input_errors_name_their_file() {
        let e = ArticleError::new("news/a,b.md", "no publication date");
        let mut out = Vec::new();
        Github.error(&mut out, &e).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::error file=news/a%2Cb.md::no publication date\n"
        );
        let mut out = Vec::new();
        Github.error(&mut out, &e.clone().at(2, 7)).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "::error file=news/a%2Cb.md,line=2,col=7::no publication date\n"
        );
    }
}
