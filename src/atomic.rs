//! Writing a whole file so that a reader sees the old one or the new one, never half: the
//! bytes go to a temporary file beside it, which is renamed over it. A file written anew
//! gets the permissions an ordinary new file would (not the temporary file's private ones);
//! one written again keeps its own.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// Writes `path` with what `fill` writes, creating its directory if needed.
pub fn write(path: &Path, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new().prefix(".claimcheck-").tempfile_in(dir)?;
    {
        let mut w = BufWriter::new(temp.as_file_mut());
        fill(&mut w)?;
        w.flush()?;
    }
    let permissions = match fs::metadata(path) {
        Ok(meta) => meta.permissions(),
        Err(_) => new_file_permissions(),
    };
    temp.as_file().set_permissions(permissions)?;
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn new_file_permissions() -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    // Read for all, write for the owner, as most umasks leave a new file.
    fs::Permissions::from_mode(0o644)
}

#[cfg(not(unix))]
fn new_file_permissions() -> fs::Permissions {
    // Elsewhere a new file is simply writable.
    let mut p = tempfile::tempfile()
        .and_then(|f| f.metadata())
        .map(|m| m.permissions())
        .expect("a temporary file");
    p.set_readonly(false);
    p
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_new_file_is_readable_by_all_and_an_old_one_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/out.json");
        super::write(&path, |w| w.write_all(b"one")).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o644);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        super::write(&path, |w| w.write_all(b"two")).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
}
