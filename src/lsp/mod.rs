//! `claimcheck lsp`: a language server over standard input and output, so editors show
//! findings while the copy is written. It checks documents through the same `Engine` and
//! policy stage as `claimcheck check`; this module only speaks the protocol.
//!
//! One file a role: `server` (the loop and the messages), `documents` (open texts and their
//! changes), `positions` (byte offsets ↔ LSP positions in UTF-16 or UTF-8), `project`
//! (`.claimcheck.yaml` and packs, reloaded when they change), `diagnostics`, `actions`
//! (fixes and suppressions), `hover` (the claims ledger) and `explain` (the pages a
//! diagnostic's code links to).

mod actions;
mod diagnostics;
mod documents;
mod explain;
mod hover;
mod positions;
mod project;
mod server;

pub use server::{run_stdio, serve};
