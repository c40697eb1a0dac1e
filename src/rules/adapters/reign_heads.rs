//! Heads of government of the world from two panels read together: the REIGN leader list
//! (`sources/reign-2021/`: each country's *effective leader*, one spell a row, from a start day
//! to an end month) and Herre's Global Leader Ideologies (`sources/herre-2023/`, the `with:`
//! source: who headed each government on 31 December of each year, their full name and title,
//! and whether they were the effective leader then).
//!
//! Neither says enough alone: REIGN has dates but surnames and no office; Herre has full names
//! and titles but one day a year. A spell becomes a term where they agree:
//! - every 31 December inside the spell (from its start year to the year before it ends; to
//!   Herre's last year for a spell still running) has a Herre row naming the spell's leader as
//!   the effective leader *and* head of government (`match_hog_leader` yes), every one with the
//!   same full name and title, written cleanly (Herre has a few mis-encoded titles); a spell
//!   with no 31 December in it, one begun before Herre's first year, or one where any of this
//!   fails is *suspect*;
//! - the term runs from REIGN's start day to its end month (a claim in that month is not
//!   judged), in the office the positions table gives Herre's "COUNTRY: TITLE"; a spell still
//!   running when REIGN ends has no end and is known until REIGN's `Known until:` day.
//!
//! A person is a country's head of government by their Herre name. Because one missing term
//! would make a claim about them wrong in its years (before-term, stale-title), a person is
//! left out altogether, every spell of theirs, when:
//! - a suspect spell of their country has a REIGN leader name one of their spells has (it may
//!   be theirs: a short return, a spell with a changed title), or that name is another Herre
//!   name's too unless REIGN's birth years tell the two apart (a decade or more between them,
//!   each the same in all their spells: a father and his son), or another head of government of
//!   the country has two of their name's words (one person Herre writes two ways would be two
//!   people, each missing the other's terms);
//! - Herre names them head of government on a 31 December outside their spells (a stint as
//!   head of government while someone else led);
//! - a spell of theirs falls in part in a position left out (a state Herre names by its
//!   successor, before the successor existed).
//!
//! Names: Herre writes formal names without diacritics ("Carlos Saul Menem Akil"), REIGN the
//! short name copy uses ("Menem", or a full "Raul Castro"). The usual name is REIGN's where its
//! words are all in Herre's name; else the first of Herre's given names with REIGN's surname
//! where Herre's name holds it ("Carlos Menem", with a particle before it: "Daniel arap Moi");
//! else Herre's name as written. Herre's full name is an alias; a bare surname never is. A
//! names table (`hog, country, person, name, aliases, source`) gives another name, or leaves
//! the person out (no `name`). A name two people would share is an error to settle there; an
//! alias two share is dropped from both.

use super::read::{Given, NamesByPlace, POSITION_COLUMNS, Piece, Positions, aliases_besides, named_by, slug};
use crate::rules::fold_accents;
use crate::rules::rows::{Row, read_table};
use std::collections::{BTreeMap, BTreeSet, HashMap};

const NAME_COLUMNS: &[&str] = &["hog", "country", "person", "name", "aliases", "source"];
const SOURCE: &str =
    "REIGN leader list (Bell, Besaw and Frank 2021, One Earth Future) with Herre, Global Leader Ideologies (2023)";
/// The naming table: a country (Correlates of War code, as both panels give it) whose leaders
/// bear Spanish names: given names, the father's surname, the mother's.
const NAMING_COLUMNS: &[&str] = &["cow", "country", "naming", "source"];
/// The given names of a naming custom that come second in leaders' full names ("Jaime Ramon
/// Lusinchi", "Cesar Augusto Gaviria Trujillo"), without diacritics: a word among them is not
/// a surname.
const GIVEN_NAME_COLUMNS: &[&str] = &["given-name", "naming", "source"];
/// The only naming custom the adapter reads names by.
const SPANISH: &str = "spanish";
/// Words before a name in Herre's full names that are not given names.
const HONORIFICS: &[&str] = &[
    "Alhaji",
    "Brigadier",
    "Captain",
    "Chief",
    "Colonel",
    "Dr.",
    "Dr",
    "General",
    "Haji",
    "Lyonpo",
    "Major",
    "Marshal",
    "Mullah",
    "Prince",
    "Sardar",
    "Sayyid",
    "Sheikh",
    "Sir",
];

/// One REIGN spell whose every 31 December Herre confirms.
struct Spell<'a> {
    reign: &'a Row,
    from: String,
    to: Option<String>,
    hog: &'a str,
    position: String,
    /// Herre's rows of the spell's 31 Decembers.
    years: Vec<&'a Row>,
}

/// A REIGN row's fields, read.
struct Reign<'a> {
    row: &'a Row,
    country: &'a str,
    leader: &'a str,
    start: (i32, u32, u32),
    end: Option<(i32, u32)>,
}

/// A person: (REIGN's country code, Herre's name).
type Key<'a> = (&'a str, &'a str);
/// A person's id, usual name and other names.
type Naming = (String, String, Vec<String>);
/// A person's spells, each with the offices it fell in.
type Placed<'a, 'b> = Vec<(&'b Spell<'a>, Vec<Piece>)>;
/// A confirmed spell with its country code and REIGN leader name.
type Confirmed<'a> = (&'a str, &'a str, Spell<'a>);

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let one = |e: String| vec![e];
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(one)?)?;
    let names = given.tables.take(NAME_COLUMNS).map_err(one)?;
    let naming = NamingCustoms::new(
        &given.tables.take(NAMING_COLUMNS).map_err(one)?,
        &given.tables.take(GIVEN_NAME_COLUMNS).map_err(one)?,
    )?;
    let mut errors = given.tables.untaken(
        "reign-heads",
        &[POSITION_COLUMNS, NAME_COLUMNS, NAMING_COLUMNS, GIVEN_NAME_COLUMNS],
    );
    let [(herre_path, herre_text)] = given.with.as_slice() else {
        return Err(one(format!(
            "{}: the reign-heads adapter reads Herre's panel beside it: name it once under `with:`",
            given.path
        )));
    };
    let known_until = super::known_until(given.knowledge, given.path)
        .map_err(one)?
        .to_string();
    let (_, reign) = read_table(given.path, given.text)?;
    let (_, herre) = read_table(herre_path, herre_text)?;

    let year_ends = index_year_ends(&herre, &mut positions, &mut errors);
    let (spells, suspect) = read_spells(&reign, &year_ends, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut people: BTreeMap<Key, Vec<&Spell>> = BTreeMap::new();
    let mut leaders: BTreeMap<Key, BTreeSet<&str>> = BTreeMap::new();
    for (country, leader, spell) in &spells {
        people.entry((country, spell.hog)).or_default().push(spell);
        leaders.entry((country, spell.hog)).or_default().insert(leader);
    }
    let mut left_out = in_doubt(&people, &leaders, &spells, &suspect, &herre);
    let mut placed: BTreeMap<Key, Placed> = BTreeMap::new();
    for (&key, mine) in &people {
        for spell in mine {
            match positions.place(&spell.position, &spell.from, spell.to.as_deref()) {
                // A spell only partly in an office leaves its person out.
                Ok(pieces) => {
                    if !tiles(&pieces, &spell.from, spell.to.as_deref()) {
                        left_out.insert(key);
                    }
                    placed.entry(key).or_default().push((spell, pieces));
                }
                Err(e) => errors.push(format!("{}: {e}", spell.reign.at)),
            }
        }
    }
    let named = name_people(&names, &naming, &leaders, &mut left_out, &mut errors);
    let owner = check_names(&named, &mut errors);

    let mut out = Vec::new();
    for (key, (person, name, aliases)) in &named {
        let aliases: Vec<&str> = aliases
            .iter()
            .map(String::as_str)
            .filter(|a| owner[&fold_accents(a)] == 1)
            .collect();
        let mine = &placed[key];
        out.push(
            Row::new(mine[0].0.reign.at.clone())
                .with("person", person.clone())
                .with("name", name.clone())
                .with("aliases", aliases.join(";"))
                .with("source", SOURCE),
        );
        for (spell, pieces) in mine {
            let cited = citation(spell);
            out.extend(
                pieces
                    .iter()
                    .cloned()
                    .map(|p| p.into_row_known_until(&spell.reign.at, person, &cited, &known_until)),
            );
        }
    }
    errors.extend(positions.unused());
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// Herre's rows by (country code, year); every title under which Herre names a head of
/// government who leads must be a row of the positions table.
fn index_year_ends<'a>(
    herre: &'a [Row],
    positions: &mut Positions,
    errors: &mut Vec<String>,
) -> HashMap<(&'a str, i32), &'a Row> {
    let mut year_ends = HashMap::new();
    let mut unplaced = BTreeSet::new();
    for row in herre {
        match row.get("year").parse::<i32>() {
            Ok(year) => {
                year_ends.insert((row.get("country_code_cow"), year), row);
            }
            Err(_) => errors.push(format!("{}: year `{}` is not a year", row.at, row.get("year"))),
        }
        if row.get("match_hog_leader") == "yes" && clean(row.get("hog_title")) && clean(row.get("hog")) {
            let position = position(row);
            if !positions.seen(&position) && unplaced.insert(position.clone()) {
                errors.push(format!(
                    "{}: position `{position}` is in no row of the positions table",
                    row.at
                ));
            }
        }
    }
    year_ends
}

/// The spells Herre confirms, each with its country and REIGN leader name, and the (country,
/// leader name) of every spell it does not.
fn read_spells<'a>(
    reign: &'a [Row],
    year_ends: &HashMap<(&'a str, i32), &'a Row>,
    errors: &mut Vec<String>,
) -> (Vec<Confirmed<'a>>, BTreeSet<Key<'a>>) {
    let years = year_ends.keys().map(|&(_, y)| y);
    let span = (years.clone().min().unwrap_or(0), years.max().unwrap_or(0));
    let mut spells = Vec::new();
    let mut suspect = BTreeSet::new();
    for row in reign {
        match read_reign(row) {
            Ok(r) => match confirmed(&r, year_ends, span) {
                Some(s) => spells.push((r.country, r.leader, s)),
                None => {
                    suspect.insert((r.country, r.leader));
                }
            },
            Err(e) => errors.push(format!("{}: {e}", row.at)),
        }
    }
    (spells, suspect)
}

/// The people to leave out because a term of theirs may be missing (see the module's comment).
fn in_doubt<'a>(
    people: &BTreeMap<Key<'a>, Vec<&Spell<'a>>>,
    leaders: &BTreeMap<Key<'a>, BTreeSet<&'a str>>,
    spells: &[Confirmed<'a>],
    suspect: &BTreeSet<Key<'a>>,
    herre: &[Row],
) -> BTreeSet<Key<'a>> {
    // Under each REIGN name, each Herre name's birth years (REIGN gives one a spell).
    let mut hogs_of: BTreeMap<Key, BTreeMap<&str, BTreeSet<&str>>> = BTreeMap::new();
    for (country, leader, spell) in spells {
        hogs_of
            .entry((country, leader))
            .or_default()
            .entry(spell.hog)
            .or_default()
            .insert(spell.reign.get("birthyear"));
    }
    let mut out = BTreeSet::new();
    for (&(country, hog), mine) in people {
        let shared = |l: &&str| suspect.contains(&(country, *l)) || !told_apart(&hogs_of[&(country, *l)]);
        let namesake = leaders[&(country, hog)].iter().any(shared)
            || people
                .keys()
                .any(|&(c, other)| c == country && other != hog && same_person_perhaps(hog, other));
        let covered: BTreeSet<&str> = mine
            .iter()
            .flat_map(|s| s.years.iter().map(|r| r.at.as_str()))
            .collect();
        let elsewhere = herre
            .iter()
            .any(|r| r.get("country_code_cow") == country && r.get("hog") == hog && !covered.contains(r.at.as_str()));
        if namesake || elsewhere {
            out.insert((country, hog));
        }
    }
    out
}

/// Do the Herre names under one REIGN name belong to different people? Only one name does; or
/// REIGN gives each of them one birth year, the same in all their spells, and years at least
/// a decade apart (a father and his son: Konstantinos and Kyriakos Mitsotakis). Otherwise two
/// of them may be one person Herre writes two ways, each missing the other's terms.
fn told_apart(births_by_hog: &BTreeMap<&str, BTreeSet<&str>>) -> bool {
    let mut years = Vec::new();
    for births in births_by_hog.values() {
        let [year] = births.iter().collect::<Vec<_>>()[..] else {
            return births_by_hog.len() == 1;
        };
        let Ok(year) = year.parse::<i32>() else {
            return births_by_hog.len() == 1;
        };
        years.push(year);
    }
    years.sort_unstable();
    years.windows(2).all(|w| w[1] - w[0] >= 10)
}

/// Each person kept: id, usual name and aliases, from the names table or the panels; a names
/// row without a name leaves its person out.
fn name_people<'a>(
    names: &[Row],
    naming: &NamingCustoms,
    leaders: &BTreeMap<Key<'a>, BTreeSet<&'a str>>,
    left_out: &mut BTreeSet<Key<'a>>,
    errors: &mut Vec<String>,
) -> BTreeMap<Key<'a>, Naming> {
    let names = NamesByPlace::new(names, ("hog", "country"));
    let mut named = BTreeMap::new();
    for (&(country, hog), short) in leaders {
        let listed = names.find(hog, country);
        if listed.is_some_and(|r| r.get("name").is_empty()) {
            left_out.insert((country, hog));
        }
        if left_out.contains(&(country, hog)) {
            continue;
        }
        let (person, name, mut aliases) = match listed {
            Some(r) => named_by(r),
            None => {
                let (name, aliases) = usual_name(hog, short, naming.spanish_given_names(country));
                (slug(&name), name, aliases)
            }
        };
        aliases.push(hog.to_string());
        named.insert((country, hog), (person, name.clone(), aliases_besides(&name, aliases)));
    }
    errors.extend(names.unfound(|h| format!("no head of government the adapter reads is `{h}` of that country")));
    named
}

/// How many people bear each name and alias (diacritics folded); an id or usual name two
/// would share is an error.
fn check_names(named: &BTreeMap<Key, Naming>, errors: &mut Vec<String>) -> BTreeMap<String, usize> {
    let mut owner: BTreeMap<String, usize> = BTreeMap::new();
    for (_, name, aliases) in named.values() {
        // One person's name and alias that differ in diacritics only are one form.
        let forms: BTreeSet<String> = std::iter::once(name).chain(aliases).map(|f| fold_accents(f)).collect();
        for form in forms {
            *owner.entry(form).or_default() += 1;
        }
    }
    let mut ids = BTreeMap::new();
    for (key, (person, name, _)) in named {
        if let Some(other) = ids.insert(person.clone(), key) {
            errors.push(format!(
                "{} of {} and {} of {} would both be `{person}`: tell them apart in the names table",
                other.1, other.0, key.1, key.0
            ));
        }
        if owner[&fold_accents(name)] > 1 {
            errors.push(format!(
                "`{name}` ({} of {}) is another head of government's name or alias: name them in the names table",
                key.1, key.0
            ));
        }
    }
    owner
}

/// Could two of Herre's names in one country be one person written two ways ("Dato'Seri
/// Mahathir bin Mohamad", "Mahathir Mohamad"), or a father and son? Two words in common
/// (three letters or more) say perhaps.
fn same_person_perhaps(a: &str, b: &str) -> bool {
    let words = |s: &str| -> BTreeSet<String> {
        fold_accents(s)
            .split([' ', '-'])
            .filter(|w| w.len() >= 3 && w.starts_with(char::is_uppercase))
            .map(str::to_lowercase)
            .collect()
    };
    words(a).intersection(&words(b)).count() >= 2
}

/// "Kenya: President": where the positions table places a Herre row.
fn position(row: &Row) -> String {
    format!("{}: {}", row.get("country_name"), row.get("hog_title"))
}

/// Plain text of a sane length: Herre's few mis-encoded titles are neither.
fn clean(s: &str) -> bool {
    s.is_ascii() && !s.is_empty() && s.len() <= 80
}

fn read_reign(row: &Row) -> Result<Reign<'_>, String> {
    let number = |column: &str| -> Result<i64, String> {
        row.get(column)
            .parse::<i64>()
            .map_err(|_| format!("`{column}` is `{}`, not a number", row.get(column)))
    };
    let start = (
        number("syear")? as i32,
        number("smonth")? as u32,
        number("sdate")? as u32,
    );
    let end = match (row.get("eyear"), row.get("emonth")) {
        ("", "") => None,
        _ => Some((number("eyear")? as i32, number("emonth")? as u32)),
    };
    if chrono::NaiveDate::from_ymd_opt(start.0, start.1, start.2).is_none() {
        return Err(format!("the start {}-{}-{} is not a day", start.0, start.1, start.2));
    }
    if end.is_some_and(|(y, m)| !(1..=12).contains(&m) || (y, m) < (start.0, start.1)) {
        return Err("the end month is not a month on or after the start".to_string());
    }
    Ok(Reign {
        row,
        country: row.get("ccode"),
        leader: row.get("leader"),
        start,
        end,
    })
}

/// The spell as a term, if Herre confirms it at every 31 December inside it (see the module's
/// comment).
fn confirmed<'a>(
    r: &Reign<'a>,
    year_ends: &HashMap<(&str, i32), &'a Row>,
    (first_year, last_year): (i32, i32),
) -> Option<Spell<'a>> {
    let last = r.end.map_or(last_year, |(y, _)| y - 1).min(last_year);
    if r.start.0 < first_year || last < r.start.0 {
        return None;
    }
    let years: Vec<&Row> = (r.start.0..=last)
        .map(|y| year_ends.get(&(r.country, y)).copied())
        .collect::<Option<_>>()?;
    let first = years[0];
    let agrees = |row: &&Row| {
        row.get("match_hog_leader") == "yes"
            && same_leader(row.get("leader"), r.leader)
            && row.get("hog") == first.get("hog")
            && row.get("hog_title") == first.get("hog_title")
    };
    if !years.iter().all(agrees) || !clean(first.get("hog")) || !clean(first.get("hog_title")) {
        return None;
    }
    Some(Spell {
        reign: r.row,
        from: format!("{:04}-{:02}-{:02}", r.start.0, r.start.1, r.start.2),
        to: r.end.map(|(y, m)| format!("{y:04}-{m:02}")),
        hog: first.get("hog"),
        position: position(first),
        years,
    })
}

/// Herre's leader name for the year and REIGN's for the spell name one leader: the same, or
/// REIGN's the last words of Herre's (REIGN's recent rows give a surname where Herre's give the
/// whole name: "Mitsotakis", "Kyriakos Mitsotakis").
fn same_leader(herre: &str, reign: &str) -> bool {
    herre == reign || herre.strip_suffix(reign).is_some_and(|given| given.ends_with(' '))
}

/// Do the pieces cover the whole spell, one after another?
fn tiles(pieces: &[Piece], from: &str, to: Option<&str>) -> bool {
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return false;
    };
    first.from == from
        && last.to.as_deref() == to
        && pieces
            .windows(2)
            .all(|w| w[0].to.as_deref() == Some(w[1].from.as_str()))
}

/// A term's source besides its REIGN row (which the row's place gives): Herre's rows of its
/// 31 Decembers.
fn citation(spell: &Spell) -> String {
    let line = |row: &Row| row.at.rsplit(':').next().unwrap_or_default().to_string();
    let herre_file = spell.years[0].at.rsplit_once(':').map_or("", |(f, _)| f);
    let herre_lines = match (spell.years.first(), spell.years.last()) {
        (Some(a), Some(b)) if a.at != b.at => format!("{}-{}", line(a), line(b)),
        (Some(a), _) => line(a),
        _ => String::new(),
    };
    format!("{SOURCE}; {herre_file}:{herre_lines}")
}

/// How the countries' leaders are named, from the naming and given-name tables.
struct NamingCustoms {
    /// Correlates of War codes of the countries with Spanish naming.
    spanish_countries: BTreeSet<String>,
    spanish_given_names: BTreeSet<String>,
}

impl NamingCustoms {
    fn new(countries: &[Row], given_names: &[Row]) -> Result<NamingCustoms, Vec<String>> {
        let mut errors = Vec::new();
        let mut spanish = |row: &Row, column: &str| {
            if row.get("naming") == SPANISH {
                Some(row.get(column).to_string())
            } else {
                errors.push(format!(
                    "{}: naming `{}` is not one the adapter reads (`{SPANISH}`)",
                    row.at,
                    row.get("naming")
                ));
                None
            }
        };
        let spanish_countries = countries.iter().filter_map(|r| spanish(r, "cow")).collect();
        let spanish_given_names = given_names.iter().filter_map(|r| spanish(r, "given-name")).collect();
        if errors.is_empty() {
            Ok(NamingCustoms {
                spanish_countries,
                spanish_given_names,
            })
        } else {
            Err(errors)
        }
    }

    /// The Spanish given names, where `country` names its leaders so.
    fn spanish_given_names(&self, country: &str) -> Option<&BTreeSet<String>> {
        self.spanish_countries
            .contains(country)
            .then_some(&self.spanish_given_names)
    }
}

/// The name copy writes and the other forms (see the module's comment).
/// `spanish`: the Spanish given names, where the country names its leaders so.
fn usual_name(hog: &str, short: &BTreeSet<&str>, spanish: Option<&BTreeSet<String>>) -> (String, Vec<String>) {
    let words: Vec<&str> = hog.split_whitespace().collect();
    let folded: Vec<String> = words.iter().map(|w| fold_accents(w)).collect();
    let given = words
        .iter()
        .position(|w| !HONORIFICS.contains(w))
        .filter(|&i| i + 1 < words.len());
    for s in short {
        let parts: Vec<&str> = s.split_whitespace().collect();
        // A short name of two or more words, every word in Herre's name in order: a full name
        // if it starts with the given name, else a compound surname ("Fogh Rasmussen") after it.
        if parts.len() >= 2 && in_order(&parts, &folded) {
            return match given {
                Some(g) if fold_accents(parts[0]) != folded[g] && !folded[..g].contains(&fold_accents(parts[0])) => {
                    (format!("{} {}", words[g], parts.join(" ")), Vec::new())
                }
                _ => (parts.join(" "), Vec::new()),
            };
        }
        // "A. Papandreou": the initial of Herre's given name, and a surname.
        let parts = match (parts.as_slice(), given) {
            ([initial, surname], Some(g))
                if initial.len() == 2 && initial.ends_with('.') && words[g].starts_with(&initial[..1]) =>
            {
                vec![*surname]
            }
            _ => parts,
        };
        // A surname in Herre's name after a given name.
        if let ([surname], Some(g)) = (parts.as_slice(), given)
            && let Some(at) = folded.iter().skip(g + 1).position(|w| *w == fold_accents(surname))
        {
            let at = at + g + 1;
            // In Spanish naming a surname last after two or more other names is often the
            // mother's, which REIGN gives for some ("Trujillo" of Cesar Augusto Gaviria
            // Trujillo). Unless every word between is a given name ("Jaime Ramon Lusinchi"),
            // which of them is the father's surname is not written: the name is Herre's, whole.
            let given_between = |given_names: &BTreeSet<String>| {
                words[g + 1..at].iter().all(|w| given_names.contains(&fold_accents(w)))
            };
            if spanish.is_some_and(|given_names| at + 1 == words.len() && at >= g + 2 && !given_between(given_names)) {
                return (words[g..].join(" "), Vec::new());
            }
            let particles: Vec<&str> = words[g + 1..at]
                .iter()
                .rev()
                .take_while(|w| w.starts_with(char::is_lowercase))
                .copied()
                .collect();
            let bare = format!("{} {surname}", words[g]);
            // Every given name with the surname, where one family name follows it (the
            // Spanish and Portuguese mother's name): "Jose Maria Aznar" of "Jose Maria Aznar
            // Lopez", as copy writes him.
            let given_names = (at + 2 == words.len() && at > g + 1).then(|| words[g..=at].join(" "));
            if particles.is_empty() {
                return (bare, given_names.into_iter().collect());
            }
            let particles: Vec<&str> = particles.into_iter().rev().collect();
            let aliases = std::iter::once(bare).chain(given_names).collect();
            return (format!("{} {} {surname}", words[g], particles.join(" ")), aliases);
        }
    }
    let as_written = match given {
        Some(g) => words[g..].join(" "),
        None => words.join(" "),
    };
    (as_written, Vec::new())
}

/// Are `parts` words of `words`, in order (diacritics aside)?
fn in_order(parts: &[&str], words: &[String]) -> bool {
    let mut rest = words.iter();
    parts.iter().all(|p| {
        let p = fold_accents(p);
        rest.any(|w| *w == p)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::adapters::read::Tables;

    const POSITIONS: &str = "position,office,from,to,source
Utopia: President,ut-president,,,Utopia's constitution
Utopia: Prime Minister,ut-prime-minister,,,Utopia's constitution
Neoland: Chairman of the Junta,,,,not an office the pack holds
Neoland: Prime Minister,,,1993-01-01,Neoland was another state before 1993
Neoland: Prime Minister,nl-prime-minister,1993-01-01,,Neoland's constitution
";
    // Utopia (code 900): Ann Ames leads as president 1990-03-05 to 1996-05 (Herre confirms
    // 1990-1995); Robert bin Burr, prime minister and leader 1996-05-20 to 1998-02, then Cy
    // Cole for three months (no 31 December: suspect), then Burr again 1998-05-02 to 2001-07;
    // Dianne Dow leads from 2001-07-10, still running. Neoland (code 901): Ed Eck leads 1992-06-01 to 1995-03, in part
    // before Neoland's office exists: left out. Fay Fox leads 1995-03-10 to 1999-01 but Herre
    // names her head of government in 1999 too, without leading: left out.
    const REIGN: &str = "stateabb,ccode,leadid,leader,sdate,smonth,syear,emonth,eyear,birthyear
UTO,900,a1,Ames,5,3,1990,5,1996,1940
UTO,900,a2,Burr,20,5,1996,2,1998,1950
UTO,900,a3,Cole,1,2,1998,5,1998,1951
UTO,900,a4,Burr,2,5,1998,7,2001,1950
UTO,900,a5,Dow,10,7,2001,,,1960
NEO,901,b1,Eck,1,6,1992,3,1995,1945
NEO,901,b2,Fox,10,3,1995,1,1999,1946
";
    const HERRE: &str = "country_name,country_code_cow,year,hog,hog_title,leader,leader_position,match_hog_leader
Utopia,900,1990,Dr. Ann Mary Ames,President,Ames,President,yes
Utopia,900,1991,Dr. Ann Mary Ames,President,Ames,President,yes
Utopia,900,1992,Dr. Ann Mary Ames,President,Ames,President,yes
Utopia,900,1993,Dr. Ann Mary Ames,President,Ames,President,yes
Utopia,900,1994,Dr. Ann Mary Ames,President,Ames,President,yes
Utopia,900,1995,Dr. Ann Mary Ames,President,Ames,President,yes
Utopia,900,1996,Robert bin Burr,Prime Minister,Burr,Prime Minister,yes
Utopia,900,1997,Robert bin Burr,Prime Minister,Burr,Prime Minister,yes
Utopia,900,1998,Robert bin Burr,Prime Minister,Burr,Prime Minister,yes
Utopia,900,1999,Robert bin Burr,Prime Minister,Burr,Prime Minister,yes
Utopia,900,2000,Robert bin Burr,Prime Minister,Burr,Prime Minister,yes
Utopia,900,2001,Dianne Dow,Prime Minister,Dow,Prime Minister,yes
Utopia,900,2002,Dianne Dow,Prime Minister,Dow,Prime Minister,yes
Utopia,900,2003,Dianne Dow,Prime Minister,Dow,Prime Minister,yes
Neoland,901,1992,Edward Eck,Prime Minister,Eck,Prime Minister,yes
Neoland,901,1993,Edward Eck,Prime Minister,Eck,Prime Minister,yes
Neoland,901,1994,Edward Eck,Prime Minister,Eck,Prime Minister,yes
Neoland,901,1995,Fay Fox,Prime Minister,Fox,Prime Minister,yes
Neoland,901,1996,Fay Fox,Prime Minister,Fox,Prime Minister,yes
Neoland,901,1997,Fay Fox,Prime Minister,Fox,Prime Minister,yes
Neoland,901,1998,Fay Fox,Prime Minister,Fox,Prime Minister,yes
Neoland,901,1999,Fay Fox,Prime Minister,Gus Gale,President,no
Neoland,901,2000,Hal Hart,Chairman of the Junta,Hart,Chairman of the Junta,yes
Neoland,901,2001,Hal Hart,Chairman of the Junta,Hart,Chairman of the Junta,yes
Neoland,901,2002,Hal Hart,Chairman of the Junta,Hart,Chairman of the Junta,yes
Neoland,901,2003,Hal Hart,Chairman of the Junta,Hart,Chairman of the Junta,yes
";

    fn read(names: &str, positions: &str) -> Result<Vec<Row>, Vec<String>> {
        read_from(REIGN, names, positions)
    }

    fn read_from(reign: &str, names: &str, positions: &str) -> Result<Vec<Row>, Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sources/reign");
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join("SOURCE.md"), "- Known until: 2004-03-01\n").unwrap();
        let names = format!("hog,country,person,name,aliases,source\n{names}");
        let tables = Tables::for_test(&[("curated/w/positions.csv", positions), ("curated/w/names.csv", &names)]);
        rows(Given {
            knowledge: dir.path(),
            path: "sources/reign/leaders.csv",
            text: reign,
            tables,
            with: vec![("sources/herre/heads.csv".to_string(), HERRE.to_string())],
        })
    }

    fn shown(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| {
                if r.get("office").is_empty() {
                    format!("{} = {} [{}]", r.get("person"), r.get("name"), r.get("aliases"))
                } else {
                    format!(
                        "{} {} {}..{} {}",
                        r.get("person"),
                        r.get("office"),
                        r.get("from"),
                        r.get("to"),
                        r.get("known-until")
                    )
                }
            })
            .collect()
    }

    #[test]
    fn spells_herre_confirms_become_terms() {
        let rows = read("", POSITIONS).unwrap();
        assert_eq!(
            shown(&rows),
            [
                // By country and Herre's name.
                "dianne-dow = Dianne Dow []",
                "dianne-dow ut-prime-minister 2001-07-10.. 2004-03-01",
                "ann-ames = Ann Ames [Dr. Ann Mary Ames]",
                "ann-ames ut-president 1990-03-05..1996-05 ",
                "robert-bin-burr = Robert bin Burr [Robert Burr]",
                "robert-bin-burr ut-prime-minister 1996-05-20..1998-02 ",
                "robert-bin-burr ut-prime-minister 1998-05-02..2001-07 ",
            ]
        );
        // Each term cites its REIGN row and Herre's rows.
        assert_eq!(rows[3].get("source"), format!("{SOURCE}; sources/herre/heads.csv:2-7"));
    }

    #[test]
    fn a_suspect_spell_of_the_same_leader_name_leaves_the_person_out() {
        // Cole's three months are suspect; had they been Burr's, Burr would be out too.
        let reign = REIGN.replace("a3,Cole", "a3,Burr");
        let rows = read_from(&reign, "", POSITIONS).unwrap();
        assert!(!shown(&rows).iter().any(|r| r.contains("burr")), "{:?}", shown(&rows));
    }

    #[test]
    fn the_names_table_renames_or_leaves_out() {
        let names = "Dianne Dow,900,,Dianne Dow-Smith,Dianne Smith,her ministry's page\nDr. Ann Mary Ames,900,,,,a namesake we cannot tell apart\n";
        let rows = shown(&read(names, POSITIONS).unwrap());
        assert!(
            rows.contains(&"dianne-dow-smith = Dianne Dow-Smith [Dianne Smith;Dianne Dow]".to_string()),
            "{rows:?}"
        );
        assert!(!rows.iter().any(|r| r.contains("ames")), "{rows:?}");
        let stale = read("Zed Zane,900,,Zed Zane,,nobody\n", POSITIONS).unwrap_err();
        assert!(stale[0].contains("`Zed Zane`"), "{stale:?}");
    }

    #[test]
    fn every_title_herre_gives_a_leader_must_be_placed() {
        let positions = POSITIONS.replace("Utopia: Prime Minister,ut-prime-minister,,,Utopia's constitution\n", "");
        let errors = read("", &positions).unwrap_err();
        assert!(
            errors
                .iter()
                .any(|e| e.contains("`Utopia: Prime Minister` is in no row")),
            "{errors:?}"
        );
    }

    #[test]
    fn naming_customs_come_from_their_tables() {
        let (_, countries) = read_table("naming.csv", "cow,country,naming,source\n100,Colombia,spanish,s\n").unwrap();
        let (_, given) = read_table("given-names.csv", "given-name,naming,source\nAugusto,spanish,s\n").unwrap();
        let naming = NamingCustoms::new(&countries, &given).unwrap();
        assert!(naming.spanish_given_names("100").is_some_and(|g| g.contains("Augusto")));
        assert!(naming.spanish_given_names("20").is_none());
        let (_, odd) = read_table("naming.csv", "cow,country,naming,source\n100,Colombia,portuguese,s\n").unwrap();
        let errors = NamingCustoms::new(&odd, &given).err().unwrap();
        assert_eq!(
            errors,
            ["naming.csv:2: naming `portuguese` is not one the adapter reads (`spanish`)"]
        );
    }

    #[test]
    fn usual_names_come_from_the_short_name() {
        // The shipped table of Spanish given names.
        let (_, rows) = read_table(
            "given-names.csv",
            include_str!("../../../knowledge/curated/world-heads/given-names.csv"),
        )
        .unwrap();
        let given_names = NamingCustoms::new(&[], &rows).unwrap().spanish_given_names;
        let one = |hog: &str, short: &str| usual_name(hog, &BTreeSet::from([short]), None);
        let spanish = |hog: &str, short: &str| usual_name(hog, &BTreeSet::from([short]), Some(&given_names));
        assert_eq!(
            one("Carlos Saul Menem Akil", "Menem"),
            ("Carlos Menem".to_string(), vec!["Carlos Saul Menem".to_string()])
        );
        assert_eq!(
            one("Jose Maria Aznar Lopez", "Aznar"),
            ("Jose Aznar".to_string(), vec!["Jose Maria Aznar".to_string()])
        );
        assert_eq!(
            one("Daniel Toroitich arap Moi", "Moi"),
            ("Daniel arap Moi".to_string(), vec!["Daniel Moi".to_string()])
        );
        // REIGN's surname last, maybe the mother's: Herre's name, whole.
        assert_eq!(
            spanish("Cesar Augusto Gaviria Trujillo", "Trujillo"),
            ("Cesar Augusto Gaviria Trujillo".to_string(), vec![])
        );
        assert_eq!(
            spanish("Carlos Saul Menem Akil", "Menem"),
            ("Carlos Menem".to_string(), vec!["Carlos Saul Menem".to_string()])
        );
        assert_eq!(one("John Pombe Joseph Magufuli", "Magufuli").0, "John Magufuli");
        assert_eq!(spanish("Jaime Ramon Lusinchi", "Lusinchi").0, "Jaime Lusinchi");
        assert_eq!(
            one("Raul Modesto Castro Ruz", "Raul Castro"),
            ("Raul Castro".to_string(), vec![])
        );
        assert_eq!(
            one("Anders Fogh Rasmussen", "Fogh Rasmussen"),
            ("Anders Fogh Rasmussen".to_string(), vec![])
        );
        assert_eq!(
            one("Andreas Georgiou Papandreou", "A. Papandreou"),
            ("Andreas Papandreou".to_string(), vec![])
        );
        assert!(same_person_perhaps(
            "Dato'Seri Mahathir bin Mohamad",
            "Mahathir Mohamad"
        ));
        assert!(!same_person_perhaps(
            "Andreas Georgiou Papandreou",
            "Georgios Andreou Papandreou"
        ));
        assert_eq!(
            one("Sardar Mohammad Hashim Khan", "Khan"),
            ("Mohammad Khan".to_string(), vec![])
        );
        // REIGN's spelling is not Herre's: Herre's name as written.
        assert_eq!(
            one("Glafkos Ioannou Kliridis", "Clerides"),
            ("Glafkos Ioannou Kliridis".to_string(), vec![])
        );
        assert_eq!(
            one("Katrin Jakobsdottir", "Katrín Jakobsdóttir"),
            ("Katrín Jakobsdóttir".to_string(), vec![])
        );
    }
}
