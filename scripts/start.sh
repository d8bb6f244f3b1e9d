#!/usr/bin/env bash
# `npm start`: install what is missing, build what changed, start Relais (embedded PostgreSQL when
# DATABASE_URL is unset; migrations; jobs in-process) and print its URLs.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
bash scripts/build-if-stale.sh
exec node dist/apps/api/src/main.js
