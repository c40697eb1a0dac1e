//! An archive's bytes: the file or standard input, decompressed when its first bytes say it
//! is gzip or zstd (whatever its name: `-` may be compressed too), counted as they are
//! consumed.

use super::Progress;
use crate::article::ArticleError;
use crate::input::{Input, io_reason};
use flate2::bufread::MultiGzDecoder;
use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::Ordering;

/// Read-ahead of the file and of the decompressed stream.
const BUFFER: usize = 256 << 10;

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b];
const ZSTD_MAGIC: &[u8] = &[0x28, 0xb5, 0x2f, 0xfd];

/// The archive's records as a buffered stream of decompressed bytes.
pub fn open(input: &Input, progress: Arc<Progress>) -> Result<Box<dyn BufRead + Send>, ArticleError> {
    let raw: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::File { path, name } => {
            let file = std::fs::File::open(path)
                .map_err(|e| ArticleError::new(name, format!("cannot read: {}", io_reason(&e))))?;
            Box::new(file)
        }
    };
    let mut counted = BufReader::with_capacity(BUFFER, Counted { inner: raw, progress });
    let name = input.name();
    let head = counted
        .fill_buf()
        .map_err(|e| ArticleError::new(name, format!("cannot read: {}", io_reason(&e))))?;
    if head.starts_with(GZIP_MAGIC) {
        // Concatenated gzip members (as `cat a.gz b.gz` makes) are one stream.
        return Ok(Box::new(BufReader::with_capacity(BUFFER, MultiGzDecoder::new(counted))));
    }
    if head.starts_with(ZSTD_MAGIC) {
        // Concatenated frames are one stream too, as `zstd -dc` reads them.
        let decoder = zstd::stream::read::Decoder::with_buffer(counted)
            .map_err(|e| ArticleError::new(name, format!("cannot read: {}", io_reason(&e))))?;
        return Ok(Box::new(BufReader::with_capacity(BUFFER, decoder)));
    }
    Ok(Box::new(counted))
}

/// Counts the bytes read from the file, for the progress bar's ETA.
struct Counted {
    inner: Box<dyn Read + Send>,
    progress: Arc<Progress>,
}

impl Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.progress.consumed.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}
