//! Finding the configuration that applies to a checked path.

use std::path::{Path, PathBuf};

pub const FILE_NAME: &str = ".claimcheck.yaml";

/// The nearest `.claimcheck.yaml` in `start` or a directory above it. The search stops at
/// the repository root — a directory holding `.git` (a directory in a clone, a file in a
/// worktree or submodule) — because a file above the repository belongs to something else.
/// Outside any repository it goes up to the filesystem root, so a file in the home directory
/// can hold a writer's own settings.
pub fn find(start: &Path) -> Option<PathBuf> {
    // `..` and links resolved first, so "up" means up the real tree.
    let start = std::fs::canonicalize(start)
        .or_else(|_| std::path::absolute(start))
        .ok()?;
    for dir in start.ancestors() {
        let candidate = dir.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        if dir.join(".git").exists() {
            return None;
        }
    }
    None
}
