#!/usr/bin/env bash
# `npm run seed` / `npm run generate`: install what is missing, build what changed (as `npm start` does), then
# run a compiled command from dist/ with the arguments given after `--`.
set -euo pipefail
cd "$(dirname "$0")/.."
entry=$1; shift
source scripts/ensure-deps.sh
bash scripts/build-if-stale.sh
exec node "dist/$entry" "$@"
