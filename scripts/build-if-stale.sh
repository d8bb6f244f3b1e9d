#!/usr/bin/env bash
# Rebuilds the server and the web app only when their sources changed since the last build, so a warm
# `npm start` goes straight to starting.
set -euo pipefail
stale() { # stamp, paths...
  local stamp=$1; shift
  [ ! -f "$stamp" ] && return 0
  [ -n "$(find "$@" -newer "$stamp" -type f -print -quit 2>/dev/null)" ]
}
if stale dist/.server-stamp apps/api apps/worker libs bench tsconfig.json tsconfig.build.json package-lock.json; then
  echo "Building the server..."
  npm run --silent build:server
  touch dist/.server-stamp
fi
if stale dist/web/.web-stamp apps/web package-lock.json; then
  echo "Building the web app..."
  npm run --silent build:web
  touch dist/web/.web-stamp
fi
