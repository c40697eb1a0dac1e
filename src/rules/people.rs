//! Everyone the packs know, numbered: first the people of ordinary packs, held in memory;
//! then the people of indexed packs (see `index`), each read from its index the first time a
//! name finds them and kept from then on, so `rules.people[p]` reads the same for both.

use super::Person;
use super::index::PeopleIndex;
use std::borrow::Cow;
use std::sync::OnceLock;

/// People read from an index are kept in chunks of this many, each made on first use: a
/// million-person pack costs nothing until its names are met.
const CHUNK: usize = 1024;

pub struct People {
    in_memory: Vec<Person>,
    indexed: Vec<Indexed>,
    len: usize,
}

struct Indexed {
    index: PeopleIndex,
    /// The pack's place among the rule set's packs.
    pack: usize,
    /// The number of its first person.
    first: usize,
    read: Box<[OnceLock<Chunk>]>,
}

/// `CHUNK` people of an index, each read on first use.
type Chunk = Box<[OnceLock<Person>]>;

impl People {
    pub fn new(in_memory: Vec<Person>) -> People {
        let len = in_memory.len();
        People {
            in_memory,
            indexed: Vec::new(),
            len,
        }
    }

    pub(super) fn add_index(&mut self, index: PeopleIndex, pack: usize) {
        let count = index.header.people as usize;
        let chunks = count.div_ceil(CHUNK);
        self.indexed.push(Indexed {
            index,
            pack,
            first: self.len,
            read: (0..chunks).map(|_| OnceLock::new()).collect(),
        });
        self.len += count;
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The YAML packs that changed since their index was built.
    pub fn stale_indexes(&self) -> Vec<String> {
        self.indexed
            .iter()
            .filter(|i| i.index.is_stale())
            .map(|i| i.index.source_path())
            .collect()
    }

    /// How many people pack `pack` holds.
    pub fn in_pack(&self, pack: usize) -> usize {
        match self.indexed.iter().find(|i| i.pack == pack) {
            Some(i) => i.index.header.people as usize,
            None => self.in_memory.iter().filter(|p| p.pack == pack).count(),
        }
    }

    /// The people of ordinary packs: indexed people hold no office, so every scan of terms
    /// needs only these.
    pub fn in_memory(&self) -> &[Person] {
        &self.in_memory
    }

    /// `in_memory` (the people of ordinary packs one of whose names is `name`) and the
    /// people of indexed packs with that name.
    pub(super) fn also_named<'a>(&self, in_memory: &'a [usize], name: &str) -> Cow<'a, [usize]> {
        if self.indexed.is_empty() {
            return Cow::Borrowed(in_memory);
        }
        let mut all = in_memory.to_vec();
        for pack in &self.indexed {
            all.extend(pack.index.named(name).into_iter().map(|n| pack.first + n as usize));
        }
        if all.len() == in_memory.len() {
            Cow::Borrowed(in_memory)
        } else {
            Cow::Owned(all)
        }
    }
}

impl std::ops::Index<usize> for People {
    type Output = Person;

    fn index(&self, p: usize) -> &Person {
        if let Some(person) = self.in_memory.get(p) {
            return person;
        }
        let pack = self
            .indexed
            .iter()
            .rev()
            .find(|pack| pack.first <= p)
            .expect("a person's number is below the count");
        let number = p - pack.first;
        let chunk = pack.read[number / CHUNK].get_or_init(|| (0..CHUNK).map(|_| OnceLock::new()).collect());
        chunk[number % CHUNK].get_or_init(|| pack.index.person(number as u32, pack.pack))
    }
}
