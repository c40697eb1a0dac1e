# The cut of Open States' flattened roles this folder holds (see SOURCE.md): run from this
# folder as
#   python3 cut.py ../../../../shared/data/openstates-people/openstates_roles.csv > governors.csv
# Keeps the rows of the governors of the fifty states and DC and Puerto Rico (`role_type`
# governor), every column, values unchanged, in the file's order.
import csv, sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    header = reader.fieldnames
    rows = [r for r in reader if r["role_type"] == "governor"]
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(header)
for r in rows:
    out.writerow([r[c] for c in header])
