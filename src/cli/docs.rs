//! `claimcheck completions SHELL` and `claimcheck man`: generated from the clap definition,
//! so they cannot drift from the flags.

use super::Result;
use super::args::Cli;
use claimcheck::exit::ExitStatus;
use clap::CommandFactory;
use std::io::Write;

pub fn completions(shell: clap_complete::Shell) -> Result<ExitStatus> {
    // Rendered in memory: the generators treat a write error as a panic, and a closed pipe
    // or a full disk must be an error line, not a crash.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "claimcheck", &mut script);
    write_out(&script)
}

pub fn man() -> Result<ExitStatus> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    write_out(&page)
}

fn write_out(bytes: &[u8]) -> Result<ExitStatus> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(ExitStatus::Clean)
}
