//! Pack files on disk: `--rules PATH`, a configuration's `rules:`. A path is a pack or a
//! directory of packs. Articles are walked by `claimcheck::walk`. The CLI and the language
//! server read packs through here, so a directory means the same to both.

use std::path::Path;

/// The packs named: YAML packs as (name, text) pairs, and people indexes (`.ccidx`, written
/// by `rules index`) by path, to be mapped rather than read.
#[derive(Default)]
pub struct Packs {
    pub yaml: Vec<(String, String)>,
    /// Compiled packs (`.ccpack`, from `rules index`), read.
    pub compiled: Vec<super::cache::Compiled>,
    pub indexes: Vec<String>,
}

/// Reads packs: files, or directories of `.yaml` / `.yml` files. A YAML pack with an index or
/// a compiled pack beside it (`people.ccidx` or `people.ccpack` for `people.yaml`, from
/// `rules index`) made from it as it is now is read through that. The first error ends the
/// reading.
pub fn read(paths: &[String]) -> Result<Packs, String> {
    let mut packs = Packs::default();
    for p in paths {
        for file in files(p)? {
            let path = Path::new(&file);
            let ending = path.extension().and_then(|e| e.to_str());
            if ending == Some(super::index::EXTENSION) {
                packs.indexes.push(file);
            } else if ending == Some(super::cache::EXTENSION) {
                packs
                    .compiled
                    .push(super::cache::read(&file).map_err(|e| e.to_string())?);
            } else if let Some(index) = super::index::fresh_beside(path) {
                packs.indexes.push(index);
            } else if let Some(compiled) = super::cache::fresh_beside(path) {
                packs.compiled.push(compiled);
            } else {
                packs
                    .yaml
                    .push(crate::article::read_source(&file).map_err(|e| e.to_string())?);
            }
        }
    }
    Ok(packs)
}

/// The pack files a path stands for: itself, or the packs under it when it is a directory.
pub fn files(path: &str) -> Result<Vec<String>, String> {
    if Path::new(path).is_dir() {
        walk(path, &["yaml", "yml"])
    } else {
        Ok(vec![path.to_string()])
    }
}

/// Files under `dir` with one of `exts` (any case), sorted so output is deterministic.
/// Linked directories are not followed: a link back up the tree would repeat every file.
/// A directory with no such file is an error, so a mistyped path cannot pass silently.
fn walk(dir: &str, exts: &[&str]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("{}: cannot read directory: {e}", d.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", d.display()))?;
            let path = entry.path();
            let linked = entry.file_type().is_ok_and(|t| t.is_symlink());
            if path.is_dir() {
                if !linked {
                    stack.push(path);
                }
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.iter().any(|x| x.eq_ignore_ascii_case(e)))
            {
                out.push(path.to_string_lossy().into_owned());
            }
        }
    }
    if out.is_empty() {
        return Err(format!("{dir}: no .{} files in this directory", exts.join(", .")));
    }
    out.sort();
    Ok(out)
}
