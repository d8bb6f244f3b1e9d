#!/usr/bin/env bash
# `npm run bench [-- warm-start | graphql-me | feed | web] [--posts N]`: builds what changed, then runs the benchmarks in bench/ (each
# prints its numbers next to a baseline measured in the same run, and a PASS/FAIL line per target).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
bash scripts/build-if-stale.sh
exec node dist/bench/run.js "$@"
