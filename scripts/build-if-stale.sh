#!/usr/bin/env bash
# Rebuilds the server and the web app only when their sources changed since the last build, so a warm
# `npm start` goes straight to starting.
set -euo pipefail
stale() { # stamp, paths...
  local stamp=$1; shift
  [ ! -f "$stamp" ] && return 0
  # Tests do not go into the build: editing one must not rebuild the server.
  [ -n "$(find "$@" -newer "$stamp" -type f -not -name '*.spec.ts' -print -quit 2>/dev/null)" ]
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
