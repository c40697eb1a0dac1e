//! A large pack that is not only people (offices and terms, as a Wikidata import makes), kept
//! compiled: `claimcheck rules index PACK.yaml` writes PACK.ccpack, the pack in the form the
//! loader uses (the same form build.rs embeds for the shipped packs), which parses many times
//! faster than its YAML. Named instead of the YAML, or found beside it while the YAML is as it
//! was, it is loaded in its place; facts still cite the YAML's lines.

use super::RuleError;
use super::compiled::PackData;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The file name's ending of a compiled pack.
pub const EXTENSION: &str = "ccpack";

/// The file's format; it changes when `PackData` does.
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct File {
    #[serde(rename = "claimcheck-compiled-pack")]
    format: u32,
    /// The YAML it was compiled from (named from the file's directory when beside it), with
    /// its size and modification time then.
    built_from: String,
    built_from_size: u64,
    built_from_modified: Option<u64>,
    data: PackData,
}

/// Writes `data`, compiled from `from`, at `out`; returns its size in bytes.
pub fn write(data: PackData, from: &Path, out: &Path) -> std::io::Result<u64> {
    let (size, modified) = super::index::stamp(from)?;
    let file = File {
        format: FORMAT,
        built_from: super::index::named_from(from, out),
        built_from_size: size,
        built_from_modified: modified,
        data,
    };
    let bytes = serde_json::to_vec(&file).map_err(std::io::Error::other)?;
    crate::atomic::write(out, |w| w.write_all(&bytes))?;
    Ok(bytes.len() as u64)
}

/// A compiled pack read back: the YAML's path (for facts and errors), its data, and whether
/// the YAML has changed since.
pub struct Compiled {
    pub yaml: String,
    pub data: PackData,
    pub stale: bool,
}

/// Reads the compiled pack at `path`.
pub fn read(path: &str) -> Result<Compiled, RuleError> {
    let bytes = std::fs::read(path).map_err(|e| RuleError::at(path, None, format!("cannot read: {e}")))?;
    let file: File = serde_json::from_slice(&bytes).map_err(|_| {
        RuleError::at(
            path,
            None,
            "not a claimcheck compiled pack (write it again with `claimcheck rules index`)".to_string(),
        )
    })?;
    if file.format != FORMAT {
        let message = format!(
            "a compiled pack of format {}; this claimcheck reads format {FORMAT} (write it again with `claimcheck rules index`)",
            file.format
        );
        return Err(RuleError::at(path, None, message));
    }
    let yaml = super::index::beside(path, &file.built_from);
    let stale =
        super::index::stamp(Path::new(&yaml)).is_ok_and(|now| now != (file.built_from_size, file.built_from_modified));
    Ok(Compiled {
        yaml,
        data: file.data,
        stale,
    })
}

/// The compiled pack beside the YAML pack `yaml` (same name, `.ccpack`), read, when it was
/// compiled from it as it is now.
pub fn fresh_beside(yaml: &Path) -> Option<Compiled> {
    let compiled = yaml.with_extension(EXTENSION);
    if !compiled.is_file() {
        return None;
    }
    let read = read(&compiled.display().to_string()).ok()?;
    let same_file = std::fs::canonicalize(&read.yaml).ok()? == std::fs::canonicalize(yaml).ok()?;
    (same_file && !read.stale).then_some(read)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PACK: &str = "pack: town\noffices:\n  town-mayor:\n    title: Mayor of Nowhere\n    aliases: [Nowhere Mayor]\npeople:\n  tom-hale:\n    name: Tom Hale\n    terms:\n      - { office: town-mayor, from: 2010-01-01, to: 2014-01-01 }\n";

    #[test]
    fn a_compiled_pack_reads_back_as_its_yaml_and_knows_when_that_changed() {
        let dir = tempfile::tempdir().unwrap();
        let yaml = dir.path().join("town.yaml");
        std::fs::write(&yaml, PACK).unwrap();
        let data = PackData::from(crate::rules::schema::parse(PACK).unwrap());
        let out = dir.path().join("town.ccpack");
        write(data, &yaml, &out).unwrap();
        let read_back = read(&out.display().to_string()).unwrap();
        assert_eq!(read_back.yaml, yaml.display().to_string());
        assert!(!read_back.stale);
        assert_eq!(read_back.data.people[0].terms[0].pos.map(|p| p.line), Some(10));
        assert!(fresh_beside(&yaml).is_some());
        std::fs::write(&yaml, format!("{PACK}# changed\n")).unwrap();
        assert!(read(&out.display().to_string()).unwrap().stale);
        assert!(fresh_beside(&yaml).is_none());
        std::fs::write(&out, "{}").unwrap();
        let e = read(&out.display().to_string()).err().unwrap();
        assert!(e.to_string().contains("not a claimcheck compiled pack"), "{e}");
    }
}
