//! `claimcheck rules build`: every shipped pack from `knowledge/`, the one home of facts.
//!
//! `knowledge/packs/NAME.yaml` is either a pack as it ships (hand-kept vocabulary and style
//! rules: copied through after it loads) or a build manifest (`pack:` and `build:`), which
//! names an importer and its inputs under `knowledge/` (`sources/NAME/…`, public data with its
//! `SOURCE.md`; `curated/…`, rows a researcher adds, each with its source). For the `rows`
//! importer, `read:` names sources that adapters read into rows first (`super::adapters`). The build is
//! deterministic: the same knowledge gives the same bytes, and `--check` says where a shipped
//! pack differs.

use super::{adapters, import, rows};
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
    /// For `rows`: sources read into rows by an adapter, before the `inputs`.
    #[serde(default)]
    read: Vec<adapters::Spec>,
    #[serde(default)]
    inputs: Vec<String>,
    /// For `rows`: the pack's description and its sources and licences, as the pack states them.
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    source: Option<String>,
    /// For `rows`: the pack's own tests, written into it.
    #[serde(default)]
    examples: Vec<super::schema::Example>,
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
    for file in files {
        match build_one(knowledge, &file) {
            Ok(pack) => built.push(pack),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() { Ok(built) } else { Err(errors) }
}

fn build_one(knowledge: &Path, file: &Path) -> Result<Built, Vec<String>> {
    let shown = file.display().to_string();
    let text = std::fs::read_to_string(file).map_err(|e| vec![format!("{shown}: cannot read: {e}")])?;
    let located = |(place, message): (Option<(usize, usize)>, String)| match place {
        Some((line, col)) => vec![format!("{shown}:{line}:{col}: {message}")],
        None => vec![format!("{shown}: {message}")],
    };
    let head: Head = super::schema::parse_yaml(&text).map_err(located)?;
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if head.pack != stem {
        return Err(vec![format!(
            "{shown}: the pack is named `{}`; its file must be {}.yaml",
            head.pack, head.pack
        )]);
    }
    if head.build.is_none() {
        // A pack kept by hand: it must load, and ships as it is.
        super::schema::parse(&text).map_err(located)?;
        return Ok(Built { name: head.pack, text });
    }
    let manifest: Manifest = super::schema::parse_yaml(&text).map_err(located)?;
    let inputs = read_inputs(knowledge, &manifest.build.inputs, &shown)?;
    let text = match manifest.build.importer {
        Importer::CongressLegislators if !manifest.build.read.is_empty() => {
            return Err(vec![format!("{shown}: `read:` is for `importer: rows`")]);
        }
        Importer::CongressLegislators => import::congress_legislators(&inputs).map_err(|e| vec![e])?,
        Importer::Rows => rows::pack(
            &rows::Head {
                name: &manifest.pack,
                description: manifest.build.description.as_deref(),
                source: manifest.build.source.as_deref(),
                examples: &manifest.build.examples,
            },
            &adapted_rows(knowledge, &manifest.build.read, &shown)?,
            &inputs,
            knowledge,
        )?,
    };
    Ok(Built {
        name: manifest.pack,
        text,
    })
}

/// The rows the adapters of a manifest's `read:` read from their sources, in the order listed.
fn adapted_rows(knowledge: &Path, specs: &[adapters::Spec], manifest: &str) -> Result<Vec<rows::Row>, Vec<String>> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for spec in specs {
        if source_folder(&spec.source).is_none() {
            errors.push(format!(
                "{manifest}: an adapter reads a source under sources/, not `{}`",
                spec.source
            ));
            continue;
        }
        let read = read_inputs(knowledge, std::slice::from_ref(&spec.source), manifest).and_then(|source| {
            let tables = read_inputs(knowledge, &spec.tables, manifest)?;
            adapters::read(spec, knowledge, &source[0], &tables)
        });
        match read {
            Ok(mut rows) => out.append(&mut rows),
            Err(mut e) => errors.append(&mut e),
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
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
