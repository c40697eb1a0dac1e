//! Inputs the fuzz targets (`fuzz/`) once failed on, replayed through the same assertions:
//! `tests/regressions/<target>/<file>` holds the bytes libFuzzer saved, as the target reads
//! them (see `tests/invariants/mod.rs`). To add one, copy the crash file from
//! `fuzz/artifacts/<target>/` and name it for what broke.

mod invariants;

use std::path::Path;

/// Every input saved for `target`, in name order; the test fails if there is none, so a
/// renamed folder cannot pass unseen.
fn replay(target: &str, run: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/regressions")
        .join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no inputs in {}", dir.display());
    for file in files {
        let data = std::fs::read(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if let Err(panic) = std::panic::catch_unwind(|| run(&data)) {
            let why = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            panic!("{target}/{name} fails again: {why}");
        }
    }
}

#[test]
fn archive_inputs() {
    replay("archive", invariants::archive);
}

#[test]
fn people_index_inputs() {
    replay("people_index", invariants::people_index);
}

#[test]
fn check_fix_inputs() {
    replay("check_fix", invariants::check_fix);
}

#[test]
fn read_inputs() {
    replay("read", invariants::read);
}

/// The archive and index targets' assertions hold on the shapes their seeds have (the fuzz
/// targets build on these functions; an input they fail on goes in `tests/regressions/`).
#[test]
fn archive_and_index_invariants_hold_on_their_seed_shapes() {
    invariants::archive(b"\x00{\"id\":\"a\",\"date\":\"2025-03-11\",\"text\":\"He answered former US President Donald Trump.\"}\nnot json\n{\"text\":\"no date\"}\n");
    invariants::archive(b"\x01id,date,text\na,2025-03-11,\"Two\nlines, on Wednesday, March 11, 2025.\"\nb,bad,x\n");
    invariants::archive(b"\x02id\tdate\n");
    invariants::archive(b"\x00\x1f\x8b\x08broken gzip");
    invariants::people_index(b"claimcheck people index 2\n\xff\xff\xff\xff\xff\xff\xff\xff");
    invariants::people_index(b"");
}
