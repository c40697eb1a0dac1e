//! `exclude:` globs moved from the configuration file's directory to the current one.
//!
//! The file means its globs as a `.gitignore` does, relative to its own directory, so that
//! `exclude: [drafts/**]` means the same from wherever claimcheck runs. The walker matches
//! globs as `--exclude` gives them: against paths as walked, relative to the current
//! directory. A glob without a `/` (but a trailing one) matches a name at any depth and needs
//! no moving; an anchored one gets the way from the current directory to the file's.

use std::path::{Component, Path};

/// `glob`, written relative to `dir`, for paths walked from `cwd` (both absolute): one glob,
/// or two when the file is above the current directory — one for the paths below it, one for
/// paths given through `..`.
pub fn rebase(glob: &str, dir: &Path, cwd: &Path) -> Vec<String> {
    let body = glob.strip_prefix('/').unwrap_or(glob);
    let anchored = glob.starts_with('/') || body.trim_end_matches('/').contains('/');
    if !anchored || body.starts_with("**/") {
        return vec![glob.to_string()];
    }
    let dir = names(dir);
    let cwd = names(cwd);
    let common = dir.iter().zip(&cwd).take_while(|(a, b)| a == b).count();
    let (up, down) = (&cwd[common..], &dir[common..]);
    // The way from the current directory to the file's: `..` out, then down into it.
    let ups = up.iter().map(|_| "..");
    let through = join(ups.chain(down.iter().map(String::as_str)).chain([body]));
    if !up.is_empty() && down.is_empty() {
        // The file is above: below the current directory, the directories the walk is
        // already in are dropped from the glob. When the glob covers the current directory
        // itself, that is everything (`**`) — paths given through `..` included, a limit of
        // matching paths as given.
        if let Some(below) = strip_leading(body, up) {
            return vec![anchor(below), through];
        }
    }
    vec![anchor(through)]
}

/// A glob that lost its directories keeps to the top: `drafts` alone would match a `drafts`
/// at any depth, `/drafts` only the one here.
fn anchor(glob: String) -> String {
    if glob.starts_with("**") || glob.trim_end_matches('/').contains('/') {
        glob
    } else {
        format!("/{glob}")
    }
}

/// What is left of `body` below the directories `names`, when its leading parts match them
/// (a `*` matches any one name); `None` when the glob names other directories.
fn strip_leading(body: &str, names: &[String]) -> Option<String> {
    let mut rest = body;
    for name in names {
        let (part, after) = rest.split_once('/').unwrap_or((rest, ""));
        if part == "**" {
            // Any depth: the rest may match below the current directory too.
            return Some(rest.to_string());
        }
        if part != "*" && part != name {
            return None;
        }
        rest = after;
    }
    // The glob named the current directory itself: everything in it.
    Some(if rest.is_empty() {
        "**".to_string()
    } else {
        rest.to_string()
    })
}

fn names(path: &Path) -> Vec<String> {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(name) => Some(name.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect()
}

fn join<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    parts.filter(|p| !p.is_empty()).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::rebase;
    use std::path::Path;

    fn from(glob: &str, dir: &str, cwd: &str) -> Vec<String> {
        rebase(glob, Path::new(dir), Path::new(cwd))
    }

    #[test]
    fn a_glob_without_a_slash_matches_at_any_depth_and_stays() {
        assert_eq!(from("*.tmp.md", "/repo", "/elsewhere"), ["*.tmp.md"]);
        assert_eq!(from("drafts/", "/repo", "/repo/site"), ["drafts/"]);
        assert_eq!(from("**/drafts/**", "/repo", "/repo/site"), ["**/drafts/**"]);
    }

    #[test]
    fn run_where_the_file_is() {
        assert_eq!(from("drafts/**", "/repo", "/repo"), ["drafts/**"]);
        assert_eq!(from("/drafts", "/repo", "/repo"), ["/drafts"]);
        assert_eq!(from("/drafts/", "/repo", "/repo"), ["/drafts/"]);
    }

    #[test]
    fn run_above_the_file() {
        assert_eq!(from("drafts/**", "/repo/site", "/repo"), ["site/drafts/**"]);
        assert_eq!(from("/drafts", "/work/repo", "/work"), ["repo/drafts"]);
    }

    #[test]
    fn run_below_the_file() {
        let cases: [(&str, &str, &[&str]); 6] = [
            ("site/drafts/**", "/repo/site", &["drafts/**", "../site/drafts/**"]),
            ("site/old.md", "/repo/site", &["/old.md", "../site/old.md"]),
            ("*/drafts/**", "/repo/site", &["drafts/**", "../*/drafts/**"]),
            ("site/**/old.md", "/repo/site", &["**/old.md", "../site/**/old.md"]),
            ("site/a/**", "/repo/site/a", &["**", "../../site/a/**"]),
            // Another directory than the one the walk is in: reached as `../`, as paths given
            // so are.
            ("archive/**", "/repo/site", &["../archive/**"]),
        ];
        for (glob, cwd, want) in cases {
            assert_eq!(from(glob, "/repo", cwd), want, "{glob} from {cwd}");
        }
    }

    #[test]
    fn run_beside_the_file() {
        assert_eq!(from("drafts/**", "/work/repo", "/work/other"), ["../repo/drafts/**"]);
    }
}
