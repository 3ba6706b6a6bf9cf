#!/usr/bin/env bash
# Builds the pull request comment from Rocky's JSON answers, on standard output:
#   pr-comment.sh <lineage-diff.json> <preview-cost.json> [<head-compile.json> <base-compile.json>]
# lineage-diff.json and preview-cost.json are `rocky lineage-diff -o json` and
# `rocky preview cost -o json` (each has a `markdown` field); the compile answers are either the
# compile function's (has_errors, errors, warnings, models) or `rocky compile -o json`'s.
set -euo pipefail
lineage="$1"; cost="$2"; head="${3:-}"; base="${4:-}"
count() { jq -r "if has(\"$2\") then (.$2 | if type == \"array\" then length else . end) else \"?\" end" "$1"; }
echo "## Rocky"
echo
if [[ -n "$head" && -n "$base" ]]; then
  echo "| | models | errors | warnings |"
  echo "|---|---|---|---|"
  echo "| base | $(count "$base" models) | $(count "$base" errors) | $(count "$base" warnings) |"
  echo "| head | $(count "$head" models) | $(count "$head" errors) | $(count "$head" warnings) |"
  echo
fi
echo "### Column lineage"
echo
jq -r '.markdown // "(no lineage diff)"' "$lineage"
echo
echo "### Cost preview"
echo
jq -r '.markdown // "(no cost preview)"' "$cost"
