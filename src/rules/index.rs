//! A people pack as an index: a newsroom's pack of 100,000 to a million people (names,
//! aliases, births, deaths, occupations — no offices) would cost seconds to parse from YAML
//! on every run. `claimcheck rules index PACK.yaml` validates it once and writes PACK.ccidx:
//! its names in an `fst` map (name → the people who bear it) and each person as a record read
//! only when a name in an article finds them. The file is mapped, not read: start-up costs
//! the same whatever the pack's size, and memory grows only with the people an article names.
//!
//! Layout (little-endian): the magic line, then four sections each preceded by its length as
//! a u64 — the header (JSON), the fst map (name → offset of its postings), the postings
//! (per name: a u32 count then the people's u32 numbers), the records (per person: a u64 end
//! offset table, then the people's JSON one after another).

use super::compiled::{PackData, PersonData, Pos};
use super::date::FactDate;
use super::{Person, RuleError, name_key};
use memmap2::Mmap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;
use std::sync::Arc;

/// The format's name and version; a new version whenever the names' keys change (3: the case
/// of particles folded, `name_key`), so an older index is refused and written again.
const MAGIC: &[u8] = b"claimcheck people index 3\n";

/// The file name's ending that marks an index among `--rules` paths.
pub const EXTENSION: &str = "ccidx";

/// What the index says of its pack.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Header {
    pub pack: String,
    pub description: Option<String>,
    pub source: Option<String>,
    pub people: u32,
    /// The YAML it was built from (as given to `rules index`), with its size and modification
    /// time then, to tell when it has changed since.
    pub built_from: String,
    pub built_from_size: u64,
    pub built_from_modified: Option<u64>,
    /// The latest day any of its people's dates allows (for the packs' known range).
    pub latest_event: Option<chrono::NaiveDate>,
    /// CRC-32 of the names map: `fst` trusts its bytes (a damaged map can panic a lookup), so
    /// they are checked on opening — at memory speed, a few milliseconds for a million names.
    pub names_crc32: u32,
}

/// Why a pack cannot be indexed.
pub fn refuse(data: &PackData) -> Option<String> {
    let busy = !data.offices.is_empty() || !data.lints.is_empty() || !data.quantities.is_empty();
    let holds = data.people.iter().find(|p| !p.terms.is_empty() || !p.held.is_empty());
    match (busy, holds) {
        (true, _) => Some("only a pack of people is indexed; this one has offices, lints or quantities".to_string()),
        (_, Some(p)) => Some(format!(
            "only a pack of people is indexed; `{}` holds an office (terms belong in an ordinary pack)",
            p.id
        )),
        _ => None,
    }
}

/// An index made in memory, to be written once its pack has been validated.
pub struct Built {
    pub header: Header,
    sections: [Vec<u8>; 4],
}

/// The index of the people pack `data`, read from `from`, to be written at `out` (it names
/// `from` from there).
pub fn build(data: &PackData, from: &Path, out: &Path) -> std::io::Result<Built> {
    let (from_size, from_modified) = stamp(from)?;
    let mut names: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut records: Vec<u8> = Vec::new();
    let mut ends: Vec<u64> = Vec::with_capacity(data.people.len());
    let mut latest: Option<chrono::NaiveDate> = None;
    for (i, p) in data.people.iter().enumerate() {
        let number = u32::try_from(i).map_err(std::io::Error::other)?;
        for n in std::iter::once(&p.name).chain(&p.aliases) {
            let bearers = names.entry(name_key(n)).or_default();
            if bearers.last() != Some(&number) {
                bearers.push(number);
            }
        }
        for d in [p.born, p.died].into_iter().flatten() {
            latest = latest.max(Some(d.latest()));
        }
        serde_json::to_writer(&mut records, &Record::from(p)).map_err(std::io::Error::other)?;
        ends.push(records.len() as u64);
    }
    let mut postings: Vec<u8> = Vec::new();
    let mut map = fst::MapBuilder::memory();
    for (name, bearers) in &names {
        map.insert(name, postings.len() as u64).map_err(std::io::Error::other)?;
        postings.extend((bearers.len() as u32).to_le_bytes());
        for b in bearers {
            postings.extend(b.to_le_bytes());
        }
    }
    let map = map.into_inner().map_err(std::io::Error::other)?;
    let header = Header {
        names_crc32: crc32fast::hash(&map),
        pack: data.pack.clone(),
        description: data.description.clone(),
        source: data.source.clone(),
        people: ends.len() as u32,
        built_from: named_from(from, out),
        built_from_size: from_size,
        built_from_modified: from_modified,
        latest_event: latest,
    };
    let mut table: Vec<u8> = Vec::with_capacity(ends.len() * 8 + records.len());
    for end in &ends {
        table.extend(end.to_le_bytes());
    }
    table.extend(records);
    let head = serde_json::to_vec(&header).map_err(std::io::Error::other)?;
    Ok(Built {
        header,
        sections: [head, map, postings, table],
    })
}

impl Built {
    /// Writes the index at `out`, atomically: a run reading the old one never sees half.
    pub fn write(&self, out: &Path) -> std::io::Result<u64> {
        crate::atomic::write(out, |w| {
            w.write_all(MAGIC)?;
            for section in &self.sections {
                w.write_all(&(section.len() as u64).to_le_bytes())?;
                w.write_all(section)?;
            }
            Ok(())
        })?;
        let sections: usize = self.sections.iter().map(|s| 8 + s.len()).sum();
        Ok((MAGIC.len() + sections) as u64)
    }
}

fn directory_of(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// `from` as a file written at `out` names it: its file name when beside it, else its
/// absolute path.
pub(super) fn named_from(from: &Path, out: &Path) -> String {
    let same_dir = std::path::absolute(directory_of(from)).ok() == std::path::absolute(directory_of(out)).ok();
    match from.file_name() {
        Some(name) if same_dir => name.to_string_lossy().into_owned(),
        _ => std::path::absolute(from)
            .unwrap_or_else(|_| from.to_path_buf())
            .display()
            .to_string(),
    }
}

/// A file's size and modification time (seconds), which tell when a pack changed since it was
/// indexed or compiled.
pub(super) fn stamp(path: &Path) -> std::io::Result<(u64, Option<u64>)> {
    let meta = std::fs::metadata(path)?;
    let modified = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs());
    Ok((meta.len(), modified))
}

/// The path of `built_from`, as a file written at `path` names it (see `named_from`).
pub(super) fn beside(path: &str, built_from: &str) -> String {
    match Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => dir.join(built_from).display().to_string(),
        None => built_from.to_string(),
    }
}

/// A person as the index keeps them: a people pack's person has no terms.
#[derive(Serialize, Deserialize)]
struct Record {
    id: String,
    name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    born: Option<FactDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    died: Option<FactDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    occupation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pos: Option<Pos>,
}

impl From<&PersonData> for Record {
    fn from(p: &PersonData) -> Record {
        Record {
            id: p.id.clone(),
            name: p.name.clone(),
            aliases: p.aliases.clone(),
            born: p.born,
            died: p.died,
            occupation: p.occupation.clone(),
            pos: p.pos,
        }
    }
}

/// The index beside the YAML pack `yaml` (same name, `.ccidx`), when one was built from it as
/// it is now; reading its header is all this costs.
pub fn fresh_beside(yaml: &Path) -> Option<String> {
    let index = yaml.with_extension(EXTENSION);
    if !index.is_file() {
        return None;
    }
    let index = index.display().to_string();
    let opened = PeopleIndex::open(&index).ok()?;
    let same_file = std::fs::canonicalize(opened.source_path()).ok()? == std::fs::canonicalize(yaml).ok()?;
    (same_file && !opened.is_stale()).then_some(index)
}

/// A section of the mapped file, for `fst` to read in place.
#[derive(Clone)]
struct Section {
    file: Arc<Mmap>,
    range: Range<usize>,
}

impl AsRef<[u8]> for Section {
    fn as_ref(&self) -> &[u8] {
        &self.file[self.range.clone()]
    }
}

/// An open index: the names map and the records, read in place.
pub struct PeopleIndex {
    pub header: Header,
    pub path: String,
    names: fst::Map<Section>,
    postings: Section,
    table: Section,
}

impl PeopleIndex {
    /// The YAML it was built from, as facts cite it.
    pub fn source_path(&self) -> String {
        beside(&self.path, &self.header.built_from)
    }

    /// Maps the index at `path` and checks its shape (not every record: those are checked
    /// when `rules index` writes them, and read one at a time).
    pub fn open(path: &str) -> Result<PeopleIndex, RuleError> {
        let error = |message: String| RuleError::at(path, None, message);
        let file = std::fs::File::open(path).map_err(|e| error(format!("cannot read the index: {e}")))?;
        // Safety: the file is mapped read-only; claimcheck never writes an index in place
        // (`rules index` writes a new file and renames it over), so the bytes do not change
        // under the map unless another program truncates the file, as with any mapped file.
        let map = unsafe { Mmap::map(&file) }.map_err(|e| error(format!("cannot map the index: {e}")))?;
        let map = Arc::new(map);
        let bad = || error("not a claimcheck people index (write it again with `claimcheck rules index`)".to_string());
        if !map.starts_with(MAGIC) {
            return Err(bad());
        }
        let mut at = MAGIC.len();
        let mut sections = Vec::with_capacity(4);
        for _ in 0..4 {
            let len_bytes: [u8; 8] = map.get(at..at + 8).and_then(|b| b.try_into().ok()).ok_or_else(bad)?;
            let len = usize::try_from(u64::from_le_bytes(len_bytes)).map_err(|_| bad())?;
            let start = at + 8;
            let end = start.checked_add(len).filter(|&e| e <= map.len()).ok_or_else(bad)?;
            sections.push(Section {
                file: Arc::clone(&map),
                range: start..end,
            });
            at = end;
        }
        let [head, names, postings, table]: [Section; 4] = sections.try_into().map_err(|_| bad())?;
        let header: Header = serde_json::from_slice(head.as_ref()).map_err(|_| bad())?;
        if crc32fast::hash(names.as_ref()) != header.names_crc32 {
            return Err(bad());
        }
        let names = fst::Map::new(names).map_err(|_| bad())?;
        if table.as_ref().len() < header.people as usize * 8 {
            return Err(bad());
        }
        Ok(PeopleIndex {
            header,
            path: path.to_string(),
            names,
            postings,
            table,
        })
    }

    /// The numbers of the people one of whose names is `name`.
    pub fn named(&self, name: &str) -> Vec<u32> {
        let Some(offset) = self.names.get(name_key(name)) else {
            return Vec::new();
        };
        let bytes = self.postings.as_ref();
        let word = |i: usize| -> Option<u32> {
            let b: [u8; 4] = bytes.get(i..i + 4)?.try_into().ok()?;
            Some(u32::from_le_bytes(b))
        };
        let start = offset as usize;
        let count = word(start).unwrap_or(0) as usize;
        (0..count)
            .filter_map(|k| word(start + 4 + 4 * k))
            .filter(|&n| n < self.header.people)
            .collect()
    }

    /// Person `number` of the pack, as pack `pack` of the rule set. A record that does not
    /// read (a damaged file) is a person with no facts, named so.
    pub fn person(&self, number: u32, pack: usize) -> Person {
        let record = self.record(number).unwrap_or_else(|| Record {
            id: format!("{}#{number}", self.header.pack),
            name: format!("(damaged record {number} of {})", self.path),
            aliases: Vec::new(),
            born: None,
            died: None,
            occupation: None,
            pos: None,
        });
        Person {
            id: record.id,
            pack,
            name: record.name,
            aliases: record.aliases,
            born: record.born,
            died: record.died,
            terms: Vec::new(),
            held: Vec::new(),
            pos: record.pos,
            occupation: record.occupation,
        }
    }

    fn record(&self, number: u32) -> Option<Record> {
        let table = self.table.as_ref();
        let people = self.header.people as usize;
        let end_of = |i: usize| -> Option<usize> {
            let b: [u8; 8] = table.get(i * 8..i * 8 + 8)?.try_into().ok()?;
            usize::try_from(u64::from_le_bytes(b)).ok()
        };
        let i = number as usize;
        let start = if i == 0 { 0 } else { end_of(i - 1)? };
        let end = end_of(i)?;
        let records = table.get(people * 8..)?;
        serde_json::from_slice(records.get(start..end)?).ok()
    }

    /// Whether the YAML it was built from has changed since (size or modification time).
    pub fn is_stale(&self) -> bool {
        let built = (self.header.built_from_size, self.header.built_from_modified);
        stamp(Path::new(&self.source_path())).is_ok_and(|now| now != built)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;
    use crate::rules::files::Packs;

    const PACK: &str = "pack: people-test
source: written for this test (not facts)
people:
  ann-berg:
    name: Ann Berg
    aliases: [Annie Berg]
    born: 1950-02-01
    died: 2020-05
    occupation: physicist
  tom-hale:
    name: Tom Hale
    born: 1961-03-04
  thomas-hale:
    name: Thomas Hale
    aliases: [Tom Hale]
";

    fn indexed(dir: &Path) -> String {
        let yaml = dir.join("people.yaml");
        std::fs::write(&yaml, PACK).unwrap();
        let data = PackData::from(crate::rules::schema::parse(PACK).unwrap());
        assert_eq!(refuse(&data), None);
        let out = dir.join("people.ccidx");
        let built = build(&data, &yaml, &out).unwrap();
        built.write(&out).unwrap();
        out.display().to_string()
    }

    #[test]
    fn names_find_their_people_and_records_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let index = PeopleIndex::open(&indexed(dir.path())).unwrap();
        assert_eq!(index.header.people, 3);
        assert_eq!(index.header.pack, "people-test");
        assert_eq!(index.named("Ann Berg"), [0]);
        assert_eq!(index.named("Annie Berg"), [0]);
        assert_eq!(index.named("Tom Hale"), [1, 2], "a name two people share");
        assert!(index.named("Nobody Here").is_empty());
        let ann = index.person(0, 7);
        assert_eq!((ann.id.as_str(), ann.pack), ("ann-berg", 7));
        assert_eq!(ann.died.map(|d| d.to_string()), Some("2020-05".to_string()));
        assert_eq!(ann.occupation.as_deref(), Some("physicist"));
        assert_eq!(ann.pos.map(|p| p.line), Some(4));
        assert!(!index.is_stale());
        assert_eq!(
            index.source_path(),
            dir.path().join("people.yaml").display().to_string()
        );
    }

    #[test]
    fn a_rule_set_reads_indexed_people_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let path = indexed(dir.path());
        let packs = Packs {
            indexes: vec![path.clone()],
            ..Packs::default()
        };
        let rules = RuleSet::load_packs(packs).unwrap();
        let shipped = RuleSet::builtin().unwrap().people.len();
        assert_eq!(rules.people.len(), shipped + 3);
        let found = rules.people_named("Ann Berg").into_owned();
        assert_eq!(found, [shipped]);
        assert_eq!(rules.people[found[0]].name, "Ann Berg");
        assert_eq!(rules.packs[rules.people[found[0]].pack].name, "people-test");
        // A second pack of the same name is refused, naming both.
        let twice = Packs {
            indexes: vec![path.clone(), path],
            ..Packs::default()
        };
        let errors = RuleSet::load_packs(twice).err().unwrap();
        assert!(errors[0].message.contains("is also the name of"), "{}", errors[0]);
    }

    #[test]
    fn a_pack_with_a_fresh_index_beside_it_is_read_through_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let index = indexed(dir.path());
        let yaml = dir.path().join("people.yaml");
        assert_eq!(fresh_beside(&yaml), Some(index));
        let read = crate::rules::files::read(&[yaml.display().to_string()]).unwrap();
        assert!(read.yaml.is_empty() && read.indexes.len() == 1);
        // Changed since: the YAML is read again.
        std::fs::write(&yaml, format!("{PACK}    born: 1940-01-01\n")).unwrap();
        assert_eq!(fresh_beside(&yaml), None);
        let read = crate::rules::files::read(&[yaml.display().to_string()]).unwrap();
        assert!(read.yaml.len() == 1 && read.indexes.is_empty());
    }

    #[test]
    fn a_damaged_names_map_is_refused_not_read() {
        // fst trusts its bytes; a byte changed anywhere in the map must be caught on opening.
        let dir = tempfile::tempdir().unwrap();
        let path = indexed(dir.path());
        let good = std::fs::read(&path).unwrap();
        let head_len = u64::from_le_bytes(good[MAGIC.len()..MAGIC.len() + 8].try_into().unwrap()) as usize;
        let map_at = MAGIC.len() + 8 + head_len + 8;
        let map_len = u64::from_le_bytes(good[map_at - 8..map_at].try_into().unwrap()) as usize;
        for i in map_at..map_at + map_len {
            let mut bad = good.clone();
            bad[i] ^= 0x5a;
            std::fs::write(&path, &bad).unwrap();
            assert!(PeopleIndex::open(&path).is_err(), "byte {i} changed");
        }
    }

    #[test]
    fn only_people_are_indexed_and_a_bad_file_is_one_error() {
        let with_office = "pack: p\noffices:\n  o:\n    title: Mayor of Nowhere\n    aliases: [Mayor]\npeople: {}\n";
        let data = PackData::from(crate::rules::schema::parse(with_office).unwrap());
        assert!(refuse(&data).unwrap().contains("only a pack of people"));
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.ccidx");
        std::fs::write(&bad, b"claimcheck people index 2\n\x05").unwrap();
        let e = PeopleIndex::open(&bad.display().to_string()).err().unwrap();
        assert!(e.message.contains("not a claimcheck people index"), "{e}");
        // Cut short after a valid start: still refused, never read past its end.
        let good = std::fs::read(indexed(dir.path())).unwrap();
        std::fs::write(&bad, &good[..good.len() - 10]).unwrap();
        assert!(PeopleIndex::open(&bad.display().to_string()).is_err());
    }
}
