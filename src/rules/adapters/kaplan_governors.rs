//! Jacob Kaplan's *United States Governors 1775–2020* (from the National Governors
//! Association's pages; `sources/us-governors-kaplan/`): a state-year panel, one row for each
//! governor who governed a state at some time in a year (`governor, state, time_in_office,
//! party, year`), `time_in_office` the years of their service as `YYYY - YYYY`.
//!
//! How the panel is read:
//! - a governor's *stint* is a run of consecutive years in which a state's rows name them; it
//!   is a term in the office the positions table gives the state, from its first year to its
//!   last, both written as years only (the panel knows no day), so a claim dated in either
//!   year is never judged;
//! - a year in which the governor changes lists both governors (the NGA's ranges end in the
//!   year the successor took office), so a stint is trusted only where the panel hands over in
//!   the same year at both ends: another stint in the state ends in its first year and another
//!   starts in its last. A stint next to a year with no row (the panel has gaps: California
//!   1984–1990), one that shares a year inside it with another governor (Louisiana's Edwards
//!   and Roemer, both 1988–1992), one whose rows' `time_in_office` do not span exactly its years,
//!   and one still running in the panel's last year (its range then ends in the scheduled end
//!   of a term) is *suspect*;
//! - a governor with a suspect stint is left out altogether, every stint of theirs: one wrong
//!   or missing stint would make a claim about them in another year wrong (before-term,
//!   stale-title), and a governor the pack does not know leaves a claim unverifiable;
//! - so is a name two states' rows give (two people, or one the panel cannot tell apart);
//! - a governor is named by the name the panel writes; "First Last" (without the middle
//!   names) is the usual name where the panel writes more, with "First M. Last" and the forms
//!   with a suffix ("Jr.") as aliases; never the surname alone ("Governor Brown" is any of
//!   several). A names table (`governor, state, person, name, aliases, source`) gives the
//!   name copy writes ("Bill Clinton" for the panel's "William Jefferson Clinton") and `person`
//!   where the name's id is another pack's person; a row with no `name` leaves the governor
//!   out (one who is a person of another pack: a second person of the name, without that
//!   pack's birth and death, would make claims on their life ambiguous). An alias two
//!   governors would share is dropped from both.

use super::read::{Given, NamesByPlace, POSITION_COLUMNS, Positions, aliases_besides, named_by, slug};
use crate::rules::rows::{Row, read_table};
use std::collections::{BTreeMap, BTreeSet};

const NAME_COLUMNS: &[&str] = &["governor", "state", "person", "name", "aliases", "source"];
const SOURCE: &str = "Kaplan, United States Governors 1775-2020 (NGA data; ODbL)";
const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// One governor's run of consecutive years in one state.
#[derive(Debug)]
struct Stint<'a> {
    governor: &'a str,
    state: &'a str,
    first: i32,
    last: i32,
    /// The panel's rows of the stint.
    rows: Vec<&'a Row>,
}

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let one = |e: String| vec![e];
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(one)?)?;
    let names = given.tables.take(NAME_COLUMNS).map_err(one)?;
    let mut errors = given
        .tables
        .untaken("kaplan-governors", &[POSITION_COLUMNS, NAME_COLUMNS]);

    let (_, panel) = read_table(given.path, given.text)?;
    let mut years = Vec::with_capacity(panel.len());
    for row in &panel {
        match row.get("year").parse::<i32>() {
            Ok(y) => years.push(y),
            Err(_) => errors.push(format!("{}: year `{}` is not a year", row.at, row.get("year"))),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let stints = stints(&panel, &years);
    let mut kept = trusted(&stints, years.iter().copied().max().unwrap_or(0));

    let names = NamesByPlace::new(&names, ("governor", "state"));
    let mut named: BTreeMap<(&str, &str), (String, String, Vec<String>)> = BTreeMap::new();
    let mut left_out = Vec::new();
    for &(governor, state) in kept.keys() {
        let listed = names.find(governor, state);
        if listed.is_some_and(|r| r.get("name").is_empty()) {
            left_out.push((governor, state));
            continue;
        }
        let parts = Parts::of(governor);
        let (person, name, extra) = match listed {
            Some(r) => named_by(r),
            None => {
                let name = parts.usual();
                (slug(&name), name, Vec::new())
            }
        };
        let forms = parts.forms().into_iter().chain(extra);
        named.insert((governor, state), (person, name.clone(), aliases_besides(&name, forms)));
    }
    errors.extend(names.unfound(|g| {
        format!(
            "no governor the pack keeps from {} is `{g}` (left out, or not in the panel)",
            given.path
        )
    }));
    // Usual names and ids are one governor's each; an alias two share is neither's.
    let mut owner: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, name, aliases) in named.values() {
        for form in std::iter::once(name).chain(aliases) {
            *owner.entry(form.as_str()).or_default() += 1;
        }
    }
    let mut ids = BTreeMap::new();
    for (key, (person, name, _)) in &named {
        if let Some(other) = ids.insert(person.clone(), key) {
            errors.push(format!(
                "{} of {} and {} of {} would both be `{person}`: tell them apart in the names table",
                other.0, other.1, key.0, key.1
            ));
        }
        if owner[name.as_str()] > 1 {
            errors.push(format!(
                "`{name}` ({} of {}) is another governor's name or alias: name them in the names table",
                key.0, key.1
            ));
        }
    }
    for key in &left_out {
        kept.remove(key);
    }
    let mut out = Vec::new();
    for (key, (person, name, aliases)) in &named {
        let aliases: Vec<&str> = aliases.iter().map(String::as_str).filter(|a| owner[a] == 1).collect();
        let first = kept[key][0];
        out.push(
            Row::new(first.rows[0].at.clone())
                .with("person", person.clone())
                .with("name", name.clone())
                .with("aliases", aliases.join(";"))
                .with("source", SOURCE),
        );
        for stint in &kept[key] {
            let (from, to) = (stint.first.to_string(), stint.last.to_string());
            match positions.place(stint.state, &from, Some(&to)) {
                Ok(pieces) => out.extend(
                    pieces
                        .into_iter()
                        .map(|p| p.into_row(&stint.rows[0].at, person, SOURCE)),
                ),
                Err(e) => errors.push(format!("{}: {}: {e}", stint.rows[0].at, stint.governor)),
            }
        }
    }
    errors.extend(positions.unused());
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// Every governor's stints, state by state.
fn stints<'a>(panel: &'a [Row], years: &[i32]) -> Vec<Stint<'a>> {
    let mut by: BTreeMap<(&str, &str), BTreeMap<i32, Vec<&Row>>> = BTreeMap::new();
    for (row, &year) in panel.iter().zip(years) {
        by.entry((row.get("state"), row.get("governor")))
            .or_default()
            .entry(year)
            .or_default()
            .push(row);
    }
    let mut out: Vec<Stint> = Vec::new();
    for ((state, governor), years) in by {
        for (year, rows) in years {
            match out.last_mut() {
                Some(s) if s.state == state && s.governor == governor && s.last + 1 == year => {
                    s.last = year;
                    s.rows.extend(rows);
                }
                _ => out.push(Stint {
                    governor,
                    state,
                    first: year,
                    last: year,
                    rows,
                }),
            }
        }
    }
    out
}

/// The stints of the governors none of whose stints is suspect (see the module's comment),
/// by (governor, state), in order.
fn trusted<'a, 'b>(stints: &'b [Stint<'a>], panel_ends: i32) -> BTreeMap<(&'a str, &'a str), Vec<&'b Stint<'a>>> {
    let mut suspect: BTreeSet<&str> = BTreeSet::new();
    let mut states_of: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in stints {
        states_of.entry(s.governor).or_default().insert(s.state);
        let others = || stints.iter().filter(|o| o.state == s.state && o.governor != s.governor);
        let handed_over = others().any(|o| o.last == s.first);
        let handed_on = others().any(|o| o.first == s.last);
        // Another governor in a year strictly between the stint's first and last.
        let shared_inside = others().any(|o| o.first < s.last && o.last > s.first);
        let spanned = span(&s.rows) == Some((s.first, s.last));
        if s.last >= panel_ends || !handed_over || !handed_on || shared_inside || !spanned {
            suspect.insert(s.governor);
        }
    }
    let mut out: BTreeMap<(&str, &str), Vec<&Stint>> = BTreeMap::new();
    for s in stints {
        if !suspect.contains(s.governor) && states_of[s.governor].len() == 1 {
            out.entry((s.governor, s.state)).or_default().push(s);
        }
    }
    out
}

/// The years the rows' `time_in_office` ranges span together (`1983 - 1995`).
fn span(rows: &[&Row]) -> Option<(i32, i32)> {
    let mut out: Option<(i32, i32)> = None;
    for row in rows {
        let (a, b) = row.get("time_in_office").split_once(" - ")?;
        let (a, b) = (a.trim().parse::<i32>().ok()?, b.trim().parse::<i32>().ok()?);
        out = Some(out.map_or((a, b), |(x, y)| (x.min(a), y.max(b))));
    }
    out
}

/// A name as the panel writes it, in parts: first word, middle words, surname (with a
/// lower-case particle before it: "de Jongh"), suffix ("Jr.", "III"; a comma before it dropped).
struct Parts<'a> {
    written: &'a str,
    first: &'a str,
    middle: Vec<&'a str>,
    last: String,
    suffix: Option<&'a str>,
}

impl<'a> Parts<'a> {
    fn of(written: &'a str) -> Parts<'a> {
        let mut words: Vec<&str> = written.split_whitespace().map(|w| w.trim_end_matches(',')).collect();
        let suffix = match words.last() {
            Some(w) if words.len() > 2 && SUFFIXES.contains(w) => words.pop(),
            _ => None,
        };
        let mut last = words.pop().unwrap_or_default().to_string();
        while words.len() > 1
            && words
                .last()
                .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
        {
            last = format!("{} {last}", words.pop().unwrap_or_default());
        }
        let first = if words.is_empty() { "" } else { words.remove(0) };
        Parts {
            written,
            first,
            middle: words,
            last,
            suffix,
        }
    }

    /// "First Last", unless the first name is an initial ("J. Caleb Boggs"): then as written.
    fn usual(&self) -> String {
        let initial = self.first.len() <= 2 && self.first.ends_with('.');
        if self.first.is_empty() || initial {
            return self
                .written
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace(", ", " ");
        }
        let mut name = format!("{} {}", self.first, self.last);
        if let Some(s) = self.suffix {
            name = format!("{name} {s}");
        }
        name
    }

    /// The forms copy writes: as written, with the middle names' initials, without them; each
    /// with and without the suffix.
    fn forms(&self) -> Vec<String> {
        let mut bare = Vec::new();
        if !self.first.is_empty() {
            if !self.middle.is_empty() {
                let initials: Vec<String> = self
                    .middle
                    .iter()
                    .map(|w| {
                        if w.ends_with('.') {
                            w.to_string()
                        } else {
                            format!("{}.", &w[..w.chars().next().map_or(0, char::len_utf8)])
                        }
                    })
                    .collect();
                bare.push(format!("{} {} {}", self.first, self.middle.join(" "), self.last));
                bare.push(format!("{} {} {}", self.first, initials.join(" "), self.last));
            }
            bare.push(format!("{} {}", self.first, self.last));
        }
        let mut out: Vec<String> = Vec::new();
        for b in bare {
            let suffixed = self.suffix.map(|s| [format!("{b} {s}"), format!("{b}, {s}")]);
            for form in suffixed.into_iter().flatten().chain([b]) {
                if !out.contains(&form) {
                    out.push(form);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::adapters::read::Tables;

    const POSITIONS: &str = "position,office,from,to,source\nUtopia,utopia-governor,,,the state\n";
    // Zed Zane's first year is the panel's (no one hands over to him). Ann Ames hands over to
    // Bob Burr Jr. in 1990, who hands over to Cy Cole in 1994, who hands back to Bob Burr in
    // 1998, who hands over to Di Dow in 2002, who hands over to Ed Eck in 2004. Ed Eck's
    // stints sit beside a year with no row (2005); Fay Fox is listed "2006 - 2007" for a
    // stint to 2008; Gus Gale runs to the panel's last year.
    const PANEL: &str = "governor,state,time_in_office,party,year
Zed Zane,Utopia,1980 - 1986,X,1985
Zed Zane,Utopia,1980 - 1986,X,1986
Ann Mary Ames,Utopia,1986 - 1990,X,1986
Ann Mary Ames,Utopia,1986 - 1990,X,1987
Ann Mary Ames,Utopia,1986 - 1990,X,1988
Ann Mary Ames,Utopia,1986 - 1990,X,1989
Ann Mary Ames,Utopia,1986 - 1990,X,1990
\"Bob Burr, Jr.\",Utopia,1990 - 1994,X,1990
\"Bob Burr, Jr.\",Utopia,1990 - 1994,X,1991
\"Bob Burr, Jr.\",Utopia,1990 - 1994,X,1992
\"Bob Burr, Jr.\",Utopia,1990 - 1994,X,1993
\"Bob Burr, Jr.\",Utopia,1990 - 1994,X,1994
Cy Cole,Utopia,1994 - 1998,X,1994
Cy Cole,Utopia,1994 - 1998,X,1995
Cy Cole,Utopia,1994 - 1998,X,1996
Cy Cole,Utopia,1994 - 1998,X,1997
Cy Cole,Utopia,1994 - 1998,X,1998
\"Bob Burr, Jr.\",Utopia,1998 - 2002,X,1998
\"Bob Burr, Jr.\",Utopia,1998 - 2002,X,1999
\"Bob Burr, Jr.\",Utopia,1998 - 2002,X,2000
\"Bob Burr, Jr.\",Utopia,1998 - 2002,X,2001
\"Bob Burr, Jr.\",Utopia,1998 - 2002,X,2002
Di Dow,Utopia,2002 - 2004,X,2002
Di Dow,Utopia,2002 - 2004,X,2003
Di Dow,Utopia,2002 - 2004,X,2004
Ed Eck,Utopia,2004 - 2006,X,2004
Ed Eck,Utopia,2004 - 2006,X,2006
Fay Fox,Utopia,2006 - 2007,X,2006
Fay Fox,Utopia,2006 - 2007,X,2007
Fay Fox,Utopia,2006 - 2007,X,2008
Gus Gale,Utopia,2008 - 2012,X,2008
Gus Gale,Utopia,2008 - 2012,X,2009
Gus Gale,Utopia,2008 - 2012,X,2010
";

    fn read(names: &str) -> Result<Vec<Row>, Vec<String>> {
        let names = format!("governor,state,person,name,aliases,source\n{names}");
        let tables = Tables::for_test(&[("curated/s/positions.csv", POSITIONS), ("curated/s/names.csv", &names)]);
        rows(Given {
            with: Vec::new(),
            knowledge: std::path::Path::new("/nowhere"),
            path: "sources/kaplan/governors.csv",
            text: PANEL,
            tables,
        })
    }

    fn shown(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| {
                format!(
                    "{} {} [{}] {}..{} @{}",
                    r.get("person"),
                    r.get("office"),
                    r.get("aliases"),
                    r.get("from"),
                    r.get("to"),
                    r.at
                )
            })
            .collect()
    }

    #[test]
    fn stints_handed_over_in_shared_years_are_terms_of_years() {
        let rows = read("").unwrap();
        assert_eq!(
            shown(&rows),
            [
                "ann-ames  [Ann Mary Ames;Ann M. Ames] .. @sources/kaplan/governors.csv:4",
                "ann-ames utopia-governor [] 1986..1990 @sources/kaplan/governors.csv:4",
                "bob-burr-jr  [Bob Burr, Jr.;Bob Burr] .. @sources/kaplan/governors.csv:9",
                "bob-burr-jr utopia-governor [] 1990..1994 @sources/kaplan/governors.csv:9",
                "bob-burr-jr utopia-governor [] 1998..2002 @sources/kaplan/governors.csv:19",
                "cy-cole  [] .. @sources/kaplan/governors.csv:14",
                "cy-cole utopia-governor [] 1994..1998 @sources/kaplan/governors.csv:14",
                "di-dow  [] .. @sources/kaplan/governors.csv:24",
                "di-dow utopia-governor [] 2002..2004 @sources/kaplan/governors.csv:24",
            ]
        );
    }

    #[test]
    fn the_names_table_names_a_governor_and_must_match_one() {
        let rows = read("Cy Cole,Utopia,cy-cole-utopia,Cyrus Cole,Cy Cole,the state's register\n").unwrap();
        assert!(shown(&rows).contains(&"cy-cole-utopia  [Cy Cole] .. @sources/kaplan/governors.csv:14".to_string()));
        // Left out (his stints sit beside a gap year): the row names no one kept.
        let rows = read("Cy Cole,Utopia,,,,another pack's person\n").unwrap();
        assert!(!shown(&rows).iter().any(|r| r.starts_with("cy-cole")));
        let errors = read("Ed Eck,Utopia,,Edward Eck,,a register\n").unwrap_err();
        assert!(errors[0].contains("no governor the pack keeps"), "{errors:?}");
    }

    #[test]
    fn names_in_parts() {
        let p = Parts::of("John de Jongh, Jr.");
        assert_eq!((p.first, p.last.as_str(), p.suffix), ("John", "de Jongh", Some("Jr.")));
        assert_eq!(p.usual(), "John de Jongh Jr.");
        assert_eq!(Parts::of("J. Caleb Boggs").usual(), "J. Caleb Boggs");
        assert_eq!(
            Parts::of("Edmund G. Brown Jr.").forms(),
            [
                "Edmund G. Brown Jr.",
                "Edmund G. Brown, Jr.",
                "Edmund G. Brown",
                "Edmund Brown Jr.",
                "Edmund Brown, Jr.",
                "Edmund Brown"
            ]
        );
    }
}
