//! CSV and TSV: a header row naming the fields, then one record a row (a quoted field may
//! hold line breaks, so a record's line is the line its row starts on). A header without the
//! text field (or the date field, when no `--date` stands in for it) fails the whole archive
//! at once, in one line, rather than every record.

use super::{MAX_RECORD_BYTES, Records, Unit};
use crate::article::{ArticleError, Fields, Record, RecordRef};
use std::io::{self, BufRead};

pub struct Rows {
    archive: String,
    reader: csv::Reader<Box<dyn BufRead + Send>>,
    /// Where each wanted field is in a row: text, date, id, title, updated.
    columns: [Option<usize>; 5],
    names: [String; 5],
    row: csv::ByteRecord,
}

impl Rows {
    pub fn new(
        reader: Box<dyn BufRead + Send>,
        delimiter: u8,
        archive: &str,
        fields: &Fields,
        need_date: bool,
    ) -> Result<Rows, ArticleError> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            // A short or long row is one bad record, reported as such, not a failed archive.
            .flexible(true)
            .from_reader(reader);
        let header = reader
            .byte_headers()
            .map_err(|e| ArticleError::new(archive, format!("cannot read the header row: {e}")))?
            .clone();
        let header: Vec<String> = header
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim_start_matches('\u{feff}').to_string())
            .collect();
        let names = [
            fields.text.clone(),
            fields.date.clone(),
            fields.id.clone(),
            fields.title.clone().unwrap_or_default(),
            fields.updated.clone().unwrap_or_default(),
        ];
        let columns = names
            .clone()
            .map(|name| header.iter().position(|h| !name.is_empty() && *h == name));
        let missing = |i: usize, flag: &str| {
            let shown: Vec<String> = header.iter().take(12).map(|h| shown_name(h)).collect();
            ArticleError::new(
                archive,
                format!(
                    "the header row has no `{}` column (it has: {}); {flag} names it",
                    names[i],
                    shown.join(", ")
                ),
            )
            .at(1, 1)
        };
        if columns[0].is_none() {
            return Err(missing(0, "--text-field"));
        }
        if need_date && columns[1].is_none() && columns[4].is_none() {
            return Err(missing(1, "--date-field"));
        }
        Ok(Rows {
            archive: archive.to_string(),
            reader,
            columns,
            names,
            row: csv::ByteRecord::new(),
        })
    }

    /// The row just read as a record, or why it is bad.
    fn record(&self, line: usize) -> Result<Record, ArticleError> {
        let value = |slot: usize| -> Result<Option<String>, String> {
            let Some(bytes) = self.columns[slot].and_then(|i| self.row.get(i)) else {
                return Ok(None);
            };
            String::from_utf8(bytes.to_vec()).map(Some).map_err(|e| {
                format!(
                    "`{}` is not UTF-8 text (invalid byte at offset {})",
                    self.names[slot],
                    e.utf8_error().valid_up_to()
                )
            })
        };
        let id = value(2).ok().flatten().filter(|id| !id.is_empty());
        let fail =
            |message: String| ArticleError::new(&self.archive, message).in_record(RecordRef { line, id: id.clone() });
        let text = value(0).map_err(fail)?.ok_or_else(|| {
            fail(format!(
                "the row has {} fields, too few to hold `{}`",
                self.row.len(),
                self.names[0]
            ))
        })?;
        Ok(Record {
            at: RecordRef { line, id: id.clone() },
            text,
            date: value(1).map_err(fail)?,
            title: value(3).map_err(fail)?,
            updated: value(4).map_err(fail)?,
        })
    }
}

impl Records for Rows {
    fn next_unit(&mut self) -> Option<io::Result<Unit>> {
        loop {
            match self.reader.read_byte_record(&mut self.row) {
                Ok(false) => return None,
                Ok(true) => {}
                Err(e) => match e.into_kind() {
                    csv::ErrorKind::Io(e) => return Some(Err(e)),
                    other => return Some(Err(io::Error::other(format!("{other:?}")))),
                },
            }
            let line = self.row.position().map_or(0, |p| p.line() as usize);
            // An empty line between rows is no record (the csv crate passes over most of them
            // itself, and then counts the row from the empty line).
            if self.row.len() == 1 && self.row[0].is_empty() {
                continue;
            }
            if self.row.as_slice().len() > MAX_RECORD_BYTES {
                let error = ArticleError::new(
                    &self.archive,
                    format!("the record is longer than {} MiB", MAX_RECORD_BYTES >> 20),
                )
                .in_record(RecordRef { line, id: None });
                return Some(Ok(Unit::Ready(Err(error))));
            }
            return Some(Ok(Unit::Ready(self.record(line))));
        }
    }
}

/// A header name as an error message shows it: on one line (a quoted name may hold a line
/// break or a control character; they are escaped), and short.
fn shown_name(name: &str) -> String {
    const LONGEST: usize = 40;
    let short: String = name.chars().take(LONGEST).collect();
    let mut shown = crate::article::one_line(&short).into_owned();
    if name.chars().nth(LONGEST).is_some() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, delimiter: u8) -> Result<Vec<Result<Record, String>>, String> {
        let reader: Box<dyn BufRead + Send> = Box::new(io::Cursor::new(text.as_bytes().to_vec()));
        let mut rows = Rows::new(reader, delimiter, "a.csv", &Fields::default(), true).map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        while let Some(unit) = rows.next_unit() {
            match unit.unwrap() {
                Unit::Ready(r) => out.push(r.map_err(|e| e.to_string())),
                Unit::Json { .. } => panic!("CSV rows are read here"),
            }
        }
        Ok(out)
    }

    #[test]
    fn rows_with_quoted_line_breaks_keep_their_first_line() {
        let got = rows("id,date,text\n1,2025-03-11,\"One\nTwo\"\n2,2025-03-12,Three\n", b',').unwrap();
        let got: Vec<(usize, String)> = got
            .into_iter()
            .map(|r| r.unwrap())
            .map(|r| (r.at.line, r.text))
            .collect();
        assert_eq!(got, [(2, "One\nTwo".to_string()), (4, "Three".to_string())]);
    }

    #[test]
    fn tsv_and_short_rows() {
        let got = rows("id\tdate\ttext\n1\t2025-03-11\tOne\n2\t2025-03-12\n", b'\t').unwrap();
        assert_eq!(got[0].as_ref().unwrap().text, "One");
        assert_eq!(
            got[1].as_ref().unwrap_err(),
            "a.csv:3 [2]: the row has 2 fields, too few to hold `text`"
        );
    }

    #[test]
    fn a_header_without_the_text_is_one_error() {
        let e = rows("id,date,body\n1,2025-03-11,One\n", b',').unwrap_err();
        assert_eq!(
            e,
            "a.csv:1:1: the header row has no `text` column (it has: id, date, body); --text-field names it"
        );
    }

    #[test]
    fn header_names_in_messages_stay_on_one_line() {
        assert_eq!(super::shown_name("title\ntext"), "title\\ntext");
        assert_eq!(super::shown_name("a\0b"), "a\\u{0}b");
        assert_eq!(super::shown_name(&"x".repeat(50)), format!("{}…", "x".repeat(40)));
    }
}
