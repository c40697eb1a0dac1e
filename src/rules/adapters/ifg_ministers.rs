//! The Institute for Government's Ministers Database (`sources/ifg-uk-ministers/`): every UK
//! government minister since 1979, in four of its tables, read together:
//!
//! - `appointment.csv` (the source a manifest names): one person in one post from `start_date`
//!   to `end_date` (ISO days; empty: still held when the data ends);
//! - `post.csv`: a post's `name` is its title ("Secretary of State for Defence", "Minister for
//!   Europe"); the positions table says which office each name is, or leaves it out (a rank, not
//!   a title: "Minister of State"; an office another pack holds);
//! - `appointment_characteristics.csv`: spans of an appointment, `is_acting` `True` or `False`:
//!   an acting span is an acting term, so an appointment whose spans differ is cut where they do;
//! - `person.csv`: one row per form of a person's name, dated where it changed (a peerage).
//!
//! A person is named by the latest form that is not a peerage ("Nigel Lawson", not "Lord Lawson
//! of Blaby"), else by the latest form; the other forms are aliases, and so is a peerage without
//! its place ("Lord Young" of "Lord Young of Graffham") where no one else in the data would have
//! the same. Surnames alone are not aliases: over a thousand ministers share too many of them
//! with each other and with the people of other packs.

use super::read::{Given, POSITION_COLUMNS, Positions, aliases_besides, slug};
use crate::rules::FactDate;
use crate::rules::rows::{Row, read_table};
use std::collections::{BTreeMap, HashMap};

const SOURCE: &str = "Institute for Government, IfG Ministers Database (CC BY 4.0)";
const APPOINTMENT_COLUMNS: &[&str] = &["id", "person_id", "post_id", "start_date", "end_date"];
const POST_COLUMNS: &[&str] = &["id", "name", "organisation_id", "rank_equivalence"];
/// The ranks of junior posts (Minister of State, Parliamentary Under-Secretary of State), whose
/// portfolios are renamed and reshaped under a sitting minister (see `renamed`).
const JUNIOR_RANKS: &[&str] = &["MoS", "PUSS"];
const PERSON_COLUMNS: &[&str] = &["id", "name", "start_date", "end_date"];
const SPAN_COLUMNS: &[&str] = &["appointment_id", "is_acting", "start_date", "end_date"];
/// A corrections table: in the appointment `appointment` (its id), `column` says `was`; read
/// `value` instead (a day, or a disputed `FROM/TO` where the right day is not known).
const CORRECTION_COLUMNS: &[&str] = &["appointment", "column", "was", "value", "source"];
/// The words a peer's name opens with in the data.
const PEERAGES: &[&str] = &[
    "Lord ",
    "Baroness ",
    "Viscount ",
    "Viscountess ",
    "Earl ",
    "Countess ",
    "Lady ",
];

/// One person's usual name and other names.
struct Named {
    name: String,
    aliases: Vec<String>,
}

/// A stretch of an appointment, acting or not.
#[derive(Debug, PartialEq)]
struct Stretch {
    from: String,
    to: Option<String>,
    acting: bool,
}

pub(super) fn rows(mut given: Given) -> Result<Vec<Row>, Vec<String>> {
    let one = |e: String| vec![e];
    let mut positions = Positions::new(given.tables.take(POSITION_COLUMNS).map_err(one)?)?;
    let corrections = given.tables.take(CORRECTION_COLUMNS).map_err(one)?;
    let mut errors = given
        .tables
        .untaken("ifg-ministers", &[POSITION_COLUMNS, CORRECTION_COLUMNS]);
    let mut corrected = vec![false; corrections.len()];

    let beside = |file: &str| sibling(given.knowledge, given.path, file);
    let (posts_path, posts_text) = beside("post.csv")?;
    let (people_path, people_text) = beside("person.csv")?;
    let (spans_path, spans_text) = beside("appointment_characteristics.csv")?;
    let posts = table(&posts_path, &posts_text, POST_COLUMNS)?;
    let posts_by_id: HashMap<&str, &Row> = posts.iter().map(|r| (r.get("id"), r)).collect();
    let people = names(&table(&people_path, &people_text, PERSON_COLUMNS)?)?;
    let spans = table(&spans_path, &spans_text, SPAN_COLUMNS)?;
    let mut spans_of: HashMap<&str, Vec<&Row>> = HashMap::new();
    for span in &spans {
        spans_of.entry(span.get("appointment_id")).or_default().push(span);
    }

    let mut out = Vec::new();
    let appointments: Vec<(Row, String)> = table(given.path, given.text, APPOINTMENT_COLUMNS)?
        .into_iter()
        .map(|a| correct(a, &corrections, &mut corrected))
        .collect();
    let renamed = renamed(&appointments, &posts_by_id, |name| positions.names_an_office(name));
    for (i, (appointment, correction)) in appointments.iter().enumerate() {
        let at = appointment.at.clone();
        let (Some(post), Some(person)) = (
            posts_by_id.get(appointment.get("post_id")).map(|r| r.get("name")),
            people.get(appointment.get("person_id")),
        ) else {
            errors.push(format!(
                "{at}: its post or person is in no row of {posts_path} or {people_path}"
            ));
            continue;
        };
        // The post's own name, then the names it had under this minister before (`renamed`).
        let titles = std::iter::once((post, None)).chain(renamed[i].iter().map(|&earlier| (earlier, Some(post))));
        let placed = stretches(
            appointment,
            spans_of.get(appointment.get("id")).map_or(&[][..], Vec::as_slice),
        )
        .and_then(|stretches| {
            let mut pieces = Vec::new();
            for (title, renamed_to) in titles {
                for s in &stretches {
                    let placed = positions.place(title, &s.from, s.to.as_deref())?;
                    pieces.extend(placed.into_iter().map(|piece| (title, renamed_to, piece, s.acting)));
                }
            }
            Ok(pieces)
        });
        let pieces = match placed {
            Ok(pieces) => pieces,
            Err(e) => {
                errors.push(format!("{at}: {} as {post}: {e}", person.name));
                continue;
            }
        };
        for (title, renamed_to, piece, acting) in pieces {
            let mut source = match renamed_to {
                None => format!("{SOURCE}: {} as {post}{correction}", person.name),
                Some(now) => format!(
                    "{SOURCE}: {} as {now}{correction}, which the same minister's junior post {title} became within a day (the same department, or the same title in a renamed one)",
                    person.name
                ),
            };
            if let Some(cut) = &piece.cut_by {
                source.push_str(&format!("; office from {cut}"));
            }
            out.push(
                Row::new(at.clone())
                    .with("person", slug(&person.name))
                    .with("name", person.name.clone())
                    .with("aliases", person.aliases.join(";"))
                    .with("office", piece.office)
                    .with("from", piece.from)
                    .with("to", piece.to.unwrap_or_default())
                    .with("acting", if acting { "yes" } else { "no" })
                    .with("source", source),
            );
        }
    }
    errors.extend(positions.unused());
    errors.extend(ids_shared(&people));
    errors.extend(
        corrections
            .iter()
            .zip(&corrected)
            .filter(|(_, used)| !**used)
            .map(|(c, _)| {
                format!(
                    "{}: no appointment `{}` has `{}` in `{}`: remove the row, or check the source",
                    c.at,
                    c.get("appointment"),
                    c.get("was"),
                    c.get("column")
                )
            }),
    );
    let out = join_overlapping(out);
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// For each appointment, the other names of the post it continues: the same person's junior
/// post that ended within a day of this one's start, in the same department under another
/// name, or under the same title in a renamed department (and what that one continued, in
/// turn). A reshuffle of portfolios renames a junior post under its minister ("Minister for
/// Sport" becomes "Minister for Sport, Tourism and Heritage" the next day, and the department
/// becomes another a fortnight later); copy goes on calling the minister by the title they
/// had, and that is not a stale title. A rank alone ("Minister of State") in two departments
/// is a move, not a renaming, so only a `titled` name links departments. A cabinet post is
/// never continued so: a department that ends takes its Secretary of State's title with it.
fn renamed<'a>(
    appointments: &'a [(Row, String)],
    posts: &HashMap<&str, &'a Row>,
    titled: impl Fn(&str) -> bool,
) -> Vec<Vec<&'a str>> {
    let junior = |a: &Row| {
        posts
            .get(a.get("post_id"))
            .filter(|p| JUNIOR_RANKS.contains(&p.get("rank_equivalence")))
            .copied()
    };
    let day = |s: &str| FactDate::parse(s).ok().map(|d| d.earliest());
    let mut by_person: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, (a, _)) in appointments.iter().enumerate() {
        by_person.entry(a.get("person_id")).or_default().push(i);
    }
    // The appointment each one directly continues.
    let before = |i: usize| -> Vec<usize> {
        let b = &appointments[i].0;
        let (Some(post), Some(start)) = (junior(b), day(b.get("start_date"))) else {
            return Vec::new();
        };
        by_person[b.get("person_id")]
            .iter()
            .copied()
            .filter(|&j| {
                let a = &appointments[j].0;
                junior(a).is_some_and(|earlier| {
                    let same_name = earlier.get("name") == post.get("name");
                    let same_department = earlier.get("organisation_id") == post.get("organisation_id");
                    (same_department || (same_name && titled(post.get("name"))))
                        && j != i
                        && day(a.get("end_date")).is_some_and(|end| (start - end).num_days().abs() <= 1)
                })
            })
            .collect()
    };
    (0..appointments.len())
        .map(|i| {
            let own = junior(&appointments[i].0).map(|p| p.get("name"));
            let mut names: Vec<&str> = Vec::new();
            let mut todo = before(i);
            let mut seen = vec![i];
            while let Some(j) = todo.pop() {
                if seen.contains(&j) {
                    continue;
                }
                seen.push(j);
                if let Some(name) = junior(&appointments[j].0).map(|p| p.get("name"))
                    && Some(name) != own
                    && !names.contains(&name)
                {
                    names.push(name);
                }
                todo.extend(before(j));
            }
            names.sort_unstable();
            names
        })
        .collect()
}

/// The appointment as the corrections table reads it, and what it changed (for the term's
/// source); an end before the start is an error of the source that a correction must settle.
fn correct(mut appointment: Row, corrections: &[Row], used: &mut [bool]) -> (Row, String) {
    let mut said = String::new();
    for (i, c) in corrections.iter().enumerate() {
        let column = c.get("column");
        if c.get("appointment") == appointment.get("id") && appointment.get(column) == c.get("was") {
            used[i] = true;
            said.push_str(&format!(
                "; {column} \"{}\" read as {} by {}: {}",
                c.get("was"),
                c.get("value"),
                c.at,
                c.get("source")
            ));
            appointment = appointment.set(column, c.get("value"));
        }
    }
    (appointment, said)
}

/// One person's appointments to posts of one name in two departments at once (a regional
/// minister's post in two, a post shared by two departments) are one term in the office: from
/// the first start to the last end. The term keeps the first appointment's line and names the
/// others.
fn join_overlapping(rows: Vec<Row>) -> Vec<Row> {
    let key = |r: &Row| {
        (
            r.get("person").to_string(),
            r.get("office").to_string(),
            r.get("acting").to_string(),
        )
    };
    let day = |s: &str| FactDate::parse(s).ok().map(|d| d.earliest());
    let mut out: Vec<Row> = Vec::new();
    for row in rows {
        let overlapping = out.iter_mut().find(|t| {
            key(t) == key(&row) && {
                let (a_from, b_from) = (day(t.get("from")), day(row.get("from")));
                let ends_after = |end: &str, start| end.is_empty() || day(end) > start;
                ends_after(t.get("to"), b_from) && ends_after(row.get("to"), a_from)
            }
        });
        let Some(term) = overlapping else {
            out.push(row);
            continue;
        };
        let from = std::cmp::min_by_key(term.get("from"), row.get("from"), |d| day(d)).to_string();
        let to = match (term.get("to"), row.get("to")) {
            ("", _) | (_, "") => String::new(),
            (a, b) => std::cmp::max_by_key(a, b, |d| day(d)).to_string(),
        };
        let source = format!("{}; and {}: {}", term.get("source"), row.at, row.get("source"));
        *term = term.clone().set("from", from).set("to", to).set("source", source);
    }
    out
}

/// A table of the database beside the appointments (`sources/ifg-uk-ministers/post.csv`), as
/// (path shown, text).
fn sibling(knowledge: &std::path::Path, source: &str, file: &str) -> Result<(String, String), Vec<String>> {
    let folder = source.rsplit_once('/').map_or("", |(folder, _)| folder);
    let shown = format!("{folder}/{file}");
    std::fs::read_to_string(knowledge.join(&shown))
        .map(|text| (shown.clone(), text))
        .map_err(|e| vec![format!("{shown} (read with {source}): cannot read: {e}")])
}

/// The rows of one of the database's tables, which must have `columns`.
fn table(path: &str, text: &str, columns: &[&str]) -> Result<Vec<Row>, Vec<String>> {
    let (header, rows) = read_table(path, text)?;
    match columns.iter().find(|c| !header.iter().any(|h| h == *c)) {
        Some(missing) => Err(vec![format!(
            "{path}: not a table of the IfG Ministers Database: no `{missing}` column"
        )]),
        None => Ok(rows),
    }
}

/// Each person's usual name and aliases, by the database's person id.
fn names(rows: &[Row]) -> Result<HashMap<String, Named>, Vec<String>> {
    // person id → (start, name), in the order the names were used.
    let mut forms: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
    for row in rows {
        forms
            .entry(row.get("id"))
            .or_default()
            .push((row.get("start_date"), row.get("name")));
    }
    for list in forms.values_mut() {
        list.sort(); // an empty start (the first form) sorts first
    }
    // A peerage without its place is an alias only where it names one person: nobody else has
    // it as a name ("Lord Soames" was Christopher Soames; Nicholas Soames is "Lord Soames of
    // Fletching") or as a short form of theirs.
    let mut short_forms: HashMap<String, usize> = HashMap::new();
    for list in forms.values() {
        let mut mine: Vec<String> = list
            .iter()
            .flat_map(|(_, n)| [Some(n.to_string()), without_place(n)])
            .flatten()
            .collect();
        mine.sort();
        mine.dedup();
        for form in mine {
            *short_forms.entry(form).or_default() += 1;
        }
    }
    let mut out = HashMap::new();
    for (id, list) in forms {
        let usual = list
            .iter()
            .rev()
            .find(|(_, n)| !is_peerage(n))
            .or(list.last())
            .map(|(_, n)| n.to_string())
            .unwrap_or_default();
        let short = list
            .iter()
            .filter_map(|(_, n)| without_place(n))
            .filter(|s| short_forms.get(s) == Some(&1));
        let aliases = aliases_besides(&usual, list.iter().map(|(_, n)| n.to_string()).chain(short));
        out.insert(id.to_string(), Named { name: usual, aliases });
    }
    Ok(out)
}

fn is_peerage(name: &str) -> bool {
    PEERAGES.iter().any(|p| name.starts_with(p))
}

/// "Lord Young of Graffham" → "Lord Young"; none for a name that is not a peerage with a place.
fn without_place(name: &str) -> Option<String> {
    if !is_peerage(name) {
        return None;
    }
    name.split_once(" of ").map(|(short, _)| short.to_string())
}

/// Two people of the data who would get one id: the pack would make them one person.
fn ids_shared(people: &HashMap<String, Named>) -> Vec<String> {
    let mut by_id: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for (key, named) in people {
        by_id.entry(slug(&named.name)).or_default().push(key);
    }
    by_id
        .into_iter()
        .filter(|(_, keys)| keys.len() > 1)
        .map(|(id, mut keys)| {
            keys.sort();
            format!(
                "person.csv: the people {} would all be `{id}`: the adapter cannot tell them apart",
                keys.join(", ")
            )
        })
        .collect()
}

/// The appointment cut where its spans' acting flag changes; the whole appointment, not
/// acting, when it has no spans.
fn stretches(appointment: &Row, spans: &[&Row]) -> Result<Vec<Stretch>, String> {
    let day = |s: &str| -> Result<Option<String>, String> {
        match s {
            "" => Ok(None),
            s => FactDate::parse(s).map(|_| Some(s.to_string())),
        }
    };
    let from = day(appointment.get("start_date"))?.ok_or("no `start_date`")?;
    let to = day(appointment.get("end_date"))?;
    if let Some(end) = &to
        && FactDate::parse(end)?.latest() < FactDate::parse(&from)?.earliest()
    {
        return Err(format!(
            "ends ({end}) before it starts ({from}): a row of the corrections table must say when it ended"
        ));
    }
    let mut flags: Vec<(String, bool)> = Vec::new();
    for span in spans {
        let acting = match span.get("is_acting") {
            "True" => true,
            "False" => false,
            other => return Err(format!("{}: `is_acting` is True or False, not `{other}`", span.at)),
        };
        let start = day(span.get("start_date"))?.ok_or_else(|| format!("{}: no `start_date`", span.at))?;
        flags.push((start, acting));
    }
    flags.sort();
    let mut out: Vec<Stretch> = Vec::new();
    for (start, acting) in flags {
        match out.last_mut() {
            Some(last) if last.acting == acting => {}
            Some(last) => {
                last.to = Some(start.clone());
                out.push(Stretch {
                    from: start,
                    to: None,
                    acting,
                });
            }
            None => out.push(Stretch {
                from: from.clone(),
                to: None,
                acting,
            }),
        }
    }
    if out.is_empty() {
        out.push(Stretch {
            from,
            to: None,
            acting: false,
        });
    }
    if let Some(last) = out.last_mut() {
        last.to = to;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows_of(path: &str, text: &str) -> Vec<Row> {
        read_table(path, text).unwrap().1
    }

    fn people(csv: &str) -> HashMap<String, Named> {
        names(&rows_of("person.csv", &format!("id,name,start_date,end_date\n{csv}"))).unwrap()
    }

    #[test]
    fn a_person_is_named_by_the_latest_name_that_is_not_a_peerage() {
        let p = people(
            "m,Lord Mandelson,2008-10-03,\n\
             m,Peter Mandelson,,2008-10-03\n\
             s,Suella Fernandes,,2018-02-21\n\
             s,Suella Braverman,2018-02-21,\n\
             c,Lord Carrington,,\n\
             y1,Lord Young of Graffham,,\n\
             y2,George Young,,2015-10-13\n\
             y2,Lord Young of Cookham,2015-10-13,\n\
             h,Geoffrey Howe,,1992-06-06\n\
             h,Lord Howe of Aberavon,1992-06-30,\n",
        );
        let named = |id: &str| (p[id].name.as_str(), p[id].aliases.join(";"));
        assert_eq!(named("m"), ("Peter Mandelson", "Lord Mandelson".to_string()));
        assert_eq!(named("s"), ("Suella Braverman", "Suella Fernandes".to_string()));
        assert_eq!(named("c"), ("Lord Carrington", String::new()));
        // Two Lords Young: neither is "Lord Young".
        assert_eq!(named("y1"), ("Lord Young of Graffham", String::new()));
        assert_eq!(named("y2"), ("George Young", "Lord Young of Cookham".to_string()));
        assert_eq!(
            named("h"),
            ("Geoffrey Howe", "Lord Howe of Aberavon;Lord Howe".to_string())
        );
    }

    #[test]
    fn a_junior_post_renamed_under_its_minister_keeps_the_earlier_title() {
        let posts = rows_of(
            "post.csv",
            "id,name,organisation_id,rank_equivalence\n\
             sport,Minister for Sport,dcms,PUSS\n\
             sth,\"Minister for Sport, Tourism and Heritage\",dcms,PUSS\n\
             sth2,\"Minister for Sport, Tourism and Heritage\",ddcms,PUSS\n\
             mos,Minister of State,dcms,MoS\n\
             mos2,Minister of State,home,MoS\n\
             it,Secretary of State for International Trade,dit,SoS\n\
             bt,Secretary of State for Business and Trade,dit,SoS\n",
        );
        let posts: HashMap<&str, &Row> = posts.iter().map(|r| (r.get("id"), r)).collect();
        let appointments: Vec<(Row, String)> = rows_of(
            "appointment.csv",
            "id,person_id,post_id,start_date,end_date\n\
             a1,crouch,sport,2016-07-17,2017-06-16\n\
             a2,crouch,sth,2017-06-16,2017-07-03\n\
             a3,crouch,sth2,2017-07-03,2018-11-01\n\
             b1,other,sport,2010-01-01,2011-01-01\n\
             b2,other,mos,2011-01-02,2012-01-01\n\
             b3,other,mos2,2012-01-01,2013-01-01\n\
             c1,badenoch,it,2022-09-06,2023-02-07\n\
             c2,badenoch,bt,2023-02-07,\n",
        )
        .into_iter()
        .map(|r| (r, String::new()))
        .collect();
        let titled = |name: &str| name.starts_with("Minister for");
        let renamed = renamed(&appointments, &posts, titled);
        let of = |id: &str| renamed[appointments.iter().position(|(a, _)| a.get("id") == id).unwrap()].clone();
        assert!(of("a1").is_empty());
        assert_eq!(of("a2"), ["Minister for Sport"]);
        // The department renamed: the same title goes on, and so does the earlier one.
        assert_eq!(of("a3"), ["Minister for Sport"]);
        // A rank in the same department continues the post; the same rank in another does not.
        assert_eq!(of("b2"), ["Minister for Sport"]);
        assert!(of("b3").is_empty());
        // Cabinet posts are never continued.
        assert!(of("c2").is_empty());
    }

    #[test]
    fn an_appointment_is_cut_where_it_becomes_or_stops_being_acting() {
        let appointment = &rows_of(
            "appointment.csv",
            "id,person_id,post_id,start_date,end_date\na,p,x,2021-03-02,2021-12-01\n",
        )[0];
        let spans = rows_of(
            "spans.csv",
            "appointment_id,is_acting,start_date,end_date\n\
             a,False,2021-09-10,2021-12-01\n\
             a,True,2021-03-02,2021-09-10\n",
        );
        let spans: Vec<&Row> = spans.iter().collect();
        let stretch = |from: &str, to: &str, acting| Stretch {
            from: from.into(),
            to: Some(to.into()),
            acting,
        };
        assert_eq!(
            stretches(appointment, &spans).unwrap(),
            [
                stretch("2021-03-02", "2021-09-10", true),
                stretch("2021-09-10", "2021-12-01", false)
            ]
        );
        // No spans, or spans that agree: one stretch, the whole appointment.
        assert_eq!(
            stretches(appointment, &[]).unwrap(),
            [stretch("2021-03-02", "2021-12-01", false)]
        );
        assert_eq!(
            stretches(appointment, &spans[..1]).unwrap(),
            [stretch("2021-03-02", "2021-12-01", false)]
        );
    }

    /// A small database written for the test: its four tables, the positions table, and the
    /// SOURCE.md beside them.
    #[test]
    fn appointments_become_terms_in_the_offices_of_their_posts() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sources/ifg");
        std::fs::create_dir_all(&folder).unwrap();
        let write = |file: &str, text: &str| std::fs::write(folder.join(file), text).unwrap();
        write(
            "post.csv",
            "id,name,organisation_id,rank_equivalence\n\
             d,Secretary of State for Defence,mod,SoS\n\
             m,Minister of State,dfe,MoS\n\
             w,Minister for Women,geo,PUSS\n",
        );
        write(
            "person.csv",
            "id,name,start_date,end_date\n\
             1,Ann Example,,2020-01-06\n1,Baroness Example of Testville,2020-01-06,\n\
             2,Bob Sample,,\n",
        );
        write(
            "appointment_characteristics.csv",
            "appointment_id,is_acting,start_date,end_date\nb,True,2019-01-01,2019-02-01\n",
        );
        let appointments = "id,person_id,post_id,start_date,end_date\n\
            a,1,d,2016-07-14,2019-05-01\n\
            b,2,w,2019-01-01,2019-02-01\n\
            c,2,m,2019-02-01,\n\
            e,1,w,2019-05-01,\n";
        let positions = "position,office,from,to,source\n\
            Secretary of State for Defence,xt-defence,,,post name\n\
            Minister for Women,xt-women,,,post name\n\
            Minister of State,,,,a rank\n";
        let tables = super::super::read::Tables::for_test(&[("curated/t/positions.csv", positions)]);
        let given = Given {
            with: Vec::new(),
            knowledge: dir.path(),
            path: "sources/ifg/appointment.csv",
            text: appointments,
            tables,
        };
        let out = rows(given).unwrap();
        let terms: Vec<String> = out
            .iter()
            .map(|r| {
                format!(
                    "{} {} {} {}..{} {} ({})",
                    r.at,
                    r.get("person"),
                    r.get("office"),
                    r.get("from"),
                    r.get("to"),
                    r.get("acting"),
                    r.get("aliases")
                )
            })
            .collect();
        assert_eq!(
            terms,
            [
                "sources/ifg/appointment.csv:2 ann-example xt-defence 2016-07-14..2019-05-01 no (Baroness Example of Testville;Baroness Example)",
                "sources/ifg/appointment.csv:3 bob-sample xt-women 2019-01-01..2019-02-01 yes ()",
                "sources/ifg/appointment.csv:5 ann-example xt-women 2019-05-01.. no (Baroness Example of Testville;Baroness Example)",
            ]
        );
        assert!(
            out[0]
                .get("source")
                .starts_with("Institute for Government, IfG Ministers Database (CC BY 4.0): Ann Example as Secretary of State for Defence"),
            "{:?}",
            out[0]
        );
    }
}
