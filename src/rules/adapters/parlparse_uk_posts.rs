//! mySociety parlparse's UK key posts (`derived_uk_key_posts.csv`): one row per appointment to a
//! post (Prime Minister, Foreign Secretary, Chancellor of the Exchequer, Home Secretary, Deputy
//! Prime Minister). A citation names the rows of one person's unbroken stretch in one post; the
//! term runs from the first row's start to the last row's end. An empty end is a post still held
//! on the last day the data describes (SOURCE.md's known-until).

use super::{End, Record, Row};

pub(super) const COLUMNS: &[&str] = &["post", "name", "start", "end", "person_id"];

/// The stretch the cited rows make, described as
/// `Foreign Secretary: David Miliband 2007-06-28..2009-10-13; David Miliband 2009-10-13..2010-05-11`.
pub(super) fn record(rows: &[Row], known_until: &str) -> Result<(Record, String), String> {
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return Err("cite at least one row".to_string());
    };
    for pair in rows.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if (a.get("post"), a.get("person_id")) != (b.get("post"), b.get("person_id")) {
            return Err(format!(
                "rows {} and {} are not one person in one post",
                a.number, b.number
            ));
        }
        if a.get("end").is_empty() || a.date("end")? > b.date("start")? {
            return Err(format!(
                "row {} does not end before row {} starts: cite a stretch in order",
                a.number, b.number
            ));
        }
    }
    let to = match last.get("end") {
        "" => End::Running {
            known_until: known_until.to_string(),
        },
        _ => End::On(last.date("end")?),
    };
    let spans: Vec<String> = rows
        .iter()
        .map(|r| {
            // A person newer than the data's list of names has only an id.
            let who = match r.get("name") {
                "" => r.get("person_id"),
                name => name,
            };
            let end = match r.get("end") {
                "" => "open",
                end => end,
            };
            format!("{who} {}..{end}", r.get("start"))
        })
        .collect();
    let record = Record {
        from: first.date("start")?,
        to,
        born: None,
        died: None,
        title: Some(first.get("post").to_string()),
    };
    Ok((record, format!("{}: {}", first.get("post"), spans.join("; "))))
}
