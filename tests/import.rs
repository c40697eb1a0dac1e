//! The importers regenerate the shipped packs from ../shared/data byte for byte. The data is
//! not in the repository: the test is `#[ignore]`d on a clone and run by CI
//! (`cargo test -- --include-ignored`), which has it beside the checkout.

use claimcheck::rules::import;

const DATA: &str = "../shared/data/congress-legislators";

#[test]
#[ignore = "needs ../shared/data beside the repository; CI runs it"]
fn us_congress_pack_is_what_the_importer_writes() {
    let files = ["legislators-current.yaml", "legislators-historical.csv"].map(|f| format!("{DATA}/{f}"));
    assert!(std::path::Path::new(&files[0]).exists(), "{DATA} is missing");
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
