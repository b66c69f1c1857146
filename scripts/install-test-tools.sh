#!/usr/bin/env bash
# Installs what the browser tests need, when missing: Debian's Chromium and
# ChromeDriver, Node.js, and node_modules matching package-lock.json.
# Quiet when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-apt.sh chromium chromium
scripts/ensure-apt.sh chromedriver chromium-driver
scripts/ensure-apt.sh node nodejs
scripts/ensure-apt.sh npm npm

# npm writes node_modules/.package-lock.json on every install; when it is
# older than package-lock.json, someone changed the dependencies since.
if [ ! -f node_modules/.package-lock.json ] ||
  [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
