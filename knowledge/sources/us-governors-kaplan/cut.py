# The cut of Kaplan's US governors panel this folder holds (see SOURCE.md): run from this folder as
#   python3 cut.py ../../../../shared/data/us-governors-kaplan/united_states_governors_1775_2020.csv 1945 > governors-1945-2020.csv
# Every row of the 50 states (not the territories) whose governor was governor of that state in
# some year from the second argument on: all of that governor's rows in the state, of every year,
# in the file's order. Values and columns are copied unchanged.
import csv, sys

path, since = sys.argv[1], int(sys.argv[2])
TERRITORIES = {"American Samoa", "Guam", "Northern Mariana Is.", "Northern Mariana Islands",
               "Puerto Rico", "Virgin Islands"}
with open(path, newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    header = reader.fieldnames
    rows = [r for r in reader if r["state"] not in TERRITORIES]
recent = {(r["governor"], r["state"]) for r in rows if int(r["year"]) >= since}
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(header)
for r in rows:
    if (r["governor"], r["state"]) in recent:
        out.writerow([r[c] for c in header])
