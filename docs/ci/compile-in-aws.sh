#!/usr/bin/env bash
# Compiles one git revision of the project with the deployed compile function:
#   compile-in-aws.sh <git-rev> <out.json>
# Uploads `git archive <rev>` (the project's files at that revision) to the artifact bucket under
# snapshots/ci/, invokes the compile function's live alias with that snapshot, and writes its
# answer (has_errors, errors, warnings, models, report_key, ...) to <out.json>; the full report
# (Rocky's `compile -o json`, with every diagnostic) is fetched next to it as <out>.report.json.
# Environment: ROCKY_ARTIFACT_BUCKET and ROCKY_COMPILE_FUNCTION (stack outputs ArtifactBucket and
# CompileFunction); ROCKY_PROJECT_DIR, the project's directory in the repository (default .).
# Exits 1 when the function fails (not when the project has compile errors: read has_errors).
set -euo pipefail
rev="$1"; out="$2"
sha="$(git rev-parse "$rev")"
dir="${ROCKY_PROJECT_DIR:-.}"
key="snapshots/ci/$sha.tar.gz"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
tree="$sha"; [[ "$dir" != "." ]] && tree="$sha:${dir#./}"
git archive --format=tar.gz -o "$tmp/project.tar.gz" "$tree"
aws s3 cp "$tmp/project.tar.gz" "s3://$ROCKY_ARTIFACT_BUCKET/$key" --checksum-algorithm SHA256 --only-show-errors
aws lambda invoke --function-name "$ROCKY_COMPILE_FUNCTION" --cli-binary-format raw-in-base64-out \
  --payload "$(jq -cn --arg k "$key" '{snapshot_key: $k}')" "$out" > "$tmp/invoke.json"
if jq -e 'has("FunctionError")' "$tmp/invoke.json" > /dev/null; then
  echo "compile function failed on $rev: $(cat "$out")" >&2
  exit 1
fi
aws s3 cp "s3://$ROCKY_ARTIFACT_BUCKET/artifacts/$(jq -r .report_key "$out")" "${out%.json}.report.json" --only-show-errors
