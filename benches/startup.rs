//! Start-up cost: loading every shipped pack, and the parts of it.
//!
//!     cargo bench --bench startup
//!
//! Prints the median of many runs of each step (machines are noisy: compare the rows of one
//! run with each other, not with another day's numbers).

mod common;
use common::median;

use claimcheck::rules::{BUILTIN_PACKS, RuleSet};

fn main() {
    let runs = 25;
    let yaml = median(runs, || {
        for (_, text, _) in BUILTIN_PACKS {
            let v = claimcheck::rules::schema::parse(text).unwrap();
            std::hint::black_box(v);
        }
    });
    let load = median(runs, || drop(std::hint::black_box(RuleSet::builtin().unwrap())));
    let decode = median(runs, || {
        for (_, _, bytes) in BUILTIN_PACKS {
            std::hint::black_box(claimcheck::rules::compiled::decode(bytes).unwrap());
        }
    });
    let bytes: usize = BUILTIN_PACKS.iter().map(|(_, t, _)| t.len()).sum();
    println!("shipped packs: {} files, {} KiB", BUILTIN_PACKS.len(), bytes / 1024);
    println!("parse YAML only        median {:>8.2} ms", yaml.as_secs_f64() * 1e3);
    println!("decode packs only      median {:>8.2} ms", decode.as_secs_f64() * 1e3);
    println!("RuleSet::builtin()     median {:>8.2} ms", load.as_secs_f64() * 1e3);
}
