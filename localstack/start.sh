#!/usr/bin/env bash
# Starts LocalStack (docker compose) and waits until it answers.
set -euo pipefail
cd "$(dirname "$0")"
command -v docker >/dev/null || { echo "localstack: docker is not installed; see localstack/README.md" >&2; exit 1; }
docker compose up -d
for _ in $(seq 1 60); do
  if curl -fsS http://localhost:4566/_localstack/health >/dev/null 2>&1; then echo "LocalStack is up" >&2; exit 0; fi
  sleep 2
done
echo "localstack: no answer on http://localhost:4566 after 2 minutes (docker compose logs)" >&2
exit 1
