# Writes the tables the `openstates-executives` adapter reads for the states' lieutenant
# governors, attorneys general and secretaries of state, from the governors' tables kept by
# hand beside it: run from this folder as `python3 make-executive-tables.py`.
#
# - offices-executives.csv: one office per state and role the Open States cut dates, its
#   aliases made from the governor's (the state's name and its AP Stylebook abbreviation);
# - openstates-role-positions.csv: the governors' rows of openstates-positions.csv (state →
#   office, kept by hand), each keyed by `<state_dir> <role_type>` as the adapter reads a row,
#   and a row for every other role and state the cut dates (a row with a start).
import csv

ROLES = {
    "lt_governor": ("lieutenant-governor", "Lieutenant Governor of {}",
                    ["Lieutenant Governor", "Lt. Gov.", "Lt. Governor", "{s} Lieutenant Governor",
                     "{s} Lt. Gov.", "{a} Lt. Gov."]),
    "attorney general": ("attorney-general", "Attorney General of {}",
                         ["Attorney General", "State Attorney General", "{s} Attorney General",
                          "{a} Attorney General", "Attorney General of {s}"]),
    "secretary of state": ("secretary-of-state", "Secretary of State of {}",
                           ["Secretary of State", "{s} Secretary of State", "{a} Secretary of State",
                            "Secretary of State of {s}"]),
}
CONSTITUTION_NOTE = ("Not complete: Open States lists one or two holders a state (see "
                     "knowledge/sources/openstates-people/SOURCE.md); the bare title names every "
                     "state's: which state it means is the named person's.")


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([r.get(h, "") for h in header])


governors = {o["office"]: o for o in read("offices.csv")}
cut = read("../../sources/openstates-people/executives.csv")
# Offices whose rows all lack a start date give no term: the adapter leaves such rows out.
held = sorted({(r["state_dir"], r["role_type"]) for r in cut if r["start_date"]})
old = read("openstates-positions.csv")
by_state = {p["position"]: p for p in old}

positions, offices = [], []
for p in old:
    positions.append(dict(p, position=f"{p['position']} governor"))
for state_dir, role in held:
    if role == "governor":
        continue
    slug, title, aliases = ROLES[role]
    governor = by_state[state_dir]
    if not governor["office"]:
        positions.append({"position": f"{state_dir} {role}", "office": "",
                          "source": f"Open States' `state_dir` {state_dir}: not one of the fifty states"})
        continue
    g = governors[governor["office"]]
    state = g["title"].removeprefix("Governor of ")
    abbreviations = [a.removesuffix(" Gov.") for a in g["aliases"].split(";")
                     if a.endswith(" Gov.") and not a.startswith(state) and not a.startswith("Gov.")]
    office = governor["office"].replace("-governor", f"-{slug}")
    names = []
    for a in aliases:
        for abbr in (abbreviations if "{a}" in a else [None]):
            n = a.format(s=state, a=abbr)
            if n not in names:
                names.append(n)
    offices.append({"office": office, "country": "US", "title": title.format(state), "aliases": ";".join(names),
                    "holders": "one",
                    "source": f"The constitution of {state} (an elected office of the state); aliases: the AP Stylebook's state abbreviations",
                    "note": CONSTITUTION_NOTE})
    positions.append({"position": f"{state_dir} {role}", "office": office,
                      "source": f"Open States' `state_dir` {state_dir}, `role_type` {role}: {title.format(state)}"})

positions.sort(key=lambda p: p["position"])
write("openstates-role-positions.csv", ["position", "office", "from", "to", "source"], positions)
write("offices-executives.csv", list(read("offices.csv")[0].keys()), offices)
