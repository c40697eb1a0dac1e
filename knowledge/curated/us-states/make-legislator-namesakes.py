# Writes legislator-namesakes.csv: the state legislators of Open States who bear the name of a
# person of the shipped packs, as namesakes known only by name (`held:` a state senate or house
# seat, no days), so that "Sen. Alex Padilla" of a state senate, or a namesake's "Rep. …", is
# never judged against the pack's person alone. Run from the repository's top level after
# `claimcheck rules build` as
#   python3 knowledge/curated/us-states/make-legislator-namesakes.py ../shared/data/openstates-people/openstates_roles.csv
# Names are compared whole: a person's name, or any alias of two words or more (never a
# surname). The namesakes this file already adds do not count as people of the packs, so a
# second run writes the same bytes.
import csv, glob, io, re, sys

OUT = "knowledge/curated/us-states/legislator-namesakes.csv"
SEATS = {"upper": "us-state-senator", "legislature": "us-state-senator", "lower": "us-state-representative"}
SOURCE = "Open States people (openstates/people commit 934bf09a94a35351baf872c70e778a4367c8266e, CC0 1.0): {}"


def known_names(paths):
    """Names and aliases of two words or more: (names, aliases) of the people of `paths`."""
    names, aliases = set(), set()
    for path in paths:
        person = None
        for line in open(path, encoding="utf-8"):
            m = re.match(r"^  ([a-z0-9-]+):\s*$", line)
            if m:
                person = m.group(1)
                continue
            if person is None or "-state-legislator-" in person:
                continue
            m = re.match(r"^    name: (.*)$", line)
            if m:
                names.add(m.group(1).strip('"'))
            m = re.match(r"^    aliases: \[(.*)\]$", line)
            if m:
                aliases.update(a.strip().strip('"') for a in m.group(1).split(",") if " " in a.strip())
            if re.match(r"^\S", line):
                person = None
    return names, aliases


def slug(name):
    out = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return out


names, aliases = known_names(sorted(glob.glob("rules/*.yaml")))
names |= aliases
# In one pack an alias may not be another person's name (it would make every mention of that
# person theirs): a namesake whose name is an alias of a person of us-states is left out, and a
# namesake's alias that is anybody's name there is not given.
own_names, own_aliases = known_names(["rules/us-states.yaml"])
# The fifty states (Open States also files Congress under `us`, and DC's council, Puerto Rico's
# legislature): the states the governors' positions table places.
with open("knowledge/curated/us-states/openstates-positions.csv", newline="", encoding="utf-8") as f:
    STATES = {r["position"] for r in csv.DictReader(f) if r["office"]}
people = {}
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        seat = SEATS.get(r["role_type"])
        if not seat or r["state_dir"] not in STATES:
            continue
        given_family = f"{r['given_name']} {r['family_name']}".strip()
        if (r["name"] not in names and given_family not in names) or r["name"] in own_aliases:
            continue
        p = people.setdefault(r["person_id"], {"row": r, "seats": []})
        if seat not in p["seats"]:
            p["seats"].append(seat)

header = ["person", "name", "aliases", "office", "country", "title", "from", "to", "precision", "born", "died",
          "occupation", "wikidata", "source", "held"]
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(header)
namesake_names = {p["row"]["name"] for p in people.values()}
for pid in sorted(people, key=lambda k: (people[k]["row"]["name"], k)):
    r = people[pid]["row"]
    uuid = pid.removeprefix("ocd-person/")
    person = f"{slug(r['name'])}-state-legislator-{uuid[:8]}"
    given_family = f"{r['given_name']} {r['family_name']}".strip()
    taken = given_family in own_names or given_family in namesake_names
    aliases = given_family if given_family != r["name"] and " " in given_family and not taken else ""
    born = r["birth_date"] if re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", r["birth_date"]) else ""
    cite = SOURCE.format(f"{pid}, {r['state_dir']}")
    row = dict(person=person, name=r["name"], aliases=aliases, born=born, source=cite)
    w.writerow([row.get(h, "") for h in header])
    for seat in sorted(people[pid]["seats"]):
        w.writerow([dict(person=person, source=cite, held=seat).get(h, "") for h in header])
open(OUT, "w", encoding="utf-8").write(out.getvalue())
print(f"{OUT}: {len(people)} namesakes", file=sys.stderr)
