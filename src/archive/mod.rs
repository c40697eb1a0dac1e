//! Archives: many dated records in one file — JSON Lines, CSV or TSV, plain or
//! gzip-compressed — read as a stream, a bounded batch of records at a time, so memory does not
//! grow with the archive. Each record becomes an `Article` (`Article::from_record`) and goes
//! through the `Engine` like any file.
//!
//! Reading is split where the work is: finding where a record ends (and decompressing) is
//! sequential; parsing a JSON record is done by `Unit::into_record` wherever the record is
//! checked, so on many cores it is parsed in parallel.

mod csv;
mod jsonl;
mod source;

use crate::article::{ArticleError, Fields, Record};
use crate::input::Input;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// How an archive writes its records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ArchiveFormat {
    /// One JSON object a line (JSON Lines, NDJSON).
    Jsonl,
    /// Comma-separated values with a header row naming the fields (RFC 4180 quoting).
    Csv,
    /// Tab-separated values with a header row (quoted as CSV is, where a field needs it).
    Tsv,
}

/// The name endings that mark an archive (any ASCII case), each also with `.gz` or `.zst`.
const ENDINGS: &[(&str, ArchiveFormat)] = &[
    (".jsonl", ArchiveFormat::Jsonl),
    (".ndjson", ArchiveFormat::Jsonl),
    (".csv", ArchiveFormat::Csv),
    (".tsv", ArchiveFormat::Tsv),
];

impl ArchiveFormat {
    /// The format a file's name marks: `news.jsonl`, `news.csv.gz`, `news.jsonl.zst`.
    pub fn of(path: &Path) -> Option<ArchiveFormat> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = [".gz", ".zst"]
            .iter()
            .find_map(|c| name.strip_suffix(c))
            .unwrap_or(&name);
        ENDINGS
            .iter()
            .find(|(ending, _)| name.len() > ending.len() && name.ends_with(ending))
            .map(|&(_, format)| format)
    }

    pub fn name(self) -> &'static str {
        match self {
            ArchiveFormat::Jsonl => "JSON Lines",
            ArchiveFormat::Csv => "CSV",
            ArchiveFormat::Tsv => "TSV",
        }
    }
}

/// Records longer than this are skipped as bad (reported with their line), never buffered: a
/// runaway line must not exhaust memory.
pub const MAX_RECORD_BYTES: usize = 16 << 20;

/// A batch holds at most this many records, or about this many bytes of them: enough work for
/// every core between two prints, little enough to keep memory flat.
const BATCH_RECORDS: usize = 1024;
const BATCH_BYTES: usize = 4 << 20;

/// One record as read, before it is parsed.
pub enum Unit {
    /// A JSON line, parsed by `into_record` where it is checked.
    Json { line: usize, bytes: Vec<u8> },
    /// A record already taken apart (CSV), or one that is bad already (too long).
    Ready(Result<Record, ArticleError>),
}

impl Unit {
    fn size(&self) -> usize {
        match self {
            Unit::Json { bytes, .. } => bytes.len(),
            Unit::Ready(Ok(record)) => record.text.len(),
            Unit::Ready(Err(_)) => 0,
        }
    }

    /// The record, or why it is bad (one line naming the archive and the record's line).
    pub fn into_record(self, archive: &str, fields: &Fields) -> Result<Record, ArticleError> {
        match self {
            Unit::Json { line, bytes } => jsonl::parse(archive, line, &bytes, fields),
            Unit::Ready(record) => record,
        }
    }
}

/// What an archive yields: records, then perhaps an error that ends it (a corrupt gzip
/// stream, a failing disk).
pub enum Batch {
    Units(Vec<Unit>),
    /// The archive cannot be read further; the records before were checked.
    Broken(ArticleError),
    End,
}

/// How far an archive has been read, for a progress bar and the summary's MB/s.
#[derive(Debug, Default)]
pub struct Progress {
    /// Bytes of the file consumed so far (compressed, when it is), against its size.
    pub consumed: AtomicU64,
    /// Bytes of records read (decompressed).
    pub record_bytes: AtomicU64,
}

/// Reads one record after another.
trait Records: Send {
    /// The next record, `None` at the end, or an error that ends the archive.
    fn next_unit(&mut self) -> Option<std::io::Result<Unit>>;
}

/// An open archive.
pub struct Archive {
    name: String,
    records: Box<dyn Records>,
    progress: Arc<Progress>,
    /// An error met after some records of a batch: reported after them.
    broken: Option<ArticleError>,
    done: bool,
}

impl Archive {
    /// Opens `input` as an archive in `format`. `need_date`: the records' date field must
    /// be there (no `--date` was given), so a CSV header without it fails at once rather than
    /// on every record.
    pub fn open(
        input: &Input,
        format: ArchiveFormat,
        fields: &Fields,
        need_date: bool,
        progress: Arc<Progress>,
    ) -> Result<Archive, ArticleError> {
        let name = input.name().to_string();
        let reader = source::open(input, Arc::clone(&progress))?;
        let records: Box<dyn Records> = match format {
            ArchiveFormat::Jsonl => Box::new(jsonl::Lines::new(&name, reader)),
            ArchiveFormat::Csv | ArchiveFormat::Tsv => {
                let delimiter = if format == ArchiveFormat::Csv { b',' } else { b'\t' };
                Box::new(csv::Rows::new(reader, delimiter, &name, fields, need_date)?)
            }
        };
        Ok(Archive {
            name,
            records,
            progress,
            broken: None,
            done: false,
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The next batch of records.
    pub fn next_batch(&mut self) -> Batch {
        if let Some(error) = self.broken.take() {
            return Batch::Broken(error);
        }
        if self.done {
            return Batch::End;
        }
        let mut units = Vec::new();
        let mut bytes = 0;
        while units.len() < BATCH_RECORDS && bytes < BATCH_BYTES {
            match self.records.next_unit() {
                Some(Ok(unit)) => {
                    bytes += unit.size();
                    units.push(unit);
                }
                Some(Err(e)) => {
                    self.done = true;
                    // The records read before the failure are still checked: the error
                    // comes after them, in order.
                    let error = ArticleError::new(&self.name, format!("cannot read further: {e}"));
                    if units.is_empty() {
                        return Batch::Broken(error);
                    }
                    self.broken = Some(error);
                    break;
                }
                None => {
                    self.done = true;
                    break;
                }
            }
        }
        self.progress.record_bytes.fetch_add(bytes as u64, Ordering::Relaxed);
        if units.is_empty() {
            Batch::End
        } else {
            Batch::Units(units)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_in_any_case_and_gzipped() {
        let of = |name: &str| ArchiveFormat::of(Path::new(name));
        assert_eq!(of("a/news.jsonl"), Some(ArchiveFormat::Jsonl));
        assert_eq!(of("news.NDJSON.gz"), Some(ArchiveFormat::Jsonl));
        assert_eq!(of("news.csv.gz"), Some(ArchiveFormat::Csv));
        assert_eq!(of("news.jsonl.zst"), Some(ArchiveFormat::Jsonl));
        assert_eq!(of("news.Tsv"), Some(ArchiveFormat::Tsv));
        for none in ["news.txt", "news.gz", ".jsonl", "jsonl"] {
            assert_eq!(of(none), None, "{none}");
        }
    }
}
