# Writes positions.csv, parlgov-positions.csv and offices.csv of this folder from Herre's panel
# and ParlGov's countries (see README.md): run from this folder as `python3 make-tables.py`.
# Every title under which Herre names a head of government who is also the REIGN effective
# leader (`match_hog_leader` yes) is a position, "COUNTRY: TITLE"; presidents, prime ministers
# and chancellors are offices, the rest left out. Every ParlGov country with presidents is a
# position (its id); its presidency is an office unless world-leaders curates it or Herre
# reads the president as the head of government (then reign-heads has the office).
import csv, sys

HERRE = "../../sources/herre-2023/heads-1945-2020.csv"
PARLGOV = "../../sources/parlgov/"
COUNTRIES = "../../sources/mledoze-countries/countries.csv"
# Herre's names that mledoze/countries writes otherwise.
CODES = {"Burma/Myanmar": "MM", "The Gambia": "GM", "Turkey": "TR"}
# Herre's states with no ISO 3166-1 code today: left out.
GONE = {"German Democratic Republic", "Republic of Vietnam", "South Yemen", "Tibet", "Zanzibar"}
# Countries the world-leaders pack curates (and the United States of us-executive).
CURATED = {"US", "GB", "FR", "DE", "IT", "JP", "CA", "AU", "IN", "CN", "RU", "UA", "IL", "IR", "SA",
           "TR", "KR", "ID", "BR", "AR", "MX", "ZA"}
# Herre names a state by its successor: its heads before this day were another state's.
SUCCESSOR_SINCE = {
    "Czech Republic": ("1993-01-01", "Czechoslovakia until its dissolution on 1993-01-01"),
    "Serbia": ("2006-06-05", "Yugoslavia, then Serbia and Montenegro, until Serbia's independence on 2006-06-05"),
    "Vietnam": ("1976-07-02", "North Vietnam until reunification on 1976-07-02"),
    "Yemen": ("1990-05-22", "North Yemen until unification on 1990-05-22"),
}
KINDS = {"President": "president", "Prime Minister": "prime-minister", "Chancellor": "chancellor"}

def write_office(table, position, office, source, data, country):
    """The position's row; where `data` (a source) names a state by its successor, a left-out
    row before the successor existed, then the office's."""
    if country in SUCCESSOR_SINCE:
        since, before = SUCCESSOR_SINCE[country]
        table.writerow([position, "", "", since, f"{data}'s {country} before {since} is {before} (public record): left out"])
        table.writerow([position, office, since, "", source])
    else:
        table.writerow([position, office, "", "", source])

def clean(s):
    return s.isascii() and 0 < len(s) <= 80

codes = {}
with open(COUNTRIES, newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        for form in [r["name"], r["official"]] + r["alternatives"].split(";"):
            codes.setdefault(form.strip(), (r["code"], r["name"]))
with open(HERRE, newline="", encoding="utf-8") as f:
    herre = list(csv.DictReader(f))
positions = sorted({(r["country_name"], r["hog_title"]) for r in herre
                    if r["match_hog_leader"] == "yes" and clean(r["hog_title"]) and clean(r["hog"])})

pos = csv.writer(open("positions.csv", "w", newline="", encoding="utf-8"), lineterminator="\n")
pos.writerow(["position", "office", "from", "to", "source"])
offices = {}
for country, title in positions:
    position = f"{country}: {title}"
    code, name = (CODES[country], country) if country in CODES else codes.get(country, (None, country))
    if country in GONE or code is None:
        pos.writerow([position, "", "", "", f"Herre's {country}: a state with no ISO 3166-1 code today, left out"])
        continue
    if code in CURATED:
        pos.writerow([position, "", "", "", f"Herre's {country} ({code}): its offices are the world-leaders pack's (curated), left out here"])
        continue
    kind = KINDS.get(title)
    if kind is None:
        pos.writerow([position, "", "", "", f"Herre's title `{title}` of {country}: not an office this pack holds (presidents, prime ministers and chancellors only)"])
        continue
    office = f"{code.lower()}-{kind}"
    source = f"Herre (2023), the title of {country}'s head of government (`{title}`); ISO 3166-1 code {code} (mledoze/countries)"
    write_office(pos, position, office, source, "Herre", country)
    offices[office] = (code, f"{title} of {name}", title, source)

with open(PARLGOV + "country.csv", newline="", encoding="utf-8") as f:
    parlgov_countries = {r["id"]: r["name"] for r in csv.DictReader(f)}
with open(PARLGOV + "politician_president.csv", newline="", encoding="utf-8") as f:
    with_presidents = sorted({r["country_id"] for r in csv.DictReader(f)}, key=int)
pg = csv.writer(open("parlgov-positions.csv", "w", newline="", encoding="utf-8"), lineterminator="\n")
pg.writerow(["position", "office", "from", "to", "source"])
PARLGOV_TITLES = {"Switzerland": "President of the Swiss Confederation"}
# ParlGov's republics whose president is the head of government (a presidential system:
# reign-heads reads them from REIGN and Herre). Elsewhere Herre names a president head of
# government at most in a year of transition (Poland 1989, Czechoslovakia, Romania), and the
# office, shared with reign-heads, takes ParlGov's presidents: a term both gave would be an
# overlap the build reports.
PRESIDENT_HEADS_GOVERNMENT = {"Cyprus"}
for cid in with_presidents:
    country = parlgov_countries[cid]
    code, name = (CODES[country], country) if country in CODES else codes[country]
    office = f"{code.lower()}-president"
    if code in CURATED:
        pg.writerow([cid, "", "", "", f"ParlGov's country {cid} ({country}, {code}): its presidency is the world-leaders pack's (curated), left out here"])
        continue
    if country in PRESIDENT_HEADS_GOVERNMENT:
        pg.writerow([cid, "", "", "", f"ParlGov's country {cid} ({country}): its president heads the government, read by reign-heads from REIGN and Herre, left out here"])
        continue
    source = f"ParlGov country {cid} ({country}), its presidents; ISO 3166-1 code {code} (mledoze/countries)"
    write_office(pg, cid, office, source, "ParlGov", country)
    offices.setdefault(office, (code, PARLGOV_TITLES.get(country, f"President of {name}"), "President", source))

out = csv.writer(open("offices.csv", "w", newline="", encoding="utf-8"), lineterminator="\n")
out.writerow(["office", "country", "title", "aliases", "government", "holders", "source", "note"])
for office, (code, full, title, source) in sorted(offices.items()):
    out.writerow([office, code, full, title, "", "one", source,
                  "Not complete: the pack holds only the heads of government who were also their country's effective leader at every 31 December of a REIGN spell (see curated/world-heads/README.md)."])
print(len(positions), "positions,", len(offices), "offices", file=sys.stderr)
