//! The README must document every finding id the checks can produce.

#[test]
fn every_finding_id_is_in_the_readme() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let missing: Vec<&str> = claimcheck::checks::ids()
        .into_iter()
        .filter(|id| !readme.contains(&format!("`{id}`")))
        .collect();
    assert!(missing.is_empty(), "README.md does not mention {missing:?}");
}
