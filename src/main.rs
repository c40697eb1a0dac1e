//! The claimcheck command line: arguments in, library calls, exit code out. The exit codes are
//! `claimcheck::exit::ExitStatus`; everything else lives in `cli/` and the library.

mod cli;

use claimcheck::exit::ExitStatus;
use std::process::ExitCode;

fn main() -> ExitCode {
    match cli::run() {
        Ok(status) => status.into(),
        // `claimcheck … | head`: the reader has gone, so nobody is left to tell.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Clean.into(),
        Err(e) => {
            eprintln!("claimcheck: error: cannot write the output: {e}");
            ExitStatus::Error.into()
        }
    }
}
