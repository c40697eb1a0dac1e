//! What the benchmarks share.

use std::time::{Duration, Instant};

/// The median wall time of `runs` runs of `f`: one slow run on a busy machine does not move it.
pub fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}
