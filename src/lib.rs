//! claimcheck: checks news copy for claims that its publication date, a set of facts, or the
//! article itself contradicts.
//!
//! Data flows one way: `article` → `grammar` → `claims` → `checks` → `report`, with `rules`
//! (compiled YAML packs) consulted by claims and checks.

pub mod article;
pub mod checks;
pub mod claims;
pub mod eval;
pub mod grammar;
pub mod report;
pub mod rules;
