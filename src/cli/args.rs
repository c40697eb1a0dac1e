//! The command line's shape (clap derive). Only parsing lives here.

use claimcheck::archive::ArchiveFormat;
use claimcheck::article::{self, DateKind, Fields};
pub use claimcheck::policy::FailOn;
pub use claimcheck::report::Format;
use claimcheck::walk::WalkOptions;
use clap::{Parser, Subcommand, ValueEnum};
use std::ffi::OsString;

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
    /// Check articles (files, directories, or - for stdin) and report findings.
    Check(CheckArgs),
    /// List every claim with its verdict (supported / contradicted / unverifiable) and the fact
    /// that decided it. Takes the options of `check`; exits 0 unless an input is bad.
    Claims(CheckArgs),
    /// Validate, list, test or import rule packs.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// An audit of archives (or files): the summary tables on standard output (`check
    /// --summary`), and a one-page report with --html / --svg. Takes the options of `check`.
    Audit(AuditArgs),
    /// Write today's findings as the baseline of accepted ones (.claimcheck-baseline.json, or
    /// the configuration's `baseline:`): `check` then reports only findings not in it. Takes
    /// the options of `check`; entries of files not checked this time are kept.
    Baseline(BaselineArgs),
    /// Write a commented .claimcheck.yaml, every key at its default, in the current directory.
    Init,
    /// What a finding id means, an example, and how to silence it.
    Explain(ExplainArgs),
    /// Print a completion script for SHELL (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on standard output.
    Man,
    /// Run the language server on standard input and output, for editors (VS Code, Neovim,
    /// Helix, Zed, Emacs, Sublime): findings as diagnostics while you write.
    Lsp(LspArgs),
}

#[derive(clap::Args)]
pub struct LspArgs {
    /// Talk over standard input and output (the only transport; accepted because many
    /// editors pass it).
    #[arg(long)]
    pub stdio: bool,
}

#[derive(clap::Args)]
pub struct ExplainArgs {
    /// A finding id: `former-incumbent`, or a pack lint `lint/kyiv-spelling`.
    #[arg(value_name = "ID", required_unless_present = "list", conflicts_with = "list")]
    pub id: Option<String>,
    /// Every id, built-in and from the loaded packs, with its severity and summary.
    #[arg(long)]
    pub list: bool,
    /// A rule pack or a directory of packs whose lints to explain too. Repeatable.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<String>,
    #[command(flatten)]
    pub config: ConfigArgs,
}

/// Which `.claimcheck.yaml` applies.
#[derive(clap::Args)]
pub struct ConfigArgs {
    /// Use this configuration file instead of the nearest .claimcheck.yaml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,
    /// Use no configuration file.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
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
    /// Over the articles at PATHs (read as `check` reads them), the titled names no pack knows,
    /// most frequent first, and the share of title claims left unverifiable (--format json: all).
    Coverage(Box<CheckArgs>),
    /// Index a large pack once: a pack of people only (names, aliases, births, deaths,
    /// occupations) becomes PACK.ccidx, which loads in constant time; any other pack becomes
    /// PACK.ccpack, compiled. Either is used in the YAML's place while the YAML is unchanged.
    Index {
        #[arg(value_name = "PACK")]
        pack: String,
        /// Where it goes. [default: the pack's path ending in .ccidx or .ccpack]
        #[arg(short, long, value_name = "FILE")]
        output: Option<String>,
    },
    /// Build every shipped pack from knowledge/ (sources and curated rows) into rules/.
    Build {
        /// Write nothing; exit 1 with a diff when a shipped pack is not what the knowledge builds.
        #[arg(long)]
        check: bool,
        /// Where the knowledge is.
        #[arg(long, value_name = "DIR", default_value = "knowledge")]
        knowledge: String,
        /// Where the built packs go.
        #[arg(long, value_name = "DIR", default_value = "rules")]
        out: String,
    },
}

#[derive(Subcommand)]
pub enum ImportCommand {
    /// unitedstates/congress-legislators `legislators-current.yaml` and/or the historical file.
    CongressLegislators {
        #[arg(value_name = "FILE", required = true)]
        files: Vec<String>,
    },
    /// A CSV with columns person,name,aliases,office,title,from,to,born,died (one row a term;
    /// aliases separated by `;`).
    Csv {
        #[arg(value_name = "FILE")]
        file: String,
        /// The `pack:` name of the pack written.
        #[arg(long, default_value = "imported")]
        pack: String,
    },
    /// Wikidata query results (SPARQL JSON, or CSV when FILE ends in .csv) → rows of the row
    /// format on stdout, for knowledge/curated/ (README: the query). People with no position
    /// are rows too.
    Wikidata {
        #[arg(value_name = "FILE")]
        file: String,
        /// The office a position's terms go to: Q11696=us-president (repeat for each).
        #[arg(long = "office", value_name = "QID=OFFICE-ID")]
        offices: Vec<String>,
    },
}

#[derive(clap::Args)]
pub struct CheckArgs {
    /// Files, directories (searched for .txt, .md, .markdown, .html and .htm) or - for
    /// standard input. None: the current directory when standard input is a terminal, else
    /// standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<OsString>,
    #[command(flatten)]
    pub walk: WalkArgs,
    /// Publication date YYYY-MM-DD; wins over the date in the text.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub date: Option<chrono::NaiveDate>,
    /// A rule pack (YAML) or a directory of packs, added to the shipped ones; a pack with a
    /// shipped pack's name replaces it. Repeatable.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<String>,
    /// Which front-matter date the checks use when there are two: the text as it stands
    /// reflects its last update. [default: updated]
    #[arg(long, value_enum)]
    pub date_from: Option<DateKind>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Colours: auto = only on a terminal and without NO_COLOR.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Exit 1 when a finding at or above this severity is reported. [default: warning]
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Make every fix in the files themselves (never in quoted speech), then report what is
    /// left. Of two overlapping fixes the first is made.
    #[arg(long)]
    pub fix: bool,
    /// With --fix: print the fixes as --format patch does, and change no file.
    #[arg(long, requires = "fix", conflicts_with = "format")]
    pub dry_run: bool,
    /// Print only the one-line summary (human output).
    #[arg(short, long)]
    pub quiet: bool,
    /// End with the audit's tables: findings by id, by severity, by year and id, the records
    /// with the most findings, claims per verdict, records read and skipped (JSON: in the
    /// summary; JSONL: a last summary line).
    #[arg(long)]
    pub summary: bool,
    /// Threads checking at once. [default: every core, or RAYON_NUM_THREADS]
    #[arg(short = 'j', long = "threads", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// A progress bar on stderr: auto = only when stderr is a terminal.
    #[arg(long, value_enum, default_value_t = ProgressWhen::Auto)]
    pub progress: ProgressWhen,
    /// Report only the findings this baseline (written by `claimcheck baseline`) does not
    /// hold, and list its entries that match nothing any more. [default: the configuration's
    /// `baseline:`]
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<std::path::PathBuf>,
    /// Use no baseline, not even the configuration's.
    #[arg(long, conflicts_with = "baseline")]
    pub no_baseline: bool,
    /// Check only the files changed since REF (branch, tag or commit; since the branch left
    /// it, uncommitted edits and new files included) and report only the findings whose
    /// sentence touches a changed line. Runs git.
    #[arg(long, value_name = "REF")]
    pub changed_since: Option<String>,
    #[command(flatten)]
    pub archive: ArchiveArgs,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(clap::Args)]
pub struct BaselineArgs {
    #[command(flatten)]
    pub check: CheckArgs,
    /// Where the baseline is written. [default: the configuration's `baseline:`, else
    /// .claimcheck-baseline.json]
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<std::path::PathBuf>,
    /// Add no finding: only drop the entries that match nothing any more.
    #[arg(long)]
    pub prune: bool,
}

/// How archives of records are read.
#[derive(clap::Args)]
pub struct ArchiveArgs {
    /// Read standard input and the files named as archives in this format (gzip-compressed
    /// or not); in directories, walk `.csv` / `.tsv` files of this format as archives too.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<ArchiveFormat>,
    /// The field (column) holding a record's text.
    #[arg(long, value_name = "NAME", default_value = "text")]
    pub text_field: String,
    /// The field holding a record's publication date (ISO 8601, RFC 2822, "March 11, 2025").
    #[arg(long, value_name = "NAME", default_value = "date")]
    pub date_field: String,
    /// The field holding a record's id, shown with its findings.
    #[arg(long, value_name = "NAME", default_value = "id")]
    pub id_field: String,
    /// The field holding a record's headline, checked too ('' for none).
    #[arg(long, value_name = "NAME", default_value = "title")]
    pub title_field: String,
    /// The field holding the date of a record's last update, used as --date-from says ('' for
    /// none).
    #[arg(long, value_name = "NAME", default_value = "updated")]
    pub updated_field: String,
    /// Report bad records (on stderr and in machine output) without failing the run on them.
    #[arg(long)]
    pub skip_bad: bool,
}

impl ArchiveArgs {
    pub fn fields(&self) -> Fields {
        let optional = |name: &String| (!name.is_empty()).then(|| name.clone());
        Fields {
            text: self.text_field.clone(),
            date: self.date_field.clone(),
            id: self.id_field.clone(),
            title: optional(&self.title_field),
            updated: optional(&self.updated_field),
        }
    }
}

#[derive(clap::Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub check: CheckArgs,
    /// Write a one-page HTML report (self-contained: no scripts, nothing fetched).
    #[arg(long, value_name = "FILE")]
    pub html: Option<std::path::PathBuf>,
    /// Write the chart of findings per year by id as an SVG image.
    #[arg(long, value_name = "FILE")]
    pub svg: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProgressWhen {
    Auto,
    Always,
    Never,
}

/// How directories are walked (files named on the command line are always read).
#[derive(clap::Args)]
pub struct WalkArgs {
    /// Walk hidden files and directories (names starting with `.`) too.
    #[arg(long)]
    pub hidden: bool,
    /// Read no .gitignore, .ignore or git exclude file.
    #[arg(long)]
    pub no_ignore: bool,
    /// Walk only files matching GLOB (ripgrep syntax, over ignore files); `!GLOB` skips
    /// matches. Repeatable; later globs win.
    #[arg(short = 'g', long = "glob", value_name = "GLOB")]
    pub globs: Vec<String>,
    /// Skip files and directories matching GLOB, whatever --glob says. Repeatable.
    #[arg(long = "exclude", value_name = "GLOB")]
    pub excludes: Vec<String>,
}

impl WalkArgs {
    /// The walk's options; `config_excludes` (a config file's `exclude:`) join `--exclude`;
    /// `tables` (`--input-format`) and `archives` (a config's `archives:`) say which `.csv` /
    /// `.tsv` files are archives.
    pub fn options(
        &self,
        config_excludes: Vec<String>,
        tables: Option<ArchiveFormat>,
        archives: Vec<String>,
    ) -> WalkOptions {
        WalkOptions {
            hidden: self.hidden,
            no_ignore: self.no_ignore,
            globs: self.globs.clone(),
            excludes: self.excludes.iter().cloned().chain(config_excludes).collect(),
            tables,
            archives,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    article::parse_day(s).ok_or_else(|| format!("`{s}` is not a date YYYY-MM-DD"))
}
