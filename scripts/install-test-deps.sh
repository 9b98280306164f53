#!/usr/bin/env bash
# Installs what the tests need on a Debian machine: Debian's Chromium (never a downloaded
# browser) and poppler-utils when they are missing, and the npm packages when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's packages the tests use: Chromium for the browser tests, poppler-utils (pdftotext) to
# read the printed handout's PDF back. One apt run for whatever is missing.
packages=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then packages+=(chromium fonts-dejavu-core); fi
if ! command -v pdftotext >/dev/null; then packages+=(poppler-utils); fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "installing Debian's ${packages[*]} for the tests"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${packages[@]}" >/dev/null
fi
[ -d node_modules ] || npm ci --no-audit --no-fund
