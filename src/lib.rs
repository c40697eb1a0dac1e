//! claimcheck: checks news copy for claims that its publication date, a set of facts, or the
//! article itself contradicts.
//!
//! Data flows one way: `article` → `grammar` → `claims` → `checks` → `policy` → `report`, with
//! `rules` (compiled YAML packs) consulted by claims and checks. `engine` runs the stages for
//! one input; `exit` holds the exit codes. `input` names and reads an input (a path or
//! standard input); `walk` turns a directory into the files to check; `fix` turns
//! findings' edits into a patch or fixed files; `config` reads `.claimcheck.yaml` into a
//! policy; `archive` reads JSON Lines / CSV / TSV archives (gzip too) as a stream of records,
//! each checked as an article. `lsp` serves editors through the same engine. `baseline` holds
//! accepted findings out of a run; `changes` keeps a run to the lines changed since a git ref.

pub mod archive;
pub mod article;
pub mod atomic;
pub mod baseline;
pub mod changes;
pub mod checks;
pub mod claims;
pub mod config;
pub mod edit;
pub mod engine;
pub mod eval;
pub mod exit;
pub mod fix;
pub mod grammar;
pub mod input;
pub mod lsp;
pub mod policy;
pub mod report;
pub mod rules;
pub mod walk;
