//! `claimcheck init`: a commented `.claimcheck.yaml` in the current directory.

use super::{Result, fail};
use claimcheck::config::{FILE_NAME, TEMPLATE};
use claimcheck::exit::ExitStatus;
use std::io::Write;

pub fn run() -> Result<ExitStatus> {
    // `create_new`: an existing file is the project's settings, never overwritten, even by a
    // file created between a check and the write.
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(FILE_NAME);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            fail(format_args!("{FILE_NAME} already exists; not overwriting it"));
            return Ok(ExitStatus::Error);
        }
        Err(e) => {
            fail(format_args!("{FILE_NAME}: cannot write: {e}"));
            return Ok(ExitStatus::Error);
        }
    };
    if let Err(e) = file.write_all(TEMPLATE.as_bytes()).and_then(|()| file.sync_all()) {
        fail(format_args!("{FILE_NAME}: cannot write: {e}"));
        return Ok(ExitStatus::Error);
    }
    println!("wrote {FILE_NAME}: every key at its default, commented");
    Ok(ExitStatus::Clean)
}
