//! Which `.claimcheck.yaml` a command uses, and the packs it adds. Errors are printed here,
//! one line each; the caller exits 2.

use super::args::ConfigArgs;
use super::fail;
use super::rules::load_rules;
use claimcheck::config::{self, Config};
use claimcheck::rules::RuleSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Where the search for a configuration starts: the first path's directory (the path itself
/// when it is one), or the current directory for standard input and for no path at all.
pub fn start_dir(paths: &[OsString]) -> PathBuf {
    let Some(first) = paths.first().filter(|p| *p != "-") else {
        return PathBuf::from(".");
    };
    let first = Path::new(first);
    if first.is_dir() {
        return first.to_path_buf();
    }
    match first.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `--config FILE`, else the nearest `.claimcheck.yaml` above `start`; none with
/// `--no-config`.
pub fn load(args: &ConfigArgs, start: &Path) -> Result<Option<Config>, ()> {
    if args.no_config {
        return Ok(None);
    }
    let path = match &args.config {
        Some(named) => named.clone(),
        None => match config::find(start) {
            Some(found) => relative_to_cwd(found),
            None => return Ok(None),
        },
    };
    Config::load(&path, &path.to_string_lossy())
        .map(Some)
        .map_err(|errors| errors.iter().for_each(fail))
}

/// The shipped packs, the configuration's `rules:`, then `--rules`; the configuration's lint
/// ids are checked against them.
pub fn rules_with(config: Option<&Config>, flag_rules: &[String]) -> Result<RuleSet, ()> {
    let from_config = config.into_iter().flat_map(|c| &c.rules);
    let paths: Vec<String> = from_config
        .map(|p| p.to_string_lossy().into_owned())
        .chain(flag_rules.iter().cloned())
        .collect();
    let rules = load_rules(&paths)?;
    if let Some(config) = config {
        config
            .check_lints(&rules)
            .map_err(|errors| errors.iter().for_each(fail))?;
    }
    Ok(rules)
}

/// The file's `exclude:` globs, for the walker.
pub fn excludes(config: &Config) -> Vec<String> {
    config.excludes_from(&cwd())
}

/// The file's `archives:` globs, for the walker.
pub fn archives(config: &Config) -> Vec<String> {
    config.archives_from(&cwd())
}

fn cwd() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

/// A found file named as the user would type it: relative when it is under the current
/// directory, absolute otherwise.
fn relative_to_cwd(path: PathBuf) -> PathBuf {
    let cwd = std::env::current_dir().and_then(std::fs::canonicalize);
    match cwd
        .ok()
        .and_then(|cwd| path.strip_prefix(cwd).ok().map(Path::to_path_buf))
    {
        Some(relative) => relative,
        None => path,
    }
}
