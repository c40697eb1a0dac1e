#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the repository's fixtures, in the form each target reads:
# `read` and `check_fix` take a mode byte (format: 0 .txt, 1 .md, 2 .html; +4 gives a --date)
# and a day byte (211 is 2025-03-15) before the article; `rules` takes a pack as it is.
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
