#!/usr/bin/env bash
# `npm test`: every check and every test, on a fresh clone as on a working copy. Installs what the tests
# need, then: type check, lint, format check, build, and jest against a real PostgreSQL (embedded unless
# TEST_DATABASE_URL is set).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-deps.sh
# The SSO tests log in against a real SAML IdP: Debian's SimpleSAMLphp run by php's built-in server
# (test/sso/support/idp.ts). php-xml is not pulled in by simplesamlphp but is needed (DOMDocument).
if ! command -v php >/dev/null 2>&1 || ! dpkg -s simplesamlphp php-xml php-mbstring >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The SSO tests need: apt-get install -y simplesamlphp php-cli php-xml php-mbstring (run as root)." >&2
    exit 1
  fi
  echo "Installing the test SAML IdP (simplesamlphp, php-cli, php-xml, php-mbstring)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    simplesamlphp php-cli php-xml php-mbstring >/dev/null
fi
# The web app's browser tests drive Debian's Chromium (playwright-core cannot download browsers here).
# With an emoji font, so that screenshots show reactions as people see them.
if [ -z "${CHROMIUM_PATH:-}" ] && { [ ! -x /usr/bin/chromium ] || ! dpkg -s fonts-noto-color-emoji >/dev/null 2>&1; }; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "The browser tests need: apt-get install -y chromium fonts-noto-color-emoji (run as root), or CHROMIUM_PATH set." >&2
    exit 1
  fi
  echo "Installing Chromium for the browser tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null
fi
export TZ=UTC
echo "== type check, lint, format"
npm run --silent lint
echo "== build"
bash scripts/build-if-stale.sh
echo "== tests"
NODE_OPTIONS="--experimental-vm-modules --no-warnings=ExperimentalWarning ${NODE_OPTIONS:-}" jest --ci "$@"
