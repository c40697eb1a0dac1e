//! Adapters: the code that knows one public source's format — its columns, how it writes a date,
//! a missing value, a term still running when the data ends — and no fact. A `rows` manifest
//! names each source it uses with the adapter that reads it, under one key:
//!
//! ```yaml
//! read:
//!   - adapter: archigos
//!     source: sources/archigos-4.1/archigos_4.1_leader_spells.csv
//!     tables: [curated/us-executive/archigos-leaders.csv]
//! ```
//!
//! An adapter reads its source in the ways it can:
//!
//! - whole, into rows of the people table, with the facts it needs besides the source (which
//!   office a position is, a person's usual name, a date the source has wrong) as the curated
//!   `tables` (`read`): presidents and vice presidents from congress-legislators
//!   `executive.yaml`, cabinet officials from FiveThirtyEight's cabinet-turnover, the deaths of
//!   the leaders a table names from Archigos; every UK minister since 1979 from the IfG
//!   Ministers Database;
//! - row by row, where curated rows cite a row of the source and take their dates from it
//!   instead of copying them (`cite`): Archigos spells, parlparse's UK key posts.
//!
//!   ```text
//!   margaret-thatcher,,,uk-prime-minister,,,,,,,,,,sources/archigos-4.1/archigos_4.1_leader_spells.csv row 1022 (UKG Thatcher 1979-05-04..1990-11-28),
//!   ```
//!
//! One source, one adapter, one entry: Archigos is read by `archigos` both ways. A source that
//! only makes sense beside another is read with it: `with: [sources/…]` (Herre's heads of
//! government name whom REIGN's spells date: `reign-heads`).

mod archigos;
mod cabinet_turnover;
mod cite;
mod executive_yaml;
mod fjc_justices;
mod ifg_ministers;
mod kaplan_governors;
mod openstates_executives;
mod parlgov_presidents;
mod parlparse_uk_posts;
mod read;
mod regnal_years;
mod reign_heads;

pub(super) use cite::{Cited, settle, settle_end};
pub(super) use read::{Spec, read_rows, slug};

use crate::rules::FactDate;
use serde::Deserialize;
use std::path::Path;

/// The adapters a manifest can name under `read:`.
#[derive(Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Adapter {
    /// The Federal Judicial Center's directory, cut to the Supreme Court: every justice.
    FjcJustices,
    /// UK Parliament's regnal_years: the UK's monarchs and their reigns.
    RegnalYears,
    /// unitedstates/congress-legislators `executive.yaml`: presidents and vice presidents.
    ExecutiveYaml,
    /// FiveThirtyEight `cabinet-turnover.csv`: cabinet-level officials since 1977.
    CabinetTurnover,
    /// Archigos 4.1 leader spells: the deaths of the leaders its table names, and a cited
    /// spell's start, end, birth and death.
    Archigos,
    /// mySociety parlparse's UK key posts: a cited stretch in one post (no rows of its own).
    ParlparseUkPosts,
    /// The Institute for Government's Ministers Database: every UK minister since 1979.
    IfgMinisters,
    /// Jacob Kaplan's US governors panel (NGA data): governors of the states, by year.
    KaplanGovernors,
    /// Open States' people, cut to the states' elected executives: governors in office from
    /// 2020 on, lieutenant governors, attorneys general and secretaries of state.
    OpenstatesExecutives,
    /// ParlGov's presidents: heads of state of European and OECD republics, to the day.
    ParlgovPresidents,
    /// The REIGN leader list read with Herre's heads of government (`with:`): heads of
    /// government who led their countries, 1945-2021.
    ReignHeads,
}

impl Adapter {
    /// The name a manifest gives it.
    fn name(self) -> &'static str {
        match self {
            Adapter::FjcJustices => "fjc-justices",
            Adapter::RegnalYears => "regnal-years",
            Adapter::ExecutiveYaml => "executive-yaml",
            Adapter::CabinetTurnover => "cabinet-turnover",
            Adapter::Archigos => "archigos",
            Adapter::ParlparseUkPosts => "parlparse-uk-posts",
            Adapter::IfgMinisters => "ifg-ministers",
            Adapter::KaplanGovernors => "kaplan-governors",
            Adapter::ReignHeads => "reign-heads",
            Adapter::OpenstatesExecutives => "openstates-executives",
            Adapter::ParlgovPresidents => "parlgov-presidents",
        }
    }
}

/// The day a source is known until, from the `Known until: YYYY-MM-DD` line of its folder's
/// SOURCE.md: an end the source gives after it is a term's scheduled end, not its real one, and
/// a spell ending on it was still running.
fn known_until(knowledge: &Path, source: &str) -> Result<FactDate, String> {
    let folder =
        crate::rules::knowledge::source_folder(source).ok_or_else(|| format!("{source}: not under sources/"))?;
    let path = knowledge.join("sources").join(folder).join("SOURCE.md");
    let shown = format!("sources/{folder}/SOURCE.md");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("{shown} (origin, licence, cut, caveats): cannot read: {e}"))?;
    let line = text
        .lines()
        .find_map(|l| {
            // ASCII lowercasing keeps byte offsets, so the match indexes the line itself.
            let at = l.to_ascii_lowercase().find("known until:")?;
            Some(l[at + "known until:".len()..].trim_start())
        })
        .ok_or_else(|| {
            format!(
                "{shown}: no `Known until: YYYY-MM-DD` line (the last day the source describes), which {source} needs"
            )
        })?;
    let date = line.get(..10).unwrap_or(line);
    match FactDate::parse(date) {
        Ok(d) if d.day.is_some() => Ok(d),
        _ => Err(format!(
            "{shown}: `Known until:` is followed by `{date}`, not a day YYYY-MM-DD"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_until_is_read_from_source_md() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("sources/gazette");
        std::fs::create_dir_all(&folder).unwrap();
        let read = |text: &str| {
            std::fs::write(folder.join("SOURCE.md"), text).unwrap();
            known_until(dir.path(), "sources/gazette/x.yaml").map(|d| d.to_string())
        };
        assert_eq!(
            read("# Gazette\n- Known until: 2026-06-15 (the snapshot).\n").unwrap(),
            "2026-06-15"
        );
        assert_eq!(read("- known until: 2015-12-31.").unwrap(), "2015-12-31");
        assert!(
            read("# Gazette\n- Known until: June 2026\n")
                .unwrap_err()
                .contains("not a day")
        );
        assert!(
            read("# Gazette\n")
                .unwrap_err()
                .contains("no `Known until: YYYY-MM-DD` line")
        );
    }
}
