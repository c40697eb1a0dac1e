# The cut of Open States' flattened roles this folder holds (see SOURCE.md): run from this
# folder as
#   python3 cut.py ../../../../shared/data/openstates-people/openstates_roles.csv > executives.csv
# Keeps the rows of the states' elected executives the `openstates-executives` adapter reads
# (`role_type` governor, lt_governor, attorney general, secretary of state), every column,
# values unchanged, in the file's order.
import csv, sys

ROLES = {"governor", "lt_governor", "attorney general", "secretary of state"}
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    reader = csv.DictReader(f)
    header = reader.fieldnames
    rows = [r for r in reader if r["role_type"] in ROLES]
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(header)
for r in rows:
    out.writerow([r[c] for c in header])
