//! `claimcheck rules build`: every shipped pack from `knowledge/`, the one home of facts.
//!
//! `knowledge/packs/NAME.yaml` is either a pack as it ships (hand-kept vocabulary and style
//! rules: copied through after it loads) or a build manifest (`pack:` and `build:`), which
//! names an importer and its inputs under `knowledge/` (`sources/NAME/…`, public data with its
//! `SOURCE.md`; `curated/…`, rows a researcher adds, each with its source). The build is
//! deterministic: the same knowledge gives the same bytes, and `--check` says where a shipped
//! pack differs.
//!
//! A `rows` manifest may also name sources, each with the adapter that reads it (`read:`, see
//! `super::adapters`): into rows that come before the `inputs`, and row by row where curated
//! rows cite them; and packs whose offices its terms name (`depends:`), which are built first,
//! or taken from the packs claimcheck ships.

use super::adapters::{self, Cited};
use super::{import, rows};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// A pack as built: its name and its YAML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Built {
    pub name: String,
    pub text: String,
}

/// The head of a file in `knowledge/packs/`: a manifest when it has `build:`.
#[derive(Deserialize)]
struct Head {
    pack: String,
    #[serde(default)]
    build: Option<serde::de::IgnoredAny>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    pack: String,
    build: Build,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Build {
    importer: Importer,
    /// For `rows`: sources, each with the adapter that reads it (and the curated tables it
    /// needs): into rows, before the `inputs`, and where a row cites a row of it.
    #[serde(default)]
    read: Vec<adapters::Spec>,
    #[serde(default)]
    inputs: Vec<String>,
    /// For `rows`: the pack's description and its sources and licences, as the pack states them.
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    source: Option<String>,
    /// For `rows`: the last day the curated rows were checked against their sources: a term
    /// without an end is known to run until then (the pack's `known-until`).
    #[serde(default)]
    known_until: Option<super::FactDate>,
    /// For `rows`: the pack's own tests, written into it.
    #[serde(default)]
    examples: Vec<super::schema::Example>,
    /// For `rows`: packs whose offices this pack's terms name.
    #[serde(default)]
    depends: Vec<String>,
}

#[derive(Deserialize, Clone, Copy)]
#[serde(rename_all = "kebab-case")]
enum Importer {
    CongressLegislators,
    Rows,
}

/// Builds every pack `knowledge/packs/` describes, in file-name order.
pub fn build(knowledge: &Path) -> Result<Vec<Built>, Vec<String>> {
    let packs_dir = knowledge.join("packs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&packs_dir)
        .map_err(|e| vec![format!("{}: cannot read: {e}", packs_dir.display())])?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    let mut built = Vec::new();
    let mut errors = Vec::new();
    // A pack that depends on another waits while that one is still to be built; a round that
    // builds nothing leaves only packs that wait on each other.
    let mut waiting = files;
    loop {
        let before = waiting.len();
        let pending: Vec<String> = waiting.iter().map(|f| stem(f).to_string()).collect();
        waiting.retain(|file| match build_one(knowledge, file, &pending, &built) {
            Ok(Some(pack)) => {
                built.push(pack);
                false
            }
            Ok(None) => true,
            Err(mut e) => {
                errors.append(&mut e);
                false
            }
        });
        if waiting.is_empty() || waiting.len() == before {
            break;
        }
    }
    for file in waiting {
        errors.push(format!("{}: its `depends:` packs depend on it in turn", file.display()));
    }
    built.sort_by(|a, b| a.name.cmp(&b.name));
    if errors.is_empty() { Ok(built) } else { Err(errors) }
}

fn stem(file: &Path) -> &str {
    file.file_stem().and_then(|s| s.to_str()).unwrap_or_default()
}

/// Builds one pack, or nothing yet (`Ok(None)`) while a pack it depends on is `pending` and
/// not yet `built`.
fn build_one(knowledge: &Path, file: &Path, pending: &[String], built: &[Built]) -> Result<Option<Built>, Vec<String>> {
    let shown = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|e| vec![format!("{shown}: cannot read: {e}")])?;
    let located = |(place, message): (Option<(usize, usize)>, String)| match place {
        Some((line, col)) => vec![format!("{shown}:{line}:{col}: {message}")],
        None => vec![format!("{shown}: {message}")],
    };
    let head: Head = super::schema::parse_yaml(&text).map_err(located)?;
    if head.pack != stem(file) {
        return Err(vec![format!(
            "{shown}: the pack is named `{}`; its file must be {}.yaml",
            head.pack, head.pack
        )]);
    }
    if head.build.is_none() {
        // A pack kept by hand: it must load, and ships as it is.
        super::schema::parse(&text).map_err(located)?;
        return Ok(Some(Built { name: head.pack, text }));
    }
    let manifest: Manifest = super::schema::parse_yaml(&text).map_err(located)?;
    let depends = &manifest.build.depends;
    if depends
        .iter()
        .any(|d| pending.contains(d) && !built.iter().any(|b| &b.name == d))
    {
        return Ok(None);
    }
    let inputs = read_inputs(knowledge, &manifest.build.inputs, &shown)?;
    let text = match manifest.build.importer {
        Importer::CongressLegislators if !(manifest.build.read.is_empty() && depends.is_empty()) => {
            return Err(vec![format!(
                "{shown}: `read:` and `depends:` are for `importer: rows`"
            )]);
        }
        Importer::CongressLegislators => import::congress_legislators(&inputs).map_err(|e| vec![e])?,
        Importer::Rows => {
            let (adapted, cited) = read_sources(knowledge, &manifest.build.read, &shown)?;
            rows::pack(
                &rows::Head {
                    name: &manifest.pack,
                    description: manifest.build.description.as_deref(),
                    source: manifest.build.source.as_deref(),
                    known_until: manifest.build.known_until,
                    examples: &manifest.build.examples,
                },
                &adapted,
                &inputs,
                knowledge,
                rows::Context {
                    cited,
                    offices: offices_of(depends, built).map_err(|e| vec![format!("{shown}: {e}")])?,
                },
            )?
        }
    };
    Ok(Some(Built {
        name: manifest.pack,
        text,
    }))
}

/// The offices the packs `depends` names define: as built here, or as claimcheck ships them.
fn offices_of(depends: &[String], built: &[Built]) -> Result<Vec<rows::Office>, String> {
    let mut offices = Vec::new();
    for name in depends {
        let data = match built.iter().find(|b| &b.name == name) {
            Some(pack) => super::schema::parse(&pack.text)
                .map(super::PackData::from)
                .map_err(|(_, e)| format!("the pack `{name}` it depends on: {e}"))?,
            None => {
                let shipped = format!("rules/{name}.yaml");
                let (_, _, bytes) = super::BUILTIN_PACKS
                    .iter()
                    .find(|(path, ..)| *path == shipped)
                    .ok_or_else(|| {
                        format!(
                            "it depends on `{name}`, which neither knowledge/packs/ nor claimcheck's shipped packs hold"
                        )
                    })?;
                super::compiled::decode(bytes).map_err(|e| format!("the shipped pack `{name}`: {e}"))?
            }
        };
        offices.extend(data.offices.into_iter().map(|o| rows::Office {
            id: o.id,
            country: o.country.unwrap_or_default(),
            title: o.title,
            aliases: o.aliases,
            government: o.government.unwrap_or_default(),
            holders: String::new(),
            complete: None,
            keeps_title: false,
            defined_in: Some(name.clone()),
        }));
    }
    Ok(offices)
}

/// The sources of a manifest's `read:`, each read by its adapter: the rows the adapters read
/// from them, in the order listed, and the sources whose rows curated rows may cite.
fn read_sources(
    knowledge: &Path,
    specs: &[adapters::Spec],
    manifest: &str,
) -> Result<(Vec<rows::Row>, Cited), Vec<String>> {
    let mut out = Vec::new();
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for spec in specs {
        if let Some(outside) = std::iter::once(&spec.source)
            .chain(&spec.with)
            .find(|s| source_folder(s).is_none())
        {
            errors.push(format!(
                "{manifest}: an adapter reads a source under sources/, not `{outside}`"
            ));
            continue;
        }
        let read = read_inputs(knowledge, std::slice::from_ref(&spec.source), manifest).and_then(|mut source| {
            let tables = read_inputs(knowledge, &spec.tables, manifest)?;
            let with = read_inputs(knowledge, &spec.with, manifest)?;
            let rows = adapters::read_rows(spec, knowledge, &source[0], &tables, with)?;
            Ok((rows, source.remove(0)))
        });
        match read {
            Ok((mut rows, source)) => {
                out.append(&mut rows);
                sources.push((spec.adapter, source));
            }
            Err(mut e) => errors.append(&mut e),
        }
    }
    let cited = Cited::read(
        knowledge,
        &sources
            .iter()
            .map(|(adapter, (path, text))| (*adapter, path.as_str(), text.as_str()))
            .collect::<Vec<_>>(),
    );
    match cited {
        Ok(cited) if errors.is_empty() => Ok((out, cited)),
        Ok(_) => Err(errors),
        Err(e) => {
            errors.extend(e.into_iter().map(|e| format!("{manifest}: {e}")));
            Err(errors)
        }
    }
}

/// The inputs a manifest names, relative to `knowledge/`, as (path shown, text). A source's
/// folder must say where it comes from (`SOURCE.md`).
fn read_inputs(knowledge: &Path, inputs: &[String], manifest: &str) -> Result<Vec<(String, String)>, Vec<String>> {
    let mut read = Vec::new();
    let mut errors = Vec::new();
    for input in inputs {
        let path = knowledge.join(input);
        if let Some(folder) = source_folder(input)
            && !knowledge.join("sources").join(folder).join("SOURCE.md").is_file()
        {
            errors.push(format!(
                "{manifest}: `{input}`: sources/{folder}/SOURCE.md is missing (origin, licence, cut, caveats)"
            ));
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(text) => read.push((input.clone(), text)),
            Err(e) => errors.push(format!("{manifest}: `{input}`: cannot read {}: {e}", path.display())),
        }
    }
    if errors.is_empty() { Ok(read) } else { Err(errors) }
}

/// `sources/NAME/…` (or `sources/NAME row 3`) → `NAME`.
pub(super) fn source_folder(path: &str) -> Option<&str> {
    path.strip_prefix("sources/")?
        .split(|c: char| c == '/' || c == ':' || c == ',' || c.is_whitespace())
        .next()
        .filter(|f| !f.is_empty())
}

/// Where each built pack differs from the one shipped in `rules_dir`: a unified diff per pack,
/// empty when every pack is what the knowledge builds.
pub fn check(built: &[Built], rules_dir: &Path) -> String {
    let mut out = String::new();
    for pack in built {
        let path = rules_dir.join(format!("{}.yaml", pack.name));
        let shipped = std::fs::read_to_string(&path).unwrap_or_default();
        if shipped != pack.text {
            let shown = path.display().to_string();
            let diff = similar::TextDiff::from_lines(&shipped, &pack.text);
            out.push_str(
                &diff
                    .unified_diff()
                    .context_radius(2)
                    .header(&format!("{shown} (shipped)"), &format!("{shown} (built)"))
                    .to_string(),
            );
        }
    }
    out
}
