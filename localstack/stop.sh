#!/usr/bin/env bash
# Tears LocalStack down, with everything deployed to it.
set -euo pipefail
cd "$(dirname "$0")"
docker compose down -v
rm -f outputs.json
