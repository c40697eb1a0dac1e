# Writes current-heads.csv: heads of government of the countries below as World Leaders Current
# names them on its snapshot day (2026-08-22), for the `world-heads` pack. REIGN and Herre end in
# 2021 and 2020; these leaders took office after that. Run from the repository's top level as
#   python3 knowledge/curated/world-heads/make-current-heads.py ../shared/data/world-leaders-current
# Only the countries in COUNTRIES (their office in world-heads, the form copy writes the name in)
# are read: World Leaders Current is scraped daily from Wikidata and Wikipedia, and its records of
# Myanmar and Vietnam (2026 changes) and Saudi Arabia (Mohammed bin Salman as King) disagree with
# the record; the G20's leaders are world-leaders' (curated there). A holder is written as
# holding the office from `since` (a term still running on the snapshot day: known until then),
# with the birth day the record gives; a holder who is already a person of a shipped pack (by
# name) is left out, so nobody becomes two people. The same input writes the same bytes.
import csv, io, json, os, re, sys

OUT = "knowledge/curated/world-heads/current-heads.csv"
SNAPSHOT = "2026-08-22"
LICENCE = "World Leaders Current (open-data-archive/world-leaders-current commit b06a1440a6eda040a90166cb3f84d9634d1779b2, 2026-08-22; CC BY-SA 4.0, from Wikidata and Wikipedia)"
# country file → (office, usual name, other names copy writes); None: the record's English name.
COUNTRIES = {
    "cambodia": ("kh-prime-minister", None, []),
    "laos": ("la-prime-minister", None, []),
    "malaysia": ("my-prime-minister", None, []),
    # "Bongbong" is a nickname; copy writes "Ferdinand Marcos Jr.", never his father's bare name
    # (Ferdinand Marcos, president 1965-1986), which stays nobody's alias here.
    "philippines": ("ph-president", "Ferdinand Marcos Jr.", ["Bongbong Marcos", "Ferdinand R. Marcos Jr.", "Ferdinand Romualdez Marcos Jr."]),
    "singapore": ("sg-prime-minister", None, []),
    "thailand": ("th-prime-minister", None, []),
}
HEADER = ["person", "name", "aliases", "office", "country", "title", "from", "to", "precision", "born", "died", "occupation", "wikidata", "source", "note", "known-until"]


def slug(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace(".", "")).strip("-")


def known_names():
    names = set()
    for f in sorted(os.listdir("rules")):
        if f.endswith(".yaml"):
            for line in open(os.path.join("rules", f), encoding="utf-8"):
                m = re.match(r"\s+name: (.+)$", line)
                if m:
                    names.add(m.group(1).strip().strip('"'))
    return names


def main(folder):
    known = known_names()
    rows = []
    for country, (office, usual, aliases) in sorted(COUNTRIES.items()):
        path = os.path.join(folder, "countries", f"{country}.current.json")
        holder = json.load(open(path, encoding="utf-8"))["positions"]["head_of_government"]["current_holder"]
        name = usual or holder["name_en"]
        if name in known or holder["name_en"] in known:
            print(f"{country}: {name} is already a person of a shipped pack: left out", file=sys.stderr)
            continue
        others = list(dict.fromkeys(a for a in [holder["name_en"], *aliases] if a != name))
        cite = f"{LICENCE}: countries/{country}.current.json, head of government {holder['name_en']} ({holder['wikidata_id']}) since {holder['since']}"
        person = slug(name)
        rows.append([person, name, ";".join(others)] + [""] * 9 + [holder["wikidata_id"], cite, "", ""])
        if holder.get("born"):
            rows.append([person, "", "", "", "", "", "", "", "", holder["born"], "", "", "", cite, "", ""])
        rows.append([person, "", "", office, "", "", holder["since"], "", "", "", "", "", "", cite, "", SNAPSHOT])
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    open(OUT, "w", encoding="utf-8", newline="").write(out.getvalue())
    print(f"{OUT}: {sum(1 for r in rows if r[1])} heads of government", file=sys.stderr)


main(sys.argv[1])
