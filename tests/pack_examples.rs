//! Every shipped pack's `examples:` — what it must flag and what it must leave alone.

use claimcheck::rules::{RuleSet, tools};

#[test]
fn shipped_pack_examples_hold() {
    let rules = RuleSet::builtin().expect("shipped packs load");
    let run = tools::run_examples(&rules, &[]);
    assert!(run.passed > 0, "the shipped packs have no examples");
    assert!(run.failures.is_empty(), "{}", run.failures.join("\n"));
}
