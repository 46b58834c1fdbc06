#!/usr/bin/env bash
# Dev aid: builds this tree into a private folder (so parallel work in one checkout never
# clobbers dist/), runs the CLI over one bench input and scores it.
#   scripts/dev-eval.sh NAME html|md|txt|moz|moz-md|moz-txt [--per-doc] [--no-build]
# moz-md and moz-txt read the held-out dumps `npm run bench -- --set moz-dev --input md|txt` makes
# (in $TMPDIR/winnow-bench-dumps-moz-dev); run that bench once first.
# Writes /tmp/winnow-eval/NAME/<input>.{jsonl,tsv}; prints the scorer's table.
set -euo pipefail
name=$1; input=$2; shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
bench=$(cd "$root/../shared/bench" && pwd -P) # physical path: score.mjs runs only when invoked by its real path
work=/tmp/winnow-eval/$name
build=1; perdoc=()
for arg in "$@"; do
  case $arg in
    --no-build) build=0 ;;
    --per-doc) perdoc=(--per-doc "$work/$input.tsv") ;;
    *) echo "unknown flag $arg" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
if [ $build = 1 ]; then
  rm -rf "$work/dist"
  (cd "$root" && npx tsc -p tsconfig.build.json --outDir "$work/dist")
  ln -sfn "$root/pipelines" "$work/pipelines"
  ln -sfn "$root/node_modules" "$work/node_modules"
  ln -sfn "$root/package.json" "$work/package.json"
fi
case $input in
  html) src=("$bench/traf-dev/html"); inc=(); truth=$bench/traf-dev/truth.json ;;
  md|txt) src=("$bench/traf-dev/dumps"); inc=(--include "*.$input"); truth=$bench/traf-dev/truth.json ;;
  moz) src=("$bench/moz-dev/html"); inc=(); truth=$bench/moz-dev/truth.json ;;
  moz-md|moz-txt) made=${TMPDIR:-/tmp}/winnow-bench-dumps-moz-dev
    [ -d "$made" ] || { echo "no $made: run npm run bench -- --set moz-dev --input md first" >&2; exit 2; }
    src=("$made"); inc=(--include "*.${input#moz-}"); truth=$bench/moz-dev/truth.json ;;
  *) echo "input must be html, md, txt, moz, moz-md or moz-txt" >&2; exit 2 ;;
esac
out=$work/out-$input
rm -rf "$out"
node "$work/dist/cli/main.js" run "${src[@]}" "${inc[@]}" --out "$out" --no-dedupe --concurrency 1 --log-level error >/dev/null 2>"$work/$input.log" || true
cp "$out/records.jsonl" "$work/$input.jsonl"
node "$bench/score.mjs" --truth "$truth" --records "$work/$input.jsonl" "${perdoc[@]}"
