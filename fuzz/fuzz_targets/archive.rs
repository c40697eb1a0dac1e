//! The `archive` target: see `tests/invariants/mod.rs` for what it asserts.
#![no_main]

#[path = "../../tests/invariants/mod.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::archive(data));
