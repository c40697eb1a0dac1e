//! The importers regenerate the shipped packs from ../shared/data byte for byte.

use claimcheck::rules::import;

const DATA: &str = "../shared/data/congress-legislators";

#[test]
fn us_congress_pack_is_what_the_importer_writes() {
    let files = ["legislators-current.yaml", "legislators-historical.csv"].map(|f| format!("{DATA}/{f}"));
    if !std::path::Path::new(&files[0]).exists() {
        assert!(
            std::env::var("CI").map_or(true, |v| v != "true"),
            "{DATA} is missing in CI"
        );
        eprintln!("skipping: {DATA} not found");
        return;
    }
    let inputs: Vec<(String, String)> = files
        .iter()
        .map(|f| (f.clone(), std::fs::read_to_string(f).unwrap()))
        .collect();
    let written = import::congress_legislators(&inputs).unwrap();
    let shipped = std::fs::read_to_string("rules/us-congress.yaml").unwrap();
    assert!(
        written == shipped,
        "rules/us-congress.yaml is stale: regenerate it with the command in the README"
    );
}
