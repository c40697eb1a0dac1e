# The cut of the REIGN leader list this folder holds (see SOURCE.md): run from this folder as
#   python3 cut.py ../../../../shared/data/reign/leaderlist_3_21.csv > leaderlist-1945-2021.csv
# Re-encodes the file to UTF-8 (as published, its lines are UTF-8 but for one in Windows-1252,
# Tonga's, whose note has a byte 0x85) and keeps the columns the
# `reign-heads` adapter reads, of every spell still running in 1945 or later, in the file's
# order. Values are copied unchanged.
import csv, sys

COLUMNS = ["stateabb", "ccode", "leadid", "leader", "sdate", "smonth", "syear", "emonth", "eyear", "birthyear"]
def decoded(line):
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("cp1252")

with open(sys.argv[1], "rb") as f:
    lines = [decoded(line) for line in f.read().split(b"\n")]
rows = list(csv.DictReader("\n".join(lines).splitlines(keepends=True)))
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(COLUMNS)
for r in rows:
    if r["eyear"] == "" or int(r["eyear"]) >= 1945:
        out.writerow([r[c] for c in COLUMNS])
