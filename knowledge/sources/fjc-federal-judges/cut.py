# The cut of the FJC export this folder holds (see SOURCE.md): run from this folder as
#   python3 cut.py /work/shared/data/fjc-federal-judges > supreme-court-service.csv
# Every row of federal-judicial-service.csv whose CourtType is "Supreme Court", in the export's
# order, each followed by its judge's columns of demos.csv (matched on nid). Values are copied
# unchanged; only the columns named below are kept.
import csv, sys

folder = sys.argv[1]
SERVICE = ["nid", "Sequence", "JudgeName", "CourtType", "AppointmentTitle", "AppointingPresident",
           "RecessAppointmentDate", "NominationDate", "ConfirmationDate", "CommissionDate",
           "Senior Status Date", "Termination", "Termination Date"]
DEMOS = ["LastName", "FirstName", "MiddleName", "Suffix", "BirthMonth", "BirthDay", "BirthYear",
         "DeathMonth", "DeathDay", "DeathYear"]

def read(name):
    with open(f"{folder}/{name}", newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))

demos = {row["nid"]: row for row in read("demos.csv")}
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(SERVICE + DEMOS)
for row in read("federal-judicial-service.csv"):
    if row["CourtType"] == "Supreme Court":
        judge = demos[row["nid"]]
        out.writerow([row[c] for c in SERVICE] + [judge[c] for c in DEMOS])
