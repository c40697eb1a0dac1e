#!/usr/bin/env python3
"""Regenerate rules/us-executive.yaml from public data.

Usage (from anywhere):

    python3 scripts/gen_us_executive.py [DATA_DIR] [-o OUTPUT] [--check]

DATA_DIR defaults to ../shared/data relative to the repository root. It must contain
  congress-legislators/executive.yaml            (unitedstates/congress-legislators, CC0-1.0)
  fivethirtyeight-cabinet-turnover/cabinet-turnover.csv   (FiveThirtyEight, CC BY 4.0)
  archigos-4.1/archigos_4.1_leader_spells.csv   (Archigos 4.1: death dates of presidents)
OUTPUT defaults to rules/us-executive.yaml in the repository. With --check nothing is
written; the exit status is 1 if the file on disk differs from what would be generated.

What the pack holds:
  - every president and vice president (executive.yaml);
  - every cabinet-level office in cabinet-turnover.csv, Carter to Biden (the CSV stops in
    Feb 2023), with its holders merged across administrations, and the real end of every
    term the CSV still has running ("Still in office"), from public record;
  - national security advisers since 1977, Trump's second-term cabinet, and a few earlier
    or later holders of the same offices, from public record (HAND_PEOPLE);
  - a few foreign offices named in the seed article (Saudi foreign minister, ...);
  - `died` for the people known from public record to have died (DIED), checked against
    Archigos 4.1 where it covers them (presidents from Grant) and against each person's terms.
Every date from public record is a day only where the day is known; otherwise `YYYY-MM` or
`YYYY` (the checker treats a partial date as the range of days it allows). Acting officials
are left out: the CSV leaves them out too, and the checker does not judge "acting" titles.

The output is deterministic: it depends only on the input files and on the tables in this
script (no clock, no locale, no hash ordering), so re-running it gives the same bytes.

Standard library only (Python 3.11): executive.yaml is read with a small reader that
understands exactly the YAML subset that file uses, and fails loudly on anything else.
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA_DIR = REPO_ROOT.parent / "shared" / "data"
DEFAULT_OUTPUT = REPO_ROOT / "rules" / "us-executive.yaml"

# Snapshot of unitedstates/congress-legislators the data dir holds (see its README.md).
CONGRESS_LEGISLATORS_COMMIT = "dfa9622263dd4c8d08636926e498f1845704d7eb"
CONGRESS_LEGISLATORS_DATE = "2026-06-15"
# Snapshot of fivethirtyeight/data the data dir holds (see its SOURCE.md).
FIVETHIRTYEIGHT_COMMIT = "fcf572c4fba05a42f1f34f415bd5e6dc389efd68"

# A term whose (scheduled) end is after this date is still running: it is written without `to`.
# executive.yaml gives scheduled ends such as 2029-01-20 for terms in progress.
OPEN_AFTER = "2026-12-02"


# --------------------------------------------------------------------------------------
# Offices (written out in this order; people are grouped by the first of these they held).
#
# Aliases are the titles as copy writes them right before a name. The checker matches them
# exactly (case-sensitive, except that "former"/"ex-" before a title allows a lowercased
# one), and a capitalised word right before a title that is not part of an alias ("Deputy
# Secretary of State", "British Defence Secretary", "Army Chief of Staff") makes it leave
# the claim alone. So each office lists the forms with "US"/"U.S." in front as well.
# Caveat (checker limitation, see the report): aliases that differ only in case ("White
# House Chief of Staff" / "White House chief of staff") collapse in the checker's
# case-insensitive vocabulary scan; only the first in sort order (the capitalised one) is
# matched today. The lowercase forms are kept so they work once the checker handles this.
# --------------------------------------------------------------------------------------
def us(*forms: str) -> list[str]:
    """Each form, then each with "US " and with "U.S. " in front."""
    return [*forms, *("US " + f for f in forms), *("U.S. " + f for f in forms)]


CABINET_HEADING = "(cabinet-turnover to Feb 2023, then public record)"

OFFICES = [
    dict(id="us-president", title="President of the United States",
         aliases=["President", "US President", "U.S. President", "American President",
                  "President of the United States"],
         government="administration", heading="Presidents of the United States (executive.yaml)"),
    dict(id="us-vice-president", title="Vice President of the United States",
         aliases=["Vice President", "US Vice President", "U.S. Vice President", "Vice-President"],
         heading="Vice presidents who were never president (executive.yaml)"),
    dict(id="us-secretary-of-state", title="United States Secretary of State",
         aliases=["Secretary of State", "US Secretary of State", "U.S. Secretary of State"],
         heading="Secretaries of State " + CABINET_HEADING),
    dict(id="us-treasury-secretary", title="United States Secretary of the Treasury",
         aliases=["Treasury Secretary", "Secretary of the Treasury", "US Treasury Secretary",
                  "U.S. Treasury Secretary", "U.S. Treasury secretary"],
         heading="Secretaries of the Treasury " + CABINET_HEADING),
    # "Defence": Reuters' British spelling ("U.S. Defence Secretary Caspar Weinberger"). The
    # bare "Defence Secretary" is also Britain's title, but the checker judges a claim only
    # against people who held this office, and no British defence secretary did.
    # "Secretary of War": the secondary title of the office since September 2025.
    dict(id="us-secretary-of-defense", title="United States Secretary of Defense",
         aliases=[*us("Defense Secretary", "Secretary of Defense", "Defence Secretary",
                      "Secretary of Defence", "Secretary of War", "War Secretary"),
                  "Pentagon chief"],
         heading="Secretaries of Defense " + CABINET_HEADING),
    dict(id="us-attorney-general", title="United States Attorney General",
         aliases=[*us("Attorney General"), "Attorney General of the United States"],
         heading="Attorneys General " + CABINET_HEADING),
    dict(id="us-secretary-of-the-interior", title="United States Secretary of the Interior",
         aliases=us("Interior Secretary", "Secretary of the Interior"),
         heading="Secretaries of the Interior " + CABINET_HEADING),
    dict(id="us-secretary-of-agriculture", title="United States Secretary of Agriculture",
         aliases=[*us("Agriculture Secretary", "Secretary of Agriculture"), "USDA Secretary",
                  "USDA secretary"],
         heading="Secretaries of Agriculture " + CABINET_HEADING),
    dict(id="us-secretary-of-commerce", title="United States Secretary of Commerce",
         aliases=[*us("Commerce Secretary", "Secretary of Commerce"), "U.S. Commerce secretary"],
         heading="Secretaries of Commerce " + CABINET_HEADING),
    dict(id="us-secretary-of-labor", title="United States Secretary of Labor",
         aliases=us("Labor Secretary", "Secretary of Labor"),
         heading="Secretaries of Labor " + CABINET_HEADING),
    dict(id="us-secretary-of-hew", title="United States Secretary of Health, Education, and Welfare",
         aliases=us("HEW Secretary", "Health, Education and Welfare Secretary",
                    "Secretary of Health, Education and Welfare",
                    "Secretary of Health, Education, and Welfare"),
         heading="Secretaries of Health, Education, and Welfare (cabinet-turnover; the department "
                 "was split on 1980-05-04)"),
    dict(id="us-secretary-of-hhs", title="United States Secretary of Health and Human Services",
         aliases=us("Health Secretary", "HHS Secretary", "Health and Human Services Secretary",
                    "Secretary of Health and Human Services"),
         heading="Secretaries of Health and Human Services " + CABINET_HEADING),
    dict(id="us-secretary-of-hud", title="United States Secretary of Housing and Urban Development",
         aliases=us("Housing Secretary", "HUD Secretary", "Housing and Urban Development Secretary",
                    "Secretary of Housing and Urban Development"),
         heading="Secretaries of Housing and Urban Development " + CABINET_HEADING),
    dict(id="us-secretary-of-transportation", title="United States Secretary of Transportation",
         aliases=us("Transportation Secretary", "Secretary of Transportation"),
         heading="Secretaries of Transportation " + CABINET_HEADING),
    dict(id="us-secretary-of-energy", title="United States Secretary of Energy",
         aliases=us("Energy Secretary", "Secretary of Energy"),
         heading="Secretaries of Energy " + CABINET_HEADING),
    dict(id="us-secretary-of-education", title="United States Secretary of Education",
         aliases=us("Education Secretary", "Secretary of Education"),
         heading="Secretaries of Education " + CABINET_HEADING),
    dict(id="us-secretary-of-veterans-affairs", title="United States Secretary of Veterans Affairs",
         aliases=us("Veterans Affairs Secretary", "Secretary of Veterans Affairs", "VA Secretary"),
         heading="Secretaries of Veterans Affairs " + CABINET_HEADING),
    dict(id="us-secretary-of-homeland-security", title="United States Secretary of Homeland Security",
         aliases=us("Homeland Security Secretary", "Secretary of Homeland Security", "DHS Secretary"),
         heading="Secretaries of Homeland Security " + CABINET_HEADING),
    # No bare "Staff": the checker needs the whole title before the name.
    dict(id="us-chief-of-staff", title="White House Chief of Staff",
         aliases=["White House Chief of Staff", "White House chief of staff", "Chief of Staff",
                  "chief of staff"],
         heading="White House chiefs of staff (cabinet-turnover to Feb 2023, then public record; "
                 "Ford-era terms from public record)"),
    dict(id="us-national-security-adviser", title="United States National Security Advisor",
         aliases=["National Security Adviser", "National Security Advisor",
                  "US National Security Adviser", "U.S. National Security Adviser",
                  "US National Security Advisor", "U.S. National Security Advisor"],
         heading="National security advisers (public record)"),
    dict(id="us-omb-director", title="Director of the Office of Management and Budget",
         aliases=[*us("OMB Director", "Budget Director"), "White House Budget Director",
                  "White House budget director", "Budget director", "budget director",
                  "Office of Management and Budget Director",
                  "Director of the Office of Management and Budget"],
         heading="Directors of the Office of Management and Budget " + CABINET_HEADING),
    dict(id="us-un-ambassador", title="United States Ambassador to the United Nations",
         aliases=["UN Ambassador", "U.N. Ambassador", "US UN Ambassador", "U.S. UN Ambassador",
                  "U.S. U.N. Ambassador",
                  *us("Ambassador to the United Nations", "Ambassador to the UN",
                      "Ambassador to the U.N.", "Representative to the United Nations"),
                  "United States Ambassador to the United Nations",
                  "United States Representative to the United Nations",
                  "Representative of the United States to the United Nations"],
         heading="Ambassadors to the United Nations " + CABINET_HEADING),
    dict(id="us-trade-representative", title="United States Trade Representative",
         aliases=["Trade Representative", "US Trade Representative", "U.S. Trade Representative",
                  "United States Trade Representative", "USTR"],
         heading="Trade representatives " + CABINET_HEADING),
    dict(id="us-epa-administrator", title="Administrator of the Environmental Protection Agency",
         aliases=[*us("EPA Administrator"), "Environmental Protection Agency Administrator",
                  "Administrator of the Environmental Protection Agency", "EPA chief"],
         heading="Administrators of the Environmental Protection Agency " + CABINET_HEADING),
    dict(id="us-sba-administrator", title="Administrator of the Small Business Administration",
         aliases=[*us("SBA Administrator"), "Small Business Administration Administrator",
                  "Small Business Administrator",
                  "Administrator of the Small Business Administration"],
         heading="Administrators of the Small Business Administration " + CABINET_HEADING),
    dict(id="us-director-of-national-intelligence", title="Director of National Intelligence",
         aliases=[*us("Director of National Intelligence"), "National Intelligence Director",
                  "DNI"],
         heading="Directors of National Intelligence " + CABINET_HEADING),
    # One office for the Director of Central Intelligence (to 2005) and the Director of the
    # CIA (from 2005): the CSV lists both, and copy calls both "CIA Director".
    dict(id="us-cia-director", title="Director of the Central Intelligence Agency "
                                     "(Director of Central Intelligence until 2005)",
         aliases=[*us("CIA Director"), "Director of Central Intelligence",
                  "Director of the Central Intelligence Agency", "Director of the CIA",
                  "Central Intelligence Agency Director", "CIA chief"],
         heading="Directors of Central Intelligence and of the CIA " + CABINET_HEADING),
    dict(id="us-cea-chair", title="Chair of the Council of Economic Advisers",
         aliases=["CEA Chair", "CEA Chairman", "Council of Economic Advisers Chairman",
                  "Council of Economic Advisers Chair", "Council of Economic Advisers chairman",
                  "Chair of the Council of Economic Advisers",
                  "Chairman of the Council of Economic Advisers"],
         heading="Chairs of the Council of Economic Advisers " + CABINET_HEADING),
    dict(id="us-ostp-director", title="Director of the Office of Science and Technology Policy",
         aliases=["OSTP Director", "Office of Science and Technology Policy Director",
                  "Director of the Office of Science and Technology Policy"],
         heading="Directors of the Office of Science and Technology Policy " + CABINET_HEADING),
    dict(id="saudi-foreign-minister", title="Minister of Foreign Affairs of Saudi Arabia",
         aliases=["Foreign Minister", "Saudi Foreign Minister", "Saudi Arabian Foreign Minister"],
         heading="Saudi foreign ministers (public record)"),
    dict(id="moscow-oblast-governor", title="Governor of Moscow Oblast",
         aliases=["Governor", "Governor of Moscow Region", "Governor of Moscow Oblast",
                  "Moscow Region Governor"],
         heading="Governors of Moscow Oblast (public record)"),
    dict(id="ukraine-president", title="President of Ukraine",
         aliases=["President", "Ukrainian President", "President of Ukraine"],
         heading="Presidents of Ukraine (public record)"),
    dict(id="ukraine-head-of-presidential-office",
         title="Head of the Office of the President of Ukraine",
         aliases=["Head of the Presidential Office", "Head of the Office of the President"],
         heading="Heads of the Office of the President of Ukraine (public record)"),
]
OFFICE_IDS = [o["id"] for o in OFFICES]


EXEC_TERM_OFFICE = {"prez": "us-president", "viceprez": "us-vice-president"}

# --------------------------------------------------------------------------------------
# executive.yaml: usual names. Key: "first middle last" exactly as in executive.yaml.
# Anyone not listed is called "<nickname or first> <last>" (Jimmy Carter, Bill Clinton,
# Joe Biden, Al Gore, Dick Cheney, Dan Quayle, J.D. Vance, Donald Trump, ...).
# These are the forms the Wikipedia article titles / standard references use.
# --------------------------------------------------------------------------------------
EXEC_USUAL_NAMES = {
    "Daniel D. Tompkins": "Daniel D. Tompkins",
    "John Quincy Adams": "John Quincy Adams",
    "John Caldwell Calhoun": "John C. Calhoun",
    "Richard Mentor Johnson": "Richard Mentor Johnson",
    "William Henry Harrison": "William Henry Harrison",
    "George Mifflin Dallas": "George M. Dallas",
    "James Knox Polk": "James K. Polk",
    "William Rufus de Vane King": "William R. King",
    "John Cabell Breckinridge": "John C. Breckinridge",
    "Ulysses Simpson Grant": "Ulysses S. Grant",
    "William Almon Wheeler": "William A. Wheeler",
    "Rutherford Birchard Hayes": "Rutherford B. Hayes",
    "James Abram Garfield": "James A. Garfield",
    "Chester Alan Arthur": "Chester A. Arthur",
    "Thomas Andrews Hendricks": "Thomas A. Hendricks",
    "Levi Parsons Morton": "Levi P. Morton",
    "Adlai Ewing Stevenson": "Adlai E. Stevenson",
    "Charles Warren Fairbanks": "Charles W. Fairbanks",
    "James Schoolcraft Sherman": "James S. Sherman",
    "William Howard Taft": "William Howard Taft",
    "Thomas Riley Marshall": "Thomas R. Marshall",
    "Warren Gamaliel Harding": "Warren G. Harding",
    "Charles Gates Dawes": "Charles G. Dawes",
    "John Nance Garner": "John Nance Garner",
    "Henry Agard Wallace": "Henry A. Wallace",
    "Franklin Delano Roosevelt": "Franklin D. Roosevelt",
    "Alben William Barkley": "Alben W. Barkley",
    "Harry S. Truman": "Harry S. Truman",
    "Dwight David Eisenhower": "Dwight D. Eisenhower",
    "John Fitzgerald Kennedy": "John F. Kennedy",
    "Lyndon Baines Johnson": "Lyndon B. Johnson",
    "George Herbert Walker Bush": "George H. W. Bush",
    "George Walker Bush": "George W. Bush",
}
# Extra aliases for executive.yaml people, on top of the generated ones.
EXEC_EXTRA_ALIASES = {
    "James David Vance": ["JD Vance"],  # the spelling he has used since 2024 (Wikipedia: JD Vance)
}


# --------------------------------------------------------------------------------------
# cabinet-turnover.csv: which rows, and how people are named.
#
# What the CSV holds and how it is read (checked against every row; anything unexpected
# raises DataError so a changed file is noticed):
#   - 378 rows: president, position, appointee, start_date, end_date (M/D/YY), length,
#     departure_day, gender, then two empty columns; UTF-8 BOM. Acting officials are not in
#     it, so an office can have gaps (e.g. no chief of staff between John Kelly, 2018-12-31,
#     and Mark Meadows, 2020-03-31: Mick Mulvaney was acting).
#   - One row per (administration, office, appointee). A holder who served under two
#     presidents has two rows: the earlier ends "<Next> admin" and the later starts
#     "<Previous> admin" (Thornburgh, Webster, Tenet, Graham, Cavazos, Brady, Gates). They
#     are merged into one term (a later row with a carry-over start must match exactly one
#     earlier row of the same office and appointee).
#   - No row is an exact duplicate (checked). The same appointee string in several offices
#     or at several times is one person (James Baker: chief of staff 1981-85, Treasury
#     1985-88, State 1989-92, chief of staff 1992-93; Leon Panetta: OMB, chief of staff,
#     CIA, Defense; Jack Lew: OMB twice, chief of staff, Treasury; William Barr: Attorney
#     General twice; Tom Vilsack: Agriculture twice; ...). Different people who share a
#     surname stay apart (James and Howard Baker; Donald and Michael Regan).
#   - "Still in office" (Biden appointees, Feb 2023): the real end comes from
#     CABINET_END_OVERRIDES; every such row must have one.
#   - "Vice President" rows are skipped: executive.yaml has the vice presidents.
#   - Combined positions: "Director of Central Intelligence/CIA Director" (Porter Goss, the
#     last DCI and the first Director of the CIA, 2005) goes to the one CIA office; "Secretary
#     of Health, Education & Welfare/Secretary of Health & Human Services" (Patricia Roberts
#     Harris) is split at 1980-05-04, the day HEW became HHS (CABINET_SPLITS). Joseph
#     Califano's HEW row stays HEW; the Education secretary (Hufstedler, sworn in 1979-12-06)
#     is as the CSV has it.
#   - One start date is not M/D/YY: George Keyworth (OSTP) "Aug. 1981" -> 1981-08
#     (CSV_DATE_FIXES).
#   - Two end dates are the day a departure was announced, not the last day in office (John
#     Kelly at DHS, Kirstjen Nielsen at DHS): corrected in CSV_DATE_FIXES, with sources.
#   - The CSV also reflects the cabinet's membership, not the office: holders of an office
#     while it was not cabinet-level are missing (e.g. CIA director William Burns, 2021-25);
#     the ones known from public record are added in HAND_PEOPLE.
# --------------------------------------------------------------------------------------
CABINET_POSITIONS = {
    "Secretary of State": "us-secretary-of-state",
    "Secretary of the Treasury": "us-treasury-secretary",
    "Secretary of Defense": "us-secretary-of-defense",
    "Attorney General": "us-attorney-general",
    "Secretary of the Interior": "us-secretary-of-the-interior",
    "Secretary of Agriculture": "us-secretary-of-agriculture",
    "Secretary of Commerce": "us-secretary-of-commerce",
    "Secretary of Labor": "us-secretary-of-labor",
    "Secretary of Health, Education & Welfare": "us-secretary-of-hew",
    "Secretary of Health & Human Services": "us-secretary-of-hhs",
    "Secretary of Housing & Urban Development": "us-secretary-of-hud",
    "Secretary of Transportation": "us-secretary-of-transportation",
    "Secretary of Energy": "us-secretary-of-energy",
    "Secretary of Education": "us-secretary-of-education",
    "Secretary of Veterans Affairs": "us-secretary-of-veterans-affairs",
    "Secretary of Homeland Security": "us-secretary-of-homeland-security",
    "Chief of Staff": "us-chief-of-staff",
    "OMB Director": "us-omb-director",
    "UN Ambassador": "us-un-ambassador",
    "U.S. Trade Representative": "us-trade-representative",
    "EPA Administrator": "us-epa-administrator",
    "SBA Administrator": "us-sba-administrator",
    "Director of National Intelligence": "us-director-of-national-intelligence",
    "Director of Central Intelligence": "us-cia-director",
    "CIA Director": "us-cia-director",
    "Director of Central Intelligence/CIA Director": "us-cia-director",
    "CEA Chair": "us-cea-chair",
    "OSTP Director": "us-ostp-director",
    "Secretary of Health, Education & Welfare/Secretary of Health & Human Services": None,  # split
    "Vice President": None,  # skipped: executive.yaml has them
}
# (position, appointee) -> (office before, split day, office from that day, source)
CABINET_SPLITS = {
    ("Secretary of Health, Education & Welfare/Secretary of Health & Human Services",
     "Patricia Harris"):
        ("us-secretary-of-hew", "1980-05-04", "us-secretary-of-hhs",
         "HEW became the Department of Health and Human Services on 1980-05-04 (Department of "
         "Education Organization Act, 1979); Wikipedia: Patricia Roberts Harris"),
}
# (position, appointee, column) -> (value, why)
CSV_DATE_FIXES = {
    ("OSTP Director", "George A. Keyworth II", "start_date"):
        ("1981-08", "cabinet-turnover gives the start as \"Aug. 1981\" (month only)"),
    # Two end dates in the CSV are the day the departure was announced, not the last day in
    # office; kept as they are, they would flag correct copy from the days in between.
    ("Secretary of Homeland Security", "John Kelly", "end_date"):
        ("2017-07-31", "cabinet-turnover has 7/28/17, the day Trump named him chief of staff; he "
                       "left DHS on 2017-07-31, when he became chief of staff and Elaine Duke "
                       "became acting secretary (Wikipedia: John F. Kelly; DHS)"),
    ("Secretary of Homeland Security", "Kirstjen Nielsen", "end_date"):
        ("2019-04-10", "cabinet-turnover has 4/7/19, the day she resigned; she stayed on as "
                       "secretary through Wednesday 2019-04-10 (ABC News, CBS News, 2019-04-07)"),
}

# CSV appointee -> (usual full name as newspapers print it on first reference, extra aliases).
# Where the CSV uses a nickname ("Don Regan") the name is the full form and the CSV form
# becomes an alias. The CSV form and the surname are always added as aliases (a surname
# shared by several people is fine: the checker judges an ambiguous name only when every
# bearer who held the office agrees). Unlisted appointees keep the CSV form as name.
# Extra aliases are the forms wire copy uses: full first names, nicknames, middle initials,
# suffixes ("Edwin Meese III"), spellings without accents.
CABINET_NAMES = {
    # Carter
    "Bert Lance": ("Bert Lance", ["Thomas Bertram Lance"]),
    "Joseph Califano Jr.": ("Joseph Califano", ["Joseph A. Califano Jr.", "Joseph A. Califano",
                                                "Joe Califano"]),
    "Patricia Harris": ("Patricia Roberts Harris", []),
    "W. Michael Blumenthal": ("W. Michael Blumenthal", ["Michael Blumenthal"]),
    "Griffin Bell": ("Griffin Bell", ["Griffin B. Bell"]),
    "Robert Strauss": ("Robert Strauss", ["Robert S. Strauss", "Bob Strauss"]),
    "James Schlesinger": ("James Schlesinger", ["James R. Schlesinger"]),
    "Andrew Young": ("Andrew Young", ["Andy Young"]),
    "Juanita Kreps": ("Juanita Kreps", ["Juanita M. Kreps"]),
    "Cyrus Vance": ("Cyrus Vance", ["Cyrus R. Vance"]),
    "Ed Muskie": ("Edmund Muskie", ["Edmund S. Muskie"]),
    "Ben Civiletti": ("Benjamin Civiletti", ["Benjamin R. Civiletti"]),
    "Charles Schultze": ("Charles Schultze", ["Charles L. Schultze"]),
    "Jack Watson": ("Jack Watson", ["Jack H. Watson Jr.", "Jack H. Watson"]),
    "Stansfield Turner": ("Stansfield Turner", []),
    "Douglas Costle": ("Douglas Costle", ["Douglas M. Costle"]),
    "Jim McIntyre": ("James McIntyre", ["James T. McIntyre", "James T. McIntyre Jr."]),
    "A. Vernon Weaver": ("A. Vernon Weaver", ["Vernon Weaver"]),
    "Robert Bergland": ("Bob Bergland", ["Robert Bergland", "Robert S. Bergland"]),
    "Harold Brown": ("Harold Brown", []),
    "Shirley Hufstedler": ("Shirley Hufstedler", ["Shirley M. Hufstedler"]),
    "Charles Duncan": ("Charles Duncan", ["Charles W. Duncan Jr.", "Charles W. Duncan",
                                          "Charles Duncan Jr."]),
    "Moon Landrieu": ("Moon Landrieu", []),
    "Ray Marshall": ("Ray Marshall", ["F. Ray Marshall"]),
    "Cecil Andrus": ("Cecil Andrus", ["Cecil D. Andrus"]),
    "Neil Goldschmidt": ("Neil Goldschmidt", []),
    "Donald McHenry": ("Donald McHenry", ["Donald F. McHenry"]),
    "Philip Klutznick": ("Philip Klutznick", ["Philip M. Klutznick"]),

    # Reagan
    "Alexander Haig": ("Alexander Haig", ["Alexander M. Haig Jr.", "Alexander M. Haig", "Al Haig"]),
    "Murray Weidenbaum": ("Murray Weidenbaum", ["Murray L. Weidenbaum"]),
    "James Edwards": ("James Edwards", ["James B. Edwards"]),
    "Drew Lewis": ("Drew Lewis", ["Andrew L. Lewis Jr.", "Andrew Lewis"]),
    "Richard Schweiker": ("Richard Schweiker", ["Richard S. Schweiker"]),
    "Anne Gorsuch": ("Anne Gorsuch", ["Anne M. Gorsuch", "Anne Gorsuch Burford", "Anne Burford",
                                      "Burford"]),
    "James Watt": ("James Watt", ["James G. Watt"]),
    "Martin Feldstein": ("Martin Feldstein", ["Martin S. Feldstein"]),
    "T.H. Bell": ("Terrel Bell", ["T. H. Bell", "Terrel H. Bell", "Ted Bell"]),
    "William Ruckelshaus": ("William Ruckelshaus", ["William D. Ruckelshaus"]),
    "Don Regan": ("Donald Regan", ["Donald T. Regan"]),
    "James Baker": ("James Baker", ["James A. Baker III", "James A. Baker", "James Baker III",
                                    "James A. Baker 3rd", "James Baker 3rd", "Jim Baker"]),
    "Donald Hodel": ("Donald Hodel", ["Donald P. Hodel", "Don Hodel"]),
    "William Clark": ("William Clark", ["William P. Clark", "William P. Clark Jr.", "Bill Clark"]),
    "William French Smith": ("William French Smith", []),
    "Ray Donovan": ("Raymond Donovan", ["Raymond J. Donovan"]),
    "Jeane Kirkpatrick": ("Jeane Kirkpatrick", ["Jeane J. Kirkpatrick"]),
    "Bill Brock": ("William Brock", ["William E. Brock", "William E. Brock III", "William Brock III"]),
    "David Stockman": ("David Stockman", ["David A. Stockman"]),
    "Margaret Heckler": ("Margaret Heckler", ["Margaret M. Heckler"]),
    "George A. Keyworth II": ("George Keyworth", ["George A. Keyworth", "Jay Keyworth"]),
    "John Block": ("John Block", ["John R. Block"]),
    "William Casey": ("William Casey", ["William J. Casey", "Bill Casey"]),
    "Mac Baldrige": ("Malcolm Baldrige", ["Malcolm Baldrige Jr.", "Howard Malcolm Baldrige"]),
    "Elizabeth Dole": ("Elizabeth Dole", ["Elizabeth H. Dole", "Elizabeth Hanford Dole"]),
    "Caspar Weinberger": ("Caspar Weinberger", ["Caspar W. Weinberger", "Cap Weinberger"]),
    "Howard Baker": ("Howard Baker", ["Howard H. Baker Jr.", "Howard H. Baker", "Howard Baker Jr."]),
    "Ed Meese": ("Edwin Meese", ["Edwin Meese III", "Edwin Meese 3rd", "Ed Meese III"]),
    "Bill Bennett": ("William Bennett", ["William J. Bennett"]),
    "Jim Miller": ("James Miller", ["James C. Miller", "James C. Miller III", "James Miller III"]),
    "Beryl Sprinkel": ("Beryl Sprinkel", ["Beryl W. Sprinkel"]),
    "Kenneth Duberstein": ("Kenneth Duberstein", ["Kenneth M. Duberstein", "Ken Duberstein"]),
    "Lee Thomas": ("Lee Thomas", ["Lee M. Thomas"]),
    "Joseph Wright Jr.": ("Joseph Wright", ["Joseph R. Wright Jr.", "Joseph R. Wright"]),
    "Richard Edmund Lyng": ("Richard Lyng", ["Richard E. Lyng", "Dick Lyng"]),
    "Frank Carlucci": ("Frank Carlucci", ["Frank C. Carlucci", "Frank C. Carlucci III"]),
    "John Herrington": ("John Herrington", ["John S. Herrington"]),
    "Otis Bowen": ("Otis Bowen", ["Otis R. Bowen"]),
    "Samuel Pierce Jr.": ("Samuel Pierce", ["Samuel R. Pierce Jr.", "Samuel R. Pierce", "Sam Pierce"]),
    "Ann McLaughlin": ("Ann McLaughlin", ["Ann Dore McLaughlin", "Ann McLaughlin Korologos"]),
    "George Shultz": ("George Shultz", ["George P. Shultz"]),
    "James Burnley IV": ("James Burnley", ["James H. Burnley IV", "James H. Burnley",
                                           "Jim Burnley"]),
    "Clayton Yeutter": ("Clayton Yeutter", ["Clayton K. Yeutter"]),
    "William Verity Jr.": ("William Verity", ["C. William Verity Jr.", "C. William Verity",
                                              "William Verity Jr."]),
    "Vernon Walters": ("Vernon Walters", ["Vernon A. Walters"]),
    "William R. Graham": ("William Graham", []),
    "Bill Webster": ("William Webster", ["William H. Webster"]),
    "Dick Thornburgh": ("Dick Thornburgh", ["Richard Thornburgh", "Richard L. Thornburgh"]),
    "Lauro Cavazos": ("Lauro Cavazos", ["Lauro F. Cavazos"]),
    "Nicholas Brady": ("Nicholas Brady", ["Nicholas F. Brady", "Nick Brady"]),
    # Bush 41
    "Sam Skinner": ("Samuel Skinner", ["Samuel K. Skinner"]),
    "John Sununu": ("John Sununu", ["John H. Sununu"]),
    "Robert Mosbacher": ("Robert Mosbacher", ["Robert A. Mosbacher", "Bob Mosbacher"]),
    "Tom Pickering": ("Thomas Pickering", ["Thomas R. Pickering"]),
    "Ed Derwinski": ("Edward Derwinski", ["Edward J. Derwinski"]),
    "Michael Boskin": ("Michael Boskin", ["Michael J. Boskin"]),
    "William Barr": ("William Barr", ["William P. Barr", "Bill Barr"]),
    "Jack Kemp": ("Jack Kemp", ["Jack F. Kemp"]),
    "Lawrence Eagleburger": ("Lawrence Eagleburger", ["Lawrence S. Eagleburger",
                                                      "Larry Eagleburger"]),
    "Bob Gates": ("Robert Gates", ["Robert M. Gates"]),
    "William Reilly": ("William Reilly", ["William K. Reilly"]),
    "Dick Darman": ("Richard Darman", ["Richard G. Darman"]),
    "Pat Saiki": ("Patricia Saiki", []),
    "Ed Madigan": ("Edward Madigan", ["Edward R. Madigan"]),
    "Barbara Franklin": ("Barbara Franklin", ["Barbara Hackman Franklin"]),
    "James Watkins": ("James Watkins", ["James D. Watkins"]),
    "Louis Sullivan": ("Louis Sullivan", ["Louis W. Sullivan"]),
    "Lynn Morley Martin": ("Lynn Martin", ["Lynn M. Martin"]),
    "Manuel Luján Jr.": ("Manuel Lujan", ["Manuel Lujan Jr.", "Manuel Luján", "Luján"]),
    "Andy Card": ("Andrew Card", ["Andrew H. Card Jr.", "Andrew H. Card", "Andrew Card Jr."]),
    "Carla Hills": ("Carla Hills", ["Carla A. Hills"]),
    "Edward Perkins": ("Edward Perkins", ["Edward J. Perkins"]),
    # Clinton
    "Les Aspin": ("Les Aspin", ["Leslie Aspin", "Leslie Aspin Jr."]),
    "Mack McLarty": ("Mack McLarty", ["Thomas F. McLarty", "Thomas F. McLarty III",
                                      "Thomas McLarty"]),
    "Leon Panetta": ("Leon Panetta", ["Leon E. Panetta"]),
    "Erskine Bowles": ("Erskine Bowles", ["Erskine B. Bowles"]),
    "Lloyd Bentsen": ("Lloyd Bentsen", ["Lloyd M. Bentsen", "Lloyd Bentsen Jr."]),
    "Mike Espy": ("Mike Espy", ["Michael Espy"]),
    "Jim Woolsey": ("James Woolsey", ["R. James Woolsey", "R. James Woolsey Jr."]),
    "Laura D'Andrea Tyson": ("Laura Tyson", []),
    "Ron Brown": ("Ron Brown", ["Ronald Brown", "Ronald H. Brown"]),
    "Mickey Kantor": ("Mickey Kantor", ["Michael Kantor"]),
    "Alice Rivlin": ("Alice Rivlin", ["Alice M. Rivlin"]),
    "John Deutch": ("John Deutch", ["John M. Deutch"]),
    "Robert Reich": ("Robert Reich", ["Robert B. Reich"]),
    "Warren Christopher": ("Warren Christopher", ["Warren M. Christopher"]),
    "Henry Cisneros": ("Henry Cisneros", ["Henry G. Cisneros"]),
    "Hazel O'Leary": ("Hazel O'Leary", ["Hazel R. O'Leary"]),
    "Madeleine Albright": ("Madeleine Albright", ["Madeleine K. Albright"]),
    "William Perry": ("William Perry", ["William J. Perry", "Bill Perry"]),
    "Joseph Stiglitz": ("Joseph Stiglitz", ["Joseph E. Stiglitz"]),
    "Federico Peña": ("Federico Peña", ["Federico Pena", "Federico F. Peña", "Pena"]),
    "John H. Gibbons": ("John Gibbons", ["John H. Gibbons", "Jack Gibbons"]),
    "Frank Raines": ("Franklin Raines", ["Franklin D. Raines"]),
    "Bill Richardson": ("Bill Richardson", ["William Richardson", "William B. Richardson"]),
    "Bob Rubin": ("Robert Rubin", ["Robert E. Rubin"]),
    "Janet Yellen": ("Janet Yellen", ["Janet L. Yellen"]),
    "Bill Daley": ("William Daley", ["William M. Daley"]),
    "Togo West Jr.": ("Togo West", ["Togo D. West Jr.", "Togo D. West"]),
    "Martin Baily": ("Martin Baily", ["Martin Neil Baily", "Martin N. Baily"]),
    "Carol Browner": ("Carol Browner", ["Carol M. Browner"]),
    "Jack Lew": ("Jacob Lew", ["Jacob J. Lew"]),
    "Dan Glickman": ("Dan Glickman", ["Daniel Glickman", "Daniel R. Glickman"]),
    "Norman Mineta": ("Norman Mineta", ["Norman Y. Mineta"]),
    "Richard Holbrooke": ("Richard Holbrooke", ["Richard C. Holbrooke"]),
    "John Podesta": ("John Podesta", ["John D. Podesta"]),
    "William Cohen": ("William Cohen", ["William S. Cohen", "Bill Cohen"]),
    "Dick Riley": ("Richard Riley", ["Richard W. Riley"]),
    "Donna Shalala": ("Donna Shalala", ["Donna E. Shalala"]),
    "Andrew Cuomo": ("Andrew Cuomo", ["Andrew M. Cuomo"]),
    "Alexis Herman": ("Alexis Herman", ["Alexis M. Herman"]),
    "Larry Summers": ("Lawrence Summers", ["Lawrence H. Summers"]),
    "Rodney Slater": ("Rodney Slater", ["Rodney E. Slater"]),
    "George Tenet": ("George Tenet", ["George J. Tenet"]),
    # Bush 43
    "Glenn Hubbard": ("Glenn Hubbard", ["R. Glenn Hubbard"]),
    "Mitch Daniels": ("Mitch Daniels", ["Mitchell Daniels", "Mitchell E. Daniels Jr.",
                                        "Mitchell E. Daniels"]),
    "Christine Todd Whitman": ("Christine Todd Whitman", ["Christie Whitman",
                                                          "Christine Whitman"]),
    "Mel Martinez": ("Mel Martinez", ["Mel Martínez"]),
    "John Negroponte": ("John Negroponte", ["John D. Negroponte"]),
    "Ann Veneman": ("Ann Veneman", ["Ann M. Veneman"]),
    "Rod Paige": ("Rod Paige", ["Roderick Paige", "Roderick R. Paige"]),
    "John Danforth": ("John Danforth", ["John C. Danforth", "Jack Danforth"]),
    "Mike Leavitt": ("Mike Leavitt", ["Michael Leavitt", "Michael O. Leavitt"]),
    "Colin Powell": ("Colin Powell", ["Colin L. Powell"]),
    "Tommy Thompson": ("Tommy Thompson", ["Tommy G. Thompson"]),
    "Anthony Principi": ("Anthony Principi", ["Anthony J. Principi"]),
    "Spencer Abraham": ("Spencer Abraham", ["E. Spencer Abraham"]),
    "Tom Ridge": ("Tom Ridge", ["Thomas Ridge", "Thomas J. Ridge"]),
    "Donald Evans": ("Donald Evans", ["Don Evans", "Donald L. Evans"]),
    "Greg Mankiw": ("Gregory Mankiw", ["N. Gregory Mankiw"]),
    "Robert Zoellick": ("Robert Zoellick", ["Robert B. Zoellick", "Bob Zoellick"]),
    "Harvey Rosen": ("Harvey Rosen", ["Harvey S. Rosen"]),
    "Ben Bernanke": ("Ben Bernanke", ["Ben S. Bernanke", "Benjamin Bernanke"]),
    "Gale Norton": ("Gale Norton", ["Gale A. Norton"]),
    "Josh Bolten": ("Josh Bolten", ["Joshua Bolten", "Joshua B. Bolten"]),
    "Porter Goss": ("Porter Goss", ["Porter J. Goss"]),
    "Rob Portman": ("Rob Portman", ["Robert Portman"]),
    "John Snow": ("John Snow", ["John W. Snow"]),
    "Hector Barreto": ("Hector Barreto", ["Héctor Barreto"]),
    "Donald Rumsfeld": ("Donald Rumsfeld", ["Donald H. Rumsfeld", "Don Rumsfeld"]),
    "John Bolton": ("John Bolton", ["John R. Bolton"]),
    "Alberto Gonzales": ("Alberto Gonzales", ["Alberto R. Gonzales"]),
    "Mike Johanns": ("Mike Johanns", ["Michael Johanns"]),
    "Jim Nicholson": ("Jim Nicholson", ["R. James Nicholson", "James Nicholson"]),
    "Steve Preston": ("Steven Preston", ["Steven C. Preston"]),
    "Jim Nussle": ("Jim Nussle", ["James Nussle"]),
    "Carlos Gutierrez": ("Carlos Gutierrez", ["Carlos M. Gutierrez", "Carlos Gutiérrez"]),
    "Michael Mukasey": ("Michael Mukasey", ["Michael B. Mukasey"]),
    "Edward Lazear": ("Edward Lazear", ["Edward P. Lazear", "Ed Lazear"]),
    "Stephen Johnson": ("Stephen Johnson", ["Stephen L. Johnson"]),
    "Ed Schafer": ("Ed Schafer", ["Edward Schafer", "Edward T. Schafer"]),
    "Samuel Bodman": ("Samuel Bodman", ["Samuel W. Bodman", "Sam Bodman"]),
    "Elaine Chao": ("Elaine Chao", ["Elaine L. Chao"]),
    "Hank Paulson": ("Henry Paulson", ["Henry M. Paulson Jr.", "Henry M. Paulson"]),
    "Mary Peters": ("Mary Peters", ["Mary E. Peters"]),
    "James Peake": ("James Peake", ["James B. Peake"]),
    "Susan Schwab": ("Susan Schwab", ["Susan C. Schwab"]),
    "John H. Marburger": ("John Marburger", ["John H. Marburger", "John H. Marburger III"]),
    "Michael Chertoff": ("Michael Chertoff", []),
    "Mike McConnell": ("Mike McConnell", ["J. Michael McConnell", "John Michael McConnell",
                                          "Michael McConnell"]),
    "Michael Hayden": ("Michael Hayden", ["Michael V. Hayden"]),
    # Obama
    "Dennis Blair": ("Dennis Blair", ["Dennis C. Blair"]),
    "Peter Orszag": ("Peter Orszag", ["Peter R. Orszag"]),
    "Christina Romer": ("Christina Romer", ["Christina D. Romer"]),
    "Austan Goolsbee": ("Austan Goolsbee", ["Austan D. Goolsbee"]),
    "John Bryson": ("John Bryson", ["John E. Bryson"]),
    "David Petraeus": ("David Petraeus", ["David H. Petraeus"]),
    "Tim Geithner": ("Timothy Geithner", ["Timothy F. Geithner"]),
    "Hillary Clinton": ("Hillary Clinton", ["Hillary Rodham Clinton"]),
    "Lisa Jackson": ("Lisa Jackson", ["Lisa P. Jackson"]),
    "Alan Krueger": ("Alan Krueger", ["Alan B. Krueger"]),
    "Karen Mills": ("Karen Mills", ["Karen G. Mills"]),
    "Eric Shinseki": ("Eric Shinseki", ["Eric K. Shinseki"]),
    "Kathleen Sebelius": ("Kathleen Sebelius", ["Kathleen G. Sebelius"]),
    "Sylvia Burwell": ("Sylvia Mathews Burwell", []),
    "Chuck Hagel": ("Chuck Hagel", ["Charles Hagel", "Charles T. Hagel"]),
    "Eric Holder": ("Eric Holder", ["Eric H. Holder Jr.", "Eric H. Holder", "Eric Holder Jr."]),
    "Tom Vilsack": ("Tom Vilsack", ["Thomas Vilsack", "Thomas J. Vilsack"]),
    "Ash Carter": ("Ash Carter", ["Ashton Carter", "Ashton B. Carter"]),
    "John Holdren": ("John Holdren", ["John P. Holdren"]),
    "James Clapper": ("James Clapper", ["James R. Clapper", "James R. Clapper Jr."]),
    "Denis McDonough": ("Denis McDonough", ["Denis R. McDonough"]),
    "John Kerry": ("John Kerry", ["John F. Kerry"]),
    "John Brennan": ("John Brennan", ["John O. Brennan"]),
    "Ernest Moniz": ("Ernest Moniz", ["Ernest J. Moniz"]),
    "Michael Froman": ("Michael Froman", ["Michael B. Froman", "Mike Froman"]),
    "Anthony Foxx": ("Anthony Foxx", ["Anthony R. Foxx"]),
    "Tom Perez": ("Tom Perez", ["Thomas Perez", "Thomas E. Perez"]),
    "Jeh Johnson": ("Jeh Johnson", ["Jeh C. Johnson"]),
    "Julián Castro": ("Julián Castro", ["Julian Castro"]),
    "Bob McDonald": ("Robert McDonald", ["Robert A. McDonald"]),
    "Loretta Lynch": ("Loretta Lynch", ["Loretta E. Lynch"]),
    "John King Jr.": ("John King Jr.", ["John B. King Jr.", "John B. King", "John King"]),
    # Trump (first term)
    "John Kelly": ("John Kelly", ["John F. Kelly"]),
    "Tom Price": ("Tom Price", ["Thomas Price"]),
    "David Shulkin": ("David Shulkin", ["David J. Shulkin"]),
    "Mike Pompeo": ("Mike Pompeo", ["Michael Pompeo", "Michael R. Pompeo"]),
    "Jeff Sessions": ("Jeff Sessions", ["Jefferson Sessions", "Jefferson B. Sessions III",
                                        "Jefferson Beauregard Sessions III"]),
    "Jim Mattis": ("Jim Mattis", ["James Mattis", "James N. Mattis"]),
    "Ryan Zinke": ("Ryan Zinke", ["Ryan K. Zinke"]),
    "Kirstjen Nielsen": ("Kirstjen Nielsen", ["Kirstjen M. Nielsen"]),
    "Kevin Hassett": ("Kevin Hassett", ["Kevin A. Hassett"]),
    "Alexander Acosta": ("Alexander Acosta", ["Alex Acosta", "R. Alexander Acosta"]),
    "Dan Coats": ("Dan Coats", ["Daniel Coats", "Daniel R. Coats"]),
    "Mark Esper": ("Mark Esper", ["Mark T. Esper"]),
    "Betsy DeVos": ("Betsy DeVos", ["Elisabeth DeVos"]),
    "Steve Mnuchin": ("Steven Mnuchin", ["Steven T. Mnuchin"]),
    "Wilbur Ross": ("Wilbur Ross", ["Wilbur L. Ross", "Wilbur L. Ross Jr.", "Wilbur Ross Jr."]),
    "Ben Carson": ("Ben Carson", ["Benjamin Carson", "Benjamin S. Carson"]),
    "Robert Lighthizer": ("Robert Lighthizer", ["Robert E. Lighthizer", "Bob Lighthizer"]),
    "Alex Azar": ("Alex Azar", ["Alex M. Azar II", "Alex Azar II"]),
    "Robert Wilkie": ("Robert Wilkie", ["Robert L. Wilkie"]),
    "Andrew Wheeler": ("Andrew Wheeler", ["Andrew R. Wheeler"]),
    "Kelly Craft": ("Kelly Craft", ["Kelly Knight Craft"]),
    "Dan Brouillette": ("Dan Brouillette", ["Dan R. Brouillette"]),
    "John Ratcliffe": ("John Ratcliffe", ["John L. Ratcliffe"]),
    "Russ Vought": ("Russell Vought", ["Russ Vought", "Russell T. Vought"]),
    # Biden
    "Eric Lander": ("Eric Lander", ["Eric S. Lander"]),
    "Ron Klain": ("Ron Klain", ["Ronald Klain", "Ronald A. Klain"]),
    "Antony Blinken": ("Antony Blinken", ["Antony J. Blinken", "Tony Blinken"]),
    "Lloyd Austin": ("Lloyd Austin", ["Lloyd J. Austin III", "Lloyd J. Austin", "Lloyd Austin III"]),
    "Merrick Garland": ("Merrick Garland", ["Merrick B. Garland"]),
    "Deb Haaland": ("Deb Haaland", ["Debra Haaland", "Debra A. Haaland"]),
    "Gina Raimondo": ("Gina Raimondo", ["Gina M. Raimondo"]),
    "Marty Walsh": ("Marty Walsh", ["Martin Walsh", "Martin J. Walsh"]),
    "Marcia Fudge": ("Marcia Fudge", ["Marcia L. Fudge"]),
    "Pete Buttigieg": ("Pete Buttigieg", ["Peter Buttigieg"]),
    "Jennifer Granholm": ("Jennifer Granholm", ["Jennifer M. Granholm"]),
    "Miguel Cardona": ("Miguel Cardona", ["Miguel A. Cardona"]),
    "Alejandro Mayorkas": ("Alejandro Mayorkas", ["Alejandro N. Mayorkas"]),
    "Michael Regan": ("Michael Regan", ["Michael S. Regan"]),
    "Shalanda Young": ("Shalanda Young", ["Shalanda D. Young"]),
    "Avril Haines": ("Avril Haines", ["Avril D. Haines"]),
    "Katherine Tai": ("Katherine Tai", ["Katherine C. Tai"]),
    "Isabel Guzman": ("Isabel Guzman", ["Isabella Casillas Guzman", "Isabel Casillas Guzman",
                                        "Isabella Guzman"]),
    "Jeff Zients": ("Jeff Zients", ["Jeffrey Zients", "Jeffrey D. Zients"]),
}

# Rows whose end_date is "Still in office" (the CSV stops in Feb 2023): the real end, from
# public record. (position, appointee) -> (end date, source). `YYYY-MM` where the day is not
# certain. Everyone not listed below with an earlier date left at the end of the Biden
# administration, 2025-01-20 (Wikipedia article on each person; for the SBA, Kelly
# Loeffler's confirmation coverage, Feb 2025, says Guzman "left office last month").
_BIDEN_END = "left office at the end of the Biden administration"
CABINET_END_OVERRIDES = {
    ("Secretary of State", "Antony Blinken"): ("2025-01-20", "Wikipedia: Antony Blinken (" + _BIDEN_END + ")"),
    ("Secretary of the Treasury", "Janet Yellen"): ("2025-01-20", "Wikipedia: Janet Yellen (" + _BIDEN_END + ")"),
    ("Secretary of Defense", "Lloyd Austin"): ("2025-01-20", "Wikipedia: Lloyd Austin (" + _BIDEN_END + ")"),
    ("Attorney General", "Merrick Garland"): ("2025-01-20", "Wikipedia: Merrick Garland (" + _BIDEN_END + ")"),
    ("Secretary of the Interior", "Deb Haaland"): ("2025-01-20", "Wikipedia: Deb Haaland (" + _BIDEN_END + ")"),
    ("Secretary of Agriculture", "Tom Vilsack"): ("2025-01-20", "Wikipedia: Tom Vilsack (" + _BIDEN_END + ")"),
    ("Secretary of Commerce", "Gina Raimondo"): ("2025-01-20", "Wikipedia: Gina Raimondo (" + _BIDEN_END + ")"),
    ("Secretary of Labor", "Marty Walsh"):
        ("2023-03", "Marty Walsh left in mid-March 2023 to lead the NHL Players' Association (NHLPA "
                    "announcement, 2023-02-16: executive director \"beginning in mid-March\"); day "
                    "not certain. His deputy Julie Su was then acting secretary (not in this pack)"),
    ("Secretary of Health & Human Services", "Xavier Becerra"): ("2025-01-20", "Wikipedia: Xavier Becerra (" + _BIDEN_END + ")"),
    ("Secretary of Housing & Urban Development", "Marcia Fudge"):
        ("2024-03-22", "Marcia Fudge resigned effective 2024-03-22 (her announcement of 2024-03-11, "
                       "AP); Adrianne Todman was then acting secretary (not in this pack)"),
    ("Secretary of Transportation", "Pete Buttigieg"): ("2025-01-20", "Wikipedia: Pete Buttigieg (" + _BIDEN_END + ")"),
    ("Secretary of Energy", "Jennifer Granholm"): ("2025-01-20", "Wikipedia: Jennifer Granholm (" + _BIDEN_END + ")"),
    ("Secretary of Education", "Miguel Cardona"): ("2025-01-20", "Wikipedia: Miguel Cardona (" + _BIDEN_END + ")"),
    ("Secretary of Veterans Affairs", "Denis McDonough"): ("2025-01-20", "Wikipedia: Denis McDonough (" + _BIDEN_END + ")"),
    ("Secretary of Homeland Security", "Alejandro Mayorkas"): ("2025-01-20", "Wikipedia: Alejandro Mayorkas (" + _BIDEN_END + ")"),
    ("Chief of Staff", "Jeff Zients"): ("2025-01-20", "Wikipedia: Jeff Zients (" + _BIDEN_END + ")"),
    ("OMB Director", "Shalanda Young"): ("2025-01-20", "Wikipedia: Shalanda Young (" + _BIDEN_END + ")"),
    ("UN Ambassador", "Linda Thomas-Greenfield"): ("2025-01-20", "Wikipedia: Linda Thomas-Greenfield (" + _BIDEN_END + ")"),
    ("U.S. Trade Representative", "Katherine Tai"): ("2025-01-20", "Wikipedia: Katherine Tai (" + _BIDEN_END + ")"),
    ("EPA Administrator", "Michael Regan"): ("2025-01-20", "Wikipedia: Michael S. Regan (" + _BIDEN_END + ")"),
    ("SBA Administrator", "Isabel Guzman"): ("2025-01-20", "Wikipedia: Isabel Guzman (" + _BIDEN_END + ")"),
    ("Director of National Intelligence", "Avril Haines"): ("2025-01-20", "Wikipedia: Avril Haines (" + _BIDEN_END + ")"),
    ("CEA Chair", "Cecilia Rouse"):
        ("2023-03-31", "Cecilia Rouse left the White House on Friday 2023-03-31 (UPI, 2023-03-31) "
                       "to return to Princeton"),
    ("OSTP Director", "Arati Prabhakar"): ("2025-01-20", "Wikipedia: Arati Prabhakar (" + _BIDEN_END + ")"),
}

# --------------------------------------------------------------------------------------
# Hand-curated people, from public record. Each entry names its source; the source is
# written as a comment above the person in the output. `born` only where stated there.
# Terms: (office, from, to or None for still in office). A date is a day only where the
# day is certain; otherwise `YYYY-MM` (or `YYYY`), which the checker reads as "some day in
# that month (year)". A person already in the CSV or executive.yaml is the same person
# (same name), and gets these terms on top.
# Acting officials are left out (as in the CSV): e.g. Mick Mulvaney (acting chief of staff
# 2019-20), Alton Keel (acting national security adviser 1986), Dorothy Shea (acting UN
# ambassador 2025), Julie Su (acting labor secretary 2023-25).
# --------------------------------------------------------------------------------------
_SWORN = "sworn in"
# Terms held as an acting official (person id, office, start), from the sources cited on
# each person. Other acting officials are left out of the pack (see above).
ACTING_TERMS = {
    ("marco-rubio", "us-national-security-adviser", "2025-05-01"),
}

HAND_PEOPLE = [
    # --- United States, second Trump administration (every confirmed secretary, the chief
    # of staff, and the other cabinet-level officers whose dates are known) ---
    dict(name="Marco Rubio", aliases=["Marco A. Rubio", "Rubio"], born="1971-05-28",
         source="Wikipedia: Marco Rubio (Secretary of State from 2025-01-21; "
                "also acting National Security Advisor from 2025-05-01)",
         terms=[("us-secretary-of-state", "2025-01-21", None),
                ("us-national-security-adviser", "2025-05-01", None)]),
    dict(name="Scott Bessent", aliases=["Bessent"], born="1962-08-21",
         source="Wikipedia: Scott Bessent",
         terms=[("us-treasury-secretary", "2025-01-28", None)]),
    dict(name="Pete Hegseth", aliases=["Peter Hegseth", "Hegseth"],
         source="Wikipedia: Pete Hegseth (Secretary of Defense from 2025-01-25; \"Secretary of "
                "War\" as a secondary title from September 2025)",
         terms=[("us-secretary-of-defense", "2025-01-25", None)]),
    # Departures in 2026 (after the author's own knowledge; from White House documents and news
    # reports found in public record, so given to the month only): Noem, Bondi, Chavez-DeRemer,
    # Gabbard. Their acting successors (Todd Blanche, Keith Sonderling, Bill Pulte) are left out.
    dict(name="Pam Bondi", aliases=["Pamela Bondi", "Pamela Jo Bondi", "Bondi"],
         source="Wikipedia: Pam Bondi (Attorney General from 2025-02-05); still Attorney General "
                "on 2026-03-24 (she swore in Markwayne Mullin, White House photo caption), fired in "
                "early April 2026 with Todd Blanche as acting attorney general (news reports of "
                "2026-04-08 and 2026-04-20): end April 2026, day not certain",
         terms=[("us-attorney-general", "2025-02-05", "2026-04")]),
    dict(name="Doug Burgum", aliases=["Douglas Burgum", "Burgum"],
         source="Interior Department release of 2025-02-03 (" + _SWORN + " on the Friday "
                "before, after Senate confirmation on 2025-01-30; some reports say 2025-01-30): "
                "January 2025, day not certain",
         terms=[("us-secretary-of-the-interior", "2025-01", None)]),
    dict(name="Brooke Rollins", aliases=["Brooke L. Rollins", "Rollins"],
         source="USDA release: " + _SWORN + " as Secretary of Agriculture on 2025-02-13",
         terms=[("us-secretary-of-agriculture", "2025-02-13", None)]),
    dict(name="Howard Lutnick", aliases=["Howard W. Lutnick", "Lutnick"],
         source="Confirmed 2025-02-18, " + _SWORN + " at the White House 2025-02-21 (Fox News): "
                "February 2025, day of taking office not certain",
         terms=[("us-secretary-of-commerce", "2025-02", None)]),
    dict(name="Lori Chavez-DeRemer", aliases=["Chavez-DeRemer"],
         source="Labor Department release: confirmed 2025-03-10, " + _SWORN + " 2025-03-11; "
                "left in April 2026, the White House confirmed on Monday 2026-04-20 (CBS News), "
                "Keith Sonderling acting: end April 2026, day not certain",
         terms=[("us-secretary-of-labor", "2025-03-11", "2026-04")]),
    # "Robert F. Kennedy" (without "Jr.") is listed because White House copy writes
    # "Secretary Robert F. Kennedy, Jr." and a name stops at the comma. His father, Attorney
    # General 1961-64, is not in this pack; if he is ever added, the script drops the alias.
    dict(name="Robert F. Kennedy Jr.",
         aliases=["Robert Kennedy Jr.", "RFK Jr.", "Robert F. Kennedy", "Kennedy"],
         source="Wikipedia: Robert F. Kennedy Jr. (" + _SWORN + " as Secretary of Health and "
                "Human Services in the Oval Office on 2025-02-13)",
         terms=[("us-secretary-of-hhs", "2025-02-13", None)]),
    dict(name="Scott Turner", aliases=["Eric Scott Turner", "Turner"],
         source="HUD: confirmed and " + _SWORN + " on 2025-02-05 (HousingWire)",
         terms=[("us-secretary-of-hud", "2025-02-05", None)]),
    dict(name="Sean Duffy", aliases=["Duffy"],
         source="Wikipedia: Sean Duffy (Secretary of Transportation from 2025-01-28)",
         terms=[("us-secretary-of-transportation", "2025-01-28", None)]),
    dict(name="Chris Wright", aliases=["Christopher Wright", "Wright"],
         source="Confirmed as Secretary of Energy on 2025-02-03 (Ballotpedia): February 2025, "
                "day of taking office not certain",
         terms=[("us-secretary-of-energy", "2025-02", None)]),
    dict(name="Linda McMahon", aliases=["Linda E. McMahon"],
         source="Secretary of Education: confirmed and " + _SWORN + " on the evening of "
                "2025-03-03 (State News Foundation, Fox News)",
         terms=[("us-secretary-of-education", "2025-03-03", None)]),
    dict(name="Doug Collins", aliases=["Douglas Collins", "Collins"],
         source="Confirmed as Secretary of Veterans Affairs on 2025-02-04: February 2025, day "
                "of taking office not certain",
         terms=[("us-secretary-of-veterans-affairs", "2025-02", None)]),
    dict(name="Kristi Noem", aliases=["Kristi L. Noem", "Noem"],
         source="Wikipedia: Kristi Noem (Secretary of Homeland Security from 2025-01-25); still "
                "secretary when she testified on 2026-03-04, replaced as announced by the President "
                "on 2026-03-05 (AP), her successor sworn in on 2026-03-24: end March 2026, day not "
                "certain",
         terms=[("us-secretary-of-homeland-security", "2025-01-25", "2026-03")]),
    dict(name="Markwayne Mullin", aliases=["Mullin"],
         source="White House photo caption of 2026-03-24: Attorney General Pam Bondi swears in "
                "Markwayne Mullin as Secretary of Homeland Security, Tuesday, March 24, 2026 "
                "(confirmed by the Senate the same day)",
         terms=[("us-secretary-of-homeland-security", "2026-03-24", None)]),
    dict(name="Susie Wiles", aliases=["Susan Wiles", "Susan Summerall Wiles", "Wiles"],
         source="Wikipedia: Susie Wiles (White House Chief of Staff from 2025-01-20)",
         terms=[("us-chief-of-staff", "2025-01-20", None)]),
    dict(name="John Ratcliffe", aliases=[],
         source="Wikipedia: John Ratcliffe (Director of the CIA from 2025-01-23)",
         terms=[("us-cia-director", "2025-01-23", None)]),
    dict(name="Tulsi Gabbard", aliases=["Gabbard"],
         source="Wikipedia: Tulsi Gabbard (" + _SWORN + " as Director of National "
                "Intelligence on 2025-02-12); left in 2026, days before Bill Pulte was named acting "
                "director (White House statement of 2026-06-04): only the year is given",
         terms=[("us-director-of-national-intelligence", "2025-02-12", "2026")]),
    dict(name="Lee Zeldin", aliases=["Lee M. Zeldin", "Zeldin"],
         source="EPA: confirmed 2025-01-29 and " + _SWORN + " as Administrator (ExecutiveGov, "
                "2025-01-31): January 2025, day not certain",
         terms=[("us-epa-administrator", "2025-01", None)]),
    dict(name="Russell Vought", aliases=[],
         source="Confirmed again as OMB Director on 2025-02-06 (ExecutiveGov): February 2025, "
                "day of taking office not certain",
         terms=[("us-omb-director", "2025-02", None)]),
    dict(name="Jamieson Greer", aliases=["Jamieson Lee Greer", "Greer"],
         source="Wikipedia: Jamieson Greer (Trade Representative since February 2025; "
                "confirmed 2025-02-26): day not certain",
         terms=[("us-trade-representative", "2025-02", None)]),
    dict(name="Kelly Loeffler", aliases=["Loeffler"],
         source="Confirmed as SBA Administrator on 2025-02-19 (American Banker): February 2025, "
                "day of taking office not certain",
         terms=[("us-sba-administrator", "2025-02", None)]),
    dict(name="Michael Kratsios", aliases=["Kratsios"],
         source="Confirmed as OSTP Director on 2025-03-25 (Homeland Security Today); sworn in "
                "later by the Vice President, day not known: only the year is given",
         terms=[("us-ostp-director", "2025", None)]),
    # --- US national security advisers (public record) ---
    dict(name="Zbigniew Brzezinski", aliases=["Brzezinski"],
         source="Wikipedia: Zbigniew Brzezinski (National Security Advisor 1977-01-20 – 1981-01-20)",
         terms=[("us-national-security-adviser", "1977-01-20", "1981-01-20")]),
    dict(name="Richard Allen", aliases=["Richard V. Allen", "Dick Allen", "Allen"],
         source="Wikipedia: Richard V. Allen (National Security Advisor 1981-01-21 – 1982-01-04)",
         terms=[("us-national-security-adviser", "1981-01-21", "1982-01-04")]),
    dict(name="William Clark", aliases=[],
         source="Wikipedia: William P. Clark Jr. (National Security Advisor 1982-01-04 – "
                "1983-10-17, then Secretary of the Interior)",
         terms=[("us-national-security-adviser", "1982-01-04", "1983-10-17")]),
    dict(name="Robert McFarlane", aliases=["Robert C. McFarlane", "Bud McFarlane", "McFarlane"],
         source="Wikipedia: Robert C. McFarlane (National Security Advisor 1983-10-17 – 1985-12-04)",
         terms=[("us-national-security-adviser", "1983-10-17", "1985-12-04")]),
    dict(name="John Poindexter", aliases=["John M. Poindexter", "Poindexter"],
         source="Wikipedia: John Poindexter (National Security Advisor from 1985-12-04; resigned "
                "in November 1986, reported as the 24th or the 25th)",
         terms=[("us-national-security-adviser", "1985-12-04", "1986-11")]),
    dict(name="Frank Carlucci", aliases=[],
         source="Carlucci's memo to Reagan (FRUS 1981-88 v. I, doc. 288): he assumed the post of "
                "National Security Advisor on 1987-01-02 (named 1986-12-02); to 1987-11-23, "
                "when he became Secretary of Defense",
         terms=[("us-national-security-adviser", "1987-01-02", "1987-11-23")]),
    dict(name="Colin Powell", aliases=[],
         source="Wikipedia: Colin Powell (National Security Advisor 1987-11-23 – 1989-01-20)",
         terms=[("us-national-security-adviser", "1987-11-23", "1989-01-20")]),
    dict(name="Brent Scowcroft", aliases=["Scowcroft"],
         source="Wikipedia: Brent Scowcroft (National Security Advisor 1975-11-03 – 1977-01-20 "
                "and 1989-01-20 – 1993-01-20)",
         terms=[("us-national-security-adviser", "1975-11-03", "1977-01-20"),
                ("us-national-security-adviser", "1989-01-20", "1993-01-20")]),
    dict(name="Anthony Lake", aliases=["Tony Lake", "W. Anthony Lake", "Lake"],
         source="Wikipedia: Anthony Lake (National Security Advisor 1993-01-20 – 1997-03-14)",
         terms=[("us-national-security-adviser", "1993-01-20", "1997-03-14")]),
    dict(name="Sandy Berger", aliases=["Samuel Berger", "Samuel R. Berger", "Berger"],
         source="Wikipedia: Sandy Berger (National Security Advisor 1997-03-14 – 2001-01-20)",
         terms=[("us-national-security-adviser", "1997-03-14", "2001-01-20")]),
    dict(name="Condoleezza Rice", aliases=[],
         source="Wikipedia: Condoleezza Rice (National Security Advisor 2001-01-20 – 2005-01-26)",
         terms=[("us-national-security-adviser", "2001-01-20", "2005-01-26")]),
    dict(name="Stephen Hadley", aliases=["Stephen J. Hadley", "Steve Hadley", "Hadley"],
         source="Wikipedia: Stephen Hadley (National Security Advisor 2005-01-26 – 2009-01-20)",
         terms=[("us-national-security-adviser", "2005-01-26", "2009-01-20")]),
    dict(name="James L. Jones", aliases=["James Jones", "Jim Jones", "Jones"],
         source="Wikipedia: James L. Jones (National Security Advisor 2009-01-20 – 2010-10-08)",
         terms=[("us-national-security-adviser", "2009-01-20", "2010-10-08")]),
    dict(name="Tom Donilon", aliases=["Thomas Donilon", "Thomas E. Donilon", "Donilon"],
         source="Wikipedia: Tom Donilon (National Security Advisor 2010-10-08 – 2013-07-01)",
         terms=[("us-national-security-adviser", "2010-10-08", "2013-07-01")]),
    dict(name="Susan Rice", aliases=["Susan E. Rice", "Rice"],
         source="Wikipedia: Susan Rice",
         terms=[("us-national-security-adviser", "2013-07-01", "2017-01-20")]),
    dict(name="Michael Flynn", aliases=["Michael T. Flynn", "Mike Flynn", "Flynn"],
         source="Wikipedia: Michael Flynn",
         terms=[("us-national-security-adviser", "2017-01-20", "2017-02-13")]),
    dict(name="H. R. McMaster", aliases=["H.R. McMaster", "McMaster"],
         source="Wikipedia: H. R. McMaster",
         terms=[("us-national-security-adviser", "2017-02-20", "2018-04-09")]),
    dict(name="John Bolton", aliases=["John R. Bolton", "Bolton"],
         source="Wikipedia: John Bolton",
         terms=[("us-national-security-adviser", "2018-04-09", "2019-09-10")]),
    dict(name="Robert O'Brien", aliases=["Robert C. O'Brien", "O'Brien"],
         source="Wikipedia: Robert C. O'Brien",
         terms=[("us-national-security-adviser", "2019-09-18", "2021-01-20")]),
    dict(name="Jake Sullivan", aliases=["Sullivan"],
         source="Wikipedia: Jake Sullivan",
         terms=[("us-national-security-adviser", "2021-01-20", "2025-01-20")]),
    dict(name="Mike Waltz", aliases=["Michael Waltz", "Waltz"], born="1974-01-31",
         source="Wikipedia: Mike Waltz (National Security Advisor 2025-01-20 – 2025-05-01; "
                "confirmed as UN ambassador on 2025-09-19, day of taking office not certain)",
         terms=[("us-national-security-adviser", "2025-01-20", "2025-05-01"),
                ("us-un-ambassador", "2025-09", None)]),
    # --- Earlier or later holders of the cabinet-turnover offices (public record) ---
    dict(name="Donald Rumsfeld", aliases=[],
         source="Wikipedia: Donald Rumsfeld (White House Chief of Staff 1974-09-21 – 1975-11-20 "
                "and Secretary of Defense 1975-11-20 – 1977-01-20, under Ford)",
         terms=[("us-chief-of-staff", "1974-09-21", "1975-11-20"),
                ("us-secretary-of-defense", "1975-11-20", "1977-01-20")]),
    dict(name="Dick Cheney", aliases=[],
         source="Wikipedia: Dick Cheney (White House Chief of Staff 1975-11-21 – 1977-01-20, "
                "under Ford)",
         terms=[("us-chief-of-staff", "1975-11-21", "1977-01-20")]),
    dict(name="James Schlesinger", aliases=[],
         source="Wikipedia: James Schlesinger (Secretary of Defense 1973-07-02 – 1975-11-19)",
         terms=[("us-secretary-of-defense", "1973-07-02", "1975-11-19")]),
    dict(name="George H. W. Bush", aliases=[],
         source="Wikipedia: George H. W. Bush (Director of Central Intelligence 1976-01-30 – "
                "1977-01-20)",
         terms=[("us-cia-director", "1976-01-30", "1977-01-20")]),
    # Not in cabinet-turnover: the CIA director was not cabinet-level under Biden until 2023.
    dict(name="William Burns", aliases=["William J. Burns", "Bill Burns", "Burns"],
         source="Wikipedia: William J. Burns (Director of the CIA 2021-03-19 – 2025-01-20)",
         terms=[("us-cia-director", "2021-03-19", "2025-01-20")]),
    # --- Saudi foreign ministers ---
    dict(name="Faisal bin Farhan Al Saud",
         aliases=["Faisal bin Farhan", "Prince Faisal bin Farhan", "bin Farhan"],
         source="Wikipedia: Faisal bin Farhan Al Saud",
         terms=[("saudi-foreign-minister", "2019-10-23", None)]),
    dict(name="Ibrahim Al-Assaf", aliases=["Ibrahim Abdulaziz Al-Assaf", "Al-Assaf"],
         source="Wikipedia: Ibrahim Abdulaziz Al-Assaf",
         terms=[("saudi-foreign-minister", "2018-12-27", "2019-10-23")]),
    dict(name="Adel al-Jubeir", aliases=["al-Jubeir", "Jubeir"],
         source="Wikipedia: Adel al-Jubeir",
         terms=[("saudi-foreign-minister", "2015-04-29", "2018-12-27")]),
    dict(name="Saud al-Faisal", aliases=["Prince Saud al-Faisal", "al-Faisal"],
         source="Wikipedia: Saud bin Faisal bin Abdulaziz Al Saud",
         terms=[("saudi-foreign-minister", "1975-10-13", "2015-04-29")]),
    # --- Governors of Moscow Oblast ---
    dict(name="Andrey Vorobyov", aliases=["Andrei Vorobyov", "Vorobyov"],
         source="Wikipedia: Andrey Vorobyov (acting governor from 2012-11-08, elected 2013; "
                "one open term)",
         terms=[("moscow-oblast-governor", "2012-11-08", None)]),
    dict(name="Sergei Shoigu", aliases=["Sergey Shoigu", "Shoigu"],
         source="Wikipedia: Sergei Shoigu",
         terms=[("moscow-oblast-governor", "2012-05-11", "2012-11-06")]),
    dict(name="Boris Gromov", aliases=["Gromov"],
         source="Wikipedia: Boris Gromov",
         terms=[("moscow-oblast-governor", "2000-02-11", "2012-05-11")]),
    # --- Ukraine ---
    dict(name="Volodymyr Zelenskyy",
         aliases=["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Zelenskyy", "Zelensky",
                  "Zelenskiy"],
         born="1978-01-25",
         source="Wikipedia: Volodymyr Zelenskyy",
         terms=[("ukraine-president", "2019-05-20", None)]),
    dict(name="Petro Poroshenko", aliases=["Poroshenko"],
         source="Wikipedia: Petro Poroshenko",
         terms=[("ukraine-president", "2014-06-07", "2019-05-20")]),
    dict(name="Andriy Yermak", aliases=["Andrii Yermak", "Yermak"],
         source="Wikipedia: Andriy Yermak",
         terms=[("ukraine-head-of-presidential-office", "2020-02-11", "2025-11-28")]),
    dict(name="Andriy Bohdan", aliases=["Andrii Bohdan", "Bohdan"],
         source="Wikipedia: Andriy Bohdan",
         terms=[("ukraine-head-of-presidential-office", "2019-05-21", "2020-02-11")]),
]

# --------------------------------------------------------------------------------------
# Deaths: person id -> (died, source). Only dates from public record; a day only where the
# day is known (`YYYY-MM` / `YYYY` otherwise). Deaths up to OPEN_AFTER (2026-12-02) count.
# Anyone not listed is alive, or not known (to this script) to have died: without `died`
# the checker treats their life as unknown outside their terms, so a missing entry cannot
# produce a wrong finding; a wrong entry could, so uncertain ones are left out (see below).
#
# Sources, by group:
#   - Presidents, Grant to McKinley: Archigos 4.1 (ARCHIGOS.bib), column `deathdate`,
#     checked against this table when the script runs (any difference is an error).
#   - The other presidents: Wikipedia, "List of presidents of the United States by date of
#     death"; for Theodore Roosevelt to Reagan the year is also checked against Archigos 4.1
#     `yrdied`, and Archigos' "-777" (alive when the data ends, 2015) against the later
#     deaths of Jimmy Carter (2024) and George H. W. Bush (2018).
#   - Vice presidents who were never president: Wikipedia, "List of vice presidents of the
#     United States" (its birth and death dates), and the article on each (Walter Mondale,
#     Dick Cheney).
#   - Cabinet members, national security advisers and other officials: the Wikipedia
#     article on each person; where a news obituary was also read, it is named.
# Left out, because a death could not be confirmed from public record here (alive as far as
# this script knows, as of each source's date): among others W. Michael Blumenthal (100 in
# January 2026), Joseph Califano, Donald Hodel, William Perry, Edwin Meese, Nicholas Brady,
# Ray Marshall, Hazel O'Leary, Mickey Kantor, Pat Saiki, James Woolsey, Jack Watson.
# --------------------------------------------------------------------------------------
_WP = "Wikipedia: "
_PRES = "Wikipedia: List of presidents of the United States by date of death"
_VP = "Wikipedia: List of vice presidents of the United States"
_ARCHIGOS = "Archigos 4.1 (Goemans, Gleditsch & Chiozza), column deathdate"
DIED = {
    # --- Presidents ---
    "george-washington": ("1799-12-14", _PRES),
    "john-adams": ("1826-07-04", _PRES),
    "thomas-jefferson": ("1826-07-04", _PRES),
    "james-madison": ("1836-06-28", _PRES),
    "james-monroe": ("1831-07-04", _PRES),
    "john-quincy-adams": ("1848-02-23", _PRES),
    "andrew-jackson": ("1845-06-08", _PRES),
    "martin-van-buren": ("1862-07-24", _PRES),
    "william-henry-harrison": ("1841-04-04", _PRES),
    "john-tyler": ("1862-01-18", _PRES),
    "james-k-polk": ("1849-06-15", _PRES),
    "zachary-taylor": ("1850-07-09", _PRES),
    "millard-fillmore": ("1874-03-08", _PRES),
    "franklin-pierce": ("1869-10-08", _PRES),
    "james-buchanan": ("1868-06-01", _PRES),
    "abraham-lincoln": ("1865-04-15", _PRES),
    "andrew-johnson": ("1875-07-31", _PRES),
    "ulysses-s-grant": ("1885-07-23", _ARCHIGOS),
    "rutherford-b-hayes": ("1893-01-17", _ARCHIGOS),
    "james-a-garfield": ("1881-09-19", _ARCHIGOS),
    "chester-a-arthur": ("1886-11-18", _ARCHIGOS),
    "grover-cleveland": ("1908-06-24", _ARCHIGOS),
    "benjamin-harrison": ("1901-03-13", _ARCHIGOS),
    "william-mckinley": ("1901-09-14", _ARCHIGOS),
    "theodore-roosevelt": ("1919-01-06", _PRES),
    "william-howard-taft": ("1930-03-08", _PRES),
    "woodrow-wilson": ("1924-02-03", _PRES),
    "warren-g-harding": ("1923-08-02", _PRES),
    "calvin-coolidge": ("1933-01-05", _PRES),
    "herbert-hoover": ("1964-10-20", _PRES),
    "franklin-d-roosevelt": ("1945-04-12", _PRES),
    "harry-s-truman": ("1972-12-26", _PRES),
    "dwight-d-eisenhower": ("1969-03-28", _PRES),
    "john-f-kennedy": ("1963-11-22", _PRES),
    "lyndon-b-johnson": ("1973-01-22", _PRES),
    "richard-nixon": ("1994-04-22", _PRES),
    "gerald-ford": ("2006-12-26", _PRES),
    "jimmy-carter": ("2024-12-29", _PRES),
    "ronald-reagan": ("2004-06-05", _PRES),
    "george-h-w-bush": ("2018-11-30", _PRES),
    # --- Vice presidents who were never president ---
    "aaron-burr": ("1836-09-14", _VP),
    "george-clinton": ("1812-04-20", _VP),
    "elbridge-gerry": ("1814-11-23", _VP),
    "daniel-d-tompkins": ("1825-06-11", _VP),
    "john-c-calhoun": ("1850-03-31", _VP),
    "richard-mentor-johnson": ("1850-11-19", _VP),
    "george-m-dallas": ("1864-12-31", _VP),
    "william-r-king": ("1853-04-18", _VP),
    "john-c-breckinridge": ("1875-05-17", _VP),
    "hannibal-hamlin": ("1891-07-04", _VP),
    "schuyler-colfax": ("1885-01-13", _VP),
    "henry-wilson": ("1875-11-22", _VP),
    "william-a-wheeler": ("1887-06-04", _VP),
    "thomas-a-hendricks": ("1885-11-25", _VP),
    "levi-p-morton": ("1920-05-16", _VP),
    "adlai-e-stevenson": ("1914-06-14", _VP),
    "garret-hobart": ("1899-11-21", _VP),
    "charles-w-fairbanks": ("1918-06-04", _VP),
    "james-s-sherman": ("1912-10-30", _VP),
    "thomas-r-marshall": ("1925-06-01", _VP),
    "charles-g-dawes": ("1951-04-23", _VP),
    "charles-curtis": ("1936-02-08", _VP),
    "john-nance-garner": ("1967-11-07", _VP),
    "henry-a-wallace": ("1965-11-18", _VP),
    "alben-w-barkley": ("1956-04-30", _VP),
    "hubert-humphrey": ("1978-01-13", _VP),
    "spiro-agnew": ("1996-09-17", _VP),
    "nelson-rockefeller": ("1979-01-26", _VP),
    "walter-mondale": ("2021-04-19", _VP + "; Wikipedia: Walter Mondale"),
    "dick-cheney": ("2025-11-03", _WP + "Dick Cheney"),
    # --- Secretaries of State ---
    "cyrus-vance": ("2002-01-12", _WP + "Cyrus Vance"),
    "edmund-muskie": ("1996-03-26", _WP + "Edmund Muskie"),
    "alexander-haig": ("2010-02-20", _WP + "Alexander Haig"),
    "george-shultz": ("2021-02-06", _WP + "George Shultz"),
    "lawrence-eagleburger": ("2011-06-04", _WP + "Lawrence Eagleburger"),
    "warren-christopher": ("2011-03-18", _WP + "Warren Christopher"),
    "madeleine-albright": ("2022-03-23", _WP + "Madeleine Albright"),
    "colin-powell": ("2021-10-18", _WP + "Colin Powell"),
    # --- Treasury ---
    "g-william-miller": ("2006-03-17", _WP + "G. William Miller"),
    "donald-regan": ("2003-06-10", _WP + "Donald Regan"),
    "lloyd-bentsen": ("2006-05-23", _WP + "Lloyd Bentsen"),
    "paul-oneill": ("2020-04-18", _WP + "Paul H. O'Neill"),
    # --- Defense ---
    "james-schlesinger": ("2014-03-27", _WP + "James Schlesinger"),
    "donald-rumsfeld": ("2021-06-29", _WP + "Donald Rumsfeld"),
    "harold-brown": ("2019-01-04", _WP + "Harold Brown (Secretary of Defense)"),
    "caspar-weinberger": ("2006-03-28", _WP + "Caspar Weinberger"),
    "frank-carlucci": ("2018-06-03", _WP + "Frank Carlucci"),
    "les-aspin": ("1995-05-21", _WP + "Les Aspin"),
    "ash-carter": ("2022-10-24", _WP + "Ash Carter"),
    # --- Attorneys General ---
    "griffin-bell": ("2009-01-05", _WP + "Griffin Bell"),
    "benjamin-civiletti": ("2022-10-16", _WP + "Benjamin Civiletti; The Baltimore Sun, 2022-10-17 "
                                              "(\"died Sunday evening\")"),
    "william-french-smith": ("1990-10-29", _WP + "William French Smith"),
    "dick-thornburgh": ("2020-12-31", _WP + "Dick Thornburgh"),
    "janet-reno": ("2016-11-07", _WP + "Janet Reno"),
    # --- Interior ---
    "cecil-andrus": ("2017-08-24", _WP + "Cecil D. Andrus"),
    "james-watt": ("2023-05-27", _WP + "James G. Watt (death announced in June 2023)"),
    "william-clark": ("2013-08-10", _WP + "William P. Clark Jr."),
    "manuel-lujan": ("2019-04-25", _WP + "Manuel Lujan Jr."),
    # --- Agriculture ---
    "bob-bergland": ("2018-12-09", _WP + "Bob Bergland; AP, 2018-12-09 (\"died Sunday\")"),
    "richard-lyng": ("2003-02-01", _WP + "Richard Lyng"),
    "clayton-yeutter": ("2017-03-04", _WP + "Clayton Yeutter"),
    "edward-madigan": ("1994-12-07", _WP + "Edward Madigan"),
    # --- Commerce ---
    "juanita-kreps": ("2010-07-05", _WP + "Juanita M. Kreps"),
    "philip-klutznick": ("1999-07-14", _WP + "Philip Klutznick"),
    "malcolm-baldrige": ("1987-07-25", _WP + "Malcolm Baldrige Jr. (died in office, a rodeo "
                                            "accident)"),
    "william-verity": ("2007-01-03", _WP + "C. William Verity Jr."),
    "robert-mosbacher": ("2010-01-24", _WP + "Robert Mosbacher"),
    "ron-brown": ("1996-04-03", _WP + "Ron Brown (died in office, the Croatia air crash)"),
    "norman-mineta": ("2022-05-03", _WP + "Norman Mineta"),
    # --- Labor ---
    "raymond-donovan": ("2021-06-02", _WP + "Raymond J. Donovan; AP, 2021-06-06 (\"died "
                                           "Wednesday, June 2, 2021\")"),
    "william-brock": ("2021-03-25", _WP + "Bill Brock"),
    "ann-mclaughlin": ("2023-01-30", _WP + "Ann Dore McLaughlin; The Salt Lake Tribune, "
                                          "2023-02-03 (\"died Jan. 30 in Salt Lake City\")"),
    # --- HEW / HHS ---
    "patricia-roberts-harris": ("1985-03-23", _WP + "Patricia Roberts Harris"),
    "richard-schweiker": ("2015-07-31", _WP + "Richard Schweiker"),
    "margaret-heckler": ("2018-08-06", _WP + "Margaret Heckler"),
    "otis-bowen": ("2013-05-04", _WP + "Otis Bowen"),
    # --- HUD ---
    "moon-landrieu": ("2022-09-05", _WP + "Moon Landrieu; AP, 2022-09-05"),
    "samuel-pierce": ("2000-10-31", _WP + "Samuel Pierce"),
    "jack-kemp": ("2009-05-02", _WP + "Jack Kemp"),
    # --- Transportation ---
    "brock-adams": ("2004-09-10", _WP + "Brock Adams"),
    "neil-goldschmidt": ("2024-06-12", _WP + "Neil Goldschmidt"),
    "drew-lewis": ("2016-02-10", _WP + "Drew Lewis"),
    # --- Energy ---
    "charles-duncan": ("2022-10-18", _WP + "Charles Duncan Jr.; The Washington Post, 2022-10-19 "
                                          "(\"died Oct. 18 at his home in Houston\")"),
    "james-edwards": ("2014-12-26", _WP + "James B. Edwards"),
    "james-watkins": ("2012-07-26", _WP + "James D. Watkins"),
    "bill-richardson": ("2023-09-01", _WP + "Bill Richardson"),
    "samuel-bodman": ("2018-09-07", _WP + "Samuel Bodman"),
    # --- Education ---
    "shirley-hufstedler": ("2016-03-30", _WP + "Shirley Hufstedler"),
    "terrel-bell": ("1996-06-22", _WP + "Terrel Bell"),
    "lauro-cavazos": ("2022-03-15", _WP + "Lauro Cavazos"),
    "rod-paige": ("2025-12-09", "Obituaries of December 2025 (his family's statement, Houston "
                                "Defender: \"died on Dec. 9, 2025\")"),
    # --- Veterans Affairs ---
    "edward-derwinski": ("2012-01-15", _WP + "Ed Derwinski"),
    "jesse-brown": ("2002-08-15", _WP + "Jesse Brown"),
    "togo-west": ("2018-03-08", _WP + "Togo D. West Jr."),
    # --- White House chiefs of staff ---
    "hamilton-jordan": ("2008-05-20", _WP + "Hamilton Jordan"),
    "howard-baker": ("2014-06-26", _WP + "Howard Baker"),
    "kenneth-duberstein": ("2022-03-02", _WP + "Kenneth Duberstein; The Washington Post, "
                                              "2022-03-03 (\"died March 2\")"),
    # --- National security advisers ---
    "brent-scowcroft": ("2020-08-06", _WP + "Brent Scowcroft"),
    "zbigniew-brzezinski": ("2017-05-26", _WP + "Zbigniew Brzezinski"),
    "richard-allen": ("2024-11-16", _WP + "Richard V. Allen; The New York Times, 2024-11-19 "
                                         "(\"died on Saturday in Denver\")"),
    "robert-mcfarlane": ("2022-05-12", _WP + "Robert C. McFarlane"),
    "sandy-berger": ("2015-12-02", _WP + "Sandy Berger"),
    # --- OMB ---
    "bert-lance": ("2013-08-15", _WP + "Bert Lance"),
    "richard-darman": ("2008-01-25", _WP + "Richard Darman"),
    "alice-rivlin": ("2019-05-14", _WP + "Alice Rivlin"),
    # --- UN ambassadors ---
    "jeane-kirkpatrick": ("2006-12-07", _WP + "Jeane Kirkpatrick"),
    "vernon-walters": ("2002-02-10", _WP + "Vernon A. Walters"),
    "edward-perkins": ("2020-11-07", _WP + "Edward J. Perkins"),
    "richard-holbrooke": ("2010-12-13", _WP + "Richard Holbrooke"),
    # --- Trade representatives ---
    "robert-strauss": ("2014-03-19", _WP + "Robert S. Strauss"),
    "reubin-askew": ("2014-03-13", _WP + "Reubin Askew"),
    # --- EPA ---
    "douglas-costle": ("2019-01-13", _WP + "Douglas M. Costle; The New York Times, 2019-01-24 "
                                          "(\"died on Jan. 13\")"),
    "anne-gorsuch": ("2004-07-18", _WP + "Anne Gorsuch Burford"),
    "william-ruckelshaus": ("2019-11-27", _WP + "William Ruckelshaus"),
    # --- SBA ---
    "james-abdnor": ("2012-05-16", _WP + "James Abdnor"),
    # --- CIA ---
    "stansfield-turner": ("2018-02-01", _WP + "Stansfield Turner"),
    "william-casey": ("1987-05-06", _WP + "William J. Casey"),
    "william-webster": ("2025-08-08", "The New York Times and CNN, 2025-08-08 (his family's "
                                      "statement; died at 101 on August 8, 2025)"),
    # --- Council of Economic Advisers ---
    "charles-schultze": ("2016-09-27", _WP + "Charles Schultze"),
    "murray-weidenbaum": ("2014-03-20", _WP + "Murray Weidenbaum"),
    "martin-feldstein": ("2019-06-11", _WP + "Martin Feldstein"),
    "beryl-sprinkel": ("2009-08-22", _WP + "Beryl Sprinkel"),
    "edward-lazear": ("2020-11-23", _WP + "Edward Lazear"),
    "alan-krueger": ("2019-03-16", _WP + "Alan Krueger"),
    # --- OSTP ---
    "frank-press": ("2020-01-29", _WP + "Frank Press"),
    "george-keyworth": ("2017-06-18", _WP + "George A. Keyworth II"),
    "d-allan-bromley": ("2005-02-10", _WP + "D. Allan Bromley"),
    "john-gibbons": ("2015-11-17", _WP + "John H. Gibbons"),
    "john-marburger": ("2011-07-28", _WP + "John Marburger"),
    # --- Saudi foreign ministers ---
    "saud-al-faisal": ("2015-07-09", _WP + "Saud bin Faisal bin Abdulaziz Al Saud"),
}

# Archigos 4.1 leader names (idacr "USA") -> person id, for the cross-check of DIED.
ARCHIGOS_LEADERS = {
    "Grant": "ulysses-s-grant", "Hayes": "rutherford-b-hayes", "Garfield": "james-a-garfield",
    "Arthur": "chester-a-arthur", "Cleveland": "grover-cleveland",
    "Harrison": "benjamin-harrison", "McKinley": "william-mckinley",
    "Roosevelt, T.": "theodore-roosevelt", "Taft": "william-howard-taft",
    "Wilson": "woodrow-wilson", "Harding": "warren-g-harding", "Coolidge": "calvin-coolidge",
    "Hoover": "herbert-hoover", "Roosevelt, F.": "franklin-d-roosevelt",
    "Truman": "harry-s-truman", "Eisenhower": "dwight-d-eisenhower",
    "Kennedy": "john-f-kennedy", "Johnson": "lyndon-b-johnson", "Nixon": "richard-nixon",
    "Ford": "gerald-ford", "Carter": "jimmy-carter", "Reagan": "ronald-reagan",
    "G.H.W. Bush": "george-h-w-bush", "Clinton": "bill-clinton", "G.W. Bush": "george-w-bush",
    "Obama": "barack-obama",
}
ARCHIGOS_END = "2015-12-31"  # the data ends here: "-777" means alive on this day

# --------------------------------------------------------------------------------------
# Examples checked by the test suite: (date, text, expected rule ids). Written for this pack.
# --------------------------------------------------------------------------------------
EXAMPLES = [
    # "acting" where the pack holds an acting term, and not for a confirmed holder.
    ("2025-06-01", "Acting National Security Adviser Marco Rubio said the talks would go on.", []),
    ("2025-06-01", "Acting Secretary of State Marco Rubio said the talks would go on.", ["not-acting"]),
    # "-elect" from the election (derived: 3 U.S.C. § 1) to the inauguration.
    ("2021-01-15", "President-elect Joe Biden said the plan would work.", []),
    ("2021-03-01", "President-elect Joe Biden says the plan works.", ["elect-in-office"]),
    ("1987-03-10", "former President Ronald Reagan said", ["former-incumbent"]),
    ("2019-05-01", "Former President Barack Obama spoke.", []),
    ("2025-06-01", "President Joe Biden said", ["stale-title"]),
    ("1987-03-10", "The Carter administration is opposed", ["stale-government"]),
    ("1992-01-01", "The Reagan administration had opposed it.", []),
    ("2016-10-01", "President Donald Trump met", ["before-term"]),
    ("1987-03-10", "Treasury Secretary James Baker testified.", []),
    ("2025-03-01", "Secretary of State Marco Rubio flew to Riyadh.", []),
    ("2025-06-01", "Secretary of State Antony Blinken arrived on Monday.", ["stale-title"]),
    ("2025-08-01", "National Security Adviser Mike Waltz said", ["stale-title"]),
    ("2020-06-01", "Ukrainian President Volodymyr Zelenskyy said", []),
    ("2021-06-01", "She was appointed by President Barack Obama in 2014.", []),
    ("2025-06-01", "Fuel prices rose under President Biden.", []),
    ("2025-03-11", "He answered former US President Donald Trump's remarks.", ["former-incumbent"]),
    # Chiefs of staff: Donald Regan (not Reagan) to 1987-02-27, then Howard Baker.
    ("1986-06-10", "White House chief of staff Donald Regan said the talks would go on.", []),
    ("1987-03-10", "White House Chief of Staff Donald Regan said the talks would go on.",
     ["stale-title"]),
    ("1987-03-10", "White House Chief of Staff Howard Baker said the talks would go on.", []),
    ("1987-03-10", "Former White House Chief of Staff Donald Regan declined to comment.", []),
    ("1992-10-01", "White House Chief of Staff James Baker said the campaign would win.", []),
    ("2023-03-01", "White House Chief of Staff Ron Klain said the bill would pass.", ["stale-title"]),
    ("2023-03-01", "White House Chief of Staff Jeff Zients said the bill would pass.", []),
    ("2025-03-01", "Chief of Staff Susie Wiles said the order was ready.", []),
    # James Baker: chief of staff, Treasury, State, chief of staff again.
    ("1987-03-10", "former Treasury Secretary James Baker said", ["former-incumbent"]),
    ("1990-03-10", "former Treasury Secretary James Baker said", []),
    ("1992-10-01", "former Secretary of State James Baker said", []),
    ("1986-03-10", "former White House Chief of Staff James Baker said", []),
    # Defense.
    ("1987-03-10", "Defense Secretary Caspar Weinberger said", []),
    ("1987-03-10", "U.S. Defence Secretary Caspar Weinberger said the fleet would stay.", []),
    ("1987-03-10", "Pentagon chief Caspar Weinberger said the fleet would stay.", []),
    ("1987-03-10", "former Defense Secretary Caspar Weinberger said", ["former-incumbent"]),
    ("1989-06-01", "Defense Secretary Caspar Weinberger said the fleet would stay.", ["stale-title"]),
    ("1976-05-01", "Defense Secretary Donald Rumsfeld said the budget was too small.", []),
    ("2003-05-01", "Defense Secretary Donald Rumsfeld said the budget was too small.", []),
    ("1995-05-01", "Former Defense Secretary Donald Rumsfeld said the budget was too small.", []),
    ("2021-03-01", "Former Defense Secretary Lloyd Austin visited the base.", ["former-incumbent"]),
    ("2025-03-01", "Defense Secretary Pete Hegseth said the troops would go.", []),
    ("2025-10-01", "Secretary of War Pete Hegseth said the troops would go.", []),
    # Other cabinet offices of 1987.
    ("1987-03-10", "Attorney General Edwin Meese told reporters the case was closed.", []),
    ("1987-03-10", "U.S. Trade Representative Clayton Yeutter said talks would resume.", []),
    ("1990-03-10", "former U.S. Trade Representative Clayton Yeutter said talks would resume.", []),
    ("1987-03-10", "Agriculture Secretary Richard Lyng said the plan would cost less.", []),
    ("1987-03-10", "Commerce Secretary Malcolm Baldrige said the deficit would narrow.", []),
    ("1987-09-01", "Commerce Secretary Malcolm Baldrige said the deficit would narrow.", ["stale-title"]),
    ("1987-03-10", "Energy Secretary John Herrington said oil imports would rise.", []),
    ("1985-06-01", "Energy Secretary Donald Hodel said oil imports would rise.", ["stale-title"]),
    ("1985-06-01", "Interior Secretary Donald Hodel said the lease sale would go ahead.", []),
    ("1987-03-10", "Budget Director James Miller said the deficit would narrow.", []),
    ("1987-03-10", "National Security Adviser Frank Carlucci said the review was done.", []),
    ("1987-03-10", "Former National Security Adviser John Poindexter declined to testify.", []),
    ("1987-03-10", "CIA Director William Casey said the agency was not involved.", ["stale-title"]),
    ("1987-03-10", "Assistant Attorney General Charles Rule said the merger was legal.", []),
    ("1987-03-10", "British Defence Secretary George Younger said the order was placed.", []),
    # HEW, split in 1980 into Health and Human Services and Education.
    ("1979-03-01", "HEW Secretary Joseph Califano said the rules would change.", []),
    ("1980-06-01", "Health and Human Services Secretary Patricia Roberts Harris said", []),
    ("1980-02-01", "Health and Human Services Secretary Patricia Roberts Harris said", ["before-term"]),
    # Later offices and people who held several.
    ("2012-06-01", "former OMB Director Jack Lew said the talks would resume.", []),
    ("2012-06-01", "former White House Chief of Staff Jack Lew said the talks would resume.",
     ["former-incumbent"]),
    ("2006-01-01", "U.N. Ambassador John Bolton said the vote would be delayed.", []),
    ("2025-10-01", "U.N. Ambassador Mike Waltz said the vote would be delayed.", []),
    ("2025-06-01", "former National Security Adviser Mike Waltz said", []),
    ("2022-06-01", "CIA Director William Burns said the threat was real.", []),
    ("2025-03-01", "CIA Director John Ratcliffe said the threat was real.", []),
    ("2025-03-01", "former CIA Director William Burns said the threat was real.", []),
    ("2019-06-01", "Director of National Intelligence Dan Coats said the threat was real.", []),
    ("2023-06-01", "Labor Secretary Marty Walsh said the deal was fair.", ["stale-title"]),
    ("2023-03-15", "Labor Secretary Marty Walsh said the deal was fair.", []),
    ("2024-06-01", "HUD Secretary Marcia Fudge said rents would fall.", ["stale-title"]),
    ("2025-02-01", "Attorney General Pam Bondi said the case was closed.", ["before-term"]),
    ("2025-06-01", "Attorney General Merrick Garland said the case was closed.", ["stale-title"]),
    ("2025-03-01", "Health and Human Services Secretary Robert F. Kennedy Jr. said", []),
    ("2025-03-01", "Former Health Secretary Xavier Becerra said", []),
    ("2021-06-01", "former EPA Administrator Andrew Wheeler said", []),
    ("1977-06-01", "U.N. Ambassador Andrew Young said the talks would resume.", []),
    ("2026-06-01", "Former Homeland Security Secretary Kristi Noem spoke in Doral.", []),
    ("2026-06-01", "Homeland Security Secretary Markwayne Mullin said the border was closed.", []),
    ("2025-06-01", "Former Homeland Security Secretary Kristi Noem spoke in Doral.", ["former-incumbent"]),
    # Life and death (`died`): "the late X" while X is alive, and after X's death.
    ("2000-06-01", "Visitors to the library remembered the late Ronald Reagan.", ["late-but-alive"]),
    ("2010-01-01", "A statue of the late President Ronald Reagan was unveiled.", []),
    ("2023-06-01", "Plains residents paid tribute to the late Jimmy Carter.", ["late-but-alive"]),
    ("2025-06-01", "The book was dedicated to the late Dick Cheney.", ["late-but-alive"]),
    ("2025-12-01", "The book was dedicated to the late Dick Cheney.", []),
]

DESCRIPTION = (
    "Presidents and vice presidents of the United States, every cabinet-level officer from "
    "Carter's administration to Trump's second (secretaries, the attorney general, the White "
    "House chief of staff, national security advisers, the directors of OMB, national "
    "intelligence, the CIA and OSTP, the UN ambassador, the trade representative, the EPA and "
    "SBA administrators, the chair of the Council of Economic Advisers), and the holders of a "
    "few other offices often named alongside them in the news (Saudi foreign ministers, "
    "governors of Moscow Oblast, presidents of Ukraine and heads of the Office of the President "
    "of Ukraine)."
)


class DataError(Exception):
    pass


# ======================================================================================
# A minimal reader for the YAML subset used by executive.yaml: block mappings, block
# sequences (also "indentless" ones under a key, and "- key: value" compact mappings),
# plain / single-quoted / double-quoted one-line scalars, full-line comments.
# Every scalar is returned as a str. Anything else raises DataError.
# ======================================================================================
_KEY_RE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$")


def read_simple_yaml(text: str, origin: str):
    lines = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        body = raw.rstrip()
        stripped = body.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("\t") or stripped in ("---", "..."):
            raise DataError(f"{origin}:{lineno}: unsupported YAML: {raw!r}")
        lines.append([len(body) - len(stripped), stripped, lineno])
    pos = 0

    def where() -> str:
        return f"{origin}:{lines[pos][2]}" if pos < len(lines) else f"{origin}:EOF"

    def is_item(content: str) -> bool:
        return content == "-" or content.startswith("- ")

    def scalar(s: str, at: str) -> str:
        s = s.strip()
        if s.startswith("'"):
            if len(s) < 2 or not s.endswith("'"):
                raise DataError(f"{at}: unterminated single-quoted scalar {s!r}")
            inner = s[1:-1]
            if re.search(r"(?<!')'(?!')", inner.replace("''", "")):
                raise DataError(f"{at}: bad single-quoted scalar {s!r}")
            return inner.replace("''", "'")
        if s.startswith('"'):
            try:
                val = json.loads(s)
            except ValueError as e:
                raise DataError(f"{at}: unsupported double-quoted scalar {s!r}") from e
            if not isinstance(val, str):
                raise DataError(f"{at}: bad double-quoted scalar {s!r}")
            return val
        if not s or s[0] in "[]{}&*!|>%@`" or s in ("~", "null"):
            raise DataError(f"{at}: unsupported YAML value {s!r}")
        m = re.search(r"\s#", s)
        if m:
            s = s[: m.start()].rstrip()
        if ": " in s:
            raise DataError(f"{at}: ambiguous plain scalar {s!r}")
        return s

    def parse_node(indent: int):
        if pos >= len(lines) or lines[pos][0] < indent:
            raise DataError(f"{where()}: expected a nested value")
        ind = lines[pos][0]
        return parse_seq(ind) if is_item(lines[pos][1]) else parse_map(ind)

    def parse_seq(ind: int):
        nonlocal pos
        items = []
        while pos < len(lines) and lines[pos][0] == ind and is_item(lines[pos][1]):
            content = lines[pos][1]
            rest = content[1:].lstrip(" ")
            if not rest:
                pos += 1
                items.append(parse_node(ind + 1))
            elif _KEY_RE.match(rest):
                # "- key: value": a mapping whose keys sit at the column of "key".
                lines[pos] = [ind + (len(content) - len(rest)), rest, lines[pos][2]]
                items.append(parse_map(lines[pos][0]))
            else:
                items.append(scalar(rest, where()))
                pos += 1
        if pos < len(lines) and lines[pos][0] > ind:
            raise DataError(f"{where()}: unexpected indentation")
        return items

    def parse_map(ind: int):
        nonlocal pos
        out = {}
        while pos < len(lines) and lines[pos][0] == ind and not is_item(lines[pos][1]):
            m = _KEY_RE.match(lines[pos][1])
            if not m:
                raise DataError(f"{where()}: expected 'key: value', got {lines[pos][1]!r}")
            key, rest = m.group(1), m.group(2)
            if key in out:
                raise DataError(f"{where()}: duplicate key {key!r}")
            if rest is not None and rest.strip():
                out[key] = scalar(rest, where())
                pos += 1
                continue
            pos += 1
            if pos < len(lines) and lines[pos][0] > ind:
                out[key] = parse_node(ind + 1)
            elif pos < len(lines) and lines[pos][0] == ind and is_item(lines[pos][1]):
                out[key] = parse_seq(ind)  # indentless sequence: "terms:\n- type: ..."
            else:
                raise DataError(f"{origin}:{lines[pos - 1][2]}: empty value for {key!r}")
        if pos < len(lines) and lines[pos][0] > ind:
            raise DataError(f"{where()}: unexpected indentation")
        return out

    if not lines:
        raise DataError(f"{origin}: empty file")
    doc = parse_node(0)
    if pos != len(lines):
        raise DataError(f"{where()}: trailing content")
    return doc

# ======================================================================================
# Helpers
# ======================================================================================
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def check_date(s: str, what: str, partial: bool = False) -> str:
    """A date `YYYY-MM-DD`, or with `partial` also `YYYY-MM` / `YYYY`."""
    m = _DATE_RE.match(s) if isinstance(s, str) else None
    if not m or (not partial and m.group(3) is None):
        raise DataError(f"{what}: bad date {s!r}")
    try:
        date_bounds(s)
    except ValueError as e:
        raise DataError(f"{what}: bad date {s!r}") from e
    return s


def date_bounds(s: str) -> tuple[str, str]:
    """The first and the last day a (possibly partial) date allows, as ISO strings."""
    m = _DATE_RE.match(s)
    if not m:
        raise ValueError(s)
    year = int(m.group(1))
    if m.group(3):
        day = dt.date(year, int(m.group(2)), int(m.group(3))).isoformat()
        return day, day
    if m.group(2):
        month = int(m.group(2))
        last = calendar.monthrange(year, month)[1]
        return dt.date(year, month, 1).isoformat(), dt.date(year, month, last).isoformat()
    return dt.date(year, 1, 1).isoformat(), dt.date(year, 12, 31).isoformat()


def earliest(s: str) -> str:
    return date_bounds(s)[0]


def latest(s: str) -> str:
    return date_bounds(s)[1]


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[.'\u2019]", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    if not s:
        raise DataError(f"cannot make an id from {name!r}")
    return s


def dedup_aliases(name: str, aliases) -> list[str]:
    seen = {name}
    out = []
    for a in aliases:
        a = " ".join(a.split())
        if a and a not in seen:
            seen.add(a)
            out.append(a)
    return out


def surname_of(name: str) -> str:
    """Last word of a name, keeping lowercase particles and a trailing Jr./III."""
    words = name.split()
    i = len(words) - 1
    while i > 0 and words[i] in ("Jr.", "Sr.", "II", "III", "IV"):
        i -= 1
    j = i
    while j > 1 and words[j - 1][0].islower():  # "Van Buren" is handled by the caller
        j -= 1
    return " ".join(words[j : i + 1])


class People:
    def __init__(self):
        self.by_id: dict[str, dict] = {}

    def get(self, name: str, origin: str) -> dict:
        pid = slug(name)
        p = self.by_id.get(pid)
        if p is None:
            p = dict(id=pid, name=name, aliases=[], born=None, died=None, terms=[], comments=[],
                     origins=set())
            self.by_id[pid] = p
        elif p["name"] != name:
            raise DataError(f"id {pid!r} used for both {p['name']!r} and {name!r}")
        p["origins"].add(origin)
        return p

    def add_born(self, p: dict, born: str | None, what: str):
        if born is None:
            return
        check_date(born, what)
        if p["born"] is not None and p["born"] != born:
            raise DataError(f"{what}: birthday {born} conflicts with {p['born']}")
        p["born"] = born

    def add_term(self, p: dict, office: str, start: str, end: str | None, what: str):
        if office not in OFFICE_IDS:
            raise DataError(f"{what}: unknown office {office!r}")
        check_date(start, what, partial=True)
        if end is not None:
            check_date(end, what, partial=True)
            if latest(end) < earliest(start):
                raise DataError(f"{what}: term ends {end} before it starts {start}")
            if earliest(end) > OPEN_AFTER:
                end = None  # scheduled end of a term still running
        p["terms"].append((office, start, end))


# ======================================================================================
# Sources
# ======================================================================================
def load_executive(people: People, path: Path) -> list[str]:
    doc = read_simple_yaml(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(doc, list) or not doc:
        raise DataError(f"{path}: expected a list of people")
    used_usual = set()
    used_extra = set()
    ids = []
    for n, rec in enumerate(doc, 1):
        what = f"{path} person #{n}"
        nm = rec.get("name")
        if not isinstance(nm, dict) or "first" not in nm or "last" not in nm:
            raise DataError(f"{what}: no name.first/name.last")
        unknown = set(nm) - {"first", "middle", "last", "suffix", "nickname", "official_full"}
        if unknown:
            raise DataError(f"{what}: unexpected name fields {sorted(unknown)}")
        first, last = nm["first"], nm["last"]
        middle, suffix = nm.get("middle"), nm.get("suffix")
        nickname, official = nm.get("nickname"), nm.get("official_full")
        legal = " ".join(x for x in (first, middle, last) if x)
        what = f"{path}: {legal}"
        if legal in EXEC_USUAL_NAMES:
            name = EXEC_USUAL_NAMES[legal]
            used_usual.add(legal)
        else:
            name = f"{nickname or first} {last}"

        # Aliases: first+last, first+middle initial(s)+last, first+middle+last (each also
        # with the suffix), nickname+last, official_full, surname, extras.
        aliases = [f"{first} {last}"]
        if suffix and not middle:
            aliases.append(f"{first} {last} {suffix}")
        if middle:
            words = middle.split()
            if any(w[0].islower() for w in words):  # "Rufus de Vane": first initial only
                words = words[:1]
            initials = [w if re.fullmatch(r"[A-Z]\.", w) else w[0] + "." for w in words]
            forms = [" ".join(initials)]
            if len(initials) > 1:
                forms.append("".join(initials))  # "H.W." as well as "H. W."
            for mi in forms:
                aliases.append(f"{first} {mi} {last}")
                if suffix:
                    aliases.append(f"{first} {mi} {last} {suffix}")
            aliases.append(f"{first} {middle} {last}" + (f" {suffix}" if suffix else ""))
        if nickname:
            aliases.append(f"{nickname} {last}")
        if official:
            aliases.append(official)
        aliases.append(last)  # multi-word surnames ("Van Buren") are kept whole
        if legal in EXEC_EXTRA_ALIASES:
            aliases.extend(EXEC_EXTRA_ALIASES[legal])
            used_extra.add(legal)

        p = people.get(name, "executive")
        p["aliases"].extend(aliases)
        bio = rec.get("bio") or {}
        people.add_born(p, bio.get("birthday"), what)
        terms = rec.get("terms")
        if not isinstance(terms, list) or not terms:
            raise DataError(f"{what}: no terms")
        for t in terms:
            if t.get("type") not in EXEC_TERM_OFFICE:
                raise DataError(f"{what}: unknown term type {t.get('type')!r}")
            people.add_term(p, EXEC_TERM_OFFICE[t["type"]], t["start"], t["end"], what)
        ids.append(p["id"])
    for table, used in ((EXEC_USUAL_NAMES, used_usual), (EXEC_EXTRA_ALIASES, used_extra)):
        stale = sorted(set(table) - used)
        if stale:
            raise DataError(f"{path}: table entries match nobody (data changed?): {stale}")
    return ids




_CSV_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2})$")
_CSV_CARRY = re.compile(r"^(.+) admin$")
_CSV_COLUMNS = ["president", "position", "appointee", "start_date", "end_date", "length",
                "departure_day", "gender"]


def csv_date(s: str, what: str) -> str:
    m = _CSV_DATE.match(s)
    if not m:
        raise DataError(f"{what}: bad date {s!r}")
    month, day, yy = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if 77 <= yy <= 99:
        year = 1900 + yy
    elif 0 <= yy <= 26:
        year = 2000 + yy
    else:
        raise DataError(f"{what}: two-digit year {yy:02d} outside 1977-2026")
    return dt.date(year, month, day).isoformat()


def load_cabinet(people: People, path: Path):
    with path.open(encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        if [c for c in (reader.fieldnames or []) if c] != _CSV_COLUMNS:
            raise DataError(f"{path}: unexpected columns {reader.fieldnames}")
        rows = list(reader)
    if not rows:
        raise DataError(f"{path}: no rows")
    seen_rows = set()
    spells = []
    for r in rows:
        key = tuple(r[c].strip() for c in _CSV_COLUMNS)
        if key in seen_rows:
            raise DataError(f"{path}: duplicate row {key}")
        seen_rows.add(key)
        position = r["position"].strip()
        if position not in CABINET_POSITIONS:
            raise DataError(f"{path}: unknown position {position!r} (add it to CABINET_POSITIONS)")
        appointee = r["appointee"].strip()
        if CABINET_POSITIONS[position] is None and (position, appointee) not in CABINET_SPLITS:
            continue  # Vice President
        spells.append(dict(president=r["president"].strip(), position=position,
                           appointee=appointee, start=r["start_date"].strip(),
                           end=r["end_date"].strip(), fixes=[]))
    # Dates the CSV does not give as M/D/YY.
    used_fixes = set()
    for s in spells:
        for column, field in (("start_date", "start"), ("end_date", "end")):
            fix = CSV_DATE_FIXES.get((s["position"], s["appointee"], column))
            if fix:
                s[field] = fix[0]
                s["fixes"].append(f"{s['position']} {column.replace('_', ' ')} {fix[0]}: {fix[1]}.")
                used_fixes.add((s["position"], s["appointee"], column))
    stale = sorted(set(CSV_DATE_FIXES) - used_fixes)
    if stale:
        raise DataError(f"{path}: CSV_DATE_FIXES entries match no row: {stale}")
    # Merge carry-overs: a row starting "<X> admin" continues the same appointee's row in
    # administration X that ends "<this admin> admin". Repeat until no markers are left.
    merged = True
    while merged:
        merged = False
        for later in spells:
            m = _CSV_CARRY.match(later["start"])
            if not m:
                continue
            cands = [e for e in spells if e is not later
                     and (e["position"], e["appointee"]) == (later["position"], later["appointee"])
                     and e["president"].startswith(m.group(1))
                     and _CSV_CARRY.match(e["end"])
                     and later["president"].startswith(_CSV_CARRY.match(e["end"]).group(1))]
            if len(cands) != 1:
                raise DataError(f"{path}: cannot match carry-over row {later}")
            earlier = cands[0]
            earlier["end"] = later["end"]
            earlier["president"] += " + " + later["president"]
            spells.remove(later)
            merged = True
            break
    for s in spells:
        if _CSV_CARRY.match(s["end"]):
            raise DataError(f"{path}: carry-over row without its continuation: {s}")
    used_overrides = set()
    used_splits = set()
    for s in spells:
        key = (s["position"], s["appointee"])
        what = f"{path}: {s['position']} {s['appointee']}"
        start = s["start"] if _DATE_RE.match(s["start"]) else csv_date(s["start"], what)
        comments = list(s["fixes"])
        if s["end"] == "Still in office":
            if key not in CABINET_END_OVERRIDES:
                raise DataError(f"{what}: 'Still in office' needs an entry in CABINET_END_OVERRIDES")
            end, src = CABINET_END_OVERRIDES[key]
            used_overrides.add(key)
            comments.append(f"{s['position']} term end {end}: {src}; "
                            f"cabinet-turnover has \"Still in office\" (data ends Feb 2023).")
        else:
            end = s["end"] if _DATE_RE.match(s["end"]) else csv_date(s["end"], what)
        csv_name = s["appointee"]
        name, extra = CABINET_NAMES.get(csv_name, (csv_name, []))
        p = people.get(name, "cabinet")
        p["aliases"].extend([csv_name, *extra, surname_of(name)])
        p["comments"].extend(comments)
        if key in CABINET_SPLITS:
            before, day, after, src = CABINET_SPLITS[key]
            check_date(day, what)
            if not start < day < end:
                raise DataError(f"{what}: split day {day} outside {start}..{end}")
            used_splits.add(key)
            p["comments"].append(f"cabinet-turnover \"{s['position']}\" {start} – {end} is split "
                                 f"on {day}: {src}.")
            people.add_term(p, before, start, day, what)
            people.add_term(p, after, day, end, what)
        else:
            office = CABINET_POSITIONS[s["position"]]
            if office is None:
                raise DataError(f"{what}: no office for this position")
            people.add_term(p, office, start, end, what)
    for table, used, label in ((CABINET_END_OVERRIDES, used_overrides, "CABINET_END_OVERRIDES"),
                               (CABINET_SPLITS, used_splits, "CABINET_SPLITS")):
        stale = sorted(set(table) - used)
        if stale:
            raise DataError(f"{path}: {label} entries match no row: {stale}")
    unused = sorted(set(CABINET_NAMES) - {s["appointee"] for s in spells})
    if unused:
        raise DataError(f"{path}: CABINET_NAMES entries match nobody: {unused}")


def load_hand(people: People):
    for h in HAND_PEOPLE:
        what = f"HAND_PEOPLE: {h['name']}"
        p = people.get(h["name"], "hand")
        p["aliases"].extend(h["aliases"])
        p["comments"].append("Source: " + h["source"] + ".")
        people.add_born(p, h.get("born"), what)
        for office, start, end in h["terms"]:
            people.add_term(p, office, start, end, what)


def apply_deaths(people: People):
    """Sets `died` from DIED, with the source as a comment; checks it against the person's
    birth and terms (nobody holds an office after death; a term may end on the day)."""
    for pid in sorted(DIED):
        died, src = DIED[pid]
        what = f"DIED: {pid}"
        p = people.by_id.get(pid)
        if p is None:
            raise DataError(f"{what}: no such person (id changed?)")
        check_date(died, what, partial=True)
        if earliest(died) > OPEN_AFTER:
            raise DataError(f"{what}: {died} is after {OPEN_AFTER}")
        if p["born"] is not None and latest(died) < earliest(p["born"]):
            raise DataError(f"{what}: died {died} before born {p['born']}")
        for office, start, end in p["terms"]:
            if end is None:
                raise DataError(f"{what}: died {died} but the {office} term from {start} is open")
            if latest(died) < earliest(start) or latest(died) < earliest(end):
                raise DataError(f"{what}: died {died} before the end of the {office} term "
                                f"{start} .. {end}")
        p["died"] = died
        p["comments"].append(f"Died {died}: {src}.")


_ARCHIGOS_COLUMNS = ["obsid", "leadid", "ccode", "idacr", "leader", "startdate", "enddate",
                     "entry", "exit", "exitcode", "prevtimesinoffice", "posttenurefate",
                     "gender", "yrborn", "yrdied", "borndate", "deathdate"]


def check_archigos(people: People, path: Path):
    """Cross-checks DIED against Archigos 4.1 for the US presidents it covers: its `deathdate`
    must be the same day, its `yrdied` the same year, and "-777" (alive when the data ends)
    must mean no death by ARCHIGOS_END. An entry of DIED sourced to Archigos must be there."""
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != _ARCHIGOS_COLUMNS:
            raise DataError(f"{path}: unexpected columns {reader.fieldnames}")
        rows = [r for r in reader if r["idacr"] == "USA"]
    if not rows:
        raise DataError(f"{path}: no USA rows")
    seen = {}
    for r in rows:
        leader = r["leader"]
        pid = ARCHIGOS_LEADERS.get(leader)
        if pid is None:
            raise DataError(f"{path}: USA leader {leader!r} not in ARCHIGOS_LEADERS")
        if pid not in people.by_id:
            raise DataError(f"{path}: ARCHIGOS_LEADERS maps {leader!r} to unknown id {pid!r}")
        facts = (r["yrdied"], r["deathdate"])
        if seen.setdefault(pid, facts) != facts:
            raise DataError(f"{path}: {leader}: rows disagree on the death ({seen[pid]} / {facts})")
    for pid in sorted(seen):
        yrdied, deathdate = seen[pid]
        p = people.by_id[pid]
        died = p["died"]
        what = f"{path}: {pid}"
        if yrdied == "-777":
            if died is not None and earliest(died) <= ARCHIGOS_END:
                raise DataError(f"{what}: alive at the end of Archigos ({ARCHIGOS_END}), "
                                f"but DIED says {died}")
            if deathdate != "NA":
                raise DataError(f"{what}: deathdate {deathdate} with yrdied -777")
            continue
        if not re.fullmatch(r"\d{4}", yrdied):
            raise DataError(f"{what}: unexpected yrdied {yrdied!r}")
        if died is None:
            raise DataError(f"{what}: Archigos has a death in {yrdied}, DIED has none")
        if died[:4] != yrdied:
            raise DataError(f"{what}: DIED says {died}, Archigos yrdied {yrdied}")
        if deathdate != "NA":
            check_date(deathdate, what)
            if died != deathdate:
                raise DataError(f"{what}: DIED says {died}, Archigos deathdate {deathdate}")
        elif DIED[pid][1] == _ARCHIGOS:
            raise DataError(f"{what}: sourced to Archigos, which has no deathdate for it")
        if DIED[pid][1] != _ARCHIGOS:
            p["comments"][-1] = p["comments"][-1][:-1] + "; the year agrees with Archigos 4.1."
    for pid, (_, src) in sorted(DIED.items()):
        if src == _ARCHIGOS and pid not in seen:
            raise DataError(f"DIED: {pid} is sourced to Archigos, which does not cover it")


# ======================================================================================
# Normalisation and checks
# ======================================================================================
def _start_key(t):
    return (earliest(t[1]), latest(t[1]))


def election_day(office: str, start: str) -> str | None:
    """The general election before a presidential or vice-presidential term that began on an
    inauguration day: by 3 U.S.C. § 1 (in force since the 1848 election) the Tuesday after
    the first Monday in November of the year before. Terms that began by succession (any
    other day) have no election of their own; the date is derived, not looked up."""
    if office not in ("us-president", "us-vice-president") or len(start) != 10:
        return None
    year, month, day = int(start[:4]), int(start[5:7]), int(start[8:10])
    inauguration = (month, day) == (1, 20) if year >= 1937 else (month, day) == (3, 4)
    if not inauguration or year - 1 < 1848 or (year - 1) % 4 != 0:
        return None
    first = dt.date(year - 1, 11, 1)
    first_monday = first + dt.timedelta(days=(7 - first.weekday()) % 7)
    return (first_monday + dt.timedelta(days=1)).isoformat()


def merge_terms(terms, what):
    out = []
    for office in OFFICE_IDS:
        ts = sorted((t for t in terms if t[0] == office), key=_start_key)
        cur = None
        for t in ts:
            if cur is not None and cur[2] is not None and cur[2] == t[1]:
                cur = (office, cur[1], t[2])  # consecutive terms (re-election): one term
                continue
            if cur is not None and (cur[2] is None or earliest(cur[2]) > latest(t[1])):
                raise DataError(f"{what}: overlapping {office} terms {cur} and {t}")
            if cur is not None:
                out.append(cur)
            cur = t
        if cur is not None:
            out.append(cur)
    return sorted(out, key=lambda t: (earliest(t[1]), latest(t[1]),
                                      earliest(t[2]) if t[2] else "9999-99-99",
                                      OFFICE_IDS.index(t[0])))


def finalize(people: People) -> list[dict]:
    result = []
    for p in people.by_id.values():
        p["terms"] = merge_terms(p["terms"], p["name"])
        p["aliases"] = dedup_aliases(p["name"], p["aliases"])
        group = min(OFFICE_IDS.index(t[0]) for t in p["terms"])
        first_in_group = min(earliest(t[1]) for t in p["terms"] if OFFICE_IDS.index(t[0]) == group)
        p["sort"] = (group, first_in_group, p["id"])
        result.append(p)
    result.sort(key=lambda p: p["sort"])

    # An alias must not be somebody else's name: John Quincy Adams's generated first+last
    # form "John Adams" is dropped. (Shared aliases such as "George Bush" or a bare surname
    # stay: they are ambiguous on purpose and the checker resolves them by date.)
    names = {p["name"]: p["id"] for p in result}
    for p in result:
        p["aliases"] = [a for a in p["aliases"] if names.get(a, p["id"]) == p["id"]]

    # One holder at a time: successive terms of an office may share the handover day only
    # (for partial dates: unless they can share no day at all, it is an error).
    for office in OFFICE_IDS:
        ts = sorted(((earliest(t[1]), t[1], t[2], p["id"]) for p in result for t in p["terms"]
                     if t[0] == office))
        if not ts:
            raise DataError(f"office {office} has no terms")
        for (_, s1, e1, id1), (_, s2, e2, id2) in zip(ts, ts[1:]):
            if e1 is None or earliest(e1) > latest(s2):
                raise DataError(f"{office}: {id1} ({s1}..{e1}) overlaps {id2} ({s2}..{e2})")
        open_terms = [t for t in ts if t[2] is None]
        if len(open_terms) > 1:
            raise DataError(f"{office}: several open terms {open_terms}")
    return result


# ======================================================================================
# Output
# ======================================================================================
_RESERVED = re.compile(
    r"^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|"
    r"on|On|ON|off|Off|OFF|y|Y|n|N|[-+]?(?:\.?[0-9].*)|\.(?:inf|Inf|INF|nan|NaN|NAN))$")


def yscalar(s: str, flow: bool) -> str:
    """A YAML scalar, plain when that is unambiguous, else double-quoted."""
    needs = (not s or s != s.strip() or _RESERVED.match(s) or s[0] in "-?:,[]{}#&*!|>'\"%@`"
             or ": " in s or " #" in s or s.endswith(":") or "\n" in s
             or (flow and any(c in s for c in ",[]{}")))
    return json.dumps(s, ensure_ascii=False) if needs else s


def flow_seq(items) -> str:
    return "[" + ", ".join(yscalar(i, True) for i in items) + "]"




def render(people: list[dict]) -> str:
    out = []
    w = out.append
    w("# Generated by scripts/gen_us_executive.py — do not edit by hand; edit the script and re-run.")
    w("pack: us-executive")
    w("description: " + yscalar(DESCRIPTION, False))
    w("source: |")
    w(f"  Presidents and vice presidents: unitedstates/congress-legislators executive.yaml (CC0-1.0), "
      f"commit {CONGRESS_LEGISLATORS_COMMIT}, {CONGRESS_LEGISLATORS_DATE}.")
    w("  Cabinet-level officials from Carter to Biden (to Feb 2023): FiveThirtyEight cabinet-turnover "
      "(CC BY 4.0), https://github.com/fivethirtyeight/data/tree/master/cabinet-turnover, "
      f"commit {FIVETHIRTYEIGHT_COMMIT}; carry-over rows merged, \"Still in office\" ends and a few "
      "corrections from public record (see the comment on each person).")
    w("  Later terms, national security advisers and other officials: public record, see the comment "
      "on each person.")
    w("  Death dates: public record, see the comment on each person; those of presidents from Grant on "
      "are checked against Archigos 4.1 (Goemans, Gleditsch & Chiozza, ARCHIGOS A Data Set on Leaders "
      "1875-2015, version 4.1, 2016).")
    w("offices:")
    for o in OFFICES:
        w(f"  {o['id']}:")
        w(f"    title: {yscalar(o['title'], False)}")
        w(f"    aliases: {flow_seq(o['aliases'])}")
        if o.get("government"):
            w(f"    government: {yscalar(o['government'], False)}")
    w("people:")
    group = None
    for p in people:
        if p["sort"][0] != group:
            group = p["sort"][0]
            if group:
                w("")
            w(f"  # --- {OFFICES[group]['heading']} ---")
        for c in p["comments"]:
            w(f"  # {c}")
        w(f"  {p['id']}:")
        w(f"    name: {yscalar(p['name'], False)}")
        if p["aliases"]:
            w(f"    aliases: {flow_seq(p['aliases'])}")
        if p["born"]:
            w(f"    born: {p['born']}")
        if p["died"]:
            w(f"    died: {p['died']}")
        w("    terms:")
        for office, start, end in p["terms"]:
            to = f", to: {end}" if end else ""
            elected = election_day(office, start)
            won = f", elected: {elected}" if elected else ""
            acting = ", acting: true" if (p["id"], office, start) in ACTING_TERMS else ""
            w(f"      - {{ office: {office}, from: {start}{to}{won}{acting} }}")
    w("")
    w("examples:")
    for date, text, expect in EXAMPLES:
        check_date(date, f"example {text!r}")
        w(f"  - {{ date: {date}, text: {json.dumps(text, ensure_ascii=False)}, "
          f"expect: {flow_seq(expect)} }}")
    return "\n".join(out) + "\n"


def generate(data_dir: Path) -> tuple[str, dict]:
    for o in OFFICES:
        if len(set(o["aliases"])) != len(o["aliases"]):
            raise DataError(f"office {o['id']}: duplicate aliases")
    if len(set(OFFICE_IDS)) != len(OFFICE_IDS):
        raise DataError("duplicate office ids")
    people = People()
    exec_ids = load_executive(people, data_dir / "congress-legislators" / "executive.yaml")
    load_cabinet(people, data_dir / "fivethirtyeight-cabinet-turnover" / "cabinet-turnover.csv")
    load_hand(people)
    apply_deaths(people)
    check_archigos(people, data_dir / "archigos-4.1" / "archigos_4.1_leader_spells.csv")
    final = finalize(people)
    missing = sorted(set(exec_ids) - {p["id"] for p in final})
    if missing or len(set(exec_ids)) != len(exec_ids):
        raise DataError(f"executive.yaml people lost or merged: {missing or exec_ids}")
    stats = dict(people=len(final), terms=sum(len(p["terms"]) for p in final),
                 executive=len(exec_ids), offices=len(OFFICES),
                 died=sum(1 for p in final if p["died"]))
    return render(final), stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir", nargs="?", type=Path, default=DEFAULT_DATA_DIR,
                    help=f"shared data directory (default: {DEFAULT_DATA_DIR})")
    ap.add_argument("-o", "--output", type=Path, default=DEFAULT_OUTPUT,
                    help=f"output file (default: {DEFAULT_OUTPUT})")
    ap.add_argument("--check", action="store_true",
                    help="do not write; exit 1 if the output file is not up to date")
    args = ap.parse_args(argv)
    try:
        text, stats = generate(args.data_dir)
    except (DataError, OSError, KeyError) as e:
        print(f"gen_us_executive: error: {e}", file=sys.stderr)
        return 2
    data = text.encode("utf-8")
    if args.check:
        try:
            current = args.output.read_bytes()
        except OSError:
            current = None
        if current != data:
            print(f"gen_us_executive: {args.output} is out of date; re-run the script",
                  file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(data)
    print(f"wrote {args.output}: {stats['people']} people ({stats['executive']} from "
          f"executive.yaml; {stats['died']} with a death date), {stats['terms']} terms, "
          f"{stats['offices']} offices")
    return 0


if __name__ == "__main__":
    sys.exit(main())
