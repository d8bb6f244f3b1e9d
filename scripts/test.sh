#!/usr/bin/env bash
# `npm test`: every check and every test, on a fresh clone as on a working copy. Installs what the tests
# need, then: type check, lint, format check, build, and jest against a real PostgreSQL (embedded unless
# TEST_DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
export TZ=UTC
echo "== type check, lint, format"
npm run --silent lint
echo "== build"
bash scripts/build-if-stale.sh
echo "== tests"
NODE_OPTIONS="--experimental-vm-modules --no-warnings=ExperimentalWarning ${NODE_OPTIONS:-}" jest --ci "$@"
