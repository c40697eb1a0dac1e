# The cut of Herre's Global Leader Ideologies this folder holds (see SOURCE.md): run from this
# folder as
#   python3 cut.py ../../../../shared/data/global-leader-ideologies/global_leader_ideologies.csv > heads-1945-2020.csv
# Keeps the columns the `reign-heads` adapter reads (who headed the government on 31 December
# of each year, their title, the REIGN/Archigos effective leader and whether the two are one
# person), every row, in the file's order. Values are copied unchanged.
import csv, sys

COLUMNS = ["country_name", "country_code_cow", "year", "hog", "hog_title", "leader", "leader_position", "match_hog_leader"]
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(COLUMNS)
for r in rows:
    out.writerow([r[c] for c in COLUMNS])
