#!/usr/bin/env python3
"""Regenerate rules/us-executive.yaml from public data.

Usage (from anywhere):

    python3 scripts/gen_us_executive.py [DATA_DIR] [-o OUTPUT] [--check]

DATA_DIR defaults to ../shared/data relative to the repository root. It must contain
  congress-legislators/executive.yaml            (unitedstates/congress-legislators, CC0-1.0)
  fivethirtyeight-cabinet-turnover/cabinet-turnover.csv   (FiveThirtyEight, CC BY 4.0)
OUTPUT defaults to rules/us-executive.yaml in the repository. With --check nothing is
written; the exit status is 1 if the file on disk differs from what would be generated.

The output is deterministic: it depends only on the input files and on the tables in this
script (no clock, no locale, no hash ordering), so re-running it gives the same bytes.

Standard library only (Python 3.11): executive.yaml is read with a small reader that
understands exactly the YAML subset that file uses, and fails loudly on anything else.
"""

from __future__ import annotations

import argparse
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

# A term whose (scheduled) end is after this date is still running: it is written without `to`.
# executive.yaml gives scheduled ends such as 2029-01-20 for terms in progress.
OPEN_AFTER = "2026-12-02"

# --------------------------------------------------------------------------------------
# Offices (written out in this order; people are grouped by the first of these they held).
# --------------------------------------------------------------------------------------
OFFICES = [
    ("us-president", "President of the United States",
     ["President", "US President", "U.S. President", "American President",
      "President of the United States"], "administration"),
    ("us-vice-president", "Vice President of the United States",
     ["Vice President", "US Vice President", "U.S. Vice President", "Vice-President"], None),
    ("us-secretary-of-state", "United States Secretary of State",
     ["Secretary of State", "US Secretary of State", "U.S. Secretary of State"], None),
    ("us-treasury-secretary", "United States Secretary of the Treasury",
     ["Treasury Secretary", "Secretary of the Treasury", "US Treasury Secretary",
      "U.S. Treasury Secretary"], None),
    ("us-national-security-adviser", "United States National Security Advisor",
     ["National Security Adviser", "National Security Advisor", "US National Security Adviser",
      "U.S. National Security Adviser", "US National Security Advisor",
      "U.S. National Security Advisor"], None),
    ("saudi-foreign-minister", "Minister of Foreign Affairs of Saudi Arabia",
     ["Foreign Minister", "Saudi Foreign Minister", "Saudi Arabian Foreign Minister"], None),
    ("moscow-oblast-governor", "Governor of Moscow Oblast",
     ["Governor", "Governor of Moscow Region", "Governor of Moscow Oblast",
      "Moscow Region Governor"], None),
    ("ukraine-president", "President of Ukraine",
     ["President", "Ukrainian President", "President of Ukraine"], None),
    ("ukraine-head-of-presidential-office", "Head of the Office of the President of Ukraine",
     ["Head of the Presidential Office", "Head of the Office of the President"], None),
]
OFFICE_IDS = [o[0] for o in OFFICES]
GROUP_HEADINGS = {
    "us-president": "Presidents of the United States (executive.yaml)",
    "us-vice-president": "Vice presidents who were never president (executive.yaml)",
    "us-secretary-of-state": "Secretaries of State (cabinet-turnover to Feb 2023, then public record)",
    "us-treasury-secretary": "Secretaries of the Treasury (cabinet-turnover to Feb 2023, then public record)",
    "us-national-security-adviser": "National security advisers (public record)",
    "saudi-foreign-minister": "Saudi foreign ministers (public record)",
    "moscow-oblast-governor": "Governors of Moscow Oblast (public record)",
    "ukraine-president": "Presidents of Ukraine (public record)",
    "ukraine-head-of-presidential-office": "Heads of the Office of the President of Ukraine (public record)",
}

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
# --------------------------------------------------------------------------------------
CABINET_POSITIONS = {
    "Secretary of State": "us-secretary-of-state",
    "Secretary of the Treasury": "us-treasury-secretary",
}
# CSV appointee -> (usual full name as newspapers print it on first reference, extra aliases).
# Where the CSV uses a nickname ("Don Regan") the name is the full form and the CSV form
# becomes an alias. The CSV form and the surname are always added as aliases.
# Unlisted appointees keep the CSV form as name.
CABINET_NAMES = {
    "Ed Muskie": ("Edmund Muskie", []),
    "W. Michael Blumenthal": ("W. Michael Blumenthal", ["Michael Blumenthal"]),
    "Alexander Haig": ("Alexander Haig", ["Alexander M. Haig Jr.", "Al Haig"]),
    "Don Regan": ("Donald Regan", ["Donald T. Regan"]),
    "James Baker": ("James Baker", ["James A. Baker III", "James Baker III", "Jim Baker"]),
    "Lawrence Eagleburger": ("Lawrence Eagleburger", ["Larry Eagleburger"]),
    "Bob Rubin": ("Robert Rubin", ["Robert E. Rubin"]),
    "Larry Summers": ("Lawrence Summers", ["Lawrence H. Summers"]),
    "Hank Paulson": ("Henry Paulson", ["Henry M. Paulson Jr."]),
    "Tim Geithner": ("Timothy Geithner", ["Timothy F. Geithner"]),
    "Hillary Clinton": ("Hillary Clinton", ["Hillary Rodham Clinton"]),
    "Jack Lew": ("Jacob Lew", ["Jacob J. Lew"]),
    "Steve Mnuchin": ("Steven Mnuchin", ["Steven T. Mnuchin"]),
    "Mike Pompeo": ("Mike Pompeo", ["Michael Pompeo"]),
}
# Rows whose end_date is "Still in office" (the CSV stops in Feb 2023): the real end, from
# public record. (position, appointee) -> (end date, source)
CABINET_END_OVERRIDES = {
    ("Secretary of State", "Antony Blinken"):
        ("2025-01-20", "Wikipedia: Antony Blinken (left office at the end of the Biden administration)"),
    ("Secretary of the Treasury", "Janet Yellen"):
        ("2025-01-20", "Wikipedia: Janet Yellen (left office at the end of the Biden administration)"),
}

# --------------------------------------------------------------------------------------
# Hand-curated people, from public record. Each entry names its source; the source is
# written as a comment above the person in the output. `born` only where stated there.
# Terms: (office, from, to or None for still in office).
# --------------------------------------------------------------------------------------
HAND_PEOPLE = [
    # --- United States, second Trump administration ---
    dict(name="Marco Rubio", aliases=["Rubio"], born="1971-05-28",
         source="Wikipedia: Marco Rubio (Secretary of State from 2025-01-21; "
                "also acting National Security Advisor from 2025-05-01)",
         terms=[("us-secretary-of-state", "2025-01-21", None),
                ("us-national-security-adviser", "2025-05-01", None)]),
    dict(name="Scott Bessent", aliases=["Bessent"], born="1962-08-21",
         source="Wikipedia: Scott Bessent",
         terms=[("us-treasury-secretary", "2025-01-28", None)]),
    # --- US national security advisers ---
    dict(name="Mike Waltz", aliases=["Michael Waltz", "Waltz"], born="1974-01-31",
         source="Wikipedia: Mike Waltz",
         terms=[("us-national-security-adviser", "2025-01-20", "2025-05-01")]),
    dict(name="Jake Sullivan", aliases=["Sullivan"],
         source="Wikipedia: Jake Sullivan",
         terms=[("us-national-security-adviser", "2021-01-20", "2025-01-20")]),
    dict(name="Robert O'Brien", aliases=["Robert C. O'Brien", "O'Brien"],
         source="Wikipedia: Robert C. O'Brien",
         terms=[("us-national-security-adviser", "2019-09-18", "2021-01-20")]),
    dict(name="John Bolton", aliases=["John R. Bolton", "Bolton"],
         source="Wikipedia: John Bolton",
         terms=[("us-national-security-adviser", "2018-04-09", "2019-09-10")]),
    dict(name="H. R. McMaster", aliases=["H.R. McMaster", "McMaster"],
         source="Wikipedia: H. R. McMaster",
         terms=[("us-national-security-adviser", "2017-02-20", "2018-04-09")]),
    dict(name="Michael Flynn", aliases=["Michael T. Flynn", "Mike Flynn", "Flynn"],
         source="Wikipedia: Michael Flynn",
         terms=[("us-national-security-adviser", "2017-01-20", "2017-02-13")]),
    dict(name="Susan Rice", aliases=["Susan E. Rice", "Rice"],
         source="Wikipedia: Susan Rice",
         terms=[("us-national-security-adviser", "2013-07-01", "2017-01-20")]),
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
# Examples checked by the test suite: (date, text, expected rule ids). Written for this pack.
# --------------------------------------------------------------------------------------
EXAMPLES = [
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
]

DESCRIPTION = (
    "Presidents, vice presidents, secretaries of state and of the treasury of the United States, "
    "and the holders of a few other offices often named alongside them in the news (US national "
    "security advisers, Saudi foreign ministers, governors of Moscow Oblast, presidents of Ukraine "
    "and heads of the Office of the President of Ukraine)."
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
def check_date(s: str, what: str) -> str:
    try:
        dt.date.fromisoformat(s)
    except (TypeError, ValueError) as e:
        raise DataError(f"{what}: bad date {s!r}") from e
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        raise DataError(f"{what}: bad date {s!r}")
    return s


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
    while i > 0 and words[i] in ("Jr.", "Sr.", "II", "III"):
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
            p = dict(id=pid, name=name, aliases=[], born=None, terms=[], comments=[],
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
        check_date(start, what)
        if end is not None:
            check_date(end, what)
            if end < start:
                raise DataError(f"{what}: term ends {end} before it starts {start}")
            if end > OPEN_AFTER:
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
        rows = list(csv.DictReader(f))
    rows = [r for r in rows if r["position"].strip() in CABINET_POSITIONS]
    if not rows:
        raise DataError(f"{path}: no Secretary of State / Treasury rows")
    # (position, appointee) -> [(president, start, end)] with raw strings
    spells = []
    for r in rows:
        spells.append(dict(president=r["president"].strip(), position=r["position"].strip(),
                           appointee=r["appointee"].strip(), start=r["start_date"].strip(),
                           end=r["end_date"].strip()))
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
    used_overrides = set()
    for s in spells:
        key = (s["position"], s["appointee"])
        what = f"{path}: {s['position']} {s['appointee']}"
        start = csv_date(s["start"], what)
        comment = None
        if s["end"] == "Still in office":
            if key not in CABINET_END_OVERRIDES:
                raise DataError(f"{what}: 'Still in office' needs an entry in CABINET_END_OVERRIDES")
            end, src = CABINET_END_OVERRIDES[key]
            used_overrides.add(key)
            comment = (f"{s['position']} term end {end}: {src}; "
                       f"cabinet-turnover has \"Still in office\" (data ends Feb 2023).")
        else:
            end = csv_date(s["end"], what)
        csv_name = s["appointee"]
        name, extra = CABINET_NAMES.get(csv_name, (csv_name, []))
        p = people.get(name, "cabinet")
        p["aliases"].extend([csv_name, *extra, surname_of(name)])
        if comment:
            p["comments"].append(comment)
        people.add_term(p, CABINET_POSITIONS[s["position"]], start, end, what)
    stale = sorted(set(CABINET_END_OVERRIDES) - used_overrides)
    if stale:
        raise DataError(f"{path}: end-date overrides match no 'Still in office' row: {stale}")
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


# ======================================================================================
# Normalisation and checks
# ======================================================================================
def merge_terms(terms, what):
    out = []
    for office in OFFICE_IDS:
        ts = sorted((t for t in terms if t[0] == office), key=lambda t: t[1])
        cur = None
        for t in ts:
            if cur is not None and cur[2] is not None and cur[2] == t[1]:
                cur = (office, cur[1], t[2])  # consecutive terms (re-election): one term
                continue
            if cur is not None and (cur[2] is None or t[1] < cur[2]):
                raise DataError(f"{what}: overlapping {office} terms {cur} and {t}")
            if cur is not None:
                out.append(cur)
            cur = t
        if cur is not None:
            out.append(cur)
    return sorted(out, key=lambda t: (t[1], t[2] or "9999-99-99", OFFICE_IDS.index(t[0])))


def finalize(people: People) -> list[dict]:
    result = []
    for p in people.by_id.values():
        p["terms"] = merge_terms(p["terms"], p["name"])
        p["aliases"] = dedup_aliases(p["name"], p["aliases"])
        group = min(OFFICE_IDS.index(t[0]) for t in p["terms"])
        first_in_group = min(t[1] for t in p["terms"] if OFFICE_IDS.index(t[0]) == group)
        p["sort"] = (group, first_in_group, p["id"])
        result.append(p)
    result.sort(key=lambda p: p["sort"])

    # An alias must not be somebody else's name: John Quincy Adams's generated first+last
    # form "John Adams" is dropped. (Shared aliases such as "George Bush" or a bare surname
    # stay: they are ambiguous on purpose and the checker resolves them by date.)
    names = {p["name"]: p["id"] for p in result}
    for p in result:
        p["aliases"] = [a for a in p["aliases"] if names.get(a, p["id"]) == p["id"]]

    # One holder at a time: successive terms of an office may share the handover day only.
    for office in OFFICE_IDS:
        ts = sorted(((t[1], t[2], p["id"]) for p in result for t in p["terms"] if t[0] == office))
        if not ts:
            raise DataError(f"office {office} has no terms")
        for (s1, e1, id1), (s2, e2, id2) in zip(ts, ts[1:]):
            if e1 is None or s2 < e1:
                raise DataError(f"{office}: {id1} ({s1}..{e1}) overlaps {id2} ({s2}..{e2})")
        open_terms = [t for t in ts if t[1] is None]
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
    w("  Secretaries of State and of the Treasury to Feb 2023: FiveThirtyEight cabinet-turnover "
      "(CC BY 4.0), https://github.com/fivethirtyeight/data/tree/master/cabinet-turnover")
    w("  Later terms and other officials: public record, see the comment on each person.")
    w("offices:")
    for oid, title, aliases, government in OFFICES:
        w(f"  {oid}:")
        w(f"    title: {yscalar(title, False)}")
        w(f"    aliases: {flow_seq(aliases)}")
        if government:
            w(f"    government: {yscalar(government, False)}")
    w("people:")
    group = None
    for p in people:
        if p["sort"][0] != group:
            group = p["sort"][0]
            if group:
                w("")
            w(f"  # --- {GROUP_HEADINGS[OFFICE_IDS[group]]} ---")
        for c in p["comments"]:
            w(f"  # {c}")
        w(f"  {p['id']}:")
        w(f"    name: {yscalar(p['name'], False)}")
        if p["aliases"]:
            w(f"    aliases: {flow_seq(p['aliases'])}")
        if p["born"]:
            w(f"    born: {p['born']}")
        w("    terms:")
        for office, start, end in p["terms"]:
            to = f", to: {end}" if end else ""
            w(f"      - {{ office: {office}, from: {start}{to} }}")
    w("")
    w("examples:")
    for date, text, expect in EXAMPLES:
        check_date(date, f"example {text!r}")
        w(f"  - {{ date: {date}, text: {json.dumps(text, ensure_ascii=False)}, "
          f"expect: {flow_seq(expect)} }}")
    return "\n".join(out) + "\n"


def generate(data_dir: Path) -> tuple[str, dict]:
    people = People()
    exec_ids = load_executive(people, data_dir / "congress-legislators" / "executive.yaml")
    load_cabinet(people, data_dir / "fivethirtyeight-cabinet-turnover" / "cabinet-turnover.csv")
    load_hand(people)
    final = finalize(people)
    missing = sorted(set(exec_ids) - {p["id"] for p in final})
    if missing or len(set(exec_ids)) != len(exec_ids):
        raise DataError(f"executive.yaml people lost or merged: {missing or exec_ids}")
    stats = dict(people=len(final), terms=sum(len(p["terms"]) for p in final),
                 executive=len(exec_ids))
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
          f"executive.yaml), {stats['terms']} terms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
