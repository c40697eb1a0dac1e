//! The command line's shape (clap derive). Only parsing lives here.

use claimcheck::article;
use claimcheck::policy::FailOn as PolicyFailOn;
use claimcheck::report::Format as ReportFormat;
use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Checks news copy for claims its date, the facts or the article itself contradict"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Check articles (files, directories of .txt/.md, or - for stdin) and report findings.
    Check(CheckArgs),
    /// List every claim with its verdict (supported / contradicted / unverifiable) and the fact
    /// that decided it. Takes the options of `check`; exits 0 unless an input is bad.
    Claims(CheckArgs),
    /// Validate, list, test or import rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
}

#[derive(Subcommand)]
pub enum RulesCommand {
    /// Load the shipped packs plus PATHs and report every schema or semantic error.
    Validate {
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
    },
    /// The loaded packs, their offices, people, terms and examples.
    List {
        #[arg(long = "rules", value_name = "PATH")]
        rules: Vec<String>,
    },
    /// Run the `examples:` of the packs at PATH (of every loaded pack when none is given).
    Test {
        #[arg(value_name = "PATH")]
        paths: Vec<String>,
    },
    /// Write a pack from public data to standard output.
    #[command(subcommand)]
    Import(ImportCommand),
}

#[derive(Subcommand)]
pub enum ImportCommand {
    /// unitedstates/congress-legislators `legislators-current.yaml` and/or the historical file.
    CongressLegislators {
        #[arg(value_name = "FILE", required = true)]
        files: Vec<String>,
    },
    /// A CSV with columns person,name,aliases,office,title,from,to,born,died (one row a term).
    Csv {
        #[arg(value_name = "FILE")]
        file: String,
        /// The `pack:` name of the pack written.
        #[arg(long, default_value = "imported")]
        pack: String,
    },
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files, directories (searched for .txt, .md and .markdown) or - for standard input.
    #[arg(value_name = "PATH", default_value = "-")]
    pub paths: Vec<String>,
    /// Publication date YYYY-MM-DD; wins over the date in the text.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<chrono::NaiveDate>,
    /// A rule pack (YAML) or a directory of packs, added to the shipped ones; a pack with a
    /// shipped pack's name replaces it. Repeatable.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<String>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Colours: auto = only on a terminal and without NO_COLOR.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Exit 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    pub fail_on: FailOn,
    /// Make every fix in the files themselves (never in quoted speech), then report what is
    /// left. Of two overlapping fixes the first is made.
    #[arg(long)]
    pub fix: bool,
    /// With --fix: print the fixes as --format patch does, and change no file.
    #[arg(long, requires = "fix", conflicts_with = "format")]
    pub dry_run: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    /// One JSON record a line: findings and input errors, as each file completes.
    Jsonl,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands: annotations on the pull request's lines.
    Github,
    /// A unified diff of every fix, for `git apply` or `patch -p1`.
    Patch,
    /// Checkstyle XML, for the CI tools that read it.
    Checkstyle,
}

impl From<Format> for ReportFormat {
    fn from(f: Format) -> ReportFormat {
        match f {
            Format::Human => ReportFormat::Human,
            Format::Json => ReportFormat::Json,
            Format::Jsonl => ReportFormat::Jsonl,
            Format::Sarif => ReportFormat::Sarif,
            Format::Github => ReportFormat::Github,
            Format::Patch => ReportFormat::Patch,
            Format::Checkstyle => ReportFormat::Checkstyle,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    /// Notes too (they never fail otherwise).
    Note,
    /// Only bad input fails (exit 2).
    Never,
}

impl From<FailOn> for PolicyFailOn {
    fn from(f: FailOn) -> PolicyFailOn {
        match f {
            FailOn::Error => PolicyFailOn::Error,
            FailOn::Warning => PolicyFailOn::Warning,
            FailOn::Note => PolicyFailOn::Note,
            FailOn::Never => PolicyFailOn::Never,
        }
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    article::parse_day(s).ok_or_else(|| format!("`{s}` is not a date YYYY-MM-DD"))
}
