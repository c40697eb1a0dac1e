#!/usr/bin/env python3
"""Generate rules/world-leaders.yaml: heads of state and of government and foreign ministers of
the G20 members (without the United States, which has its own pack) plus Ukraine, Israel and
Iran, 1980 to today.

    python3 scripts/gen_world_leaders.py            # writes rules/world-leaders.yaml
    python3 scripts/gen_world_leaders.py --check    # exit 1 if the file is not up to date
    python3 scripts/gen_world_leaders.py --stdout   # print instead of writing

Standard library only; the output is byte-identical on every run.

Sources (see the pack's `source:` and the comment above each person):
- Archigos 4.1 (../shared/data/archigos-4.1/archigos_4.1_leader_spells.csv): the dates of the
  effective leaders' spells, mapped per country to the office that spell is (see each country's
  SECTION note); censored spells (end 2015-12-31) end, and later holders come, from public record.
- mysociety/parlparse derived_uk_key_posts.csv: UK Prime Minister, Foreign Secretary, Chancellor
  of the Exchequer and Home Secretary 1964-2020.
- Public record (Wikipedia lists of office-holders, named per person) for everything else. Where
  only the month or the year of a change is known with confidence the date is partial.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
ARCHIGOS = DATA / "archigos-4.1" / "archigos_4.1_leader_spells.csv"
PARLPARSE = DATA / "uk-ministers-parlparse" / "derived_uk_key_posts.csv"
OUT = ROOT / "rules" / "world-leaders.yaml"

OPEN = "open"  # a term still running on 2026-12-02


# --------------------------------------------------------------------------------------------
# Archigos


def load_archigos() -> dict[tuple[str, str, str], dict[str, str]]:
    spells = {}
    with ARCHIGOS.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            spells[(row["idacr"], row["leader"], row["startdate"])] = row
    return spells


SPELLS = load_archigos()


class Arch:
    """A reference to one Archigos spell: (country acronym, leader as spelled there, start)."""

    def __init__(self, idacr: str, leader: str, start: str):
        key = (idacr, leader, start)
        if key not in SPELLS:
            raise SystemExit(f"no Archigos spell {key}")
        self.row = SPELLS[key]

    @property
    def start(self) -> str:
        return self.row["startdate"]

    @property
    def end(self) -> str | None:
        end = self.row["enddate"]
        return None if end == "2015-12-31" else end  # 2015-12-31: still in office, censored

    def cite(self) -> str:
        r = self.row
        return f"{r['idacr']} {r['leader']} {r['startdate']}..{r['enddate']}"


def T(office: str, frm, to=None, *, arch: Arch | None = None, note: str | None = None) -> dict:
    """A term. `frm` is a date, or an Arch spell whose start is taken (and, with no `to`, its end:
    an error if censored); `to` a date or OPEN. `arch` cites a spell whose dates were adjusted."""
    if isinstance(frm, Arch):
        arch = frm
        start = frm.start
        if to is None:
            if frm.end is None:
                raise SystemExit(f"censored Archigos spell {frm.cite()} needs an explicit `to`")
            to = frm.end
    else:
        start = frm
    if to is None:
        raise SystemExit(f"term in {office} from {start}: give `to` (or OPEN)")
    return {"office": office, "from": start, "to": None if to == OPEN else to, "arch": arch, "note": note}


# --------------------------------------------------------------------------------------------
# parlparse (UK)

PARLPARSE_NAMES = {
    "Lord Callaghan of Cardiff": "james-callaghan",
    "Lord Healey": "denis-healey",
    "Lord Howe of Aberavon": "geoffrey-howe",
    "Nigel Lawson": "nigel-lawson",
    "Lord Lamont of Lerwick": "norman-lamont",
    "Kenneth Clarke": "kenneth-clarke",
    "Gordon Brown": "gordon-brown",
    "Alistair Darling": "alistair-darling",
    "George Osborne": "george-osborne",
    "Philip Hammond": "philip-hammond",
    "Sajid Javid": "sajid-javid",
    "": "rishi-sunak",  # the 2020-02-13 Chancellor: person id newer than people.xml (SOURCE.md)
    "Lord Owen": "david-owen",
    "Lord Pym": "francis-pym",
    "Lord Hurd of Westwell": "douglas-hurd",
    "Malcolm Rifkind": "malcolm-rifkind",
    "Robin Cook": "robin-cook",
    "Jack Straw": "jack-straw",
    "Margaret Beckett": "margaret-beckett",
    "David Miliband": "david-miliband",
    "William Hague": "william-hague",
    "Boris Johnson": "boris-johnson",
    "Jeremy Hunt": "jeremy-hunt",
    "Dominic Raab": "dominic-raab",
    "Lord Brittan of Spennithorne": "leon-brittan",
    "Lord Waddington": "david-waddington",
    "Lord Baker of Dorking": "kenneth-baker",
    "Lord Howard of Lympne": "michael-howard",
    "David Blunkett": "david-blunkett",
    "Charles Clarke": "charles-clarke",
    "Lord Reid of Cardowan": "john-reid",
    "John Reid": "john-reid",
    "Jacqui Smith": "jacqui-smith",
    "Alan Johnson": "alan-johnson",
    "Theresa May": "theresa-may",
    "Amber Rudd": "amber-rudd",
    "Priti Patel": "priti-patel",
    "Margaret Thatcher": "margaret-thatcher",
    "Tony Blair": "tony-blair",
    "David Cameron": "david-cameron",
}

PARLPARSE_POSTS = {
    "Prime Minister": "uk-prime-minister",
    "Foreign Secretary": "uk-foreign-secretary",
    "Chancellor of the Exchequer": "uk-chancellor-of-the-exchequer",
    "Home Secretary": "uk-home-secretary",
}


def load_parlparse() -> dict[tuple[str, str], list[dict]]:
    """(office, person) -> rows. Where both sources have a 1997-2010 post, ministers-2010.json
    (data.parliament.uk) wins over ministers.xml; the Lord Reid / John Reid pair is one person."""
    rows = []
    with PARLPARSE.open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            office = PARLPARSE_POSTS.get(r["post"])
            if office is None:
                continue
            rows.append({**r, "office": office, "person": PARLPARSE_NAMES[r["name"]]})
    out: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        key = (r["office"], r["person"])
        out.setdefault(key, []).append(r)
    for key, rs in out.items():
        json_rows = [r for r in rs if r["source_file"] == "ministers-2010.json"]
        if json_rows and len(json_rows) < len(rs):
            out[key] = json_rows
        out[key].sort(key=lambda r: r["start"])
    return out


PARL = load_parlparse()


class Parl:
    """All parlparse rows of one person in one office, merged into one continuous stretch."""

    def __init__(self, office: str, person: str):
        rows = PARL.pop((office, person), None)
        if rows is None:
            raise SystemExit(f"no parlparse rows for {person} in {office}")
        self.rows = rows
        self.start = rows[0]["start"]
        self.end = rows[-1]["end"] or None

    def cite(self) -> str:
        return "; ".join(f"{r['raw_role']} {r['start']}..{r['end'] or 'open'}" for r in self.rows)


def TP(office: str, person: str, *, frm: str | None = None, to=None, note: str | None = None) -> dict:
    """A term from parlparse; `frm`/`to` override its dates (explained in `note`)."""
    p = Parl(office, person)
    end = to if to is not None else p.end
    if end is None:
        raise SystemExit(f"open parlparse row for {person} in {office}: give `to`")
    return {"office": office, "from": frm or p.start, "to": None if end == OPEN else end, "parl": p, "note": note,
            "to_explicit": to is not None}


# --------------------------------------------------------------------------------------------
# Offices

OFFICES: dict[str, dict] = {}
COMMENTS: dict[str, str] = {}


def poss(country: str, title: str) -> list[str]:
    """"Britain's Prime Minister" with both apostrophes."""
    return [f"{country}'s {title}", f"{country}\u2019s {title}"]


def office(oid: str, title: str, aliases: list[str], government: str | None = None, holders: str | None = None, comment: str | None = None):
    assert oid not in OFFICES, oid
    seen = []
    for a in aliases:
        if a not in seen:
            seen.append(a)
    OFFICES[oid] = {"title": title, "aliases": seen, "government": government, "holders": holders}
    if comment:
        COMMENTS[oid] = comment


GOV = "government"

# United Kingdom ------------------------------------------------------------------------------
office("uk-monarch", "Monarch of the United Kingdom",
       ["Queen", "King", "British Queen", "British King", *poss("Britain", "Queen"), *poss("Britain", "King")])
office("uk-prime-minister", "Prime Minister of the United Kingdom",
       ["Prime Minister", "British Prime Minister", "UK Prime Minister", "U.K. Prime Minister",
        *poss("Britain", "Prime Minister"), "Premier", "British Premier"], GOV)
office("uk-foreign-secretary", "Foreign Secretary of the United Kingdom",
       ["Foreign Secretary", "British Foreign Secretary", "UK Foreign Secretary", "U.K. Foreign Secretary",
        *poss("Britain", "Foreign Secretary")])
office("uk-chancellor-of-the-exchequer", "Chancellor of the Exchequer",
       ["Chancellor of the Exchequer", "British Chancellor of the Exchequer", "Exchequer Chancellor",
        "Chancellor", "British Chancellor", "UK Chancellor", "U.K. Chancellor"])
office("uk-home-secretary", "Home Secretary of the United Kingdom",
       ["Home Secretary", "British Home Secretary", "UK Home Secretary", "U.K. Home Secretary"])

# France --------------------------------------------------------------------------------------
office("france-president", "President of France",
       ["President", "French President", "President of France", *poss("France", "President")])
office("france-prime-minister", "Prime Minister of France",
       ["Prime Minister", "French Prime Minister", "Premier", "French Premier", *poss("France", "Prime Minister")], GOV)
office("france-foreign-minister", "Minister of Foreign Affairs of France",
       ["Foreign Minister", "French Foreign Minister", "Foreign Affairs Minister", "French Foreign Affairs Minister"])

# Germany -------------------------------------------------------------------------------------
office("germany-chancellor", "Chancellor of Germany",
       ["Chancellor", "German Chancellor", "West German Chancellor", "Federal Chancellor", *poss("Germany", "Chancellor")], GOV)
office("germany-president", "President of Germany",
       ["President", "German President", "West German President", "Federal President", "German Federal President"])
office("germany-foreign-minister", "Minister of Foreign Affairs of Germany",
       ["Foreign Minister", "German Foreign Minister", "West German Foreign Minister", *poss("Germany", "Foreign Minister")])

# Italy ---------------------------------------------------------------------------------------
office("italy-prime-minister", "Prime Minister of Italy",
       ["Prime Minister", "Italian Prime Minister", "Premier", "Italian Premier", *poss("Italy", "Prime Minister")], GOV)
office("italy-president", "President of Italy", ["President", "Italian President", "President of Italy"])
office("italy-foreign-minister", "Minister of Foreign Affairs of Italy", ["Foreign Minister", "Italian Foreign Minister"])

# Japan ---------------------------------------------------------------------------------------
office("japan-emperor", "Emperor of Japan", ["Emperor", "Japanese Emperor"])
office("japan-prime-minister", "Prime Minister of Japan",
       ["Prime Minister", "Japanese Prime Minister", "Premier", "Japanese Premier", *poss("Japan", "Prime Minister")], GOV)
office("japan-foreign-minister", "Minister for Foreign Affairs of Japan",
       ["Foreign Minister", "Japanese Foreign Minister", *poss("Japan", "Foreign Minister")])

# Canada --------------------------------------------------------------------------------------
office("canada-prime-minister", "Prime Minister of Canada",
       ["Prime Minister", "Canadian Prime Minister", *poss("Canada", "Prime Minister")], GOV)
office("canada-foreign-minister", "Minister of Foreign Affairs of Canada",
       ["Foreign Minister", "Canadian Foreign Minister", "Foreign Affairs Minister", "Canadian Foreign Affairs Minister",
        "External Affairs Minister", "Canadian External Affairs Minister", "Foreign Secretary", "Canadian Foreign Secretary"],
       comment="Secretary of State for External Affairs until 1993, Minister of Foreign Affairs since.")

# Australia -----------------------------------------------------------------------------------
office("australia-prime-minister", "Prime Minister of Australia",
       ["Prime Minister", "Australian Prime Minister", *poss("Australia", "Prime Minister")], GOV)
office("australia-foreign-minister", "Minister for Foreign Affairs of Australia",
       ["Foreign Minister", "Australian Foreign Minister", "Foreign Affairs Minister", "Australian Foreign Affairs Minister"])

# India ---------------------------------------------------------------------------------------
office("india-president", "President of India", ["President", "Indian President", *poss("India", "President")])
office("india-prime-minister", "Prime Minister of India",
       ["Prime Minister", "Indian Prime Minister", "Premier", "Indian Premier", *poss("India", "Prime Minister")], GOV)
office("india-foreign-minister", "Minister of External Affairs of India",
       ["Foreign Minister", "Indian Foreign Minister", "External Affairs Minister", "Indian External Affairs Minister"])

# China ---------------------------------------------------------------------------------------
office("china-paramount-leader", "Paramount leader of China",
       ["Chinese leader", *poss("China", "leader"), "paramount leader", "Chinese paramount leader",
        *poss("China", "paramount leader")],
       holders="many",
       comment="Not a formal office: the leader the press calls \"Chinese leader\". Several at once in "
               "1989-1997 (Deng Xiaoping, Jiang Zemin) and 2002-2003 (Jiang, Hu Jintao), hence `holders: many`.")
office("china-party-leader", "General Secretary of the Chinese Communist Party",
       ["General Secretary", "Communist Party General Secretary", "Chinese Communist Party General Secretary",
        "Party General Secretary", "Communist Party chief", "Chinese Communist Party chief",
        "Communist Party leader", "Chinese Communist Party leader"],
       comment="Chairman of the party until 1982, General Secretary since.")
office("china-president", "President of the People's Republic of China",
       ["President", "Chinese President", "President of China", *poss("China", "President")],
       comment="Vacant 1975-1983.")
office("china-premier", "Premier of the State Council of China",
       ["Premier", "Chinese Premier", *poss("China", "Premier"), "Prime Minister", "Chinese Prime Minister"], GOV)
office("china-foreign-minister", "Minister of Foreign Affairs of China",
       ["Foreign Minister", "Chinese Foreign Minister", *poss("China", "Foreign Minister")])

# Soviet Union --------------------------------------------------------------------------------
office("soviet-leader", "Leader of the Soviet Union",
       ["Soviet leader", "Kremlin leader"],
       comment="The General Secretary until 1991-08-24; Gorbachev, also head of state, stayed the Soviet Union's "
               "leader until its end on 1991-12-25 (Archigos moves the effective spell to Yeltsin on 1991-08-21).")
office("soviet-general-secretary", "General Secretary of the Communist Party of the Soviet Union",
       ["General Secretary", "Soviet Communist Party General Secretary", "Communist Party General Secretary",
        "Party General Secretary", "Soviet Communist Party leader", "Communist Party leader",
        "Soviet Communist Party chief", "Communist Party chief", "Soviet party leader"])
office("soviet-head-of-state", "Head of State of the Soviet Union",
       ["President", "Soviet President", "Soviet head of state"],
       comment="Chairman of the Presidium of the Supreme Soviet, Chairman of the Supreme Soviet (1989), "
               "President of the USSR (1990-1991).")
office("soviet-premier", "Premier of the Soviet Union",
       ["Premier", "Soviet Premier", "Prime Minister", "Soviet Prime Minister"], GOV,
       comment="Chairman of the Council of Ministers; Prime Minister of the USSR in 1991.")
office("soviet-foreign-minister", "Minister of Foreign Affairs of the Soviet Union",
       ["Foreign Minister", "Soviet Foreign Minister"])

# Russia --------------------------------------------------------------------------------------
office("russia-president", "President of Russia",
       ["President", "Russian President", *poss("Russia", "President"), "Kremlin leader"], GOV)
office("russia-prime-minister", "Prime Minister of Russia",
       ["Prime Minister", "Russian Prime Minister", "Premier", "Russian Premier", *poss("Russia", "Prime Minister")], GOV)
office("russia-foreign-minister", "Minister of Foreign Affairs of Russia",
       ["Foreign Minister", "Russian Foreign Minister", *poss("Russia", "Foreign Minister")])

# Ukraine (its presidency, `ukraine-president`, is defined in rules/us-executive.yaml) ----------
office("ukraine-prime-minister", "Prime Minister of Ukraine",
       ["Prime Minister", "Ukrainian Prime Minister", *poss("Ukraine", "Prime Minister"), "Premier", "Ukrainian Premier"], GOV)
office("ukraine-foreign-minister", "Minister of Foreign Affairs of Ukraine",
       ["Foreign Minister", "Ukrainian Foreign Minister", *poss("Ukraine", "Foreign Minister")])

# Israel --------------------------------------------------------------------------------------
office("israel-president", "President of Israel", ["President", "Israeli President", *poss("Israel", "President")])
office("israel-prime-minister", "Prime Minister of Israel",
       ["Prime Minister", "Israeli Prime Minister", *poss("Israel", "Prime Minister"), "Premier", "Israeli Premier"], GOV)
office("israel-foreign-minister", "Minister of Foreign Affairs of Israel",
       ["Foreign Minister", "Israeli Foreign Minister", *poss("Israel", "Foreign Minister")])

# Iran ----------------------------------------------------------------------------------------
office("iran-supreme-leader", "Supreme Leader of Iran",
       ["Supreme Leader", "Iranian Supreme Leader", *poss("Iran", "Supreme Leader")])
office("iran-president", "President of Iran", ["President", "Iranian President", *poss("Iran", "President")], GOV)
office("iran-prime-minister", "Prime Minister of Iran", ["Prime Minister", "Iranian Prime Minister"], GOV,
       comment="Abolished on 1989-08-03.")
office("iran-foreign-minister", "Minister of Foreign Affairs of Iran",
       ["Foreign Minister", "Iranian Foreign Minister", *poss("Iran", "Foreign Minister")])

# Saudi Arabia (its foreign ministers, `saudi-foreign-minister`, are in rules/us-executive.yaml) --
office("saudi-king", "King of Saudi Arabia", ["King", "Saudi King", "Saudi Arabian King", "Saudi monarch"])
office("saudi-prime-minister", "Prime Minister of Saudi Arabia",
       ["Prime Minister", "Saudi Prime Minister", "Saudi Arabian Prime Minister"],
       comment="Held by the kings until 2022-09-27. Only Mohammed bin Salman's term is listed: the kings are "
               "known by given names (\"King Khalid\") that would make \"Prime Minister Khalid …\" of any "
               "country read as the king.")

# Turkey --------------------------------------------------------------------------------------
office("turkey-president", "President of Turkey",
       ["President", "Turkish President", *poss("Turkey", "President")], GOV)
office("turkey-prime-minister", "Prime Minister of Turkey",
       ["Prime Minister", "Turkish Prime Minister", "Premier", "Turkish Premier", *poss("Turkey", "Prime Minister")], GOV,
       comment="Abolished on 2018-07-09.")
office("turkey-foreign-minister", "Minister of Foreign Affairs of Turkey",
       ["Foreign Minister", "Turkish Foreign Minister", *poss("Turkey", "Foreign Minister")])

# South Korea ---------------------------------------------------------------------------------
office("south-korea-president", "President of South Korea",
       ["President", "South Korean President", "Korean President", *poss("South Korea", "President")], GOV)
office("south-korea-foreign-minister", "Minister of Foreign Affairs of South Korea",
       ["Foreign Minister", "South Korean Foreign Minister", "Korean Foreign Minister", *poss("South Korea", "Foreign Minister")])

# Indonesia -----------------------------------------------------------------------------------
office("indonesia-president", "President of Indonesia",
       ["President", "Indonesian President", *poss("Indonesia", "President")], GOV)
office("indonesia-foreign-minister", "Minister of Foreign Affairs of Indonesia",
       ["Foreign Minister", "Indonesian Foreign Minister", *poss("Indonesia", "Foreign Minister")])

# Brazil --------------------------------------------------------------------------------------
office("brazil-president", "President of Brazil", ["President", "Brazilian President", *poss("Brazil", "President")], GOV)
office("brazil-foreign-minister", "Minister of Foreign Affairs of Brazil",
       ["Foreign Minister", "Brazilian Foreign Minister", *poss("Brazil", "Foreign Minister")])

# Argentina -----------------------------------------------------------------------------------
office("argentina-president", "President of Argentina",
       ["President", "Argentine President", "Argentinian President", *poss("Argentina", "President")], GOV)
office("argentina-foreign-minister", "Minister of Foreign Affairs of Argentina",
       ["Foreign Minister", "Argentine Foreign Minister", *poss("Argentina", "Foreign Minister")])

# Mexico --------------------------------------------------------------------------------------
office("mexico-president", "President of Mexico", ["President", "Mexican President", *poss("Mexico", "President")], GOV)
office("mexico-foreign-minister", "Secretary of Foreign Affairs of Mexico",
       ["Foreign Minister", "Mexican Foreign Minister", "Foreign Secretary", "Mexican Foreign Secretary",
        "Foreign Relations Secretary", "Mexican Foreign Relations Secretary"])

# South Africa --------------------------------------------------------------------------------
office("south-africa-president", "President of South Africa",
       ["President", "South African President", "State President", *poss("South Africa", "President")], GOV,
       comment="State President until 1994 (executive from 1984-09-14).")
office("south-africa-prime-minister", "Prime Minister of South Africa",
       ["Prime Minister", "South African Prime Minister"], GOV, comment="Abolished on 1984-09-14.")
office("south-africa-foreign-minister", "Minister of International Relations and Cooperation of South Africa",
       ["Foreign Minister", "South African Foreign Minister", "Foreign Affairs Minister",
        "International Relations Minister", "South African International Relations Minister"],
       comment="Minister of Foreign Affairs until 2009.")


# --------------------------------------------------------------------------------------------
# People

PEOPLE: list = []  # ("section", title) or person dicts, in output order
ARCH_BIRTH = object()  # default: birth/death from the person's Archigos spell, if any


def SECTION(title: str, note: str | None = None):
    PEOPLE.append(("section", title, note))


def P(pid: str, name: str, aliases: list[str], terms: list[dict], *, born=ARCH_BIRTH, died=ARCH_BIRTH,
      src: list[str] | str = (), note: str | None = None):
    if isinstance(src, str):
        src = [src]
    arch = next((t["arch"] for t in terms if t.get("arch")), None)

    def from_arch(date_col: str, year_col: str):
        if arch is None:
            return None
        r = arch.row
        if r[date_col] not in ("", "NA"):
            return r[date_col]
        y = r[year_col]
        return y if y not in ("", "NA") and int(float(y)) > 0 else None

    if born is ARCH_BIRTH:
        born = from_arch("borndate", "yrborn")
    if died is ARCH_BIRTH:
        died = from_arch("deathdate", "yrdied")
    seen = []
    for a in aliases:
        if a != name and a not in seen:
            seen.append(a)
    PEOPLE.append({"id": pid, "name": name, "aliases": seen, "born": born, "died": died, "terms": terms,
                   "src": list(src), "note": note})


WP = "Wikipedia: "
UK_PM = WP + "List of prime ministers of the United Kingdom"
UK_FS = WP + "Secretary of State for Foreign, Commonwealth and Development Affairs"
UK_CH = WP + "Chancellor of the Exchequer"
UK_HS = WP + "Home Secretary"

SECTION("All countries",
        "Family names alone are aliases (\"Prime Minister Nakasone\"), except a few very common ones of people "
        "who have died (Cook, Graham, Green, Wilson, Suzuki, Ito, Watanabe, Ikeda, Hashimoto, Sharma, Reddy, "
        "Narayanan, Krishna, Viola, Pavlov, Colombo, Martino, Cem, Tikhonov, Caputo): the life and age checks read "
        "any \"Suzuki says\" or \"Suzuki, 40,\" as the pack's Suzuki.")
SECTION("United Kingdom",
        "Prime ministers: Archigos (UKG spells are the head of government) to 2015, parlparse to 2020, public "
        "record since. Foreign Secretary, Chancellor of the Exchequer, Home Secretary: parlparse 1964-2020, "
        "public record for its gaps (no John Major, no Carrington or Whitelaw, nothing after Oct 2020). A "
        "parlparse post that ends up to a week before its successor's starts (an election day) is taken to "
        "run until the successor's appointment.")
P("elizabeth-ii", "Elizabeth II", ["Queen Elizabeth II"],
  [T("uk-monarch", "1952-02-06", "2022-09-08")], born="1926-04-21", died="2022-09-08", src=WP + "Elizabeth II",
  note="No bare \"Elizabeth\" (nor \"Charles\" below): a first name alone would also be read in ages (\"Elizabeth, 40,\").")
P("charles-iii", "Charles III", ["King Charles III"],
  [T("uk-monarch", "2022-09-08", OPEN)], born="1948-11-14", src=WP + "Charles III")
P("harold-wilson", "Harold Wilson", ["Sir Harold Wilson"],
  [T("uk-prime-minister", "1964-10-16", "1970-06-19"), T("uk-prime-minister", "1974-03-04", "1976-04-05")],
  born="1916-03-11", died="1995-05-24", src=UK_PM)
P("edward-heath", "Edward Heath", ["Heath", "Ted Heath", "Sir Edward Heath"],
  [T("uk-prime-minister", "1970-06-19", "1974-03-04")], born="1916-07-09", died="2005-07-17", src=UK_PM)
P("james-callaghan", "James Callaghan", ["Callaghan", "Jim Callaghan", "Lord Callaghan"],
  [TP("uk-chancellor-of-the-exchequer", "james-callaghan"), TP("uk-home-secretary", "james-callaghan"),
   TP("uk-foreign-secretary", "james-callaghan"), T("uk-prime-minister", Arch("UKG", "Callaghan", "1976-04-05"))])
P("margaret-thatcher", "Margaret Thatcher", ["Thatcher", "Mrs Thatcher", "Mrs. Thatcher", "Margaret Hilda Thatcher"],
  [T("uk-prime-minister", Arch("UKG", "Thatcher", "1979-05-04"))], died="2013-04-08", src=WP + "Margaret Thatcher")
P("john-major", "John Major", ["Major", "Sir John Major"],
  [T("uk-foreign-secretary", "1989-07-24", "1989-10-26"), T("uk-chancellor-of-the-exchequer", "1989-10-26", "1990-11-28"),
   T("uk-prime-minister", Arch("UKG", "Major", "1990-11-28"))], src=[UK_FS, UK_CH])
P("tony-blair", "Tony Blair", ["Blair", "Anthony Blair"], [T("uk-prime-minister", Arch("UKG", "Blair", "1997-05-02"))])
P("gordon-brown", "Gordon Brown", ["Brown"],
  [TP("uk-chancellor-of-the-exchequer", "gordon-brown"), T("uk-prime-minister", Arch("UKG", "Brown", "2007-06-27"))])
P("david-cameron", "David Cameron", ["Cameron", "Lord Cameron"],
  [T("uk-prime-minister", Arch("UKG", "Cameron", "2010-05-11"), "2016-07-13"),
   T("uk-foreign-secretary", "2023-11-13", "2024-07-05")], src=UK_FS,
  note="The end of the censored Archigos spell is parlparse's (The Prime Minister 2010-05-11..2016-07-13).")
P("theresa-may", "Theresa May", [],
  [TP("uk-home-secretary", "theresa-may"), TP("uk-prime-minister", "theresa-may")], born="1956-10-01",
  src=WP + "Theresa May",
  note="The checker's name parser stops at a month name, so \"Prime Minister Theresa May\" is not matched yet.")
P("boris-johnson", "Boris Johnson", ["Johnson", "Alexander Boris de Pfeffel Johnson"],
  [TP("uk-foreign-secretary", "boris-johnson"), TP("uk-prime-minister", "boris-johnson", to="2022-09-06")],
  born="1964-06-19", src=[UK_PM, WP + "Boris Johnson"])
P("liz-truss", "Liz Truss", ["Truss", "Elizabeth Truss"],
  [T("uk-foreign-secretary", "2021-09-15", "2022-09-06"), T("uk-prime-minister", "2022-09-06", "2022-10-25")],
  born="1975-07-26", src=[UK_PM, UK_FS, WP + "Liz Truss"])
P("rishi-sunak", "Rishi Sunak", ["Sunak"],
  [TP("uk-chancellor-of-the-exchequer", "rishi-sunak", to="2022-07-05"), T("uk-prime-minister", "2022-10-25", "2024-07-05")],
  born="1980-05-12", src=[UK_PM, UK_CH, WP + "Rishi Sunak"],
  note="parlparse's nameless Chancellor from 2020-02-13 (a person id newer than people.xml) is Sunak.")
P("keir-starmer", "Keir Starmer", ["Starmer", "Sir Keir Starmer"], [T("uk-prime-minister", "2024-07-05", OPEN)],
  born="1962-09-02", src=[UK_PM, WP + "Keir Starmer"])

P("denis-healey", "Denis Healey", ["Healey", "Lord Healey"], [TP("uk-chancellor-of-the-exchequer", "denis-healey")],
  born="1917-08-30", died="2015-10-03", src=WP + "Denis Healey")
P("geoffrey-howe", "Geoffrey Howe", ["Howe", "Sir Geoffrey Howe", "Lord Howe"],
  [TP("uk-chancellor-of-the-exchequer", "geoffrey-howe"), TP("uk-foreign-secretary", "geoffrey-howe")],
  born="1926-12-20", died="2015-10-09", src=WP + "Geoffrey Howe")
P("nigel-lawson", "Nigel Lawson", ["Lawson", "Lord Lawson"], [TP("uk-chancellor-of-the-exchequer", "nigel-lawson")],
  born="1932-03-11", died="2023-04-03", src=WP + "Nigel Lawson")
P("norman-lamont", "Norman Lamont", ["Lamont", "Lord Lamont"], [TP("uk-chancellor-of-the-exchequer", "norman-lamont")],
  born="1942-05-08", src=WP + "Norman Lamont")
P("kenneth-clarke", "Kenneth Clarke", ["Ken Clarke", "Clarke"],
  [TP("uk-home-secretary", "kenneth-clarke"), TP("uk-chancellor-of-the-exchequer", "kenneth-clarke")],
  born="1940-07-02", src=WP + "Kenneth Clarke")
P("alistair-darling", "Alistair Darling", ["Darling"],
  [TP("uk-chancellor-of-the-exchequer", "alistair-darling", to="2010-05-11",
      note="parlparse ends the post at the 2010-05-06 election; the Brown government left office on 2010-05-11 (Archigos)")],
  born="1953-11-28", died="2023-11-30", src=WP + "Alistair Darling")
P("george-osborne", "George Osborne", ["Osborne"], [TP("uk-chancellor-of-the-exchequer", "george-osborne")],
  born="1971-05-23", src=WP + "George Osborne")
P("philip-hammond", "Philip Hammond", ["Hammond"],
  [TP("uk-foreign-secretary", "philip-hammond"), TP("uk-chancellor-of-the-exchequer", "philip-hammond")],
  born="1955-12-04", src=WP + "Philip Hammond")
P("sajid-javid", "Sajid Javid", ["Javid"],
  [TP("uk-home-secretary", "sajid-javid"), TP("uk-chancellor-of-the-exchequer", "sajid-javid")],
  born="1969-12-05", src=WP + "Sajid Javid")
P("nadhim-zahawi", "Nadhim Zahawi", ["Zahawi"], [T("uk-chancellor-of-the-exchequer", "2022-07-05", "2022-09-06")],
  src=UK_CH)
P("kwasi-kwarteng", "Kwasi Kwarteng", ["Kwarteng"], [T("uk-chancellor-of-the-exchequer", "2022-09-06", "2022-10-14")],
  src=UK_CH)
P("jeremy-hunt", "Jeremy Hunt", ["Hunt"],
  [TP("uk-foreign-secretary", "jeremy-hunt"), T("uk-chancellor-of-the-exchequer", "2022-10-14", "2024-07-05")],
  born="1966-11-01", src=[UK_CH, WP + "Jeremy Hunt"])
P("rachel-reeves", "Rachel Reeves", ["Reeves"], [T("uk-chancellor-of-the-exchequer", "2024-07-05", OPEN)],
  born="1979-02-13", src=[UK_CH, WP + "Rachel Reeves"])

P("david-owen", "David Owen", ["Owen", "Lord Owen", "Dr David Owen"], [TP("uk-foreign-secretary", "david-owen")],
  born="1938-07-02", src=WP + "David Owen")
P("lord-carrington", "Lord Carrington", ["Carrington", "Peter Carrington"],
  [T("uk-foreign-secretary", "1979-05-04", "1982-04-05")], born="1919-06-06", died="2018-07-09",
  src=[UK_FS, WP + "Peter Carington, 6th Baron Carrington"])
P("francis-pym", "Francis Pym", ["Pym"], [TP("uk-foreign-secretary", "francis-pym")], born="1922-02-13",
  died="2008-03-07", src=WP + "Francis Pym")
P("douglas-hurd", "Douglas Hurd", ["Hurd"],
  [TP("uk-home-secretary", "douglas-hurd"),
   TP("uk-foreign-secretary", "douglas-hurd", to="1995-07-05",
      note="parlparse ends the row on 1995-04-07; Hurd served until Rifkind's appointment (public record)")],
  born="1930-03-08", src=[UK_FS, WP + "Douglas Hurd"])
P("malcolm-rifkind", "Malcolm Rifkind", ["Rifkind", "Sir Malcolm Rifkind"], [TP("uk-foreign-secretary", "malcolm-rifkind")],
  born="1946-06-21", src=WP + "Malcolm Rifkind")
P("robin-cook", "Robin Cook", [], [TP("uk-foreign-secretary", "robin-cook")], born="1946-02-28",
  died="2005-08-06", src=WP + "Robin Cook")
P("jack-straw", "Jack Straw", ["Straw"], [TP("uk-home-secretary", "jack-straw"), TP("uk-foreign-secretary", "jack-straw")],
  born="1946-08-03", src=WP + "Jack Straw")
P("margaret-beckett", "Margaret Beckett", ["Beckett"], [TP("uk-foreign-secretary", "margaret-beckett")],
  born="1943-01-15", src=WP + "Margaret Beckett")
P("david-miliband", "David Miliband", ["Miliband"], [TP("uk-foreign-secretary", "david-miliband")], born="1965-07-15",
  src=WP + "David Miliband")
P("william-hague", "William Hague", ["Hague"], [TP("uk-foreign-secretary", "william-hague")], born="1961-03-26",
  src=WP + "William Hague")
P("dominic-raab", "Dominic Raab", ["Raab"], [TP("uk-foreign-secretary", "dominic-raab", to="2021-09-15")],
  born="1974-02-25", src=[UK_FS, WP + "Dominic Raab"])
P("james-cleverly", "James Cleverly", ["Cleverly"],
  [T("uk-foreign-secretary", "2022-09-06", "2023-11-13"), T("uk-home-secretary", "2023-11-13", "2024-07-05")],
  src=[UK_FS, UK_HS])
P("david-lammy", "David Lammy", ["Lammy"], [T("uk-foreign-secretary", "2024-07-05", "2025-09-05")], src=UK_FS)
P("yvette-cooper", "Yvette Cooper", ["Cooper"],
  [T("uk-home-secretary", "2024-07-05", "2025-09-05"), T("uk-foreign-secretary", "2025-09-05", OPEN)], src=[UK_FS, UK_HS])

P("william-whitelaw", "William Whitelaw", ["Whitelaw", "Willie Whitelaw", "Lord Whitelaw"],
  [T("uk-home-secretary", "1979-05-04", "1983-06-11")], born="1918-06-28", died="1999-07-01",
  src=[UK_HS, WP + "William Whitelaw"])
P("leon-brittan", "Leon Brittan", ["Brittan", "Sir Leon Brittan"], [TP("uk-home-secretary", "leon-brittan")],
  born="1939-09-25", died="2015-01-21", src=WP + "Leon Brittan")
P("david-waddington", "David Waddington", ["Waddington"], [TP("uk-home-secretary", "david-waddington")],
  died="2017-02-23", src=WP + "David Waddington")
P("kenneth-baker", "Kenneth Baker", ["Baker", "Kenneth W. Baker"], [TP("uk-home-secretary", "kenneth-baker")],
  born="1934-11-03", src=WP + "Kenneth Baker")
P("michael-howard", "Michael Howard", ["Howard"], [TP("uk-home-secretary", "michael-howard")], born="1941-07-07",
  src=WP + "Michael Howard")
P("david-blunkett", "David Blunkett", ["Blunkett"], [TP("uk-home-secretary", "david-blunkett")], born="1947-06-06",
  src=WP + "David Blunkett")
P("charles-clarke", "Charles Clarke", ["Clarke"], [TP("uk-home-secretary", "charles-clarke")], born="1950-09-21",
  src=WP + "Charles Clarke")
P("john-reid", "John Reid", ["Reid"], [TP("uk-home-secretary", "john-reid")], born="1947-05-08", src=WP + "John Reid")
P("jacqui-smith", "Jacqui Smith", [], [TP("uk-home-secretary", "jacqui-smith")])
P("alan-johnson", "Alan Johnson", [],
  [TP("uk-home-secretary", "alan-johnson", to="2010-05-11",
      note="parlparse ends the post at the 2010-05-06 election; the Brown government left office on 2010-05-11 (Archigos)")])
P("amber-rudd", "Amber Rudd", ["Rudd"], [TP("uk-home-secretary", "amber-rudd")])
P("priti-patel", "Priti Patel", ["Patel"], [TP("uk-home-secretary", "priti-patel", to="2022-09-06")], src=UK_HS)
P("suella-braverman", "Suella Braverman", ["Braverman"],
  [T("uk-home-secretary", "2022-09-06", "2022-10-19"), T("uk-home-secretary", "2022-10-25", "2023-11-13")], src=UK_HS)
P("grant-shapps", "Grant Shapps", ["Shapps"], [T("uk-home-secretary", "2022-10-19", "2022-10-25")], src=UK_HS)
P("shabana-mahmood", "Shabana Mahmood", ["Mahmood"], [T("uk-home-secretary", "2025-09-05", OPEN)], src=UK_HS)

FR_PM = WP + "List of prime ministers of France"
FR_FM = WP + "List of foreign ministers of France"
SECTION("France", "Presidents: Archigos (FRN spells are the President) to 2015, public record since.")
P("valery-giscard-destaing", "Valéry Giscard d'Estaing",
  ["Valery Giscard d'Estaing", "Valéry Giscard d’Estaing", "Valery Giscard d’Estaing", "Valery Giscard", "Valéry Giscard",
   "Giscard d'Estaing", "Giscard d’Estaing", "Giscard"],
  [T("france-president", Arch("FRN", "Giscard D'Estaing", "1974-05-27"))], died="2020-12-02",
  src=WP + "Valéry Giscard d'Estaing",
  note="\"Valery Giscard\" because the name parser stops before the lowercase \"d'Estaing\".")
P("francois-mitterrand", "François Mitterrand", ["Francois Mitterrand", "Mitterrand"],
  [T("france-president", Arch("FRN", "Mitterand", "1981-05-21"))])
P("jacques-chirac", "Jacques Chirac", ["Chirac"],
  [T("france-prime-minister", "1974-05-27", "1976-08"), T("france-prime-minister", "1986-03-20", "1988-05-10"),
   T("france-president", Arch("FRN", "Chirac", "1995-05-17"))], died="2019-09-26", src=[FR_PM, WP + "Jacques Chirac"])
P("nicolas-sarkozy", "Nicolas Sarkozy", ["Sarkozy"], [T("france-president", Arch("FRN", "Sarkozy", "2007-05-16"))],
  born="1955-01-28", src=WP + "Nicolas Sarkozy")
P("francois-hollande", "François Hollande", ["Francois Hollande", "Hollande"],
  [T("france-president", Arch("FRN", "Hollande", "2012-05-15"), "2017-05-14")], src=WP + "François Hollande")
P("emmanuel-macron", "Emmanuel Macron", ["Macron"], [T("france-president", "2017-05-14", OPEN)], born="1977-12-21",
  src=WP + "Emmanuel Macron")
P("raymond-barre", "Raymond Barre", ["Barre"], [T("france-prime-minister", "1976-08", "1981-05-21")],
  born="1924-04-12", died="2007-08-25", src=FR_PM)
P("pierre-mauroy", "Pierre Mauroy", ["Mauroy"], [T("france-prime-minister", "1981-05-21", "1984-07-17")],
  born="1928-07-05", died="2013-06-07", src=FR_PM)
P("laurent-fabius", "Laurent Fabius", ["Fabius"],
  [T("france-prime-minister", "1984-07-17", "1986-03-20"), T("france-foreign-minister", "2012-05", "2016-02")],
  born="1946-08-20", src=[FR_PM, FR_FM])
P("michel-rocard", "Michel Rocard", ["Rocard"], [T("france-prime-minister", "1988-05-10", "1991-05-15")],
  born="1930-08-23", died="2016-07-02", src=FR_PM)
P("edith-cresson", "Édith Cresson", ["Edith Cresson", "Cresson"], [T("france-prime-minister", "1991-05-15", "1992-04-02")],
  born="1934-01-27", src=FR_PM)
P("pierre-beregovoy", "Pierre Bérégovoy", ["Pierre Beregovoy", "Bérégovoy", "Beregovoy"],
  [T("france-prime-minister", "1992-04-02", "1993-03-29")], born="1925-12-23", died="1993-05-01", src=FR_PM)
P("edouard-balladur", "Édouard Balladur", ["Edouard Balladur", "Balladur"],
  [T("france-prime-minister", "1993-03-29", "1995-05")], born="1929-05-02", src=FR_PM)
P("alain-juppe", "Alain Juppé", ["Alain Juppe", "Juppé", "Juppe"],
  [T("france-foreign-minister", "1993-03", "1995-05"), T("france-prime-minister", "1995-05", "1997-06-02"),
   T("france-foreign-minister", "2011-02-27", "2012-05")], born="1945-08-15", src=[FR_PM, FR_FM])
P("lionel-jospin", "Lionel Jospin", ["Jospin"], [T("france-prime-minister", "1997-06-02", "2002-05-06")],
  born="1937-07-12", src=FR_PM)
P("jean-pierre-raffarin", "Jean-Pierre Raffarin", ["Raffarin"], [T("france-prime-minister", "2002-05-06", "2005-05-31")],
  born="1948-08-03", src=FR_PM)
P("dominique-de-villepin", "Dominique de Villepin", ["Villepin", "De Villepin"],
  [T("france-foreign-minister", "2002-05", "2004-03"), T("france-prime-minister", "2005-05-31", "2007-05-17")],
  born="1953-11-14", src=[FR_PM, FR_FM])
P("francois-fillon", "François Fillon", ["Francois Fillon", "Fillon"], [T("france-prime-minister", "2007-05-17", "2012-05-15")],
  born="1954-03-04", src=FR_PM)
P("jean-marc-ayrault", "Jean-Marc Ayrault", ["Ayrault"],
  [T("france-prime-minister", "2012-05-15", "2014-03-31"), T("france-foreign-minister", "2016-02", "2017-05")],
  born="1950-01-25", src=[FR_PM, FR_FM])
P("manuel-valls", "Manuel Valls", ["Valls"], [T("france-prime-minister", "2014-03-31", "2016-12-06")], born="1962-08-13",
  src=FR_PM)
P("bernard-cazeneuve", "Bernard Cazeneuve", ["Cazeneuve"], [T("france-prime-minister", "2016-12-06", "2017-05-15")],
  born="1963-06-02", src=FR_PM)
P("edouard-philippe", "Édouard Philippe", ["Edouard Philippe"], [T("france-prime-minister", "2017-05-15", "2020-07-03")],
  born="1970-11-28", src=FR_PM, note="No bare \"Philippe\": it is a first name.")
P("jean-castex", "Jean Castex", ["Castex"], [T("france-prime-minister", "2020-07-03", "2022-05-16")], born="1965-06-25",
  src=FR_PM)
P("elisabeth-borne", "Élisabeth Borne", ["Elisabeth Borne", "Borne"], [T("france-prime-minister", "2022-05-16", "2024-01-09")],
  born="1961-04-18", src=FR_PM)
P("gabriel-attal", "Gabriel Attal", ["Attal"], [T("france-prime-minister", "2024-01-09", "2024-09-05")], born="1989-03-16",
  src=FR_PM)
P("michel-barnier", "Michel Barnier", ["Barnier"],
  [T("france-foreign-minister", "2004-03", "2005-06"), T("france-prime-minister", "2024-09-05", "2024-12-13")],
  born="1951-01-09", src=[FR_PM, FR_FM])
P("francois-bayrou", "François Bayrou", ["Francois Bayrou", "Bayrou"], [T("france-prime-minister", "2024-12-13", "2025-09-09")],
  born="1951-05-25", src=FR_PM)
P("sebastien-lecornu", "Sébastien Lecornu", ["Sebastien Lecornu", "Lecornu"], [T("france-prime-minister", "2025-09-09", OPEN)],
  src=FR_PM, note="Resigned 2025-10-06 and was reappointed 2025-10-10: one term here.")
P("jean-francois-poncet", "Jean François-Poncet", ["François-Poncet", "Francois-Poncet", "Jean Francois-Poncet"],
  [T("france-foreign-minister", "1978-11-29", "1981-05")], died="2012", src=FR_FM)
P("claude-cheysson", "Claude Cheysson", ["Cheysson"], [T("france-foreign-minister", "1981-05", "1984-12")], died="2012-10-15", src=FR_FM)
P("roland-dumas", "Roland Dumas", ["Dumas"],
  [T("france-foreign-minister", "1984-12", "1986-03-20"), T("france-foreign-minister", "1988-05", "1993-03")],
  died="2024-07-03", src=[FR_FM, WP + "Roland Dumas"])
P("jean-bernard-raimond", "Jean-Bernard Raimond", ["Raimond"], [T("france-foreign-minister", "1986-03-20", "1988-05")],
  died="2016", src=FR_FM)
P("herve-de-charette", "Hervé de Charette", ["Herve de Charette", "De Charette"],
  [T("france-foreign-minister", "1995-05", "1997-06")], src=FR_FM)
P("hubert-vedrine", "Hubert Védrine", ["Hubert Vedrine", "Védrine", "Vedrine"], [T("france-foreign-minister", "1997-06", "2002-05")],
  src=FR_FM)
P("philippe-douste-blazy", "Philippe Douste-Blazy", ["Douste-Blazy"], [T("france-foreign-minister", "2005-06", "2007-05")],
  src=FR_FM)
P("bernard-kouchner", "Bernard Kouchner", ["Kouchner"], [T("france-foreign-minister", "2007-05", "2010-11-14")], src=FR_FM)
P("michele-alliot-marie", "Michèle Alliot-Marie", ["Michele Alliot-Marie", "Alliot-Marie"],
  [T("france-foreign-minister", "2010-11-14", "2011-02-27")], src=FR_FM)
P("jean-yves-le-drian", "Jean-Yves Le Drian", ["Le Drian"], [T("france-foreign-minister", "2017-05", "2022-05")], src=FR_FM)
P("catherine-colonna", "Catherine Colonna", ["Colonna"], [T("france-foreign-minister", "2022-05", "2024-01")], src=FR_FM)
P("stephane-sejourne", "Stéphane Séjourné", ["Stephane Sejourne", "Séjourné", "Sejourne"],
  [T("france-foreign-minister", "2024-01", "2024-09")], src=FR_FM)
P("jean-noel-barrot", "Jean-Noël Barrot", ["Jean-Noel Barrot", "Barrot"], [T("france-foreign-minister", "2024-09", OPEN)],
  src=FR_FM)

DE_CH = WP + "List of chancellors of Germany"
DE_PR = WP + "President of Germany"
DE_FM = WP + "Federal Foreign Office (list of foreign ministers)"
SECTION("Germany", "Chancellors: Archigos (GFR spells are the Chancellor) to 2015, public record since.")
P("willy-brandt", "Willy Brandt", ["Brandt"], [T("germany-chancellor", "1969-10-22", "1974-05-07")],
  born="1913-12-18", died="1992-10-08", src=DE_CH)
P("helmut-schmidt", "Helmut Schmidt", ["Schmidt"], [T("germany-chancellor", Arch("GFR", "Schmidt", "1974-05-16"))])
P("helmut-kohl", "Helmut Kohl", ["Kohl"], [T("germany-chancellor", Arch("GFR", "Kohl", "1982-10-01"))],
  died="2017-06-16", src=WP + "Helmut Kohl")
P("gerhard-schroeder", "Gerhard Schröder", ["Gerhard Schroeder", "Schröder", "Schroeder"],
  [T("germany-chancellor", Arch("GFR", "Schroder", "1998-10-27"))])
P("angela-merkel", "Angela Merkel", ["Merkel"], [T("germany-chancellor", Arch("GFR", "Merkel", "2005-11-22"), "2021-12-08")],
  src=DE_CH)
P("olaf-scholz", "Olaf Scholz", ["Scholz"], [T("germany-chancellor", "2021-12-08", "2025-05-06")], born="1958-06-14",
  src=DE_CH)
P("friedrich-merz", "Friedrich Merz", ["Merz"], [T("germany-chancellor", "2025-05-06", OPEN)], born="1955-11-11", src=DE_CH)
P("karl-carstens", "Karl Carstens", ["Carstens"], [T("germany-president", "1979-07-01", "1984-06-30")],
  born="1914-12-14", died="1992-05-30", src=DE_PR)
P("richard-von-weizsaecker", "Richard von Weizsäcker",
  ["Richard von Weizsaecker", "Richard Von Weizsaecker", "Richard Von Weizsäcker", "Richard Weizsaecker", "Weizsaecker",
   "Weizsäcker", "Von Weizsaecker", "Von Weizsäcker"],
  [T("germany-president", "1984-07-01", "1994-06-30")], born="1920-04-15", died="2015-01-31", src=DE_PR)
P("roman-herzog", "Roman Herzog", [], [T("germany-president", "1994-07-01", "1999-06-30")], born="1934-04-05",
  died="2017-01-10", src=DE_PR, note="No bare \"Herzog\": two presidents of Israel share it.")
P("johannes-rau", "Johannes Rau", ["Rau"], [T("germany-president", "1999-07-01", "2004-06-30")], born="1931-01-16",
  died="2006-01-27", src=DE_PR)
P("horst-koehler", "Horst Köhler", ["Horst Koehler", "Köhler", "Koehler"], [T("germany-president", "2004-07-01", "2010-05-31")],
  born="1943-02-22", died="2025-02-01", src=[DE_PR, "Office of the Federal President via dpa/AP, 2025-02-01 (death)"])
P("christian-wulff", "Christian Wulff", ["Wulff"], [T("germany-president", "2010-06-30", "2012-02-17")], born="1959-06-19",
  src=DE_PR)
P("joachim-gauck", "Joachim Gauck", ["Gauck"], [T("germany-president", "2012-03-18", "2017-03-18")], born="1940-01-24",
  src=DE_PR)
P("frank-walter-steinmeier", "Frank-Walter Steinmeier", ["Steinmeier"],
  [T("germany-foreign-minister", "2005-11-22", "2009-10-28"), T("germany-foreign-minister", "2013-12-17", "2017-01-27"),
   T("germany-president", "2017-03-19", OPEN)], born="1956-01-05", src=[DE_PR, DE_FM])
P("hans-dietrich-genscher", "Hans-Dietrich Genscher", ["Genscher"],
  [T("germany-foreign-minister", "1974-05-17", "1982-09-17"), T("germany-foreign-minister", "1982-10-04", "1992-05-17")],
  born="1927-03-21", died="2016-03-31", src=DE_FM,
  note="Out of office with the other FDP ministers from 1982-09-17 until Kohl's cabinet of 1982-10-04.")
P("klaus-kinkel", "Klaus Kinkel", ["Kinkel"], [T("germany-foreign-minister", "1992-05-18", "1998-10-27")],
  born="1936-12-17", died="2019-03-04", src=DE_FM)
P("joschka-fischer", "Joschka Fischer", ["Fischer"], [T("germany-foreign-minister", "1998-10-27", "2005-11-22")],
  born="1948-04-12", src=DE_FM)
P("guido-westerwelle", "Guido Westerwelle", ["Westerwelle"], [T("germany-foreign-minister", "2009-10-28", "2013-12-17")],
  born="1961-12-27", died="2016-03-18", src=DE_FM)
P("sigmar-gabriel", "Sigmar Gabriel", ["Gabriel"], [T("germany-foreign-minister", "2017-01-27", "2018-03-14")], src=DE_FM)
P("heiko-maas", "Heiko Maas", ["Maas"], [T("germany-foreign-minister", "2018-03-14", "2021-12-08")], src=DE_FM)
P("annalena-baerbock", "Annalena Baerbock", ["Baerbock"], [T("germany-foreign-minister", "2021-12-08", "2025-05-06")],
  born="1980-12-15", src=DE_FM)
P("johann-wadephul", "Johann Wadephul", ["Wadephul"], [T("germany-foreign-minister", "2025-05-06", OPEN)], src=DE_FM)

IT_PM = WP + "List of prime ministers of Italy"
IT_PR = WP + "President of Italy"
IT_FM = WP + "Minister of Foreign Affairs (Italy)"
SECTION("Italy",
        "Prime ministers: Archigos (ITA spells are the head of government) to 2015, public record since. Where "
        "Archigos ends a spell at the resignation (Forlani 1981-05-26, De Mita 1989-07-12), the term runs on "
        "to the successor's start, as the outgoing prime minister stays in office until then.")
P("giulio-andreotti", "Giulio Andreotti", ["Andreotti"],
  [T("italy-prime-minister", Arch("ITA", "Andreotti", "1976-07-30")),
   T("italy-foreign-minister", "1983-08-04", "1989-07-23"),
   T("italy-prime-minister", Arch("ITA", "Andreotti", "1989-07-23"))], src=IT_FM)
P("francesco-cossiga", "Francesco Cossiga", ["Cossiga"],
  [T("italy-prime-minister", Arch("ITA", "Cossiga", "1979-08-05")), T("italy-president", "1985-07-03", "1992-04-28")],
  died="2010-08-17", src=[IT_PR, WP + "Francesco Cossiga"])
P("arnaldo-forlani", "Arnaldo Forlani", ["Forlani"],
  [T("italy-prime-minister", Arch("ITA", "Forlani", "1980-10-18"), "1981-06-28",
     note="Archigos ends the spell at the resignation (1981-05-26); caretaker until Spadolini took office")],
  died="2023-07-06", src=WP + "Arnaldo Forlani")
P("giovanni-spadolini", "Giovanni Spadolini", ["Spadolini"], [T("italy-prime-minister", Arch("ITA", "Spadolini", "1981-06-28"))],
  died="1994-08-04", src=WP + "Giovanni Spadolini")
P("amintore-fanfani", "Amintore Fanfani", ["Fanfani"],
  [T("italy-prime-minister", Arch("ITA", "Fanfani", "1982-11-30")), T("italy-prime-minister", Arch("ITA", "Fanfani", "1987-04-18"))])
P("bettino-craxi", "Bettino Craxi", ["Craxi"], [T("italy-prime-minister", Arch("ITA", "Craxi", "1983-08-04"))])
P("giovanni-goria", "Giovanni Goria", ["Goria"], [T("italy-prime-minister", Arch("ITA", "Goria", "1987-07-29"))])
P("ciriaco-de-mita", "Ciriaco De Mita", ["De Mita"],
  [T("italy-prime-minister", Arch("ITA", "Mita", "1988-04-13"), "1989-07-23",
     note="Archigos ends the spell at the resignation (1989-07-12); caretaker until Andreotti took office")],
  died="2022-05-26", src=WP + "Ciriaco De Mita")
P("giuliano-amato", "Giuliano Amato", ["Amato"],
  [T("italy-prime-minister", Arch("ITA", "Amato", "1992-06-28")), T("italy-prime-minister", Arch("ITA", "Amato", "2000-04-26"))])
P("carlo-azeglio-ciampi", "Carlo Azeglio Ciampi", ["Ciampi"],
  [T("italy-prime-minister", Arch("ITA", "Ciampi", "1993-04-29")), T("italy-president", "1999-05-18", "2006-05-15")],
  died="2016-09-16", src=[IT_PR, WP + "Carlo Azeglio Ciampi"])
P("silvio-berlusconi", "Silvio Berlusconi", ["Berlusconi"],
  [T("italy-prime-minister", Arch("ITA", "Berlusconi", "1994-05-11")),
   T("italy-prime-minister", Arch("ITA", "Berlusconi", "2001-06-11")),
   T("italy-prime-minister", Arch("ITA", "Berlusconi", "2008-05-08"))], died="2023-06-12", src=WP + "Silvio Berlusconi")
P("lamberto-dini", "Lamberto Dini", ["Dini"],
  [T("italy-prime-minister", Arch("ITA", "Dini", "1995-01-17")), T("italy-foreign-minister", "1996-05-18", "2001-06-11")],
  src=IT_FM)
P("romano-prodi", "Romano Prodi", ["Prodi"],
  [T("italy-prime-minister", Arch("ITA", "Prodi", "1996-05-18")), T("italy-prime-minister", Arch("ITA", "Prodi", "2006-05-17"))])
P("massimo-dalema", "Massimo D'Alema", ["D'Alema", "D’Alema", "Massimo D’Alema"],
  [T("italy-prime-minister", Arch("ITA", "D'Alema", "1998-10-21")), T("italy-foreign-minister", "2006-05-17", "2008-05-08")],
  src=IT_FM)
P("mario-monti", "Mario Monti", ["Monti"], [T("italy-prime-minister", Arch("ITA", "Monti", "2011-11-16"))])
P("enrico-letta", "Enrico Letta", ["Letta"], [T("italy-prime-minister", Arch("ITA", "Letta", "2013-04-28"))])
P("matteo-renzi", "Matteo Renzi", ["Renzi"], [T("italy-prime-minister", Arch("ITA", "Renzi", "2014-02-22"), "2016-12-12")],
  src=IT_PM)
P("paolo-gentiloni", "Paolo Gentiloni", ["Gentiloni"],
  [T("italy-foreign-minister", "2014-10", "2016-12-12"), T("italy-prime-minister", "2016-12-12", "2018-06-01")],
  born="1954-11-22", src=[IT_PM, IT_FM])
P("giuseppe-conte", "Giuseppe Conte", ["Conte"], [T("italy-prime-minister", "2018-06-01", "2021-02-13")], born="1964-08-08",
  src=IT_PM)
P("mario-draghi", "Mario Draghi", ["Draghi"], [T("italy-prime-minister", "2021-02-13", "2022-10-22")], born="1947-09-03",
  src=IT_PM)
P("giorgia-meloni", "Giorgia Meloni", ["Meloni"], [T("italy-prime-minister", "2022-10-22", OPEN)], born="1977-01-15",
  src=IT_PM)
P("sandro-pertini", "Sandro Pertini", ["Pertini"], [T("italy-president", "1978-07-09", "1985-06-29")], born="1896-09-25",
  died="1990-02-24", src=IT_PR)
P("oscar-luigi-scalfaro", "Oscar Luigi Scalfaro", ["Scalfaro"], [T("italy-president", "1992-05-28", "1999-05-15")],
  born="1918-09-09", died="2012-01-29", src=IT_PR)
P("giorgio-napolitano", "Giorgio Napolitano", ["Napolitano"], [T("italy-president", "2006-05-15", "2015-01-14")],
  born="1925-06-29", died="2023-09-22", src=IT_PR)
P("sergio-mattarella", "Sergio Mattarella", ["Mattarella"], [T("italy-president", "2015-02-03", OPEN)], born="1941-07-23",
  src=IT_PR)
P("emilio-colombo", "Emilio Colombo", [],
  [T("italy-foreign-minister", "1980", "1983-08-04"), T("italy-foreign-minister", "1992-08", "1993-02")],
  born="1920-04-11", died="2013-06-24", src=IT_FM)
P("gianni-de-michelis", "Gianni De Michelis", ["De Michelis"], [T("italy-foreign-minister", "1989-07-23", "1992-06-28")],
  died="2019-05-11", src=IT_FM)
P("antonio-martino", "Antonio Martino", [], [T("italy-foreign-minister", "1994-05-11", "1995-01-17")], died="2022", src=IT_FM)
P("susanna-agnelli", "Susanna Agnelli", ["Agnelli"], [T("italy-foreign-minister", "1995-01-17", "1996-05-18")],
  died="2009-05-15", src=IT_FM)
P("renato-ruggiero", "Renato Ruggiero", ["Ruggiero"], [T("italy-foreign-minister", "2001-06-11", "2002-01")], died="2013", src=IT_FM)
P("franco-frattini", "Franco Frattini", ["Frattini"],
  [T("italy-foreign-minister", "2002-11", "2004-11"), T("italy-foreign-minister", "2008-05-08", "2011-11-16")],
  died="2022-12-24", src=IT_FM)
P("gianfranco-fini", "Gianfranco Fini", ["Fini"], [T("italy-foreign-minister", "2004-11", "2006-05-17")], src=IT_FM)
P("giulio-terzi", "Giulio Terzi di Sant'Agata", ["Giulio Terzi", "Terzi"], [T("italy-foreign-minister", "2011-11-16", "2013-03")],
  src=IT_FM)
P("emma-bonino", "Emma Bonino", ["Bonino"], [T("italy-foreign-minister", "2013-04-28", "2014-02-22")], src=IT_FM)
P("federica-mogherini", "Federica Mogherini", ["Mogherini"], [T("italy-foreign-minister", "2014-02-22", "2014-10")], src=IT_FM)
P("angelino-alfano", "Angelino Alfano", ["Alfano"], [T("italy-foreign-minister", "2016-12-12", "2018-06-01")], src=IT_FM)
P("enzo-moavero-milanesi", "Enzo Moavero Milanesi", ["Moavero Milanesi", "Moavero"],
  [T("italy-foreign-minister", "2018-06-01", "2019-09")], src=IT_FM)
P("luigi-di-maio", "Luigi Di Maio", ["Di Maio"], [T("italy-foreign-minister", "2019-09", "2022-10-22")], src=IT_FM)
P("antonio-tajani", "Antonio Tajani", ["Tajani"], [T("italy-foreign-minister", "2022-10-22", OPEN)], src=IT_FM)

JP_PM = WP + "List of prime ministers of Japan"
JP_FM = WP + "Minister for Foreign Affairs (Japan)"
JP_EM = WP + "List of emperors of Japan"
SECTION("Japan",
        "Prime ministers: Archigos (JPN spells are the head of government) to 2015, public record since and "
        "before 1978. Acting prime ministers (Masayoshi Ito 1980, Mikio Aoki 2000) are left out. Recent holders "
        "also have the family-name-first form (\"Kishida Fumio\") that Japan's government has asked for since 2019.")
P("hirohito", "Hirohito", ["Emperor Hirohito", "Showa"], [T("japan-emperor", "1926-12-25", "1989-01-07")],
  born="1901-04-29", died="1989-01-07", src=JP_EM)
P("akihito", "Akihito", [], [T("japan-emperor", "1989-01-07", "2019-04-30")], born="1933-12-23", src=JP_EM)
P("naruhito", "Naruhito", [], [T("japan-emperor", "2019-05-01", OPEN)], born="1960-02-23", src=JP_EM)
P("kakuei-tanaka", "Kakuei Tanaka", ["Tanaka"], [T("japan-prime-minister", "1972-07-07", "1974-12-09")],
  born="1918-05-04", died="1993-12-16", src=JP_PM)
P("takeo-miki", "Takeo Miki", ["Miki"], [T("japan-prime-minister", "1974-12-09", "1976-12-24")], born="1907-03-17",
  died="1988-11-14", src=JP_PM)
P("takeo-fukuda", "Takeo Fukuda", ["Fukuda"], [T("japan-prime-minister", "1976-12-24", "1978-12-07")],
  born="1905-01-14", died="1995-07-05", src=JP_PM)
P("masayoshi-ohira", "Masayoshi Ohira", ["Ohira", "Masayoshi Ōhira", "Ōhira"], [T("japan-prime-minister", Arch("JPN", "Ohira", "1978-12-07"))],
  died="1980-06-12", src=WP + "Masayoshi Ōhira")
P("zenko-suzuki", "Zenko Suzuki", ["Zenkō Suzuki"], [T("japan-prime-minister", Arch("JPN", "Suzuki", "1980-07-17"))],
  died="2004-07-19", src=WP + "Zenkō Suzuki")
P("yasuhiro-nakasone", "Yasuhiro Nakasone", ["Nakasone"], [T("japan-prime-minister", Arch("JPN", "Nakasone", "1982-11-26"))],
  died="2019-11-29", src=WP + "Yasuhiro Nakasone")
P("noboru-takeshita", "Noboru Takeshita", ["Takeshita"], [T("japan-prime-minister", Arch("JPN", "Takeshita", "1987-11-06"))],
  died="2000-06-19", src=WP + "Noboru Takeshita")
P("sosuke-uno", "Sosuke Uno", ["Uno", "Sōsuke Uno"],
  [T("japan-foreign-minister", "1987-11-06", "1989-06"), T("japan-prime-minister", Arch("JPN", "Uno", "1989-06-02"))],
  died="1998-05-19", src=[JP_FM, WP + "Sōsuke Uno"])
P("toshiki-kaifu", "Toshiki Kaifu", ["Kaifu"], [T("japan-prime-minister", Arch("JPN", "Kaifu", "1989-08-09"))],
  died="2022-01-09", src=WP + "Toshiki Kaifu")
P("kiichi-miyazawa", "Kiichi Miyazawa", ["Miyazawa"], [T("japan-prime-minister", Arch("JPN", "Miyazawa", "1991-11-06"))],
  died="2007-06-28", src=WP + "Kiichi Miyazawa")
P("morihiro-hosokawa", "Morihiro Hosokawa", ["Hosokawa"], [T("japan-prime-minister", Arch("JPN", "Hosokawa", "1993-08-09"))])
P("tsutomu-hata", "Tsutomu Hata", ["Hata"],
  [T("japan-foreign-minister", "1993-08", "1994-04"), T("japan-prime-minister", Arch("JPN", "Hata", "1994-04-25"))],
  died="2017-08-28", src=[JP_FM, WP + "Tsutomu Hata"])
P("tomiichi-murayama", "Tomiichi Murayama", ["Murayama"], [T("japan-prime-minister", Arch("JPN", "Murayama", "1994-06-29"))],
  born="1924-03-03", died="2025-10-17", src=[WP + "Tomiichi Murayama", "Yomiuri Shimbun, 2025-10-17 (death)"])
P("ryutaro-hashimoto", "Ryutaro Hashimoto", ["Ryūtarō Hashimoto"],
  [T("japan-prime-minister", Arch("JPN", "Hashimoto", "1996-01-11"))], died="2006-07-01", src=WP + "Ryutaro Hashimoto")
P("keizo-obuchi", "Keizo Obuchi", ["Obuchi", "Keizō Obuchi"],
  [T("japan-foreign-minister", "1997-09", "1998-07-30"), T("japan-prime-minister", Arch("JPN", "Obuchi", "1998-07-30"))],
  died="2000-05-14", src=[JP_FM, WP + "Keizō Obuchi"])
P("yoshiro-mori", "Yoshiro Mori", ["Mori", "Yoshirō Mori"], [T("japan-prime-minister", Arch("JPN", "Yoshiro Mori", "2000-04-05"))],
  born="1937-07-14", src=WP + "Yoshirō Mori")
P("junichiro-koizumi", "Junichiro Koizumi", ["Koizumi", "Jun'ichirō Koizumi"],
  [T("japan-prime-minister", Arch("JPN", "Junichiro Koizumi", "2001-04-26"))])
P("shinzo-abe", "Shinzo Abe", ["Abe Shinzo", "Abe", "Shinzō Abe"],
  [T("japan-prime-minister", Arch("JPN", "Shinzo Abe", "2006-09-26")),
   T("japan-prime-minister", Arch("JPN", "Shinzo Abe", "2012-12-26"), "2020-09-16")],
  died="2022-07-08", src=[JP_PM, WP + "Shinzo Abe"])
P("yasuo-fukuda", "Yasuo Fukuda", ["Fukuda Yasuo", "Fukuda"], [T("japan-prime-minister", Arch("JPN", "Yasuo Fukuda", "2007-09-26"))])
P("taro-aso", "Taro Aso", ["Aso Taro", "Aso", "Tarō Asō"],
  [T("japan-foreign-minister", "2005-10", "2007-08"), T("japan-prime-minister", Arch("JPN", "Taro Aso", "2008-09-24"))],
  src=JP_FM)
P("yukio-hatoyama", "Yukio Hatoyama", ["Hatoyama Yukio", "Hatoyama"], [T("japan-prime-minister", Arch("JPN", "Hatoyama Yukio", "2009-09-16"))])
P("naoto-kan", "Naoto Kan", ["Kan Naoto", "Kan"], [T("japan-prime-minister", Arch("JPN", "Naoto Kan", "2010-06-08"))])
P("yoshihiko-noda", "Yoshihiko Noda", ["Noda Yoshihiko", "Noda"], [T("japan-prime-minister", Arch("JPN", "Yoshihiko Noda", "2011-09-02"))])
P("yoshihide-suga", "Yoshihide Suga", ["Suga Yoshihide", "Suga"], [T("japan-prime-minister", "2020-09-16", "2021-10-04")], born="1948-12-06",
  src=JP_PM)
P("fumio-kishida", "Fumio Kishida", ["Kishida Fumio", "Kishida"],
  [T("japan-foreign-minister", "2012-12", "2017-08"), T("japan-prime-minister", "2021-10-04", "2024-10-01")],
  born="1957-07-29", src=[JP_PM, JP_FM])
P("shigeru-ishiba", "Shigeru Ishiba", ["Ishiba Shigeru", "Ishiba"], [T("japan-prime-minister", "2024-10-01", "2025-10-21")], born="1957-02-04",
  src=JP_PM)
P("sanae-takaichi", "Sanae Takaichi", ["Takaichi Sanae", "Takaichi"], [T("japan-prime-minister", "2025-10-21", OPEN)], born="1961-03-07",
  src=JP_PM)
P("saburo-okita", "Saburo Okita", ["Okita"], [T("japan-foreign-minister", "1979-11", "1980-07-17")], died="1993", src=JP_FM)
P("masayoshi-ito", "Masayoshi Ito", [], [T("japan-foreign-minister", "1980-07-17", "1981-05")], died="1994", src=JP_FM,
  note="Also acting prime minister 1980-06-12..07-17, not listed.")
P("sunao-sonoda", "Sunao Sonoda", ["Sonoda"], [T("japan-foreign-minister", "1981-05", "1981-11")], died="1984", src=JP_FM)
P("yoshio-sakurauchi", "Yoshio Sakurauchi", ["Sakurauchi"], [T("japan-foreign-minister", "1981-11", "1982-11-27")], died="2003", src=JP_FM)
P("shintaro-abe", "Shintaro Abe", ["Abe", "Shintarō Abe"], [T("japan-foreign-minister", "1982-11-27", "1986-07-22")],
  born="1924-04-29", died="1991-05-15", src=[JP_FM, WP + "Shintaro Abe"])
P("tadashi-kuranari", "Tadashi Kuranari", ["Kuranari"], [T("japan-foreign-minister", "1986-07-22", "1987-11-06")], src=JP_FM)
P("hiroshi-mitsuzuka", "Hiroshi Mitsuzuka", ["Mitsuzuka"], [T("japan-foreign-minister", "1989-06", "1989-08")], died="2004", src=JP_FM)
P("taro-nakayama", "Taro Nakayama", ["Nakayama"], [T("japan-foreign-minister", "1989-08", "1991-11")], src=JP_FM)
P("michio-watanabe", "Michio Watanabe", [], [T("japan-foreign-minister", "1991-11", "1993-04")],
  died="1995-09-15", src=JP_FM)
P("kabun-muto", "Kabun Muto", ["Muto"], [T("japan-foreign-minister", "1993-04", "1993-08")], src=JP_FM)
P("koji-kakizawa", "Koji Kakizawa", ["Kakizawa"], [T("japan-foreign-minister", "1994-04", "1994-06")], src=JP_FM)
P("yohei-kono", "Yohei Kono", ["Kono", "Yōhei Kōno"],
  [T("japan-foreign-minister", "1994-06", "1996-01-11"), T("japan-foreign-minister", "1999-10", "2001-04-26")], src=JP_FM)
P("yukihiko-ikeda", "Yukihiko Ikeda", [], [T("japan-foreign-minister", "1996-01-11", "1997-09")], died="2004", src=JP_FM)
P("masahiko-komura", "Masahiko Komura", ["Komura", "Masahiko Kōmura"],
  [T("japan-foreign-minister", "1998-07-30", "1999-10"), T("japan-foreign-minister", "2007-09", "2008")], src=JP_FM,
  note="The end of the second term is given as the year only.")
P("makiko-tanaka", "Makiko Tanaka", ["Tanaka"], [T("japan-foreign-minister", "2001-04-26", "2002-01")], src=JP_FM)
P("yoriko-kawaguchi", "Yoriko Kawaguchi", ["Kawaguchi"], [T("japan-foreign-minister", "2002-02", "2004-09")], src=JP_FM)
P("nobutaka-machimura", "Nobutaka Machimura", ["Machimura"],
  [T("japan-foreign-minister", "2004-09", "2005-10"), T("japan-foreign-minister", "2007-08", "2007-09")], died="2015", src=JP_FM)
P("hirofumi-nakasone", "Hirofumi Nakasone", ["Nakasone"], [T("japan-foreign-minister", "2008-09", "2009-09")], src=JP_FM)
P("katsuya-okada", "Katsuya Okada", ["Okada"], [T("japan-foreign-minister", "2009-09", "2010-09")], src=JP_FM)
P("seiji-maehara", "Seiji Maehara", ["Maehara"], [T("japan-foreign-minister", "2010-09", "2011-03")], src=JP_FM)
P("takeaki-matsumoto", "Takeaki Matsumoto", ["Matsumoto"], [T("japan-foreign-minister", "2011-03", "2011-09")], src=JP_FM)
P("koichiro-gemba", "Koichiro Gemba", ["Gemba", "Genba"], [T("japan-foreign-minister", "2011-09", "2012-12")], src=JP_FM)
P("taro-kono", "Taro Kono", ["Kono Taro", "Kono", "Tarō Kōno"], [T("japan-foreign-minister", "2017-08", "2019-09")], src=JP_FM)
P("toshimitsu-motegi", "Toshimitsu Motegi", ["Motegi Toshimitsu", "Motegi"],
  [T("japan-foreign-minister", "2019-09", "2021-11"), T("japan-foreign-minister", "2025-10-21", OPEN)], src=JP_FM)
P("yoshimasa-hayashi", "Yoshimasa Hayashi", ["Hayashi Yoshimasa", "Hayashi"], [T("japan-foreign-minister", "2021-11", "2023-09")], src=JP_FM)
P("yoko-kamikawa", "Yoko Kamikawa", ["Kamikawa Yoko", "Kamikawa"], [T("japan-foreign-minister", "2023-09", "2024-10-01")], src=JP_FM)
P("takeshi-iwaya", "Takeshi Iwaya", ["Iwaya Takeshi", "Iwaya"], [T("japan-foreign-minister", "2024-10-01", "2025-10-21")], src=JP_FM)

CA_PM = WP + "List of prime ministers of Canada"
CA_FM = WP + "Minister of Foreign Affairs (Canada)"
SECTION("Canada", "Prime ministers: Archigos (CAN spells are the head of government) to 2015, public record since.")
P("pierre-trudeau", "Pierre Trudeau", ["Trudeau", "Pierre Elliott Trudeau"],
  [T("canada-prime-minister", Arch("CAN", "Pierre Trudeau", "1968-04-20")),
   T("canada-prime-minister", Arch("CAN", "Pierre Trudeau", "1980-03-03"))], died="2000-09-28", src=WP + "Pierre Trudeau")
P("joe-clark", "Joe Clark", ["Charles Joseph Clark"],
  [T("canada-prime-minister", Arch("CAN", "Clark", "1979-06-04")), T("canada-foreign-minister", "1984-09-17", "1991-04")],
  src=CA_FM, note="No bare \"Clark\": \"Prime Minister Clark\" is as often Helen Clark of New Zealand.")
P("john-turner", "John Turner", ["Turner"], [T("canada-prime-minister", Arch("CAN", "Turner", "1984-06-30"))],
  died="2020-09-19", src=WP + "John Turner")
P("brian-mulroney", "Brian Mulroney", ["Mulroney"], [T("canada-prime-minister", Arch("CAN", "Mulroney", "1984-09-17"))],
  died="2024-02-29", src=WP + "Brian Mulroney")
P("kim-campbell", "Kim Campbell", ["Campbell"], [T("canada-prime-minister", Arch("CAN", "Kim Campbell", "1993-06-25"))],
  born="1947-03-10", src=WP + "Kim Campbell")
P("jean-chretien", "Jean Chrétien", ["Jean Chretien", "Chrétien", "Chretien"],
  [T("canada-foreign-minister", "1984-06-30", "1984-09-17"), T("canada-prime-minister", Arch("CAN", "Chretien", "1993-11-04"))],
  born="1934-01-11", src=[CA_FM, WP + "Jean Chrétien"])
P("paul-martin", "Paul Martin", [], [T("canada-prime-minister", Arch("CAN", "Paul Martin", "2003-12-12"))],
  born="1938-08-28", src=WP + "Paul Martin",
  note="No bare \"Martin\": \"Prime Minister Martin\" is as often Micheál Martin of Ireland.")
P("stephen-harper", "Stephen Harper", ["Harper"], [T("canada-prime-minister", Arch("CAN", "Harper", "2006-02-06"))])
P("justin-trudeau", "Justin Trudeau", ["Trudeau"],
  [T("canada-prime-minister", Arch("CAN", "Justin Trudeau", "2015-11-04"), "2025-03-14")], src=CA_PM)
P("mark-carney", "Mark Carney", ["Carney"], [T("canada-prime-minister", "2025-03-14", OPEN)], born="1965-03-16", src=CA_PM)
P("flora-macdonald", "Flora MacDonald", ["MacDonald"], [T("canada-foreign-minister", "1979-06-04", "1980-03-03")],
  died="2015-07-26", src=CA_FM)
P("mark-macguigan", "Mark MacGuigan", ["MacGuigan"], [T("canada-foreign-minister", "1980-03-03", "1982-09")], died="1998", src=CA_FM)
P("allan-maceachen", "Allan MacEachen", ["MacEachen"], [T("canada-foreign-minister", "1982-09", "1984-06-30")],
  died="2017-09-12", src=CA_FM)
P("barbara-mcdougall", "Barbara McDougall", ["McDougall"], [T("canada-foreign-minister", "1991-04", "1993-11-04")], src=CA_FM)
P("andre-ouellet", "André Ouellet", ["Andre Ouellet", "Ouellet"], [T("canada-foreign-minister", "1993-11-04", "1996-01")],
  src=CA_FM)
P("lloyd-axworthy", "Lloyd Axworthy", ["Axworthy"], [T("canada-foreign-minister", "1996-01", "2000-10")], src=CA_FM)
P("john-manley", "John Manley", ["Manley"], [T("canada-foreign-minister", "2000-10", "2002-01")], src=CA_FM)
P("bill-graham", "Bill Graham", [], [T("canada-foreign-minister", "2002-01", "2004-07")], died="2022", src=CA_FM)
P("pierre-pettigrew", "Pierre Pettigrew", ["Pettigrew"], [T("canada-foreign-minister", "2004-07", "2006-02-06")], src=CA_FM)
P("peter-mackay", "Peter MacKay", ["MacKay"], [T("canada-foreign-minister", "2006-02-06", "2007-08")], src=CA_FM)
P("maxime-bernier", "Maxime Bernier", ["Bernier"], [T("canada-foreign-minister", "2007-08", "2008-05")], src=CA_FM)
P("david-emerson", "David Emerson", ["Emerson"], [T("canada-foreign-minister", "2008-05", "2008-10")], src=CA_FM)
P("lawrence-cannon", "Lawrence Cannon", ["Cannon"], [T("canada-foreign-minister", "2008-10", "2011-05")], src=CA_FM)
P("john-baird", "John Baird", ["Baird"], [T("canada-foreign-minister", "2011-05", "2015-02")], src=CA_FM)
P("rob-nicholson", "Rob Nicholson", ["Nicholson"], [T("canada-foreign-minister", "2015-02", "2015-11-04")], src=CA_FM)
P("stephane-dion", "Stéphane Dion", ["Stephane Dion", "Dion"], [T("canada-foreign-minister", "2015-11-04", "2017-01")],
  src=CA_FM)
P("chrystia-freeland", "Chrystia Freeland", ["Freeland"], [T("canada-foreign-minister", "2017-01", "2019-11")], src=CA_FM)
P("francois-philippe-champagne", "François-Philippe Champagne", ["Francois-Philippe Champagne", "Champagne"],
  [T("canada-foreign-minister", "2019-11", "2021-01")], src=CA_FM)
P("marc-garneau", "Marc Garneau", ["Garneau"], [T("canada-foreign-minister", "2021-01", "2021-10")], src=CA_FM)
P("melanie-joly", "Mélanie Joly", ["Melanie Joly", "Joly"], [T("canada-foreign-minister", "2021-10", "2025-05")], src=CA_FM)
P("anita-anand", "Anita Anand", ["Anand"], [T("canada-foreign-minister", "2025-05", OPEN)], src=CA_FM)

AU_PM = WP + "List of prime ministers of Australia"
AU_FM = WP + "Minister for Foreign Affairs (Australia)"
SECTION("Australia", "Prime ministers: Archigos (AUL spells are the head of government) to 2015, public record since.")
P("malcolm-fraser", "Malcolm Fraser", ["Fraser"], [T("australia-prime-minister", Arch("AUL", "Fraser", "1975-11-11"))],
  died="2015-03-20", src=WP + "Malcolm Fraser")
P("bob-hawke", "Bob Hawke", ["Hawke", "Robert Hawke", "Robert James Lee Hawke"],
  [T("australia-prime-minister", Arch("AUL", "Hawke", "1983-03-11"))], died="2019-05-16", src=WP + "Bob Hawke")
P("paul-keating", "Paul Keating", ["Keating"], [T("australia-prime-minister", Arch("AUL", "Keating", "1991-12-19"))],
  born="1944-01-18", src=WP + "Paul Keating", note="Archigos gives 1945-01-18 as the birth date.")
P("john-howard", "John Howard", ["Howard"], [T("australia-prime-minister", Arch("AUL", "Howard", "1996-03-11"))])
P("kevin-rudd", "Kevin Rudd", ["Rudd"],
  [T("australia-prime-minister", Arch("AUL", "Rudd", "2007-12-03")), T("australia-foreign-minister", "2010-09", "2012-02"),
   T("australia-prime-minister", Arch("AUL", "Rudd", "2013-06-27"))], src=AU_FM)
P("julia-gillard", "Julia Gillard", ["Gillard"], [T("australia-prime-minister", Arch("AUL", "Gillard", "2010-06-24"))])
P("tony-abbott", "Tony Abbott", ["Abbott"], [T("australia-prime-minister", Arch("AUL", "Abbott", "2013-09-18"))])
P("malcolm-turnbull", "Malcolm Turnbull", ["Turnbull"],
  [T("australia-prime-minister", Arch("AUL", "Malcolm Turnbull", "2015-09-15"), "2018-08-24")], src=AU_PM)
P("scott-morrison", "Scott Morrison", ["Morrison"], [T("australia-prime-minister", "2018-08-24", "2022-05-23")],
  born="1968-05-13", src=AU_PM)
P("anthony-albanese", "Anthony Albanese", ["Albanese"], [T("australia-prime-minister", "2022-05-23", OPEN)],
  born="1963-03-02", src=AU_PM)
P("andrew-peacock", "Andrew Peacock", ["Peacock"], [T("australia-foreign-minister", "1975-11", "1980-11")],
  died="2021-04-16", src=AU_FM)
P("tony-street", "Tony Street", [], [T("australia-foreign-minister", "1980-11", "1983-03-11")], src=AU_FM)
P("bill-hayden", "Bill Hayden", ["Hayden"], [T("australia-foreign-minister", "1983-03-11", "1988-09-02")],
  died="2023-10-21", src=AU_FM)
P("gareth-evans", "Gareth Evans", ["Evans"], [T("australia-foreign-minister", "1988-09-02", "1996-03-11")], src=AU_FM)
P("alexander-downer", "Alexander Downer", ["Downer"], [T("australia-foreign-minister", "1996-03-11", "2007-12-03")], src=AU_FM)
P("stephen-smith", "Stephen Smith", [], [T("australia-foreign-minister", "2007-12-03", "2010-09")], src=AU_FM)
P("bob-carr", "Bob Carr", ["Carr"], [T("australia-foreign-minister", "2012-03", "2013-09-18")], src=AU_FM)
P("julie-bishop", "Julie Bishop", ["Bishop"], [T("australia-foreign-minister", "2013-09-18", "2018-08")], src=AU_FM)
P("marise-payne", "Marise Payne", ["Payne"], [T("australia-foreign-minister", "2018-08", "2022-05-23")], src=AU_FM)
P("penny-wong", "Penny Wong", [], [T("australia-foreign-minister", "2022-05-23", OPEN)], src=AU_FM,
  note="No bare \"Wong\": Singapore's foreign minister 1988-1994 was Wong Kan Seng.")

IN_PM = WP + "List of prime ministers of India"
IN_PR = WP + "List of presidents of India"
IN_FM = WP + "Minister of External Affairs (India)"
SECTION("India",
        "Prime ministers: Archigos (IND spells are the head of government) to 2015, public record since. "
        "Presidents' terms run from 25 July to 25 July.")
P("indira-gandhi", "Indira Gandhi", ["Gandhi", "Mrs Gandhi", "Mrs. Gandhi"],
  [T("india-prime-minister", "1966-01-24", "1977-03-24"), T("india-prime-minister", Arch("IND", "Gandhi, I.", "1980-01-14"))],
  src=IN_PM)
P("charan-singh", "Charan Singh", ["Singh", "Chaudhary Charan Singh", "Chaudhuri Charan Singh"],
  [T("india-prime-minister", Arch("IND", "Charan Singh", "1979-07-28"))], died="1987-05-29", src=WP + "Charan Singh")
P("rajiv-gandhi", "Rajiv Gandhi", ["Gandhi"], [T("india-prime-minister", Arch("IND", "Gandhi, R.", "1984-10-31"))])
P("vp-singh", "V. P. Singh", ["V.P. Singh", "Vishwanath Pratap Singh", "Singh"],
  [T("india-prime-minister", Arch("IND", "Pratap Singh", "1989-12-02"))], died="2008-11-27", src=WP + "V. P. Singh")
P("chandra-shekhar", "Chandra Shekhar", ["Shekhar"], [T("india-prime-minister", Arch("IND", "Shekhar", "1990-11-10"))],
  died="2007-07-08", src=WP + "Chandra Shekhar")
P("pv-narasimha-rao", "P. V. Narasimha Rao", ["P.V. Narasimha Rao", "Narasimha Rao", "Rao"],
  [T("india-foreign-minister", "1980-01-14", "1984-07"), T("india-foreign-minister", "1988-06", "1989-12-02"),
   T("india-prime-minister", Arch("IND", "Rao", "1991-06-21")), T("india-foreign-minister", "1992", "1993")],
  src=IN_FM, note="Held External Affairs himself as prime minister in 1992-1993 (dates given as years).")
P("atal-bihari-vajpayee", "Atal Bihari Vajpayee", ["Vajpayee", "A. B. Vajpayee", "A.B. Vajpayee"],
  [T("india-prime-minister", Arch("IND", "Vajpayee", "1996-05-16")), T("india-prime-minister", Arch("IND", "Vajpayee", "1998-03-19"))],
  born="1924-12-25", died="2018-08-16", src=WP + "Atal Bihari Vajpayee")
P("hd-deve-gowda", "H. D. Deve Gowda", ["H.D. Deve Gowda", "Deve Gowda", "Gowda"],
  [T("india-prime-minister", Arch("IND", "Gowda", "1996-06-01"))])
P("ik-gujral", "I. K. Gujral", ["I.K. Gujral", "Inder Kumar Gujral", "Gujral"],
  [T("india-foreign-minister", "1989-12", "1990-11-10"), T("india-foreign-minister", "1996-06-01", "1998-03-19"),
   T("india-prime-minister", Arch("IND", "Gujral", "1997-04-21"))], src=IN_FM)
P("manmohan-singh", "Manmohan Singh", ["Singh"],
  [T("india-prime-minister", Arch("IND", "Manmohan Singh", "2004-05-22"))], died="2024-12-26", src=WP + "Manmohan Singh")
P("narendra-modi", "Narendra Modi", ["Modi"],
  [T("india-prime-minister", "2014-05-26", OPEN, arch=Arch("IND", "Narendra Modi", "2014-05-29"),
     note="sworn in on 2014-05-26 (Archigos: 2014-05-29)")], src=IN_PM)
P("neelam-sanjiva-reddy", "Neelam Sanjiva Reddy", ["Sanjiva Reddy"],
  [T("india-president", "1977-07-25", "1982-07-25")], died="1996-06-01", src=IN_PR)
P("zail-singh", "Zail Singh", ["Giani Zail Singh", "Singh"], [T("india-president", "1982-07-25", "1987-07-25")],
  died="1994-12-25", src=IN_PR)
P("r-venkataraman", "R. Venkataraman", ["R.Venkataraman", "Ramaswamy Venkataraman", "Venkataraman"],
  [T("india-president", "1987-07-25", "1992-07-25")], died="2009-01-27", src=IN_PR)
P("shankar-dayal-sharma", "Shankar Dayal Sharma", [], [T("india-president", "1992-07-25", "1997-07-25")],
  died="1999-12-26", src=IN_PR)
P("kr-narayanan", "K. R. Narayanan", ["K.R. Narayanan"], [T("india-president", "1997-07-25", "2002-07-25")],
  died="2005-11-09", src=IN_PR)
P("apj-abdul-kalam", "A. P. J. Abdul Kalam", ["A.P.J. Abdul Kalam", "Abdul Kalam", "Kalam"],
  [T("india-president", "2002-07-25", "2007-07-25")], born="1931-10-15", died="2015-07-27", src=IN_PR)
P("pratibha-patil", "Pratibha Patil", ["Patil"], [T("india-president", "2007-07-25", "2012-07-25")], src=IN_PR)
P("pranab-mukherjee", "Pranab Mukherjee", ["Mukherjee"],
  [T("india-foreign-minister", "1995-02", "1996-05-16"), T("india-foreign-minister", "2006-10-24", "2009-05"),
   T("india-president", "2012-07-25", "2017-07-25")], died="2020-08-31", src=[IN_PR, IN_FM])
P("ram-nath-kovind", "Ram Nath Kovind", ["Kovind"], [T("india-president", "2017-07-25", "2022-07-25")], src=IN_PR)
P("droupadi-murmu", "Droupadi Murmu", ["Murmu"], [T("india-president", "2022-07-25", OPEN)], src=IN_PR)
P("jaswant-singh", "Jaswant Singh", ["Singh"], [T("india-foreign-minister", "1998-12", "2002-07")], died="2020-09-27",
  src=IN_FM)
P("yashwant-sinha", "Yashwant Sinha", ["Sinha"], [T("india-foreign-minister", "2002-07", "2004-05-22")], src=IN_FM)
P("natwar-singh", "Natwar Singh", ["K. Natwar Singh", "K Natwar Singh", "Singh"],
  [T("india-foreign-minister", "2004-05-22", "2005-11")], died="2024-08-10", src=IN_FM)
P("sm-krishna", "S. M. Krishna", ["S.M. Krishna"], [T("india-foreign-minister", "2009-05", "2012-10")],
  died="2024-12-10", src=IN_FM)
P("salman-khurshid", "Salman Khurshid", ["Khurshid"], [T("india-foreign-minister", "2012-10", "2014-05-26")], src=IN_FM)
P("sushma-swaraj", "Sushma Swaraj", ["Swaraj"], [T("india-foreign-minister", "2014-05-26", "2019-05-30")],
  born="1952-02-14", died="2019-08-06", src=IN_FM)
P("s-jaishankar", "S. Jaishankar", ["S Jaishankar", "Subrahmanyam Jaishankar", "Jaishankar"],
  [T("india-foreign-minister", "2019-05-30", OPEN)], src=IN_FM)

CN_PL = WP + "Paramount leader"
CN_GS = WP + "General Secretary of the Chinese Communist Party"
CN_PR = WP + "President of the People's Republic of China"
CN_PM = WP + "Premier of China"
CN_FM = WP + "Minister of Foreign Affairs (China)"
SECTION("China",
        "Archigos's CHN spells are the effective (\"paramount\") leader: Hua Guofeng to 1980-09-10, Deng Xiaoping "
        "to his death on 1997-02-19, Jiang Zemin to 2003-03-15, Hu Jintao to 2012-11-15, Xi Jinping since. Deng "
        "never held the formal head-of-state or head-of-government office, so the spells go to "
        "`china-paramount-leader` (what the press calls \"Chinese leader\"), with the ends from Archigos and the "
        "starts widened to when the press began to call each the Chinese leader (Deng from the December 1978 "
        "plenum, Jiang from becoming party leader in 1989, Hu from becoming party leader in 2002; Hu's term runs "
        "to the end of his presidency). The formal offices come from public record.")
P("deng-xiaoping", "Deng Xiaoping", ["Deng", "Teng Hsiao-ping"],
  [T("china-paramount-leader", "1978-12", Arch("CHN", "Deng Xiaoping", "1980-09-10").end,
     arch=Arch("CHN", "Deng Xiaoping", "1980-09-10"))], src=CN_PL)
P("hua-guofeng", "Hua Guofeng", ["Hua"], [T("china-premier", "1976-04-07", "1980-09-10")], born="1921-02-16",
  died="2008-08-20", src=CN_PM, note="Archigos's CHN spell 1976-10-07..1980-09-10; only his premiership is listed.")
P("hu-yaobang", "Hu Yaobang", ["Hu"], [T("china-party-leader", "1980-02-29", "1987-01-16")], born="1915-11-20",
  died="1989-04-15", src=CN_GS)
P("zhao-ziyang", "Zhao Ziyang", ["Zhao"],
  [T("china-premier", "1980-09-10", "1987-11-24"), T("china-party-leader", "1987-01-16", "1989-06-24")],
  born="1919-10-17", died="2005-01-17", src=[CN_PM, CN_GS],
  note="Acting General Secretary from 1987-01-16, elected 1987-11-02.")
P("jiang-zemin", "Jiang Zemin", ["Jiang"],
  [T("china-party-leader", "1989-06-24", "2002-11-15"), T("china-president", "1993-03-27", "2003-03-15"),
   T("china-paramount-leader", "1989-06-24", Arch("CHN", "Jiang Zemin", "1997-02-19").end,
     arch=Arch("CHN", "Jiang Zemin", "1997-02-19"))],
  born="1926-08-17", died="2022-11-30", src=[CN_GS, CN_PR, WP + "Jiang Zemin"])
P("hu-jintao", "Hu Jintao", ["Hu"],
  [T("china-party-leader", "2002-11-15", "2012-11-15"), T("china-president", "2003-03-15", "2013-03-14"),
   T("china-paramount-leader", "2002-11-15", "2013-03-14", arch=Arch("CHN", "Hu Jintao", "2003-03-15"))],
  born="1942-12-21", src=[CN_GS, CN_PR])
P("xi-jinping", "Xi Jinping", ["Xi"],
  [T("china-party-leader", "2012-11-15", OPEN), T("china-president", "2013-03-14", OPEN),
   T("china-paramount-leader", Arch("CHN", "Xi Jinping", "2012-11-15"), OPEN)], src=[CN_GS, CN_PR])
P("li-xiannian", "Li Xiannian", [], [T("china-president", "1983-06-18", "1988-04-08")], born="1909-06-23",
  died="1992-06-21", src=CN_PR)
P("yang-shangkun", "Yang Shangkun", [], [T("china-president", "1988-04-08", "1993-03-27")], born="1907-07-03",
  died="1998-09-14", src=CN_PR)
P("li-peng", "Li Peng", [], [T("china-premier", "1987-11-24", "1998-03-17")], born="1928-10-20", died="2019-07-22",
  src=CN_PM, note="Acting premier from 1987-11-24, confirmed 1988-04-09.")
P("zhu-rongji", "Zhu Rongji", ["Zhu"], [T("china-premier", "1998-03-17", "2003-03-16")], born="1928-10-01", src=CN_PM)
P("wen-jiabao", "Wen Jiabao", ["Wen"], [T("china-premier", "2003-03-16", "2013-03-15")], born="1942-09-15", src=CN_PM)
P("li-keqiang", "Li Keqiang", [], [T("china-premier", "2013-03-15", "2023-03-11")], born="1955-07-01", died="2023-10-27",
  src=CN_PM)
P("li-qiang", "Li Qiang", [], [T("china-premier", "2023-03-11", OPEN)], src=CN_PM)
P("huang-hua", "Huang Hua", [], [T("china-foreign-minister", "1976-12", "1982-11")], died="2010-11-24", src=CN_FM)
P("wu-xueqian", "Wu Xueqian", [], [T("china-foreign-minister", "1982-11", "1988-04")], died="2008-04-04", src=CN_FM)
P("qian-qichen", "Qian Qichen", ["Qian"], [T("china-foreign-minister", "1988-04", "1998-03")], died="2017-05-09", src=CN_FM)
P("tang-jiaxuan", "Tang Jiaxuan", [], [T("china-foreign-minister", "1998-03", "2003-03")], src=CN_FM)
P("li-zhaoxing", "Li Zhaoxing", [], [T("china-foreign-minister", "2003-03", "2007-04-27")], src=CN_FM)
P("yang-jiechi", "Yang Jiechi", [], [T("china-foreign-minister", "2007-04-27", "2013-03")], src=CN_FM)
P("wang-yi", "Wang Yi", [],
  [T("china-foreign-minister", "2013-03", "2022-12-30"), T("china-foreign-minister", "2023-07-25", OPEN)], src=CN_FM)
P("qin-gang", "Qin Gang", ["Qin"], [T("china-foreign-minister", "2022-12-30", "2023-07-25")], src=CN_FM)

SU_L = WP + "List of leaders of the Soviet Union"
SU_HS = WP + "List of heads of state of the Soviet Union"
SU_PM = WP + "Premier of the Soviet Union"
SU_FM = WP + "Ministry of Foreign Affairs (Soviet Union)"
SECTION("Soviet Union",
        "Archigos's RUS spells to 1991 are the General Secretary (`soviet-leader`, `soviet-general-secretary`); "
        "the head of state, premier and foreign minister come from public record.")
P("leonid-brezhnev", "Leonid Brezhnev", ["Brezhnev", "Leonid I. Brezhnev", "Leonid Ilyich Brezhnev"],
  [T("soviet-leader", Arch("RUS", "Brezhnev", "1964-10-15")), T("soviet-general-secretary", Arch("RUS", "Brezhnev", "1964-10-15")),
   T("soviet-head-of-state", "1977-06-16", "1982-11-10")], src=SU_HS)
P("yuri-andropov", "Yuri Andropov", ["Andropov", "Yuri V. Andropov", "Yury Andropov"],
  [T("soviet-leader", Arch("RUS", "Andropov", "1982-11-10")), T("soviet-general-secretary", "1982-11-12", "1984-02-09"),
   T("soviet-head-of-state", "1983-06-16", "1984-02-09")], src=[SU_L, SU_HS])
P("konstantin-chernenko", "Konstantin Chernenko", ["Chernenko", "Konstantin U. Chernenko"],
  [T("soviet-leader", Arch("RUS", "Chernenko", "1984-02-13")), T("soviet-general-secretary", Arch("RUS", "Chernenko", "1984-02-13")),
   T("soviet-head-of-state", "1984-04-11", "1985-03-10")], src=SU_HS)
P("mikhail-gorbachev", "Mikhail Gorbachev",
  ["Gorbachev", "Gorbachov", "Mikhail Gorbachov", "Mikhail S. Gorbachev", "Mikhail Sergeyevich Gorbachev"],
  [T("soviet-leader", Arch("RUS", "Gorbachev", "1985-03-11"), "1991-12-25",
     note="Archigos ends the spell on 1991-08-21 (power passing to Yeltsin); he led the Soviet Union as its president to its end"),
   T("soviet-general-secretary", Arch("RUS", "Gorbachev", "1985-03-11"), "1991-08-24"),
   T("soviet-head-of-state", "1988-10-01", "1991-12-25")], died="2022-08-30", src=[SU_L, SU_HS, WP + "Mikhail Gorbachev"])
P("andrei-gromyko", "Andrei Gromyko", ["Gromyko", "Andrei A. Gromyko"],
  [T("soviet-foreign-minister", "1957-02-15", "1985-07-02"), T("soviet-head-of-state", "1985-07-02", "1988-10-01")],
  born="1909-07-18", died="1989-07-02", src=[SU_FM, SU_HS])
P("alexei-kosygin", "Alexei Kosygin", ["Kosygin", "Aleksei Kosygin"], [T("soviet-premier", "1964-10-15", "1980-10-23")],
  born="1904-02-21", died="1980-12-18", src=SU_PM)
P("nikolai-tikhonov", "Nikolai Tikhonov", [], [T("soviet-premier", "1980-10-23", "1985-09-27")],
  died="1997-06-01", src=SU_PM)
P("nikolai-ryzhkov", "Nikolai Ryzhkov", ["Ryzhkov", "Nikolai I. Ryzhkov"], [T("soviet-premier", "1985-09-27", "1991-01-14")],
  born="1929-09-28", died="2024-02-28", src=SU_PM)
P("valentin-pavlov", "Valentin Pavlov", [], [T("soviet-premier", "1991-01-14", "1991-08")], died="2003-03-30",
  src=SU_PM)
P("eduard-shevardnadze", "Eduard Shevardnadze", ["Shevardnadze", "Eduard A. Shevardnadze"],
  [T("soviet-foreign-minister", "1985-07-02", "1991-01"), T("soviet-foreign-minister", "1991-11-19", "1991-12-26")],
  born="1928-01-25", died="2014-07-07", src=SU_FM,
  note="Announced his resignation on 1990-12-20 and stayed until his successor's appointment in January 1991.")
P("alexander-bessmertnykh", "Alexander Bessmertnykh", ["Bessmertnykh", "Aleksandr Bessmertnykh"],
  [T("soviet-foreign-minister", "1991-01-15", "1991-08")], src=SU_FM)
P("boris-pankin", "Boris Pankin", ["Pankin"], [T("soviet-foreign-minister", "1991-08-28", "1991-11")], src=SU_FM)

RU_PR = WP + "President of Russia"
RU_PM = WP + "List of heads of government of Russia"
RU_FM = WP + "Minister of Foreign Affairs (Russia)"
SECTION("Russia",
        "Archigos's RUS spells from 1991-08-21 are the President (Yeltsin; Putin from 2000-01-01, the first day "
        "of his acting presidency after Yeltsin's resignation on 1999-12-31); the rest is public record.")
P("boris-yeltsin", "Boris Yeltsin", ["Yeltsin", "Boris N. Yeltsin", "Boris Nikolayevich Yeltsin"],
  [T("russia-president", "1991-07-10", Arch("RUS", "Yeltsin", "1991-08-21").end, arch=Arch("RUS", "Yeltsin", "1991-08-21"))],
  src=RU_PR, note="President of the RSFSR from 1991-07-10; Archigos's spell starts on 1991-08-21.")
P("vladimir-putin", "Vladimir Putin", ["Putin", "Vladimir V. Putin", "Vladimir Vladimirovich Putin"],
  [T("russia-prime-minister", "1999-08-09", "2000-05-07"),
   T("russia-president", "1999-12-31", "2008-05-07", arch=Arch("RUS", "Putin", "2000-01-01")),
   T("russia-prime-minister", "2008-05-08", "2012-05-07"), T("russia-president", "2012-05-07", OPEN)],
  src=[RU_PR, RU_PM],
  note="The presidency from 1999-12-31 includes the acting presidency (Archigos: from 2000-01-01).")
P("dmitry-medvedev", "Dmitry Medvedev", ["Medvedev", "Dmitri Medvedev", "Dmitry A. Medvedev"],
  [T("russia-president", "2008-05-07", "2012-05-07"), T("russia-prime-minister", "2012-05-08", "2020-01-16")],
  born="1965-09-14", src=[RU_PR, RU_PM])
P("viktor-chernomyrdin", "Viktor Chernomyrdin", ["Chernomyrdin"],
  [T("russia-prime-minister", "1992-12-14", "1998-03-23"), T("russia-prime-minister", "1998-08-23", "1998-09-11")],
  born="1938-04-09", died="2010-11-03", src=RU_PM, note="The second term was acting.")
P("sergei-kiriyenko", "Sergei Kiriyenko", ["Kiriyenko", "Sergey Kiriyenko"], [T("russia-prime-minister", "1998-03-23", "1998-08-23")],
  src=RU_PM)
P("yevgeny-primakov", "Yevgeny Primakov", ["Primakov", "Yevgeni Primakov", "Yevgeniy Primakov"],
  [T("russia-foreign-minister", "1996-01-09", "1998-09-11"), T("russia-prime-minister", "1998-09-11", "1999-05-12")],
  born="1929-10-29", died="2015-06-26", src=[RU_PM, RU_FM])
P("sergei-stepashin", "Sergei Stepashin", ["Stepashin", "Sergey Stepashin"], [T("russia-prime-minister", "1999-05-12", "1999-08-09")],
  src=RU_PM)
P("mikhail-kasyanov", "Mikhail Kasyanov", ["Kasyanov"], [T("russia-prime-minister", "2000-05-07", "2004-02-24")], src=RU_PM,
  note="Acting from 2000-05-07, confirmed 2000-05-17.")
P("mikhail-fradkov", "Mikhail Fradkov", ["Fradkov"], [T("russia-prime-minister", "2004-03-05", "2007-09-12")], src=RU_PM)
P("viktor-zubkov", "Viktor Zubkov", ["Zubkov"], [T("russia-prime-minister", "2007-09-14", "2008-05-07")], src=RU_PM)
P("mikhail-mishustin", "Mikhail Mishustin", ["Mishustin"], [T("russia-prime-minister", "2020-01-16", OPEN)], src=RU_PM)
P("andrei-kozyrev", "Andrei Kozyrev", ["Kozyrev", "Andrey Kozyrev"], [T("russia-foreign-minister", "1990-10-11", "1996-01-05")],
  src=RU_FM)
P("igor-ivanov", "Igor Ivanov", ["Igor S. Ivanov"], [T("russia-foreign-minister", "1998-09-11", "2004-03-09")], src=RU_FM)
P("sergey-lavrov", "Sergey Lavrov", ["Sergei Lavrov", "Sergei V. Lavrov", "Lavrov"], [T("russia-foreign-minister", "2004-03-09", OPEN)],
  born="1950-03-21", src=RU_FM)

UA_PR = WP + "President of Ukraine"
UA_PM = WP + "List of prime ministers of Ukraine"
UA_FM = WP + "Ministry of Foreign Affairs (Ukraine)"
SECTION("Ukraine",
        "Presidents before Poroshenko hold `ukraine-president` of rules/us-executive.yaml (which lists Poroshenko "
        "and Zelenskyy). Archigos's UKR spells are the President; Kravchuk's starts on 1990-07-18 as chairman of "
        "the Verkhovna Rada, his presidency on 1991-12-05 (public record). Acting presidents are left out.")
P("leonid-kravchuk", "Leonid Kravchuk", ["Kravchuk"], [T("ukraine-president", "1991-12-05", Arch("UKR", "Kravchuk", "1990-07-18").end, arch=Arch("UKR", "Kravchuk", "1990-07-18"))],
  died="2022-05-10", src=[UA_PR, WP + "Leonid Kravchuk"])
P("leonid-kuchma", "Leonid Kuchma", ["Kuchma"],
  [T("ukraine-prime-minister", "1992-10-13", "1993-09"), T("ukraine-president", Arch("UKR", "Kuchma", "1994-07-19"))], src=UA_PM)
P("viktor-yushchenko", "Viktor Yushchenko", ["Yushchenko", "Viktor Yuschenko"],
  [T("ukraine-prime-minister", "1999-12-22", "2001-05-29"), T("ukraine-president", Arch("UKR", "Yushchenko", "2005-01-23"))],
  src=UA_PM)
P("viktor-yanukovych", "Viktor Yanukovych", ["Yanukovych", "Viktor Yanukovich", "Yanukovich"],
  [T("ukraine-prime-minister", "2002-11-21", "2005-01"), T("ukraine-prime-minister", "2006-08-04", "2007-12-18"),
   T("ukraine-president", Arch("UKR", "Yanukovych", "2010-02-25"))], born="1950-07-09", src=[UA_PM, WP + "Viktor Yanukovych"])
P("pavlo-lazarenko", "Pavlo Lazarenko", ["Lazarenko"], [T("ukraine-prime-minister", "1996-05", "1997-07")], src=UA_PM)
P("valeriy-pustovoitenko", "Valeriy Pustovoitenko", ["Pustovoitenko", "Valery Pustovoitenko"],
  [T("ukraine-prime-minister", "1997-07", "1999-12-22")], src=UA_PM)
P("anatoliy-kinakh", "Anatoliy Kinakh", ["Kinakh", "Anatoly Kinakh"], [T("ukraine-prime-minister", "2001-05-29", "2002-11-21")],
  src=UA_PM)
P("yulia-tymoshenko", "Yulia Tymoshenko", ["Tymoshenko", "Yulia Timoshenko", "Timoshenko"],
  [T("ukraine-prime-minister", "2005-01-24", "2005-09-08"), T("ukraine-prime-minister", "2007-12-18", "2010-03")], src=UA_PM)
P("yuriy-yekhanurov", "Yuriy Yekhanurov", ["Yekhanurov", "Yuri Yekhanurov"], [T("ukraine-prime-minister", "2005-09", "2006-08-04")],
  src=UA_PM)
P("mykola-azarov", "Mykola Azarov", ["Azarov", "Nikolai Azarov"], [T("ukraine-prime-minister", "2010-03-11", "2014-01-28")],
  src=UA_PM)
P("arseniy-yatsenyuk", "Arseniy Yatsenyuk", ["Yatsenyuk", "Arseny Yatsenyuk"],
  [T("ukraine-foreign-minister", "2007-03", "2007-12"), T("ukraine-prime-minister", "2014-02-27", "2016-04-14")],
  src=[UA_PM, UA_FM])
P("volodymyr-groysman", "Volodymyr Groysman", ["Groysman", "Volodymyr Hroisman", "Hroisman"],
  [T("ukraine-prime-minister", "2016-04-14", "2019-08-29")], src=UA_PM)
P("oleksiy-honcharuk", "Oleksiy Honcharuk", ["Honcharuk", "Oleksii Honcharuk"], [T("ukraine-prime-minister", "2019-08-29", "2020-03-04")],
  src=UA_PM)
P("denys-shmyhal", "Denys Shmyhal", ["Shmyhal"], [T("ukraine-prime-minister", "2020-03-04", "2025-07-17")], src=UA_PM)
P("yulia-svyrydenko", "Yulia Svyrydenko", ["Svyrydenko"], [T("ukraine-prime-minister", "2025-07-17", OPEN)], src=UA_PM)
P("anatoliy-zlenko", "Anatoliy Zlenko", ["Zlenko", "Anatoly Zlenko"],
  [T("ukraine-foreign-minister", "1990-07", "1994-08"), T("ukraine-foreign-minister", "2000-10", "2003-09")], src=UA_FM)
P("hennadiy-udovenko", "Hennadiy Udovenko", ["Udovenko", "Gennadiy Udovenko"], [T("ukraine-foreign-minister", "1994-09", "1998-04")],
  src=UA_FM)
P("borys-tarasyuk", "Borys Tarasyuk", ["Tarasyuk"],
  [T("ukraine-foreign-minister", "1998-04", "2000-09"), T("ukraine-foreign-minister", "2005-02", "2007-01")], src=UA_FM)
P("kostyantyn-hryshchenko", "Kostyantyn Hryshchenko", ["Hryshchenko", "Konstantin Grishchenko"],
  [T("ukraine-foreign-minister", "2003-09", "2005-02"), T("ukraine-foreign-minister", "2010-03-11", "2012-12")], src=UA_FM)
P("volodymyr-ohryzko", "Volodymyr Ohryzko", ["Ohryzko"], [T("ukraine-foreign-minister", "2007-12", "2009-03")], src=UA_FM)
P("leonid-kozhara", "Leonid Kozhara", ["Kozhara"], [T("ukraine-foreign-minister", "2012-12", "2014-02")], src=UA_FM)
P("pavlo-klimkin", "Pavlo Klimkin", ["Klimkin"], [T("ukraine-foreign-minister", "2014-06-19", "2019-08-29")], src=UA_FM)
P("vadym-prystaiko", "Vadym Prystaiko", ["Prystaiko"], [T("ukraine-foreign-minister", "2019-08-29", "2020-07")], src=UA_FM)
P("dmytro-kuleba", "Dmytro Kuleba", ["Kuleba"], [T("ukraine-foreign-minister", "2020-07", "2024-09-05")], src=UA_FM)
P("andrii-sybiha", "Andrii Sybiha", ["Andriy Sybiha", "Sybiha"], [T("ukraine-foreign-minister", "2024-09-05", OPEN)], src=UA_FM)

IL_PM = WP + "List of prime ministers of Israel"
IL_PR = WP + "President of Israel"
IL_FM = WP + "Ministry of Foreign Affairs (Israel)"
SECTION("Israel", "Prime ministers: Archigos (ISR spells are the head of government) to 2015, public record since.")
P("menachem-begin", "Menachem Begin", ["Begin"], [T("israel-prime-minister", Arch("ISR", "Begin", "1977-06-21"))],
  died="1992-03-09", src=WP + "Menachem Begin")
P("yitzhak-shamir", "Yitzhak Shamir", ["Shamir"],
  [T("israel-foreign-minister", "1980-03", "1986-10-20"), T("israel-prime-minister", Arch("ISR", "Shamir", "1983-10-10")),
   T("israel-prime-minister", Arch("ISR", "Shamir", "1986-10-20"))], born="1915", died="2012-06-30",
  src=[IL_FM, WP + "Yitzhak Shamir"], note="Archigos gives 1914-11-03 as the birth date; public record 1915.")
P("shimon-peres", "Shimon Peres", ["Peres"],
  [T("israel-prime-minister", Arch("ISR", "Peres", "1984-09-14")), T("israel-foreign-minister", "1986-10-20", "1988-12-22"),
   T("israel-foreign-minister", "1992-07-13", "1995-11-22"), T("israel-prime-minister", Arch("ISR", "Peres", "1995-11-04")),
   T("israel-foreign-minister", "2001-03-07", "2002-11-02"), T("israel-president", "2007-07-15", "2014-07-24")],
  born="1923-08", died="2016-09-28", src=[IL_FM, IL_PR, WP + "Shimon Peres"])
P("yitzhak-rabin", "Yitzhak Rabin", ["Rabin"],
  [T("israel-prime-minister", "1974-06-03", "1977-06-20"), T("israel-prime-minister", Arch("ISR", "Rabin", "1992-07-12"))],
  src=IL_PM)
P("benjamin-netanyahu", "Benjamin Netanyahu", ["Netanyahu", "Binyamin Netanyahu", "Bibi Netanyahu"],
  [T("israel-prime-minister", Arch("ISR", "Netanyahu", "1996-06-18")),
   T("israel-prime-minister", Arch("ISR", "Netanyahu", "2009-03-31"), "2021-06-13"),
   T("israel-prime-minister", "2022-12-29", OPEN)], born="1949-10-21", src=IL_PM,
  note="His spells as (often acting) foreign minister are not listed.")
P("ehud-barak", "Ehud Barak", ["Barak"],
  [T("israel-foreign-minister", "1995-11-22", "1996-06-18"), T("israel-prime-minister", Arch("ISR", "Barak", "1999-07-06"))],
  src=IL_FM)
P("ariel-sharon", "Ariel Sharon", ["Sharon"],
  [T("israel-foreign-minister", "1998-10", "1999-07-06"), T("israel-prime-minister", Arch("ISR", "Ariel Sharon", "2001-03-08"))],
  born="1928-02-26", died="2014-01-11", src=[IL_FM, WP + "Ariel Sharon"],
  note="Archigos ends the spell at his stroke on 2006-01-04; formally prime minister until 2006-04-14.")
P("ehud-olmert", "Ehud Olmert", ["Olmert"], [T("israel-prime-minister", Arch("ISR", "Olmert", "2006-01-04"))],
  born="1945-09-30", src=WP + "Ehud Olmert", note="Archigos gives Sharon's birth date; acting from 2006-01-04.")
P("naftali-bennett", "Naftali Bennett", ["Bennett"], [T("israel-prime-minister", "2021-06-13", "2022-06-30")],
  born="1972-03-25", src=IL_PM)
P("yair-lapid", "Yair Lapid", ["Lapid"],
  [T("israel-foreign-minister", "2021-06-13", "2022-12-29"), T("israel-prime-minister", "2022-07-01", "2022-12-29")],
  born="1963-11-05", src=[IL_PM, IL_FM])
P("yitzhak-navon", "Yitzhak Navon", ["Navon"], [T("israel-president", "1978-05", "1983-05-05")], died="2015-11-06", src=IL_PR)
P("chaim-herzog", "Chaim Herzog", ["Herzog"], [T("israel-president", "1983-05-05", "1993-05-13")], born="1918-09-17",
  died="1997-04-17", src=IL_PR)
P("ezer-weizman", "Ezer Weizman", ["Weizman"], [T("israel-president", "1993-05-13", "2000-07-13")], died="2005-04-24",
  src=IL_PR)
P("moshe-katsav", "Moshe Katsav", ["Katsav", "Moshe Katzav", "Katzav"], [T("israel-president", "2000-08-01", "2007-07-01")],
  src=IL_PR)
P("reuven-rivlin", "Reuven Rivlin", ["Rivlin", "Ruvi Rivlin"], [T("israel-president", "2014-07-24", "2021-07-07")], src=IL_PR)
P("isaac-herzog", "Isaac Herzog", ["Herzog", "Yitzhak Herzog"], [T("israel-president", "2021-07-07", OPEN)], src=IL_PR)
P("moshe-arens", "Moshe Arens", ["Arens"], [T("israel-foreign-minister", "1988-12-22", "1990-06-11")], died="2019-01-07",
  src=IL_FM)
P("david-levy", "David Levy", ["Levy"],
  [T("israel-foreign-minister", "1990-06-11", "1992-07-13"), T("israel-foreign-minister", "1996-06-18", "1998-01"),
   T("israel-foreign-minister", "1999-07-06", "2000-08")], src=IL_FM)
P("silvan-shalom", "Silvan Shalom", ["Shalom"], [T("israel-foreign-minister", "2003-02-28", "2006-01")], src=IL_FM)
P("tzipi-livni", "Tzipi Livni", ["Livni"], [T("israel-foreign-minister", "2006-01", "2009-03-31")], src=IL_FM)
P("avigdor-lieberman", "Avigdor Lieberman", ["Lieberman", "Avigdor Liberman", "Liberman"],
  [T("israel-foreign-minister", "2009-03-31", "2012-12-18"), T("israel-foreign-minister", "2013-11-11", "2015-05-14")], src=IL_FM)
P("israel-katz", "Israel Katz", ["Yisrael Katz", "Katz"],
  [T("israel-foreign-minister", "2019-02-17", "2020-05-17"), T("israel-foreign-minister", "2024-01-01", "2024-11")],
  src=[IL_FM, "Israel National News, 2024-11-08 (Knesset approval of the November 2024 reshuffle)"])
P("gabi-ashkenazi", "Gabi Ashkenazi", ["Ashkenazi", "Gabriel Ashkenazi"], [T("israel-foreign-minister", "2020-05-17", "2021-06-13")],
  src=IL_FM)
P("eli-cohen", "Eli Cohen", [], [T("israel-foreign-minister", "2022-12-29", "2024-01-01")], src=IL_FM)
P("gideon-saar", "Gideon Sa'ar", ["Gideon Saar", "Gideon Sa’ar", "Sa'ar", "Sa’ar", "Saar"],
  [T("israel-foreign-minister", "2024-11", OPEN)],
  src=[IL_FM, "Israel National News, 2024-11-08 (Knesset approval of the November 2024 reshuffle)"])

IR_SL = WP + "Supreme Leader of Iran"
IR_PR = WP + "President of Iran"
IR_PM = WP + "Prime Minister of Iran"
IR_FM = WP + "Minister of Foreign Affairs (Iran)"
SECTION("Iran",
        "Archigos's IRN spells are Khomeini (from 1979-02-01) and Khamenei as Supreme Leader to 1989-08-03, then "
        "the Presidents (Rafsanjani from 1989-08-17 to Rouhani). They give the Supreme Leader's dates to 1989 and "
        "the Presidents' from 1989; the Supreme Leader since 1989, the earlier Presidents, the prime ministers "
        "and the foreign ministers are public record.")
P("ruhollah-khomeini", "Ruhollah Khomeini",
  ["Ayatollah Ruhollah Khomeini", "Ayatollah Khomeini", "Imam Khomeini", "Khomeini"],
  [T("iran-supreme-leader", Arch("IRN", "Ayatollah Khomeini", "1979-02-01"))])
P("ali-khamenei", "Ali Khamenei", ["Ayatollah Ali Khamenei", "Ayatollah Khamenei", "Ali Hosseini Khamenei", "Khamenei"],
  [T("iran-president", "1981-10-13", "1989-08-03"), T("iran-supreme-leader", Arch("IRN", "Khamenei", "1989-06-04"), OPEN)],
  born="1939", src=[IR_PR, IR_SL], note="Archigos gives 1939-07-15 as the birth date; sources disagree on the day.")
P("abolhassan-banisadr", "Abolhassan Banisadr", ["Abolhassan Bani-Sadr", "Bani-Sadr", "Banisadr", "Bani Sadr"],
  [T("iran-president", "1980-02-04", "1981-06-21")], died="2021-10-09", src=IR_PR)
P("mohammad-ali-rajai", "Mohammad-Ali Rajai", ["Mohammad Ali Rajai", "Rajai"],
  [T("iran-prime-minister", "1980-08", "1981-08-04"), T("iran-president", "1981-08-02", "1981-08-30")],
  died="1981-08-30", src=[IR_PR, IR_PM])
P("mohammad-javad-bahonar", "Mohammad-Javad Bahonar", ["Mohammad Javad Bahonar", "Bahonar"],
  [T("iran-prime-minister", "1981-08-04", "1981-08-30")], died="1981-08-30", src=IR_PM)
P("mir-hossein-mousavi", "Mir-Hossein Mousavi", ["Mir Hossein Mousavi", "Mir-Hossein Musavi", "Hossein Mousavi", "Mousavi"],
  [T("iran-prime-minister", "1981-10", "1989-08-03")], src=IR_PM)
P("akbar-hashemi-rafsanjani", "Akbar Hashemi Rafsanjani",
  ["Ali Akbar Hashemi Rafsanjani", "Hashemi Rafsanjani", "Rafsanjani", "Hojatoleslam Akbar Hashemi Rafsanjani",
   "Hojatoleslam Ali Akbar Hashemi Rafsanjani"],
  [T("iran-president", "1989-08", Arch("IRN", "Rafsanjani", "1989-08-17").end, arch=Arch("IRN", "Rafsanjani", "1989-08-17"))],
  born="1934-08-25", died="2017-01-08", src=[IR_PR, WP + "Akbar Hashemi Rafsanjani"],
  note="Archigos starts the spell on 1989-08-17; he took office in August 1989 when Khamenei's presidency ended on "
       "1989-08-03, so the start is given as the month. Archigos's birth date (1943-09-29) is not his.")
P("mohammad-khatami", "Mohammad Khatami", ["Khatami"], [T("iran-president", Arch("IRN", "Khatami", "1997-08-03"))],
  born="1943", src=WP + "Mohammad Khatami", note="Archigos's birth date (1946-02-02) disagrees with public record (1943).")
P("mahmoud-ahmadinejad", "Mahmoud Ahmadinejad", ["Ahmadinejad"], [T("iran-president", Arch("IRN", "Ahmadinejad", "2005-08-03"))])
P("hassan-rouhani", "Hassan Rouhani", ["Rouhani", "Hassan Rohani", "Rohani"],
  [T("iran-president", Arch("IRN", "Rouhani", "2013-08-03"), "2021-08-03")], src=IR_PR)
P("ebrahim-raisi", "Ebrahim Raisi", ["Raisi", "Ebrahim Raeisi"], [T("iran-president", "2021-08-03", "2024-05-19")],
  born="1960-12-14", died="2024-05-19", src=IR_PR)
P("masoud-pezeshkian", "Masoud Pezeshkian", ["Pezeshkian"], [T("iran-president", "2024-07-28", OPEN)], src=IR_PR)
P("ali-akbar-velayati", "Ali Akbar Velayati", ["Velayati"], [T("iran-foreign-minister", "1981-12", "1997-08-20")], src=IR_FM)
P("kamal-kharazi", "Kamal Kharazi", ["Kharazi"], [T("iran-foreign-minister", "1997-08-20", "2005-08-24")], src=IR_FM)
P("manouchehr-mottaki", "Manouchehr Mottaki", ["Mottaki"], [T("iran-foreign-minister", "2005-08-24", "2010-12-13")], src=IR_FM)
P("ali-akbar-salehi", "Ali Akbar Salehi", ["Salehi"], [T("iran-foreign-minister", "2010-12-13", "2013-08-15")], src=IR_FM)
P("mohammad-javad-zarif", "Mohammad Javad Zarif", ["Javad Zarif", "Zarif"], [T("iran-foreign-minister", "2013-08-15", "2021-08-25")],
  src=IR_FM)
P("hossein-amir-abdollahian", "Hossein Amir-Abdollahian", ["Hossein Amirabdollahian", "Amir-Abdollahian", "Amirabdollahian"],
  [T("iran-foreign-minister", "2021-08-25", "2024-05-19")], died="2024-05-19", src=IR_FM)
P("abbas-araghchi", "Abbas Araghchi", ["Abbas Araqchi", "Araghchi", "Araqchi"], [T("iran-foreign-minister", "2024-08-21", OPEN)],
  src=IR_FM)

SA_K = WP + "King of Saudi Arabia"
SECTION("Saudi Arabia",
        "Archigos's SAU spells are the effective ruler: Khalid to his death, Fahd to his stroke (Archigos: "
        "1996-01-01), then Abdullah as regent and king. The kings' terms below are the formal reigns (Fahd to his "
        "death on 2005-08-01, Abdullah from then).")
P("khalid-bin-abdulaziz", "Khalid bin Abdulaziz", ["Khalid", "Khaled", "Khalid bin Abdulaziz Al Saud", "Khaled bin Abdul Aziz"],
  [T("saudi-king", Arch("SAU", "Khalid", "1975-03-25"))])
P("fahd-bin-abdulaziz", "Fahd bin Abdulaziz", ["Fahd", "Fahd bin Abdulaziz Al Saud", "Fahd bin Abdul Aziz"],
  [T("saudi-king", Arch("SAU", "Fahd", "1982-06-13"), "2005-08-01")], src=SA_K)
P("abdullah-bin-abdulaziz", "Abdullah bin Abdulaziz", ["Abdullah bin Abdulaziz Al Saud", "Abdullah bin Abdul Aziz"],
  [T("saudi-king", "2005-08-01", Arch("SAU", "Abdullah ibn Abdilaziz", "1996-01-01").end,
     arch=Arch("SAU", "Abdullah ibn Abdilaziz", "1996-01-01"))], died="2015-01-23", src=SA_K,
  note="No bare \"Abdullah\": \"King Abdullah\" is as often Jordan's.")
P("salman-bin-abdulaziz", "Salman bin Abdulaziz", ["Salman", "Salman bin Abdulaziz Al Saud", "Salman bin Abdul Aziz"],
  [T("saudi-king", Arch("SAU", "Salman bin Abdulaziz Al Saud", "2015-01-23"), OPEN)], born="1935-12-31", died=None,
  src=[SA_K, WP + "Salman of Saudi Arabia"],
  note="Archigos's birth date (1924-08-01, Abdullah's) and exit (\"Natural Death\") for this censored spell are errors.")
P("mohammed-bin-salman", "Mohammed bin Salman", ["Mohammad bin Salman", "Muhammad bin Salman", "Mohammed bin Salman Al Saud"],
  [T("saudi-prime-minister", "2022-09-27", OPEN)], born="1985-08-31", src=WP + "Mohammed bin Salman")

TR_PR = WP + "President of Turkey"
TR_PM = WP + "List of prime ministers of Turkey"
TR_FM = WP + "List of ministers of foreign affairs of Turkey"
SECTION("Turkey",
        "Archigos's TUR spells are the prime minister, except Evren (1980-09-20..1983-11-23, head of the junta, "
        "then President) and Erdogan (one spell from 2003, Prime Minister then from 2014-08-28 President).")
P("fahri-koruturk", "Fahri Korutürk", ["Fahri Koruturk", "Korutürk", "Koruturk"], [T("turkey-president", "1973-04-06", "1980-04-06")],
  died="1987-10-12", src=TR_PR)
P("kenan-evren", "Kenan Evren", ["Evren"],
  [T("turkey-president", "1980-09-12", "1989-11-09", arch=Arch("TUR", "Evren", "1980-09-20"))], born="1917-07-17", src=TR_PR,
  note="Head of state from the coup of 1980-09-12 (Archigos: from 1980-09-20), President from 1982-11-09.")
P("bulent-ulusu", "Bülend Ulusu", ["Bulend Ulusu", "Ulusu"], [T("turkey-prime-minister", "1980-09-21", "1983-12-13")],
  died="2015-01-23", src=TR_PM)
P("turgut-ozal", "Turgut Özal", ["Turgut Ozal", "Özal", "Ozal"],
  [T("turkey-prime-minister", Arch("TUR", "Ozal", "1983-12-13")), T("turkey-president", "1989-11-09", "1993-04-17")],
  src=TR_PR)
P("suleyman-demirel", "Süleyman Demirel", ["Suleyman Demirel", "Demirel"],
  [T("turkey-prime-minister", Arch("TUR", "Demirel", "1979-11-12"), "1980-09-12",
     note="Archigos ends the spell on 1980-09-20; the coup removed him on 1980-09-12"),
   T("turkey-prime-minister", Arch("TUR", "Demirel", "1991-11-20")), T("turkey-president", "1993-05-16", "2000-05-16")],
  born="1924", died="2015-06-17", src=[TR_PR, WP + "Süleyman Demirel"],
  note="Archigos's birth date (1924-10-06) disagrees with public record (1924-11-01): the year only.")
P("yildirim-akbulut", "Yıldırım Akbulut", ["Yildirim Akbulut", "Akbulut"], [T("turkey-prime-minister", Arch("TUR", "Akbulut", "1989-11-09"))],
  died="2021-04-14", src=WP + "Yıldırım Akbulut")
P("mesut-yilmaz", "Mesut Yılmaz", ["Mesut Yilmaz", "Yılmaz", "Yilmaz"],
  [T("turkey-foreign-minister", "1987-12", "1990-02"),
   T("turkey-prime-minister", Arch("TUR", "Yilmaz", "1991-06-24")), T("turkey-prime-minister", Arch("TUR", "Yilmaz", "1996-03-06")),
   T("turkey-prime-minister", Arch("TUR", "Yilmaz", "1997-06-30"))], died="2020-10-30", src=[TR_FM, WP + "Mesut Yılmaz"])
P("tansu-ciller", "Tansu Çiller", ["Tansu Ciller", "Çiller", "Ciller"],
  [T("turkey-prime-minister", Arch("TUR", "Ciller", "1993-06-25")), T("turkey-foreign-minister", "1996-06-28", "1997-06-30")],
  src=TR_FM)
P("necmettin-erbakan", "Necmettin Erbakan", ["Erbakan"], [T("turkey-prime-minister", Arch("TUR", "Erbakan", "1996-06-28"))],
  died="2011-02-27", src=WP + "Necmettin Erbakan")
P("bulent-ecevit", "Bülent Ecevit", ["Bulent Ecevit", "Ecevit"],
  [T("turkey-prime-minister", Arch("TUR", "Ecevit", "1978-01-01")), T("turkey-prime-minister", Arch("TUR", "Ecevit", "1999-01-11"))])
P("ahmet-necdet-sezer", "Ahmet Necdet Sezer", ["Necdet Sezer", "Sezer"], [T("turkey-president", "2000-05-16", "2007-08-28")],
  src=TR_PR)
P("abdullah-gul", "Abdullah Gül", ["Abdullah Gul", "Gül", "Gul"],
  [T("turkey-prime-minister", Arch("TUR", "Abdullah Gul", "2002-11-19")), T("turkey-foreign-minister", "2003-03-14", "2007-08-28"),
   T("turkey-president", "2007-08-28", "2014-08-28")], born="1950-10-29", src=[TR_PR, TR_FM])
P("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", ["Recep Tayyip Erdogan", "Tayyip Erdogan", "Tayyip Erdoğan", "Erdoğan", "Erdogan"],
  [T("turkey-prime-minister", Arch("TUR", "Erdogan", "2003-03-14"), "2014-08-28"), T("turkey-president", "2014-08-28", OPEN)],
  src=[TR_PM, TR_PR])
P("ahmet-davutoglu", "Ahmet Davutoğlu", ["Ahmet Davutoglu", "Davutoğlu", "Davutoglu"],
  [T("turkey-foreign-minister", "2009-05-01", "2014-08-29"), T("turkey-prime-minister", "2014-08-28", "2016-05-24")],
  src=[TR_PM, TR_FM])
P("binali-yildirim", "Binali Yıldırım", ["Binali Yildirim", "Yıldırım", "Yildirim"],
  [T("turkey-prime-minister", "2016-05-24", "2018-07-09")], src=TR_PM)
P("ilter-turkmen", "İlter Türkmen", ["Ilter Turkmen", "Türkmen", "Turkmen"], [T("turkey-foreign-minister", "1980-09-21", "1983-12-13")],
  src=TR_FM)
P("vahit-halefoglu", "Vahit Halefoğlu", ["Vahit Halefoglu", "Halefoğlu", "Halefoglu"],
  [T("turkey-foreign-minister", "1983-12-13", "1987-12")], died="2017", src=TR_FM)
P("ismail-cem", "İsmail Cem", ["Ismail Cem"], [T("turkey-foreign-minister", "1997-06-30", "2002-07")], died="2007-01-24",
  src=TR_FM)
P("ali-babacan", "Ali Babacan", ["Babacan"], [T("turkey-foreign-minister", "2007-08-29", "2009-05-01")], src=TR_FM)
P("mevlut-cavusoglu", "Mevlüt Çavuşoğlu", ["Mevlut Cavusoglu", "Çavuşoğlu", "Cavusoglu"],
  [T("turkey-foreign-minister", "2014-08-29", "2015-08-28"), T("turkey-foreign-minister", "2015-11-24", "2023-06-04")], src=TR_FM)
P("feridun-sinirlioglu", "Feridun Sinirlioğlu", ["Feridun Sinirlioglu", "Sinirlioğlu", "Sinirlioglu"],
  [T("turkey-foreign-minister", "2015-08-28", "2015-11-24")], src=TR_FM)
P("hakan-fidan", "Hakan Fidan", ["Fidan"], [T("turkey-foreign-minister", "2023-06-04", OPEN)], src=TR_FM)

KR_PR = WP + "President of South Korea"
KR_FM = WP + "Minister of Foreign Affairs (South Korea)"
SECTION("South Korea",
        "Presidents: Archigos (ROK spells are the President) to 2015, public record since. Korean names: the "
        "family name alone is given only where no other head of state or minister shares it (no bare Kim, Lee "
        "or Park).")
P("choi-kyu-hah", "Choi Kyu-hah", ["Choi Kyu-ha", "Choi Kyu Hah", "Choi Kyu Ha"],
  [T("south-korea-president", Arch("ROK", "Choi Kuy Hay", "1979-10-26"))], died="2006-10-22", src=KR_PR,
  note="Acting president from 1979-10-26, president from 1979-12-06.")
P("chun-doo-hwan", "Chun Doo-hwan", ["Chun Doo Hwan", "Chun Doo-Hwan", "Chun"],
  [T("south-korea-president", Arch("ROK", "Chun Doo Hwan", "1980-08-27"))], died="2021-11-23", src=WP + "Chun Doo-hwan")
P("roh-tae-woo", "Roh Tae-woo", ["Roh Tae Woo", "Roh Tae-Woo", "Roh"],
  [T("south-korea-president", Arch("ROK", "Roh Tae Woo", "1988-02-25"))], died="2021-10-26", src=WP + "Roh Tae-woo")
P("kim-young-sam", "Kim Young-sam", ["Kim Young Sam", "Kim Young-Sam", "Kim Yong-sam"],
  [T("south-korea-president", Arch("ROK", "Kim Young Sam", "1993-02-25"))], died="2015-11-22", src=WP + "Kim Young-sam")
P("kim-dae-jung", "Kim Dae-jung", ["Kim Dae Jung", "Kim Dae-Jung"],
  [T("south-korea-president", Arch("ROK", "Kim Dae Jung", "1998-02-25"))], born="1924-01-06", died="2009-08-18",
  src=WP + "Kim Dae-jung", note="Archigos gives 1925-12-03 as the birth date.")
P("roh-moo-hyun", "Roh Moo-hyun", ["Roh Moo Hyun", "Roh Moo-Hyun", "Roh"],
  [T("south-korea-president", Arch("ROK", "Roh Moo Hyun", "2003-02-25"))], died="2009-05-23", src=WP + "Roh Moo-hyun",
  note="Archigos gives 2009-04-23 as the death date.")
P("lee-myung-bak", "Lee Myung-bak", ["Lee Myung Bak", "Lee Myung-Bak"],
  [T("south-korea-president", Arch("ROK", "Lee Myung Bak", "2008-02-25"))])
P("park-geun-hye", "Park Geun-hye", ["Park Geun Hye", "Park Geun-Hye"],
  [T("south-korea-president", Arch("ROK", "Park Geun-hye", "2013-02-25"), "2017-03-10")], born="1952-02-02",
  src=[KR_PR, WP + "Park Geun-hye"], note="Suspended from 2016-12-09, removed from office on 2017-03-10.")
P("moon-jae-in", "Moon Jae-in", ["Moon Jae In", "Moon Jae-In", "Moon"], [T("south-korea-president", "2017-05-10", "2022-05-10")],
  born="1953-01-24", src=KR_PR)
P("yoon-suk-yeol", "Yoon Suk Yeol", ["Yoon Suk-yeol", "Yoon Seok-youl", "Yoon"], [T("south-korea-president", "2022-05-10", "2025-04-04")],
  born="1960-12-18", src=KR_PR, note="Suspended from 2024-12-14, removed from office on 2025-04-04.")
P("lee-jae-myung", "Lee Jae-myung", ["Lee Jae Myung", "Lee Jae-Myung"], [T("south-korea-president", "2025-06-04", OPEN)], src=KR_PR)
P("ban-ki-moon", "Ban Ki-moon", ["Ban Ki Moon", "Ban"], [T("south-korea-foreign-minister", "2004-01", "2006-11")], src=KR_FM)
P("song-min-soon", "Song Min-soon", ["Song Min Soon"], [T("south-korea-foreign-minister", "2006-12", "2008-02")], src=KR_FM)
P("yu-myung-hwan", "Yu Myung-hwan", ["Yu Myung Hwan"], [T("south-korea-foreign-minister", "2008-02", "2010-09")], src=KR_FM)
P("kim-sung-hwan", "Kim Sung-hwan", ["Kim Sung Hwan"], [T("south-korea-foreign-minister", "2010-10", "2013-03")], src=KR_FM)
P("yun-byung-se", "Yun Byung-se", ["Yun Byung Se"], [T("south-korea-foreign-minister", "2013-03", "2017-06")], src=KR_FM)
P("kang-kyung-wha", "Kang Kyung-wha", ["Kang Kyung Wha"], [T("south-korea-foreign-minister", "2017-06", "2021-02")], src=KR_FM)
P("chung-eui-yong", "Chung Eui-yong", ["Chung Eui Yong"], [T("south-korea-foreign-minister", "2021-02", "2022-05")], src=KR_FM)
P("park-jin", "Park Jin", [], [T("south-korea-foreign-minister", "2022-05", "2024-01")], src=KR_FM)
P("cho-tae-yul", "Cho Tae-yul", ["Cho Tae Yul"], [T("south-korea-foreign-minister", "2024-01", "2025")], src=KR_FM,
  note="He left office after the June 2025 change of president; only the year is given.")
P("cho-hyun", "Cho Hyun", [], [T("south-korea-foreign-minister", "2025-07-21", OPEN)],
  src=[KR_FM, "Korea JoongAng Daily, 2025-07-21 (took office)"])

ID_PR = WP + "President of Indonesia"
ID_FM = WP + "Minister of Foreign Affairs (Indonesia)"
SECTION("Indonesia", "Presidents: Archigos (INS spells are the President) to 2015, public record since.")
P("suharto", "Suharto", ["Soeharto"],
  [T("indonesia-president", "1967-03-12", Arch("INS", "Suharto", "1966-03-12").end, arch=Arch("INS", "Suharto", "1966-03-12"))],
  born="1921-06-08", died="2008-01-27", src=[ID_PR, WP + "Suharto"],
  note="Archigos starts the spell at the 1966-03-11 order that gave him power; acting President from 1967-03-12. "
       "Archigos's birth date (1921-02-20) disagrees with public record.")
P("bj-habibie", "B. J. Habibie", ["B.J. Habibie", "Bacharuddin Jusuf Habibie", "Habibie"],
  [T("indonesia-president", Arch("INS", "Habibie", "1998-05-21"))], died="2019-09-11", src=WP + "B. J. Habibie")
P("abdurrahman-wahid", "Abdurrahman Wahid", ["Wahid", "Gus Dur"], [T("indonesia-president", Arch("INS", "Wahid", "1999-10-20"))],
  died="2009-12-30", src=WP + "Abdurrahman Wahid")
P("megawati-sukarnoputri", "Megawati Sukarnoputri", ["Megawati", "Sukarnoputri", "Megawati Soekarnoputri"],
  [T("indonesia-president", Arch("INS", "Megawati Sukarnoputri", "2001-07-24"))], born="1947-01-23", src=WP + "Megawati Sukarnoputri")
P("susilo-bambang-yudhoyono", "Susilo Bambang Yudhoyono", ["Bambang Yudhoyono", "Yudhoyono"],
  [T("indonesia-president", Arch("INS", "Bambang Yudhoyono", "2004-10-20"))])
P("joko-widodo", "Joko Widodo", ["Widodo", "Jokowi"], [T("indonesia-president", Arch("INS", "Joko Widodo", "2014-10-20"), "2024-10-20")],
  src=ID_PR)
P("prabowo-subianto", "Prabowo Subianto", ["Prabowo", "Subianto"], [T("indonesia-president", "2024-10-20", OPEN)],
  born="1951-10-17", src=ID_PR)
P("mochtar-kusumaatmadja", "Mochtar Kusumaatmadja", ["Kusumaatmadja"], [T("indonesia-foreign-minister", "1978-03", "1988-03")],
  died="2021-06-06", src=ID_FM)
P("ali-alatas", "Ali Alatas", ["Alatas"], [T("indonesia-foreign-minister", "1988-03", "1999-10")], died="2008-12-11", src=ID_FM)
P("alwi-shihab", "Alwi Shihab", ["Shihab"], [T("indonesia-foreign-minister", "1999-10", "2001-08")], src=ID_FM)
P("hassan-wirajuda", "Hassan Wirajuda", ["Wirajuda", "Hassan Wirayuda"], [T("indonesia-foreign-minister", "2001-08", "2009-10")],
  src=ID_FM)
P("marty-natalegawa", "Marty Natalegawa", ["Natalegawa"], [T("indonesia-foreign-minister", "2009-10", "2014-10")], src=ID_FM)
P("retno-marsudi", "Retno Marsudi", ["Retno L.P. Marsudi", "Retno LP Marsudi", "Marsudi"],
  [T("indonesia-foreign-minister", "2014-10", "2024-10")], src=ID_FM)
P("sugiono", "Sugiono", [], [T("indonesia-foreign-minister", "2024-10", OPEN)], src=ID_FM)

BR_PR = WP + "List of presidents of Brazil"
BR_FM = WP + "Minister of Foreign Affairs (Brazil)"
SECTION("Brazil",
        "Presidents: Archigos (BRA spells are the President) to 2015, public record since. Sarney's term starts "
        "on 1985-03-15, when he was sworn in as acting president for the ill Tancredo Neves (Archigos: "
        "1985-03-21); Collor's ends at his suspension on 1992-10-02 as in Archigos (he resigned on 1992-12-29).")
P("joao-figueiredo", "João Figueiredo", ["Joao Figueiredo", "João Baptista Figueiredo", "Joao Baptista Figueiredo", "Figueiredo"],
  [T("brazil-president", Arch("BRA", "Figueiredo", "1979-03-15"), "1985-03-15")], src=BR_PR)
P("jose-sarney", "José Sarney", ["Jose Sarney", "Sarney"],
  [T("brazil-president", "1985-03-15", Arch("BRA", "Sarnay", "1985-03-21").end, arch=Arch("BRA", "Sarnay", "1985-03-21"))],
  born="1930-04", src=BR_PR, note="Archigos spells him \"Sarnay\".")
P("fernando-collor", "Fernando Collor", ["Fernando Collor de Mello", "Collor de Mello", "Collor"],
  [T("brazil-president", Arch("BRA", "Mello", "1990-03-15"))])
P("itamar-franco", "Itamar Franco", ["Itamar"], [T("brazil-president", Arch("BRA", "Franco, Itamar", "1992-10-02"))],
  died="2011-07-02", src=WP + "Itamar Franco", note="No bare \"Franco\": Paraguay's Federico Franco was president 2012-2013.")
P("fernando-henrique-cardoso", "Fernando Henrique Cardoso", ["Cardoso"],
  [T("brazil-foreign-minister", "1992-10", "1993-05"), T("brazil-president", Arch("BRA", "Cardoso", "1995-01-01"))], src=BR_FM)
P("lula", "Luiz Inácio Lula da Silva", ["Luiz Inacio Lula da Silva", "Lula da Silva", "Lula"],
  [T("brazil-president", Arch("BRA", "Lula da Silva", "2003-01-01")), T("brazil-president", "2023-01-01", OPEN)],
  born="1945-10-27", src=[BR_PR, WP + "Luiz Inácio Lula da Silva"])
P("dilma-rousseff", "Dilma Rousseff", ["Rousseff", "Dilma"],
  [T("brazil-president", Arch("BRA", "Rousseff", "2011-01-01"), "2016-08-31")], src=BR_PR,
  note="Suspended from 2016-05-12, removed from office on 2016-08-31.")
P("michel-temer", "Michel Temer", ["Temer"], [T("brazil-president", "2016-08-31", "2019-01-01")], born="1940-09-23", src=BR_PR,
  note="Acting president from 2016-05-12, not listed.")
P("jair-bolsonaro", "Jair Bolsonaro", ["Bolsonaro", "Jair Messias Bolsonaro"], [T("brazil-president", "2019-01-01", "2023-01-01")],
  born="1955-03-21", src=BR_PR)
P("ramiro-saraiva-guerreiro", "Ramiro Saraiva Guerreiro", ["Saraiva Guerreiro"],
  [T("brazil-foreign-minister", "1979-03-15", "1985-03-15")], died="2011", src=BR_FM)
P("olavo-setubal", "Olavo Setúbal", ["Olavo Setubal", "Setúbal", "Setubal"], [T("brazil-foreign-minister", "1985-03-15", "1986-02")],
  died="2008", src=BR_FM)
P("roberto-de-abreu-sodre", "Roberto de Abreu Sodré", ["Roberto de Abreu Sodre", "Abreu Sodré", "Abreu Sodre"],
  [T("brazil-foreign-minister", "1986-02", "1990-03-15")], died="1999", src=BR_FM)
P("francisco-rezek", "Francisco Rezek", ["Rezek"], [T("brazil-foreign-minister", "1990-03-15", "1992-04")], src=BR_FM)
P("celso-lafer", "Celso Lafer", ["Lafer"],
  [T("brazil-foreign-minister", "1992-04", "1992-10"), T("brazil-foreign-minister", "2001-01", "2003-01-01")], src=BR_FM)
P("celso-amorim", "Celso Amorim", ["Amorim"],
  [T("brazil-foreign-minister", "1993", "1995-01-01"), T("brazil-foreign-minister", "2003-01-01", "2011-01-01")], src=BR_FM)
P("luiz-felipe-lampreia", "Luiz Felipe Lampreia", ["Lampreia"], [T("brazil-foreign-minister", "1995-01-01", "2001-01")], died="2016", src=BR_FM)
P("antonio-patriota", "Antonio Patriota", ["Antônio Patriota", "Patriota"], [T("brazil-foreign-minister", "2011-01-01", "2013-08")],
  src=BR_FM)
P("luiz-alberto-figueiredo", "Luiz Alberto Figueiredo", [], [T("brazil-foreign-minister", "2013-08", "2015-01-01")], src=BR_FM)
P("mauro-vieira", "Mauro Vieira", ["Vieira"],
  [T("brazil-foreign-minister", "2015-01-01", "2016-05"), T("brazil-foreign-minister", "2023-01-01", OPEN)], src=BR_FM)
P("jose-serra", "José Serra", ["Jose Serra", "Serra"], [T("brazil-foreign-minister", "2016-05", "2017-02")], src=BR_FM)
P("aloysio-nunes", "Aloysio Nunes", ["Aloysio Nunes Ferreira", "Nunes"], [T("brazil-foreign-minister", "2017-03", "2019-01-01")],
  src=BR_FM)
P("ernesto-araujo", "Ernesto Araújo", ["Ernesto Araujo", "Araújo", "Araujo"], [T("brazil-foreign-minister", "2019-01-01", "2021-03")],
  src=BR_FM)
P("carlos-franca", "Carlos França", ["Carlos Franca"], [T("brazil-foreign-minister", "2021-04", "2023-01-01")], src=BR_FM)

AR_PR = WP + "List of heads of state of Argentina"
AR_FM = WP + "Ministry of Foreign Affairs, International Trade and Worship"
SECTION("Argentina",
        "Presidents: Archigos (ARG spells are the President, military juntas' presidents included) to 2015, "
        "public record since. The caretakers of 1981, 1982 and 2001 (Liendo, Saint-Jean, Puerta, Rodríguez Saá) "
        "are left out.")
P("jorge-videla", "Jorge Rafael Videla", ["Jorge Videla", "Videla"], [T("argentina-president", Arch("ARG", "Videla", "1976-03-29"))],
  died="2013-05-17", src=WP + "Jorge Rafael Videla")
P("roberto-viola", "Roberto Eduardo Viola", ["Roberto Viola"], [T("argentina-president", Arch("ARG", "Viola", "1981-03-29"))])
P("leopoldo-galtieri", "Leopoldo Galtieri", ["Leopoldo Fortunato Galtieri", "Galtieri"],
  [T("argentina-president", Arch("ARG", "Galtieri", "1981-12-12"))])
P("reynaldo-bignone", "Reynaldo Bignone", ["Bignone"], [T("argentina-president", Arch("ARG", "Bignone", "1982-07-01"))],
  died="2018-03-07", src=WP + "Reynaldo Bignone")
P("raul-alfonsin", "Raúl Alfonsín", ["Raul Alfonsin", "Alfonsín", "Alfonsin"],
  [T("argentina-president", Arch("ARG", "Alfonsin", "1983-12-10"))], born="1927-03-12", died="2009-03-31",
  src=WP + "Raúl Alfonsín", note="Archigos gives 1926-03-13 as the birth date.")
P("carlos-menem", "Carlos Menem", ["Carlos Saúl Menem", "Carlos Saul Menem", "Menem"],
  [T("argentina-president", Arch("ARG", "Menem", "1989-07-08"))], died="2021-02-14", src=WP + "Carlos Menem")
P("fernando-de-la-rua", "Fernando de la Rúa", ["Fernando de la Rua", "De la Rúa", "De la Rua"],
  [T("argentina-president", Arch("ARG", "de la Rua", "1999-12-10"))], died="2019-07-09", src=WP + "Fernando de la Rúa")
P("eduardo-duhalde", "Eduardo Duhalde", ["Duhalde"], [T("argentina-president", Arch("ARG", "Eduardo Duhalde", "2002-01-02"))])
P("nestor-kirchner", "Néstor Kirchner", ["Nestor Kirchner", "Kirchner"],
  [T("argentina-president", Arch("ARG", "Nestor Kirchner", "2003-05-25"))], born="1950-02-25", died="2010-10-27",
  src=WP + "Néstor Kirchner")
P("cristina-fernandez-de-kirchner", "Cristina Fernández de Kirchner",
  ["Cristina Fernandez de Kirchner", "Cristina Kirchner", "Fernández de Kirchner", "Fernandez de Kirchner", "Kirchner"],
  [T("argentina-president", Arch("ARG", "Fernandez de Kirchner", "2007-12-10"))])
P("mauricio-macri", "Mauricio Macri", ["Macri"], [T("argentina-president", Arch("ARG", "Mauricio Macri", "2015-12-10"), "2019-12-10")],
  src=AR_PR)
P("alberto-fernandez", "Alberto Fernández", ["Alberto Fernandez"], [T("argentina-president", "2019-12-10", "2023-12-10")],
  born="1959-04-02", src=AR_PR, note="No bare \"Fernandez\": the Dominican Republic's Leonel Fernández was president 1996-2000 "
                                     "and 2004-2012.")
P("javier-milei", "Javier Milei", ["Milei"], [T("argentina-president", "2023-12-10", OPEN)], born="1970-10-22", src=AR_PR)
P("dante-caputo", "Dante Caputo", [], [T("argentina-foreign-minister", "1983-12-10", "1989-05")], died="2018-06-20",
  src=AR_FM)
P("domingo-cavallo", "Domingo Cavallo", ["Cavallo"], [T("argentina-foreign-minister", "1989-07-08", "1991-01-31")], src=AR_FM)
P("guido-di-tella", "Guido di Tella", ["Guido Di Tella", "Di Tella"], [T("argentina-foreign-minister", "1991-01-31", "1999-12-10")],
  died="2001-12-31", src=AR_FM)
P("adalberto-rodriguez-giavarini", "Adalberto Rodríguez Giavarini", ["Adalberto Rodriguez Giavarini", "Rodríguez Giavarini",
                                                                      "Rodriguez Giavarini"],
  [T("argentina-foreign-minister", "1999-12-10", "2001-12-21")], src=AR_FM)
P("carlos-ruckauf", "Carlos Ruckauf", ["Ruckauf"], [T("argentina-foreign-minister", "2002-01-03", "2003-05-25")], src=AR_FM)
P("rafael-bielsa", "Rafael Bielsa", ["Bielsa"], [T("argentina-foreign-minister", "2003-05-25", "2005-12")], src=AR_FM)
P("jorge-taiana", "Jorge Taiana", ["Taiana"], [T("argentina-foreign-minister", "2005-12", "2010-06")], src=AR_FM)
P("hector-timerman", "Héctor Timerman", ["Hector Timerman", "Timerman"], [T("argentina-foreign-minister", "2010-06", "2015-12-10")],
  died="2018-12-30", src=AR_FM)
P("susana-malcorra", "Susana Malcorra", ["Malcorra"], [T("argentina-foreign-minister", "2015-12-10", "2017-06")], src=AR_FM)
P("jorge-faurie", "Jorge Faurie", ["Faurie"], [T("argentina-foreign-minister", "2017-06", "2019-12-10")], src=AR_FM)
P("felipe-sola", "Felipe Solá", ["Felipe Sola", "Solá", "Sola"], [T("argentina-foreign-minister", "2019-12-10", "2021-09")], src=AR_FM)
P("santiago-cafiero", "Santiago Cafiero", ["Cafiero"], [T("argentina-foreign-minister", "2021-09", "2023-12-10")], src=AR_FM)
P("diana-mondino", "Diana Mondino", ["Mondino"], [T("argentina-foreign-minister", "2023-12-10", "2024-10")], src=AR_FM)
P("gerardo-werthein", "Gerardo Werthein", ["Werthein"], [T("argentina-foreign-minister", "2024-10", "2025-10-27")],
  src=[AR_FM, "Decree 774/2025 accepting his resignation (La Nación, 2025-10-28)"])
P("pablo-quirno", "Pablo Quirno", ["Quirno"], [T("argentina-foreign-minister", "2025-10-28", OPEN)],
  src="sworn in on 2025-10-28 (La Nación, Perfil, 2025-10-28)")

MX_PR = WP + "List of presidents of Mexico"
MX_FM = WP + "Secretariat of Foreign Affairs (Mexico)"
SECTION("Mexico", "Presidents: Archigos (MEX spells are the President) to 2015, public record since.")
P("jose-lopez-portillo", "José López Portillo", ["Jose Lopez Portillo", "López Portillo", "Lopez Portillo"],
  [T("mexico-president", Arch("MEX", "Lopez Portillo", "1976-12-01"))])
P("miguel-de-la-madrid", "Miguel de la Madrid", ["Miguel de la Madrid Hurtado", "De la Madrid"],
  [T("mexico-president", Arch("MEX", "de La Madrid", "1982-12-01"))])
P("carlos-salinas", "Carlos Salinas de Gortari", ["Carlos Salinas", "Salinas de Gortari", "Salinas"],
  [T("mexico-president", Arch("MEX", "Salinas", "1988-12-01"))])
P("ernesto-zedillo", "Ernesto Zedillo", ["Ernesto Zedillo Ponce de León", "Zedillo"],
  [T("mexico-president", Arch("MEX", "Zedillo", "1994-12-01"))])
P("vicente-fox", "Vicente Fox", ["Vicente Fox Quesada", "Fox"], [T("mexico-president", Arch("MEX", "Vicente Fox Quesada", "2000-12-01"))])
P("felipe-calderon", "Felipe Calderón", ["Felipe Calderon", "Felipe Calderón Hinojosa"],
  [T("mexico-president", Arch("MEX", "Calderon", "2006-12-01"))], born="1962-08-18", src=WP + "Felipe Calderón",
  note="No bare \"Calderon\": Costa Rica (1990-1994) and El Salvador (1994-1999) had presidents Calderón.")
P("enrique-pena-nieto", "Enrique Peña Nieto", ["Enrique Pena Nieto", "Peña Nieto", "Pena Nieto"],
  [T("mexico-president", Arch("MEX", "Enrique Pena Nieto", "2012-12-01"), "2018-12-01")], src=MX_PR)
P("andres-manuel-lopez-obrador", "Andrés Manuel López Obrador",
  ["Andres Manuel Lopez Obrador", "Andres Manuel López Obrador", "López Obrador", "Lopez Obrador"], [T("mexico-president", "2018-12-01", "2024-10-01")],
  born="1953-11-13", src=MX_PR)
P("claudia-sheinbaum", "Claudia Sheinbaum", ["Claudia Sheinbaum Pardo", "Sheinbaum"], [T("mexico-president", "2024-10-01", OPEN)],
  born="1962-06-24", src=MX_PR)
P("jorge-castaneda-alvarez", "Jorge Castañeda y Álvarez de la Rosa", ["Jorge Castañeda", "Jorge Castaneda", "Castañeda", "Castaneda"],
  [T("mexico-foreign-minister", "1979-05", "1982-12-01")], died="1997", src=MX_FM)
P("bernardo-sepulveda", "Bernardo Sepúlveda", ["Bernardo Sepulveda", "Sepúlveda", "Sepulveda"],
  [T("mexico-foreign-minister", "1982-12-01", "1988-12-01")], src=MX_FM)
P("jose-angel-gurria", "José Ángel Gurría", ["Jose Angel Gurria", "Gurría", "Gurria"],
  [T("mexico-foreign-minister", "1994-12-01", "1998-01")], src=MX_FM)
P("rosario-green", "Rosario Green", [], [T("mexico-foreign-minister", "1998-01", "2000-12-01")], died="2017", src=MX_FM)
P("jorge-castaneda-gutman", "Jorge Castañeda Gutman", ["Jorge Castañeda", "Jorge Castaneda", "Jorge G. Castañeda",
                                                       "Jorge G. Castaneda", "Castañeda", "Castaneda"],
  [T("mexico-foreign-minister", "2000-12-01", "2003-01")], src=MX_FM)
P("luis-ernesto-derbez", "Luis Ernesto Derbez", ["Derbez"], [T("mexico-foreign-minister", "2003-01", "2006-12-01")], src=MX_FM)
P("patricia-espinosa", "Patricia Espinosa", ["Espinosa"], [T("mexico-foreign-minister", "2006-12-01", "2012-12-01")], src=MX_FM)
P("jose-antonio-meade", "José Antonio Meade", ["Jose Antonio Meade", "Meade"], [T("mexico-foreign-minister", "2012-12-01", "2015-08")],
  src=MX_FM)
P("claudia-ruiz-massieu", "Claudia Ruiz Massieu", ["Ruiz Massieu"], [T("mexico-foreign-minister", "2015-08", "2017-01")], src=MX_FM)
P("luis-videgaray", "Luis Videgaray", ["Videgaray"], [T("mexico-foreign-minister", "2017-01", "2018-12-01")], src=MX_FM)
P("marcelo-ebrard", "Marcelo Ebrard", ["Ebrard"], [T("mexico-foreign-minister", "2018-12-01", "2023-06")], src=MX_FM)
P("alicia-barcena", "Alicia Bárcena", ["Alicia Barcena", "Bárcena", "Barcena"], [T("mexico-foreign-minister", "2023-07", "2024-10-01")],
  src=MX_FM, note="Her successor (from 2024-10-01) is not listed.")

ZA_PR = WP + "State President of South Africa; President of South Africa"
ZA_FM = WP + "Minister of International Relations and Cooperation"
SECTION("South Africa",
        "Archigos's SAF spells are P. W. Botha (Prime Minister from 1978-09-28, State President from 1984-09-14; "
        "Archigos's interruption in 1989, when Chris Heunis was acting, is not a change of office-holder), then "
        "the Presidents.")
P("marais-viljoen", "Marais Viljoen", ["Viljoen"], [T("south-africa-president", "1979-06", "1984-09-14")], died="2007-01-04",
  src=ZA_PR)
P("pw-botha", "P. W. Botha", ["P.W. Botha", "Pieter Willem Botha", "Botha"],
  [T("south-africa-prime-minister", Arch("SAF", "Botha", "1978-09-28"), "1984-09-14"),
   T("south-africa-president", "1984-09-14", Arch("SAF", "Botha", "1989-03-15").end, arch=Arch("SAF", "Botha", "1989-03-15"))],
  died="2006-10-31", src=[ZA_PR, WP + "P. W. Botha"])
P("fw-de-klerk", "F. W. de Klerk", ["F.W. de Klerk", "Frederik Willem de Klerk", "De Klerk"],
  [T("south-africa-president", Arch("SAF", "deKlerk", "1989-08-15"))], died="2021-11-11", src=WP + "F. W. de Klerk")
P("nelson-mandela", "Nelson Mandela", ["Nelson Rolihlahla Mandela", "Mandela"],
  [T("south-africa-president", Arch("SAF", "Mandela", "1994-05-10"))])
P("thabo-mbeki", "Thabo Mbeki", ["Mbeki"], [T("south-africa-president", Arch("SAF", "Mbeki", "1999-06-16"))])
P("kgalema-motlanthe", "Kgalema Motlanthe", ["Motlanthe"], [T("south-africa-president", Arch("SAF", "Motlanthe", "2008-09-25"))])
P("jacob-zuma", "Jacob Zuma", ["Zuma"], [T("south-africa-president", Arch("SAF", "Zuma", "2009-05-09"), "2018-02-14")], src=ZA_PR)
P("cyril-ramaphosa", "Cyril Ramaphosa", ["Ramaphosa"], [T("south-africa-president", "2018-02-15", OPEN)], born="1952-11-17",
  src=ZA_PR)
P("pik-botha", "Pik Botha", ["R.F. Botha", "R. F. Botha", "Roelof Botha", "Roelof Frederik Botha", "Botha"],
  [T("south-africa-foreign-minister", "1977-04", "1994-05-10")], died="2018-10-12", src=ZA_FM)
P("alfred-nzo", "Alfred Nzo", ["Nzo"], [T("south-africa-foreign-minister", "1994-05-10", "1999-06")], died="2000-01-13", src=ZA_FM)
P("nkosazana-dlamini-zuma", "Nkosazana Dlamini-Zuma", ["Nkosazana Dlamini Zuma", "Dlamini-Zuma", "Dlamini Zuma"],
  [T("south-africa-foreign-minister", "1999-06", "2009-05")], src=ZA_FM)
P("maite-nkoana-mashabane", "Maite Nkoana-Mashabane", ["Nkoana-Mashabane"], [T("south-africa-foreign-minister", "2009-05", "2018-02")],
  src=ZA_FM)
P("lindiwe-sisulu", "Lindiwe Sisulu", ["Sisulu"], [T("south-africa-foreign-minister", "2018-02", "2019-05")], src=ZA_FM)
P("naledi-pandor", "Naledi Pandor", ["Pandor"], [T("south-africa-foreign-minister", "2019-05", "2024-07")], src=ZA_FM)
P("ronald-lamola", "Ronald Lamola", ["Lamola"], [T("south-africa-foreign-minister", "2024-07", OPEN)], src=ZA_FM)


# --------------------------------------------------------------------------------------------
# Examples: sentences of our own, run by the pack tests.

EXAMPLES = [
    # Heads of government
    ("1987-03-10", "British Prime Minister Margaret Thatcher said the talks would go on.", []),
    ("1995-03-10", "Prime Minister Margaret Thatcher said on Monday that the plan was sound.", ["stale-title"]),
    ("1987-03-10", "Japanese Prime Minister Yasuhiro Nakasone said on Tuesday that he would visit Washington.", []),
    ("1990-03-10", "Prime Minister Nakasone told reporters the tax would be dropped.", ["stale-title"]),
    ("1987-03-10", "The talks were held with former Chancellor Helmut Kohl in Bonn.", ["former-incumbent"]),
    ("1987-03-10", "Former West German Chancellor Helmut Schmidt said the mark was too strong.", []),
    ("1987-03-10", "Prime Minister Rajiv Gandhi said the budget would help farmers.", []),
    ("1987-03-10", "Former Prime Minister Shimon Peres said the plan would fail.", []),
    ("2010-03-10", "Prime Minister Vladimir Putin said the plant would reopen.", []),
    ("2010-03-10", "President Vladimir Putin said the plant would reopen.", ["stale-title"]),
    ("2016-01-10", "Prime Minister Recep Tayyip Erdogan said the talks had failed.", ["stale-title"]),
    ("2016-01-10", "Turkish President Recep Tayyip Erdogan said the talks had failed.", []),
    ("2023-03-10", "Ukrainian Prime Minister Denys Shmyhal said the grid had been repaired.", []),
    ("1987-03-10", "Soviet Prime Minister Nikolai Ryzhkov arrived on Monday.", []),
    # Governments named after their head
    ("1987-03-10", "The Mulroney government is preparing a new trade bill.", []),
    ("1996-03-10", "The Mulroney government is preparing a new trade bill.", ["stale-government"]),
    ("1988-06-01", "Officials said the Thatcher government wants lower rates.", []),
    ("1992-06-01", "Officials said the Thatcher government wants lower rates.", ["stale-government"]),
    # Heads of state
    ("1987-03-10", "West German President Richard von Weizsaecker opened the fair.", []),
    ("1987-03-10", "Brazilian President Jose Sarney said the debt would be renegotiated.", []),
    ("1990-06-01", "Former Argentine President Raul Alfonsin said the plan was unfair.", []),
    ("1988-03-10", "He met former Argentine President Raul Alfonsin on Friday.", ["former-incumbent"]),
    ("1987-03-10", "Iranian President Ali Khamenei said the war would go on.", []),
    ("2005-03-10", "President Ali Khamenei said the talks would continue.", ["stale-title"]),
    ("1987-03-10", "King Fahd said prices had to be stabilised.", []),
    ("2010-03-10", "Saudi King Fahd said prices had to be stabilised.", ["stale-title"]),
    ("2023-05-01", "Queen Elizabeth II said she was delighted.", ["stale-title"]),
    ("2023-05-01", "King Charles III said he was delighted.", []),
    ("1985-03-10", "President Kim Dae-jung said the economy would recover.", ["before-term"]),
    ("2000-03-10", "President Kim Dae-jung said the economy would recover.", []),
    # Leaders without a formal office
    ("1987-03-10", "Chinese leader Deng Xiaoping told visitors that reform would continue.", []),
    ("1987-03-10", "Visitors met former Chinese leader Deng Xiaoping.", ["former-incumbent"]),
    ("1987-03-10", "Soviet leader Mikhail Gorbachev said the talks had gone well.", []),
    ("1995-06-01", "Soviet leader Mikhail Gorbachev says the talks went well.", ["stale-title"]),
    # Foreign ministers
    ("1987-03-10", "Chancellor of the Exchequer Nigel Lawson said the budget would cut taxes.", []),
    ("1991-03-10", "Chancellor of the Exchequer Nigel Lawson says rates must fall.", ["stale-title"]),
    ("1987-03-10", "Foreign Minister Tadashi Kuranari said Japan would open its market.", []),
    ("1987-03-10", "Foreign Minister Andrei Gromyko said Moscow wanted talks.", ["stale-title"]),
    ("1987-03-10", "Foreign Minister Joschka Fischer met them.", ["before-term"]),
    ("1987-03-10", "Mexican Foreign Secretary Bernardo Sepulveda said the talks would resume.", []),
    ("2019-03-10", "Foreign Secretary Jeremy Hunt said the deal was close.", []),
    ("2019-09-10", "Former Foreign Secretary Jeremy Hunt said the deal was close.", []),
    # A surname two prime ministers share: not judged unless both readings agree
    ("1987-03-10", "Prime Minister Fukuda said the yen was too strong.", []),
    ("1987-03-10", "Prime Minister Gandhi said the budget would help farmers.", []),
]


# --------------------------------------------------------------------------------------------
# Post-processing and checks


def day(s: str) -> dt.date:
    parts = [int(x) for x in s.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def latest(s: str) -> dt.date:
    parts = [int(x) for x in s.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


def persons():
    return [p for p in PEOPLE if isinstance(p, dict)]


def join_parlparse_terms():
    """A parlparse post that ends before its successor's starts (up to a week: an election, a
    resignation the day before) runs until the successor's start; one that ends after it (the two
    raw sources disagree) ends there. Explicit ends given in the data are kept."""
    for oid in PARLPARSE_POSTS.values():
        terms = sorted((t for p in persons() for t in p["terms"] if t["office"] == oid), key=lambda t: day(t["from"]))
        for a, b in zip(terms, terms[1:]):
            if "parl" not in a or a.get("to_explicit") or a["to"] is None:
                continue
            gap = (day(b["from"]) - day(a["to"])).days
            if gap < 0 or 0 < gap <= 7:
                a["adjusted"] = f"parlparse end {a['to']} taken to the successor's start {b['from']}"
                a["to"] = b["from"]


def read_other_pack_ids() -> tuple[set[str], set[str]]:
    """Office and person ids of rules/us-executive.yaml (read, not modified): ours must not collide."""
    text = (ROOT / "rules" / "us-executive.yaml").read_text(encoding="utf-8")
    offices, people, section = set(), set(), None
    for line in text.splitlines():
        if re.match(r"^[a-z]", line):
            section = line.split(":")[0]
        m = re.match(r"^  ([a-z0-9][a-z0-9-]*):\s*$", line)
        if m:
            (offices if section == "offices" else people if section == "people" else set()).add(m.group(1))
    return offices, people


def check():
    errors = []
    other_offices, other_people = read_other_pack_ids()
    ids = [p["id"] for p in persons()]
    for pid in sorted(set(i for i in ids if ids.count(i) > 1)):
        errors.append(f"duplicate person id {pid}")
    for pid in sorted(set(ids) & other_people):
        errors.append(f"person id {pid} is already in rules/us-executive.yaml")
    for oid in sorted(set(OFFICES) & other_offices):
        errors.append(f"office id {oid} is already in rules/us-executive.yaml")
    known = set(OFFICES) | other_offices
    used = set()
    for p in persons():
        for t in p["terms"]:
            used.add(t["office"])
            if t["office"] not in known:
                errors.append(f"{p['id']}: unknown office {t['office']}")
            if t["to"] is not None and latest(t["to"]) < day(t["from"]):
                errors.append(f"{p['id']}: term in {t['office']} ends {t['to']} before it starts {t['from']}")
            for d in (t["from"], t["to"]):
                if d is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
                    errors.append(f"{p['id']}: bad date {d!r}")
    for oid in sorted(set(OFFICES) - used):
        errors.append(f"office {oid} has no holder")
    for oid, o in OFFICES.items():
        if o["holders"] == "many":
            continue
        terms = sorted(((p["id"], t) for p in persons() for t in p["terms"] if t["office"] == oid),
                       key=lambda x: day(x[1]["from"]))
        for (p1, a), (p2, b) in zip(terms, terms[1:]):
            if p1 != p2 and (a["to"] is None or day(a["to"]) > latest(b["from"])):
                errors.append(f"{oid}: {p2} from {b['from']} while {p1} holds it ({a['from']}..{a['to']})")
    if errors:
        raise SystemExit("\n".join(errors))


# --------------------------------------------------------------------------------------------
# YAML output

PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 .\-]*[A-Za-z0-9.]|[A-Za-z]")
RESERVED = {"yes", "no", "true", "false", "null", "on", "off", "y", "n"}


def q(s: str) -> str:
    if PLAIN.fullmatch(s) and s.lower() not in RESERVED and ": " not in s and " #" not in s:
        return s
    return json.dumps(s, ensure_ascii=False)


def wrap(text: str, first: str, rest: str, width: int = 110) -> list[str]:
    words, lines, line = text.split(), [], first
    for w in words:
        if len(line) + 1 + len(w) > width and line.strip() not in ("#", first.strip()):
            lines.append(line)
            line = rest + w
        else:
            line = line + (" " if not line.endswith(" ") else "") + w
    lines.append(line)
    return lines


SOURCE = """\
Archigos 4.1 (effective leaders to 2015): Goemans, Hein E., Kristian Skrede Gleditsch and Giacomo Chiozza,
"ARCHIGOS: A Data Set on Leaders 1875-2015", version 4.1 (2016), https://www.rochester.edu/college/faculty/hgoemans/data.htm
(free for academic use with this citation); obtained from github.com/globalgov/manystates, commit
23d119a10b997c2d5ddbd6a665dc816146c20db7. Each country's spells are mapped to the office they are (see the comment
on each country); spells still running in 2015 end from public record.
UK ministerial posts 1964-2020 (Prime Minister, Foreign Secretary, Chancellor of the Exchequer, Home Secretary):
mysociety/parlparse (TheyWorkForYou) members/ministers.xml, ministers-2010.xml, people.xml at commit
6c614b4f9152680bf637bea84db3c6f1eedd1389 and ministers-2010.json at commit a0be8af0ef19b5be3ea77a4b0cfb9905664cf5a2;
underlying data from UK Parliament (data.parliament.uk), Open Parliament Licence v3.0.
Everything else (full names, formal heads of state, foreign ministers, terms after 2015 or 2020, dates of birth and
death not in Archigos): public record, named in the comment above each person (mostly Wikipedia's lists of
office-holders, CC BY-SA 4.0; a few news reports for changes in 2024-2025). A partial date (YYYY-MM or YYYY)
means only the month or year is known with confidence.
A term without `to` is taken to run on 2026-12-02.
"""

DESCRIPTION = ("Heads of state and of government and foreign ministers of the G20 members other than the United "
               "States (Argentina, Australia, Brazil, Canada, China, France, Germany, India, Indonesia, Italy, Japan, "
               "Mexico, Russia and the Soviet Union, Saudi Arabia, South Africa, South Korea, Turkey, the United "
               "Kingdom) and of Ukraine, Israel and Iran, 1980 to 2026; also the UK Chancellor of the Exchequer and "
               "Home Secretary, and the paramount leader of China.")


def person_sources(p: dict) -> list[str]:
    out = []
    for t in p["terms"]:
        if t.get("arch"):
            c = f"Archigos 4.1 ({t['arch'].cite()})"
            if c not in out:
                out.append(c)
        if t.get("parl"):
            c = f"parlparse ({t['parl'].cite()})"
            if c not in out:
                out.append(c)
    public = [s for s in p["src"]]
    if public:
        out.append("public record (" + "; ".join(public) + ")")
    return out


def render() -> str:
    out = ["# Generated by scripts/gen_world_leaders.py — do not edit by hand; edit the script and re-run.",
           "pack: world-leaders", f"description: {q(DESCRIPTION)}", "source: |"]
    out += ["  " + line for line in SOURCE.splitlines()]
    out.append("offices:")
    for oid, o in OFFICES.items():
        if oid in COMMENTS:
            out += wrap(COMMENTS[oid], "  # ", "  # ")
        out.append(f"  {oid}:")
        out.append(f"    title: {q(o['title'])}")
        out.append("    aliases: [" + ", ".join(q(a) for a in o["aliases"]) + "]")
        if o["government"]:
            out.append(f"    government: {o['government']}")
        if o["holders"]:
            out.append(f"    holders: {o['holders']}")
    out.append("people:")
    for entry in PEOPLE:
        if isinstance(entry, tuple):
            _, title, note = entry
            out.append("")
            out.append(f"  # --- {title} ---")
            if note:
                out += wrap(note, "  # ", "  # ")
            continue
        p = entry
        srcs = person_sources(p)
        notes = [t["note"] for t in p["terms"] if t.get("note")] + [t["adjusted"] for t in p["terms"] if t.get("adjusted")]
        if p["note"]:
            notes.append(p["note"])
        text = "Source: " + "; ".join(srcs) + "." + "".join(" " + n.rstrip(".") + "." for n in notes)
        out += wrap(text, "  # ", "  #   ")
        out.append(f"  {p['id']}:")
        out.append(f"    name: {q(p['name'])}")
        if p["aliases"]:
            out.append("    aliases: [" + ", ".join(q(a) for a in p["aliases"]) + "]")
        if p["born"]:
            out.append(f"    born: {p['born']}")
        if p["died"]:
            out.append(f"    died: {p['died']}")
        out.append("    terms:")
        for t in p["terms"]:
            to = f", to: {t['to']}" if t["to"] is not None else ""
            out.append(f"      - {{ office: {t['office']}, from: {t['from']}{to} }}")
    out.append("")
    out.append("examples:")
    for date, text, expect in EXAMPLES:
        out.append(f"  - {{ date: {date}, text: {json.dumps(text, ensure_ascii=False)}, expect: [{', '.join(expect)}] }}")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    join_parlparse_terms()
    check()
    text = render()
    if "--stdout" in argv:
        sys.stdout.write(text)
        return 0
    if "--check" in argv:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run python3 scripts/gen_world_leaders.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
