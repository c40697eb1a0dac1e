//! The CLI's commands. Each returns the exit status, or an error writing the output (a full
//! disk, a closed pipe), which `main` turns into exit 2 or a quiet end.

mod args;
mod audit;
mod baseline;
mod check;
mod config;
mod docs;
mod explain;
mod init;
mod progress;
mod rules;

use args::{Cli, Command};
use claimcheck::exit::ExitStatus;
use clap::Parser;
use std::io;

pub type Result<T> = std::result::Result<T, io::Error>;

pub fn run() -> Result<ExitStatus> {
    let cli = Cli::parse();
    match cli.command {
        Command::Check(args) => check::run(args, check::Mode::Findings),
        Command::Claims(args) => check::run(args, check::Mode::Ledger),
        Command::Audit(args) => audit::run(args),
        Command::Baseline(args) => baseline::run(args),
        Command::Rules(cmd) => rules::run(cmd),
        Command::Init => init::run(),
        Command::Explain(args) => explain::run(args),
        Command::Completions { shell } => docs::completions(shell),
        Command::Man => docs::man(),
        Command::Lsp(_) => Ok(claimcheck::lsp::run_stdio()),
    }
}

/// One line on stderr: `claimcheck: error: …`.
pub fn fail(message: impl std::fmt::Display) {
    eprintln!("claimcheck: error: {message}");
}

/// One line on stderr that does not fail the run: `claimcheck: note: …`.
pub fn note(message: impl std::fmt::Display) {
    eprintln!("claimcheck: note: {message}");
}
