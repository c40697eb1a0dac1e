#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the repository's fixtures, in the form each target reads:
# `read` and `check_fix` take a mode byte (format: 0 .txt, 1 .md, 2 .html; +4 gives a --date)
# and a day byte (211 is 2025-03-15) before the article; `rules` takes a pack as it is;
# `archive` and `people_index` as said below.
# libFuzzer names corpus files by their hash, so seeding twice adds nothing.
set -euo pipefail
cd "$(dirname "$0")"
fixtures=../tests/fixtures

seed() { # target file mode
  local out=corpus/$1 name
  mkdir -p "$out"
  name=$(basename "$2")
  { printf "\\$(printf '%03o' "$3")\\323"; cat "$2"; } > "$out/seed-$3-$name"
}

find "$fixtures" -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' \) -print0 |
  while IFS= read -r -d '' f; do
    case "$f" in
      *.md) mode=1 ;;
      *.html) mode=2 ;;
      *) mode=0 ;;
    esac
    for target in read check_fix; do
      seed "$target" "$f" "$mode"         # dated by the text (or not at all)
      seed "$target" "$f" $((mode + 4))   # dated by --date
    done
  done

mkdir -p corpus/rules
for f in "$fixtures"/cli/rules*/*.y*ml ../rules/style.yaml ../rules/quantities.yaml; do
  cp "$f" "corpus/rules/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
done
# The head of a large pack: offices, people and terms in the shipped layout.
head -c 4000 ../rules/us-executive.yaml | sed '$d' > corpus/rules/seed-us-executive-head.yaml

# `archive` takes a format byte (0 JSON Lines, 1 CSV, 2 TSV) before the archive's bytes.
mkdir -p corpus/archive
printf '\000{"id":"a","date":"2025-03-11","text":"He answered former US President Donald Trump."}\n{"id":"b","date":"March 11, 2025","title":"Talks","text":"The Biden administration also aims to cut costs."}\nnot json\n{"text":"no date"}\n' > corpus/archive/seed-jsonl
printf '\001id,date,title,text\na,2025-03-11,Talks,"He answered former US President Donald Trump."\nb,2025-03-11,,"A quoted ""line""\nover two lines, on Wednesday, March 11, 2025."\nc,not a date,,x\n' > corpus/archive/seed-csv
printf '\002id\tdate\ttext\na\t2025-03-11\tThe Biden administration also aims to cut costs.\n' > corpus/archive/seed-tsv
{ printf '\000'; printf '{"id":"g","date":"2025-03-11","text":"Kiev agreed."}\n' | gzip -c; } > corpus/archive/seed-jsonl-gz

# `people_index` takes an index's bytes: one written by `rules index` from a small pack.
mkdir -p corpus/people_index
pack=$(mktemp -d)
printf 'pack: fuzz-people\nsource: written for the fuzz seed (not facts)\npeople:\n  ann-berg:\n    name: Ann Berg\n    aliases: [Annie Berg]\n    born: 1950-02-01\n    died: 2020-05\n    occupation: physicist\n  tom-hale:\n    name: Tom Hale\n    born: 1961\n' > "$pack/people.yaml"
(cd .. && cargo run --quiet --release -- rules index "$pack/people.yaml" -o "$pack/people.ccidx" >/dev/null)
cp "$pack/people.ccidx" corpus/people_index/seed-two-people
rm -rf "$pack"
