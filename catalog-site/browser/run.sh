#!/usr/bin/env bash
# Runs catalog.test.mjs against a generated catalog site in Debian's headless Chromium.
#   run.sh --site DIR --artifacts DIR --mode playground|large [--model NAME]
# Exit 0: passed; 1: failed; 3: skipped (no Chromium or no Node here; the reason is printed).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
"$here/install-chromium.sh" || exit 3
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "node and npm are needed to drive the browser (playwright-core)" >&2
  exit 3
fi
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  if ! (cd "$here" && npm ci --no-audit --no-fund --silent >/tmp/rocky-playwright-install.log 2>&1); then
    echo "npm ci failed (playwright-core); see /tmp/rocky-playwright-install.log" >&2
    exit 3
  fi
fi
exec node "$here/catalog.test.mjs" "$@"
