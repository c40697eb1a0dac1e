//! Directories of rule packs (`--rules DIR`). Articles are walked by `claimcheck::walk`.

/// Files under `dir` with one of `exts` (any case), sorted so output is deterministic.
/// Linked directories are not followed: a link back up the tree would repeat every file.
/// A directory with no such file is an error, so a mistyped path cannot pass silently.
pub fn walk(dir: &str, exts: &[&str]) -> Result<Vec<String>, String> {
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
