//! Every shipped pack's `examples:` — what it must flag and what it must leave alone.

use claimcheck::article::{Article, DateSource};
use claimcheck::checks::check_article;
use claimcheck::rules::RuleSet;

#[test]
fn shipped_pack_examples_hold() {
    let rules = RuleSet::builtin().expect("shipped packs load");
    let mut failures = Vec::new();
    let mut count = 0;
    for pack in &rules.packs {
        for ex in &pack.examples {
            count += 1;
            assert!(ex.date.day.is_some(), "{}: example dates must be full dates", pack.path);
            let article = Article::parse(
                &pack.path,
                ex.text.clone(),
                Some((ex.date.earliest(), DateSource::Flag)),
            )
            .unwrap();
            let mut got: Vec<String> = check_article(&article, &rules)
                .findings()
                .map(|f| f.check.to_string())
                .collect();
            let mut want = ex.expect.clone();
            got.sort();
            want.sort();
            if got != want {
                failures.push(format!(
                    "{} {} {:?}: expected {want:?}, got {got:?}",
                    pack.path, ex.date, ex.text
                ));
            }
        }
    }
    assert!(count > 0, "the shipped packs have no examples");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
