#!/usr/bin/env bash
# A run of the playground through the runs API on LocalStack: POST /runs, then GET /runs/{id}
# until the run is done. Exits 0 when the run went through the whole path (API function, run
# workflow, compile, run and execute functions) and was recorded: status Success, PartialFailure
# or Failure. Which of those depends on the warehouse: each execute function instance opens its own
# DuckDB file in /tmp, where the playground's raw tables (rocky seed) do not exist, so its staging
# models fail and the rest are skipped; with a shared warehouse (Databricks, Snowflake) the same
# run succeeds. Status Error (the execution itself failed) exits 1. Run ./deploy.sh first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION="${AWS_DEFAULT_REGION:-us-east-1}"
api_id="$(jq -r .Rocky.RunsApiUrl "$here/outputs.json" | sed -E 's#https?://([^.]+)\..*#\1#')"
base="http://localhost:4566/restapis/$api_id/v1/_user_request_"
curl -fsS "$base/health" >/dev/null
started="$(curl -fsS -X POST "$base/runs" -H 'content-type: application/json' \
  -d '{"idempotency_key":"localstack-smoke-'"$(date +%s)"'","trigger":"Webhook"}')"
run_id="$(jq -r .run_id <<<"$started")"
echo "started $run_id" >&2
for _ in $(seq 1 120); do
  view="$(curl -fsS "$base/runs/$run_id")"
  if [[ "$(jq -r .done <<<"$view")" == true ]]; then
    jq '{run_id, status, error, models: [.models[] | {model_name, status, error}]}' <<<"$view"
    case "$(jq -r .status <<<"$view")" in
      Success|PartialFailure|Failure) exit 0 ;;
      *) exit 1 ;;
    esac
  fi
  sleep 5
done
echo "smoke: $run_id not done after 10 minutes" >&2
exit 1
