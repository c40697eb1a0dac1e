//! `claimcheck rules …`: validate, list, test and import packs.

use super::args::{ImportCommand, RulesCommand};
use super::{Result, fail};
use claimcheck::article;
use claimcheck::exit::ExitStatus;
use claimcheck::rules::files::Packs;
use claimcheck::rules::{RuleSet, cache, import, index, tools, wikidata};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Reads `--rules` paths: files, or directories of `.yaml` / `.yml` files. Errors are printed.
pub fn read_packs(paths: &[String]) -> std::result::Result<Packs, ()> {
    claimcheck::rules::files::read(paths).map_err(fail)
}

/// The shipped packs plus `paths`; every error is printed, one line each.
pub fn load_rules(paths: &[String]) -> std::result::Result<RuleSet, ()> {
    let packs = read_packs(paths)?;
    let stale_compiled: Vec<String> = packs
        .compiled
        .iter()
        .filter(|c| c.stale)
        .map(|c| c.yaml.clone())
        .collect();
    let rules = RuleSet::load_packs(packs).map_err(|errors| errors.iter().for_each(fail))?;
    let stale = rules.people.stale_indexes().into_iter().chain(stale_compiled);
    for path in stale {
        super::note(format!(
            "{path}: changed since it was indexed; its index is used as it was: run `claimcheck rules index` again"
        ));
    }
    Ok(rules)
}

/// The form `rules index` writes a pack in.
enum Fast {
    Index(index::Built),
    Compiled(claimcheck::rules::compiled::PackData),
}

/// `rules index`: a pack validated once and written in a form that loads fast — a people
/// index (`.ccidx`) for a pack of people only, else the compiled pack (`.ccpack`).
fn index(pack: &str, output: Option<&str>, out: &mut impl Write) -> Result<ExitStatus> {
    let refuse = |message: String| {
        fail(message);
        Ok(ExitStatus::Error)
    };
    let (path, text) = match article::read_source(pack) {
        Ok(read) => read,
        Err(e) => return refuse(e.to_string()),
    };
    let data = match claimcheck::rules::schema::parse(&text) {
        Ok(file) => claimcheck::rules::compiled::PackData::from(file),
        Err((Some((line, col)), message)) => return refuse(format!("{path}:{line}:{col}: {message}")),
        Err((None, message)) => return refuse(format!("{path}: {message}")),
    };
    let people_only = index::refuse(&data).is_none();
    let ending = if people_only {
        index::EXTENSION
    } else {
        cache::EXTENSION
    };
    let target = output.map_or_else(|| Path::new(&path).with_extension(ending), PathBuf::from);
    if target.extension().and_then(|e| e.to_str()) != Some(ending) {
        let what = if people_only {
            "a people index"
        } else {
            "a compiled pack (this pack has more than people)"
        };
        return refuse(format!(
            "{}: {what} is written to a file ending in .{ending}",
            target.display()
        ));
    }
    let (name, people) = (data.pack.clone(), data.people.len());
    // Made before validation takes the data: the index, or the data as parsed.
    let form = if people_only {
        match index::build(&data, Path::new(&path), &target) {
            Ok(built) => Fast::Index(built),
            Err(e) => return refuse(format!("{path}: cannot index: {e}")),
        }
    } else {
        Fast::Compiled(data.clone())
    };
    // Validated as it will load: beside the shipped packs, every error at once.
    if let Err(errors) = RuleSet::load_data(vec![(path.clone(), data)], Vec::new()) {
        errors.iter().for_each(fail);
        return Ok(ExitStatus::Error);
    }
    let written = match form {
        Fast::Index(built) => built.write(&target),
        Fast::Compiled(data) => cache::write(data, Path::new(&path), &target),
    };
    match written {
        Ok(size) => writeln!(
            out,
            "indexed `{name}` ({people} people) into {} ({:.1} MB): it is used in place of {path} while that is unchanged",
            target.display(),
            size as f64 / 1e6
        )?,
        Err(e) => return refuse(format!("{}: cannot write: {e}", target.display())),
    }
    Ok(ExitStatus::Clean)
}

/// `rules build`: every pack from knowledge/, written to `dir` or (`check`) compared with it.
fn build(knowledge: &str, dir: &str, check: bool, out: &mut impl Write) -> Result<ExitStatus> {
    let built = match claimcheck::rules::knowledge::build(Path::new(knowledge)) {
        Ok(built) => built,
        Err(errors) => {
            errors.iter().for_each(fail);
            return Ok(ExitStatus::Error);
        }
    };
    // The packs must load together, as they will ship.
    let texts = built
        .iter()
        .map(|b| (format!("{dir}/{}.yaml", b.name), b.text.clone()))
        .collect();
    let rules = match RuleSet::load(texts) {
        Ok(rules) => rules,
        Err(errors) => {
            errors.iter().for_each(fail);
            return Ok(ExitStatus::Error);
        }
    };
    // Where the sources disagree on a term's edge, the days between are left open: said
    // every time, so a reviewer sees each one.
    let disputed = tools::disputed(&rules);
    if !disputed.is_empty() {
        writeln!(
            out,
            "{} term edges the sources put on different days (claims on the days between are unverifiable):",
            disputed.len()
        )?;
        for line in &disputed {
            writeln!(out, "  {line}")?;
        }
    }
    if check {
        let diff = claimcheck::rules::knowledge::check(&built, Path::new(dir));
        if diff.is_empty() {
            writeln!(out, "ok: {} packs are what knowledge/ builds", built.len())?;
            return Ok(ExitStatus::Clean);
        }
        out.write_all(diff.as_bytes())?;
        fail(format!(
            "{dir}/ is not what {knowledge}/ builds: run `claimcheck rules build` and commit the result"
        ));
        return Ok(ExitStatus::Findings);
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        fail(format!("{dir}: cannot create: {e}"));
        return Ok(ExitStatus::Error);
    }
    for b in &built {
        let path = Path::new(dir).join(format!("{}.yaml", b.name));
        if let Err(e) = std::fs::write(&path, &b.text) {
            fail(format!("{}: cannot write: {e}", path.display()));
            return Ok(ExitStatus::Error);
        }
        writeln!(out, "built {}", path.display())?;
    }
    Ok(ExitStatus::Clean)
}

pub fn run(cmd: RulesCommand) -> Result<ExitStatus> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let status = match cmd {
        RulesCommand::Validate { paths } => {
            let Ok(rules) = load_rules(&paths) else {
                return Ok(ExitStatus::Error);
            };
            let names: Vec<&str> = rules.packs.iter().map(|p| p.name.as_str()).collect();
            writeln!(
                out,
                "ok: {} packs ({}), {} offices, {} people",
                names.len(),
                names.join(", "),
                rules.offices.len(),
                rules.people.len()
            )?;
            ExitStatus::Clean
        }
        RulesCommand::List { rules } => {
            let Ok(rules) = load_rules(&rules) else {
                return Ok(ExitStatus::Error);
            };
            out.write_all(tools::list(&rules).as_bytes())?;
            ExitStatus::Clean
        }
        RulesCommand::Test { paths } => {
            let Ok(packs) = read_packs(&paths) else {
                return Ok(ExitStatus::Error);
            };
            let only: Vec<String> = packs.yaml.iter().map(|(p, _)| p.clone()).collect();
            let Ok(rules) = RuleSet::load_packs(packs).map_err(|errors| errors.iter().for_each(fail)) else {
                return Ok(ExitStatus::Error);
            };
            let run = tools::run_examples(&rules, &only);
            for f in &run.failures {
                writeln!(out, "FAIL {f}")?;
            }
            writeln!(out, "{} passed, {} failed", run.passed, run.failures.len())?;
            if run.failures.is_empty() {
                ExitStatus::Clean
            } else {
                ExitStatus::Findings
            }
        }
        // Read as `check` reads, printed by its own printer.
        RulesCommand::Coverage(args) => return super::check::run(*args, super::check::Mode::Coverage),
        RulesCommand::Index { pack, output } => index(&pack, output.as_deref(), &mut out)?,
        RulesCommand::Build {
            check,
            knowledge,
            out: dir,
        } => build(&knowledge, &dir, check, &mut out)?,
        RulesCommand::Import(what) => {
            let written = match what {
                ImportCommand::CongressLegislators { files } => {
                    read_packs(&files).and_then(|inputs| import::congress_legislators(&inputs.yaml).map_err(fail))
                }
                ImportCommand::Csv { file, pack } => article::read_source(&file)
                    .map_err(fail)
                    .and_then(|(path, text)| import::csv(&path, &text, &pack).map_err(fail)),
                ImportCommand::Wikidata { file, offices } => office_map(&offices).map_err(fail).and_then(|offices| {
                    article::read_source(&file)
                        .map_err(fail)
                        .and_then(|(path, text)| wikidata::import(&path, &text, &offices).map_err(fail))
                }),
            };
            match written {
                Ok(pack) => {
                    out.write_all(pack.as_bytes())?;
                    ExitStatus::Clean
                }
                Err(()) => ExitStatus::Error,
            }
        }
    };
    out.flush()?;
    Ok(status)
}

/// `--office Q11696=us-president`, each once.
fn office_map(pairs: &[String]) -> std::result::Result<wikidata::Offices, String> {
    let mut offices = wikidata::Offices::new();
    for pair in pairs {
        let (qid, office) = pair
            .split_once('=')
            .filter(|(q, o)| q.starts_with('Q') && !o.is_empty())
            .ok_or_else(|| format!("--office {pair}: write QID=OFFICE-ID (Q11696=us-president)"))?;
        if offices.insert(qid.to_string(), office.to_string()).is_some() {
            return Err(format!("--office {qid} is given twice"));
        }
    }
    Ok(offices)
}
