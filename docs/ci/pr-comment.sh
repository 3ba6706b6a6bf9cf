#!/usr/bin/env bash
# Builds the pull request comment from Rocky's JSON answers, on standard output:
#   pr-comment.sh <lineage-diff.json> <preview-cost.json> [<head-compile.json> <base-compile.json>]
# lineage-diff.json and preview-cost.json are `rocky -o json lineage-diff` and
# `rocky -o json preview cost` (each carries its Markdown in `markdown`); the compile answers are
# the compile function's (errors and warnings as counts) or `rocky -o json compile` (diagnostics).
set -euo pipefail
lineage="$1"; cost="$2"; head="${3:-}"; base="${4:-}"
count() {  # count <file> <Error|Warning>
  local field; field="$(tr '[:upper:]' '[:lower:]' <<<"$2")s"
  jq -r --arg sev "$2" --arg f "$field" '
    if (.[$f] | type) == "number" then .[$f]
    elif has("diagnostics") then [.diagnostics[] | select(.severity == $sev)] | length
    else "?" end' "$1"
}
models() { jq -r '.models | if type == "array" then length else (. // "?") end' "$1"; }
echo "## Rocky"
echo
if [[ -n "$head" && -n "$base" ]]; then
  echo "| | models | errors | warnings |"
  echo "|---|---|---|---|"
  echo "| base | $(models "$base") | $(count "$base" Error) | $(count "$base" Warning) |"
  echo "| head | $(models "$head") | $(count "$head" Error) | $(count "$head" Warning) |"
  echo
fi
jq -r '.markdown // "(no lineage diff)"' "$lineage"
echo
jq -r '.markdown // "(no cost preview)"' "$cost"
