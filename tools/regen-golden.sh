#!/usr/bin/env bash
# Regenerates the expected outputs of the golden tests (tests/golden_test.cpp):
# for every page samples/NN_style.txt it writes
#   samples/NN_style.expected.txt    pith's text output
#   samples/NN_style.expected.json   pith's --format json output
# with "now" pinned, run from inside samples/ so that the JSON "path" field is
# the bare file name.
#
# Usage (from anywhere):
#   tools/regen-golden.sh [PITH_BINARY]      # default: build/pith
#
# Run it after a change that is meant to change the output (a new model, a
# pipeline fix), then review `git diff samples/` before committing: the diff
# is the change in behaviour.
set -euo pipefail

readonly NOW="2026-01-01T00:00:00Z"   # keep in sync with tests/golden_test.cpp
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pith="${1:-$repo/build/pith}"
if [[ ! -x "$pith" ]]; then
  echo "regen-golden: no pith binary at '$pith' (build it, or pass its path)" >&2
  exit 2
fi
pith="$(cd "$(dirname "$pith")" && pwd)/$(basename "$pith")"

cd "$repo/samples"
count=0
for page in [0-9]*.txt; do
  case "$page" in *.expected.txt) continue ;; esac
  base="${page%.txt}"
  "$pith" --now "$NOW" "$page" > "$base.expected.txt"
  "$pith" --now "$NOW" --format json "$page" > "$base.expected.json"
  count=$((count + 1))
done
echo "regen-golden: wrote expected outputs for $count samples in samples/" >&2
