#!/usr/bin/env bash
# Installs what the tests need on a Debian machine: Debian's Chromium (never a downloaded
# browser) when it is missing, and the npm packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  echo "installing Debian's Chromium for the browser tests"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
