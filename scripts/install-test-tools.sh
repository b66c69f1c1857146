#!/usr/bin/env bash
# Installs what the browser tests need besides the build tools, when
# missing: Debian's Chromium and ChromeDriver (never a browser download).
# Quiet when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/ensure-apt.sh chromium chromium
scripts/ensure-apt.sh chromedriver chromium-driver
