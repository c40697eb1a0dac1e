//! The settings a document is checked with: the nearest `.claimcheck.yaml` above it (as
//! `claimcheck check` finds it) and the packs it names, loaded once per configuration and
//! loaded again when the file or one of its packs changes on disk.
//!
//! A configuration or pack that does not load never stops the checking: its errors are
//! reported (as diagnostics on the file and a message), and documents are checked with the
//! shipped packs and default settings until it is fixed.

use crate::baseline::Baseline;
use crate::config::{self, Config};
use crate::engine::Engine;
use crate::rules::{RuleSet, files};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// An error in a configuration or pack file, where the file says it (1-based, when known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

/// The settings of every document under one configuration (or under none).
pub struct Project {
    /// The `.claimcheck.yaml`, or `None` for documents with none above them.
    pub config: Option<PathBuf>,
    pub rules: Arc<RuleSet>,
    /// The loaded settings (`None` without a configuration, or while it does not load).
    pub settings: Option<Config>,
    /// The configuration's `baseline:`, once `claimcheck baseline` has written it: its
    /// findings are not shown, as `check` does not report them.
    pub baseline: Option<Arc<Baseline>>,
    /// What would not load; empty when all is well.
    pub problems: Vec<Problem>,
    /// The files it was loaded from, as they were then: a change to any means loading again.
    stamp: Stamp,
}

/// Each file read, with its modification time and size (or `None` when it was missing).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Stamp(Vec<(PathBuf, Option<(SystemTime, u64)>)>);

impl Stamp {
    fn of(paths: Vec<PathBuf>) -> Stamp {
        Stamp(
            paths
                .into_iter()
                .map(|p| {
                    let seen = std::fs::metadata(&p)
                        .ok()
                        .map(|m| (m.modified().unwrap_or(SystemTime::UNIX_EPOCH), m.len()));
                    (p, seen)
                })
                .collect(),
        )
    }

    fn is_current(&self, config: Option<&Config>) -> bool {
        *self == Stamp::of(watched_files(config, self.0.first().map(|(p, _)| p.as_path())))
    }
}

/// The configuration file, every pack file it names (a directory stands for its packs) and
/// its baseline.
fn watched_files(config: Option<&Config>, config_path: Option<&Path>) -> Vec<PathBuf> {
    let baseline = config.and_then(|c| c.baseline.clone());
    let packs = config.into_iter().flat_map(|c| &c.rules).flat_map(|p| {
        let p = p.to_string_lossy().into_owned();
        files::files(&p).unwrap_or_else(|_| vec![p])
    });
    config_path
        .map(Path::to_path_buf)
        .into_iter()
        .chain(packs.map(PathBuf::from))
        .chain(baseline)
        .collect()
}

impl Project {
    /// The shipped packs and default settings.
    fn builtin(rules: Arc<RuleSet>) -> Project {
        Project {
            config: None,
            rules,
            settings: None,
            baseline: None,
            problems: Vec::new(),
            stamp: Stamp::default(),
        }
    }

    /// Loads `path` and its packs; on any error, the shipped packs and default settings with
    /// the errors as problems.
    fn load(path: &Path, builtin: &Arc<RuleSet>) -> Project {
        let loaded = Config::load(path, &path.to_string_lossy());
        let config = loaded.as_ref().ok();
        let stamp = Stamp::of(watched_files(config, Some(path)));
        let fallback = |problems: Vec<Problem>| Project {
            config: Some(path.to_path_buf()),
            problems,
            stamp: stamp.clone(),
            ..Project::builtin(builtin.clone())
        };
        let config = match loaded {
            Ok(config) => config,
            Err(errors) => return fallback(errors.iter().map(|e| config_problem(path, e)).collect()),
        };
        let rules = match load_rules(&config) {
            Ok(rules) => rules,
            Err(problems) => return fallback(problems),
        };
        // A baseline that does not load is reported, and the findings are all shown.
        let (baseline, problems) = match config.baseline.as_deref().filter(|b| b.exists()).map(Baseline::load) {
            Some(Ok(baseline)) => (Some(Arc::new(baseline)), Vec::new()),
            Some(Err(e)) => (None, vec![baseline_problem(path, &e)]),
            None => (None, Vec::new()),
        };
        Project {
            config: Some(path.to_path_buf()),
            rules: Arc::new(rules),
            settings: Some(config),
            baseline,
            problems,
            stamp,
        }
    }

    /// An engine on `rules` (this project's, cloned out by the caller) with the project's
    /// settings, set up as `claimcheck check` sets its own.
    pub fn engine<'r>(&self, rules: &'r RuleSet) -> Engine<'r> {
        let mut engine = Engine::new(rules);
        if let Some(config) = &self.settings {
            config.configure(&mut engine);
        }
        engine
    }

    fn is_current(&self) -> bool {
        let Some(path) = &self.config else {
            return true;
        };
        let config = Config::load(path, &path.to_string_lossy()).ok();
        self.stamp.is_current(config.as_ref())
    }
}

/// The shipped packs plus the configuration's, its lint ids checked against them.
fn load_rules(config: &Config) -> Result<RuleSet, Vec<Problem>> {
    let paths: Vec<String> = config.rules.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let config_file = PathBuf::from(&config.path);
    let whole_file = |message: String| Problem {
        file: config_file.clone(),
        line: None,
        column: None,
        message,
    };
    let packs = files::read(&paths).map_err(|e| vec![whole_file(e)])?;
    let rules = RuleSet::load_packs(packs).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| Problem {
                file: PathBuf::from(&e.path),
                line: e.line,
                column: e.col,
                message: e.message,
            })
            .collect::<Vec<_>>()
    })?;
    config.check_lints(&rules).map_err(|errors| {
        errors
            .iter()
            .map(|e| config_problem(&config_file, e))
            .collect::<Vec<_>>()
    })?;
    Ok(rules)
}

/// A bad baseline, on its own file when the error has a place in it, else on the
/// configuration that names it.
fn baseline_problem(config: &Path, e: &crate::baseline::BaselineError) -> Problem {
    match e.place {
        Some((line, column)) => Problem {
            file: PathBuf::from(&e.path),
            line: Some(line),
            column: Some(column),
            message: e.message.clone(),
        },
        None => Problem {
            file: config.to_path_buf(),
            line: None,
            column: None,
            message: e.to_string(),
        },
    }
}

fn config_problem(path: &Path, e: &config::ConfigError) -> Problem {
    Problem {
        file: path.to_path_buf(),
        line: e.place.map(|p| p.line),
        column: e.place.map(|p| p.col),
        message: e.message.clone(),
    }
}

/// Every project the open documents use, by configuration file.
pub struct Projects {
    builtin: Arc<RuleSet>,
    loaded: HashMap<Option<PathBuf>, Project>,
}

impl Projects {
    pub fn new(builtin: RuleSet) -> Projects {
        let builtin = Arc::new(builtin);
        let mut loaded = HashMap::new();
        loaded.insert(None, Project::builtin(builtin.clone()));
        Projects { builtin, loaded }
    }

    /// The configuration that applies to a document at `path` (none for an unsaved one).
    pub fn find(path: Option<&Path>) -> Option<PathBuf> {
        let dir = path?.parent()?;
        config::find(dir)
    }

    /// The project of a configuration, loaded on first use; `true` when it was loaded now.
    pub fn get(&mut self, config: &Option<PathBuf>) -> (&Project, bool) {
        let fresh = !self.loaded.contains_key(config);
        if fresh {
            let project = match config {
                Some(path) => Project::load(path, &self.builtin),
                None => Project::builtin(self.builtin.clone()),
            };
            self.loaded.insert(config.clone(), project);
        }
        (&self.loaded[config], fresh)
    }

    /// Forgets every project whose files changed since it was loaded; they load again on
    /// their next use. Returns the configurations forgotten.
    pub fn forget_changed(&mut self) -> Vec<Option<PathBuf>> {
        let changed: Vec<Option<PathBuf>> = self
            .loaded
            .iter()
            .filter(|(_, p)| !p.is_current())
            .map(|(k, _)| k.clone())
            .collect();
        for key in &changed {
            self.loaded.remove(key);
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::DateKind;

    #[test]
    fn every_setting_reaches_the_engine_as_in_the_cli() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".claimcheck.yaml");
        let yaml = "date-from: published\ncountry: US\ntitle-at-event: warn\nfail-on: note\n";
        std::fs::write(&path, yaml).unwrap();
        let mut projects = Projects::new(RuleSet::builtin().unwrap());
        let (project, _) = projects.get(&Some(path));
        assert_eq!(project.problems, []);
        let engine = project.engine(&project.rules);
        assert_eq!(engine.read.date_from, DateKind::Published);
        assert_eq!(engine.options.country.as_deref(), Some("US"));
        assert_eq!(engine.options.title_at_event, crate::config::TitleAtEvent::Warn);
        assert_eq!(engine.policy.fail_on, crate::policy::FailOn::Note);
    }

    #[test]
    fn a_changed_configuration_is_loaded_again_and_a_bad_one_falls_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".claimcheck.yaml");
        std::fs::write(&path, "disable: [former-incumbent]\n").unwrap();
        let mut projects = Projects::new(RuleSet::builtin().unwrap());
        let key = Some(path.clone());
        let (project, fresh) = projects.get(&key);
        assert!(fresh && project.problems.is_empty());
        let engine = project.engine(&project.rules);
        assert!(engine.policy.disabled.iter().any(|id| id == "former-incumbent"));
        assert!(projects.forget_changed().is_empty());

        std::fs::write(&path, "disable: [formr-incumbent]\nfail_on: x\n").unwrap();
        assert_eq!(projects.forget_changed(), std::slice::from_ref(&key));
        let (project, fresh) = projects.get(&key);
        assert!(fresh);
        let engine = project.engine(&project.rules);
        assert!(engine.policy.disabled.is_empty(), "the defaults until it is fixed");
        assert!(!project.problems.is_empty());
        assert!(project.problems.iter().all(|p| p.file == path && p.line.is_some()));
    }

    #[test]
    fn the_configurations_baseline_is_loaded_and_followed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(".claimcheck.yaml");
        std::fs::write(&path, "baseline: accepted.json\n").unwrap();
        let mut projects = Projects::new(RuleSet::builtin().unwrap());
        let key = Some(path.clone());
        // Not written yet: no baseline, and no problem.
        let (project, _) = projects.get(&key);
        assert!(project.baseline.is_none() && project.problems.is_empty());
        let baseline = dir.path().join("accepted.json");
        std::fs::write(
            &baseline,
            "{\"claimcheck-baseline\": 1, \"fingerprints\": \"claimcheck/v1\", \"findings\": []}",
        )
        .unwrap();
        assert_eq!(projects.forget_changed(), std::slice::from_ref(&key));
        assert!(projects.get(&key).0.baseline.is_some());
        // A broken one is a problem in its own file, at its place.
        std::fs::write(&baseline, "{\n  nope").unwrap();
        assert_eq!(projects.forget_changed(), std::slice::from_ref(&key));
        let (project, _) = projects.get(&key);
        assert!(project.baseline.is_none());
        assert_eq!(project.problems.len(), 1);
        assert_eq!(
            (project.problems[0].file.clone(), project.problems[0].line),
            (baseline, Some(2))
        );
    }
}
